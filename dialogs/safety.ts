// The safety state of a conversation. An act-now reply (call 911, the emergency room now, get
// checked today, the crisis line) is remembered for a while; until it ends, every next message is
// read against it FIRST: asking to go elsewhere, to drive, to wait, to try home care, saying it is
// probably nothing, or asking about exercise for the flagged part gets a direct, kind answer that
// repeats the instruction for that tier; "ok, going now" gets a short close. Anything else is
// answered as usual after a one-line reminder. "Start over" or time ends it. A within-days warning
// that asks to stop something (a flag with a caution: stop running until checked) is held too, more
// lightly: only talking it down, asking to keep active and the same sign again get their own answer,
// and the reminder comes once, with an answer outside the bot's topic.
// MainDialog calls read() before routing, remember() after a red-flag reply, clear() on start over.
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock';
import { fillTemplate } from '../src/knowledge/template';
import {
  isActNow,
  TIER_RANK,
  type Knowledge,
  type Language,
  type RedFlag,
  type RedFlagTier,
} from '../src/knowledge/types';
import type { Reply } from '../src/rendering/reply';
import { foldToWords } from '../src/text';
import {
  careMode,
  tierCall,
  tierChoices,
  whereToGoReply,
  type CareMode,
  type Triage,
  type TriageOutcome,
  type TriageResult,
} from '../src/triage';
import { SAFETY_SAID_MAX_CHARS } from '../src/limits';
import { clinicDate, clinicStatus, describeHours, weekdayLongName, WEEKDAYS } from '../src/clinic/hours';
import { hoursWords } from '../src/clinic/hoursWords';
import { weekdayOf } from '../src/clinic/zonedTime';
import { MemberConversationState } from '../src/channels/conversationScope';
import { normalizeChoiceText } from '../src/channels/choices';
import { sendSafely } from './safeSend';
import { spokenKnowledge, spokenLanguage } from './language';
import {
  asksClinicFacts,
  asksAboutChildren,
  asksWhoClinicSees,
  classifyFollowUp,
  namesLaterToday,
  namesLesserCareOnly,
  asksAboutLesserCare,
  asksNotToCall,
  mentionsCrisisPlan,
  mentionsMeansAtHand,
  mentionsTravelAhead,
  saysVeteran,
  mentionsClotRisk,
  knowsTheLine,
  mentionsNewSymptom,
  namesOfficeCareOnly,
  newReader,
  mentionsWeight,
  reachesForClinic,
  reportsFever,
  asksBackToSport,
  asksForKneeHelp,
  asksInPassing,
  saysNoPlan,
  withoutNoPlan,
  saysCrisisAgain,
  takesItBack,
  soonFollowUp,
  soundsLikeCrisis,
  talksOfTheCheck,
  type FollowUpKind,
  announcesGoing,
  asksWhereScan,
  putsOffWith,
  saysLungsFine,
} from './safetyFollowUp';
import {
  asksAboutTheClinic,
  asksBroken,
  asksClinicAddress,
  asksOutingAhead,
  asksTightWrap,
  asksWalkIns,
  asksAboutDose,
  asksWoundCare,
  helpComing,
  liftsWeakly,
  movesTheLeg,
  surgeonSeesToday,
  toldAFall,
  drivesSomeoneElse,
  marksUnrelated,
  speaksOfOwnBody,
  namesBloodThinner,
  namesHipOrGroin,
  namesNsaid,
  namesPainkiller,
  namesACause,
  waitsForOpening,
  namesLaborWard,
  saysPregnant,
  asksAboutWork,
  asksPrice,
  saysGivesWay,
  walksSoNotBroken,
} from './safetyNotes';
import { formatAddress } from '../src/knowledge/clinicFacts';
import type { ThreadSign } from './groupThread';

/** turnState key: this turn's sign was found across a group's messages (dialogs/groupThread.ts). */
const THREAD_SIGN = 'kneeBot.threadSign';

/** A hot, red, swollen knee (red-flags.yaml): a named cause and a painkiller have words of their own. */
const HOT_JOINT_FLAG = 'hot-swollen-joint';
/** A named cause said as one of these ("bursitis, I'll ice it after shift") is answered for the hot joint. */
const NAMED_CAUSE_KINDS: readonly HeldKind[] = ['dismiss', 'home-care', 'wait', 'to-clinic', 'again', 'exercise'];
/** A painkiller named in these ("can I take ibuprofen and finish my shift") is answered for the fever. */
const PAINKILLER_KINDS: readonly HeldKind[] = ['painkiller', 'home-care', 'medicines', 'wait', 'exercise'];

/** A child's knee or hip pain with a limp (red-flags.yaml): a fever told after it makes it the ER now. */
const CHILD_FLAG = 'child-hip-knee-pain';
/** A possible blood clot in the calf: its follow-ups (a painkiller and wait, breathing fine, where to scan). */
const CLOT_FLAG = 'calf-pain-swelling';
/** A joint or wound infection (hot, red, swollen, leaking): a fever told afterwards confirms it. */
const INFECTION_FLAG = 'hot-swollen-joint';
/**
 * Swelling signs that on a blood thinner can be bleeding into the joint (r25): told after the warning ("it's
 * ballooning now, twice the size in an hour"), they raise it to an emergency room now, never a softer card.
 */
const BLEED_SWELLING_FLAGS: ReadonlySet<string> = new Set(['rapid-swelling', 'pop-and-swelling']);

/** Conversation-state property holding the remembered act-now reply. */
const SAFETY_STATE_PROPERTY = 'safety';
/** The person said they served: the crisis replies add the Veterans Crisis Line. */
const VETERAN_PROPERTY = 'safety.veteran';
/** The person said they are pregnant: painkillers and where to go are her OB's or the staff's to say. */
const PREGNANT_PROPERTY = 'safety.pregnant';

/**
 * How long an act-now reply is held. Same-day care and emergencies are about today: half a day
 * covers the evening and the night after. The crisis line stays in mind for a full day.
 */
const HOLD_MS: Readonly<Record<HeldMode, number>> = {
  crisis: 24 * 60 * 60 * 1000,
  emergency: 12 * 60 * 60 * 1000,
  er: 12 * 60 * 60 * 1000,
  urgent: 12 * 60 * 60 * 1000,
  soon: 12 * 60 * 60 * 1000,
};

type HeldMode = CareMode;

/** Highest first: a new message with a higher mode replaces the state. */
const MODE_RANK: Readonly<Record<HeldMode, number>> = { crisis: 0, emergency: 1, er: 2, urgent: 3, soon: 4 };

export interface SafetyState {
  mode: HeldMode;
  tier: RedFlagTier;
  /** Ids of the flags answered, the top one first. */
  flags: string[];
  /** When the act-now reply was given (ISO). */
  at: string;
  /**
   * The message that raised it (bounded): an update is read together with it, so "it just popped
   * back in" after a kneecap out of place is the relocated kneecap (a flag that `overrides` the
   * standing one: red-flags.yaml), not the same emergency again.
   */
  said?: string;
  /** A within-days warning: its one reminder has been given. */
  reminded?: boolean;
  /** The crisis state: a plan or a means has been told; it comes first until the state ends. */
  planned?: boolean;
  /** The crisis state: "are you safe right now?" has been asked again once (a brush-off with a question). */
  checkedIn?: boolean;
  /** A blood thinner was named: bleeding is likelier, so an anti-inflammatory asked about is answered for that. */
  thinner?: boolean;
  /** Care today is arranged (going now, the surgeon sees them today): thanks after it is a warm close. */
  arranged?: boolean;
  /** Said in the chat, not kept here: she is pregnant (read() fills it from the conversation). */
  pregnant?: boolean;
}

/** What MainDialog does with a message while a state stands. */
export type SafetyRead =
  /** Answer with this instead of routing (the state stands). */
  | { kind: 'reply'; reply: Reply }
  /**
   * The update replaces the standing flag with another (it overrides it): the state is dropped and
   * the message is answered as this red flag (its full reply, remembered as usual).
   */
  | { kind: 'superseded'; outcome: TriageOutcome & { kind: 'red-flag' } }
  /** Route as usual; the reminder has been sent first. */
  | { kind: 'route' };

export interface SafetyDeps {
  knowledge: Knowledge;
  triage: Triage;
  conversationState: ConversationState;
  clock: Clock;
}

export class SafetyFollowUps {
  private readonly state: StatePropertyAccessor<SafetyState | undefined>;

  private readonly veteran: StatePropertyAccessor<boolean | undefined>;

  private readonly pregnant: StatePropertyAccessor<boolean | undefined>;

  constructor(private readonly deps: SafetyDeps) {
    this.state = deps.conversationState.createProperty<SafetyState | undefined>(SAFETY_STATE_PROPERTY);
    this.veteran = deps.conversationState.createProperty<boolean | undefined>(VETERAN_PROPERTY);
    this.pregnant = deps.conversationState.createProperty<boolean | undefined>(PREGNANT_PROPERTY);
    checkMessages(deps.knowledge);
  }

  /** The state, if one stands (an expired one is dropped). */
  async current(context: TurnContext): Promise<SafetyState | undefined> {
    const held = await this.state.get(context);
    if (!held) return undefined;
    const age = this.deps.clock.now().getTime() - Date.parse(held.at);
    if (!(age >= 0 && age < HOLD_MS[held.mode])) {
      await this.state.delete(context);
      return undefined;
    }
    return held;
  }

