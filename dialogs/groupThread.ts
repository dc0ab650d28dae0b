// A shared conversation (a Slack channel, a Teams group chat): what different members say about the
// same person in a few recent messages is read together for red flags. "her knee has been bugging her",
// then "just swollen since yesterday", then another member's "it was hot and red, and you were 100.8":
// no message alone is the hot, swollen joint with a fever; together they are, so the bot speaks up even
// when nobody addressed it. Only a sign the latest message completes counts (neither the earlier
// messages alone nor the latest alone carry it), so ordinary chatter stays quiet. The members whose
// messages were read together are noted, so the warning then holds for each of them (dialogs/safety.ts).
import type { TurnContext } from 'botbuilder';
import { isActNow } from '../src/knowledge/types';
import { MemberConversationState } from '../src/channels/conversationScope';
import { SAFETY_SAID_MAX_CHARS } from '../src/limits';
import type { Clock } from '../src/clock';
import type { Triage, TriageContext, TriageOutcome } from '../src/triage';

/** The shared record of the last few messages in the group. */
const THREAD = 'recentThread';
/** How many earlier messages are read with the latest one. */
const THREAD_MESSAGES = 5;
/** Messages older than this are another conversation. */
const THREAD_WITHIN_MS = 30 * 60 * 1000;

interface ThreadLine {
  from: string;
  text: string;
  at: string;
}

/** A sign found only across members' messages: the reading, and the members whose messages made it. */
export interface ThreadSign {
  outcome: TriageOutcome & { kind: 'red-flag' };
  /** The messages read together (bounded): the warning's "said". */
  said: string;
  members: string[];
}

/**
 * The latest message is about a person (someone in the room, or the speaker): "you were 100.8",
 * "she can't put weight on it", "I'm short of breath now". Impersonal chatter ("lol same") is not read
 * with the earlier messages.
 */
const ABOUT_A_PERSON =
  /\b(?:i|im|i'm|ive|i've|me|my|you|your|youre|you're|u|ur|she|shes|she's|her|he|hes|he's|him|his|they|them|their|theyre|they're)\b/i;

export class GroupThread {
  constructor(
    private readonly conversationState: unknown,
    private readonly triage: Triage,
    private readonly clock: Clock,
  ) {}

  /**
   * Reads the latest message with the group's recent ones (only when it carries no sign of its own),
   * then records it. Undefined outside a shared conversation, or when no sign is completed.
   */
  async read(
    context: TurnContext,
    text: string,
    own: TriageOutcome,
    subject: TriageContext = {},
  ): Promise<ThreadSign | undefined> {
    const state = this.conversationState;
    if (!(state instanceof MemberConversationState) || text.trim() === '') return undefined;
    const now = this.clock.now().getTime();
    const from = context.activity.from?.id ?? '';
    const earlier = ((await state.readShared<ThreadLine[]>(context, THREAD)) ?? []).filter((line) => {
      const age = now - Date.parse(line.at);
      return age >= 0 && age < THREAD_WITHIN_MS;
    });
    const line: ThreadLine = { from, text: text.slice(0, SAFETY_SAID_MAX_CHARS), at: new Date(now).toISOString() };
    await state.writeShared(context, THREAD, [...earlier, line].slice(-THREAD_MESSAGES));
    if (own.kind === 'red-flag' || earlier.length === 0 || !ABOUT_A_PERSON.test(text)) return undefined;
    const before = earlier.map((l) => l.text).join('. ');
    const together = this.triage.classify(`${before}. ${text}`, subject);
    if (together.kind !== 'red-flag' || !isActNow(together.result.tier)) return undefined;
    // Only what the latest message completes: a sign already in the earlier messages was theirs to raise.
    const already = this.triage.classify(before, subject);
    const known = already.kind === 'red-flag' ? new Set(already.result.flags.map((f) => f.id)) : new Set<string>();
    const news = together.result.flags.filter((f) => !known.has(f.id) && isActNow(f.tier));
    if (news.length === 0) return undefined;
    const members = [...new Set([...earlier.map((l) => l.from), from])].filter((m) => m !== '');
    return {
      outcome: together as TriageOutcome & { kind: 'red-flag' },
      said: `${before}. ${text}`.slice(-SAFETY_SAID_MAX_CHARS),
      members,
    };
  }
}
