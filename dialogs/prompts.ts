// Small prompts that speak in Replies (sendReply renders them per channel) instead of botbuilder's
// ChoicePrompt, which renders choices itself. They answer one question: "is this text a valid
// answer?" (recognize). MainDialog asks that before continuing a prompt, so free text that is not
// an answer is handled there (a question is answered, then the prompt is asked again). Used on
// their own (no MainDialog above), an unrecognised reply gets the retry wording.
import { hoursWords } from '../src/clinic/hoursWords';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from '../src/dialogsSdk';
import { formatPartialDigits, partialDigits, phoneInText } from '../src/callbacks/phone';
import { normalizeChoiceText, recognizeChoice, saysPhrase } from '../src/channels/choices';
import type { Clock } from '../src/clock';
import type { Knowledge } from '../src/knowledge/types';
import { describeHours } from '../src/clinic/hours';
import {
  asksForOtherChannel,
  cbMsg,
  labelSlots,
  readsAsReason,
  type SlotChoice,
  slotFromText,
  slotLabel,
  timeFromText,
  timeRequest,
  asksClinicHours,
} from './decisions/callback';
import type { Choice, Reply } from '../src/rendering/reply';
import { sendReply } from '../src/rendering/send';
import { spokenKnowledge } from './language';
import { shortRemarkKey } from './decisions/remarks';

export interface ReplyPromptOptions {
  /** The question, with its buttons if any. */
  prompt: Reply;
  /** Sent instead of `prompt` after a reply that is not an answer; defaults to `prompt`. */
  retry?: Reply;
  /** Yes/no questions: words that answer "yes" when said with no "no" ("and stairs" to "worse on stairs?"). */
  yesWhenSaid?: string[];
}

interface PromptState {
  options: ReplyPromptOptions;
}

/** Base class: send the Reply, wait, end with the recognised value. */
export abstract class ReplyPrompt<T> extends Dialog<ReplyPromptOptions> {
  /** The value `text` stands for, or undefined when it is not an answer to this prompt. */
  // `context`: the turn, for recognizers that read in the conversation's language (dialogs/language.ts).
  abstract recognize(text: string, options: ReplyPromptOptions, context?: TurnContext): T | undefined;

  override async beginDialog(dc: DialogContext, options?: ReplyPromptOptions): Promise<DialogTurnResult> {
    if (!options?.prompt) throw new Error(`${this.id}: a prompt Reply is required`);
    const state: PromptState = { options };
    dc.activeDialog!.state = state;
    await sendReply(dc.context, options.prompt);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    // Typing, reactions and other non-messages are not answers; keep waiting quietly.
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const { options } = (dc.activeDialog!.state ?? {}) as Partial<PromptState>;
    // State from an older version without options: nothing to ask, let the parent step move on.
    if (!options?.prompt) return dc.endDialog(undefined);
    const value = this.recognize(dc.context.activity.text ?? '', options, dc.context);
    if (value === undefined) {
      await sendReply(dc.context, options.retry ?? options.prompt);
      return Dialog.EndOfTurn;
    }
    return dc.endDialog(value);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const options = (instance.state as Partial<PromptState> | undefined)?.options;
    if (options?.prompt) await sendReply(context, options.prompt);
  }

  /** True when the text answers the prompt waiting in `instance` (MainDialog's routing check). */
  accepts(instance: DialogInstance, text: string, context?: TurnContext): boolean {
    const state = instance.state as PromptState | undefined;
    return state?.options !== undefined && this.recognize(text, state.options, context) !== undefined;
  }
}

/**
 * Ends with the chosen Choice's value. `fallback` may map free text to a value too
 * ("outside of my knee" → "Outer side of the knee"); it runs only when no choice is recognised.
 */
export class ChoiceReplyPrompt extends ReplyPrompt<string> {
  constructor(
    dialogId: string,
    private readonly fallback?: (text: string, choices: Choice[], context?: TurnContext) => string | undefined,
  ) {
    super(dialogId);
  }

  recognize(text: string, options: ReplyPromptOptions, context?: TurnContext): string | undefined {
    const choices = options.prompt.choices ?? [];
    const hit = recognizeChoice(text, choices);
    if (hit) return hit.value;
    const value = this.fallback?.(text, choices, context);
    return value !== undefined && choices.some((c) => c.value === value) ? value : undefined;
  }
}

/**
 * Ends with true/false. The prompt's first choice means yes, the second no. `unsure` says what
 * "not sure", "I don't know" or "maybe" count as for this question; without it they are asked again.
 */
export class YesNoReplyPrompt extends ReplyPrompt<boolean> {
  constructor(
    dialogId: string,
    private readonly unsure?: boolean,
  ) {
    super(dialogId);
  }

