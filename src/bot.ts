// KneeBot: thin on purpose. It greets each user once (with the disclaimer), runs MainDialog for
// every message and saves state at the end of the turn. All talking is done in dialogs/.
// It routes the two activity types it answers itself instead of extending ActivityHandler, whose
// generic event pipeline (turn, message and dialog handler chains) was a tenth of an FAQ turn.
import {
  ActivityTypes,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
  type UserState,
} from 'botbuilder';
import { type DialogContext, type DialogState, DialogSet, DialogTurnStatus } from './dialogsSdk';
import { awaitsNameOrNumber } from '../dialogs/callbackSteps';
import { stackIds } from '../dialogs/mainTurn';
import { assertCoreMessages } from '../dialogs/messages';
import { MAIN_DIALOG, MainDialog, type PrivateStart } from '../dialogs/mainDialog';
import { openPrivateConversation } from './adapter';
import { welcomeReply } from '../dialogs/replies';
import { classifyCommand } from '../dialogs/commands';
import { bothLanguages } from '../dialogs/decisions/language';
import { type LanguageSupport, spokenKnowledge, spokenLanguage } from '../dialogs/language';
import type { CallbackStore } from './callbacks/types';
import { addressedInShared, isAddressedToBot, teamsScope } from './channels/inbound';
import type { Clock } from './clock';
import { buildDialogMemoryConfiguration, shareDialogMemoryConfiguration } from './dialogMemory';
import { isActNow, type Knowledge } from './knowledge/types';
import type { Logger } from './logging';
import type { UnansweredLog } from './matching/unansweredLog';
import type { Matcher } from './matching/types';
import { UNTRUNCATED_TEXT_KEY } from './middleware/textLimit';
import { sendReply } from './rendering/send';
import type { Triage, TriageContext, TriageOutcome } from './triage';

export interface BotDeps {
  knowledge: Knowledge;
  matcher: Matcher;
  triage: Triage;
  conversationState: ConversationState;
  userState: UserState;
  callbackStore: CallbackStore;
  clock: Clock;
  unanswered: UnansweredLog;
  logger: Logger;
  /** Spanish knowledge, matcher and triage (src/app.ts loads them); the English ones are above. */
  spanish?: LanguageSupport;
}

/** Per user, across conversations: only whether they have been greeted (no personal data). */
export interface UserProfile {
  welcomed?: boolean;
}

const DIALOG_STATE_PROPERTY = 'DialogState';
const USER_PROFILE_PROPERTY = 'profile';
/** Conversation state: the last user of this conversation known to be greeted (skips the user-state read). */
const GREETED_USER_PROPERTY = 'greetedUser';

const UNSUPPORTED_INVOKE = { status: 400, body: { error: 'this bot does not handle invoke activities' } };

export class KneeBot {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly greetedUser: StatePropertyAccessor<string>;
  private readonly dialogs: DialogSet;
  private readonly main: MainDialog;
  private readonly dialogMemory = buildDialogMemoryConfiguration();

  constructor(
    private readonly deps: BotDeps,
    private readonly readings: TurnReadings = new TurnReadings(deps.triage),
  ) {
    assertCoreMessages(deps.knowledge);
    this.dialogState = deps.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
    this.profile = deps.userState.createProperty<UserProfile>(USER_PROFILE_PROPERTY);
    this.greetedUser = deps.conversationState.createProperty<string>(GREETED_USER_PROPERTY);
    this.main = new MainDialog({ ...deps, openPrivate: (context, start) => this.startPrivately(context, start) });
    this.dialogs = new DialogSet(this.dialogState).add(this.main);
  }

  /** Runs one turn, then saves state once (every change of the turn in one write per scope). */
  async run(context: TurnContext): Promise<void> {
    shareDialogMemoryConfiguration(context, this.dialogMemory);
    switch (context.activity.type) {
      case ActivityTypes.Message:
        await this.onMessage(context);
        break;
      case ActivityTypes.ConversationUpdate:
        if (userJoined(context)) {
          // No message to read yet: the page's locale (Web Chat sends 'es-US' from a Spanish page) decides.
          await this.main.language.current(context);
          await this.greetOnce(context, true);
        }
        break;
      case ActivityTypes.Invoke:
        // The bot declares no invoke features (cards submit as messages); say so with a 4xx
        // rather than the adapter's default 501.
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: UNSUPPORTED_INVOKE });
        break;
      default:
        // Typing, events, reactions, installation updates …: nothing to say.
        break;
    }
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async onMessage(context: TurnContext): Promise<void> {
    // A brand-new user's first message: the welcome comes before the answer — unless the message
    // carries an act-now red flag, or an act-now reply still stands (dialogs/safety.ts). The welcome
    // then waits for a later turn.
    const text = (context.turnState.get(UNTRUNCATED_TEXT_KEY) as string | undefined) ?? context.activity.text ?? '';
    // The language first: the welcome and every reply of the turn speak it.
    const dc = await this.dialogs.createContext(context);
    await this.main.language.decide(context, context.activity.text ?? '', awaitsNameOrNumber(stackIds(dc)));
    const reading = this.readings.begin(text);
    // An act-now sign's advice is the whole answer. A "within days" sign is not urgent: the welcome comes
    // first, as for any first message (not on the next turn, in the middle of the advice).
    const actNow = reading.kind === 'red-flag' && isActNow(reading.result.tier);
    try {
      // Chatter in a shared channel not addressed to the bot gets no welcome (it may get no reply at all); a hello does.
      // (In Teams a hello without an @mention is said to the others.)
      const quiet = !addressedInShared(context) && (classifyCommand(text) !== 'greeting' || !isAddressedToBot(context));
      if (!actNow && !quiet && !(await this.main.safetyState.current(context))) await this.greetOnce(context, false);
      await this.runMainDialog(dc);
    } finally {
      this.readings.end(text);
    }
  }

  private async greetOnce(context: TurnContext, withNext: boolean): Promise<void> {
    // The conversation state is read on every turn anyway; the user state only until the user is
    // known to be greeted, so a turn costs one storage read instead of two. (One id, not a list: in a
    // group chat a different sender just means one more user-state read.)
    const userId = context.activity.from?.id;
    if (userId !== undefined && (await this.greetedUser.get(context)) === userId) return;
    if (userId !== undefined) await this.greetedUser.set(context, userId);
    const profile = await this.profile.get(context, {});
    if (profile.welcomed) return;
    await this.profile.set(context, { ...profile, welcomed: true });
    const { reply, offers } = welcomeReply(spokenKnowledge(context, this.deps.knowledge), withNext);
    await sendReply(context, reply);
    if (withNext) await this.main.setOffers(context, offers);
  }

  /**
   * Opens a private chat with the sender of a shared conversation and starts `start` there (its
   * own conversation state, saved here: the shared turn saves only its own).
   */
  private startPrivately(context: TurnContext, start: PrivateStart): Promise<boolean> {
    const language = spokenLanguage(context);
    return openPrivateConversation(context, async (privateContext) => {
      shareDialogMemoryConfiguration(privateContext, this.dialogMemory);
      // The private chat goes on in the language of the shared one.
      await this.main.language.set(privateContext, language);
      const dc = await this.dialogs.createContext(privateContext);
      await dc.cancelAllDialogs();
      await dc.beginDialog(MAIN_DIALOG, { start });
      await this.deps.conversationState.saveChanges(privateContext, false);
    });
  }

  private async runMainDialog(dc: DialogContext): Promise<void> {
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
  }
}

