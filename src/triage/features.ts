// Features of a message for the classifier (classifier.ts): words, word pairs, the word classes of
// classes.ts ("$swollen" for puffy, ballooned …) so unseen synonyms count, words after a negation
// marked ("!swollen" in "not swollen"), character 4-grams, and the second line's concepts with their
// pairs ("&child+limp", cueFeatures.ts). One recipe for every language, each with its own word
// classes and negation words (createMessageFeatures); the concepts are English cues only. Pure; reads
// triage-normalised sentences.
import { WORD_CLASSES } from './classes';
import { conceptFeatures, conceptsOf } from './cueFeatures';
import { NEGATION_CUES, NEGATION_IDIOMS } from './cues';
import type { Sentence } from './normalize';
import type { WordClasses } from './pattern';
import { phraseAt } from './phrases';

/** A negation marks this many words after it, within its clause. */
const NEGATION_SPAN = 3;

/** What a language brings to the recipe. */
export interface FeatureWords {
  classes: WordClasses;
  negationCues: ReadonlySet<string>;
  negationIdioms: ReadonlyArray<readonly string[]>;
  /** The second line's English concepts and their pairs (cueFeatures.ts). */
  concepts: boolean;
}

export type MessageFeatures = (sentences: readonly Sentence[]) => string[];

/** Each word's classes: single words of each class, with their prefixes ("swell*"); multi-word ones left out. */
function classReader(classes: WordClasses): (word: string) => readonly string[] {
  const classOf = Object.entries(classes).flatMap(([cls, alts]) =>
    alts
      .filter((alt) => !alt.includes('+'))
      .map((alt) => ({ cls, text: alt.replace(/\*$/, ''), prefix: alt.endsWith('*') })),
  );
  const exact = new Map<string, string[]>();
  for (const { cls, text, prefix } of classOf) if (!prefix) exact.set(text, [...(exact.get(text) ?? []), cls]);
  const prefixes = classOf.filter((c) => c.prefix && c.text.length >= 3);
  const cache = new Map<string, readonly string[]>();
  return (word) => {
    let found = cache.get(word);
    if (found === undefined) {
      const set = new Set(exact.get(word) ?? []);
      for (const { cls, text } of prefixes) if (word.startsWith(text)) set.add(cls);
      found = [...set];
      if (cache.size < 50_000) cache.set(word, found);
    }
    return found;
  };
}

export function createMessageFeatures(language: FeatureWords): MessageFeatures {
  const classesOf = classReader(language.classes);
  return (sentences) => {
    const out: string[] = [];
    const present = new Set<string>();
    for (const { words, clause } of sentences) {
      let negatedUntil = -1;
      let negationClause = -1;
      words.forEach((word, i) => {
        const negated = i <= negatedUntil && clause[i] === negationClause;
        out.push(negated ? `!${word}` : word);
        for (const cls of classesOf(word)) out.push(negated ? `!$${cls}` : `$${cls}`);
        if (!negated && language.concepts) for (const name of conceptsOf(word)) present.add(name);
        if (i > 0) out.push(`${words[i - 1] as string}_${word}`);
        // Character 4-grams of longer words: unseen spellings and slang share pieces with known words
        // ("swolen", "swollen"; "numbness", "numbish").
        if (word.length >= 5 && !negated) for (const gram of charGrams(word)) out.push(gram);
        if (language.negationCues.has(word) && !language.negationIdioms.some((idiom) => phraseAt(words, i, idiom))) {
          negatedUntil = i + NEGATION_SPAN;
          negationClause = clause[i] as number;
        }
      });
    }
    if (language.concepts)
      out.push(
        ...conceptFeatures(
          sentences.flatMap((s) => s.words),
          present,
        ),
      );
    return out;
  };
}

/** The English recipe (the committed src/triage/suspectModel.json is trained on it). */
export const messageFeatures: MessageFeatures = createMessageFeatures({
  classes: WORD_CLASSES,
  negationCues: NEGATION_CUES,
  negationIdioms: NEGATION_IDIOMS,
  concepts: true,
});

const GRAM = 4;
/** The word's 4-letter pieces, with its start and end marked: "<swo", "swol", … "len>". */
function charGrams(word: string): string[] {
  const marked = `<${word}>`;
  const grams: string[] = [];
  for (let i = 0; i + GRAM <= marked.length; i += 1) grams.push(`#${marked.slice(i, i + GRAM)}`);
  return grams;
}
