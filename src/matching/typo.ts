// Word-level typo correction against the knowledge vocabulary. A symmetric-delete index
// (SymSpell's idea) finds every vocabulary word within edit distance 1–2 in a few map look-ups,
// so correcting a word costs microseconds however large the knowledge grows; results are cached.
// (fuse.js over the vocabulary gave the same corrections but scanned every word per look-up.)

export interface Correction {
  to: string;
  distance: number;
}

export interface TypoCorrector {
  /** undefined when the word is known, too short, or nothing is close enough. */
  correct(word: string): Correction | undefined;
}

const MAX_CACHE = 5000;

/** Edits allowed for a word of this length: none for very short words, where a typo is a guess. */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transposition), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * @param vocabulary words that count as known, with how often they occur (ties go to the more
 *   frequent word: "stairs" over "stars").
 */
export function createTypoCorrector(vocabulary: ReadonlyMap<string, number>): TypoCorrector {
  const index = new Map<string, string[]>();
  const add = (key: string, word: string): void => {
    const list = index.get(key);
    if (list) list.push(word);
    else index.set(key, [word]);
  };
  // Words with digits are never looked up (see lookup), so an index key with a digit can never be
  // hit: only digit-free keys are stored ("topic12" is still found from "topic" by deleting
  // "12"). Keeps the index small when the knowledge has many numbered names.
  const DIGIT = /\d/;
  for (const word of vocabulary.keys()) {
    const edits = maxEdits(word.length + 1); // a typed word may be one letter longer
    const digits = DIGIT.test(word) ? word.replace(/\D/g, '').length : 0;
    if (digits > Math.max(edits, 1)) continue;
    if (digits === 0) add(word, word);
    const ds = new Set<string>();
    deletes(word, Math.max(edits, 1), ds);
    for (const d of ds) if (digits === 0 || !DIGIT.test(d)) add(d, word);
  }

  const cache = new Map<string, Correction | null>();

  function lookup(word: string): Correction | null {
    const edits = maxEdits(word.length);
    if (edits === 0 || vocabulary.has(word) || /\d/.test(word)) return null;
    const keys = new Set<string>([word]);
    deletes(word, edits, keys);
    let best: Correction | null = null;
    let bestFreq = -1;
    for (const key of keys) {
      const candidates = index.get(key);
      if (!candidates) continue;
      for (const cand of candidates) {
        // The first letter is rarely the typo; requiring it avoids "wrist" → "twist".
        if (cand[0] !== word[0]) continue;
        const dist = editDistance(word, cand, edits);
        if (dist > edits || dist > maxEdits(cand.length)) continue;
        const freq = vocabulary.get(cand) ?? 0;
        if (!best || dist < best.distance || (dist === best.distance && (freq > bestFreq || (freq === bestFreq && cand < best.to)))) {
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
