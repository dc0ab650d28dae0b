// Issue 8: hostile input never hurts. Each row is answered with a 4xx or a sensible reply —
// never a 5xx, never a crash, never echoed back as markup.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/server';
import { gzipBomb } from './bombs';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

const activity = (over: Record<string, unknown> = {}) => ({
  type: 'message',
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:9/unused',
  from: { id: 'hostile-user' },
  recipient: { id: 'bot' },
  conversation: { id: `hostile-${Math.random()}` },
  deliveryMode: 'expectReplies',
  text: 'hello',
  ...over,
});

// Built as text: JSON.stringify itself would recurse 5,000 levels.
const deepJson = JSON.stringify(activity()).replace(/}$/, `,"value":${'{"a":'.repeat(5_000)}"x"${'}'.repeat(5_000)}}`);

const rows: Array<[string, unknown, 'client-error' | 'ok']> = [
  ['malformed JSON', '{"type": "message", ', 'client-error'],
  ['an empty body', '', 'client-error'],
  ['null', 'null', 'client-error'],
  ['an array', '[1,2,3]', 'client-error'],
  ['a number', '42', 'client-error'],
  ['missing conversation', activity({ conversation: undefined }), 'client-error'],
  ['missing sender', activity({ from: undefined }), 'client-error'],
  ['missing type', activity({ type: undefined }), 'client-error'],
  ['null text', activity({ text: null }), 'ok'],
  ['text as a number', activity({ text: 12 }), 'client-error'],
  ['1 MB of text', activity({ text: 'knee '.repeat(210_000) }), 'client-error'],
  ['5,000-deep nesting', deepJson, 'client-error'],
  ['an unknown activity type', activity({ type: 'weirdThing' }), 'ok'],
  ['typing', activity({ type: 'typing', text: undefined }), 'ok'],
  ['event', activity({ type: 'event', name: 'something', value: { x: 1 } }), 'ok'],
  ['invoke', activity({ type: 'invoke', name: 'adaptiveCard/action', value: { junk: true } }), 'ok'],
  ['messageReaction', activity({ type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }), 'ok'],
  ['junk card submission', activity({ text: undefined, value: { choice: { nested: [1, 2] }, __proto__x: 1 } }), 'ok'],
  ['a string card submission', activity({ text: undefined, value: 'just a string' }), 'ok'],
  [
    '__proto__ keys',
    '{"type":"message","channelId":"test","serviceUrl":"http://127.0.0.1:9/x","from":{"id":"p"},"conversation":{"id":"proto-1"},"deliveryMode":"expectReplies","text":"hi","__proto__":{"polluted":true},"value":{"__proto__":{"polluted":true}}}',
    'ok',
  ],
  [
    'HTML and script in text',
    activity({ text: '<script>alert(1)</script><img src=x onerror=alert(2)> knee pain' }),
    'ok',
  ],
  [
    'control and bidi characters',
    activity({ text: 'my knee\u0000\u0007 hurts \u202Eecaf\u202C \u200B\u2066outside\u2069' }),
    'ok',
  ],
  ['an emoji-only message', activity({ text: '🦵😢🏃' }), 'ok'],
  ['whitespace only', activity({ text: '   \n\t ' }), 'ok'],
  [
    'a conversationUpdate',
    activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'hostile-user' }] }),
    'ok',
  ],
  ['a huge id', activity({ from: { id: 'u'.repeat(10_000) } }), 'client-error'],
];