  /** After a red-flag reply: remember it when it asks the person to act now (`said`: the message). */
  async remember(context: TurnContext, result: TriageResult, said?: string): Promise<void> {
    // A sign read across a group's messages: they are what raised it, not the last one alone.
    const thread = context.turnState.get(THREAD_SIGN) as ThreadSign | undefined;
    if (thread && said !== undefined) said = thread.said;
    const top = result.flags[0];
    if (!top) return;
    const mode = careMode(result.tier, top);
    const held = await this.current(context);
    // Within days: held only when it asks to stop something meanwhile, and never over another warning.
    if (mode === 'soon') {
      if (held || top.caution === undefined) return;
    } else if (!isActNow(result.tier)) return;
    // A lower tier said later does not soften a higher one still standing.
    if (held && MODE_RANK[held.mode] < MODE_RANK[mode]) {
      await this.state.set(context, {
        ...held,
        ...(said !== undefined && namesBloodThinner(said) ? { thinner: true } : {}),
        flags: union(
          held.flags,
          result.flags.map((f) => f.id),
        ),
      });
      return;
    }
    // In a shared conversation an act-now warning was said for all to see: the others may act on it
    // ("calling 911 for him now. what do we tell them?"). Never the crisis reply, and never within days.
    if (mode !== 'crisis' && mode !== 'soon') await this.shareAlert(context, mode, result);
    await this.state.set(context, {
      mode,
      tier: result.tier,
      flags: result.flags.map((f) => f.id),
      at: this.deps.clock.now().toISOString(),
      ...(said ? { said: said.slice(0, SAFETY_SAID_MAX_CHARS) } : {}),
      ...(mode === 'crisis' && said !== undefined && mentionsCrisisPlan(said) ? { planned: true } : {}),
      ...((said !== undefined && namesBloodThinner(said)) || held?.thinner === true ? { thinner: true } : {}),
    });
  }

  /**
   * Right after a red-flag reply: the same message may also ask to play, ride or train ("do I need an
   * X-ray, and can I do the group ride tomorrow?"). The flag's reply does not answer that, so the
   * standing state's answer to it (declined, with the reason and the instruction) follows.
   */
  async alongside(context: TurnContext, text: string): Promise<Reply | undefined> {
    const held = await this.current(context);
    if (!held || held.mode === 'crisis' || held.mode === 'soon') return undefined;
    const knowledge = spokenKnowledge(context, this.deps.knowledge);
    if (asksToExercise(text, spokenLanguage(context))) return this.followUpReply(knowledge, held, 'exercise');
    // "…I should mention I take Eliquis": the blood thinner is named as a reason to go today (and 911 signs).
    // After a fall, the head too: was it knocked (NICE CG176).
    if (held.mode === 'urgent' && namesBloodThinner(text))
      return {
        text: fillTemplate(
          required(
            knowledge,
            toldAFall(text) || afterFall(held) ? 'safety-thinner-today-fall' : 'safety-thinner-today',
          ),
          values(knowledge),
        ),
        call: tierCall(knowledge, 'emergency'),
      };
    return undefined;
  }

  /**
   * Inside a callback request, a care question asked in passing while a warning stands ("y mientras,
   * ¿hielo o calor?"): answered with the warning kept, and the request's question asked again after it
   * (names and numbers stay the request's own input).
   */
  async asideInCallback(context: TurnContext, text: string): Promise<Reply | undefined> {
    const held = await this.current(context);
    if (!held || held.mode === 'crisis' || held.mode === 'soon' || !text.includes('?')) return undefined;
    const kind = classifyFollowUp(text, spokenLanguage(context));
    if (kind === undefined || !ASIDE_KINDS.includes(kind)) return undefined;
    // No buttons: inside the request, a tapped "Where should I go?" would be read as its answer.
    const { choices: _buttons, ...reply } = this.followUpReply(
      spokenKnowledge(context, this.deps.knowledge),
      held,
      kind,
      text,
    );
    return reply;
  }

  /** Every message: remembers that the person said they served (for the Veterans Crisis Line). */
  async noteSpeaker(context: TurnContext, text: string): Promise<void> {
    if (saysVeteran(text)) await this.veteran.set(context, true);
    if (saysPregnant(text)) await this.pregnant.set(context, true);
  }

  /** The Veterans Crisis Line, said to someone who told us they served; undefined otherwise. */
  async veteranLine(context: TurnContext): Promise<string | undefined> {
    if ((await this.veteran.get(context)) !== true) return undefined;
    return required(spokenKnowledge(context, this.deps.knowledge), 'safety-crisis-veteran');
  }

  private async shareAlert(context: TurnContext, mode: HeldMode, result: TriageResult): Promise<void> {
    const state = this.deps.conversationState;
    if (!(state instanceof MemberConversationState)) return;
    const thread = context.turnState.get(THREAD_SIGN) as ThreadSign | undefined;
    const alert: GroupAlert = {
      mode,
      tier: result.tier,
      flags: result.flags.map((f) => f.id),
      at: this.deps.clock.now().toISOString(),
      from: context.activity.from?.id ?? '',
      ...(thread ? { members: thread.members, said: thread.said } : {}),
    };
    await state.writeShared(context, GROUP_ALERT, alert);
  }

  /** This turn's sign was read across the group's recent messages: remember() keeps who and what raised it. */
  noteThread(context: TurnContext, sign: ThreadSign): void {
    context.turnState.set(THREAD_SIGN, sign);
  }

  /**
   * A warning raised from several members' messages about one person holds for each of them: a member
   * whose message was read into it ("it's just bursitis, I'll ice it after my shift") is answered against
   * it as if it were their own. Taken into their own state, so it then stands for them as usual.
   */
  private async adoptGroupAlert(context: TurnContext): Promise<SafetyState | undefined> {
    const state = this.deps.conversationState;
    if (!(state instanceof MemberConversationState)) return undefined;
    const alert = await state.readShared<GroupAlert>(context, GROUP_ALERT);
    const member = context.activity.from?.id;
    if (!alert || member === undefined || alert.from === member || !(alert.members ?? []).includes(member))
      return undefined;
    const age = this.deps.clock.now().getTime() - Date.parse(alert.at);
    if (!(age >= 0 && age < HOLD_MS[alert.mode])) return undefined;
    const held: SafetyState = {
      mode: alert.mode,
      tier: alert.tier,
      flags: alert.flags,
      at: alert.at,
      ...(alert.said !== undefined ? { said: alert.said } : {}),
    };
    await this.state.set(context, held);
    return held;
  }

  /**
   * Another member's message about the act-now warning given in this shared conversation ("calling 911
   * for him now. what do we tell them?", "we're driving her to the ER"): that warning's answer for it.
   */
  private async groupFollowUp(
    context: TurnContext,
    text: string,
    outcome: TriageOutcome,
    opts: FollowUpOptions,
  ): Promise<SafetyRead> {
    const state = this.deps.conversationState;
    if (!(state instanceof MemberConversationState) || outcome.kind === 'red-flag') return { kind: 'route' };
    const alert = await state.readShared<GroupAlert>(context, GROUP_ALERT);
    if (!alert || alert.from === context.activity.from?.id) return { kind: 'route' };
    const age = this.deps.clock.now().getTime() - Date.parse(alert.at);
    if (!(age >= 0 && age < HOLD_MS[alert.mode])) return { kind: 'route' };
    const read = classifyFollowUp(text, spokenLanguage(context));
    const forThem = read === 'going' && /\b(?:him|her|them|for (?:him|her|them)|he|she|they)\b/i.test(text);
    // "should we try to straighten it??" from a bystander: a plain no, keep it still (before any other reading).
    const kind: HeldKind | undefined = asksToMove(alert.mode, text) ? 'move-it' : read;
    const coming = kind === 'home-care' && alert.mode === 'emergency' && helpComing(text);
    // "my knee hurts going down stairs, what should I do?": the member's own question, answered as such (the
    // warning was another member's, and it was given to them in the group already).
    if (kind !== undefined && kind !== 'move-it' && !forThem && !coming && speaksOfOwnBody(text))
      return { kind: 'route' };
    const held: SafetyState = { mode: alert.mode, tier: alert.tier, flags: alert.flags, at: alert.at };
    const knowledge = spokenKnowledge(context, this.deps.knowledge);
    if (kind !== undefined && (GROUP_KINDS.includes(kind) || forThem || coming))
      return { kind: 'reply', reply: this.followUpReply(knowledge, held, kind, text) };
    // Another member's follow-up about the person warned ("he says he can walk on it, does he really need
    // to go in?", "should we ice it?", "is he getting an MRI?"): silence or a routine card would read as
    // "it can wait", so it is answered as the warned person's own would be, the instruction kept. Their
    // own unrelated question ("unrelated, but my knees crack…") and chatter not about that person are not.
    if (alert.mode === 'crisis' || !aboutTheWarned(text) || marksUnrelated(text)) return { kind: 'route' };
    const read2 = followUpKind(alert.mode, text, outcome, held, opts, spokenLanguage(context));
    // "does she honestly have to go today?": asking whether the check is needed is talking it down.
    const wider = read2 === undefined && questionsTheCheck(text) ? 'dismiss' : read2;
    const own = wider === undefined || NOTE_KINDS.includes(wider) ? this.flagNote(knowledge, held, text) : undefined;
    if (own !== undefined) return { kind: 'reply', reply: this.reminderFirst(knowledge, held, own) };
    if (wider !== undefined && !CRISIS_ONLY_KINDS.includes(wider))
      return { kind: 'reply', reply: this.followUpReply(knowledge, held, wider, text) };
    // Any other question about that person that gets a routine answer: the standing instruction first,
    // so a card's "see someone if not easing after a week" can't undercut it (chatter gets no answer at all).
    if (opts.chatter !== true && opts.asks === true) await this.sendReminder(context, held, text);
    return { kind: 'route' };
  }

