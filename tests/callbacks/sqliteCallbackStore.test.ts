import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
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
    expect(await reader.counts()).toEqual({ new: 1, called: 0, unreachable: 0, done: 0 });
    await reader.close();
    await writer.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('SqliteCallbackStore retention', () => {
  it('leaves no trace of a redacted name, number or reason in the database files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-cb-'));
    const file = path.join(dir, 'bot.db');
    const store = SqliteCallbackStore.open(file);
    const onDisk = () =>
      ['bot.db', 'bot.db-wal']
        .map((f) => path.join(dir, f))
        .filter((f) => fs.existsSync(f))
        .map((f) => fs.readFileSync(f).toString('latin1'))
        .join('');
    const secret = { name: 'Zebediah Quuxworth', phone: '+12145550188', reason: 'Xylophonic knee clicking' };
    await store.create(sampleDetails(secret), new Date('2026-01-01T00:00:00Z'));
    for (let i = 0; i < 20; i++) await store.create(sampleDetails(), new Date('2026-06-01T00:00:00Z'));
    (store as unknown as { db: import('better-sqlite3').Database }).db.pragma('wal_checkpoint(TRUNCATE)');
    expect(onDisk()).toContain('Zebediah Quuxworth');
    expect(await store.redactBefore(new Date('2026-02-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'))).toBe(1);
    const bytes = onDisk();
    for (const v of [secret.name, secret.phone, secret.reason]) expect(bytes).not.toContain(v);
    expect(bytes).toContain('Jamie Runner'); // the younger requests are untouched
    await store.close();
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

describe('SqliteCallbackStore migration of a database from before handling and delivery were split', () => {
  // The schema as the previous release created it (user_version 1), with one row per old status.
  const V1 = `CREATE TABLE bot_state (key TEXT PRIMARY KEY, etag TEXT NOT NULL, doc TEXT NOT NULL, updated_ms INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE callbacks (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('new', 'notified', 'done')),
      created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL,
      preferred_time TEXT NOT NULL, preferred_date TEXT NOT NULL, reason TEXT, channel_id TEXT,
      consent INTEGER NOT NULL CHECK (consent = 1), attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER,
      last_error TEXT, lease_owner TEXT, lease_until_ms INTEGER);
    CREATE INDEX callbacks_due ON callbacks (status, next_attempt_ms);
    CREATE INDEX callbacks_created ON callbacks (created_ms);
    PRAGMA user_version = 1;`;
  const ids = {
    fresh: '11111111-1111-4111-8111-111111111111',
    failing: '22222222-2222-4222-8222-222222222222',
    notified: '33333333-3333-4333-8333-333333333333',
    done: '44444444-4444-4444-8444-444444444444',
  };

  it('maps notified → new + delivered, keeps every row and its order, and the outbox carries on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-cb-v1-'));
    const file = path.join(dir, 'bot.db');
    const old = new Database(file);
    old.exec(V1);
    const insert = old.prepare(
      `INSERT INTO callbacks (id, status, created_ms, updated_ms, name, phone, preferred_time, preferred_date, reason, channel_id, consent, attempts, next_attempt_ms, last_error)
       VALUES (?, ?, ?, ?, 'Sam Lee', '+12145550143', 'morning', '2026-11-30', ?, 'webchat', 1, ?, ?, ?)`,
    );
    insert.run(ids.fresh, 'new', 1000, 1000, null, 0, 1000, null);
    insert.run(ids.failing, 'new', 2000, 2500, 'stairs', 2, 9000, 'HTTP 503');
    insert.run(ids.notified, 'notified', 3000, 3100, null, 1, null, null);
    insert.run(ids.done, 'done', 4000, 5000, null, 1, null, null);
    old.prepare(`INSERT INTO bot_state VALUES ('conv/1', 'e1', '{"a":1}', 1)`).run();
    old.close();

    const store = SqliteCallbackStore.open(file);
    try {
      expect(await store.get(ids.fresh)).toMatchObject({
        status: 'new',
        delivery: 'pending',
        attempts: 0,
        reachAttempts: 0,
        history: [],
      });
      expect(await store.get(ids.failing)).toMatchObject({
        status: 'new',
        delivery: 'failed',
        attempts: 2,
        lastError: 'HTTP 503',
        reason: 'stairs',
      });
      expect(await store.get(ids.notified)).toMatchObject({
        status: 'new',
        delivery: 'delivered',
        attempts: 1,
        name: 'Sam Lee',
      });
      expect(await store.get(ids.done)).toMatchObject({
        status: 'done',
        delivery: 'delivered',
        updatedAt: new Date(5000).toISOString(),
      });
      // "npm run callbacks -- --status new" now shows the delivered-but-not-called request too.
      expect((await store.list({ status: 'new' })).map((r) => r.id)).toEqual([ids.notified, ids.failing, ids.fresh]);
      expect(await store.counts()).toEqual({ new: 3, called: 0, unreachable: 0, done: 1 });
      // The outbox still owes the two undelivered ones (when due), never the delivered one.
      expect((await store.claimDue(new Date(10_000), 10, 30_000, 'o')).map((r) => r.id)).toEqual([
        ids.fresh,
        ids.failing,
      ]);
      // New rows continue after the old ones; the bot state table is untouched.
      const added = await store.create(sampleDetails(), new Date(6000));
      expect((await store.list()).map((r) => r.id)[0]).toBe(added.id);
      const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
      expect(db.prepare('SELECT doc FROM bot_state').get()).toEqual({ doc: '{"a":1}' });
      expect(db.pragma('user_version', { simple: true })).toBe(3);
      expect(() => db.prepare(`UPDATE callbacks SET status = 'notified'`).run()).toThrow(/CHECK/);
    } finally {
      await store.close();
    }
    // Opening again runs nothing twice.
    const again = SqliteCallbackStore.open(file);
    expect(await again.counts()).toEqual({ new: 4, called: 0, unreachable: 0, done: 1 });
    await again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