  recognize(text: string, options: ReplyPromptOptions): boolean | undefined {
    const choices = options.prompt.choices ?? [];
    if (choices.length < 2) throw new Error(`${this.id}: a yes/no prompt needs two choices`);
    const hit = recognizeChoice(text, choices.slice(0, 2));
    if (hit) return hit === choices[0];
    if (isUnsure(text)) return this.unsure;
    // "no limp, no fever" to "does jumping make it worse?": warning signs said not to be there, not a "no" to
    // the symptom asked (taken in by MainDialog, then the question again). The checklist takes it as its no.
    if (
      options.yesWhenSaid !== undefined &&
      shortRemarkKey(text) === 'remark-reassuring' &&
      !options.yesWhenSaid.some((p) => saysPhrase(text, p))
    )
      return undefined;
    const typed = leadingYesNo(text);
    if (typed !== undefined) return typed;
    // "like at the movies too. and stairs" to "does it hurt more on stairs?": the question's own words.
    const said = options.yesWhenSaid?.some((p) => saysPhrase(text, p)) === true;
    return said && !NEGATED.test(normalizeChoiceText(text)) ? true : undefined;
  }
}

// Emoji answers: thumbs up/down (any skin tone), OK hand, check marks, crosses; the shrug is "unsure".
const THUMBS_UP =
  /^\s*(?:\u{1F44D}|\u{1F44C}|\u2705|\u2714\uFE0F?|\u{1F197}|\u{1F646})[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u2640\u2642\s]*$/u;
const THUMBS_DOWN =
  /^\s*(?:\u{1F44E}|\u274C|\u274E|\u{1F645}|\u{1F6AB})[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u2640\u2642\s]*$/u;
const SHRUG = /^\s*\u{1F937}[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u2640\u2642\s]*$/u;

// Slack sends emoji as short codes (":+1:", ":thumbsup::skin-tone-3:", ":shrug:").
const SLACK_UP =
  /^\s*:(?:\+1|thumbsup|thumbs_up|ok_hand|white_check_mark|heavy_check_mark|ok):(?::skin-tone-\d:)?\s*$/i;
const SLACK_DOWN = /^\s*:(?:-1|thumbsdown|thumbs_down|x|no_entry_sign):(?::skin-tone-\d:)?\s*$/i;
const SLACK_SHRUG = /^\s*:(?:shrug|man_shrugging|woman_shrugging|person_shrugging):(?::skin-tone-\d:)?\s*$/i;

/** 👍 → true, 👎 → false, anything else undefined. */
function emojiYesNo(text: string): boolean | undefined {
  if (THUMBS_UP.test(text) || SLACK_UP.test(text)) return true;
  if (THUMBS_DOWN.test(text) || SLACK_DOWN.test(text)) return false;
  return undefined;
}

/** "not sure", "I don't know", "idk", "maybe", "hard to say": neither yes nor no. */
export function isUnsure(text: string): boolean {
  if (SHRUG.test(text) || SLACK_SHRUG.test(text)) return true;
  const t = normalizeChoiceText(text);
  return /^(?:(?:im |i am )?not (?:sure|certain)|unsure|(?:i )?(?:dont|do not) know|idk|dunno|donno|duno|no idea|no clue|not a clue|beats me|who knows|maybe|possibly|perhaps|hard to (?:say|tell)|(?:i )?cant (?:say|tell)|no (?:se|estoy segur[oa])|(?:yo )?que se|quien sabe|quizas?|tal vez|a lo mejor|puede ser|ni idea)\b/.test(
    t,
  );
}

/** A "no" anywhere in the answer: the question's words said with it are not a yes ("not on stairs"). */
const NEGATED = /\b(?:no|not|never|dont|doesnt|isnt|didnt|nope|nah|nunca|tampoco|ni)\b/;

const NO_LEAD =
  /^(i dont think so|dont think so|no|nope|nah|naw|nay|negative|not really|not at all|never|it doesnt|it does not|i dont|i do not|none|neither|para nada|nunca|ninguno|ninguna|tampoco|creo que no)\b/;
const YES_LEAD =
  /^(yes{2,}|yes|yeah|yep|yup|ya|yea|yeh|yass?|aye|affirmative|sure thing|sure|it does|i do|definitely|absolutely|correct|kind of|kinda|sort of|a bit|a little|sometimes|si|claro|asi es|por supuesto|creo que si|un poco|a veces|algo)\b/;

