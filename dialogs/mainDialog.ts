// The root dialog. Every message passes through route(): an ordered table of routes (name, when,
// run; ./mainRoutes.ts) — the first whose `when` holds runs — so interruptions are handled in ONE
// place for every child dialog. The order is the product's priority:
//   1. safety: red flags (triage.classify, English and Spanish on every message) → triage reply in
//      the conversation's language, everything cancelled; a question ABOUT warning signs → the list,
//      and the flow resumes; "Español" / "English please" → said in the new language
// Before the table the turn's language is decided (dialogs/language.ts): every reply is built from
// that language's knowledge, the matcher of that language reads the text.
//   2. commands: help, cancel/stop, start over
//   3. inside the callback dialog, everything else is its input (names and numbers are free text)
//   4. hand-off: call/phone/book → hand-off card; call me back → CallbackDialog
//   5. in a flow: a correction, the waiting prompt's answer, or a question asked in passing
//   6. at the top level: a button we offered (routed exactly), small talk, or a question
// The pure decisions (what a message is) live in ./decisions/; what the routes do in
// ./mainAnswers.ts; how replies are sent and flows started in ./mainTalk.ts.
import { addressedInShared, isAddressedToBot } from '../src/channels/inbound';
import { isSharedConversation } from '../src/channels/conversationScope';
import { UNTRUNCATED_TEXT_KEY } from '../src/middleware/textLimit';
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from '../src/dialogsSdk';
import { sendReply } from '../src/rendering/send';
import { AssessmentDialog } from './assessmentDialog';
import { CALLBACK_DIALOG, CallbackDialog } from './callbackDialog';
import { classifyCommand } from './commands';
import { quitCommand } from './quitCommand';
import { foreign, isCallbackRequest, isQuestion, withoutOpening } from './decisions/main';
import { MainAnswers } from './mainAnswers';
import { mainRoutes } from './mainRoutes';
import { MainTalk } from './mainTalk';
import {
  ABOUT_CHILD,
  RESUMED_TEXT,
  HELP_SHOWN_BEFORE,
  stackIds,
  type MainDialogDeps,
  type MainRoute,
  type PrivateStart,
  type Turn,
} from './mainTurn';
import { ConversationLanguage, type Speaker, spokenKnowledge } from './language';
import { msg, tidyEmptyName } from './messages';
import { SafetyCheck } from './safetyCheck';
import { SafetyFollowUps } from './safety';
import { GroupThread } from './groupThread';
import { ConversationSubject } from './subject';
import type { TriageContext } from '../src/triage';
import type { OfferedChoice } from './routes';

export type { MainDialogDeps, PrivateStart } from './mainTurn';

export const MAIN_DIALOG = 'mainDialog';

export class MainDialog extends ComponentDialog {
  private readonly safetyCheck: SafetyCheck;
  /** A child named earlier, for messages that say "he" or "she" (dialogs/subject.ts). */
  private readonly subject: ConversationSubject;
  /** An act-now reply still standing, read before anything else (dialogs/safety.ts). */
  readonly safetyState: SafetyFollowUps;
  private readonly talk: MainTalk;
  /** A group's recent messages, read together for a sign split across members (dialogs/groupThread.ts). */
  private readonly thread: GroupThread;
  private readonly answers: MainAnswers;
  private readonly routes: readonly MainRoute[];
  /** The conversation's language, decided once per turn (src/bot.ts asks first, for the greeting). */
  readonly language: ConversationLanguage;

  constructor(private readonly deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.safetyCheck = new SafetyCheck(deps);
    this.subject = new ConversationSubject(deps.conversationState, deps.clock);
    this.safetyState = new SafetyFollowUps(deps);
    this.talk = new MainTalk(deps);
    this.thread = new GroupThread(deps.conversationState, deps.triage, deps.clock);
    const english: Speaker = { language: 'en', knowledge: deps.knowledge, matcher: deps.matcher };
    this.language = new ConversationLanguage(
      deps.conversationState,
      {
        en: english,
        es: deps.spanish
          ? { language: 'es', knowledge: deps.spanish.knowledge, matcher: deps.spanish.matcher }
          : english,
      },
      deps.spanish?.detect,
    );
    this.answers = new MainAnswers(deps, this.talk, this.safetyState);
    this.routes = mainRoutes(deps, this.talk, this.answers);
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
    const knowledge = spokenKnowledge(innerDc.context, this.deps.knowledge);
    await sendReply(innerDc.context, { text: tidyEmptyName(msg(knowledge, 'private-hello', { name })) });
    if (start.flow === 'callback') await this.talk.beginCallback(innerDc, start.draft);
    else await this.talk.beginAssessment(innerDc, start.options);
    return Dialog.EndOfTurn;
  }

