// The conversation's subject for safety: a child named in a message stays who "he" or "she" is in the
// next ones, so "he was limping this morning" after "my son is 14 …" is read as the child's limp
// (src/triage/subject.ts decides; this keeps it in conversation state for a while).
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { Language } from '../src/knowledge/types';
import { childNamed, pointsToChild, type ChildSubject, type TriageContext } from '../src/triage';

const SUBJECT_PROPERTY = 'dialogs.subject';
/** A child last named or pointed to longer ago than this is no longer assumed (the safety check's half hour). */
const SUBJECT_WITHIN_MS = 30 * 60 * 1000;

interface HeldSubject {
  child: ChildSubject;
  at: string;
}

export class ConversationSubject {
  private readonly state: StatePropertyAccessor<HeldSubject | null>;

  constructor(
    conversationState: ConversationState,
    private readonly clock: Clock,
  ) {
    this.state = conversationState.createProperty<HeldSubject | null>(SUBJECT_PROPERTY);
  }

  /** What triage should know about this message's subject; remembers a child it names. */
  async contextFor(context: TurnContext, text: string, language: Language): Promise<TriageContext> {
    const now = this.clock.now();
    const named = childNamed(text, language);
    if (named) {
      await this.state.set(context, { child: named, at: now.toISOString() });
      return {};
    }
    const held = await this.state.get(context);
    if (!held || !(now.getTime() - Date.parse(held.at) <= SUBJECT_WITHIN_MS)) return {};
    if (!pointsToChild(text, held.child, language)) return {};
    await this.state.set(context, { ...held, at: now.toISOString() });
    return { subject: 'child' };
  }
}
