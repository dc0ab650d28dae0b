import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dl, getToken, json, startHarness, waitForActivities, type Harness } from './harness';
import { CLINIC_TEL } from '../helpers/clinic';

describe('built-in Direct Line over HTTP', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('issues a token bound to a new conversation, with the domain taken from Host', async () => {
    const t = await getToken(h.url);
    expect(t.domain).toBe(`${h.url}/v3/directline`);
    expect(t.expires_in).toBe(1800);
    expect(t.conversationId).toMatch(/^dl-[A-Za-z0-9_-]{22}$/);
    expect(t.userId).toMatch(/^dl_/);
    expect(t.token.split('.')).toHaveLength(3);
    const again = await getToken(h.url);
    expect(again.conversationId).not.toBe(t.conversationId);
  });

  it('starts the conversation, greets, echoes the user message, shows typing, then replies', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    const started = await client.start();
    expect(started.status).toBe(201);
    const info = await json(started);
    expect(info.conversationId).toBe(t.conversationId);
    expect(info.streamUrl).toMatch(
      new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${t.conversationId}/stream\\?t=`),
    );

    const greeted = await waitForActivities(client, t.conversationId, (as) => as.length >= 1);
    expect(greeted.activities[0]).toMatchObject({
      type: 'message',
      text: 'Welcome to the clinic chat.',
      from: { role: 'bot' },
    });
    expect(h.turns[0]).toMatchObject({ type: 'conversationUpdate', channelId: 'directline' });

    const posted = await client.post(t.conversationId, {
      type: 'message',
      text: 'hello',
      from: { id: 'someone-else', name: 'Jo' },
      channelData: { clientActivityID: 'abc' },
    });
    expect(posted.status).toBe(200);
    const { id } = await json(posted);
    expect(id).toBe(`${t.conversationId}|0000002`);

    const after = await waitForActivities(client, t.conversationId, (as) => as.some((a) => a.text === 'echo: hello'));
    const kinds = after.activities.map((a) => [a.type, a.from.role, a.text]);
    expect(kinds).toEqual([
      ['message', 'bot', 'Welcome to the clinic chat.'],
      ['message', 'user', 'hello'],
      ['typing', 'bot', undefined],
      ['message', 'bot', 'echo: hello'],
    ]);
    // The echo keeps the client's id (Web Chat matches on it) but speaks as the token's user.
    expect(after.activities[1]).toMatchObject({
      id,
      channelData: { clientActivityID: 'abc' },
      from: { id: t.userId, role: 'user' },
    });
    expect(h.turns.at(-1)).toMatchObject({ type: 'message', text: 'hello', fromId: t.userId });
    expect(after.activities[3].replyToId).toBe(id);

    const later = await json(await client.activities(t.conversationId, after.watermark));
    expect(later).toEqual({ activities: [], watermark: after.watermark });
  });

  it('delivers card submits (a message with value and no text) to the bot', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    await client.start();
    await client.post(t.conversationId, { type: 'message', value: { choice: 'front' } });
    const after = await waitForActivities(client, t.conversationId, (as) =>
      as.some((a) => a.text?.startsWith('submitted')),
    );
    expect(after.activities.at(-1).text).toBe('submitted {"choice":"front"}');
  });

  it('passes cards with tel: actions through to the browser', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    await client.start();
    await client.post(t.conversationId, { type: 'message', text: 'call' });
    const after = await waitForActivities(client, t.conversationId, (as) => as.some((a) => a.attachments?.length));
    const card = after.activities.find((a) => a.attachments?.length).attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card.content.buttons[0]).toMatchObject({ type: 'openUrl', value: CLINIC_TEL });
  });

  it('apologises instead of going silent when a turn fails', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    await client.start();
    await client.post(t.conversationId, { type: 'message', text: 'boom' });
    // CloudAdapter's default onTurnError (no handler installed here) sends its own message.
    const after = await waitForActivities(
      client,
      t.conversationId,
      (as) => as.filter((a) => a.from.role === 'bot' && a.type === 'message').length >= 2,
    );
    expect(after.activities.at(-1).from.role).toBe('bot');
  });

  it('a token only reads and writes its own conversation', async () => {
    const a = await getToken(h.url);
    const b = await getToken(h.url);
    await dl(a.domain, a.token).start();
    await dl(b.domain, b.token).start();
    const withA = dl(a.domain, a.token);
    expect((await withA.activities(b.conversationId)).status).toBe(403);
    expect((await withA.post(b.conversationId, { type: 'message', text: 'hi' })).status).toBe(403);
    expect((await withA.reconnect(b.conversationId)).status).toBe(403);
    const body = await json(await withA.activities(b.conversationId));
    expect(body.error.code).toBe('Forbidden');
  });

  it('refuses missing, forged and expired tokens', async () => {
    const t = await getToken(h.url);
    const none = await fetch(`${t.domain}/conversations/${t.conversationId}/activities`);
    expect(none.status).toBe(401);
    expect((await dl(t.domain, t.token.slice(0, -2) + 'xx').start()).status).toBe(403);
    await dl(t.domain, t.token).start();
    h.clock.set(new Date(h.clock.now().getTime() + 1801_000));
    const expired = await dl(t.domain, t.token).activities(t.conversationId);
    expect(expired.status).toBe(403);
    expect((await json(expired)).error.code).toBe('TokenExpired');
  });

  it('refreshes a token for the same conversation, extending its life', async () => {
    const t = await getToken(h.url);
    await dl(t.domain, t.token).start();
    h.clock.set(new Date(h.clock.now().getTime() + 1000_000));
    const refreshed = await json(await dl(t.domain, t.token).refresh());
    expect(refreshed).toMatchObject({ conversationId: t.conversationId, expires_in: 1800 });
    h.clock.set(new Date(h.clock.now().getTime() + 1000_000)); // old token now expired, new one not
    expect((await dl(t.domain, t.token).activities(t.conversationId)).status).toBe(403);
    expect((await dl(t.domain, refreshed.token).activities(t.conversationId)).status).toBe(200);
  });

  it('reconnect returns a fresh stream URL; unknown conversations are 404', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    expect((await client.reconnect(t.conversationId)).status).toBe(404);
    expect((await client.refresh()).status).toBe(404); // nothing to keep alive yet
    await client.start();
    const info = await json(await client.reconnect(t.conversationId, '3'));
    expect(info.streamUrl).toContain('watermark=3');
    expect(info.conversationId).toBe(t.conversationId);
  });

  it('a stream token cannot be used as a bearer token', async () => {
    const t = await getToken(h.url);
    const info = await json(await dl(t.domain, t.token).start());
    const streamToken = new URL(info.streamUrl).searchParams.get('t')!;
    expect((await dl(t.domain, streamToken).activities(t.conversationId)).status).toBe(403);
  });

  it('answers politely for uploads, bad activities and over-long text', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    await client.start();
    const upload = await fetch(`${t.domain}/conversations/${t.conversationId}/upload?userId=x`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.token}` },
    });
    expect(upload.status).toBe(415);
    expect((await json(upload)).error.message).toMatch(/not supported/);
    expect((await client.post(t.conversationId, { type: 'conversationUpdate' })).status).toBe(400);
    expect((await client.post(t.conversationId, ['x'])).status).toBe(400);
    const long = await client.post(t.conversationId, { type: 'message', text: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect((await json(long)).error.code).toBe('MessageTooLong');
  });

  it('never lets responses be cached', async () => {
    const res = await fetch(`${h.url}/api/directline/token`, { method: 'POST' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('built-in Direct Line limits', () => {
  it('rate-limits messages per conversation with Retry-After', async () => {
    const h = await startHarness({ RATE_LIMIT_PER_CONVERSATION: '2' });
    try {
      const t = await getToken(h.url);
      const client = dl(t.domain, t.token);
      await client.start();
      expect((await client.post(t.conversationId, { type: 'message', text: '1' })).status).toBe(200);
      expect((await client.post(t.conversationId, { type: 'message', text: '2' })).status).toBe(200);
      const third = await client.post(t.conversationId, { type: 'message', text: '3' });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });

  it('rate-limits token requests per address', async () => {
    const h = await startHarness({ RATE_LIMIT_PER_ADDRESS: '2' });
    try {
      await getToken(h.url);
      await getToken(h.url);
      const res = await fetch(`${h.url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(429);
    } finally {
      await h.close();
    }
  });

  it('expires idle conversations', async () => {
    const h = await startHarness({}, { limits: { idleMs: 60_000 } });
    try {
      const t = await getToken(h.url);
      const client = dl(t.domain, t.token);
      await client.start();
      expect((await client.activities(t.conversationId)).status).toBe(200);
      h.clock.set(new Date(h.clock.now().getTime() + 61_000));
      expect((await client.activities(t.conversationId)).status).toBe(404);
    } finally {
      await h.close();
    }
  });
});
