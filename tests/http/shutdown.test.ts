// Issue 20 item 9: shutting down answers every request that was already sent — on idle keep-alive
// connections and on connections not yet accepted — with Connection: close, and resets none.
// Deterministic: the requests' bytes are handed to the kernel before close() is called.
import { describe, expect, it } from 'vitest';
import { startTestBot } from '../helpers/server';
import { messageRequest, RawConnection } from './rawClient';

describe('graceful shutdown', { timeout: 60_000 }, () => {
  it('answers requests sent just before close() on idle keep-alive and brand-new connections', async () => {
    const bot = await startTestBot();
    const port = Number(new URL(bot.url).port);
    try {
      // 20 keep-alive connections that have served one turn and sit idle.
      const warm = Array.from({ length: 20 }, () => new RawConnection(port));
      await Promise.all(warm.map((c) => c.connected));
      const first = await Promise.all(warm.map((c, i) => c.send(messageRequest(`warm-${i}`, 'hi')).response));
      expect(first.every((r) => r.status === 200)).toBe(true);
      // 20 more that are connected but have sent nothing yet.
      const fresh = Array.from({ length: 20 }, () => new RawConnection(port));
      await Promise.all(fresh.map((c) => c.connected));

      const sent = [...warm, ...fresh].map((c, i) =>
        c.send(messageRequest(i < 20 ? `warm-${i}` : `fresh-${i}`, 'how long does knee pain take to heal')),
      );
      await Promise.all(sent.map((s) => s.written));
      const closing = bot.app.close(5_000);
      const outcomes = await Promise.allSettled(sent.map((s) => s.response));
      await closing;

      const failed = outcomes
        .filter((o) => o.status === 'rejected')
        .map((o) => String((o as PromiseRejectedResult).reason));
      expect(failed).toEqual([]);
      const responses = outcomes.map(
        (o) => (o as PromiseFulfilledResult<{ status: number; headers: Record<string, string>; body: string }>).value,
      );
      expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200));
      expect(responses.every((r) => r.headers.connection === 'close')).toBe(true);
      expect(responses.every((r) => /heal/i.test(r.body))).toBe(true);
    } finally {
      await bot.close();
    }
  });

  it('stops accepting new connections once it has drained', async () => {
    const bot = await startTestBot();
    const port = Number(new URL(bot.url).port);
    await bot.app.close(2_000);
    const late = new RawConnection(port);
    await expect(late.connected).rejects.toThrow(/ECONNREFUSED/);
    await bot.close();
  });
});
