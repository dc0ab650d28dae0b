// The root dialog. Every message passes through route(), which handles interruptions in ONE place
// for every child dialog, in this order:
//   1. red flags (triage.classify) → triage reply, everything cancelled; a question ABOUT warning
//      signs → the list, and the flow resumes
//   2. commands: help, cancel/stop, start over
//   3. hand-off: call/phone/book → hand-off card; call me back → CallbackDialog
//   4. free text that does not answer the waiting prompt → matcher answer, then the prompt again
// Inside the callback dialog names and phone numbers are free text, so only 1 and 2 apply there.
// With no child running, a message is a button we offered (routed exactly) or a question.
import { UNTRUNCATED_TEXT_KEY } from '../src/middleware/textLimit';
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult, DialogTurnStatus } from '../src/dialogsSdk';
import type { CallbackStore } from '../src/callbacks/types';
import { normalizeChoiceText, recognizeChoice } from '../src/channels/choices';
import type { Clock } from '../src/clock';
import type { Knowledge, KnowledgeEntry } from '../src/knowledge/types';
import { type Logger, turnLogger } from '../src/logging';
import type { UnansweredLog } from '../src/matching/unansweredLog';
import { looksSpanish } from '../src/matching/language';
import type { MatchResult, Matcher, Understanding } from '../src/matching/types';
import type { Reply } from '../src/rendering/reply';
import { sendReply } from '../src/rendering/send';
import { triageReply, warningSignsReply, type Triage } from '../src/triage';
import { ASSESSMENT_DIALOG, AssessmentDialog, type AssessmentOptions, type AssessmentResult } from './assessmentDialog';
import { CallbackDialog } from './callbackDialog';
import { classifyCommand, looksLikeQuestion, mentionsPain } from './commands';
import { handoffReply, hoursReply } from './handoff';
import { msg } from './messages';
import { sendSafely } from './safeSend';
import { SafetyFollowUps } from './safety';
import { leadingYesNo, ReplyPrompt } from './prompts';
import {
  answerReply,
  cancelledReply,
  clarifyReply,
  helpReply,
  noneOfTheseReply,
  notEnglishReply,
  outOfScopeReply,
  smallTalkReply,
  startOverReply,
  textReply,
  unknownReply,
} from './replies';
import { choicesOf, type OfferedChoice, type Route, type RoutedReply } from './routes';

export const MAIN_DIALOG = 'mainDialog';
export const CALLBACK_DIALOG = 'callbackDialog';
/** Conversation-state property holding the buttons offered at the top level and their routes. */
export const MAIN_STATE_PROPERTY = 'dialogs.main';

export interface MainDialogDeps {
  knowledge: Knowledge;
  matcher: Matcher;
  triage: Triage;
  conversationState: ConversationState;
  callbackStore: CallbackStore;
  clock: Clock;
  unanswered: UnansweredLog;
  logger: Logger;
}

interface MainState {
  offers: OfferedChoice[];
}

