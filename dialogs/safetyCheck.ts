// The second line of defence in the conversation. When triage's rules find no red flag but
// triage.suspect() says the message sounds like one, ask ONE short safety question (Yes / No / Not
// sure) before answering. The answer that confirms it, or "Not sure", becomes that flag's red-flag
// outcome, which MainDialog handles like any other (the act-now reply); the other answer lets the
// first message through to its normal answer. Red flags in any message still win: the check gives
// way to them and is forgotten.
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { recognizeChoice } from '../src/channels/choices';
import type { Clock } from '../src/clock';
import { isActNow, TIER_RANK, type Knowledge, type RedFlag } from '../src/knowledge/types';
import type { Reply } from '../src/rendering/reply';
import { safetyAnswerChoices, safetyQuestionReply, tierCall, type Triage, type TriageOutcome } from '../src/triage';
import { looksLikeQuestion } from './commands';
import { asksHowSoonAboutSign, isStaffTalk, STAFF_STATE_PROPERTY } from './decisions/staff';
import { spokenKnowledge, spokenLanguage } from './language';
import { isUnsure, leadingYesNo } from './prompts';
import { asksNotToCall, classifyFollowUp, reassures, soundsLikeCrisis, takesItBack } from './safetyFollowUp';

/** Conversation-state property holding the question waiting for its answer. */
const SAFETY_CHECK_PROPERTY = 'dialogs.safetyCheck';
/** Conversation-state property holding the person's last messages (for signs said across messages). */
const RECENT_PROPERTY = 'dialogs.safetyRecent';
/** An answer later than this is not taken as the answer any more; older messages are not read with a new one. */
const ANSWER_WITHIN_MS = 30 * 60 * 1000;
/** How many earlier messages are read with a new one. */
const RECENT_MESSAGES = 3;

/** Conversation-state property: the self-harm question was asked here (a close then keeps a light 988 line). */
const DISTRESS_PROPERTY = 'dialogs.distressAsked';

/** Was the self-harm question asked earlier in this conversation? (Read by the closing replies.) */
export async function distressAskedHere(conversationState: ConversationState, context: TurnContext): Promise<boolean> {
  return (await conversationState.createProperty<boolean>(DISTRESS_PROPERTY).get(context)) === true;
}

interface RecentMessages {
  texts: string[];
  at: string;
}

interface PendingCheck {
  flagId: string;
  danger: 'yes' | 'no';
  /** The message that raised the question, answered normally after a reassuring answer. */
  text: string;
  askedAt: string;
}

export type SafetyCheckStep =
  /** Send this question and end the turn. */
  | { kind: 'ask'; reply: Reply }
  /** The answer confirmed a red flag: handle it like any other (after `note` when there is one). */
  | { kind: 'confirmed'; outcome: TriageOutcome; note?: Reply }
  /**
   * A reassuring answer: answer the first message as usual (or the question the answer itself asks),
   * after `note` when there is one.
   */
  | { kind: 'resume'; text: string; note?: Reply }
  /** Nothing for the check to do. */
  | { kind: 'pass' };

export interface SafetyCheckDeps {
  knowledge: Knowledge;
  triage: Triage;
  conversationState: ConversationState;
  clock: Clock;
}

export class SafetyCheck {
  private readonly state: StatePropertyAccessor<PendingCheck | null>;

  private readonly recent: StatePropertyAccessor<RecentMessages | null>;

  constructor(private readonly deps: SafetyCheckDeps) {
    this.state = deps.conversationState.createProperty<PendingCheck | null>(SAFETY_CHECK_PROPERTY);
    this.recent = deps.conversationState.createProperty<RecentMessages | null>(RECENT_PROPERTY);
  }