  /** The standing instruction's reminder first, then the flag's own note on the question (one home for both paths). */
  private reminderFirst(knowledge: Knowledge, held: SafetyState, own: string): Reply {
    const top = knowledge.redFlags.find((f) => f.id === held.flags[0]);
    const first = fillTemplate(required(knowledge, `safety-${held.mode}-reminder-first`), {
      ...values(knowledge),
      caution: top?.caution ?? '',
    });
    return { text: `${first}\n\n${own}`, call: tierCall(knowledge, held.tier, top) };
  }

  async clear(context: TurnContext): Promise<void> {
    await this.state.delete(context);
  }

  /**
   * Reads a message against the standing state. `outcome` is triage's reading of the same text:
   * a red flag of a higher tier, or one not answered yet, is left to the triage reply.
   */
  async read(
    context: TurnContext,
    text: string,
    outcome: TriageOutcome,
    opts: FollowUpOptions = {},
  ): Promise<SafetyRead> {
    let held = (await this.current(context)) ?? (await this.adoptGroupAlert(context));
    if (!held) return this.groupFollowUp(context, text, outcome, opts);
    // A blood thinner named later ("should I skip my warfarin tonight?") is kept for the questions after it.
    if (held.thinner !== true && namesBloodThinner(text)) {
      held = { ...held, thinner: true };
      await this.state.set(context, held);
    }
    // Pregnant, said earlier in the chat: kept with the state for this reading (not stored in it).
    if ((await this.pregnant.get(context)) === true) held = { ...held, pregnant: true };
    // In a group, a message marked as about something else ("unrelated, but my knees crack…") is
    // someone's own question: answered on its own, without the warning given to another.
    if (opts.shared === true && outcome.kind !== 'red-flag' && held.mode !== 'crisis' && marksUnrelated(text))
      return { kind: 'route' };

    const superseding = this.supersedingFlag(held, text, outcome);
    if (superseding) {
      await this.state.delete(context);
      return { kind: 'superseded', outcome: superseding };
    }

    // A child's limp warned about, then a fever told ("ok just checked, 100.8"): a joint or bone
    // infection needs urgent tests, so the emergency room now; "no fever I think? I can check": check it.
    const fever = held.mode === 'urgent' && held.flags.includes(CHILD_FLAG) ? reportsFever(text) : undefined;
    if (fever !== undefined) {
      const knowledge = spokenKnowledge(context, this.deps.knowledge);
      const top = knowledge.redFlags.find((f) => f.id === held.flags[0]);
      if (fever === 'unknown') {
        const text = fillTemplate(required(knowledge, 'safety-child-check-fever'), values(knowledge));
        return { kind: 'reply', reply: { text, call: tierCall(knowledge, held.tier, top) } };
      }
      const er: SafetyState = { ...held, mode: 'er', tier: 'emergency', at: this.deps.clock.now().toISOString() };
      await this.state.set(context, er);
      const text = fillTemplate(required(knowledge, 'safety-child-fever'), values(knowledge));
      return { kind: 'reply', reply: { text, call: tierCall(knowledge, 'emergency') } };
    }

    // A possible clot in the calf: "can I take ibuprofen and sleep on it" (no: it doesn't treat a clot and
    // can mask it), "breathing is fine" (good, the scan today still stands), "where do I get the scan?".
    if (held.mode === 'urgent' && held.flags.includes(CLOT_FLAG) && outcome.kind !== 'red-flag') {
      const key =
        namesPainkiller(text) && putsOffWith(text)
          ? 'safety-clot-painkiller-wait'
          : saysLungsFine(text)
            ? 'safety-clot-lungs-fine'
            : asksWhereScan(text)
              ? 'safety-clot-where-scan'
              : undefined;
      if (key !== undefined) {
        const knowledge = spokenKnowledge(context, this.deps.knowledge);
        const top = knowledge.redFlags.find((f) => f.id === held.flags[0]);
        const text = fillTemplate(required(knowledge, key), values(knowledge));
        return { kind: 'reply', reply: { text, call: tierCall(knowledge, held.tier, top) } };
      }
    }
    // A hot, red, swollen knee or wound warned about, then a temperature told ("just took my temp, 100.9"):
    // that is a fever, and it confirms the need to be seen today.
    if (
      (held.mode === 'er' || held.mode === 'urgent') &&
      held.flags.includes(INFECTION_FLAG) &&
      outcome.kind !== 'red-flag' &&
      reportsFever(text) === 'fever' &&
      /\d/.test(text)
    ) {
      const knowledge = spokenKnowledge(context, this.deps.knowledge);
      const text2 = fillTemplate(required(knowledge, 'safety-infection-fever-told'), values(knowledge));
      return { kind: 'reply', reply: { text: text2, call: tierCall(knowledge, 'emergency') } };
    }

    // "update: ER stitched it, the tendon is ok. when can I get back on the bike?": it has been seen to.
    // The warning ends; their instructions now, and a word on getting back to sport if asked.
    if (
      outcome.kind !== 'red-flag' &&
      held.mode !== 'crisis' &&
      classifyFollowUp(text, spokenLanguage(context)) === 'seen'
    )
      return this.seen(context, text);

    // On a blood thinner, the knee now swelling fast: bleeding into the joint may be under way, so an emergency
    // room now (it can reverse the thinner and drain the joint), whatever else the message says ("I'll keep the
    // ice on it"). Not while 911 stands (that is already higher).
    if (
      outcome.kind === 'red-flag' &&
      held.thinner === true &&
      held.mode === 'urgent' &&
      outcome.result.flags.some((f) => BLEED_SWELLING_FLAGS.has(f.id))
    ) {
      const knowledge = spokenKnowledge(context, this.deps.knowledge);
      const er: SafetyState = {
        ...held,
        mode: 'er',
        tier: 'emergency',
        flags: union(
          held.flags,
          outcome.result.flags.map((f) => f.id),
        ),
        at: this.deps.clock.now().toISOString(),
      };
      await this.state.set(context, er);
      const reply = fillTemplate(required(knowledge, 'safety-thinner-swelling'), values(knowledge));
      return { kind: 'reply', reply: { text: reply, call: tierCall(knowledge, 'emergency') } };
    }

    if (outcome.kind === 'red-flag') {
      const top = outcome.result.flags[0] as RedFlag;
      const mode = careMode(outcome.result.tier, top);
      const higher = mode !== 'soon' && MODE_RANK[mode] < MODE_RANK[held.mode];
      // Something worse, or a new act-now sign: its own full reply (remembered by MainDialog).
      if (higher) return { kind: 'route' };
      const news = outcome.result.flags.some((f) => !held.flags.includes(f.id) && isActNow(f.tier));
      // A new sign said as a plain report, not inside a follow-up ("can I drive? it's numb now").
      const plain = news && classifyFollowUp(text, spokenLanguage(context)) === undefined;
      // A new sign of a lower tier while 911 or the ER stands ("it hurts so bad i cant straighten it"
      // after a kneecap out of place): the standing instruction again, never a softer one.
      if (plain && mode !== 'soon' && MODE_RANK[mode] > MODE_RANK[held.mode]) {
        await this.remember(context, outcome.result);
        return {
          kind: 'reply',
          reply: this.followUpReply(spokenKnowledge(context, this.deps.knowledge), held, 'again'),
        };
      }
      if (plain) return { kind: 'route' };
    }

    const knowledge = spokenKnowledge(context, this.deps.knowledge);
    // A standing flag with a risk note, and whether this message names its risk factor.
    const noted = knowledge.redFlags.find((f) => held.flags.includes(f.id) && f.riskNote !== undefined);
    // The clot-only readings (a trip ahead) need a clot's note, not a weight one.
    const risky = noted !== undefined && noted.riskOf !== 'weight';
    const namesRisk =
      noted !== undefined && (noted.riskOf === 'weight' ? mentionsWeight(text) : mentionsClotRisk(text));
    const kind = followUpKind(held.mode, text, outcome, held, { ...opts, risky, namesRisk }, spokenLanguage(context));
    // "sorry, that was dramatic. anyway, is it my IT band?": a gentle check-in, then the question answered.
    // "Are you safe right now?" is asked again once, gently; after that, the line alone.
    if (kind === 'check-in') {
      await this.sendReminder(
        context,
        held,
        text,
        held.checkedIn ? 'safety-crisis-check-in-again' : 'safety-crisis-check-in',
      );
      if (!held.checkedIn) await this.state.set(context, { ...held, checkedIn: true });
      return { kind: 'route' };
    }
    if (kind === 'plan' && !held.planned) await this.state.set(context, { ...held, planned: true });
    // Going now, or the surgeon sees them today: care is arranged, so thanks after it closes warmly.
    if (
      (kind === 'going' || kind === 'doctor-today' || announcesGoing(text)) &&
      held.mode !== 'crisis' &&
      held.arranged !== true
    )
      await this.state.set(context, { ...held, arranged: true });
    // "will they just X-ray it or do I need an MRI?", "if it's torn, how long before I can squat?": the standing
    // sign's own answer (knowledge: safety-<flag>-imaging|recovery) after the reminder, not the general card
    // nor the "not for now" of an exercise question (the squat is months away, not tonight's plan).
    const own =
      held.mode !== 'crisis' && outcome.kind !== 'red-flag' && (kind === undefined || NOTE_KINDS.includes(kind))
        ? this.flagNote(knowledge, held, text)
        : undefined;
    if (own !== undefined) return { kind: 'reply', reply: this.reminderFirst(knowledge, held, own) };
    if (kind) {
      const reply = this.followUpReply(knowledge, held, kind, text);
      // The Veterans Crisis Line again where calling is the point (a plan told, going to call), not on every reply.
      const veteran =
        held.mode === 'crisis' && (kind === 'plan' || kind === 'going') ? await this.veteranLine(context) : undefined;
      return { kind: 'reply', reply: veteran ? { ...reply, text: `${reply.text}\n\n${veteran}` } : reply };
    }
    if (outcome.kind === 'red-flag') return { kind: 'route' };
    // Within days: one reminder of what to stop meanwhile, only with a "not my topic" answer (a
    // knee answer is advice of its own), and only once.
    // While running is stopped, any answer about running or racing ("should I run through knee pain?")
    // comes after the reminder every time: a routine card's "OK to carry on" must not read as permission.
    if (held.mode === 'soon') {
      if (opts.inFlow) return { kind: 'route' };
      // Only for a sign whose own caution stops running (a stress injury), not a catching knee.
      const stopsRunning = this.deps.knowledge.redFlags.some(
        (f) => held.flags.includes(f.id) && /\brunning\b/.test(f.caution ?? ''),
      );
      if (!stopsRunning || !talksOfRunning(text)) {
        if (held.reminded || opts.offTopic !== true) return { kind: 'route' };
        await this.state.set(context, { ...held, reminded: true });
      }
    }
    // Anything else is answered as usual, after a one-line reminder of what still stands. Inside a
    // flow the person chose to start meanwhile, the reminder came with its first message. Chatter in a
    // group not addressed to the bot ("sprint planning is killing me 😂") gets no reminder.
    // Care today already under way ("we're taking him to the ER"): no stale "get it checked today".
    const underWay = held.mode !== 'crisis' && (held.arranged === true || announcesGoing(text));
    if (!opts.inFlow && !underWay && !(opts.chatter === true && held.mode !== 'crisis'))
      await this.sendReminder(context, held, text);
    return { kind: 'route' };
  }