export class MainDialog extends ComponentDialog {
  private readonly state: StatePropertyAccessor<MainState>;
  /** An act-now reply still standing, read before anything else (dialogs/safety.ts). */
  readonly safetyState: SafetyFollowUps;

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.state = deps.conversationState.createProperty<MainState>(MAIN_STATE_PROPERTY);
    this.safetyState = new SafetyFollowUps(deps);
    this.addDialog(new AssessmentDialog({ knowledge: deps.knowledge, matcher: deps.matcher }));
    this.addDialog(
      new CallbackDialog({ knowledge: deps.knowledge, callbackStore: deps.callbackStore, clock: deps.clock, logger: deps.logger }),
    );
  }

  // The first message of a conversation is routed like any other.
  protected override async onBeginDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.onContinueDialog(innerDc);
  }

  // MainDialog never ends: it is the conversation. Children end; it keeps waiting.
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === 'message') await this.route(innerDc);
    return Dialog.EndOfTurn;
  }

  private async route(dc: DialogContext): Promise<void> {
    const { knowledge, triage } = this.deps;
    const text = (dc.context.activity.text ?? '').trim();
    const inFlow = dc.activeDialog !== undefined;

    if (text === '') {
      await this.say(dc, textReply(knowledge, 'empty-message'), inFlow);
      if (inFlow) await dc.repromptDialog();
      return;
    }

    // 1. Red flags win over everything, in every dialog.
    // Triage also tells a question ABOUT warning signs ("what are the red flags?") from a report.
    // A long message was cut for matching; triage reads all of it (it caps its own reading).
    const untruncated = dc.context.turnState.get(UNTRUNCATED_TEXT_KEY) as string | undefined;
    const safety = triage.classify(untruncated ?? text);
    // 0. After an act-now reply, the next messages are read against it first ("can my wife drive
    //    me?", "I'll call you Monday", "ok, going now"). Names and numbers in a callback are not.
    if (classifyCommand(text) !== 'start-over' && !stackIds(dc).includes(CALLBACK_DIALOG)) {
      const held = await this.safetyState.read(dc.context, untruncated ?? text, safety, { inFlow });
      if (held.kind === 'reply') {
        await dc.cancelAllDialogs();
        return this.say(dc, foreign(held.reply), false);
      }
    }
    if (safety.kind === 'red-flag') {
      const flagged = safety.result;
      turnLogger(dc.context, this.deps.logger).info({ event: 'red-flag', tier: flagged.tier, flags: flagged.flags.map((f) => f.id) }, 'red flag');
      await dc.cancelAllDialogs();
      await this.say(dc, foreign(triageReply(flagged, knowledge)), false);
      await this.safetyState.remember(dc.context, flagged);
      return;
    }
    if (safety.kind === 'warning-signs-question') return this.answerThenResume(dc, foreign(warningSignsReply(knowledge)), inFlow);

    // Spanish: neither the matcher nor triage can read it, so say so (in both languages) with 911
    // and the clinic's phone, rather than answer something that only looks relevant.
    if (looksSpanish(text)) return this.answerThenResume(dc, notEnglishReply(knowledge), inFlow);

    // 2. Commands.
    const command = classifyCommand(text);
    if (command === 'help') return this.answerThenResume(dc, helpReply(knowledge, inFlow), inFlow);
    if (command === 'cancel') {
      await dc.cancelAllDialogs();
      return this.say(dc, cancelledReply(knowledge), false);
    }
    if (command === 'start-over') {
      await this.safetyState.clear(dc.context);
      const wasAssessing = stackIds(dc).includes(ASSESSMENT_DIALOG);
      await dc.cancelAllDialogs();
      if (!wasAssessing) return this.say(dc, startOverReply(knowledge), false);
      await sendReply(dc.context, { text: msg(knowledge, 'start-over') });
      return this.beginAssessment(dc, {});
    }

    // Inside the callback dialog everything else is its input (a name, a phone number).
    if (stackIds(dc).includes(CALLBACK_DIALOG)) return this.continueChild(dc);

    // 3. Hand-off.
    if (command === 'call') return this.answerThenResume(dc, handoffReply(knowledge, this.deps.clock.now()), inFlow);
    if (command === 'callback') return this.beginCallback(dc);

    // "Actually it's more on the outside": the person corrects where it hurts; start from there.
    if (inFlow && isCorrection(text) && stackIds(dc).includes(ASSESSMENT_DIALOG)) {
      const understood = this.deps.matcher.understand(text);
      if (understood.location) {
        await dc.cancelAllDialogs();
        return this.beginAssessment(dc, { location: understood.location, symptomIds: understood.symptomIds });
      }
    }

    // 4. A waiting prompt gets its answer; anything else is a question asked in passing.
    if (inFlow) {
      const waiting = innermost(dc);
      const prompt = waiting.activeDialog ? waiting.findDialog(waiting.activeDialog.id) : undefined;
      if (!(prompt instanceof ReplyPrompt) || prompt.accepts(waiting.activeDialog!, text)) return this.continueChild(dc);
      // "thanks" or "hi" in the middle of a flow: just carry on.
      if (command === 'greeting' || command === 'thanks' || command === 'bye') return dc.repromptDialog();
      return this.freeText(dc, text, true);
    }

    // Top level: one of the buttons we offered, small talk, or a new question.
    const offers = (await this.state.get(dc.context))?.offers ?? [];
    const picked = recognizeChoice(text, choicesOf(offers));
    const offer = picked && offers.find((o) => o.value === picked.value);
    if (offer) return this.follow(dc, offer.route, text);
    if (command === 'greeting' || command === 'thanks' || command === 'bye') return this.say(dc, smallTalkReply(knowledge, command), false);
    // A bare "yes"/"no" with no question waiting ("anything else?"): carry on, or say goodbye.
    const bare = text.split(/\s+/).length <= 3 ? leadingYesNo(text) : undefined;
    if (bare === true) return this.say(dc, smallTalkReply(knowledge, 'yes'), false);
    if (bare === false) return this.say(dc, smallTalkReply(knowledge, 'bye'), false);
    return this.freeText(dc, text, false);
  }

  /** Where a button leads. */
  private async follow(dc: DialogContext, route: Route, text: string): Promise<void> {
    const { knowledge, clock } = this.deps;
    switch (route.kind) {
      case 'entry': {
        const entry = knowledge.byId.get(route.id);
        if (entry) return this.showEntry(dc, entry, false, this.deps.matcher.understand(text));
        return this.freeText(dc, text, false);
      }
      case 'call':
        return this.say(dc, handoffReply(knowledge, clock.now()), false);
      case 'callback':
        return this.beginCallback(dc);
      case 'hours':
        return this.say(dc, hoursReply(knowledge, clock.now(), text), false);
      case 'assess':
        return this.beginAssessment(dc, route.location ? { location: route.location } : {});
      case 'ask':
        return this.say(dc, textReply(knowledge, 'ask-another'), false);
      case 'none':
        return this.say(dc, noneOfTheseReply(knowledge), false);
    }
  }

  /** Free text → the matcher's verdict. In a flow only real answers interrupt; noise re-asks. */
  private async freeText(dc: DialogContext, text: string, inFlow: boolean): Promise<void> {
    const { knowledge, matcher, unanswered } = this.deps;
    const result: MatchResult = matcher.match(text);
    turnLogger(dc.context, this.deps.logger).debug({ event: 'match', kind: result.kind, inFlow, ids: topIds(result) }, 'matched');

    if (!inFlow && result.kind !== 'out-of-scope') {
      const assess = assessmentFor(result, text);
      if (assess) return this.beginAssessment(dc, assess);
    }

    switch (result.kind) {
      case 'answer':
        return this.showEntry(dc, result.best.entry, inFlow, result.understanding);
      case 'clarify':
        // "Your hours and where are you?": the hand-off card shows phone, address and hours together.
        if (result.candidates.every((c) => isClinicFact(c.entry))) {
          return this.answerThenResume(dc, handoffReply(knowledge, this.deps.clock.now()), inFlow);
        }
        unanswered.record(text, 'clarify', topIds(result));
        return this.answerThenResume(dc, clarifyReply(knowledge, result.candidates), inFlow);
      case 'out-of-scope':
        unanswered.record(text, 'out-of-scope', []);
        return this.answerThenResume(dc, outOfScopeReply(knowledge, result.topic), inFlow);
      case 'unknown':
        if (inFlow && !looksLikeQuestion(text)) {
          // "hmm", "sometimes": a fumbled answer, not a question. Ask again, kindly.
          await sendReply(dc.context, { text: msg(knowledge, 'retry-choice') });
          return dc.repromptDialog();
        }
        unanswered.record(text, 'unknown', topIds(result));
        return this.answerThenResume(dc, unknownReply(knowledge, result.suggestions), inFlow);
    }
  }

  /** An entry's answer, or what its action asks for. */
  private async showEntry(dc: DialogContext, entry: KnowledgeEntry, inFlow: boolean, understanding: Understanding): Promise<void> {
    const { knowledge, clock } = this.deps;
    switch (entry.action) {
      case 'call':
        return this.answerThenResume(dc, handoffReply(knowledge, clock.now()), inFlow);
      case 'callback':
        return this.beginCallback(dc);
      case 'hours':
        return this.answerThenResume(dc, hoursReply(knowledge, clock.now(), dc.context.activity.text ?? ''), inFlow);
      case 'warning-signs':
        return this.answerThenResume(dc, foreign(warningSignsReply(knowledge)), inFlow);
      case 'help':
        return this.answerThenResume(dc, helpReply(knowledge, inFlow), inFlow);
      case 'assess':
        if (inFlow) return this.answerThenResume(dc, textReply(knowledge, 'already-assessing'), true);
        return this.beginAssessment(dc, understanding.location ? { location: understanding.location, symptomIds: understanding.symptomIds } : {});
      case undefined:
        if (!inFlow && entry.kind === 'location' && entry.location) {
          const symptomIds = understanding.location === entry.location ? understanding.symptomIds : [];
          return this.beginAssessment(dc, { location: entry.location, symptomIds });
        }
        return this.answerThenResume(dc, answerReply(knowledge, entry, inFlow), inFlow);
    }
  }

  /** Sends a reply; inside a flow, then asks the waiting question again so the flow resumes. */
  private async answerThenResume(dc: DialogContext, reply: RoutedReply, inFlow: boolean): Promise<void> {
    // In a flow only the waiting question's buttons should be there to tap ("Did you mean" titles
    // are the exception: tapping one is a question, answered, and the flow still resumes).
    const keepChoices = !inFlow || reply.offers.every((o) => o.route.kind === 'entry' || o.route.kind === 'none');
    await this.say(dc, keepChoices ? reply : { reply: { ...reply.reply, choices: undefined }, offers: [] }, inFlow);
    if (inFlow) {
      await sendReply(dc.context, { text: msg(this.deps.knowledge, 'resume') });
      await dc.repromptDialog();
    }
  }

  /** Sends a reply. At the top level its buttons become the offers routed next turn. */
  private async say(dc: DialogContext, reply: RoutedReply, inFlow: boolean): Promise<void> {
    await sendSafely(dc.context, reply.reply);
    if (!inFlow) await this.setOffers(dc.context, reply.offers);
  }

  /** Remembers the top-level buttons just sent (the bot's greeting uses this too). */
  async setOffers(context: TurnContext, offers: OfferedChoice[]): Promise<void> {
    await this.state.set(context, { offers });
  }

  private async beginAssessment(dc: DialogContext, options: AssessmentOptions): Promise<void> {
    await this.setOffers(dc.context, []);
    const result = await dc.beginDialog(ASSESSMENT_DIALOG, options);
    await this.childEnded(dc, result);
  }

  /** A callback request replaces whatever was going on: the person chose the human route. */
  private async beginCallback(dc: DialogContext): Promise<void> {
    await dc.cancelAllDialogs();
    await this.setOffers(dc.context, []);
    const result = await dc.beginDialog(CALLBACK_DIALOG, {});
    await this.childEnded(dc, result);
  }

  private async continueChild(dc: DialogContext): Promise<void> {
    const result = await dc.continueDialog();
    await this.childEnded(dc, result);
  }

  /** When a child finishes, its closing buttons become the top-level offers. */
  private async childEnded(dc: DialogContext, result: DialogTurnResult): Promise<void> {
    if (result.status !== DialogTurnStatus.complete) return;
    const offers = (result.result as Partial<AssessmentResult> | undefined)?.offers;
    await this.setOffers(dc.context, Array.isArray(offers) ? offers : []);
  }
}

