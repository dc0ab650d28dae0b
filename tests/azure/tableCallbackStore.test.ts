// Callback requests in Azure Table storage (Azurite): the same contract as the SQLite store, plus
// the cross-instance guarantees that matter when several bot instances share one table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableServiceClient } from '@azure/data-tables';
import { runCallbackStoreContract, sampleDetails } from '../callbacks/callbackStoreContract';
import { startAzurite, type RunningAzurite } from '../helpers/azurite';
import { AzureTableCallbackStore, tableClientFor } from '../../src/callbacks/azureTableCallbackStore';

let azurite: RunningAzurite | undefined;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

let tableSeq = 0;
/** A table of its own per test: the contract expects an empty store every time. */
const freshTableName = () => `cb${process.pid}x${++tableSeq}`;
const open = (tableName: string) =>
  AzureTableCallbackStore.open({ connectionString: azurite!.connectionString, tableName });

runCallbackStoreContract('AzureTableCallbackStore on Azurite', async () => {
  const tableName = freshTableName();
  const store = await open(tableName);
  return {
    store,
    // Another instance (process) on the same table.
    reopen: () => open(tableName),
    cleanup: async () => {
      await TableServiceClient.fromConnectionString(azurite!.connectionString, {
        allowInsecureConnection: true,
      }).deleteTable(tableName);
    },
  };
});

describe('AzureTableCallbackStore specifics', () => {
  const T0 = new Date('2026-11-25T16:00:00Z');

  it('creates its table when missing, and opening twice is fine', async () => {
    const tableName = freshTableName();
    const first = await open(tableName);
    const second = await open(tableName);
    const r = await first.create(sampleDetails(), T0);
    expect(await second.get(r.id)).toEqual(r);
  });

  it('create() resolves only after the row is readable by another instance', async () => {
    const tableName = freshTableName();
    const [writer, reader] = await Promise.all([open(tableName), open(tableName)]);
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) => writer.create(sampleDetails({ name: `P${i}` }), T0)),
    );
    for (const c of created) expect(await reader.get(c.id)).toEqual(c);
  });

  it('lists newest first even within one millisecond (insertion order breaks the tie)', async () => {
    const store = await open(freshTableName());
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await store.create(sampleDetails({ name: `S${i}` }), T0)).id);
    expect((await store.list()).map((r) => r.id)).toEqual([...ids].reverse());
  });

  it('two instances racing claimDue on one table split the work without overlap', async () => {
    const tableName = freshTableName();
    const a = await open(tableName);
    const b = await open(tableName);
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await a.create(sampleDetails(), new Date(T0.getTime() + i))).id);
    const now = new Date(T0.getTime() + 1000);
    const rounds = await Promise.all([
      a.claimDue(now, 20, 60_000, 'instance-a'),
      b.claimDue(now, 20, 60_000, 'instance-b'),
      a.claimDue(now, 20, 60_000, 'instance-a2'),
      b.claimDue(now, 20, 60_000, 'instance-b2'),
    ]);
    const claimed = rounds.flat().map((r) => r.id);
    expect(claimed.length).toBe(20);
    expect(new Set(claimed)).toEqual(ids);
  });

  it('markDone survives a concurrent write by another instance (retries on a stale eTag)', async () => {
    const tableName = freshTableName();
    const a = await open(tableName);
    const b = await open(tableName);
    const r = await a.create(sampleDetails(), T0);
    const later = new Date(T0.getTime() + 10);
    // b claims while a marks done; whichever order the service applies, done wins and sticks.
    await Promise.all([b.claimDue(later, 1, 30_000, 'b'), a.markDone(r.id, later)]);
    expect((await b.get(r.id))?.status).toBe('done');
    expect(await b.claimDue(new Date(T0.getTime() + 60_000), 5, 30_000, 'b')).toEqual([]);
  });
});

