import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { dl, getToken, json, startHarness, type Harness, type JsonBody } from './harness';

/** Collects stream messages until the predicate holds. */
function collect(ws: WebSocket, done: (groups: JsonBody[]) => boolean, timeoutMs = 5000): Promise<JsonBody[]> {
  const groups: JsonBody[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out with ${JSON.stringify(groups)}`)), timeoutMs);
    ws.on('message', (data) => {
      const text = data.toString();
      if (text) groups.push(JSON.parse(text));
      if (done(groups)) {
        clearTimeout(timer);
        resolve(groups);
      }
    });
  });
}

const opened = (ws: WebSocket) =>
  new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`status ${res.statusCode}`)));
    ws.once('error', reject);
  });

describe('Direct Line WebSocket stream', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('sends the backlog, then each new activity with a watermark', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    const info = await json(await client.start());
    const ws = new WebSocket(info.streamUrl);
    const greeting = collect(ws, (g) =>
      g.flatMap((x) => x.activities).some((a: JsonBody) => a.text?.startsWith('Welcome')),
    );
    await opened(ws);
    await greeting;
    const rest = collect(ws, (g) => g.flatMap((x) => x.activities).some((a: JsonBody) => a.text === 'echo: hi'));
    ws.send(''); // directlinejs heartbeat must be harmless
    await client.post(t.conversationId, { type: 'message', text: 'hi' });
    const groups = await rest;
    const all = groups.flatMap((g) => g.activities).map((a: JsonBody) => [a.type, a.text]);
    expect(all).toContainEqual(['typing', undefined]);
    expect(all.indexOf(all.find((x) => x[0] === 'typing')!)).toBeLessThan(all.findIndex((x) => x[1] === 'echo: hi'));
    expect(groups.at(-1).watermark).toMatch(/^\d+$/);
    ws.close();
  });

  it('resumes after a watermark without repeating what was seen', async () => {
    const t = await getToken(h.url);
    const client = dl(t.domain, t.token);
    await client.start();
    await client.post(t.conversationId, { type: 'message', text: 'one' });
    await new Promise((r) => setTimeout(r, 200));
    const info = await json(await client.reconnect(t.conversationId, '2'));
    const ws = new WebSocket(info.streamUrl);
    const groups = await collect(ws, (g) => g.length >= 1);
    expect(groups[0].activities.map((a: JsonBody) => a.text)).toEqual([undefined, 'echo: one']); // typing, reply
    ws.close();
  });

  it('refuses a stream for another conversation, or without a valid stream token', async () => {
    const a = await getToken(h.url);
    const b = await getToken(h.url);
    const infoA = await json(await dl(a.domain, a.token).start());
    await dl(b.domain, b.token).start();
    const wrongConversation = infoA.streamUrl.replace(a.conversationId, b.conversationId);
    await expect(opened(new WebSocket(wrongConversation))).rejects.toThrow('status 403');
    const noToken = infoA.streamUrl.split('?')[0];
    await expect(opened(new WebSocket(noToken))).rejects.toThrow('status 401');
    const withBearer = `${noToken}?t=${a.token}`; // a conversation token is not a stream token
    await expect(opened(new WebSocket(withBearer))).rejects.toThrow('status 403');
    const elsewhere = infoA.streamUrl.replace('/v3/directline/', '/v3/other/');
    await expect(opened(new WebSocket(elsewhere))).rejects.toThrow('status 404');
  });

  it('closes open streams on shutdown', async () => {
    const t = await getToken(h.url);
    const info = await json(await dl(t.domain, t.token).start());
    const ws = new WebSocket(info.streamUrl);
    await opened(ws);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await h.handle.close();
    expect(await closed).toBe(1001);
  });
});
