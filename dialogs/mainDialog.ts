// The root dialog. Every message passes through route(): an ordered table of routes (name, when,
// run) — the first whose `when` holds runs — so interruptions are handled in ONE place for every
// child dialog. The order is the product's priority:
//   1. safety: red flags (triage.classify) → triage reply, everything cancelled; a question ABOUT
//      warning signs → the list, and the flow resumes; a message in Spanish → said plainly
//   2. commands: help, cancel/stop, start over
//   3. inside the callback dialog, everything else is its input (names and numbers are free text)
//   4. hand-off: call/phone/book → hand-off card; call me back → CallbackDialog
//   5. in a flow: a correction, the waiting prompt's answer, or a question asked in passing
//   6. at the top level: a button we offered (routed exactly), small talk, or a question
// The pure decisions (what a message is) live in ./decisions/; this file does the talking.
import { UNTRUNCATED_TEXT_KEY } from '../src/middleware/textLimit';
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  Dialog,
  type DialogContext,
  type DialogTurnResult,
  DialogTurnStatus,
} from '../src/dialogsSdk';
import type { CallbackStore } from '../src/callbacks/types';
import { normalizeChoiceText, recognizeChoice } from '../src/channels/choices';
import { isSharedConversation } from '../src/channels/conversationScope';
import { LIMITS } from '../src/callbacks/validate';
import type { Clock } from '../src/clock';
import type { Knowledge, KnowledgeEntry } from '../src/knowledge/types';
import { type Logger, turnLogger } from '../src/logging';
import type { UnansweredLog } from '../src/matching/unansweredLog';
import { looksSpanish } from '../src/matching/language';
import type { MatchResult, Matcher, ScoredEntry, Understanding } from '../src/matching/types';
import { sendReply } from '../src/rendering/send';
import { triageReply, warningSignsReply, type Triage, type TriageOutcome } from '../src/triage';
import { meansGeneral } from './assessment';
import { ASSESSMENT_DIALOG, AssessmentDialog, type AssessmentOptions, type AssessmentResult } from './assessmentDialog';
import {
  CALLBACK_DIALOG,
  CallbackDialog,
  type CallbackDialogResult,
  type CallbackFlowOptions,
  isReasonStep,
  runningCallback,
} from './callbackDialog';
import { cbMsg, type Draft, detailsFromMessage, type SentCallback } from './decisions/callback';
import { classifyCommand, looksLikeQuestion, quitCommand, type Command } from './commands';
import {
  aboutOwnKnee,
  assessmentFor,
  bareYesNo,
  foreign,
  isCallbackRequest,
  isClinicFact,
  isCorrection,
  isSmallTalk,
  topIds,
} from './decisions/main';
import { askOffer, callAction, handoffReply, hoursReply } from './handoff';
import { msg } from './messages';
import { SafetyCheck } from './safetyCheck';
import { sendSafely } from './safeSend';
import { SafetyFollowUps } from './safety';
import { ReplyPrompt } from './prompts';
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
import { choicesOf, dedupeOffers, routed, type OfferedChoice, type Route, type RoutedReply } from './routes';
import { glossaryAnswer } from './decisions/glossary';

export const MAIN_DIALOG = 'mainDialog';
/** Conversation-state property holding the buttons offered at the top level and their routes. */
const MAIN_STATE_PROPERTY = 'dialogs.main';

export interface MainDialogDeps {
  knowledge: Knowledge;
  matcher: Matcher;
  triage: Triage;
  conversationState: ConversationState;
  callbackStore: CallbackStore;
  clock: Clock;
  unanswered: UnansweredLog;
  logger: Logger;
  /**
   * Opens a private 1:1 chat with the sender and starts `start` there (src/bot.ts supplies it);
   * false when the channel cannot. Without it, shared conversations get "message me privately".
   */
  openPrivate?: (context: TurnContext, start: PrivateStart) => Promise<boolean>;
}

