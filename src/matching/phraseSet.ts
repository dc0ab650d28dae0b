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

export function compilePhrases<T>(items: ReadonlyArray<{ phrase: string; value: T }>, rewriter: PhraseRewriter): CompiledPhrase<T>[] {
  const out: CompiledPhrase<T>[] = [];
  for (const { phrase, value } of items) {
    const terms = analyze(phrase, rewriter).terms;
    if (terms.length > 0) out.push({ terms, value, source: phrase });
  }
  // Longer phrases first, so a caller taking the first hit gets the most specific one.
  return out.sort((a, b) => b.terms.length - a.terms.length);
}

/** Index of the first contiguous occurrence of `phrase` in `terms`, or -1. */
export function indexOfTerms(terms: readonly string[], phrase: readonly string[]): number {
  outer: for (let i = 0; i + phrase.length <= terms.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (terms[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/** All phrases found in terms (each phrase at most once). */
export function findAll<T>(terms: readonly string[], phrases: readonly CompiledPhrase<T>[]): Array<CompiledPhrase<T> & { at: number }> {
  const hits: Array<CompiledPhrase<T> & { at: number }> = [];
  for (const p of phrases) {
    const at = indexOfTerms(terms, p.terms);
    if (at >= 0) hits.push({ ...p, at });
  }
  return hits;
}