  /** Seen to already: the state ends; their instructions first, then sport if asked, else the message is answered. */
  private async seen(context: TurnContext, text: string): Promise<SafetyRead> {
    await this.state.delete(context);
    const knowledge = spokenKnowledge(context, this.deps.knowledge);
    const note = fillTemplate(required(knowledge, 'safety-seen'), values(knowledge));
    if (!asksBackToSport(text)) {
      await sendSafely(context, { text: note });
      return { kind: 'route' };
    }
    const sport = fillTemplate(required(knowledge, 'safety-seen-exercise'), values(knowledge));
    return { kind: 'reply', reply: { text: `${note}\n\n${sport}` } };
  }

  /**
   * An update that changes what the standing flag is: read with the message that raised it, the
   * message names a flag that overrides a standing one ("it went back in" after a kneecap out of
   * place), or a new flag of a higher tier ("short of breath today" after a swollen calf: a clot
   * that may have reached the lungs, 911 instead of today). Only that flag (and any other new one)
   * is kept: the overridden or lower one no longer holds.
   */
  private supersedingFlag(
    held: SafetyState,
    text: string,
    outcome: TriageOutcome,
  ): (TriageOutcome & { kind: 'red-flag' }) | undefined {
    if (!held.said || held.mode === 'crisis') return undefined;
    const overrides = (o: TriageOutcome): RedFlag[] =>
      o.kind === 'red-flag'
        ? o.result.flags.filter(
            (f) => !held.flags.includes(f.id) && (f.overrides ?? []).some((id) => held.flags.includes(id)),
          )
        : [];
    if (overrides(outcome).length > 0) return outcome as TriageOutcome & { kind: 'red-flag' };
    if (outcome.kind !== 'none') return undefined;
    const together = this.deps.triage.classify(`${held.said}. ${text}`);
    const higher =
      together.kind === 'red-flag'
        ? together.result.flags.filter((f) => !held.flags.includes(f.id) && TIER_RANK[f.tier] < TIER_RANK[held.tier])
        : [];
    const found = [...higher, ...overrides(together).filter((f) => !higher.includes(f))].sort(
      (a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier],
    );
    if (found.length === 0 || together.kind !== 'red-flag') return undefined;
    const top = found[0] as RedFlag;
    return { kind: 'red-flag', result: { ...together.result, tier: top.tier, flags: found } };
  }

