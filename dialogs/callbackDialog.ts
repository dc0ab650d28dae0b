// "Can someone call me back?": name → phone → preferred time → optional reason → consent →
// summary (send or change) → stored → what happens next (./callbackSend.ts: the request is confirmed
// only after the store has committed it). Every step also reads details given beside its answer
// (./callbackSteps.ts). Cancel and red flags are handled by MainDialog around this dialog, which keeps
// an unsent draft for the conversation. Names and phone numbers are never logged: only the request id.
import { hoursWords } from '../src/clinic/hoursWords';
import { randomUUID } from 'node:crypto';
import { ComponentDialog, type DialogTurnResult, WaterfallDialog, type WaterfallStepContext } from '../src/dialogsSdk';
import type { DialogContext } from '../src/dialogsSdk';
import { clinicDate, describeHours } from '../src/clinic/hours';
import { CALLBACK_LIMITS } from '../src/limits';
import {
  assertCallbackMessages,
  cbMsg,
  detailsText,
  type Draft,
  parseName,
  parseReason,
  labelSlots,
  type SlotChoice,
  slotChoices,
  summaryFacts,
  zoneText,
} from './decisions/callback';
import { formatPartialDigits, formatPhone, splitExtension } from '../src/callbacks/phone';
import { looksSpanish } from '../src/text/language';
import type { Knowledge } from '../src/knowledge/types';
import { turnLogger } from '../src/logging';
import type { Choice } from '../src/rendering/reply';
import { sendReply } from '../src/rendering/send';
import { askOffer, callAction } from './handoff';
import {
  ChoiceReplyPrompt,
  PhonePrompt,
  type PhonePromptOptions,
  type ReplyPromptOptions,
  TextReplyPrompt,
  TimePrompt,
  type TimePromptOptions,
  YesNoReplyPrompt,
} from './prompts';
import { prefersSpanish } from './decisions/language';
import { classifyCommand } from './commands';
import { spokenKnowledge, spokenLanguage } from './language';
import {
  CALLBACK_DIALOG,
  CHANGE,
  applyCorrection,
  CONSENT,
  FLOW,
  NAME,
  PATIENT,
  PHONE,
  REASON,
  SUMMARY,
  TIME,
} from './callbackSteps';
import { routed } from './routes';
import { type CallbackDialogDeps, finishFlow, giveUpOnPhone, storeRequest } from './callbackSend';

export type { CallbackDialogDeps, CallbackDialogResult } from './callbackSend';

export {
  CALLBACK_DIALOG,
  changesCallback,
  isReasonStep,
  markCallbackSpanish,
  markCallbackTextFirst,
  neededAt,
  runningCallback,
} from './callbackSteps';
import { changeChoices, changeFromText, summaryChoices, yesNoChoice, yesNoChoices } from './decisions/callbackChoices';

/** Tries at the phone number before the bot gives the clinic's number instead. */
const MAX_PHONE_TRIES = 3;

/** How the flow starts: a draft with what is already known (from the person's message, or kept
 *  after a red flag); `resume` when it runs again after "Change something" (no introduction). */
export interface CallbackFlowOptions {
  draft?: Draft;
  resume?: boolean;
}

// --- the dialog ------------------------------------------------------------------------------------