describe('AzureTableCallbackStore reads rows written before handling and delivery were split', () => {
  const T0 = new Date('2026-11-25T16:00:00Z');
  const oldRow = (id: string, status: string, over: Record<string, unknown> = {}) => ({
    partitionKey: 'callback',
    rowKey: id,
    name: 'Sam Lee',
    phone: '+12145550143',
    preferredTime: 'morning',
    preferredDate: '2026-11-30',
    consent: true,
    createdAt: T0.toISOString(),
    updatedAt: T0.toISOString(),
    status,
    attempts: 0,
    dueAt: '',
    seq: `${String(T0.getTime()).padStart(15, '0')}-${id.slice(0, 9)}`,
    ...over,
  });

  it('reschedule racing a staff change on another instance: eTag-guarded, so the outcome is one or the other, never a mix', async () => {
    const tableName = freshTableName();
    const a = await open(tableName);
    const b = await open(tableName);
    const later = { preferredTime: 'afternoon' as const, preferredDate: '2026-12-01' };
    for (let i = 0; i < 5; i++) {
      const r = await a.create(sampleDetails(), T0);
      const at = new Date(T0.getTime() + 1000);
      const [moved, called] = await Promise.all([a.reschedule(r.id, later, at), b.handle(r.id, 'called', 'JD', at)]);
      expect(called.ok).toBe(true);
      const final = (await b.get(r.id))!;
      expect(final.status).toBe('called');
      // Either the time moved first (kept, with its record) or the call came first (refused, untouched).
      if (moved.ok) expect(final).toMatchObject({ preferredTime: 'afternoon', timeChange: { count: 1 } });
      else expect(final).toMatchObject({ preferredTime: 'morning' });
      if (!moved.ok) expect(final.timeChange).toBeUndefined();
    }
  });

  it('maps notified → new + delivered, infers delivery, and rewrites a row in the new form when it changes', async () => {
    const tableName = freshTableName();
    const store = await open(tableName);
    const client = tableClientFor(azurite!.connectionString, tableName);
    const ids = {
      notified: '33333333-3333-4333-8333-333333333333',
      failing: '22222222-2222-4222-8222-222222222222',
      fresh: '11111111-1111-4111-8111-111111111111',
      done: '44444444-4444-4444-8444-444444444444',
    };
    await client.createEntity(oldRow(ids.notified, 'notified', { attempts: 1 }));
    await client.createEntity(
      oldRow(ids.failing, 'new', {
        attempts: 2,
        lastError: 'HTTP 503',
        nextAttemptAt: T0.toISOString(),
        dueAt: T0.toISOString(),
      }),
    );
    await client.createEntity(oldRow(ids.fresh, 'new', { nextAttemptAt: T0.toISOString(), dueAt: T0.toISOString() }));
    await client.createEntity(oldRow(ids.done, 'done', { attempts: 1 }));

    expect(await store.get(ids.notified)).toMatchObject({
      status: 'new',
      delivery: 'delivered',
      reachAttempts: 0,
      history: [],
    });
    expect(await store.get(ids.failing)).toMatchObject({ status: 'new', delivery: 'failed', lastError: 'HTTP 503' });
    expect(await store.get(ids.fresh)).toMatchObject({ status: 'new', delivery: 'pending' });
    expect(await store.get(ids.done)).toMatchObject({ status: 'done', delivery: 'delivered' });
    expect(await store.counts()).toEqual({ new: 3, called: 0, unreachable: 0, done: 1 });
    expect((await store.list({ status: 'new' })).map((r) => r.id).sort()).toEqual(
      [ids.notified, ids.failing, ids.fresh].sort(),
    );
    expect((await store.claimDue(new Date(T0.getTime() + 1), 10, 30_000, 'o')).map((r) => r.id).sort()).toEqual(
      [ids.failing, ids.fresh].sort(),
    );

    const handled = await store.handle(ids.notified, 'called', 'JD', new Date(T0.getTime() + 5));
    expect(handled).toMatchObject({ ok: true, request: { status: 'called', delivery: 'delivered' } });
    const raw = await client.getEntity<Record<string, unknown>>('callback', ids.notified);
    expect(raw).toMatchObject({ status: 'called', delivery: 'delivered', reachAttempts: 0 });
  });

  it('a resend after a crash between the key marker and the request stores the request under the marked id', async () => {
    const tableName = freshTableName();
    const store = await open(tableName);
    const client = tableClientFor(azurite!.connectionString, tableName);
    const id = '55555555-5555-4555-8555-555555555555';
    // The first attempt died right after claiming its key.
    await client.createEntity({ partitionKey: 'callback-key', rowKey: 'draft-crash', requestId: id });
    const r = await store.create(sampleDetails({ idempotencyKey: 'draft-crash' }), T0);
    expect(r.id).toBe(id);
    expect(await store.create(sampleDetails({ idempotencyKey: 'draft-crash' }), T0)).toEqual(r);
    expect((await store.list()).map((x) => x.id)).toEqual([id]);
  });
});

describe('tableClientFor', () => {
  it('builds clients for emulator (http) and cloud (https) connection strings', () => {
    expect(tableClientFor('UseDevelopmentStorage=true', 'callbacks').url).toBe(
      'http://127.0.0.1:10002/devstoreaccount1',
    );
    expect(tableClientFor(azurite!.connectionString, 'callbacks').url).toContain(
      `http://127.0.0.1:${azurite!.tablePort}/`,
    );
    const cloud = tableClientFor(
      'DefaultEndpointsProtocol=https;AccountName=clinic;AccountKey=a2V5;EndpointSuffix=core.windows.net',
      'callbacks',
    );
    expect(cloud.url).toBe('https://clinic.table.core.windows.net');
  });
});