  private followUpReply(knowledge: Knowledge, held: SafetyState, kind: HeldKind, said = ''): Reply {
    // "ER or the urgent care?", "should I just put him in my car?": the flag's own word on where and how.
    const goNote =
      GO_KINDS.includes(kind) && held.mode !== 'crisis' && held.mode !== 'soon'
        ? knowledge.redFlags.find((f) => held.flags.includes(f.id) && f.goNote)?.goNote
        : undefined;
    // "which ER, is there a children's hospital?" once a child needs the ER now: a children's ER if near, no names.
    if (kind === 'where' && held.mode === 'er' && held.flags.includes(CHILD_FLAG))
      return {
        text: fillTemplate(required(knowledge, 'safety-child-where-er'), values(knowledge)),
        call: tierCall(knowledge, 'emergency'),
      };
    // The general "where to go" card names urgent care first: a flag with its own word on where gives that instead.
    if (kind === 'where' && (held.mode === 'urgent' || held.mode === 'er') && goNote === undefined)
      return whereToGoReply(knowledge);
    const top = knowledge.redFlags.find((f) => f.id === held.flags[0]);
    let key = messageKey(
      held.mode,
      kind === 'risk-factor' || (kind === 'where' && held.mode !== 'emergency') ? 'again' : kind,
    );
    // "can it wait till after work?": the flag's own reason it can't (a clot can reach the lungs).
    if (kind === 'wait' && top?.waitNote !== undefined && held.mode !== 'crisis' && held.mode !== 'soon')
      key = `safety-${held.mode}-wait-why`;
    // A hot, swollen knee with a fever: "it's a bursitis thing", "the surgeon said swelling is normal" is no
    // all-clear (a bursa or an operated knee can be infected too); a painkiller must not hide the fever.
    const hotJoint = held.flags.includes(HOT_JOINT_FLAG) && (held.mode === 'er' || held.mode === 'emergency');
    if (hotJoint && NAMED_CAUSE_KINDS.includes(kind) && namesACause(said)) key = 'safety-hot-joint-named-cause';
    else if (hotJoint && (kind === 'painkiller' || PAINKILLER_KINDS.includes(kind)) && namesPainkiller(said))
      key = 'safety-hot-joint-painkiller';
    const sameDayCare = held.mode === 'urgent' || held.mode === 'er';
    // Pregnant: which painkiller is her OB's or today's staff's to say (ibuprofen-type ones are avoided later on).
    if (
      held.pregnant === true &&
      sameDayCare &&
      (kind === 'painkiller' || (PAINKILLER_KINDS.includes(kind) && namesPainkiller(said)))
    )
      key = 'safety-pregnant-painkiller';
    // "could I at least ride the bike?" while running is stopped: that activity's own answer, not the pool again.
    if (held.mode === 'soon' && kind === 'exercise' && asksLowImpactOnly(said)) key = 'safety-soon-exercise-low-impact';
    // "y mañana puedo trabajar?" after a same-day warning: not before the check, and a note for work then.
    if (held.mode === 'urgent' && (kind === 'wait' || kind === 'exercise') && asksAboutWork(said))
      key = 'safety-urgent-work';
    // "do you take walk-ins?" on a day the clinic can't see anyone: say so, not "the team will tell you".
    const closed =
      kind === 'to-clinic' && (held.mode === 'urgent' || held.mode === 'er') ? this.closedToday(knowledge) : undefined;
    if (closed !== undefined) key = `safety-${held.mode}-to-clinic-closed`;
    // "what's the earliest you can see me?" after a same-day reply: the hours, and today elsewhere when we can't.
    const closedForSlot = kind === 'appointment' && held.mode === 'urgent' ? this.closedToday(knowledge) : undefined;
    if (closedForSlot !== undefined) key = 'safety-urgent-appointment-closed';
    // "do you see kids?": who sees which age group is the team's to say (the kids topic's own line).
    if (kind === 'who-we-see' && asksAboutChildren(said)) key = 'safety-clinic-children';
    const sameDay = held.mode === 'urgent' || held.mode === 'er';
    const child = held.mode === 'urgent' && held.flags.includes(CHILD_FLAG);
    // On a blood thinner, Advil or another anti-inflammatory asked about: not those (bleeding), acetaminophen usually.
    if (held.thinner === true && sameDay && THINNER_PAINKILLER_KINDS.includes(kind) && namesNsaid(said))
      key = `safety-${held.mode}-thinner-nsaid`;
    // A child's painkiller asked about: the label dose for age and weight, not instead of today's check.
    else if (child && (kind === 'painkiller' || (kind === 'home-care' && namesPainkiller(said))))
      key = 'safety-child-painkiller';
    // "he takes Eliquis, does that matter?" while a same-day warning stands: yes (bleeding; after a fall, the head too).
    // Asked whether to take or skip it: the medicines answer (no change on their own), and the head after a fall.
    const thinnerAsked = kind === 'medicines' && sameDay && namesBloodThinner(said);
    if (thinnerAsked && !asksAboutDose(said))
      key = afterFall(held) ? 'safety-thinner-fall' : held.mode === 'urgent' ? 'safety-thinner-today' : key;
    // "ok 911 is coming. can we put ice on it": help is on the way; keep still, a wrapped cold pack only if nothing moves.
    if (kind === 'home-care' && held.mode === 'emergency' && helpComing(said))
      key = 'safety-emergency-home-care-coming';
    // "I can still walk on it, so it isn't broken, right?": walking doesn't rule out a break.
    if (kind === 'dismiss' && held.mode === 'urgent' && asksBroken(said)) key = 'safety-urgent-dismiss-broken';
    // "it buckled on the stairs, but I can walk fine" after a pop and swelling: giving way is one more reason.
    else if (kind === 'dismiss' && held.mode === 'urgent' && saysGivesWay(said))
      key = 'safety-urgent-dismiss-giving-way';
    // "where do I take her today? we have no insurance": a children's ER today; it must see her whatever she can pay.
    if (child && kind === 'cost') key = 'safety-child-cost';
    // "does the clinic take walk-ins?" on a day we are open: call first; today elsewhere if we can't.
    if (kind === 'to-clinic' && held.mode === 'urgent' && closed === undefined && asksWalkIns(said))
      key = 'safety-urgent-walk-ins';
    const caution =
      top?.caution ??
      knowledge.messages[held.mode === 'soon' ? 'safety-soon-caution-default' : 'safety-caution-default'] ??
      '';
    const instruction = fillTemplate(required(knowledge, key), {
      ...values(knowledge),
      caution,
      why: top?.waitNote ?? '',
      advice: top?.advice ?? '',
      day: closed ?? closedForSlot ?? '',
    });
    // "just birth control" after a swollen calf: why that matters, then the standing instruction.
    // "what do I tell urgent care?": the flag's own words that get the right test, before the general list.
    const note =
      kind === 'risk-factor'
        ? knowledge.redFlags.find((f) => held.flags.includes(f.id) && f.riskNote)?.riskNote
        : kind === 'tell-them' && held.mode !== 'crisis'
          ? knowledge.redFlags.find((f) => held.flags.includes(f.id) && f.tellThem)?.tellThem
          : undefined;
    // "do you see cyclists for bike-fit problems, and what are your hours?": yes, once today's check is done.
    const sees =
      kind === 'appointment' && held.mode === 'urgent' && asksWhoClinicSees(said)
        ? fillTemplate(required(knowledge, 'safety-urgent-who-we-see'), values(knowledge))
        : undefined;
    // "what's your number, can I just come to you instead?": the number, said as for afterwards.
    const number =
      kind === 'to-clinic' && held.mode !== 'crisis' && held.mode !== 'soon' && asksClinicFacts(said)
        ? fillTemplate(required(knowledge, 'safety-clinic-number-after'), values(knowledge))
        : undefined;
    // A clinic fact ("do you take CHIP?", "do you see kids?") is answered, then the one-line reminder of the tier.
    const reminder =
      kind === 'insurance' || kind === 'who-we-see'
        ? fillTemplate(required(knowledge, `safety-${held.mode}-reminder`), { ...values(knowledge), caution })
        : undefined;
    // "hi, this is his mom": a word for the person taking over, then the warning for them.
    const reader = kind === 'what-to-do' && newReader(said) ? required(knowledge, 'safety-new-reader') : undefined;
    // "I can drive him at lunch": someone else driving is the right way there.
    const driver =
      sameDay && drivesSomeoneElse(said) && kind !== 'drive-self'
        ? required(knowledge, 'safety-someone-driving')
        : undefined;
    // "if I wrap it up tight can I go?": not tight, on a knee that may still swell.
    const wrap =
      sameDay && WRAP_KINDS.includes(kind) && asksTightWrap(said)
        ? required(knowledge, 'safety-tight-wrap')
        : undefined;
    // A child's limp, and now the hip or groin too: keep weight off it and no sport until seen.
    const hip =
      child && kind === 'again' && namesHipOrGroin(said) ? required(knowledge, 'safety-child-hip') : undefined;
    // "where is your clinic?": the address, for afterwards.
    const address =
      (kind === 'to-clinic' || kind === 'appointment') && sameDay && asksClinicAddress(said)
        ? fillTemplate(required(knowledge, 'safety-clinic-address-after'), values(knowledge))
        : undefined;
    // "…and when do you close?" with it: the hours too (the appointment answer already gives them).
    const hours =
      kind === 'to-clinic' && sameDay && ASKS_HOURS.test(normalizeChoiceText(said))
        ? fillTemplate(required(knowledge, 'safety-clinic-hours-after'), values(knowledge))
        : undefined;
    // On a blood thinner, where to go: an emergency room is the better place today.
    const thinnerWhere =
      held.thinner === true && held.mode === 'urgent' && THINNER_WHERE_KINDS.includes(kind)
        ? required(knowledge, 'safety-thinner-where')
        : undefined;
    // The same sign told again while 911 stands ("still soaking through after 10 minutes"): what to keep
    // doing meanwhile, the flag's own words (keep pressing on the wound), not the call alone. For a
    // same-day check, the flag's advice (an X-ray today, weight off the leg), not "checked today" alone.
    // "he says he can walk on it, does he really need to go in today?": the sign's own reason it is today.
    const keep =
      kind === 'again' && held.mode === 'emergency'
        ? top?.caution
        : (kind === 'again' || (kind === 'dismiss' && key === 'safety-urgent-dismiss')) && held.mode === 'urgent'
          ? top?.advice
          : undefined;
    // "he can lift it off the bed a bit but it shakes": the tendons hold, but it is no all-clear.
    const lift = kind === 'again' && sameDay && liftsWeakly(said) ? required(knowledge, 'safety-weak-lift') : undefined;
    const head =
      thinnerAsked && asksAboutDose(said) && afterFall(held) ? required(knowledge, 'safety-thinner-head') : undefined;
    // "should I clean it with peroxide before I go?": a clean dry dressing, nothing on it until seen.
    const wound =
      sameDay && WOUND_KINDS.includes(kind) && asksWoundCare(said)
        ? required(knowledge, 'safety-wound-before-seen')
        : undefined;
    // Pregnant and asking where: labor and delivery or the ER is her OB's after-hours line to say.
    const pregnantWhere =
      held.pregnant === true && sameDay && (GO_KINDS.includes(kind) || (kind === 'going' && said.includes('?')))
        ? required(knowledge, 'safety-pregnant-where')
        : undefined;
    // "what time do you open? and how much is a visit?": no prices from us; the front desk has them.
    const price =
      kind !== 'cost' && held.mode !== 'crisis' && asksPrice(said)
        ? fillTemplate(required(knowledge, 'safety-cost-line'), values(knowledge))
        : undefined;
    const text = [
      reader,
      goNote,
      pregnantWhere,
      note,
      sees,
      driver,
      wrap,
      lift,
      instruction,
      head,
      keep,
      wound,
      hip,
      thinnerWhere,
      address,
      hours,
      number,
      price,
      reminder,
    ]
      .filter((part) => part !== undefined)
      .join('\n\n');
    // "ok, going now": a short close; the call button stays for the act-now tiers (one tap if it gets worse).
    // The clinic asked for in the crisis state: its call button and a callback (988 is in the words).
    if (kind === 'clinic' || kind === 'knee-help')
      return { text, call: tierCall(knowledge, 'soon'), choices: tierChoices(knowledge, 'soon') ?? [] };
    const choices =
      kind === 'going' || (held.mode !== 'urgent' && held.mode !== 'soon')
        ? undefined
        : tierChoices(knowledge, held.tier, top);
    return { text, call: tierCall(knowledge, held.tier, top), ...(choices ? { choices } : {}) };
  }

  /** A standing sign's own answer to a tests or recovery-time question, when the knowledge has one. */
  private flagNote(knowledge: Knowledge, held: SafetyState, text: string): string | undefined {
    const folded = foldToWords(text);
    const asked = ASKS_IMAGING.test(folded) ? 'imaging' : ASKS_RECOVERY.test(folded) ? 'recovery' : undefined;
    if (asked === undefined) return undefined;
    for (const id of held.flags) {
      const note = knowledge.messages[`safety-${id}-${asked}`];
      if (typeof note === 'string') return fillTemplate(note, values(knowledge));
    }
    // "does he need an MRI or an x-ray?" for a sign with no note of its own: who decides, and that it is today.
    const tierNote = asked === 'imaging' ? knowledge.messages[`safety-${held.mode}-imaging`] : undefined;
    return typeof tierNote === 'string' ? fillTemplate(tierNote, values(knowledge)) : undefined;
  }

  /** Today's weekday name when the clinic sees no one for the rest of today (its own time zone), else undefined. */
  private closedToday(knowledge: Knowledge): string | undefined {
    const { clinic } = knowledge;
    const now = this.deps.clock.now();
    const words = hoursWords(knowledge);
    const status = clinicStatus(clinic, now, words);
    const today = clinicDate(clinic, now);
    if (status.open || (status.nextOpenAt !== undefined && clinicDate(clinic, status.nextOpenAt) === today))
      return undefined;
    return weekdayLongName(WEEKDAYS[weekdayOf(today)]!, words.locale);
  }

  private async sendReminder(context: TurnContext, held: SafetyState, said: string, asked?: string): Promise<void> {
    const knowledge = spokenKnowledge(context, this.deps.knowledge);
    const top = knowledge.redFlags.find((f) => f.id === held.flags[0]);
    // "don't go calling anybody on me": the crisis reminder says plainly the bot calls no one, and keeps the line.
    // Before an answer whose own advice may be softer (the ACL card's "within a few days"), an act-now
    // reminder says in bold that it comes first.
    const key =
      asked ??
      (held.mode === 'crisis'
        ? asksNotToCall(said)
          ? 'safety-crisis-no-call'
          : 'safety-crisis-reminder'
        : held.mode === 'soon'
          ? 'safety-soon-reminder'
          : `safety-${held.mode}-reminder-first`);
    const caution = top?.caution ?? knowledge.messages['safety-soon-caution-default'] ?? '';
    const text = fillTemplate(required(knowledge, key), { ...values(knowledge), caution });
    // Sent BEFORE the answer, so the answer's own buttons stay the last ones on screen.
    await sendSafely(context, { text, call: tierCall(knowledge, held.tier, top) });
  }
}

/** The signs that would make a within-days check a same-day one, denied: "no limp", "doesn't hurt at night". */
const DENIES_WORSE =
  /\b(?:no|not|without|never|nor|dont|don t|doesnt|doesn t|isnt|isn t|didnt|didn t|wont|won t|nothing)\b(?: \w+){0,4} (?:limp\w*|hobbl\w*|at rest|resting|sitting|sit down|at night|night|nights|overnight|sleep\w*|lying down|in bed)\b/;
