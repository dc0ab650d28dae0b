// Issue 8: with MicrosoftAppId set, unauthenticated requests get 401 and never reach the bot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/server';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'not-a-real-secret',
  });
});
afterAll(async () => {
  await bot?.close();
});

const body = (conversationId: string) => ({
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: 'intruder' },
  recipient: { id: 'bot' },
  conversation: { id: conversationId },
  text: 'how long does knee pain take to heal',
});

describe('Bot Framework authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['a garbage bearer token', { authorization: 'Bearer not.a.jwt' }],
    [
      'a forged unsigned JWT',
      {
        authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"aud":"00000000-0000-0000-0000-000000000001"}').toString('base64url')}.`,
      },
    ],
  ])('%s → 401 and the bot never runs', async (_label, headers) => {
    const conversationId = `auth-${Math.random()}`;
    const res = await bot.post(body(conversationId), headers as Record<string, string>);
    expect(res.status).toBe(401);
    const stored = await bot.app.stores.storage.read([
      `msteams/conversations/${conversationId}`,
      'msteams/users/intruder',
    ]);
    expect(Object.keys(stored)).toHaveLength(0);
  });
});