  /** Called once per message, right after triage.classify(), with its outcome. */
  async step(
    context: TurnContext,
    text: string,
    safety: TriageOutcome,
    opts: { flowCommand?: boolean } = {},
  ): Promise<SafetyCheckStep> {
    const pending = await this.state.get(context);
    if (pending) await this.state.set(context, null);
    const earlier = await this.remember(context, text);
    if (safety.kind === 'red-flag') {
      if (isActNow(safety.result.tier)) return { kind: 'pass' };
      // "a spot on the bone hurts when I press it" reads as a training injury alone; after a fall, it is the X-ray.
      const completed = this.completedByEarlier(text, earlier, safety);
      return completed ? { kind: 'confirmed', outcome: completed } : { kind: 'pass' };
    }
    if (pending && this.deps.clock.now().getTime() - Date.parse(pending.askedAt) <= ANSWER_WITHIN_MS) {
      // Read with the message that raised the question, the answer may name the sign outright ("the
      // pills are right here"), even after a "yes" about something else ("si puedo caminar pero
      // cojeando, y no la puedo doblar, nomás a la mitad"): that flag, not the leading yes or no.
      const together = this.deps.triage.classify(`${pending.text}. ${text}`);
      if (together.kind === 'red-flag' && together.result.flags.some((f) => f.id === pending.flagId)) {
        // Confirmed, and the check put off in the same words ("I'll rest it and see"): the kind word first.
        const key = pending.flagId === 'self-harm' ? undefined : this.putsOff(context, text);
        const note = key ? spokenKnowledge(context, this.deps.knowledge).messages[key] : undefined;
        return { kind: 'confirmed', outcome: together, ...(note ? { note: { text: note.trim() } } : {}) };
      }
      // Asked about thoughts of suicide, "forget it, ignore me" is not a no: it is answered like "Not
      // sure" (the crisis line), never as the cancel command.
      // "jk im fine": a reassurance is a no (988 stays in the reply), unless it says the crisis again.
      const selfHarm = pending.flagId === 'self-harm';
      const answer =
        this.answerOf(context, text) ??
        (selfHarm && takesItBack(text)
          ? 'unsure'
          : selfHarm && reassures(text) && !soundsLikeCrisis(text)
            ? 'no'
            : undefined);
      // "I live alone, don't want to bother anyone, I'll ice it and see how it goes": no answer (or an
      // unsure one), but the check put off. Taken like "Not sure" (the flag's advice), said kindly first.
      const putOff = pending.flagId === 'self-harm' ? undefined : this.putsOff(context, text);
      if (answer !== undefined || putOff !== undefined) {
        const decided = answer !== undefined && (answer !== 'unsure' || putOff === undefined);
        const step = this.answered(context, pending, decided ? answer : 'unsure', text);
        const note = putOff ? spokenKnowledge(context, this.deps.knowledge).messages[putOff] : undefined;
        return step.kind === 'confirmed' && note ? { ...step, note: { text: note.trim() } } : step;
      }
      // Asked about suicide, a reply that sounds like the crisis again ("don't call anyone", "what's
      // the point") is no reassurance: answered like "Not sure", with the crisis line.
      if (pending.flagId === 'self-harm' && (soundsLikeCrisis(text) || asksNotToCall(text)))
        return this.answered(context, pending, 'unsure');
    }
    // A sign whose flag needs what an earlier message said ("I fell off a ladder", then "one spot on
    // the bone below the knee hurts when I press it"): read together, the act-now flag the two make.
    const completed = this.completedByEarlier(text, earlier, safety);
    if (completed) return { kind: 'confirmed', outcome: completed };
    if (safety.kind !== 'none') return { kind: 'pass' };
    return this.ask(context, text, earlier, opts.flowCommand === true);
  }

  /**
   * The act-now flags that this message and the earlier ones make only together (neither alone):
   * a fall told first and a tender bone after it. Flags the earlier messages raised on their own
   * were answered then (and are held by dialogs/safety.ts).
   */
  private completedByEarlier(
    text: string,
    earlier: string[],
    safety: TriageOutcome,
  ): (TriageOutcome & { kind: 'red-flag' }) | undefined {
    // Only a flag that replaces one this message raised alone can be completed (see `points`): a message
    // that raised none needs no second reading of the whole story, the costliest read of a turn.
    if (earlier.length === 0 || safety.kind !== 'red-flag') return undefined;
    const together = this.deps.triage.classify([...earlier, text].join('. '));
    if (together.kind !== 'red-flag' || !isActNow(together.result.tier)) return undefined;
    const alone = safety.result.flags.map((f) => f.id);
    const before = this.deps.triage.classify(earlier.join('. '));
    const had = before.kind === 'red-flag' ? before.result.flags.map((f) => f.id) : [];
    // The message itself must point to the flag: what it raised alone is one the flag replaces (a
    // training injury's sore bone, after a fall). Who "he" is across
    // messages stays the subject's to decide (dialogs/subject.ts), never the joined text.
    const points = (f: RedFlag): boolean => (f.overrides ?? []).some((id) => alone.includes(id));
    const found = together.result.flags
      .filter((f) => isActNow(f.tier) && !alone.includes(f.id) && !had.includes(f.id) && points(f))
      .sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
    const top = found[0];
    if (top === undefined) return undefined;
    return { kind: 'red-flag', result: { ...together.result, tier: top.tier, flags: found } };
  }

  /** The person's earlier messages of the last half hour (oldest first), and this one kept for the next. */
  private async remember(context: TurnContext, text: string): Promise<string[]> {
    const now = this.deps.clock.now();
    const kept = await this.recent.get(context);
    const earlier = kept && now.getTime() - Date.parse(kept.at) <= ANSWER_WITHIN_MS ? kept.texts : [];
    await this.recent.set(context, { texts: [...earlier, text].slice(-RECENT_MESSAGES), at: now.toISOString() });
    return earlier;
  }

