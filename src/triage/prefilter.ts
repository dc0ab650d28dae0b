// Which patterns could match a message at all. A pattern matches only if every one of its slots has
// an alternative whose first word is in the message, so each slot's first-word keys are indexed once
// (key → the slots it satisfies) and a message marks the slots its keys satisfy: the cost is the
// number of (key, slot) pairs the message touches, not patterns × slots × alternatives.
import type { CompiledPattern } from './pattern';

/** Slots beyond this are not checked (a safe over-approximation; real patterns have a handful). */
const MAX_CHECKED_SLOTS = 30;

export interface PatternPrefilter {
  /** The patterns whose every slot can start somewhere in the message (`keys`: the message's word keys). */
  candidates(keys: Iterable<string>): Set<CompiledPattern>;
}

export function createPrefilter(patterns: readonly CompiledPattern[]): PatternPrefilter {
  const unique = [...new Set(patterns)];
  const postings = new Map<string, Array<{ id: number; bit: number }>>();
  const full = new Int32Array(unique.length);
  unique.forEach((pattern, id) => {
    pattern.slots.slice(0, MAX_CHECKED_SLOTS).forEach((slot, s) => {
      const bit = 1 << s;
      full[id] = (full[id] as number) | bit;
      for (const key of slot.byFirstKey.keys()) {
        let list = postings.get(key);
        if (list === undefined) postings.set(key, (list = []));
        list.push({ id, bit });
      }
    });
  });
  // Scratch reused across calls (classification is synchronous); only touched entries are reset.
  const seen = new Int32Array(unique.length);
  const touched: number[] = [];

  return {
    candidates(keys) {
      for (const key of keys) {
        for (const { id, bit } of postings.get(key) ?? []) {
          if (seen[id] === 0) touched.push(id);
          seen[id] = (seen[id] as number) | bit;
        }
      }
      const out = new Set<CompiledPattern>();
      for (const id of touched) {
        if (seen[id] === full[id]) out.add(unique[id] as CompiledPattern);
        seen[id] = 0;
      }
      touched.length = 0;
      return out;
    },
  };
}
