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
const open = (tableName: string) => AzureTableCallbackStore.open({ connectionString: azurite!.connectionString, tableName });

runCallbackStoreContract('AzureTableCallbackStore on Azurite', async () => {
  const tableName = freshTableName();
  const store = await open(tableName);
  return {
    store,
    // Another instance (process) on the same table.
    reopen: () => open(tableName),
    cleanup: async () => {
      await TableServiceClient.fromConnectionString(azurite!.connectionString, { allowInsecureConnection: true }).deleteTable(tableName);
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
    const created = await Promise.all(Array.from({ length: 10 }, (_, i) => writer.create(sampleDetails({ name: `P${i}` }), T0)));
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

describe('tableClientFor', () => {
  it('builds clients for emulator (http) and cloud (https) connection strings', () => {
    expect(tableClientFor('UseDevelopmentStorage=true', 'callbacks').url).toBe('http://127.0.0.1:10002/devstoreaccount1');
    expect(tableClientFor(azurite!.connectionString, 'callbacks').url).toContain(`http://127.0.0.1:${azurite!.tablePort}/`);
    const cloud = tableClientFor('DefaultEndpointsProtocol=https;AccountName=clinic;AccountKey=a2V5;EndpointSuffix=core.windows.net', 'callbacks');
    expect(cloud.url).toBe('https://clinic.table.core.windows.net');
  });
});