  /** A staff conversation (the front desk in Teams): staffTalk.ts marks it. */
  private async isStaff(context: TurnContext): Promise<boolean> {
    const staff = await this.deps.conversationState
      .createProperty<{ staff?: boolean }>(STAFF_STATE_PROPERTY)
      .get(context);
    return staff?.staff === true;
  }

  private async ask(
    context: TurnContext,
    text: string,
    earlier: string[],
    flowCommand: boolean,
  ): Promise<SafetyCheckStep> {
    const suspicion = this.deps.triage.suspect(text);
    if (suspicion === null) return { kind: 'pass' };
    // The front desk asking how soon to call about a note's sign ("la nota dice que está sangrando, ¿qué tan
    // pronto le llamo?"): their question, answered as staff (staffTalk.ts), never a safety question to them.
    if (asksHowSoonAboutSign(text, this.deps.triage) && (isStaffTalk(text) || (await this.isStaff(context))))
      return { kind: 'pass' };
    // "nvm, I'll call myself. cancel it" inside a callback: the words are the flow's own command, and the
    // model's guess alone (no cue) does not outweigh that. Cues and the rules still ask or alarm.
    if (flowCommand && suspicion.source === 'classifier') return { kind: 'pass' };
    // "squishy swelling on my kneecap", later "it's gone red and hot and I had a fever": the question
    // would ask what was already said. Read together, the rules decide; only the suspected flag counts.
    if (earlier.length > 0) {
      const together = this.deps.triage.classify([...earlier, text].join('. '));
      if (together.kind === 'red-flag' && together.result.flags.some((f) => f.id === suspicion.flag.id)) {
        return { kind: 'confirmed', outcome: together };
      }
    }
    const { clock } = this.deps;
    const knowledge = spokenKnowledge(context, this.deps.knowledge);
    if (suspicion.flag.id === 'self-harm')
      await this.deps.conversationState.createProperty<boolean>(DISTRESS_PROPERTY).set(context, true);
    await this.state.set(context, {
      flagId: suspicion.flag.id,
      danger: suspicion.question.danger,
      text,
      askedAt: clock.now().toISOString(),
    });
    return { kind: 'ask', reply: safetyQuestionReply(suspicion.question, knowledge, suspicion.someoneElse) };
  }

  private answered(
    context: TurnContext,
    pending: PendingCheck,
    answer: 'yes' | 'no' | 'unsure',
    text?: string,
  ): SafetyCheckStep {
    const knowledge = spokenKnowledge(context, this.deps.knowledge);
    // "lol no im fine, didn't mean it like that. when can i run again": the no is taken warmly, 988 stays
    // in one line with its button, and the question the answer asks is the one answered.
    if (answer === 'no' && pending.flagId === 'self-harm') {
      const flag = knowledge.redFlags.find((f) => f.id === pending.flagId);
      const note = knowledge.messages['safety-check-self-harm-no'];
      const asks = text !== undefined && looksLikeQuestion(text);
      return {
        kind: 'resume',
        text: asks ? text : pending.text,
        note: note && flag ? { text: note.trim(), call: tierCall(knowledge, flag.tier, flag) } : undefined,
      };
    }
    if (answer !== 'unsure' && answer !== pending.danger) return { kind: 'resume', text: pending.text };
    const flag = knowledge.redFlags.find((f) => f.id === pending.flagId);
    if (flag === undefined) return { kind: 'resume', text: pending.text };
    return { kind: 'confirmed', outcome: { kind: 'red-flag', result: { tier: flag.tier, flags: [flag] } } };
  }

  /**
   * A reply that puts the check off instead of answering: not wanting to bother anyone, waiting to see,
   * home care instead. The message key of the kind word said before the flag's advice; undefined otherwise.
   */
  private putsOff(context: TurnContext, text: string): string | undefined {
    const kind = classifyFollowUp(text, spokenLanguage(context));
    if (kind === 'reluctant') return 'safety-check-no-bother';
    return kind === 'wait' || kind === 'home-care' ? 'safety-check-wait-it-out' : undefined;
  }

  /** Yes / No / Not sure, tapped or typed ("yeah", "no I can walk", "idk"); anything else is a new message. */
  private answerOf(context: TurnContext, text: string): 'yes' | 'no' | 'unsure' | undefined {
    const choices = safetyAnswerChoices(spokenKnowledge(context, this.deps.knowledge));
    const [yes, no, unsure] = choices;
    const tapped = recognizeChoice(text, choices);
    if (tapped) return tapped === yes ? 'yes' : tapped === no ? 'no' : tapped === unsure ? 'unsure' : undefined;
    if (isUnsure(text)) return 'unsure';
    const typed = leadingYesNo(text);
    return typed === undefined ? undefined : typed ? 'yes' : 'no';
  }
}