  // MainDialog never ends: it is the conversation. Children end; it keeps waiting.
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (innerDc.context.activity.type === 'message') await this.route(innerDc);
    return Dialog.EndOfTurn;
  }

  /** Remembers the top-level buttons just sent (the bot's greeting uses this too). */
  setOffers(context: TurnContext, offers: OfferedChoice[]): Promise<void> {
    return this.talk.setOffers(context, offers);
  }

  /**
   * The first route whose `when` holds handles the message. Before the table, the second line of
   * defence (dialogs/safetyCheck.ts): when the rules are silent but the message sounds serious, one
   * safety question comes first; its answer confirms a red flag or lets the first message through.
   * `resumed`: that first message, routed now that the answer was reassuring.
   */
  private async route(dc: DialogContext, resumed?: string): Promise<void> {
    const speaker = await this.language.decide(dc.context, dc.context.activity.text ?? '');
    const subject =
      resumed === undefined
        ? await this.subject.contextFor(dc.context, dc.context.activity.text ?? '', speaker.language)
        : {};
    if (
      resumed === undefined &&
      (subject.subject === 'child' || (await this.subject.talksOfChild(dc.context, dc.context.activity.text ?? '')))
    )
      dc.context.turnState.set(ABOUT_CHILD, true);
    const turn = this.turnOf(dc, speaker, resumed, subject);
    // After an act-now reply, the next messages are read against it first ("can my wife drive me?",
    // "I'll call you Monday", "ok, going now"; dialogs/safety.ts). Names and numbers in a callback are not.
    if (resumed === undefined) await this.safetyState.noteSpeaker(dc.context, turn.fullText);
    // In a group, "it was hot and red, and you were 100.8" after another member's "just swollen since
    // yesterday": the sign the messages make together is this message's sign (even un-addressed).
    if (resumed === undefined && turn.text !== '' && !turn.stack.includes(CALLBACK_DIALOG)) {
      const sign = await this.thread.read(dc.context, turn.fullText, turn.safety, subject);
      if (sign) {
        this.safetyState.noteThread(dc.context, sign);
        turn.safety = sign.outcome;
      }
    }
    if (
      resumed === undefined &&
      turn.text !== '' &&
      turn.command !== 'start-over' &&
      !turn.stack.includes(CALLBACK_DIALOG)
    ) {
      // "actually after 5 works better" once the request is sent: the time is moved (with the reminder).
      const movesCallback = (await this.answers.sentTimeChangeAsked(turn)) !== undefined;
      // Getters: these are read only while an act-now reply stands (rarely), and each may run the
      // matcher, a whole second match of the message on every other turn.
      const held = await this.safetyState.read(dc.context, turn.fullText, turn.safety, {
        movesCallback,
        inFlow: turn.inFlow,
        get answerable() {
          return answerable(turn);
        },
        get asks() {
          return isQuestion(turn.text) || turn.speaker.matcher.match(turn.text).kind === 'answer';
        },
        get offTopic() {
          return turn.speaker.matcher.match(turn.text).kind === 'out-of-scope';
        },
        get callback() {
          return isCallbackRequest(turn.text, turn.command) || PHONE.test(turn.text);
        },
        shared: isSharedConversation(dc.context.activity),
        get chatter() {
          return isChatter(dc.context, turn);
        },
      });
      // "it just popped back in": the update is a different flag now; the safety route answers it.
      if (held.kind === 'superseded') turn.safety = held.outcome;
      if (held.kind === 'reply') {
        await dc.cancelAllDialogs();
        return this.talk.say(dc, foreign(held.reply), false);
      }
    }
    // Inside a callback request, "and meanwhile, ice or heat?" while a warning stands: answered, then its question again.
    if (
      resumed === undefined &&
      turn.text !== '' &&
      turn.safety.kind === 'none' &&
      turn.stack.includes(CALLBACK_DIALOG)
    ) {
      const aside = await this.safetyState.asideInCallback(dc.context, turn.fullText);
      if (aside) {
        await this.talk.say(dc, foreign(aside), true);
        return this.talk.resumeFlow(dc);
      }
    }
    if (resumed === undefined && turn.text !== '') {
      const check = await this.safetyCheck.step(dc.context, turn.fullText, turn.safety, {
        flowCommand: turn.inFlow && turn.command !== undefined,
      });
      if (check.kind === 'ask') return this.talk.say(dc, foreign(check.reply), turn.inFlow);
      if (check.kind === 'resume') {
        if (check.note) await sendReply(dc.context, check.note);
        return this.route(dc, check.text);
      }
      if (check.kind === 'confirmed') {
        if (check.note) await sendReply(dc.context, check.note);
        turn.safety = check.outcome;
      }
    }
    if (isChatter(dc.context, turn)) return;
    const state = await this.talk.mainState(dc.context);
    const unknownBefore = state.unknownInARow;
    dc.context.turnState.set(HELP_SHOWN_BEFORE, state.helpShown === true);
    state.helpShown = undefined;
    for (const route of this.routes) {
      // Most `when`s answer at once: awaiting each of them (thirty a turn) cost a microtask and its
      // allocations every time. Only a pending answer is awaited.
      const applies = route.when(turn);
      if (typeof applies === 'boolean' ? applies : await applies) {
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

  private turnOf(dc: DialogContext, speaker: Speaker, resumed?: string, subject: TriageContext = {}): Turn {
    // "wait, back to my question: should I keep running?": the opening says nothing of the question.
    const text = withoutOpening((resumed ?? dc.context.activity.text ?? '').trim());
    if (resumed !== undefined) dc.context.turnState.set(RESUMED_TEXT, resumed);
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
      safety: text === '' ? { kind: 'none' } : this.deps.triage.classify(untruncated ?? text, subject),
      speaker,
    };
  }
}

/** Plainly for the bot: a hello, a callback request, or a question it answers outright ("are you open Monday?"). */
/**
 * Office chatter in a shared conversation, not addressed to the bot: answered only for a red flag, a
 * waiting question's answer, or (Slack, where nothing marks a message for the bot) what is plainly for
 * the bot (a hello, a callback request, a question it answers outright: "what's their number?"). In
 * Teams a message for the bot @mentions it, so an un-mentioned one gets only the first two.
 */
function isChatter(context: TurnContext, turn: Turn): boolean {
  if (addressedInShared(context) || turn.inFlow || turn.safety.kind !== 'none') return false;
  return !isAddressedToBot(context) || !forTheBot(turn);
}

function forTheBot(turn: Turn): boolean {
  if (turn.command === 'greeting' || isCallbackRequest(turn.text, turn.command)) return true;
  // "anyone know if Dr. Patel is in on Friday?", "who wants tacos": asked of the people in the room.
  if (TO_THE_ROOM.test(turn.text)) return false;
  // "is foam rolling the IT band actually worth it or is it a myth": a yes/no question, no mark needed;
  // "lol same. also does foam rolling do anything": the question after a lead-in (isQuestion drops it).
  const asks =
    turn.text.includes('?') ||
    /\b(?:what|whats|where|when|how|which|who|do you|are you|can you)\b/i.test(turn.text) ||
    /^(?:is|are|does|do|should|can|could|will|would)\b/i.test(turn.text) ||
    isQuestion(turn.text) ||
    /(?:^|[.!?]\s+)(?:(?:also|and|but|so|btw|ok|okay)\s+)?(?:is|are|does|do|should|can|could|will|would)\b/i.test(
      turn.text,
    );
  return asks && turn.speaker.matcher.match(turn.text).kind === 'answer';
}

/** Words that put a question to the people in a shared conversation, not to the bot. */
const TO_THE_ROOM =
  /\b(?:anyone|anybody|any1|every(?:one|body)|y'?all|you guys|guys|folks|team|who wants|who's in|whos in)\b/i;

/** Something like a phone number in the message. */
const PHONE = /\d{3}\D{0,3}\d{4}/;

/**
 * Whether a message has an answer of its own while 911 or the ER stands: a question, a command, a
 * callback or a number, or a knee question the matcher answers. Anything else ("it's been 30 mins,
 * spreads to my arm") gets the instruction again, not a menu.
 */
function answerable(turn: Turn): boolean {
  return (
    turn.command !== undefined ||
    isQuestion(turn.text) ||
    isCallbackRequest(turn.text, turn.command) ||
    PHONE.test(turn.text) ||
    turn.speaker.matcher.match(turn.text).kind === 'answer'
  );
}
