// Concept features for the classifier (features.ts): the concepts the second line's cues read (an
// injury, severity, lost function, an older person or a child, a body part, how recent, a lump, …), each
// one ("@injury") and each pair present in one message ("&injury+severe", "&child+limp", "&fresh+cannot").
// A linear model scores features one by one; a pair lets it learn that severity WITH an injury, or a limp
// WITH a child, is what matters, whatever the words. Pairs of the symptom word classes too were tried
// and generalised worse to a new writer (cross-validation by file). Pure.
import { agesIn, CHILD_AGE, OLDER_AGE } from './ages';
import {
  ABILITY_VERBS,
  BONE_WORDS,
  CHILD_WORDS,
  FEVER_WORDS,
  FRESH_WORDS,
  FUNCTION_LOSS_WORDS,
  GROWING_WORDS,
  INABILITY_CUES,
  INJURY_WORDS,
  JOINT_WORDS,
  LIMP_WORDS,
  LONG_TIME_WORDS,
  LUMP_WORDS,
  NIGHT_WORDS,
  OLDER_WORDS,
  SEVERITY_WORDS,
  WAKING_WORDS,
} from './cues';

const CONCEPTS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['injury', INJURY_WORDS],
  ['severe', SEVERITY_WORDS],
  ['loss', FUNCTION_LOSS_WORDS],
  ['limp', LIMP_WORDS],
  ['older', OLDER_WORDS],
  ['child', CHILD_WORDS],
  ['joint', JOINT_WORDS],
  ['night', NIGHT_WORDS],
  ['waking', WAKING_WORDS],
  ['fever', FEVER_WORDS],
  ['lump', LUMP_WORDS],
  ['growing', GROWING_WORDS],
  ['bone', BONE_WORDS],
  ['fresh', FRESH_WORDS],
  ['long', LONG_TIME_WORDS],
  ['lowerleg', new Set(['calf', 'calves', 'shin', 'shins', 'ankle', 'ankles', 'foot', 'feet', 'toes'])],
  ['hipgroin', new Set(['hip', 'hips', 'groin', 'thigh', 'thighs'])],
];
const CONCEPT_OF = new Map<string, string[]>();
for (const [name, words] of CONCEPTS) for (const w of words) CONCEPT_OF.set(w, [...(CONCEPT_OF.get(w) ?? []), name]);

/** The concepts a (not negated) word stands for. */
export function conceptsOf(word: string): readonly string[] {
  return CONCEPT_OF.get(word) ?? [];
}

/**
 * The message's concepts and their pairs: `present` holds the concepts of its words that were not
 * negated; ages and "can't <do>" are read here from the words.
 */
export function conceptFeatures(allWords: readonly string[], present: Set<string>): string[] {
  for (const age of agesIn(allWords)) {
    if (age >= OLDER_AGE && age < 110) present.add('older');
    if (age < CHILD_AGE) present.add('child');
  }
  allWords.forEach((w, i) => {
    if (INABILITY_CUES.has(w) && allWords.slice(i + 1, i + 4).some((v) => ABILITY_VERBS.has(v))) present.add('cannot');
  });
  const names = [...present].sort();
  const out: string[] = names.map((n) => `@${n}`);
  for (let i = 0; i < names.length; i += 1)
    for (let j = i + 1; j < names.length; j += 1) out.push(`&${names[i] as string}+${names[j] as string}`);
  return out;
}