/** A flow to run in a private chat instead of a shared conversation (also MainDialog's begin options). */
export type PrivateStart = { flow: 'callback'; draft: Draft } | { flow: 'assessment'; options: AssessmentOptions };

interface MainState {
  offers: OfferedChoice[];
  /** A callback request interrupted by a red flag, kept (marked urgent) until finished or dropped. */
  pendingCallback?: Draft;
  /** A red flag was raised in this conversation: a callback request is marked urgent. */
  redFlagRaised?: boolean;
  /** The last request stored, so a second "Send it" says it is already sent. */
  sent?: SentCallback;
  /** Buttons offered earlier in this conversation (newest first, bounded): typed labels still work. */
  earlier?: OfferedChoice[];
  /** "I'm not sure" replies in a row, and the buttons under the last one (never the same twice). */
  unknownInARow?: number;
  lastUnknown?: string[];
}

/** How many earlier buttons are remembered for typed labels. */
const MAX_EARLIER_OFFERS = 30;

type SmallTalk = 'greeting' | 'thanks' | 'bye';

/** What every route sees of the message: read once per turn. */
interface Turn {
  dc: DialogContext;
  /** The message, trimmed (possibly cut for matching; triage read all of it). */
  text: string;
  /** The whole message, as triage read it. */
  fullText: string;
  /** A message from an earlier turn, routed after its safety question (no prompt is waiting for it). */
  resumed: boolean;
  /** A child dialog (assessment, callback) is running. */
  inFlow: boolean;
  /** Ids of every dialog on the stack, outermost first. */
  stack: string[];
  command: Command | undefined;
  safety: TriageOutcome;
}

/** One row of MainDialog's route table. */
interface MainRoute {
  name: string;
  when: (turn: Turn) => boolean | Promise<boolean>;
  run: (turn: Turn) => Promise<unknown>;
}

