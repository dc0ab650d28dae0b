// Fixed-window counters per key (conversation, address). In memory on purpose: a limit is a
// per-instance safety valve, not an accounting system.

export interface RateLimiter {
  /** Counts a hit; returns 0 when allowed, else the seconds until the window resets. */
  hit(key: string, nowMs: number): number;
}

export function createRateLimiter(limitPerWindow: number, windowMs = 60_000, maxKeys = 100_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(key, nowMs) {
      let w = windows.get(key);
      if (!w || nowMs - w.start >= windowMs) {
        if (windows.size >= maxKeys) {
          for (const [k, old] of windows) if (nowMs - old.start >= windowMs) windows.delete(k);
          if (windows.size >= maxKeys) windows.clear();
        }
        w = { start: nowMs, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return w.count <= limitPerWindow ? 0 : Math.max(1, Math.ceil((w.start + windowMs - nowMs) / 1000));
    },
  };
}