/** Something still told as bad in the same breath ("no limp but it throbs at night"). */
const WORSE_TOO = /\b(?:but|although|though|except|tho)\b/;
function deniesWorseSigns(text: string): boolean {
  const t = normalizeChoiceText(text);
  return DENIES_WORSE.test(t) && !WORSE_TOO.test(t);
}
/** Running or a race named: its answer comes after the within-days reminder. */
const RUNNING_WORDS =
  /\b(?:run|runs|running|ran|jog|jogs|jogging|race|races|racing|marathon|half marathon|10k|5k|long run|miles|mileage|taper\w*|correr|carrera|maraton|trotar)\b/;
function talksOfRunning(text: string): boolean {
  return RUNNING_WORDS.test(normalizeChoiceText(text));
}
/** Only a low-impact activity asked about ("could I ride the bike?", "swimming ok?"), no running or jumping. */
const LOW_IMPACT =
  /\b(?:bike|biking|bikes|cycle|cycling|ride|riding|spin|spinning|peloton|swim|swimming|pool|elliptical|row|rowing|rower|bici|bicicleta|nadar|natacion|alberca|piscina)\b/;
function asksLowImpactOnly(text: string): boolean {
  const t = normalizeChoiceText(text);
  return LOW_IMPACT.test(t) && !talksOfRunning(text) && !/\b(?:jump\w*|hop\w*|saltar)\b/.test(t);
}

/** Whether the check is needed, asked by someone else: "does he have to go in?", "does she really need the ER?" */
const QUESTIONS_THE_CHECK =
  /\b(?:need|needs|have|has|got|gotta|must|should)(?: to)? (?:go|be seen|get (?:it |that )?(?:checked|seen|looked at)|see (?:a|someone|somebody|anyone))\b|\b(?:really|honestly|actually|seriously) (?:need|needs|have|has)\b/;
function questionsTheCheck(text: string): boolean {
  return QUESTIONS_THE_CHECK.test(normalizeChoiceText(text)) || talksOfTheCheck(text);
}

/** The clinic's hours asked: "when do you close", "are you open till 6", "what are your hours". */
const ASKS_HOURS = /\b(?:open|opens|opening|close|closes|closing|hours|till|until)\b/;

/** Kinds read only in the crisis state (never for another member's follow-up about a warned person). */
const CRISIS_ONLY_KINDS: readonly HeldKind[] = [
  'check-in',
  'plan',
  'means',
  'plan-held',
  'clinic',
  'knee-help',
  'no-plan',
  'ask-safe',
];
/**
 * A group message about the person another member's warning is about: he, she, they, or "we" looking
 * after them ("should we ice it?"). A member's own knee ("my knees crack") is their own question.
 */
const ABOUT_THE_WARNED =
  /\b(?:he|hes|he s|him|his|she|shes|she s|her|they|theyre|they re|them|their|we|were|we re|us|our)\b/;
const OWN_KNEE = /\b(?:my|mine|i|im|i m)\b(?: \w+){0,3} (?:knees?|legs?|shins?|ankles?|hips?)\b/;
function aboutTheWarned(text: string): boolean {
  const t = normalizeChoiceText(text);
  return ABOUT_THE_WARNED.test(t) && !OWN_KNEE.test(t);
}

/** Follow-up kinds a tests or recovery-time question may also read as: the sign's own note answers it. */
const NOTE_KINDS: readonly HeldKind[] = ['exercise', 'rehab', 'appointment', 'wait'];
/** Which tests: "just an x-ray or an MRI?", "will they scan it", "¿me harán una resonancia?" (folded). */
const ASKS_IMAGING =
  /\b(?:x ?rays?|xrays?|mri|mris|scan|scans|ultrasound|imaging|ct scan|radiografias?|resonancias?|ultrasonido|estudios?)\b/;
/** How long until back: "if it's torn how long am I out", "recovery time?", "¿cuánto tarda en sanar?" (folded). */
const ASKS_RECOVERY =
  /\bhow long\b(?: \w+){0,6} (?:out|off|back|recover\w*|heal\w*|until|before|take|lifting|lift|training|train|play\w*|run\w*)\b|\b(?:recovery|healing) (?:time|timeline|period)\b|\bwhen (?:can|will|could|would) (?:i|he|she|they|we) (?:\w+ ){0,2}(?:lift|train|play|run|jump|squat|compete|be back|get back|go back)\b|\bhow many (?:weeks|months)\b|\bcuanto (?:tiempo )?(?:tarda|dura|voy a estar|estare|sin)\b|\b(?:recuperacion|tiempo de recuperacion)\b/;

/** Told as what happened ("missed a box jump at the gym"), not asked: past-tense story words. */
const TOLD_HOW = /\b(?:missed|was|were|fell|landed|came down|slipped|tripped|did|doing|happened|while)\b/;
/** Asked, or planned: a question mark, a modal, a time ahead ("can I still lift tomorrow"). */
const ASKED_OR_PLANNED =
  /\?|\b(?:can|could|should|may|shall|ok to|okay to|allowed|going to|gonna|want to|wanna|plan to|planning|tomorrow|tonight|later|this weekend|still)\b/;
/**
 * The message asks to play, ride or train, not only tells how the injury happened: "missed a box jump
 * at the gym, now I can't lift my leg" is the story; "can I still do the gym tomorrow?" asks.
 */
function asksToExercise(text: string, language: Language): boolean {
  if (classifyFollowUp(text, language) !== 'exercise') return false;
  const clauses = text.split(/(?<=[.!?;,])\s+/).filter((c) => c.trim() !== '');
  const naming = clauses.filter((c) => classifyFollowUp(c, language) === 'exercise');
  if (naming.length === 0) return true;
  return naming.some((c) => ASKED_OR_PLANNED.test(c.toLowerCase()) || !TOLD_HOW.test(c.toLowerCase()));
}

/** The shared conversation's record of the last act-now warning given there (to one member, for all to see). */
const GROUP_ALERT = 'safetyAlert';
interface GroupAlert {
  mode: HeldMode;
  tier: RedFlagTier;
  flags: string[];
  at: string;
  /** The member it was given to. */
  from: string;
  /** A sign read across members' messages: every member whose message was read into it. */
  members?: string[];
  /** Those messages (bounded). */
  said?: string;
}
/**
 * What another member of the group may ask about that warning, answered as the warning's own follow-up
 * (not exercise or home care: "what strengthening should I do" is about their own knee).
 */
const GROUP_KINDS: readonly HeldKind[] = [
  'tell-them',
  'what-to-do',
  'where',
  'getting-there',
  'drive-self',
  'ask-to-call',
  'move-it',
];

/** A wound-care question asked in these: the clean, dry dressing until seen. */
const WOUND_KINDS: readonly HeldKind[] = ['doctor-today', 'home-care', 'going', 'tell-them', 'what-to-do'];

/** A fall or a knock in the standing warning (its flag or the message that raised it): the head matters too. */
function afterFall(held: SafetyState): boolean {
  return held.flags.some((id) => FALL_FLAGS.includes(id)) || (held.said !== undefined && toldAFall(held.said));
}
/** Flags raised only after a fall or a blow. */
const FALL_FLAGS: readonly string[] = ['ottawa-fracture-signs'];

/** Asking to straighten or move the hurt leg while 911 or the ER stands ("should we try to straighten it??"). */
function asksToMove(mode: HeldMode, text: string): boolean {
  return (
    (mode === 'emergency' || mode === 'er') &&
    movesTheLeg(text) &&
    (text.includes('?') || /\b(?:should|can|could|do|shall|must) (?:we|i|you)\b/i.test(text))
  );
}

/** An anti-inflammatory asked about in these, on a blood thinner: the blood thinner's answer. */
const THINNER_PAINKILLER_KINDS: readonly HeldKind[] = ['painkiller', 'home-care', 'medicines', 'exercise'];
/** A tight wrap asked about in these: not tight. */
const WRAP_KINDS: readonly HeldKind[] = ['home-care', 'support', 'exercise', 'wait'];
/** Where to go, on a blood thinner: an emergency room. */
const THINNER_WHERE_KINDS: readonly HeldKind[] = ['to-clinic', 'getting-there', 'appointment'];

/** Care questions answered inside a callback request (dialogs/safety.ts asideInCallback). */
const ASIDE_KINDS: readonly FollowUpKind[] = [
  // "and where do I take her today? we have no insurance": never the clinic's weekday card.
  'where',
  'cost',
  'home-care',
  'antibiotics',
  'rehab',
  'painkiller',
  'exercise',
  'support',
  'medicines',
  'tell-them',
];

/** The follow-ups that ask where or how to go: the flag's goNote comes first. */
const GO_KINDS: readonly HeldKind[] = ['where', 'getting-there', 'drive-self'];

/** What a follow-up is answered as: a kind it names, or one the state reads into it. */
type HeldKind =
  | FollowUpKind
  | 'again'
  | 'risk-factor'
  /** within days: the signs that would make it today denied ("no limp, no pain at night") */
  | 'no-worse'
  | 'ask-safe'
  | 'check-in'
  | 'plan'
  | 'plan-held'
  /** crisis: pills or another means said to be at hand: out of reach now, with 988 and 911 */
  | 'means'
  | 'travel'
  /** within days: bargaining for the race or game ("what if I taper and run it easy?") */
  | 'race'
  /** within days: pushing back on the stop itself ("i cant just stop") */
  | 'pushback'
  /** crisis: reaching for the clinic ("what's your number?"): the phone, hours and a callback, with 988 */
  | 'clinic'
  /** crisis: "just answer the knee stuff please": respected, with 988 in one line */
  | 'knee-help'
  /** 911 or the ER: "should we try to straighten it?": no, keep it still as found */
  | 'move-it'
  /** the ER or today: "my surgeon's office wants me in this afternoon": that plan supported */
  | 'doctor-today'
  /** crisis: "no plan or anything, i just get low at night": thanked, 988 for those nights, their doctor */
  | 'no-plan';

