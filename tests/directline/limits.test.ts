// What a web visitor can make the built-in Direct Line keep: oversize and junk are refused before
// anything is stored, what is kept is only what a chat needs, memory stays within its budget,
// conversations survive a restart through the state store and expire when idle, and turns run
// with the bot's identity when an app id is set.
import { MemoryStorage, type Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationStore } from '../../src/directline/store';
import { dl, getToken, json, startHarness, waitForActivities, type Harness } from './harness';

let open: Harness[] = [];
afterEach(async () => {
  for (const h of open) await h.close();
  open = [];
});
async function harness(...args: Parameters<typeof startHarness>): Promise<Harness> {
  const h = await startHarness(...args);
  open.push(h);
  return h;
}

async function started(h: Harness) {
  const t = await getToken(h.url);
  const client = dl(t.domain, t.token);
  expect((await client.start()).status).toBe(201);
  await waitForActivities(client, t.conversationId, (a) => a.some((x) => x.text === 'Welcome to the clinic chat.'));
  return { t, client };
}

describe('built-in Direct Line: what a visitor may post', () => {
  it('refuses oversize activities and fields (413), junk (400), and keeps only what a chat needs', async () => {
    const h = await harness();
    const { t, client } = await started(h);
    const big = 'x'.repeat(240 * 1024);
    const refused = [
      [{ type: 'event', name: 'x', value: big }, 413],
      [{ type: 'message', text: 'hi', channelData: { junk: big } }, 413],
      [{ type: 'message', text: 'hi', value: { blob: 'y'.repeat(5000) } }, 413],
      [{ type: 'message', text: 'hi', attachments: [{ contentType: 'text/plain', content: 'x' }] }, 400],
      [{ type: 'message', text: 'hi', entities: Array.from({ length: 6 }, () => ({ type: 'x' })) }, 400],
      [{ type: 'message', text: 'hi', entities: [{ type: 'x', data: 'z'.repeat(2000) }] }, 400],
      [{ type: 'message', text: 'hi', name: 'n'.repeat(500) }, 400],
      [{ type: 'message', text: 'hi', locale: ['en'] }, 400],
      [{ type: 'conversationUpdate' }, 400],
      ['just a string', 400],
    ] as const;
    for (const [body, status] of refused) {
      const res = await client.post(t.conversationId, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect((await json(res)).error.code).toBeTruthy();
    }
    // Web Chat's own message: text, its clientActivityID (to match our echo), a capabilities entity.
    const ok = await client.post(t.conversationId, {
      type: 'message',
      text: 'hello',
      locale: 'en-US',
      channelData: { clientActivityID: 'abc123', clientTimestamp: '2026-03-02T15:00:00Z', tracking: 'y'.repeat(1000) },
      entities: [{ type: 'ClientCapabilities', requiresBotState: true }],
      from: { id: 'someone-else', name: 'Pat' },
    });
    expect(ok.status).toBe(200);
    const { activities } = await waitForActivities(client, t.conversationId, (a) =>
      a.some((x) => x.text === 'echo: hello'),
    );
    const echo = activities.find((a) => a.text === 'hello');
    expect(echo.channelData).toEqual({ clientActivityID: 'abc123', clientTimestamp: '2026-03-02T15:00:00Z' });
    expect(echo.from.id).toBe(t.userId); // the token decides who speaks
    expect(JSON.stringify(activities)).not.toContain('yyyy');
    // Nothing refused reached the bot.
    expect(h.turns.filter((x) => x.type !== 'conversationUpdate').map((x) => x.text)).toEqual(['hello']);
  });
});

describe('conversation store: memory budget', () => {
  const msg = (text: string) => ({ type: 'message', text }) as Activity;

  it('keeps each conversation within its byte cap and all of them within the total, least recently active out first', () => {
    const store = new ConversationStore({
      maxConversationBytes: 20_000,
      maxTotalBytes: 45_000,
      maxActivitiesPerConversation: 1000,
    });
    const a = store.getOrCreate('a', 'u', 0).conversation;
    for (let i = 0; i < 10; i++) store.append(a, [msg(`${i}:${'x'.repeat(4000)}`)], i);
    // ~4 KB each: only the newest four or so fit in 20 KB, the newest is always there.
    expect(a.bytes).toBeLessThanOrEqual(20_000);
    expect(store.since(a, undefined).activities.at(-1)!.text!.startsWith('9:')).toBe(true);
    expect(store.since(a, undefined).activities.length).toBeLessThan(6);
    const b = store.getOrCreate('b', 'u', 20).conversation;
    const c = store.getOrCreate('c', 'u', 30).conversation;
    for (let i = 0; i < 4; i++) store.append(b, [msg('y'.repeat(4000))], 40 + i);
    for (let i = 0; i < 4; i++) store.append(c, [msg('z'.repeat(4000))], 50 + i);
    // Three conversations of ~16 KB do not fit in 45 KB: 'a', the least recently active, went.
    expect(store.get('a', 70)).toBeUndefined();
    expect(store.get('b', 70)).toBeDefined();
    expect(store.get('c', 70)).toBeDefined();
    expect(store.bytes).toBeLessThanOrEqual(45_000);
  });

  it('holds a flood of maximum-size posts within the budget', async () => {
    const h = await harness({}, { limits: { maxTotalBytes: 2 * 1024 * 1024 } });
    const conversations = await Promise.all(Array.from({ length: 6 }, () => started(h)));
    const payload = { type: 'event', name: 'flood', value: { data: 'v'.repeat(3900) } };
    for (let round = 0; round < 20; round++) {
      for (const { t, client } of conversations)
        expect((await client.post(t.conversationId, payload)).status).toBe(200);
    }
    const internals = h.handle.service as unknown as { o: { store: ConversationStore } };
    expect(internals.o.store.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(internals.o.store.bytes).toBeGreaterThan(0);
  });
});

describe('built-in Direct Line across a restart', () => {
  it('continues the conversation with the same token after a restart, and forgets it after the idle time', async () => {
    const storage = new MemoryStorage();
    const first = await harness({ DIRECT_LINE_IDLE_MINUTES: '30' }, { storage });
    const { t, client } = await started(first);
    expect((await client.post(t.conversationId, { type: 'message', text: 'before' })).status).toBe(200);
    await waitForActivities(client, t.conversationId, (a) => a.some((x) => x.text === 'echo: before'));
    await first.close();
    open = open.filter((x) => x !== first);

    // A new process: new memory, same store (the token key is kept there too).
    const second = await harness({ DIRECT_LINE_IDLE_MINUTES: '30' }, { storage });
    const again = dl(`${second.url}/v3/directline`, t.token);
    const refreshed = await again.refresh();
    expect(refreshed.status).toBe(200);
    const body = await waitForActivities(again, t.conversationId, (a) => a.some((x) => x.text === 'echo: before'));
    expect(body.activities.map((a) => a.text).filter(Boolean)).toEqual([
      'Welcome to the clinic chat.',
      'before',
      'echo: before',
    ]);
    expect((await again.post(t.conversationId, { type: 'message', text: 'after' })).status).toBe(200);
    const later = await waitForActivities(again, t.conversationId, (a) => a.some((x) => x.text === 'echo: after'));
    expect(Number(later.watermark)).toBeGreaterThan(Number(body.watermark)); // ids keep counting

    // 31 minutes without a word: gone, from memory and from the store.
    second.clock.set(new Date(second.clock.now().getTime() + 31 * 60_000));
    expect((await again.activities(t.conversationId)).status).toBe(403); // the token itself expired too
    // MemoryStorage leaves deleted keys behind as undefined: count only stored values.
    const stored = () =>
      Object.entries((storage as unknown as { memory: Record<string, unknown> }).memory)
        .filter(([, v]) => v !== undefined)
        .map(([k]) => k);
    const keys = stored();
    await second.handle.close();
    open = open.filter((x) => x !== second);
    const left = stored();
    expect(keys.some((k) => k.startsWith('directline/conversation/'))).toBe(true);
    expect(left.filter((k) => k.startsWith('directline/conversation/'))).toEqual([]);
  });
});

describe('built-in Direct Line with MicrosoftAppId set (as Teams needs)', () => {
  it('runs web chat turns with the bot identity instead of failing with "Invalid appId."', async () => {
    const h = await harness({
      MicrosoftAppId: '00000000-1111-2222-3333-444444444444',
      MicrosoftAppPassword: 'not-used-in-process',
    });
    const { t, client } = await started(h);
    expect((await client.post(t.conversationId, { type: 'message', text: 'knee' })).status).toBe(200);
    const { activities } = await waitForActivities(client, t.conversationId, (a) =>
      a.some((x) => x.text === 'echo: knee'),
    );
    expect(activities.map((a) => a.text)).not.toContain(
      'Sorry, something went wrong on our side. Please try again in a moment.',
    );
  });
});