export class MainDialog extends ComponentDialog {
  private readonly state: StatePropertyAccessor<MainState>;
  private readonly safetyCheck: SafetyCheck;
  /** An act-now reply still standing, read before anything else (dialogs/safety.ts). */
  readonly safetyState: SafetyFollowUps;

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.state = deps.conversationState.createProperty<MainState>(MAIN_STATE_PROPERTY);
    this.safetyCheck = new SafetyCheck(deps);
    this.safetyState = new SafetyFollowUps(deps);
    this.addDialog(new AssessmentDialog({ knowledge: deps.knowledge, matcher: deps.matcher }));
    this.addDialog(
      new CallbackDialog({
        knowledge: deps.knowledge,
        callbackStore: deps.callbackStore,
        clock: deps.clock,
        logger: deps.logger,
      }),
    );
  }

  // The first message of a conversation is routed like any other; a private chat opened from a
  // shared conversation starts with the flow the person asked for there.
  protected override async onBeginDialog(
    innerDc: DialogContext,
    options?: { start?: PrivateStart },
  ): Promise<DialogTurnResult> {
    const start = options?.start;
    if (!start) return this.onContinueDialog(innerDc);
    const name = innerDc.context.activity.from?.name ?? '';
    await sendReply(innerDc.context, {
      text: msg(this.deps.knowledge, 'private-hello', { name }).replace(/^Hi ,/, 'Hi,'),
    });
    if (start.flow === 'callback') await this.beginCallback(innerDc, start.draft);
    else await this.beginAssessment(innerDc, start.options);
    return Dialog.EndOfTurn;
  }

  // MainDialog never ends: it is the conversation. Children end; it keeps waiting.
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === 'message') await this.route(innerDc);
    return Dialog.EndOfTurn;
  }

  /**
   * The first route whose `when` holds handles the message. Before the table, the second line of
   * defence (dialogs/safetyCheck.ts): when the rules are silent but the message sounds serious, one
   * safety question comes first; its answer confirms a red flag or lets the first message through.
   * `resumed`: that first message, routed now that the answer was reassuring.
   */
  private async route(dc: DialogContext, resumed?: string): Promise<void> {
    const turn = this.turnOf(dc, resumed);
    // After an act-now reply, the next messages are read against it first ("can my wife drive me?",
    // "I'll call you Monday", "ok, going now"; dialogs/safety.ts). Names and numbers in a callback are not.
    if (
      resumed === undefined &&
      turn.text !== '' &&
      turn.command !== 'start-over' &&
      !turn.stack.includes(CALLBACK_DIALOG)
    ) {
      const held = await this.safetyState.read(dc.context, turn.fullText, turn.safety, { inFlow: turn.inFlow });
      if (held.kind === 'reply') {
        await dc.cancelAllDialogs();
        return this.say(dc, foreign(held.reply), false);
      }
    }
    if (resumed === undefined && turn.text !== '') {
      const check = await this.safetyCheck.step(dc.context, turn.fullText, turn.safety);
      if (check.kind === 'ask') return this.say(dc, foreign(check.reply), turn.inFlow);
      if (check.kind === 'resume') return this.route(dc, check.text);
      if (check.kind === 'confirmed') turn.safety = check.outcome;
    }
    const state = await this.mainState(dc.context);
    const unknownBefore = state.unknownInARow;
    for (const route of this.routes) {
      if (await route.when(turn)) {
        await route.run(turn);
        break;
      }
    }
    // "Not sure" counts only in a row: anything else answered resets the wording.
    if (state.unknownInARow === unknownBefore && unknownBefore !== undefined) {
      state.unknownInARow = undefined;
      state.lastUnknown = undefined;
    }
  }

  private turnOf(dc: DialogContext, resumed?: string): Turn {
    const text = (resumed ?? dc.context.activity.text ?? '').trim();
    // A long message was cut for matching; triage reads all of it (it caps its own reading).
    const untruncated =
      resumed === undefined ? (dc.context.turnState.get(UNTRUNCATED_TEXT_KEY) as string | undefined) : undefined;
    const stack = stackIds(dc);
    return {
      dc,
      text,
      fullText: untruncated ?? text,
      resumed: resumed !== undefined,
      inFlow: dc.activeDialog !== undefined,
      stack,
      command: classifyCommand(text) ?? quitCommand(text),
      // Triage also tells a question ABOUT warning signs ("what are the red flags?") from a report.
      safety: text === '' ? { kind: 'none' } : this.deps.triage.classify(untruncated ?? text),
    };
  }

  /**
   * The routes, in order: the first whose `when` holds runs. Safety first, always: a hook that
   * must see every message (red flags, safety state) goes in the 'safety' slot or right after it.
   */
  private readonly routes: readonly MainRoute[] = [
    {
      name: 'empty',
      when: (t) => t.text === '',
      run: (t) => this.answerThenResume(t.dc, textReply(this.deps.knowledge, 'empty-message'), t.inFlow, false),
    },
    { name: 'safety', when: (t) => t.safety.kind === 'red-flag', run: (t) => this.redFlag(t) },
    {
      name: 'warning-signs-question',
      when: (t) => t.safety.kind === 'warning-signs-question',
      run: (t) => this.answerThenResume(t.dc, foreign(warningSignsReply(this.deps.knowledge)), t.inFlow),
    },
    // Spanish: neither the matcher nor triage can read it, so say so (in both languages) with 911
    // and the clinic's phone, rather than answer something that only looks relevant.
    {
      name: 'not-english',
      when: (t) => looksSpanish(t.text),
      run: (t) => this.answerThenResume(t.dc, notEnglishReply(this.deps.knowledge), t.inFlow),
    },
    {
      name: 'help',
      when: (t) => t.command === 'help',
      run: (t) => this.answerThenResume(t.dc, helpReply(this.deps.knowledge, t.inFlow), t.inFlow),
    },
    { name: 'cancel', when: (t) => t.command === 'cancel', run: (t) => this.cancel(t) },
    { name: 'start-over', when: (t) => t.command === 'start-over', run: (t) => this.startOver(t) },
    // Inside the callback dialog everything else is its input (a name, a phone number).
    { name: 'callback-input', when: (t) => t.stack.includes(CALLBACK_DIALOG), run: (t) => this.continueChild(t.dc) },
    {
      name: 'call',
      when: (t) => t.command === 'call',
      run: (t) => this.answerThenResume(t.dc, handoffReply(this.deps.knowledge, this.deps.clock.now()), t.inFlow),
    },
    // "Hi, I'm Robert Chen, please call me at 214-555-0177 tomorrow morning": the details come along.
    {
      name: 'callback',
      when: (t) => isCallbackRequest(t.text, t.command),
      run: (t) => this.beginCallback(t.dc, this.detailsIn(t.text)),
    },
    // "Actually it's more on the outside": the person corrects where it hurts; start from there.
    { name: 'correction', when: (t) => this.correctedLocation(t) !== undefined, run: (t) => this.correction(t) },
    // "What's a hamstring?" during the questions: one line, then the question again.
    {
      name: 'glossary-in-flow',
      when: (t) => t.inFlow && glossaryAnswer(this.deps.knowledge, t.text) !== undefined,
      run: (t) =>
        this.answerThenResume(t.dc, routed({ text: glossaryAnswer(this.deps.knowledge, t.text)! }), true, false),
    },
    // A resumed message was not typed this turn: the prompt would read this turn's "No" instead.
    {
      name: 'prompt-answer',
      when: (t) => t.inFlow && !t.resumed && this.answersPrompt(t),
      run: (t) => this.continueChild(t.dc),
    },
    // "thanks" or "hi" in the middle of a flow: just carry on.
    { name: 'small-talk-in-flow', when: (t) => t.inFlow && isSmallTalk(t.command), run: (t) => t.dc.repromptDialog() },
    { name: 'question-in-flow', when: (t) => t.inFlow, run: (t) => this.freeText(t.dc, t.text, true) },
    // "Send it" again on an old card: already sent, with the reference.
    {
      name: 'callback-sent-again',
      when: async (t) => (await this.sentAgain(t)) !== undefined,
      run: async (t) => this.say(t.dc, (await this.sentAgain(t))!, false),
    },
    {
      name: 'offered-button',
      when: async (t) => (await this.offerFor(t)) !== undefined,
      run: async (t) => this.follow(t.dc, (await this.offerFor(t))!.route, t.text),
    },
    // The label of a button offered earlier in this conversation, typed.
    {
      name: 'earlier-button',
      when: async (t) => (await this.earlierOfferFor(t)) !== undefined,
      run: async (t) => this.follow(t.dc, (await this.earlierOfferFor(t))!.route, t.text),
    },
    {
      name: 'small-talk',
      when: (t) => isSmallTalk(t.command),
      run: (t) => this.say(t.dc, smallTalkReply(this.deps.knowledge, t.command as SmallTalk), false),
    },
    {
      name: 'bare-yes-no',
      when: (t) => bareYesNo(t.text) !== undefined,
      run: (t) => this.say(t.dc, smallTalkReply(this.deps.knowledge, bareYesNo(t.text) ? 'yes' : 'bye'), false),
    },
    { name: 'question', when: () => true, run: (t) => this.freeText(t.dc, t.text, false) },
  ];

  private async redFlag(t: Turn): Promise<void> {
    if (t.safety.kind !== 'red-flag') return;
    const flagged = t.safety.result;
    turnLogger(t.dc.context, this.deps.logger).info(
      { event: 'red-flag', tier: flagged.tier, flags: flagged.flags.map((f) => f.id) },
      'red flag',
    );
    // A callback request in progress (or asked for in this very message) is never lost silently:
    // kept, marked urgent, and the person is told plainly it was not sent and offered to finish it.
    const running = t.stack.includes(CALLBACK_DIALOG) ? runningCallback(t.dc) : undefined;
    let kept: Draft | undefined;
    if (running) {
      kept = running.draft;
      if (isReasonStep(running.waiting) && !kept.reason) kept.reason = t.text.slice(0, LIMITS.reason);
    } else if (isCallbackRequest(t.text, t.command)) {
      kept = this.detailsIn(t.text);
    }
    await t.dc.cancelAllDialogs();
    const safety = foreign(triageReply(flagged, this.deps.knowledge));
    await this.say(t.dc, safety, false);
    await this.safetyState.remember(t.dc.context, flagged);
    const state = await this.mainState(t.dc.context);
    state.redFlagRaised = true;
    if (kept) {
      state.pendingCallback = { ...kept, urgent: true };
      const finish = cbMsg(this.deps.knowledge, 'callback-finish');
      const offers = [
        { label: finish, value: finish, route: { kind: 'callback' } } as OfferedChoice,
        ...safety.offers.filter((o) => o.route.kind !== 'callback'),
      ];
      await this.say(
        t.dc,
        routed({ text: cbMsg(this.deps.knowledge, 'callback-interrupted-not-sent') }, offers),
        false,
      );
    }
  }

  /** What a message already says for a callback (name, number, time, reason). */
  private detailsIn(text: string): Draft {
    return detailsFromMessage(this.deps.knowledge, text, this.deps.clock.now());
  }

  /** At the top level, "Send it" once the request is stored: the already-sent reply. */
  private async sentAgain(t: Turn): Promise<RoutedReply | undefined> {
    if (t.inFlow) return undefined;
    const { sent } = await this.mainState(t.dc.context);
    const send = cbMsg(this.deps.knowledge, 'callback-confirm');
    if (!sent || normalizeChoiceText(t.text) !== normalizeChoiceText(send)) return undefined;
    return routed({ text: cbMsg(this.deps.knowledge, 'callback-already-sent', { ...sent }) }, [
      askOffer(this.deps.knowledge),
    ]);
  }

  private async mainState(context: TurnContext): Promise<MainState> {
    const state = (await this.state.get(context)) ?? { offers: [] };
    await this.state.set(context, state);
    return state;
  }

  private async cancel(t: Turn): Promise<void> {
    await t.dc.cancelAllDialogs();
    await this.say(t.dc, cancelledReply(this.deps.knowledge), false);
  }

  private async startOver(t: Turn): Promise<void> {
    await this.safetyState.clear(t.dc.context);
    const wasAssessing = t.stack.includes(ASSESSMENT_DIALOG);
    await t.dc.cancelAllDialogs();
    if (!wasAssessing) return this.say(t.dc, startOverReply(this.deps.knowledge), false);
    await sendReply(t.dc.context, { text: msg(this.deps.knowledge, 'start-over') });
    return this.beginAssessment(t.dc, {});
  }

  private correctedLocation(t: Turn): AssessmentOptions | undefined {
    if (!t.inFlow || !isCorrection(t.text) || !t.stack.includes(ASSESSMENT_DIALOG)) return undefined;
    const understood = this.deps.matcher.understand(t.text);
    return understood.location ? { location: understood.location, symptomIds: understood.symptomIds } : undefined;
  }

  private async correction(t: Turn): Promise<void> {
    const options = this.correctedLocation(t)!;
    await t.dc.cancelAllDialogs();
    return this.beginAssessment(t.dc, options);
  }

  /** True when the waiting prompt takes the text as its answer (or is not a ReplyPrompt). */
  private answersPrompt(t: Turn): boolean {
    const waiting = innermost(t.dc);
    const prompt = waiting.activeDialog ? waiting.findDialog(waiting.activeDialog.id) : undefined;
    return !(prompt instanceof ReplyPrompt) || prompt.accepts(waiting.activeDialog!, t.text);
  }

  /** An earlier button whose label the text is, exactly (no fuzzy match: old buttons are many). */
  private async earlierOfferFor(t: Turn): Promise<OfferedChoice | undefined> {
    const typed = normalizeChoiceText(t.text);
    if (typed === '') return undefined;
    const { earlier = [] } = await this.mainState(t.dc.context);
    return earlier.find((o) => normalizeChoiceText(o.label) === typed || normalizeChoiceText(o.value) === typed);
  }

  /** The top-level button the text picks, if any. */
  private async offerFor(t: Turn): Promise<OfferedChoice | undefined> {
    const offers = (await this.state.get(t.dc.context))?.offers ?? [];
    const picked = recognizeChoice(t.text, choicesOf(offers));
    return picked && offers.find((o) => o.value === picked.value);
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
    turnLogger(dc.context, this.deps.logger).debug(
      { event: 'match', kind: result.kind, inFlow, ids: topIds(result) },
      'matched',
    );

    if (!inFlow && result.kind !== 'out-of-scope') {
      const assess = assessmentFor(result, text);
      if (assess) return this.beginAssessment(dc, assess);
      // "My whole knee hurts": like a place, pain all over the knee starts its own (general) path,
      // when the words say so (not a stray "1" the matcher happened to place there).
      if (
        result.kind === 'answer' &&
        result.best.entry.id === knowledge.general.overviewEntryId &&
        meansGeneral(knowledge, text)
      ) {
        return this.beginAssessment(dc, { general: true });
      }
    }

    switch (result.kind) {
      case 'answer':
        return this.showEntry(dc, result.best.entry, inFlow, result.understanding, result.second?.entry);
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
        return this.notSure(dc, text, result.suggestions, inFlow);
    }
  }

  /** "I'm not sure" — or the one-line meaning of a body word — varied, never the same buttons twice. */
  private async notSure(dc: DialogContext, text: string, suggestions: ScoredEntry[], inFlow: boolean): Promise<void> {
    const { knowledge } = this.deps;
    const meaning = glossaryAnswer(knowledge, text);
    if (meaning) return this.answerThenResume(dc, routed({ text: meaning }), inFlow);
    const state = await this.mainState(dc.context);
    const reply = unknownReply(knowledge, suggestions, {
      inARow: state.unknownInARow ?? 0,
      lastValues: state.lastUnknown ?? [],
      ownKnee: aboutOwnKnee(text),
    });
    await this.answerThenResume(dc, reply, inFlow);
    state.unknownInARow = (state.unknownInARow ?? 0) + 1;
    state.lastUnknown = reply.offers.map((o) => o.value);
  }

  /** An entry's answer, or what its action asks for. */
  private async showEntry(
    dc: DialogContext,
    entry: KnowledgeEntry,
    inFlow: boolean,
    understanding: Understanding,
    second?: KnowledgeEntry,
  ): Promise<void> {
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
        return this.beginAssessment(
          dc,
          understanding.location ? { location: understanding.location, symptomIds: understanding.symptomIds } : {},
        );
      case undefined:
        if (!inFlow && entry.kind === 'location' && entry.location) {
          const symptomIds = understanding.location === entry.location ? understanding.symptomIds : [];
          return this.beginAssessment(dc, { location: entry.location, symptomIds });
        }
        return this.answerThenResume(dc, answerReply(knowledge, entry, inFlow, second), inFlow);
    }
  }

  /** Sends a reply; inside a flow, then asks the waiting question again so the flow resumes. */
  private async answerThenResume(
    dc: DialogContext,
    reply: RoutedReply,
    inFlow: boolean,
    sayResume = true,
  ): Promise<void> {
    // In a flow only the waiting question's buttons should be there to tap ("Did you mean" titles
    // are the exception: tapping one is a question, answered, and the flow still resumes).
    const keepChoices = !inFlow || reply.offers.every((o) => o.route.kind === 'entry' || o.route.kind === 'none');
    await this.say(dc, keepChoices ? reply : { reply: { ...reply.reply, choices: undefined }, offers: [] }, inFlow);
    if (inFlow) {
      if (sayResume) await sendReply(dc.context, { text: msg(this.deps.knowledge, 'resume') });
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
    const state = await this.mainState(context);
    state.offers = offers;
    if (offers.length > 0)
      state.earlier = dedupeOffers([...offers, ...(state.earlier ?? [])]).slice(0, MAX_EARLIER_OFFERS);
  }

  /**
   * In a shared conversation (Teams channel or group chat, Slack channel) nobody is asked for
   * symptoms, a name or a number: the flow moves to a private chat, and the channel is told so —
   * or, when no private chat can be opened, asked to message the bot privately or call.
   */
  private async movePrivate(dc: DialogContext, start: PrivateStart): Promise<void> {
    const { knowledge } = this.deps;
    const name = dc.context.activity.from?.name ?? '';
    let moved = false;
    try {
      moved = (await this.deps.openPrivate?.(dc.context, start)) ?? false;
    } catch (err) {
      turnLogger(dc.context, this.deps.logger).warn(
        { event: 'private-chat-failed', err: (err as Error)?.name },
        'could not open a private chat',
      );
    }
    turnLogger(dc.context, this.deps.logger).info(
      { event: 'moved-private', flow: start.flow, moved },
      'flow asked for in a shared conversation',
    );
    if (moved)
      return this.say(dc, routed({ text: msg(knowledge, 'private-moved', { name }).replace(/^, /, '') }), false);
    const text = msg(knowledge, 'private-unavailable', { name, phone: knowledge.clinic.phone.display }).replace(
      /^, /,
      '',
    );
    return this.say(dc, routed({ text, call: callAction(knowledge) }), false);
  }

  private async beginAssessment(dc: DialogContext, options: AssessmentOptions): Promise<void> {
    if (isSharedConversation(dc.context.activity)) return this.movePrivate(dc, { flow: 'assessment', options });
    await this.setOffers(dc.context, []);
    const result = await dc.beginDialog(ASSESSMENT_DIALOG, options);
    await this.childEnded(dc, result);
  }

  /** A callback request replaces whatever was going on: the person chose the human route. */
  // A request kept after a red flag is finished, not started again; after a red flag it is urgent.
  private async beginCallback(dc: DialogContext, given: Draft = {}): Promise<void> {
    await dc.cancelAllDialogs();
    const state = await this.mainState(dc.context);
    const draft: Draft = {
      ...(state.pendingCallback ?? {}),
      ...definedOnly(given),
      ...(state.redFlagRaised ? { urgent: true } : {}),
    };
    state.pendingCallback = undefined;
    if (isSharedConversation(dc.context.activity)) return this.movePrivate(dc, { flow: 'callback', draft });
    state.offers = [];
    const options: CallbackFlowOptions = Object.keys(draft).length > 0 ? { draft } : {};
    const result = await dc.beginDialog(CALLBACK_DIALOG, options);
    await this.childEnded(dc, result);
  }

  private async continueChild(dc: DialogContext): Promise<void> {
    const result = await dc.continueDialog();
    await this.childEnded(dc, result);
  }

  /** When a child finishes, its closing buttons become the top-level offers. */
  private async childEnded(dc: DialogContext, result: DialogTurnResult): Promise<void> {
    if (result.status !== DialogTurnStatus.complete) return;
    const ended = result.result as Partial<AssessmentResult & CallbackDialogResult> | undefined;
    const state = await this.mainState(dc.context);
    state.offers = Array.isArray(ended?.offers) ? ended.offers : [];
    if (ended?.sent) state.sent = ended.sent;
  }
}

/** The fields of a draft that are set (so an empty one never overwrites a kept one). */
function definedOnly(draft: Draft): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as Draft;
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
