// The conversation's subject for safety: a child named in a message stays who "he" or "she" is in the
// next ones, so "he was limping this morning" after "my son is 14 …" is read as the child's limp
// (src/triage/subject.ts decides; this keeps it in conversation state for a while). The parts of an
// injury story are kept the same way: a fall told first ("I fell in the kitchen"), then "I can't bend it
// very far" or "I'm 72" is read with the fall (the Ottawa knee rules).
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { Language } from '../src/knowledge/types';
import {
  childNamed,
  pointsToChild,
  readSubjectText,
  storyParts,
  type ChildSubject,
  type SubjectText,
  type TriageContext,
} from '../src/triage';

const SUBJECT_PROPERTY = 'dialogs.subject';
/** "he", "his", "him"; "she", "her" (English: the children's-topic tie only). */
const HE = /\b(?:he|his|him|hes|he s|he's)\b/i;
const SHE = /\b(?:she|her|hers|shes|she s|she's)\b/i;
const STORY_PROPERTY = 'dialogs.story';
/** A child last named or pointed to longer ago than this is no longer assumed (the safety check's half hour). */
const SUBJECT_WITHIN_MS = 30 * 60 * 1000;

interface HeldSubject {
  child: ChildSubject;
  at: string;
}

/** When each part of an injury story was last told (ISO times). */
type HeldStory = Partial<Record<'injured' | 'older' | 'knee', string>>;
const STORY_PARTS = ['injured', 'older', 'knee'] as const;

export class ConversationSubject {
  private readonly state: StatePropertyAccessor<HeldSubject | null>;
  private readonly story: StatePropertyAccessor<HeldStory | null>;

  constructor(
    conversationState: ConversationState,
    private readonly clock: Clock,
  ) {
    this.state = conversationState.createProperty<HeldSubject | null>(SUBJECT_PROPERTY);
    this.story = conversationState.createProperty<HeldStory | null>(STORY_PROPERTY);
  }

  /** What triage should know about this message: who it is about, and the injury story told before it. */
  async contextFor(context: TurnContext, text: string, language: Language): Promise<TriageContext> {
    // Tokenized once for the three readings (story, child named, child pointed to).
    const read = readSubjectText(text, language);
    const story = await this.storyFor(context, read, language);
    return { ...(await this.subjectFor(context, read, language)), ...story };
  }

  /** The parts of an injury story told in earlier messages (within the half hour); remembers this message's. */
  private async storyFor(context: TurnContext, text: SubjectText, language: Language): Promise<TriageContext> {
    const now = this.clock.now();
    const held = (await this.story.get(context)) ?? {};
    const earlier: TriageContext = {};
    for (const part of STORY_PARTS) {
      const at = held[part];
      if (at !== undefined && now.getTime() - Date.parse(at) <= SUBJECT_WITHIN_MS) earlier[part] = true;
    }
    const told = storyParts(text, language, now.getFullYear());
    if (STORY_PARTS.some((part) => told[part])) {
      const next: HeldStory = { ...held };
      for (const part of STORY_PARTS) if (told[part]) next[part] = now.toISOString();
      await this.story.set(context, next);
    }
    return earlier;
  }

  /**
   * A child named or pointed to within the half hour, and this message says "he" or "she" of someone: looser
   * than triage's reading (which stops at "his dad"), and only for picking the children's topic in a tie.
   */
  async talksOfChild(context: TurnContext, text: string): Promise<boolean> {
    const held = await this.state.get(context);
    if (!held || !(this.clock.now().getTime() - Date.parse(held.at) <= SUBJECT_WITHIN_MS)) return false;
    return (held.child.he && HE.test(text)) || (held.child.she && SHE.test(text));
  }

  /** Who this message is about; remembers a child it names. */
  private async subjectFor(context: TurnContext, text: SubjectText, language: Language): Promise<TriageContext> {
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