/** MainDialog passes the costly fields as getters: read only when a standing state needs them. */
export interface FollowUpOptions {
  /** A child dialog (assessment, callback) is running. */
  inFlow?: boolean;
  /** The message has an answer of its own (a question, a command, a knee question the matcher answers). */
  answerable?: boolean;
  /** The message asks a question or names a topic the bot answers (a command alone does not). */
  asks?: boolean;
  /** The message asks for a callback or gives a phone number. */
  callback?: boolean;
  /** The message moves the time of a callback request already sent ("actually after 5 works better"). */
  movesCallback?: boolean;
  /** A standing flag has words for a risk factor (a clot: the pill, an operation, a long trip). */
  risky?: boolean;
  /** The message names the risk factor of a standing flag's risk note (the pill after a calf; weight after a child's limp). */
  namesRisk?: boolean;
  /** The message is outside what the bot covers ("where is bib pickup?"): its answer alone would drop the advice. */
  offTopic?: boolean;
  /** A shared conversation (a group chat or channel). */
  shared?: boolean;
  /** In a group, not addressed to the bot and not plainly for it: chatter, answered only for a sign or a follow-up. */
  chatter?: boolean;
}

/** The kind of follow-up, for this mode; undefined: not a follow-up (answered as usual). */
function followUpKind(
  mode: HeldMode,
  text: string,
  outcome: TriageOutcome,
  held: SafetyState,
  opts: FollowUpOptions,
  language: Language,
): HeldKind | undefined {
  const inFlow = opts.inFlow === true;
  // Within days: only talking it down, asking to keep active, and the same sign again (told with
  // more: "I hopped on it and that hurt") have words of their own; the rest is answered as usual.
  if (mode === 'soon') {
    if (inFlow) return undefined;
    const soon = soonFollowUp(text, language);
    // "no limp, it's fine when I rest": the same-day signs denied (not talking the sign down); the
    // within-days check still stands.
    if ((soon === undefined || soon === 'dismiss') && outcome.kind !== 'red-flag' && deniesWorseSigns(text))
      return 'no-worse';
    if (soon) return soon;
    if (
      outcome.kind === 'red-flag' &&
      outcome.result.flags.every((f) => held.flags.includes(f.id) || f.tier === 'soon')
    )
      return outcome.result.flags.some((f) => held.flags.includes(f.id)) ? 'again' : undefined;
    return undefined;
  }
  // "can someone call me Monday? Kevin, 214-555-0187, mornings" after a same-day reply: the request is
  // taken (marked urgent) after the reminder, not read as putting the check off till Monday. Moving
  // that call later ("how about Thursday afternoon instead") is the same: the call, not the check,
  // unless the check is put off in the same breath ("I'll skip urgent care and wait for Friday's call").
  if (mode === 'urgent' && (opts.callback === true || (opts.movesCallback === true && !talksOfTheCheck(text))))
    return undefined;
  // Someone new taking over the chat ("hi, this is her dad") has not read the warning: it is said again for them.
  const read = classifyFollowUp(text, language) ?? (newReader(text) ? 'what-to-do' : undefined);
  // "yes" / "ok" answers a waiting question; at the top level it acknowledges the advice.
  const kind = read === 'ack' ? (inFlow ? undefined : 'going') : read;
  if (mode === 'crisis') {
    // The crisis line stays on every follow-up; only these get their own words. "I'm fine, just
    // tired of everything" still sounds like the crisis: the line again, not "glad to hear that".
    // "i made a plan for this weekend. just wanted someone to know": 911 now, before anything else.
    // "I don't have a plan, I'm not going to do anything": a no to the plan, unless a plan or means is
    // still told once those words are set aside ("no plan, but I have the pills").
    if (saysNoPlan(text) && !saysCrisisAgain(text) && !mentionsCrisisPlan(withoutNoPlan(text))) return 'no-plan';
    if (mentionsCrisisPlan(text)) return 'plan';
    if (mentionsMeansAtHand(text)) return 'means';
    // "what should I do?": the line again, with 911 if they might act.
    if (kind === 'what-to-do') return 'again';
    if (kind === 'going') return kind;

    // Once a plan or a means was told, the next message that moves on ("whatever, just tell me some
    // stretches") still gets the plan first; the knee waits until they are safe.
    // "don't go calling anybody" keeps its own honest answer (the bot calls no one), which names the means too.
    if (held.planned === true && kind !== 'thanks' && !asksNotToCall(text)) return 'plan-held';
    // "I know about 988, I just mean …": the number again is not enough; ask directly about now.
    if (knowsTheLine(text)) return 'ask-safe';
    // Reaching for the clinic or back to the knee ("ok maybe I'll call you guys, what's the number";
    // "just answer the knee stuff please"): given, with one short 988 line, not the line alone.
    if (outcome.kind !== 'red-flag' && reachesForClinic(text)) return 'clinic';
    if (outcome.kind !== 'red-flag' && asksForKneeHelp(text) && !saysCrisisAgain(text)) return 'knee-help';
    // Brushing it off alongside a question ("sorry, ignore that, anyway is it my IT band?"): a gentle
    // check-in line, then the question answered; the same thoughts in other words still get the line.
    const brushOff = kind === 'dismiss' || takesItBack(text);
    if (brushOff && opts.asks === true && !inFlow && !saysCrisisAgain(text)) return 'check-in';
    if (soundsLikeCrisis(text)) return 'again';
    // "thanks for not being weird about it": a warm close with the line, not "I didn't follow".
    if (kind === 'thanks') return kind;
    if (kind === 'dismiss') return kind;
    if (outcome.kind === 'red-flag' && outcome.result.flags.some((f) => held.flags.includes(f.id))) return 'again';
    // A remark with no answer of its own: the line again, never the line and then "I'm not sure". A knee
    // question after a story ("gained 30 lbs. does weight matter for knees") is answered, with the line.
    if (opts.answerable === false && !inFlow && !asksInPassing(text)) return 'again';
    return undefined;
  }
  // "should we try to straighten it??" while 911 or the ER stands: a plain no, before any other reading.
  if (asksToMove(mode, text)) return 'move-it';
  // "called the surgeon's office, they want me in this afternoon": the team that operated sees them today.
  if (
    (mode === 'er' || mode === 'urgent') &&
    surgeonSeesToday(text) &&
    (kind === undefined || TODAY_KINDS.includes(kind))
  )
    return 'doctor-today';
  // Thanks once care today is arranged: a warm close, not the warning again.
  if ((kind === 'thanks' || kind === 'going') && held.arranged === true) return 'going';
  // "he can lift it off the bed a little but it shakes": not an all-clear; the instruction again, with a word on it.
  if ((mode === 'urgent' || mode === 'er') && (kind === undefined || kind === 'dismiss') && liftsWeakly(text))
    return 'again';
  // "going down the stairs it feels wobbly, like it might go" after a pop: giving way, one more reason today.
  if (mode === 'urgent' && saysGivesWay(text) && (kind === undefined || GIVING_WAY_KINDS.includes(kind)))
    return 'dismiss';
  // "the doctor said she is a little overweight": a doctor named in a report of the risk factor is not
  // asking to go there instead.
  if (opts.namesRisk === true && outcome.kind !== 'red-flag' && read === undefined && !text.includes('?'))
    return 'risk-factor';
  // "I'll just call his office when they open at 8" while the ER stands: waiting for the morning, not the ER.
  if ((mode === 'emergency' || mode === 'er') && (kind === undefined || kind === 'to-clinic') && waitsForOpening(text))
    return 'wait';
  // After 911 or the ER: going to urgent care or a clinic is going elsewhere, however it is put.
  if (
    (mode === 'emergency' || mode === 'er') &&
    (kind === undefined || kind === 'going' || kind === 'getting-there') &&
    namesLesserCareOnly(text)
  )
    return 'to-clinic';
  // After a same-day reply, a GP or physio appointment is going elsewhere: they can't scan or X-ray today.
  if (
    mode === 'urgent' &&
    (kind === undefined || kind === 'going' || kind === 'getting-there' || kind === 'wait') &&
    namesOfficeCareOnly(text)
  )
    return 'to-clinic';
  // After 911 or the ER, "is urgent care okay?" is asking to go elsewhere.
  if ((mode === 'emergency' || mode === 'er') && (kind === undefined || kind === 'wait') && asksAboutLesserCare(text))
    return 'to-clinic';
  // Pregnant: "L&D or the ER?" asks where to go (her OB's line can say).
  if (held.pregnant === true && namesLaborWard(text)) return 'where';
  // After 911 or the ER, "I'll get it seen this afternoon" is waiting; for a same-day check it is the plan.
  // "I'll take her over to the ER once I'm off at 7": the ride is right, the hour is waiting.
  if (
    (mode === 'emergency' || mode === 'er') &&
    (kind === 'going' || kind === 'getting-there') &&
    namesLaterToday(text)
  )
    return 'wait';
  // "it's a bursitis thing", "the surgeon said swelling is normal" after a hot, swollen knee with a fever:
  // a name for it is no all-clear (answered with the hot joint's own words).
  if (
    (mode === 'emergency' || mode === 'er') &&
    held.flags.includes(HOT_JOINT_FLAG) &&
    (kind === undefined || NAMED_CAUSE_KINDS.includes(kind)) &&
    namesACause(text)
  )
    return 'dismiss';
  // "I'm supposed to fly home tomorrow, that's fine right?" while a clot is not ruled out: not cleared.
  if (opts.risky === true && mentionsTravelAhead(text)) return 'travel';
  // "what's the number I should give people who want to call back later?": a fact to give (with the
  // reminder), not putting the check off.
  if (kind === 'wait' && asksClinicFacts(text)) return undefined;
  // "my group goes again tomorrow at 9, if I wrap it tight can I go?": an outing of their own, not waiting.
  if ((kind === undefined || OUTING_KINDS.includes(kind)) && asksOutingAhead(text)) return 'exercise';
  // "does the clinic take walk-ins? I can drive him at lunch": coming here, asked for him.
  if ((kind === undefined || kind === 'getting-there') && asksWalkIns(text) && asksAboutTheClinic(text))
    return 'to-clinic';
  // "I'm walking around on it ok, so nothing's fractured, right?": playing it down by what still works.
  if ((kind === undefined || kind === 'exercise') && walksSoNotBroken(text)) return 'dismiss';
  // "ok ok. where is your clinic?": coming here (the address with today's instruction).
  if (kind === undefined && asksClinicAddress(text)) return 'to-clinic';
  if (kind) return kind === 'crisis' ? 'again' : kind;
  // "no meds, just birth control" after a swollen calf: it makes a clot likelier, said with the instruction.
  if (opts.namesRisk === true && outcome.kind !== 'red-flag') return 'risk-factor';
  // A sign added now ("it's starting to swell and feels warm"): the instruction again, not a routine
  // answer (a new act-now flag has already had its own full reply: read()).
  if (outcome.kind === 'none' && mentionsNewSymptom(text)) return 'again';
  // The same sign said again ("my calf is still swollen"): the instruction again, not the whole reply.
  if (outcome.kind === 'red-flag' && outcome.result.flags.every((f) => held.flags.includes(f.id) || !isActNow(f.tier)))
    return 'again';
  // While an act-now reply stands, a remark with no answer of its own ("it's been 30 mins, spreads to
  // my arm", "i can kinda walk on it") gets the instruction again, not "outside what I cover" and a menu.
  // Group chatter not addressed to the bot ("my cousin tore his ACL too, he's fine now") is not that.
  if (opts.answerable === false && !inFlow && opts.chatter !== true) return 'again';
  return undefined;
}

