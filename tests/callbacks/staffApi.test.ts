import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { fixedClock } from '../../src/clock';
import { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import { bearerMatches, registerStaffRoutes } from '../../src/callbacks/staffApi';
import { sampleDetails } from './callbackStoreContract';

const TOKEN = 'staff-token-0123456789-abcdef';
const clock = fixedClock('2026-11-25T16:00:00Z');
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A bare restify server with only the staff routes; `withParsers` mirrors src/server.ts. */
async function start(token: string | undefined, withParsers: boolean) {
  const store = SqliteCallbackStore.open(':memory:');
  const server = restify.createServer({ handleUncaughtExceptions: false });
  if (withParsers) {
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ mapParams: false }));
  }
  registerStaffRoutes(server, { store, config: loadConfig({ STAFF_API_TOKEN: token }), clock });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  });
  return { store, base };
}

const auth = (t: string) => ({ authorization: `Bearer ${t}` });

describe.each([true, false])('staff API (server body/query parsers: %s)', (withParsers) => {
  it('answers 404 on every route when STAFF_API_TOKEN is unset, even with a token', async () => {
    const { base, store } = await start(undefined, withParsers);
    const r = await store.create(sampleDetails(), clock.now());
    for (const res of [
      await fetch(`${base}/api/callbacks`),
      await fetch(`${base}/api/callbacks`, { headers: auth(TOKEN) }),
      await fetch(`${base}/api/callbacks/${r.id}`, {
        method: 'PATCH',
        headers: { ...auth(TOKEN), 'content-type': 'application/json' },
        body: '{"status":"done"}',
      }),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('Jamie');
    }
    expect((await store.get(r.id))?.status).toBe('new');
  });

  it('401 without a token, with a wrong one, with a prefix of the right one, or another scheme', async () => {
    const { base, store } = await start(TOKEN, withParsers);
    await store.create(sampleDetails(), clock.now());
    const attempts: Array<Record<string, string>> = [
      {},
      auth('wrong-token-0123456789-abcdef'),
      auth(TOKEN.slice(0, -1)),
      auth(`${TOKEN}x`),
      { authorization: `Basic ${TOKEN}` },
      { authorization: 'Bearer' },
    ];
    for (const headers of attempts) {
      const res = await fetch(`${base}/api/callbacks`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain('Jamie');
    }
  });

  it('lists in queue order (open ones newest first, then done) with the right token, filters by status and limit', async () => {
    const { base, store } = await start(TOKEN, withParsers);
    const a = await store.create(sampleDetails({ name: 'A' }), new Date('2026-11-25T10:00:00Z'));
    const b = await store.create(sampleDetails({ name: 'B' }), new Date('2026-11-25T11:00:00Z'));
    const c = await store.create(sampleDetails({ name: 'C' }), new Date('2026-11-25T12:00:00Z'));
    await store.markDone(b.id, clock.now());
    const all = await fetch(`${base}/api/callbacks`, { headers: auth(TOKEN) });
    expect(all.status).toBe(200);
    expect(all.headers.get('cache-control')).toBe('no-store');
    const body = (await all.json()) as { count: number; callbacks: Array<{ id: string; name: string }> };
    expect(body.callbacks.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    expect(body.count).toBe(3);
    const fresh = (await (
      await fetch(`${base}/api/callbacks?status=new&limit=1`, { headers: auth(TOKEN) })
    ).json()) as typeof body;
    expect(fresh.callbacks.map((x) => x.id)).toEqual([c.id]);
    expect((await fetch(`${base}/api/callbacks?status=lost`, { headers: auth(TOKEN) })).status).toBe(400);
    expect((await fetch(`${base}/api/callbacks?limit=0`, { headers: auth(TOKEN) })).status).toBe(400);
    expect((await fetch(`${base}/api/callbacks?limit=abc`, { headers: auth(TOKEN) })).status).toBe(400);
  });

  it('PATCH changes the handling status with who and when; 409 for a change no longer possible; 404, 400, 401', async () => {
    const { base, store } = await start(TOKEN, withParsers);
    const r = await store.create(sampleDetails(), clock.now());
    const patch = (id: string, body: string, headers: Record<string, string> = auth(TOKEN)) =>
      fetch(`${base}/api/callbacks/${id}`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
      });
    expect((await patch(r.id, '{"status":"done"}', {})).status).toBe(401);
    expect((await patch(r.id, 'not json', {})).status).toBe(401); // the token is checked before the body
    expect((await patch(r.id, '{"status":"new"}')).status).toBe(400);
    expect((await patch(r.id, '{"status":"notified"}')).status).toBe(400);
    expect((await patch(r.id, '{"status":"called","by":"J0hn"}')).status).toBe(400);
    expect((await patch(r.id, 'not json')).status).toBe(400);
    expect((await patch('00000000-0000-4000-8000-000000000000', '{"status":"done"}')).status).toBe(404);
    expect((await patch('../etc', '{"status":"done"}')).status).toBe(404);
    expect((await store.get(r.id))?.status).toBe('new');
    const unreachable = await patch(r.id, '{"status":"unreachable","by":"j.d."}');
    expect(unreachable.status).toBe(200);
    expect(await unreachable.json()).toMatchObject({
      id: r.id,
      status: 'unreachable',
      reachAttempts: 1,
      history: [{ status: 'unreachable', by: 'JD', at: clock.now().toISOString() }],
    });
    const ok = await patch(r.id, '{"status":"done"}');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: r.id, status: 'done', updatedAt: clock.now().toISOString() });
    expect((await store.get(r.id))?.history.at(-1)).toMatchObject({ status: 'done', by: 'API' });
    const late = await patch(r.id, '{"status":"called","by":"AB"}');
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'Conflict', callback: { status: 'done' } });
  });

  it('GET searches by reference or phone, filters open ones, pages by cursor and counts', async () => {
    const { base, store } = await start(TOKEN, withParsers);
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(
        await store.create(
          sampleDetails({ name: `P${i}`, phone: `+1214555014${i}` }),
          new Date(Date.UTC(2026, 10, 25, 10, i)),
        ),
      );
    await store.handle(made[0]!.id, 'called', 'JD', clock.now());
    type Body = {
      count: number;
      callbacks: Array<{ id: string; name: string }>;
      nextCursor: string | null;
      counts: Record<string, number>;
    };
    const get = async (qs: string) =>
      (await (await fetch(`${base}/api/callbacks?${qs}`, { headers: auth(TOKEN) })).json()) as Body;
    const byRef = await get(`q=${made[2]!.id.slice(0, 8).toUpperCase()}`);
    expect(byRef.callbacks.map((c) => c.id)).toEqual([made[2]!.id]);
    expect((await get(`q=${encodeURIComponent('(214) 555-0143')}`)).callbacks.map((c) => c.name)).toEqual(['P3']);
    expect((await get('status=open')).callbacks.map((c) => c.name)).toEqual(['P4', 'P3', 'P2', 'P1']);
    const first = await get('limit=2');
    expect(first.callbacks.map((c) => c.name)).toEqual(['P4', 'P3']);
    expect(first.counts).toEqual({ new: 4, called: 1, unreachable: 0, done: 0 });
    const second = await get(`limit=2&cursor=${first.nextCursor}`);
    const third = await get(`limit=2&cursor=${second.nextCursor}`);
    expect([...second.callbacks, ...third.callbacks].map((c) => c.name)).toEqual(['P2', 'P1', 'P0']);
    expect(third.nextCursor).toBeNull();
    expect((await fetch(`${base}/api/callbacks?cursor=garbage`, { headers: auth(TOKEN) })).status).toBe(400);
    expect((await fetch(`${base}/api/callbacks?sort=sideways`, { headers: auth(TOKEN) })).status).toBe(400);
    // A cursor from one sort order is refused under the other, not silently misread.
    expect(
      (await fetch(`${base}/api/callbacks?sort=oldest&cursor=${first.nextCursor}`, { headers: auth(TOKEN) })).status,
    ).toBe(400);
  });
});