/**
 * A Reply built elsewhere (triage): its buttons keep their wording; the ones that mean call or
 * callback are routed as such, any other goes through the usual routing as typed text.
 */
function foreign(reply: Reply): RoutedReply {
  const offers: OfferedChoice[] = [];
  for (const c of reply.choices ?? []) {
    const command = classifyCommand(c.value) ?? classifyCommand(c.label);
    if (command === 'call' || command === 'callback') offers.push({ ...c, route: { kind: command } });
  }
  return { reply, offers };
}

/** A clinic entry whose facts (phone, hours, address) are all on the hand-off card. */
function isClinicFact(entry: KnowledgeEntry): boolean {
  return entry.kind === 'clinic' && (entry.action === undefined || entry.action === 'call' || entry.action === 'hours');
}

/** "actually …", "no, more on …", "I meant …": a statement that corrects what was said before. */
const CORRECTION = /^(?:actually|no|nope|sorry|oops|wait|i meant|i mean|correction|its more|more on|more like|rather)\b/;

function isCorrection(text: string): boolean {
  return !text.includes('?') && CORRECTION.test(normalizeChoiceText(text));
}

const QUESTION_START = /^\s*(what|why|how|when|where|which|who|should|can|could|is|are|does|do|will|would|may)\b/i;

/** "my knee hurts after long runs" (a report), not "why does my knee hurt?" (a question). */
function isStatement(text: string): boolean {
  return !text.includes('?') && !QUESTION_START.test(text) && text.trim().split(/\s+/).length <= 10;
}