describe('hostile input', () => {
  it.each(rows)('%s', async (_label, body, expected) => {
    const res = await bot.post(body);
    expect(res.status).toBeLessThan(500);
    if (expected === 'client-error') {
      expect(res.status).toBeGreaterThanOrEqual(400);
    } else {
      expect(res.status).toBeLessThan(300);
      const replies =
        (res.body as { activities?: Array<{ text?: string; attachments?: unknown[] }> })?.activities ?? [];
      for (const reply of replies) {
        const rendered = JSON.stringify(reply);
        expect(rendered).not.toContain('<script>');
        expect(rendered).not.toContain('onerror=');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers an invoke (normal delivery, as Teams sends it) with 400, not 501', async () => {
    const res = await bot.post(
      activity({ type: 'invoke', name: 'adaptiveCard/action', deliveryMode: undefined, value: { junk: true } }),
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain('adaptiveCard');
  });

  it('answers 413 above 256 KB', async () => {
    const res = await bot.post(activity({ text: 'x'.repeat(300 * 1024) }));
    expect(res.status).toBe(413);
  });

  it('cuts a long message for matching and says so', async () => {
    const conv = bot.conversation();
    await conv.say('hi');
    const long = 'how long does knee pain take to heal? ' + 'I run a lot and love it. '.repeat(200);
    expect(long.length).toBeGreaterThan(2000);
    const replies = await conv.say(long);
    const texts = replies.map((r) => r.text ?? '').join('\n');
    expect(texts).toMatch(/first 2,000 characters/);
  });

  it('is still healthy and the conversation still usable afterwards', async () => {
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const conv = bot.conversation();
    const replies = await conv.say('how long does it take to heal');
    expect(replies.length).toBeGreaterThan(0);
  });
});

// Issue 20: what arrives on the wire before any JSON is parsed. Each is refused (or served) without
// a 5xx, and the bot is healthy afterwards.
const wireRows: Array<[string, () => Promise<Buffer | string>, Record<string, string>, number]> = [
  ['a 248 KB gzip bomb (250 MB inflated)', () => gzipBomb(250 * 1024 * 1024), { 'content-encoding': 'gzip' }, 413],
  ['a 60 MB message, gzip-compressed', () => gzipBomb(60 * 1024 * 1024), { 'content-encoding': 'gzip' }, 413],
  [
    'a deflate bomb',
    async () => zlib.deflateSync(Buffer.alloc(20 * 1024 * 1024, 0x20)),
    { 'content-encoding': 'deflate' },
    413,
  ],
  [
    'a brotli body (an encoding no channel sends)',
    async () => zlib.brotliCompressSync(JSON.stringify(activity())),
    { 'content-encoding': 'br' },
    415,
  ],
  [
    'stacked encodings',
    async () => zlib.gzipSync(zlib.gzipSync(JSON.stringify(activity()))),
    { 'content-encoding': 'gzip, gzip' },
    415,
  ],
  ['a broken gzip stream', async () => 'not gzip at all', { 'content-encoding': 'gzip' }, 400],
  [
    'a forged X-Forwarded-For (TRUST_PROXY off)',
    async () => JSON.stringify(activity()),
    { 'x-forwarded-for': '<script>, 1.2.3.4' },
    200,
  ],
];

describe('hostile input on the wire', { timeout: 60_000 }, () => {
  it.each(wireRows)('%s', async (_label, make, headers, expected) => {
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: await make(),
    });
    await res.text();
    expect(res.status).toBe(expected);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the per-conversation limit', async () => {
    const limited = await startTestBot({ RATE_LIMIT_PER_CONVERSATION: '3' });
    try {
      const conv = limited.conversation();
      const body = (i: number) => ({
        type: 'message',
        channelId: 'test',
        serviceUrl: 'http://127.0.0.1:9/x',
        from: { id: conv.userId },
        conversation: { id: conv.id },
        deliveryMode: 'expectReplies',
        text: `hello ${i}`,
      });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.post(body(i))).status);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      expect(statuses[3]).toBe(429);
      const other = await limited.conversation().say('hi');
      expect(other.length).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('a red flag late in a long story', () => {
  it('is still caught although the text is cut for matching', async () => {
    const conv = bot.conversation();
    await conv.say('hi');
    const story =
      'I have been training for a marathon and everything was going fine. '.repeat(35) +
      "Then yesterday my calf got really swollen and now I'm short of breath.";
    expect(story.length).toBeGreaterThan(2000);
    const replies = await conv.say(story);
    expect(replies.map((r) => `${r.text ?? ''} ${JSON.stringify(r.attachments ?? [])}`).join('\n')).toMatch(/911/);
  });
});