export class CallbackDialog extends ComponentDialog {
  constructor(private readonly deps: CallbackDialogDeps) {
    super(CALLBACK_DIALOG);
    assertCallbackMessages(deps.knowledge);
    this.addDialog(new TextReplyPrompt(NAME, parseName));
    this.addDialog(new TextReplyPrompt(PATIENT, parseName));
    this.addDialog(new PhonePrompt(PHONE, MAX_PHONE_TRIES));
    this.addDialog(new TimePrompt(TIME, deps));
    this.addDialog(
      new TextReplyPrompt(REASON, (text, context) =>
        parseReason(text, context ? spokenKnowledge(context, deps.knowledge) : deps.knowledge),
      ),
    );
    this.addDialog(new YesNoReplyPrompt(CONSENT));
    // "yes", "yep", 👍 where Send is asked mean Send; "no" means change something.
    this.addDialog(new ChoiceReplyPrompt(SUMMARY, (text, choices) => yesNoChoice(text, choices)));
    this.addDialog(
      new ChoiceReplyPrompt(CHANGE, (text, _choices, context) =>
        changeFromText(text, changeChoices(context ? spokenKnowledge(context, deps.knowledge) : deps.knowledge)),
      ),
    );
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.askName.bind(this),
        this.askPatient.bind(this),
        this.askPhone.bind(this),
        this.askTime.bind(this),
        this.askReason.bind(this),
        this.askConsent.bind(this),
        this.showSummary.bind(this),
        this.afterSummary.bind(this),
        this.afterChange.bind(this),
      ]),
    );
    this.initialDialogId = FLOW;
  }

  /** A detail corrected at a later step: said back, then the question it was at is asked again. */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const knowledge = spokenKnowledge(innerDc.context, this.deps.knowledge);
    return (await applyCorrection(innerDc, knowledge, this.deps.clock.now())) ?? super.onContinueDialog(innerDc);
  }

  /** The wording for `key` in this turn's language. */
  private m(
    step: WaterfallStepContext,
    key: Parameters<typeof cbMsg>[1],
    values: Record<string, string | number> = {},
  ): string {
    return cbMsg(this.k(step), key, values);
  }

  /** The knowledge of this turn's language (dialogs/language.ts). */
  private k(step: WaterfallStepContext): Knowledge {
    return spokenKnowledge(step.context, this.deps.knowledge);
  }

  /** The draft; a person who writes in Spanish, or asks for it ("prefiero español"), is called in Spanish. */
  private draft(step: WaterfallStepContext): Draft {
    const draft = (step.values as Record<string, unknown>)['draft'] as Draft;
    if (spokenLanguage(step.context) === 'es' || prefersSpanish(step.context.activity.text ?? ''))
      draft.language = 'es';
    return draft;
  }

  private async askName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = (step.options ?? {}) as CallbackFlowOptions;
    const draft: Draft = { ...(options.draft ?? {}) };
    // One key per draft: a resend after a crash finds the request already stored.
    draft.idempotencyKey ??= randomUUID();
    // The message that started the flow may be the only free text in the person's own language.
    if (spokenLanguage(step.context) === 'es' || looksSpanish(step.context.activity.text ?? '')) draft.language = 'es';
    (step.values as Record<string, unknown>)['draft'] = draft;
    // The introduction only once, not again when the name is changed from the summary; what the
    // person already told us is named, so they see it was heard.
    if (!options.resume) {
      const known = detailsText(this.k(step), draft, this.deps.clock.now());
      const intro = known ? this.m(step, 'callback-got-details', { details: known }) : this.m(step, 'callback-intro');
      // Written in Spanish: the request is marked for a Spanish-speaking call, and that is said at once.
      const spanish = spokenLanguage(step.context) === 'es' ? `\n\n${this.m(step, 'callback-spanish-noted')}` : '';
      await sendReply(step.context, { text: `${intro}${spanish}` });
    }
    if (draft.name) return step.next(draft.name);
    return step.beginDialog(NAME, {
      prompt: {
        text: draft.forRelative
          ? this.m(step, 'callback-ask-name-relative', { relation: draft.forRelative })
          : this.m(step, 'callback-ask-name'),
      },
      retry: { text: this.m(step, 'callback-name-retry') },
    } satisfies ReplyPromptOptions);
  }

  /** "Call my daughter": the name asked was hers, so whose knee it is is asked too (staff need both). */
  private async askPatient(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.name = step.result as string;
    if (draft.relativesKnee) draft.patientName = draft.name;
    if (!draft.forRelative || draft.patientName) return step.next(draft.patientName);
    return step.beginDialog(PATIENT, {
      prompt: { text: this.m(step, 'callback-ask-patient') },
      retry: { text: this.m(step, 'callback-patient-retry') },
    } satisfies ReplyPromptOptions);
  }

  private async askPhone(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (draft.forRelative && typeof step.result === 'string') draft.patientName = step.result;
    if (draft.phone) return step.next(draft.phone);
    const phone = this.k(step).clinic.phone;
    // A short number given with the name: kept, and checked before the rest is asked for.
    const partial = draft.partialPhone;
    draft.partialPhone = undefined;
    const options: PhonePromptOptions = {
      prompt: {
        text: partial
          ? this.m(step, 'callback-phone-short', { digits: formatPartialDigits(partial), count: partial.length })
          : this.m(step, 'callback-ask-phone', { name: draft.patientName ?? draft.name ?? '' }),
      },
      ...(partial ? { partial } : {}),
      invalidReply: { text: this.m(step, 'callback-phone-invalid') },
      clinicReply: { text: this.m(step, 'callback-phone-is-clinic') },
      partialReply: { text: this.m(step, 'callback-phone-partial', { digits: '{digits}' }) },
      clinicE164: phone.e164,
    };
    return step.beginDialog(PHONE, options);
  }

  private async askTime(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const phone = step.result as string | undefined;
    if (!phone) return giveUpOnPhone(step, this.deps, this.k(step));
    // An extension is easy to mistype or lose: the number is said back with it at once.
    if (phone !== draft.phone && splitExtension(phone).ext) {
      const details = detailsText(this.k(step), { phone }, this.deps.clock.now());
      await sendReply(step.context, { text: this.m(step, 'callback-noted', { details }) });
    }
    draft.phone = phone;
    if (draft.slot) return step.next(draft.slot);
    const now = this.deps.clock.now();
    // The nearest options to a time the opening message asked for, while they are still ahead.
    const today = clinicDate(this.k(step).clinic, now);
    const nearest = draft.timeOptions?.every((o) => o.date >= today) ? draft.timeOptions : undefined;
    const slots = nearest ? labelSlots(this.k(step), nearest, now) : slotChoices(this.k(step), now);
    const choices: Choice[] = slots.map(({ label, value }) => ({ label, value }));
    // A time from the opening message the clinic cannot call at is not dropped silently.
    const hours = describeHours(this.k(step).clinic, hoursWords(this.k(step)));
    const ask = draft.timeOptions
      ? this.m(step, 'callback-time-closed-earlier', { hours })
      : this.m(step, 'callback-ask-time', { zone: zoneText(this.k(step), now) });
    draft.timeOptions = undefined;
    const options: TimePromptOptions = {
      prompt: { text: ask, choices },
      retry: {
        text: this.m(step, 'callback-time-retry', { hours }),
        choices,
      },
      slots,
      nearestFirst: nearest !== undefined,
    };
    return step.beginDialog(TIME, options);
  }

  private async askReason(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    const { label: _label, value: _value, ...slot } = step.result as SlotChoice;
    draft.slot = slot;
    if (draft.reason !== undefined) return step.next({ reason: draft.reason });
    const skip = this.m(step, 'callback-skip');
    return step.beginDialog(REASON, {
      prompt: { text: this.m(step, 'callback-ask-reason'), choices: [{ label: skip, value: skip }] },
      retry: {
        text: this.m(step, 'callback-reason-too-long', { max: CALLBACK_LIMITS.reason }),
        choices: [{ label: skip, value: skip }],
      },
    } satisfies ReplyPromptOptions);
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    draft.reason = (step.result as { reason?: string }).reason ?? '';
    if (draft.consent) return step.next(true);
    const choices = yesNoChoices(this.k(step));
    // "thanks 👍" where the reason went: it may sound like goodbye, so say the request isn't sent yet.
    const signedOff = classifyCommand(step.context.activity.text ?? '') === 'thanks';
    const lastStep = signedOff ? `${this.m(step, 'callback-thanks-last-step')}\n\n` : '';
    return step.beginDialog(CONSENT, {
      prompt: {
        text:
          lastStep +
          (draft.forRelative && draft.patientName
            ? this.m(step, 'callback-ask-consent-relative', {
                name: draft.name!,
                phone: formatPhone(draft.phone!),
                patient: draft.patientName,
              })
            : this.m(step, 'callback-ask-consent', { phone: formatPhone(draft.phone!) })),
        choices,
      },
      retry: { text: this.m(step, 'callback-consent-retry'), choices },
    } satisfies ReplyPromptOptions);
  }

  private async showSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = this.draft(step);
    if (step.result !== true) {
      // No consent: nothing is stored, nothing was logged but the fact.
      turnLogger(step.context, this.deps.logger).info({ event: 'callback-declined' }, 'callback consent declined');
      const phone = this.k(step).clinic.phone.display;
      return finishFlow(
        step,
        routed({ text: this.m(step, 'callback-declined', { phone }), call: callAction(this.k(step)) }, [
          askOffer(this.k(step)),
        ]),
      );
    }
    draft.consent = true;
    const now = this.deps.clock.now();
    const facts = summaryFacts(
      this.k(step),
      { ...draft, name: draft.name!, phone: draft.phone!, slot: draft.slot! },
      now,
    );
    const choices = summaryChoices(this.k(step));
    return step.beginDialog(SUMMARY, {
      prompt: { text: this.m(step, 'callback-summary'), facts, choices },
      retry: { text: this.m(step, 'callback-summary-retry'), facts, choices },
    } satisfies ReplyPromptOptions);
  }

  private async afterSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const [confirm] = summaryChoices(this.k(step));
    if (step.result === confirm!.value) return storeRequest(step, this.deps, this.k(step), this.draft(step));
    const choices = changeChoices(this.k(step));
    return step.beginDialog(CHANGE, {
      prompt: { text: this.m(step, 'callback-ask-change'), choices },
      retry: { text: this.m(step, 'callback-change-retry'), choices },
    } satisfies ReplyPromptOptions);
  }

  /** Clears the chosen field and runs the flow again: filled fields are skipped, that one is asked. */
  private async afterChange(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = { ...this.draft(step) };
    const field = changeChoices(this.k(step)).find((c) => c.value === step.result)?.field;
    if (field === 'name') {
      draft.name = undefined;
      if (draft.relativesKnee) draft.patientName = undefined;
    }
    if (field === 'phone') {
      draft.phone = undefined;
      // Consent named the number; a new number needs a new yes.
      draft.consent = undefined;
    }
    if (field === 'time') draft.slot = undefined;
    if (field === 'reason') draft.reason = undefined;
    return step.replaceDialog(FLOW, { draft, resume: true } satisfies CallbackFlowOptions);
  }
}
