// The real app must shut down promptly even while a browser holds a Direct Line WebSocket open.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestBot } from '../helpers/server';
import { json } from './harness';

describe('shutdown with open chat streams', () => {
  it('closes the streams and finishes within seconds', async () => {
    const bot = await startTestBot();
    const t = await json(await fetch(`${bot.url}/api/directline/token`, { method: 'POST' }));
    const info = await json(
      await fetch(`${t.domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${t.token}` } }),
    );
    const ws = new WebSocket(info.streamUrl);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    const started = Date.now();
    await bot.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await closed).toBe(1001);
  });
});
