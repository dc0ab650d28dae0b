// How MainDialog talks and starts flows: sends replies (remembering the top-level buttons and where
// they lead), answers in a flow and resumes it, moves a flow to a private chat in a shared
// conversation, starts and continues the child dialogs. The route table (./mainRoutes.ts) and the
// answers (./mainAnswers.ts) build on these.
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { isSharedConversation } from '../src/channels/conversationScope';
import { type DialogContext, type DialogTurnResult, DialogTurnStatus } from '../src/dialogsSdk';
import { turnLogger } from '../src/logging';
import { sendReply } from '../src/rendering/send';
import {
  ASSESSMENT_DIALOG,
  checklistWaiting,
  type AssessmentOptions,
  type AssessmentResult,
  runningAssessment,
} from './assessmentDialog';
import {
  CALLBACK_DIALOG,
  type CallbackDialogResult,
  type CallbackFlowOptions,
  runningCallback,
} from './callbackDialog';
import type { Draft } from './decisions/callback';
import { assessOffer, callAction } from './handoff';
import { msg, tidyEmptyName } from './messages';
import {
  definedOnly,
  HELP_SHOWN_BEFORE,
  type MainDialogDeps,
  type MainState,
  type PrivateStart,
  stackIds,
} from './mainTurn';
import { sendSafely } from './safeSend';
import { spokenKnowledge, switchedThisTurn } from './language';
import { helpReply } from './replies';
import { dedupeOffers, routed, type OfferedChoice, type RoutedReply } from './routes';

/** Conversation-state property holding the buttons offered at the top level and their routes. */
const MAIN_STATE_PROPERTY = 'dialogs.main';
/** How many earlier buttons are remembered for typed labels. */
const MAX_EARLIER_OFFERS = 30;

export class MainTalk {
  private readonly state: StatePropertyAccessor<MainState>;

  constructor(private readonly deps: MainDialogDeps) {
    this.state = deps.conversationState.createProperty<MainState>(MAIN_STATE_PROPERTY);
  }

  async mainState(context: TurnContext): Promise<MainState> {
    const state = (await this.state.get(context)) ?? { offers: [] };
    await this.state.set(context, state);
    return state;
  }

  /** The state as stored, without creating it (reading the offers must not write). */
  async peekState(context: TurnContext): Promise<MainState | undefined> {
    return this.state.get(context);
  }

  /** Sends a reply; inside a flow, then asks the waiting question again so the flow resumes. */
  async answerThenResume(dc: DialogContext, reply: RoutedReply, inFlow: boolean, sayResume = true): Promise<void> {
    // In a flow only the waiting question's buttons should be there to tap ("Did you mean" titles
    // are the exception: tapping one is a question, answered, and the flow still resumes).
    const keepChoices = !inFlow || reply.offers.every((o) => o.route.kind === 'entry' || o.route.kind === 'none');
    await this.say(dc, keepChoices ? reply : { reply: { ...reply.reply, choices: undefined }, offers: [] }, inFlow);
    if (inFlow) {
      if (assessmentQuestionSkippedTwice(dc)) {
        await dc.cancelAllDialogs();
        const knowledge = spokenKnowledge(dc.context, this.deps.knowledge);
        const set = routed({ text: msg(knowledge, 'assessment-set-aside') }, [assessOffer(knowledge)]);
        await this.say(dc, set, false);
        return;
      }
      if (sayResume)
        await sendReply(dc.context, { text: msg(spokenKnowledge(dc.context, this.deps.knowledge), 'resume') });
      await this.resumeFlow(dc);
    }
  }

  /**
   * The waiting question again. When this message switched the language ("sorry mejor en español,
   * a mi mamá le duele…"), the flow starts again from where it was, in the new language: the
   * question stored in the dialog is in the old one.
   */
  async resumeFlow(dc: DialogContext): Promise<void> {
    if (!switchedThisTurn(dc.context)) {
      await dc.repromptDialog();
      return;
    }
    const stack = stackIds(dc);
    const running = stack.includes(CALLBACK_DIALOG) ? runningCallback(dc) : undefined;
    if (running) return this.beginCallback(dc, running.draft, true);
    const assessing = stack.includes(ASSESSMENT_DIALOG) ? runningAssessment(dc) : undefined;
    if (!assessing) {
      await dc.repromptDialog();
      return;
    }
    await dc.cancelAllDialogs();
    return this.beginAssessment(dc, assessing);
  }

  /** Sends a reply. At the top level its buttons become the offers routed next turn. */
  async say(dc: DialogContext, reply: RoutedReply, inFlow: boolean): Promise<void> {
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
    const knowledge = spokenKnowledge(dc.context, this.deps.knowledge);
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
    if (moved) return this.say(dc, routed({ text: tidyEmptyName(msg(knowledge, 'private-moved', { name })) }), false);
    const text = tidyEmptyName(msg(knowledge, 'private-unavailable', { name, phone: knowledge.clinic.phone.display }));
    return this.say(dc, routed({ text, call: callAction(knowledge) }), false);
  }

  async beginAssessment(dc: DialogContext, options: AssessmentOptions): Promise<void> {
    if (isSharedConversation(dc.context.activity)) return this.movePrivate(dc, { flow: 'assessment', options });
    await this.setOffers(dc.context, []);
    const result = await dc.beginDialog(ASSESSMENT_DIALOG, options);
    await this.childEnded(dc, result);
  }

  /** A callback request replaces whatever was going on: the person chose the human route. */
  // A request kept after a red flag is finished, not started again; after a red flag it is urgent.
  /** What the bot is and can do; asked again right after ("are you a real person?"), the short form. */
  async help(dc: DialogContext, inFlow: boolean): Promise<void> {
    const knowledge = spokenKnowledge(dc.context, this.deps.knowledge);
    const again = dc.context.turnState.get(HELP_SHOWN_BEFORE) === true;
    await this.answerThenResume(dc, helpReply(knowledge, inFlow, again), inFlow);
    (await this.mainState(dc.context)).helpShown = true;
  }

  /** `resume`: the request goes on (after a language switch) without its introduction again. */
  async beginCallback(dc: DialogContext, given: Draft = {}, resume = false): Promise<void> {
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
    const options: CallbackFlowOptions = {
      ...(Object.keys(draft).length > 0 ? { draft } : {}),
      ...(resume ? { resume } : {}),
    };
    const result = await dc.beginDialog(CALLBACK_DIALOG, options);
    await this.childEnded(dc, result);
  }

  async continueChild(dc: DialogContext): Promise<void> {
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

/** Side questions answered while one assessment question waits, before the questions are set aside. */
const SKIPS_BEFORE_SETTING_ASIDE = 2;

/**
 * Counts a side question answered while an assessment question waits (the count lives in that
 * question's own dialog state, so it starts again at each new question) and says when the person
 * has now passed it by twice: asking it a third time only nags. A callback is never set aside.
 */
function assessmentQuestionSkippedTwice(dc: DialogContext): boolean {
  const ids = stackIds(dc);
  if (!ids.includes(ASSESSMENT_DIALOG) || ids.includes(CALLBACK_DIALOG)) return false;
  // The safety checklist is never set aside: however many questions come, it is asked again.
  if (checklistWaiting(dc)) return false;
  let current: DialogContext = dc;
  while (current.child) current = current.child;
  const waiting = current.activeDialog?.state as { sideQuestions?: number } | undefined;
  if (!waiting) return false;
  waiting.sideQuestions = (waiting.sideQuestions ?? 0) + 1;
  return waiting.sideQuestions >= SKIPS_BEFORE_SETTING_ASIDE;
}
