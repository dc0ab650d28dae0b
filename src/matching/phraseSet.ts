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

/** All phrases found in terms (each phrase at most once), in list order. The plain scan: every phrase is tried. */
function findAll<T>(
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

/**
 * Compiled phrases indexed by their first term. A phrase can only occur where its first term does,
 * so findAll tries just the phrases whose first term is in the message: a message has a dozen terms,
 * the lists hundreds of phrases, and the plain scan tried every one on every match. Same hits, in
 * the same order, as the plain findAll over `phrases`; `plain: true` keeps the plain scan, for the
 * test that checks this on every labelled message (tests/matching/phraseIndex.test.ts).
 */
export class PhraseIndex<T> {
  /** first term → positions in `phrases` (ascending), merged back into list order by findAll. */
  private readonly positions = new Map<string, number[]>();

  constructor(
    readonly phrases: readonly CompiledPhrase<T>[],
    private readonly options: { plain?: boolean } = {},
  ) {
    phrases.forEach((phrase, i) => {
      const first = phrase.terms[0]!;
      const list = this.positions.get(first);
      if (list === undefined) this.positions.set(first, [i]);
      else list.push(i);
    });
  }

  /** As findAll(terms, phrases, maxGap), trying only the phrases that could start in `terms`. */
  findAll(terms: readonly string[], maxGap = 0): Array<CompiledPhrase<T> & { at: number }> {
    if (this.options.plain) return findAll(terms, this.phrases, maxGap);
    const at: number[] = [];
    const seen = new Set<string>();
    for (const term of terms) {
      if (seen.has(term)) continue;
      seen.add(term);
      const list = this.positions.get(term);
      if (list !== undefined) for (const i of list) at.push(i);
    }
    at.sort((a, b) => a - b);
    return findAll(
      terms,
      at.map((i) => this.phrases[i]!),
      maxGap,
    );
  }

  /** Every phrase whose terms stand contiguously from position `i` of `terms`, in list order. */
  occurringAt(terms: readonly string[], i: number): CompiledPhrase<T>[] {
    const tried = this.options.plain
      ? this.phrases
      : (this.positions.get(terms[i]!) ?? []).map((k) => this.phrases[k]!);
    return tried.filter((p) => i + p.terms.length <= terms.length && p.terms.every((t, k) => terms[i + k] === t));
  }
}
