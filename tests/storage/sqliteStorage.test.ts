import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { openDatabase, WAL_AUTOCHECKPOINT_PAGES } from '../../src/storage/sqliteDb';
import { runStorageContract } from './storageContract';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'knee-storage-'));
}

runStorageContract('MemoryStorage (reference)', async () => ({
  storage: new MemoryStorage(),
  cleanup: async () => {},
}));

runStorageContract('SqliteStorage', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'nested', 'bot.db');
  const opened: SqliteStorage[] = [SqliteStorage.open(file)];
  return {
    storage: opened[0]!,
    reopen: async () => {
      // A restart: the old connection goes away, a new one opens the same file.
      opened[opened.length - 1]!.close();
      const next = SqliteStorage.open(file);
      opened.push(next);
      return next;
    },
    cleanup: async () => {
      for (const s of opened) s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteStorage specifics', () => {
  it('creates the data folder and uses WAL', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a', 'b', 'bot.db');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Checkpoints copy the log back seldom enough that a hot page is copied once, not every few turns.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies a batch all or nothing: one stale item rejects the whole write', async () => {
    const dir = tempDir();
    const s = SqliteStorage.open(path.join(dir, 'bot.db'));
    await s.write({ a: { v: 1 }, b: { v: 1 } });
    const { a, b } = await s.read(['a', 'b']);
    await s.write({ b: { ...b, v: 2 } });
    await expect(s.write({ a: { ...a, v: 9 }, b: { ...b, v: 9 } })).rejects.toThrow(/eTag conflict/);
    const after = await s.read(['a', 'b']);
    expect([after.a!.v, after.b!.v]).toEqual([1, 2]);
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sees writes made by a second connection to the same file (two processes)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bot.db');
    const one = SqliteStorage.open(file);
    const two = SqliteStorage.open(file);
    await one.write({ k: { v: 1 } });
    const seen = (await two.read(['k'])).k!;
    await one.write({ k: { ...seen, v: 2 } });
    await expect(two.write({ k: { ...seen, v: 3 } })).rejects.toThrow();
    expect((await two.read(['k'])).k!.v).toBe(2);
    one.close();
    two.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** The bot's storage (fake clock for the coherence check) and a second connection to the same file. */
function pair(options: { cacheEntries?: number; coherenceMs?: number } = {}) {
  const dir = tempDir();
  const file = path.join(dir, 'bot.db');
  let now = 0;
  const clock = { advance: (ms: number) => (now += ms) };
  const bot = SqliteStorage.open(file, { ...options, now: () => now });
  const other = SqliteStorage.open(file, { cacheEntries: 0 });
  return {
    bot,
    other,
    clock,
    done: () => {
      bot.close();
      other.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('SqliteStorage read cache', () => {
  it('hands out a fresh object on every read (BotState changes what it reads)', async () => {
    const { bot, done } = pair();
    await bot.write({ k: { list: [1] } });
    const first = (await bot.read(['k'])).k!;
    (first.list as number[]).push(2);
    first.extra = true;
    expect((await bot.read(['k'])).k).toEqual({ list: [1], eTag: first.eTag });
    done();
  });

  it('serves its own writes and deletes at once, with the new eTag', async () => {
    const { bot, other, done } = pair({ coherenceMs: 60_000 });
    await bot.write({ k: { v: 1 } });
    const read1 = (await bot.read(['k'])).k!;
    await bot.write({ k: { ...read1, v: 2 } });
    const read2 = (await bot.read(['k'])).k!;
    expect(read2.v).toBe(2);
    expect(read2.eTag).toBe((await other.read(['k'])).k!.eTag);
    await bot.delete(['k']);
    expect(await bot.read(['k'])).toEqual({});
    done();
  });

  it("notices another connection's commit within the coherence interval", async () => {
    const { bot, other, clock, done } = pair({ coherenceMs: 1_000 });
    await bot.write({ k: { v: 1 } });
    await bot.read(['k']);
    await other.write({ k: { v: 2 } });
    clock.advance(1_000);
    expect((await bot.read(['k'])).k!.v).toBe(2);
    done();
  });

  it('drops a key whose write lost an eTag race, so the next read is current', async () => {
    const { bot, other, done } = pair({ coherenceMs: 60_000 });
    await bot.write({ k: { v: 1 } });
    const seen = (await bot.read(['k'])).k!;
    await other.write({ k: { v: 2 } });
    await expect(bot.write({ k: { ...seen, v: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await bot.read(['k'])).k!.v).toBe(2);
    done();
  });

  it('keeps at most cacheEntries documents, least recently used dropped first', async () => {
    const { bot, other, done } = pair({ cacheEntries: 2, coherenceMs: 60_000 });
    await bot.write({ a: { v: 1 }, b: { v: 1 }, c: { v: 1 } }); // c, b remain; a dropped
    await bot.read(['b']); // b is now the most recent, c the oldest
    await other.write({ a: { v: 2 }, b: { v: 2 }, c: { v: 2 } });
    // Without a coherence check, what is still cached reads stale and what was dropped reads fresh.
    const { a, b } = await bot.read(['a', 'b']); // a comes from the database and pushes c out
    expect([a!.v, b!.v]).toEqual([2, 1]);
    expect((await bot.read(['c'])).c!.v).toBe(2);
    done();
  });
});

describe('SqliteStorage group commit', () => {
  it('commits writes issued together in one go, each still all or nothing with its own conflict', async () => {
    const { bot, other, done } = pair();
    await bot.write({ a: { v: 1 }, b: { v: 1 } });
    const { a, b } = await bot.read(['a', 'b']);
    await bot.write({ b: { ...b, v: 2 } }); // b's eTag moves on
    const outcomes = await Promise.allSettled([
      bot.write({ c: { v: 3 } }),
      bot.write({ a: { ...a, v: 9 }, b: { ...b, v: 9 } }), // stale b: neither a nor b changes
      bot.write({ d: { v: 4 } }),
      bot.delete(['c']),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/eTag conflict/);
    const after = await other.read(['a', 'b', 'c', 'd']);
    expect(Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v!.v]))).toEqual({ a: 1, b: 2, d: 4 });
    done();
  });

  it('resolves a write only once it is committed, and close() commits what is still queued', async () => {
    const { bot, other, done } = pair();
    await bot.write({ k: { v: 1 } });
    expect((await other.read(['k'])).k!.v).toBe(1);
    void bot.write({ k: { v: 2 } });
    bot.close();
    expect((await other.read(['k'])).k!.v).toBe(2);
    done();
  });

  it('stores what the document was when write() was called', async () => {
    const { bot, done } = pair();
    const doc: Record<string, unknown> = { v: 1 };
    const written = bot.write({ k: doc });
    doc.v = 2;
    await written;
    expect((await bot.read(['k'])).k!.v).toBe(1);
    done();
  });
});

describe('openDatabase errors', () => {
  it('names the file when it cannot be opened', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    expect(() => openDatabase(path.join(blocker, 'bot.db'))).toThrow(
      /Cannot open the state database .*not-a-folder.*bot\.db/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