/** The deepest dialog context: where the waiting prompt lives. */
function innermost(dc: DialogContext): DialogContext {
  let current = dc;
  for (let child = current.child; child; child = current.child) current = child;
  return current;
}

/** Ids of every dialog on the stack, outermost first, through nested components. */
function stackIds(dc: DialogContext): string[] {
  const ids: string[] = [];
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    ids.push(...current.stack.map((i) => i.id).reverse());
  }
  return ids;
}

function topIds(result: MatchResult): string[] {
  switch (result.kind) {
    case 'answer':
      return [result.best.entry.id];
    case 'clarify':
      return result.candidates.map((c) => c.entry.id);
    case 'unknown':
      return result.suggestions.map((s) => s.entry.id);
    case 'out-of-scope':
      return [];
  }
}

/**
 * When free text should start the guided assessment: it names a location and says it hurts
 * ("pain along the outside of my knee") and the matcher did not find a specific other topic
 * (a question about healing time that mentions "outer knee pain" is still answered as such).
 */
export function assessmentFor(result: MatchResult, text: string): AssessmentOptions | undefined {
  const u = result.understanding;
  if (!mentionsPain(text)) return undefined;
  // "my knee hurts": a statement of pain the matcher cannot place → ask where (not "did you mean").
  if (!u.location) return result.kind !== 'answer' && isStatement(text) ? {} : undefined;
  if (result.kind === 'answer') {
    const e = result.best.entry;
    const sameSpot = (e.kind === 'location' || e.kind === 'condition') && (e.location === undefined || e.location === u.location);
    const startsAssessment = e.action === 'assess';
    if (!sameSpot && !startsAssessment) return undefined;
  }
  return { location: u.location, symptomIds: u.symptomIds };
}

