// Issue 5's "done when", as a new user would: over HTTP (expectReplies) "call me back" → details →
// confirmation; the request is in GET /api/callbacks with the right token (401 without), still
// there after a restart, and reaches a local webhook receiver exactly once after two failures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackOutbox } from '../../src/callbacks/outbox';
import type { CallbackRequest } from '../../src/callbacks/types';
import { systemClock } from '../../src/clock';
import { silentLogger } from '../../src/logging';
import { startTestBot, textsOf, type TestBot } from '../helpers/server';
import { knowledgeMessages } from '../helpers/messages';

const TOKEN = 'e2e-staff-token-0123456789abcdef';

describe('callback request end to end', () => {
  let bot: TestBot;
  let receiver: http.Server;
  let receiverUrl: string;
  const received: Array<{ key: string; status: number }> = [];

  beforeAll(async () => {
    let failuresLeft = 2;
    receiver = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const key = String(req.headers['idempotency-key']);
        const status = failuresLeft-- > 0 ? 503 : 200;
        received.push({ key, status });
        // restify (loaded by the app) patches ServerResponse.writeHead so it no longer returns `res`.
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    bot = await startTestBot({ STORAGE: 'sqlite', STAFF_API_TOKEN: TOKEN, CALLBACK_WEBHOOK_URL: receiverUrl });
  });

  afterAll(async () => {
    await bot?.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('stores, lists with the token only, survives a restart, and is delivered exactly once', async () => {
    const convo = bot.conversation();
    const steps: Array<[string, string]> = [
      ['call me back', 'What name should we ask for'],
      ['Jordan Rivers', 'What number should we call?'],
      ['(214) 555-0143', 'When would suit you best?'],
      ['any time', 'what would you like to talk about'],
      ['skip', 'May the clinic call you'],
      ['yes', "Here's your request"],
      ['Send it', 'Your request is with the clinic'],
    ];
    for (const [say, expectText] of steps) {
      const replies = textsOf(await convo.say(say)).join('\n');
      expect(replies, `after "${say}"`).toContain(expectText);
    }

    const list = async (headers: Record<string, string> = {}) => fetch(`${bot.url}/api/callbacks`, { headers });
    expect((await list()).status).toBe(401);
    const res = await list({ authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    const [request] = ((await res.json()) as { callbacks: CallbackRequest[] }).callbacks;
    expect(request).toMatchObject({
      name: 'Jordan Rivers',
      phone: '+12145550143',
      preferredTime: 'any',
      status: 'new',
      channelId: 'test',
    });

    await bot.restart();
    const after = (await (await list({ authorization: `Bearer ${TOKEN}` })).json()) as { callbacks: CallbackRequest[] };
    expect(after.callbacks.map((c) => c.id)).toEqual([request!.id]);

    // The app's own outbox is off in this harness; one with short delays works on the same store.
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store: bot.app.stores.callbackStore,
      config: bot.config,
      logger: silentLogger,
      clock: systemClock,
      tuning: { baseDelayMs: 40, maxDelayMs: 200, timeoutMs: 2_000 },
    });
    const deadline = Date.now() + 10_000;
    let delivered = 0;
    while (delivered === 0 && Date.now() < deadline) {
      delivered += await outbox.runOnce();
      if (delivered === 0) await new Promise((r) => setTimeout(r, 50));
    }
    await outbox.stop();
    expect(received.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(new Set(received.map((r) => r.key))).toEqual(new Set([request!.id]));
    expect(await outbox.runOnce()).toBe(0);
    expect(received.filter((r) => r.status === 200)).toHaveLength(1);

    const done = await fetch(`${bot.url}/api/callbacks/${request!.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'done' }),
    });
    expect(done.status).toBe(200);
    expect(((await done.json()) as CallbackRequest).status).toBe('done');
  });
});
