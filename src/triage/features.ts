// Features of a message for the classifier (classifier.ts): words, word pairs, the word classes of
// classes.ts ("$swollen" for puffy, ballooned …) so unseen synonyms count, words after a negation
// marked ("!swollen" in "not swollen"), character 4-grams, and the second line's concepts with their
// pairs ("&child+limp", cueFeatures.ts). Pure; reads triage-normalised sentences.
import { WORD_CLASSES } from './classes';
import { conceptFeatures, conceptsOf } from './cueFeatures';
import { NEGATION_CUES, NEGATION_IDIOMS } from './cues';
import type { Sentence } from './normalize';
import { phraseAt } from './phrases';

/** A negation marks this many words after it, within its clause. */
const NEGATION_SPAN = 3;

/** Single words of each class, with their prefixes ("swell*"); multi-word alternatives are left out. */
const CLASS_OF: ReadonlyArray<{ cls: string; text: string; prefix: boolean }> = Object.entries(WORD_CLASSES).flatMap(
  ([cls, alts]) =>
    alts
      .filter((alt) => !alt.includes('+'))
      .map((alt) => ({ cls, text: alt.replace(/\*$/, ''), prefix: alt.endsWith('*') })),
);
const EXACT_CLASS = new Map<string, string[]>();
for (const { cls, text, prefix } of CLASS_OF)
  if (!prefix) EXACT_CLASS.set(text, [...(EXACT_CLASS.get(text) ?? []), cls]);
const PREFIX_CLASS = CLASS_OF.filter((c) => c.prefix && c.text.length >= 3);

const classCache = new Map<string, readonly string[]>();
function classesOf(word: string): readonly string[] {
  let found = classCache.get(word);
  if (found === undefined) {
    const set = new Set(EXACT_CLASS.get(word) ?? []);
    for (const { cls, text } of PREFIX_CLASS) if (word.startsWith(text)) set.add(cls);
    found = [...set];
    if (classCache.size < 50_000) classCache.set(word, found);
  }
  return found;
}

export function messageFeatures(sentences: readonly Sentence[]): string[] {
  const out: string[] = [];
  const present = new Set<string>();
  for (const { words, clause } of sentences) {
    let negatedUntil = -1;
    let negationClause = -1;
    words.forEach((word, i) => {
      const negated = i <= negatedUntil && clause[i] === negationClause;
      out.push(negated ? `!${word}` : word);
      for (const cls of classesOf(word)) out.push(negated ? `!$${cls}` : `$${cls}`);
      if (!negated) for (const name of conceptsOf(word)) present.add(name);
      if (i > 0) out.push(`${words[i - 1] as string}_${word}`);
      // Character 4-grams of longer words: unseen spellings and slang share pieces with known words
      // ("swolen", "swollen"; "numbness", "numbish").
      if (word.length >= 5 && !negated) for (const gram of charGrams(word)) out.push(gram);
      if (NEGATION_CUES.has(word) && !NEGATION_IDIOMS.some((idiom) => phraseAt(words, i, idiom))) {
        negatedUntil = i + NEGATION_SPAN;
        negationClause = clause[i] as number;
      }
    });
  }
  out.push(
    ...conceptFeatures(
      sentences.flatMap((s) => s.words),
      present,
    ),
  );
  return out;
}

const GRAM = 4;
/** The word's 4-letter pieces, with its start and end marked: "<swo", "swol", … "len>". */
function charGrams(word: string): string[] {
  const marked = `<${word}>`;
  const grams: string[] = [];
  for (let i = 0; i + GRAM <= marked.length; i += 1) grams.push(`#${marked.slice(i, i + GRAM)}`);
  return grams;
}
