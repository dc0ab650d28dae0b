// Issue 20 item 6: behind a proxy the per-address limit counts each patient, not the proxy; the
// per-address and per-conversation budgets stay separate, so one client inventing conversation
// ids does not lock out a new conversation elsewhere, nor one from its own address while that
// address's budget lasts.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/server';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const body = (conversationId: string, text = 'hello') => ({
  type: 'message',
  channelId: 'test',
  from: { id: 'u' },
  conversation: { id: conversationId },
  deliveryMode: 'expectReplies',
  text,
});

describe('TRUST_PROXY', { timeout: 60_000 }, () => {
  it('with TRUST_PROXY=1 each X-Forwarded-For client has its own budget', async () => {
    bot = await startTestBot({ TRUST_PROXY: '1', RATE_LIMIT_PER_ADDRESS: '5', RATE_LIMIT_PER_CONVERSATION: '100' });
    const attacker = { 'x-forwarded-for': '203.0.113.7:50000' };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await bot.post(body(`spray-${i}`), attacker)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    // Another patient behind the same proxy (the socket address is the same 127.0.0.1).
    expect((await bot.post(body('innocent'), { 'x-forwarded-for': '198.51.100.9:40000' })).status).toBe(200);
    // A client cannot escape its budget by writing its own X-Forwarded-For entries to the left.
    expect((await bot.post(body('spray-x'), { 'x-forwarded-for': '9.9.9.9, 203.0.113.7:50001' })).status).toBe(429);
  });

  it('without TRUST_PROXY a forged X-Forwarded-For changes nothing', async () => {
    bot = await startTestBot({
      RATE_LIMIT_PER_ADDRESS: '3',
      RATE_LIMIT_PER_CONVERSATION: '100',
      RATE_LIMIT_LOOPBACK: 'true',
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await bot.post(body(`c-${i}`), { 'x-forwarded-for': `192.0.2.${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('a conversation over its own limit does not lock out a new conversation from the same address', async () => {
    bot = await startTestBot({
      RATE_LIMIT_PER_ADDRESS: '10',
      RATE_LIMIT_PER_CONVERSATION: '3',
      RATE_LIMIT_LOOPBACK: 'true',
    });
    const hammered: number[] = [];
    for (let i = 0; i < 5; i++) hammered.push((await bot.post(body('hammered'))).status);
    expect(hammered).toEqual([200, 200, 200, 429, 429]);
    // Same address, new conversation: within the address budget (5 of 10 spent), it is served.
    expect((await bot.post(body('new-one'))).status).toBe(200);
    // Refusals on the address do not spend the innocent conversation's own budget.
    for (let i = 0; i < 4; i++) await bot.post(body(`spray-${i}`));
    expect((await bot.post(body('new-one'))).status).toBe(429); // the address budget (10) is now spent
  });

  it('requests from this machine spend only their conversation budget unless RATE_LIMIT_LOOPBACK=true', async () => {
    bot = await startTestBot({ RATE_LIMIT_PER_ADDRESS: '3', RATE_LIMIT_PER_CONVERSATION: '2' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await bot.post(body(`local-${i}`))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    // A conversation's own budget still holds.
    const one: number[] = [];
    for (let i = 0; i < 3; i++) one.push((await bot.post(body('one'))).status);
    expect(one).toEqual([200, 200, 429]);
  });
});