/** A laugh or a filler before the answer ("lol no im fine", "haha yeah"): the answer still leads. */
const LEAD_FILLER =
  /^(?:(?:lol|lmao|lmfao|haha+|hah|ha|hehe+|omg|oh|um+|uh+|well|honestly|jk|bruh|dude|hmm+|ah+|jaja+|jeje+)\s+)+/;

/** "yes, on the stairs", "no, not really", "it does", "I don't think so", "lol no" → true/false. */
export function leadingYesNo(text: string): boolean | undefined {
  const emoji = emojiYesNo(text);
  if (emoji !== undefined) return emoji;
  const t = normalizeChoiceText(text).replace(LEAD_FILLER, '');
  if (NO_LEAD.test(t)) return false;
  if (YES_LEAD.test(t)) return true;
  return undefined;
}

/** What may follow a bare yes or no: "yes please", "no thanks", "yes I do". */
const YES_NO_TAIL = /^(?:(?:please|pls|thanks|thank you|ty|i do|it is|it does|sir|maam|gracias|por favor)\s*)*$/;

/**
 * A bare "yes"/"no" with no question waiting ("anything else?"): true, false, or not one. Only
 * the answer itself, with at most a "please" or "thanks": "i don't understand" is no "no".
 */
export function bareYesNo(text: string): boolean | undefined {
  if (text.split(/\s+/).length > 3) return undefined;
  const answer = leadingYesNo(text);
  if (answer === undefined || emojiYesNo(text) !== undefined) return answer;
  const t = normalizeChoiceText(text);
  const lead = (answer ? YES_LEAD : NO_LEAD).exec(t)?.[0] ?? '';
  return YES_NO_TAIL.test(t.slice(lead.length).trim()) ? answer : undefined;
}

/** "yes", "ok", "that works", "la primera", 👍: the nearest of the offered times is fine. */
function takesNearest(text: string): boolean {
  if (bareYesNo(text) === true) return true;
  return /^(?:ok|okay|k|fine|perfect|great|good|sounds good|that works|that works for me|works for me|thats fine|the first one|first one|the first|esta bien|va|sale|orale|perfecto|la primera|esa)\b/.test(
    normalizeChoiceText(text),
  );
}

/** Free-text answers (a name, a phone number): `parse` turns the text into a value or refuses it. */
export class TextReplyPrompt<T> extends ReplyPrompt<T> {
  constructor(
    dialogId: string,
    private readonly parse: (text: string, context?: TurnContext) => T | undefined,
  ) {
    super(dialogId);
  }

  recognize(text: string, _options?: ReplyPromptOptions, context?: TurnContext): T | undefined {
    return text.trim() === '' ? undefined : this.parse(text, context);
  }
}

export interface PhonePromptOptions extends ReplyPromptOptions {
  clinicE164: string;
  invalidReply: Reply;
  clinicReply: Reply;
  /** "I have {digits} so far": the start of a number given in parts. */
  partialReply: Reply;
  tries?: number;
  /** Digits given so far when the number comes in parts ("two one four", then "555 0147"). */
  partial?: string;
}

/**
 * A phone number, normalised to E.164, read from the whole message ("972 not 214. 972 555 0147"
 * is the corrected number). A number given in parts is put together; the part so far is said back
 * and is not a wrong try. After `maxTries` answers with no number it ends with undefined.
 */
export class PhonePrompt extends ReplyPrompt<string> {
  constructor(
    dialogId: string,
    private readonly maxTries: number,
  ) {
    super(dialogId);
  }

  recognize(text: string, options: ReplyPromptOptions): string | undefined {
    const { clinicE164, partial } = options as PhonePromptOptions;
    const r = phoneInText(text, { clinicE164 });
    if (r.ok) return r.e164;
    const more = partialDigits(text);
    if (partial && more) {
      const joined = phoneInText(partial + more, { clinicE164 });
      if (joined.ok) return joined.e164;
    }
    // The start of a number is an answer too: it is kept, and the rest asked for.
    return more && (partial ?? '').length + more.length < 10 ? `partial:${more}` : undefined;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as { options: PhonePromptOptions };
    const text = dc.context.activity.text ?? '';
    const value = this.recognize(text, state.options);
    if (value && !value.startsWith('partial:')) return dc.endDialog(value);
    if (value) {
      state.options.partial = (state.options.partial ?? '') + value.slice('partial:'.length);
      const reply = state.options.partialReply;
      await sendReply(dc.context, {
        ...reply,
        text: (reply.text ?? '').replace('{digits}', formatPartialDigits(state.options.partial)),
      });
      return Dialog.EndOfTurn;
    }
    state.options.partial = undefined;
    state.options.tries = (state.options.tries ?? 1) + 1;
    if (state.options.tries > this.maxTries) return dc.endDialog(undefined);
    const clinic = phoneInText(text, { clinicE164: state.options.clinicE164 });
    await sendReply(
      dc.context,
      !clinic.ok && clinic.reason === 'clinic' ? state.options.clinicReply : state.options.invalidReply,
    );
    return Dialog.EndOfTurn;
  }
}