describe('bearerMatches', () => {
  it('accepts only the exact token after "Bearer"', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer  ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
    expect(bearerMatches('', TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN} extra`, TOKEN)).toBe(false);
    expect(bearerMatches(`Token ${TOKEN}`, TOKEN)).toBe(false);
  });
});

describe('staff API: a time the patient changed after sending', () => {
  it('GET lists the new time with timeChange (when, and the time before); nothing else changes shape', async () => {
    const { base, store } = await start(TOKEN, true);
    const r = await store.create(sampleDetails(), clock.now());
    await store.reschedule(
      r.id,
      { preferredTime: 'afternoon', preferredDate: '2026-12-01', preferredAt: '2026-12-01T23:00:00Z' },
      new Date('2026-11-25T17:00:00Z'),
    );
    const body = (await (await fetch(`${base}/api/callbacks?status=open`, { headers: auth(TOKEN) })).json()) as {
      callbacks: Array<Record<string, unknown>>;
    };
    expect(body.callbacks[0]).toMatchObject({
      id: r.id,
      status: 'new',
      preferredTime: 'afternoon',
      preferredAt: '2026-12-01T23:00:00.000Z',
      updatedAt: '2026-11-25T17:00:00.000Z',
      timeChange: {
        by: 'patient',
        at: '2026-11-25T17:00:00.000Z',
        from: { preferredTime: 'morning', preferredDate: '2026-11-30' },
        count: 1,
      },
    });
  });
});
