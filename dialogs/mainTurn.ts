// What MainDialog's routes share: the turn as read once, a row of the route table, the
// conversation's top-level state, and small helpers over the dialog stack. No talking here.
import type { ConversationState, TurnContext } from 'botbuilder';
import type { CallbackStore } from '../src/callbacks/types';
import type { Clock } from '../src/clock';
import {
  ComponentDialog,
  type Dialog,
  DialogContainer,
  type DialogContext,
  type DialogInstance,
} from '../src/dialogsSdk';
import type { Knowledge } from '../src/knowledge/types';
import type { Logger } from '../src/logging';
import type { Matcher } from '../src/matching/types';
import type { UnansweredLog } from '../src/matching/unansweredLog';
import type { Triage, TriageOutcome } from '../src/triage';
import type { AssessmentOptions } from './assessmentDialog';
import type { LanguageSupport, Speaker } from './language';
import type { Command } from './commands';
import type { Draft, SentCallback } from './decisions/callback';
import type { OfferedChoice } from './routes';

export interface MainDialogDeps {
  knowledge: Knowledge;
  matcher: Matcher;
  triage: Triage;
  conversationState: ConversationState;
  callbackStore: CallbackStore;
  clock: Clock;
  unanswered: UnansweredLog;
  logger: Logger;
  /** Spanish knowledge and matcher; without them a Spanish message gets the bilingual "not understood". */
  spanish?: LanguageSupport;
  /**
   * Opens a private 1:1 chat with the sender and starts `start` there (src/bot.ts supplies it);
   * false when the channel cannot. Without it, shared conversations get "message me privately".
   */
  openPrivate?: (context: TurnContext, start: PrivateStart) => Promise<boolean>;
}

/** A flow to run in a private chat instead of a shared conversation (also MainDialog's begin options). */
export type PrivateStart = { flow: 'callback'; draft: Draft } | { flow: 'assessment'; options: AssessmentOptions };

/** What every route sees of the message: read once per turn. */
export interface Turn {
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
  /** The language this turn is answered in: its knowledge builds every reply, its matcher reads the text. */
  speaker: Speaker;
}

/** One row of MainDialog's route table. */
export interface MainRoute {
  name: string;
  when: (turn: Turn) => boolean | Promise<boolean>;
  run: (turn: Turn) => Promise<unknown>;
}

/** Conversation state of the top level (the buttons offered and what they lead to, and more). */
export interface MainState {
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
  /** The help text answered the last message (asked again, the short form is given). */
  helpShown?: boolean;
  /** The knee topic answered last and when (ISO): a short follow-up ("what can I do?") is read against it. */
  lastTopic?: { id: string; at: string };
}

/** turnState key: the help text answered the message before this one. */
export const HELP_SHOWN_BEFORE = Symbol('helpShownBefore');

/**
 * turnState key: the message being routed when it is not this turn's text — the first message, let
 * through after a reassuring answer to the safety question (the dialogs read its symptoms, not "No").
 */
export const RESUMED_TEXT = Symbol('resumedText');

/** turnState key: the message is about a child named earlier ("he has a hard bump there?": dialogs/subject.ts). */
export const ABOUT_CHILD = Symbol('aboutChild');

/** The text a dialog step should read: the resumed first message, else what was typed this turn. */
export function routedText(context: { turnState: Map<unknown, unknown>; activity: { text?: string } }): string {
  return (context.turnState.get(RESUMED_TEXT) as string | undefined) ?? context.activity.text ?? '';
}

export type SmallTalk = 'greeting' | 'thanks' | 'bye';

/** The fields of a draft that are set (so an empty one never overwrites a kept one). */
export function definedOnly(draft: Draft): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as Draft;
}

/** The deepest dialog context: where the waiting prompt lives. */
export function innermost(dc: DialogContext): DialogContext {
  let current = dc;
  for (let child = current.child; child; child = current.child) current = child;
  return current;
}

/** Ids of every dialog on the stack, outermost first, through nested components. */
export function stackIds(dc: DialogContext): string[] {
  // Read from the stored stacks: dc.child builds a whole DialogContext per level (a state manager and
  // its memory set-up), and the stack is asked for several times a turn. A stock ComponentDialog keeps
  // its inner stack in its instance's state, as createInnerDC does (making it if missing, as that does);
  // any other container is asked through dc.child. tests/perf/stackIds.test.ts compares with plainStackIds.
  const ids: string[] = [];
  let stack: DialogInstance[] = dc.stack;
  let find = (id: string): Dialog | undefined => dc.findDialog(id);
  for (;;) {
    for (let i = stack.length - 1; i >= 0; i -= 1) ids.push(stack[i]!.id);
    const instance = stack[stack.length - 1];
    if (instance === undefined) return ids;
    const dialog = find(instance.id);
    if (!(dialog instanceof DialogContainer)) return ids;
    if (!isStockComponent(dialog)) return plainStackIds(dc);
    const state = instance.state as { dialogs?: { dialogStack?: unknown } };
    const inner = state.dialogs || { dialogStack: [] };
    state.dialogs = inner;
    if (!Array.isArray(inner.dialogStack)) inner.dialogStack = [];
    stack = inner.dialogStack as DialogInstance[];
    const outer = find;
    find = (id) => dialog.dialogs.find(id) ?? outer(id);
  }
}

/** A ComponentDialog whose child context is botbuilder-dialogs' own (its inner stack in `state.dialogs`). */
function isStockComponent(dialog: DialogContainer): dialog is ComponentDialog {
  const own = ComponentDialog.prototype as unknown as Record<string, unknown>;
  const its = dialog as unknown as Record<string, unknown>;
  return (
    dialog instanceof ComponentDialog &&
    its.createChildContext === own.createChildContext &&
    its.createInnerDC === own.createInnerDC
  );
}

/** stackIds through dc.child (one DialogContext per level). */
export function plainStackIds(dc: DialogContext): string[] {
  const ids: string[] = [];
  for (let current: DialogContext | undefined = dc; current; current = current.child) {
    ids.push(...current.stack.map((i) => i.id).reverse());
  }
  return ids;
}
