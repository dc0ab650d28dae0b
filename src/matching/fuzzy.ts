// Typo-tolerant look-up of a typed word in the knowledge's vocabulary, done by fuse.js (bitap
// approximate matching). The Fuse indexes are built once, when the matcher is built: one per first
// letter and word length, because the first letter is rarely the typo ("wrist" must not become
// "twist") and a word within k edits is within k letters of the typed length — so a look-up runs
// fuse.js over a few dozen words, not the whole vocabulary, however large the knowledge grows.
// Fuse's candidates are confirmed against the shared "vocabulary" edit budget (src/text), and every
// answer, found or not, is cached: a word is looked up once per process.
import Fuse from 'fuse.js';
import { editBudget, editDistance } from '../text';

interface Correction {
  to: string;
  distance: number;
}

export interface TypoCorrector {
  /** undefined when the word is known, too short, or nothing is close enough. */
  correct(word: string): Correction | undefined;
}

const MAX_CACHE = 5000;
const DIGIT = /\d/;

/**
 * @param vocabulary words that may be the intended word, with how often the knowledge uses them
 *   (a tie goes to the more frequent word: "stairs" over "stars").
 */
export function createFuzzyVocabulary(vocabulary: ReadonlyMap<string, number>): TypoCorrector {
  const buckets = new Map<string, string[]>();
  for (const word of vocabulary.keys()) {
    // Words with digits are never corrected to or from ("10k", numbered names).
    if (word.length < 3 || DIGIT.test(word)) continue;
    const key = bucketKey(word[0]!, word.length);
    const list = buckets.get(key);
    if (list) list.push(word);
    else buckets.set(key, [word]);
  }
  const shards = new Map<string, Fuse<string>>();
  for (const [key, words] of buckets) {
    shards.set(
      key,
      new Fuse(words, {
        includeScore: true,
        isCaseSensitive: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        // Bitap counts an adjacent swap as two errors, so a word within budget (≤ 2 edits, ≤ 1 under
        // 8 letters) has at most half its length in bitap errors; the exact budget is checked after.
        threshold: 0.51,
      }),
    );
  }

  const cache = new Map<string, Correction | null>();

  function lookup(word: string): Correction | null {
    const edits = editBudget('vocabulary', word.length);
    if (edits === 0 || vocabulary.has(word) || DIGIT.test(word)) return null;
    let best: Correction | null = null;
    let bestFreq = -1;
    for (let length = word.length - edits; length <= word.length + edits; length++) {
      const shard = shards.get(bucketKey(word[0]!, length));
      if (!shard) continue;
      for (const hit of shard.search(word)) {
        const cand = hit.item;
        const dist = editDistance(word, cand, edits);
        if (dist > edits || dist > editBudget('vocabulary', cand.length)) continue;
        const freq = vocabulary.get(cand) ?? 0;
        if (
          !best ||
          dist < best.distance ||
          (dist === best.distance && (freq > bestFreq || (freq === bestFreq && cand < best.to)))
        ) {
          best = { to: cand, distance: dist };
          bestFreq = freq;
        }
      }
    }
    return best;
  }

  return {
    correct(word: string): Correction | undefined {
      let hit = cache.get(word);
      if (hit === undefined) {
        hit = lookup(word);
        if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
        cache.set(word, hit);
      }
      return hit ?? undefined;
    },
  };
}

function bucketKey(first: string, length: number): string {
  return `${first}${length}`;
}
