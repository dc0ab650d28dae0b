import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { openDatabase } from '../../src/storage/sqliteDb';
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

describe('openDatabase errors', () => {
  it('names the file when it cannot be opened', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    expect(() => openDatabase(path.join(blocker, 'bot.db'))).toThrow(/Cannot open the state database .*not-a-folder.*bot\.db/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