/**
 * True when the person talking joined: they are among membersAdded (Web Chat, Direct Line,
 * Emulator), or the bot was added to a Teams personal chat (install; Teams lists only the bot).
 * The welcome flag is kept per `from`, so a member other than the sender is not greeted here.
 */
function userJoined(context: TurnContext): boolean {
  const { membersAdded = [], recipient, from, channelId } = context.activity;
  const botId = recipient?.id;
  if (from?.id && from.id !== botId && membersAdded.some((m) => m.id === from.id)) return true;
  return (
    channelId === 'msteams' && teamsScope(context.activity) === 'personal' && membersAdded.some((m) => m.id === botId)
  );
}

type Suspicion = ReturnType<Triage['suspect']>;

/**
 * Each message is read for red flags once per turn. The welcome check, MainDialog and the second
 * line's safety question (dialogs/safetyCheck.ts) all ask about the same text, several awaits
 * apart, while other turns run in between: a one-slot "last text" memo missed whenever turns
 * overlapped, so a busy bot read every message two or three times. Here the turn's reading is
 * taken once, when the turn starts, and held until the turn ends; asking about that text meanwhile
 * gets it. The suspicion is taken at the same moment, straight after the classification it
 * depends on (triage.suspect reuses the sentences of the last text classified). Nothing outlives
 * the turn here (the triage itself keeps recent readings by text and context: src/triage/detect.ts).
 */
export class TurnReadings {
  /** text → its reading and how many turns now in flight hold it (identical texts read identically). */
  private readonly open = new Map<string, { outcome: TriageOutcome; suspicion?: Suspicion; turns: number }>();

  constructor(private readonly plain: Triage) {}

  /** Reads the message of a turn starting now; hold it until end(text). */
  begin(text: string): TriageOutcome {
    const outcome = this.plain.classify(text);
    // The second line is asked only about messages the rules found nothing in.
    const suspicion = outcome.kind === 'none' ? this.plain.suspect(text) : undefined;
    const held = this.open.get(text);
    this.open.set(text, { outcome, suspicion, turns: (held?.turns ?? 0) + 1 });
    return outcome;
  }

  end(text: string): void {
    const held = this.open.get(text);
    if (held === undefined) return;
    if (held.turns <= 1) this.open.delete(text);
    else held.turns -= 1;
  }

  /** Texts held now (tests: nothing may be left over once turns have ended). */
  get size(): number {
    return this.open.size;
  }

  /** The triage the dialogs use: a held reading when there is one, else the plain triage. */
  readonly triage: Triage = {
    // Read with what the conversation told before (the son named earlier is "he", a fall told first), the text
    // is read afresh.
    classify: (text, context) =>
      (toldBefore(context) ? undefined : this.open.get(text)?.outcome) ?? this.plain.classify(text, context),
    suspect: (text) => {
      const held = this.open.get(text);
      return held?.suspicion !== undefined ? held.suspicion : this.plain.suspect(text);
    },
    assess: (text, context) => {
      const outcome = this.triage.classify(text, context);
      return outcome.kind === 'red-flag' ? outcome.result : null;
    },
    signsNamed: (text) => this.plain.signsNamed(text),
  };
}

/** The conversation told triage something beside the message (subject.ts): a held reading does not know it. */
function toldBefore(context: TriageContext | undefined): boolean {
  return context !== undefined && Object.values(context).some((v) => v !== undefined && v !== false);
}

export function createBot(deps: BotDeps): { bot: KneeBot } {
  // Every message is read for red flags in both languages, whatever language the conversation is
  // in: a wrong guess about the language must never hide a red flag (highest tier wins).
  const readings = new TurnReadings(deps.spanish ? bothLanguages(deps.triage, deps.spanish.triage) : deps.triage);
  return { bot: new KneeBot({ ...deps, triage: readings.triage }, readings) };
}