/** Longest answer quoted back in "The clinic can't call then (…)". */
const QUOTE_MAX = 24;

export interface TimePromptOptions extends ReplyPromptOptions {
  slots: SlotChoice[];
  /** The first slot keeps the time the patient asked for on the nearest day: "yes", "ok", 👍 take it. */
  nearestFirst?: boolean;
}

/**
 * A day and time typed in ("tomorrow morning", "monday at 10") when it names one; otherwise one of
 * the offered slots, by button, number, label, or "morning"/"afternoon"/"any time".
 */
export class TimePrompt extends ReplyPrompt<SlotChoice> {
  constructor(
    dialogId: string,
    private readonly deps: { knowledge: Knowledge; clock: Clock },
  ) {
    super(dialogId);
  }

  recognize(text: string, options: ReplyPromptOptions, context?: TurnContext): SlotChoice | undefined {
    const { slots } = options as TimePromptOptions;
    const exact = slots.find((s) => s.value === text.trim());
    if (exact) return exact;
    // "what time do you close on Friday?": asked of the clinic, answered before the time is asked again.
    if (asksClinicHours(text)) return undefined;
    const knowledge = context ? spokenKnowledge(context, this.deps.knowledge) : this.deps.knowledge;
    const now = this.deps.clock.now();
    const typed = slotFromText(knowledge, text, now);
    if (typed === null) return undefined; // a day or hour we cannot call at: ask again, never move it
    if (typed) {
      const label = slotLabel(knowledge, typed, now);
      return { ...typed, label, value: label };
    }
    const hit = recognizeChoice(text, slots);
    if (hit) return slots.find((s) => s.value === hit.value);
    // "yes", "ok" to the first question: no time was asked for, so the nearest day at any time.
    if (takesNearest(text))
      return (options as TimePromptOptions).nearestFirst || /\b(?:first|primera|esa)\b/.test(normalizeChoiceText(text))
        ? slots[0]
        : (slots.find((s) => s.date === slots[0]?.date && s.preferredTime === 'any') ?? slots[0]);
    const time = timeFromText(text);
    return time ? slots.find((s) => s.preferredTime === time) : undefined;
  }

  /** A day or time the clinic cannot call at: say so, and offer the nearest times instead. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog?.state as { options?: TimePromptOptions } | undefined;
    const text = dc.context.activity.text ?? '';
    if (
      dc.context.activity.type === ActivityTypes.Message &&
      state?.options?.slots &&
      this.recognize(text, state.options, dc.context) === undefined
    ) {
      const knowledge = spokenKnowledge(dc.context, this.deps.knowledge);
      const { clock } = this.deps;
      const now = clock.now();
      const asked = timeRequest(knowledge, text, now);
      const hours = describeHours(knowledge.clinic, hoursWords(knowledge));
      const choices = state.options.slots.map(({ label, value }) => ({ label, value }));
      // "text me instead?": the clinic calls; say so plainly, then the times again.
      if (asksForOtherChannel(text)) {
        await sendReply(dc.context, { text: cbMsg(knowledge, 'callback-calls-only', { hours }), choices });
        return Dialog.EndOfTurn;
      }
      // "it's about my meniscus tear, MRI was last week": what the call is about, asked for next.
      if (asked?.kind !== 'slot' && readsAsReason(text)) {
        await sendReply(dc.context, { text: cbMsg(knowledge, 'callback-time-reason-later', { hours }), choices });
        return Dialog.EndOfTurn;
      }
      if (asked?.kind === 'closed' && asked.options.length > 0) {
        const slots = labelSlots(knowledge, asked.options, now);
        const nearest = slots.map(({ label, value }) => ({ label, value }));
        state.options = {
          ...state.options,
          slots,
          nearestFirst: true,
          prompt: { ...state.options.prompt, choices: nearest },
          retry: { ...(state.options.retry ?? state.options.prompt), choices: nearest },
        };
        // A short time phrase is quoted back ("saturday 3pm"); a longer message is not parroted.
        const said = text.trim();
        await sendReply(dc.context, {
          text:
            said.length <= QUOTE_MAX
              ? cbMsg(knowledge, 'callback-time-closed', { asked: said, hours })
              : cbMsg(knowledge, 'callback-time-closed-earlier', { hours }),
          choices: nearest,
        });
        return Dialog.EndOfTurn;
      }
    }
    return super.continueDialog(dc);
  }
}
