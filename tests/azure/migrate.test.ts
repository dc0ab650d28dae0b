// SQLite → Azure migration: everything arrives intact, re-runs copy nothing twice, and state an
// Azure-backed instance already changed is never overwritten by the old copy.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobServiceClient } from '@azure/storage-blob';
import { openDatabase, type SqliteDatabase } from '../../src/storage/sqliteDb';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import { createAzureStores } from '../../src/storage/azureStores';
import { migrateSqliteToAzure } from '../../tools/azureMigrate';
import { loadConfig } from '../../src/config';
import { fixedClock } from '../../src/clock';
import { projectRoot } from '../../src/paths';
import { sampleDetails } from '../callbacks/callbackStoreContract';
import { startAzurite, type RunningAzurite } from '../helpers/azurite';

let azurite: RunningAzurite | undefined;
let dir: string;
beforeAll(async () => {
  azurite = await startAzurite();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-migrate-'));
});
afterAll(async () => {
  await azurite?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const clock = fixedClock('2026-11-25T16:00:00Z');
const env = (container: string, table: string) => ({
  STORAGE: 'azure',
  AZURE_STORAGE_CONNECTION_STRING: azurite!.connectionString,
  AZURE_STORAGE_CONTAINER: container,
  AZURE_CALLBACKS_TABLE: table,
  DATA_DIR: dir,
});

/** A SQLite database as a single instance leaves it: state plus callbacks in every status. */
async function seed(file: string): Promise<{ db: SqliteDatabase; keys: string[] }> {
  const db = openDatabase(file);
  const state = new SqliteStorage(db);
  const keys = ['webchat/conversations/abc/', 'msteams/users/29:1xyz é/'];
  await state.write({
    [keys[0]!]: { DialogState: { dialogStack: [{ id: 'assessment', state: { step: 2 } }] } },
    [keys[1]!]: { name: 'José', pace: '5:30/km' },
  });
  const callbacks = new SqliteCallbackStore(db);
  const t = (ms: number) => new Date(Date.parse('2026-11-20T10:00:00Z') + ms);
  const a = await callbacks.create(sampleDetails({ name: 'Old done' }), t(0));
  await callbacks.create(sampleDetails({ name: 'Same ms 1' }), t(1000));
  await callbacks.create(sampleDetails({ name: 'Same ms 2', reason: undefined }), t(1000));
  const d = await callbacks.create(sampleDetails({ name: 'Notified' }), t(2000));
  await callbacks.markDone(a.id, t(5000));
  await callbacks.claimDue(t(3000), 10, 60_000, 'old-instance');
  await callbacks.markNotified(d.id, 'old-instance', t(3001));
  return { db, keys };
}

describe('migrateSqliteToAzure', () => {
  it('copies state and callbacks intact, in order, and is idempotent', async () => {
    const { db, keys } = await seed(path.join(dir, 'a', 'bot.db'));
    const config = loadConfig(env('migrated-state', 'migrated'));
    const stores = await createAzureStores(config, clock);
    const container = BlobServiceClient.fromConnectionString(azurite!.connectionString).getContainerClient(
      'migrated-state',
    );

    const first = await migrateSqliteToAzure(db, { container, callbackStore: stores.callbackStore });
    expect(first).toEqual({ state: { copied: 2, skipped: 0 }, callbacks: { copied: 4, skipped: 0 } });

    const sqliteState = await new SqliteStorage(db).read(keys);
    const azureState = await stores.storage.read(keys);
    for (const k of keys) {
      const { eTag: _a, ...expected } = sqliteState[k]!;
      const { eTag: _b, ...actual } = azureState[k]!;
      expect(actual).toEqual(expected);
    }
    const sqliteCallbacks = await new SqliteCallbackStore(db).list();
    // Leases are not carried over; everything else is, and newest-first order matches.
    expect(await stores.callbackStore.list()).toEqual(sqliteCallbacks);

    expect(await migrateSqliteToAzure(db, { container, callbackStore: stores.callbackStore })).toEqual({
      state: { copied: 0, skipped: 2 },
      callbacks: { copied: 0, skipped: 4 },
    });
    db.close();
  });

  it('never overwrites state an Azure instance already moved on', async () => {
    const { db, keys } = await seed(path.join(dir, 'b', 'bot.db'));
    const config = loadConfig(env('moved-on', 'movedon'));
    const stores = await createAzureStores(config, clock);
    await stores.storage.write({ [keys[0]!]: { DialogState: { dialogStack: [] }, newer: true } });
    const container = BlobServiceClient.fromConnectionString(azurite!.connectionString).getContainerClient('moved-on');
    const dry = await migrateSqliteToAzure(db, { container, callbackStore: stores.callbackStore }, { dryRun: true });
    expect(dry).toEqual({ state: { copied: 1, skipped: 1 }, callbacks: { copied: 4, skipped: 0 } });
    expect(await stores.callbackStore.list()).toEqual([]); // dry run wrote nothing
    const report = await migrateSqliteToAzure(db, { container, callbackStore: stores.callbackStore });
    expect(report.state).toEqual({ copied: 1, skipped: 1 });
    expect((await stores.storage.read([keys[0]!]))[keys[0]!]).toMatchObject({ newer: true });
    db.close();
  });

  it('runs as a script against a database file', async () => {
    const file = path.join(dir, 'c', 'bot.db');
    const { db } = await seed(file);
    db.close();
    const tsx = path.join(projectRoot(), 'node_modules', '.bin', 'tsx');
    const run = spawnSync(tsx, ['scripts/migrate-sqlite-to-azure.ts', '--from', file], {
      cwd: projectRoot(),
      env: { ...process.env, ...env('script-state', 'scriptcallbacks'), STORAGE: 'sqlite' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /copied 2 state documents \(0 already in Azure\), 4 callback requests \(0 already in Azure\)/,
    );
    expect(run.status).toBe(0);
  });
});
