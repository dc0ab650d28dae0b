// Finds curated phrases (location aliases, symptom mentions, out-of-scope keywords) in an analysed
// message. Phrases are analysed with the same pipeline as messages, so "back of my knee" in a
// curator's list meets "back of the knees" in a message after both become "posterior knee".
import type { PhraseRewriter } from './phrases';
import { analyze } from './analyzer';

export interface CompiledPhrase<T> {
  terms: string[];
  value: T;
  source: string;
}

export function compilePhrases<T>(
  items: ReadonlyArray<{ phrase: string; value: T }>,
  rewriter: PhraseRewriter,
): CompiledPhrase<T>[] {
  const out: CompiledPhrase<T>[] = [];
  for (const { phrase, value } of items) {
    const terms = analyze(phrase, rewriter).terms;
    if (terms.length > 0) out.push({ terms, value, source: phrase });
  }
  // Longer phrases first, so a caller taking the first hit gets the most specific one.
  return out.sort((a, b) => b.terms.length - a.terms.length);
}

/**
 * Index of the first occurrence of `phrase` in `terms`, its words in order with at most `maxGap`
 * other words between neighbours ("eat before a marathon" also finds "eat something before my
 * marathon" with a gap of 2), or -1.
 */
function indexOfTerms(terms: readonly string[], phrase: readonly string[], maxGap = 0): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= terms.length; i++) {
    if (terms[i] !== phrase[0]) continue;
    let at = i;
    let k = 1;
    for (; k < phrase.length; k++) {
      let found = -1;
      for (let j = at + 1; j <= at + 1 + maxGap && j < terms.length; j++) {
        if (terms[j] === phrase[k]) {
          found = j;
          break;
        }
      }
      if (found < 0) break;
      at = found;
    }
    if (k === phrase.length) return i;
  }
  return -1;
}

/** All phrases found in terms (each phrase at most once). */
export function findAll<T>(
  terms: readonly string[],
  phrases: readonly CompiledPhrase<T>[],
  maxGap = 0,
): Array<CompiledPhrase<T> & { at: number }> {
  const hits: Array<CompiledPhrase<T> & { at: number }> = [];
  for (const p of phrases) {
    const at = indexOfTerms(terms, p.terms, maxGap);
    if (at >= 0) hits.push({ ...p, at });
  }
  return hits;
}