/** What a surgeon's same-day visit may be read as first (going, waiting till this afternoon, the office). */
const TODAY_KINDS: readonly FollowUpKind[] = [
  'going',
  'wait',
  'to-clinic',
  'getting-there',
  'home-care',
  'appointment',
];
/** What a knee giving way may be read as first ("stairs at home", "I can walk on it but…"). */
const GIVING_WAY_KINDS: readonly FollowUpKind[] = ['home-care', 'dismiss', 'exercise'];

/** Read as another kind when they ask about an outing of their own ahead. */
const OUTING_KINDS: readonly FollowUpKind[] = ['wait', 'home-care', 'support', 'going', 'dismiss'];

/** safety-<mode>-<kind>; a kind a mode has no words of its own for uses its closest one. */
function messageKey(mode: HeldMode, kind: Exclude<HeldKind, 'risk-factor'>): string {
  if (mode === 'crisis') return `safety-crisis-${CRISIS_KINDS.includes(kind) ? kind : 'again'}`;
  if (mode === 'soon') return `safety-soon-${SOON_KINDS.includes(kind) ? kind : 'again'}`;
  // Read only within days; the act-now tiers have the nearest words (exercise, home care).
  if (kind === 'race' || kind === 'pushback') return `safety-${mode}-exercise`;
  if (kind === 'no-worse') return `safety-${mode}-again`; // read only within days
  if (kind === 'clinic' || kind === 'knee-help' || kind === 'no-plan') return `safety-${mode}-again`; // read only in the crisis state
  if (kind === 'plan' || kind === 'plan-held' || kind === 'means') return `safety-${mode}-again`; // read only in the crisis state
  // A trip ahead while a clot may be there: 911 already stands for the emergency tier.
  if (kind === 'travel') return mode === 'urgent' || mode === 'er' ? `safety-${mode}-travel` : `safety-${mode}-again`;
  if (kind === 'where') return `safety-${mode}-getting-there`; // emergency: the ambulance takes you
  if (kind === 'move-it') return mode === 'emergency' ? 'safety-emergency-move-it' : `safety-${mode}-exercise`;
  if (kind === 'doctor-today') return mode === 'emergency' ? 'safety-emergency-again' : 'safety-doctor-today';
  // A ride only later: the same day still for urgent care (sooner better); for 911 or the ER, no ride is needed or it's now.
  if (kind === 'ride-later') return mode === 'urgent' ? 'safety-urgent-ride-later' : `safety-${mode}-no-ride`;
  if (kind === 'seen') return `safety-${mode}-going`; // read in read() itself
  if (kind === 'crisis' || kind === 'thanks' || kind === 'check-in' || kind === 'ask-safe')
    return `safety-${mode}-again`;
  // 911 or the ER now: a slot here is for afterwards; a painkiller waits for the call-taker (home care's words).
  if (kind === 'appointment' && mode !== 'urgent') return `safety-${mode}-after-care`;
  if (kind === 'painkiller' && mode === 'emergency') return 'safety-emergency-home-care';
  // The clinic's own facts are the same whatever the tier; the tier's reminder line follows them.
  if (kind === 'insurance' || kind === 'who-we-see') return `safety-clinic-${kind}`;
  return `safety-${mode}-${kind}`;
}

/** The within-days follow-ups with words of their own (the rest: the same sign again). */
const SOON_KINDS: readonly HeldKind[] = [
  'dismiss',
  'exercise',
  'painkiller',
  'race',
  'support',
  'pushback',
  'what-to-do',
  'no-worse',
];

/** The crisis follow-ups with words of their own (the rest: the line again). */
const CRISIS_KINDS: readonly HeldKind[] = [
  'going',
  'dismiss',
  'ask-safe',
  'thanks',
  'plan',
  'means',
  'plan-held',
  'clinic',
  'knee-help',
  'no-plan',
];

/** Every kind a follow-up can be answered as (checked against the messages at start). */
const ALL_KINDS: readonly Exclude<HeldKind, 'risk-factor'>[] = [
  'where',
  'drive-self',
  'to-clinic',
  'getting-there',
  'wait',
  'exercise',
  'home-care',
  'dismiss',
  'going',
  'ack',
  'crisis',
  'cost',
  'ask-to-call',
  'reluctant',
  'no-answer',
  'medicines',
  'childcare',
  'paperwork',
  'tell-them',
  'after-care',
  'appointment',
  'painkiller',
  'antibiotics',
  'rehab',
  'thanks',
  'again',
  'ask-safe',
  'check-in',
  'plan',
  'plan-held',
  'means',
  'travel',
  'race',
  'support',
  'no-ride',
  'insurance',
  'who-we-see',
  'pushback',
  'what-to-do',
  'clinic',
  'knee-help',
  'ride-later',
  'move-it',
  'doctor-today',
  'no-plan',
];

/** At start: every safety message a follow-up can need is there (a missing one would fail mid-conversation). */
function checkMessages(knowledge: Knowledge): void {
  const modes: HeldMode[] = ['crisis', 'emergency', 'er', 'urgent', 'soon'];
  const keys = new Set<string>([
    'safety-crisis-check-in',
    'safety-urgent-appointment-closed',
    'safety-urgent-who-we-see',
    'safety-crisis-veteran',
    'safety-clinic-number-after',
    'safety-clinic-children',
    'safety-new-reader',
    'safety-crisis-check-in-again',
    'safety-child-fever',
    'safety-child-check-fever',
    'safety-child-where-er',
    'safety-seen',
    'safety-seen-exercise',
    'safety-thinner-today',
    'safety-thinner-today-fall',
    'safety-thinner-swelling',
    'safety-clot-painkiller-wait',
    'safety-clot-lungs-fine',
    'safety-clot-where-scan',
    'safety-infection-fever-told',
    'safety-thinner-where',
    'safety-er-thinner-nsaid',
    'safety-urgent-thinner-nsaid',
    'safety-child-painkiller',
    'safety-urgent-dismiss-broken',
    'safety-urgent-dismiss-giving-way',
    'safety-child-cost',
    'safety-urgent-walk-ins',
    'safety-someone-driving',
    'safety-tight-wrap',
    'safety-child-hip',
    'safety-clinic-address-after',
    'safety-thinner-fall',
    'safety-thinner-head',
    'safety-emergency-home-care-coming',
    'safety-weak-lift',
    'safety-wound-before-seen',
    'safety-hot-joint-named-cause',
    'safety-hot-joint-painkiller',
    'safety-pregnant-painkiller',
    'safety-pregnant-where',
    'safety-urgent-work',
    'safety-cost-line',
  ]);
  for (const mode of modes) for (const kind of ALL_KINDS) if (kind !== 'ack') keys.add(messageKey(mode, kind));
  const missing = [...keys].filter((k) => knowledge.messages[k] === undefined);
  if (missing.length > 0)
    throw new Error(`knowledge/messages/triage.yaml: missing safety messages: ${missing.join(', ')}`);
}

function required(knowledge: Knowledge, key: string): string {
  const template = knowledge.messages[key];
  if (template === undefined) throw new Error(`knowledge/messages: missing "${key}" (triage.yaml)`);
  return template;
}

function values(knowledge: Knowledge): Record<string, string> {
  const { clinic } = knowledge;
  return {
    emergency: clinic.emergencyNumber,
    phone: clinic.phone.display,
    clinic: clinic.name,
    hours: describeHours(clinic, hoursWords(knowledge)),
    address: formatAddress(clinic),
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
