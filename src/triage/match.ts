// Finds where a compiled pattern occurs in a message. Pure. The message's words are looked up
// once (which pattern alternatives each word matches, typos included: see detect.ts), so matching
// is set lookups, and a pattern whose first word is absent costs one map lookup.
import type { CompiledPattern, WordAlt } from './pattern';

/** Word positions (in one sentence) of one occurrence, one per pattern slot. */
export type Hit = number[];

export interface SentenceHit {
  sentence: number;
  hit: Hit;
}

/** Per message: which alternative keys each word matches, and where each key occurs. */
export interface MessageWords {
  /** keysAt[sentence][position] */
  keysAt: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>;
  /** alternative key → [sentence, position] pairs, in text order */
  where: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
}

export function buildMessageWords(sentences: ReadonlyArray<{ words: readonly string[] }>, keysOf: (word: string) => ReadonlySet<string>): MessageWords {
  const keysAt: Array<Array<ReadonlySet<string>>> = [];
  const where = new Map<string, Array<readonly [number, number]>>();
  sentences.forEach((sentence, s) => {
    const row: Array<ReadonlySet<string>> = [];
    sentence.words.forEach((word, position) => {
      const keys = keysOf(word);
      row.push(keys);
      for (const key of keys) {
        let list = where.get(key);
        if (list === undefined) where.set(key, (list = []));
        list.push([s, position]);
      }
    });
    keysAt.push(row);
  });
  return { keysAt, where };
}

/** Every occurrence in the message, at most one per start position (the earliest way to complete it). */
export function findHits(pattern: CompiledPattern, message: MessageWords, onlySentence?: number): SentenceHit[] {
  const first = pattern.slots[0];
  if (first === undefined) return [];
  const starts: Array<readonly [number, number]> = [];
  for (const alt of first.alts) for (const at of message.where.get(alt.key) ?? []) if (onlySentence === undefined || at[0] === onlySentence) starts.push(at);
  if (starts.length === 0) return [];
  if (first.alts.length > 1) starts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const hits: SentenceHit[] = [];
  let previous: readonly [number, number] | undefined;
  for (const at of starts) {
    if (previous !== undefined && previous[0] === at[0] && previous[1] === at[1]) continue;
    previous = at;
    const keys = message.keysAt[at[0]] as ReadonlyArray<ReadonlySet<string>>;
    const rest = complete(pattern, 1, at[1], keys);
    if (rest !== null) hits.push({ sentence: at[0], hit: [at[1], ...rest] });
  }
  return hits;
}

function complete(pattern: CompiledPattern, slotIndex: number, previous: number, keys: ReadonlyArray<ReadonlySet<string>>): number[] | null {
  const slot = pattern.slots[slotIndex];
  if (slot === undefined) return [];
  const last = Math.min(keys.length - 1, previous + 1 + slot.maxGap);
  for (let position = previous + 1; position <= last; position += 1) {
    if (!slotMatches(slot.alts, keys[position] as ReadonlySet<string>)) continue;
    const rest = complete(pattern, slotIndex + 1, position, keys);
    if (rest !== null) return [position, ...rest];
  }
  return null;
}

function slotMatches(alts: readonly WordAlt[], keys: ReadonlySet<string>): boolean {
  for (const alt of alts) if (keys.has(alt.key)) return true;
  return false;
}
