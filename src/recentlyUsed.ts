/**
 * A map that keeps its `limit` most recently used entries: the by-text memos of the triage and the
 * matcher (the same texts come back all the time; an unbounded map would grow with every new message).
 */
export interface RecentlyUsed<V> {
  /** The value, counted as used now; undefined when not held. */
  get(key: string): V | undefined;
  /** Holds the value as the most recently used, dropping the least recently used past the limit. */
  set(key: string, value: V): void;
}

export function recentlyUsed<V>(limit: number): RecentlyUsed<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const held = new Map<string, V>();
  return {
    get(key) {
      const value = held.get(key);
      if (value !== undefined) {
        held.delete(key);
        held.set(key, value);
      }
      return value;
    },
    set(key, value) {
      held.delete(key);
      held.set(key, value);
      if (held.size > limit) held.delete(held.keys().next().value as string);
    },
  };
}

/** `fn` with its results kept for the last `limit` keys (fn must be a pure function of the key; undefined is kept too). */
export function memoByKey<R>(limit: number, fn: (key: string) => R): (key: string) => R {
  const held = recentlyUsed<{ value: R }>(limit);
  return (key) => {
    const hit = held.get(key);
    if (hit !== undefined) return hit.value;
    const value = fn(key);
    held.set(key, { value });
    return value;
  };
}
