// "My sister tore her ACL playing college basketball, and I remember her knee swelled up like a balloon … she was
// out for a year. … Are there warmups that lower the risk for girls?": someone else's injury told from memory to
// ask about prevention is no report. The other person (a relative or an acquaintance, not the writer's child,
// whom the writer speaks for) is named before the match with only the writer's remembering between, the story is
// closed by remembering or by its outcome, nothing in the sentence says it is now, and the message asks how to
// lower a risk. Pure; English words (words/recalled.ts).
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { phraseAt } from './phrases';
import { ACQUAINTANCE_WORDS, RELATIVE_WORDS, SELF_WORDS } from './cues';
import { LONG_PAST_PHRASES } from './words/time';
import {
  OUTCOME_PHRASES,
  PREVENTION_WORDS,
  RECALL_WORDS,
  STORY_NOW_WORDS,
  STORY_SUBJECT_REACH,
} from './words/recalled';

const hasPhrase = (words: readonly string[], phrases: ReadonlyArray<readonly string[]>): boolean =>
  words.some((_, i) => phrases.some((p) => phraseAt(words, i, p)));

/** The writer's own child is spoken for, so a child's story is never set aside here. */
const CHILDREN: ReadonlySet<string> = new Set(['son', 'daughter', 'kid', 'child', 'boy', 'girl']);

export function isRecalledStory(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const first = hit[0] as number;
  if (words.some((w) => STORY_NOW_WORDS.has(w))) return false;
  // The other person, named before the match; the writer may only remember in between ("and I remember her knee …").
  let subject = -1;
  for (let i = first - 1; i >= Math.max(0, first - STORY_SUBJECT_REACH); i -= 1) {
    const word = words[i] as string;
    if (SELF_WORDS.has(word) && !RECALL_WORDS.has(words[i + 1] as string)) return false;
    if (RELATIVE_WORDS.has(word) || ACQUAINTANCE_WORDS.has(word)) {
      subject = i;
      break;
    }
  }
  if (subject < 0 || CHILDREN.has(words[subject] as string)) return false;
  const closed =
    words.some((w) => RECALL_WORDS.has(w)) || hasPhrase(words, OUTCOME_PHRASES) || hasPhrase(words, LONG_PAST_PHRASES);
  if (!closed) return false;
  return sentences.some((x, i) => i !== s && x.words.some((w) => PREVENTION_WORDS.has(w)));
}
