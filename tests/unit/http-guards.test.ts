import { describe, expect, it } from 'vitest';
import { checkActivity, exceedsDepth } from '../../src/http/activityGuard';
import { createRateLimiter } from '../../src/http/rateLimit';
import { InFlight } from '../../src/http/inflight';

const base = () => ({
  type: 'message',
  channelId: 'test',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  serviceUrl: 'http://localhost:1',
  text: 'hi',
});

describe('checkActivity', () => {
  it('accepts a normal activity and parses timestamps', () => {
    const v = checkActivity({ ...base(), timestamp: '2026-01-01T10:00:00Z' });
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.activity.timestamp).toBeInstanceOf(Date);
  });

  it.each([
    ['null', null],
    ['an array', [base()]],
    ['a string', 'hello'],
    ['no type', { ...base(), type: undefined }],
    ['no conversation', { ...base(), conversation: undefined }],
    ['conversation without id', { ...base(), conversation: {} }],
    ['no channel', { ...base(), channelId: undefined }],
    ['message without sender', { ...base(), from: undefined }],
    ['text that is an object', { ...base(), text: { a: 1 } }],
    ['no serviceUrl on normal delivery', { ...base(), serviceUrl: undefined }],
  ])('refuses %s with 400', (_label, body) => {
    const v = checkActivity(body);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.status).toBe(400);
  });

  it('fills a placeholder serviceUrl for expectReplies and drops null text', () => {
    const v = checkActivity({ ...base(), serviceUrl: undefined, deliveryMode: 'expectReplies', text: null });
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.activity.serviceUrl).toMatch(/^http/);
      expect('text' in v.activity).toBe(false);
    }
  });

  it('measures depth without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(exceedsDepth(deep, 32)).toBe(true);
    expect(exceedsDepth({ a: { b: { c: 1 } } }, 32)).toBe(false);
    expect(checkActivity({ ...base(), value: deep }).ok).toBe(false);
  });
});

describe('rate limiter', () => {
  it('allows the limit per window, then tells when to retry', () => {
    const rl = createRateLimiter(3, 60_000);
    expect([rl.hit('a', 0), rl.hit('a', 1), rl.hit('a', 2)]).toEqual([0, 0, 0]);
    expect(rl.hit('a', 3)).toBe(60);
    expect(rl.hit('b', 3)).toBe(0);
    expect(rl.hit('a', 60_000)).toBe(0);
  });
});

describe('InFlight', () => {
  it('resolves drained when the last turn ends, or false after the timeout', async () => {
    const f = new InFlight();
    f.begin();
    const p = f.drained(1_000);
    f.end();
    expect(await p).toBe(true);
    f.begin();
    expect(await f.drained(20)).toBe(false);
  });
});
