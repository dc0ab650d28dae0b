// Phrase and clause helpers shared by the context checks. Pure.
import type { Sentence } from './normalize';

export type Phrase = readonly string[];

export function phraseAt(words: readonly string[], index: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.length; k += 1) if (words[index + k] !== phrase[k]) return false;
  return true;
}

/** Each phrase list indexed by first word once, so a lookup tries only the phrases that can start there. */
const byFirstWord = new WeakMap<readonly Phrase[], Map<string, Phrase[]>>();
function indexOf(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  let index = byFirstWord.get(phrases);
  if (index === undefined) {
    index = new Map();
    for (const phrase of phrases) {
      const first = phrase[0] as string;
      index.set(first, [...(index.get(first) ?? []), phrase]);
    }
    byFirstWord.set(phrases, index);
  }
  return index;
}

/** The phrases of the list that start at `index` (indexed lookup). */
export function phrasesAt(words: readonly string[], index: number, phrases: readonly Phrase[]): readonly Phrase[] {
  const starting = indexOf(phrases).get(words[index] as string);
  // Most positions start no phrase: one shared empty answer, not a new array each time (asked at every word).
  return starting === undefined ? NONE : starting.filter((phrase) => phraseAt(words, index, phrase));
}

const NONE: readonly Phrase[] = Object.freeze([]);

/** Does one of `phrases` start at a position in [from, to)? */
export function hasPhrase(words: readonly string[], from: number, to: number, phrases: readonly Phrase[]): boolean {
  const index = indexOf(phrases);
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i += 1) {
    const starting = index.get(words[i] as string);
    if (starting !== undefined) for (const phrase of starting) if (phraseAt(words, i, phrase)) return true;
  }
  return false;
}

/** The [from, to) word positions of the clause that holds `index`. */
export function clauseBounds(sentence: Sentence, index: number): [number, number] {
  const clause = sentence.clause[index];
  let from = index;
  while (from > 0 && sentence.clause[from - 1] === clause) from -= 1;
  let to = index + 1;
  while (to < sentence.words.length && sentence.clause[to] === clause) to += 1;
  return [from, to];
}
