import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import { runCallbackStoreContract, sampleDetails } from './callbackStoreContract';

runCallbackStoreContract('SqliteCallbackStore (file)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-cb-'));
  const file = path.join(dir, 'bot.db');
  const opened = [SqliteCallbackStore.open(file)];
  return {
    store: opened[0]!,
    // A second connection to the same file: what another process or a restarted one sees.
    reopen: async () => {
      const s = SqliteCallbackStore.open(file);
      opened.push(s);
      return s;
    },
    cleanup: async () => {
      for (const s of opened) await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

runCallbackStoreContract('SqliteCallbackStore (:memory:)', async () => {
  const store = SqliteCallbackStore.open(':memory:');
  return { store, cleanup: () => store.close() };
});

describe('SqliteCallbackStore specifics', () => {
  it('a committed request is readable by a fresh process-like connection immediately', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-cb-'));
    const file = path.join(dir, 'bot.db');
    const writer = SqliteCallbackStore.open(file);
    const created = await writer.create(sampleDetails(), new Date('2026-11-25T16:00:00Z'));
    // No close(): as if the process were killed right after create() resolved.
    const reader = SqliteCallbackStore.open(file);
    expect(await reader.get(created.id)).toEqual(created);
    expect(await reader.counts()).toEqual({ new: 1, notified: 0, done: 0 });
    await reader.close();
    await writer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('SqliteCallbackStore durability settings', () => {
  it('writes a request with synchronous=FULL and restores the connection setting after', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-cb-'));
    const store = SqliteCallbackStore.open(path.join(dir, 'bot.db'));
    const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL for everyday state
    const seen: number[] = [];
    const original = db.prepare.bind(db);
    (db as { prepare: typeof db.prepare }).prepare = ((sql: string) => {
      if (sql.includes('INSERT INTO callbacks')) seen.push(db.pragma('synchronous', { simple: true }) as number);
      return original(sql);
    }) as typeof db.prepare;
    await store.create(sampleDetails(), new Date());
    expect(seen).toEqual([2]); // FULL while inserting
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
