// Issue 20 item 8: conversation state (callback drafts included) idle for STATE_RETENTION_HOURS is
// deleted, and its bytes do not linger in bot.db or its WAL. Time is injected, never waited for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { openDatabase } from '../../src/storage/sqliteDb';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { startTestBot, type TestBot } from '../helpers/server';

const dirs: string[] = [];
const tempFile = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-retention-'));
  dirs.push(d);
  return path.join(d, 'bot.db');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Every byte SQLite keeps for this database: the file, its WAL and shared memory. */
const onDisk = (file: string) =>
  [file, `${file}-wal`, `${file}-shm`]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString('latin1'))
    .join('');

const HOUR = 3_600_000;

describe('SqliteStorage.purgeIdle', () => {
  it('deletes only what is idle, forgets it in the cache, and leaves no bytes behind', async () => {
    const file = tempFile();
    let now = Date.parse('2026-12-01T09:00:00Z');
    const storage = new SqliteStorage(openDatabase(file), { ownsDb: true, now: () => now });
    await storage.write({
      'web/conversations/old': { draft: { name: 'Zebediah Quarterfield', phone: '+12145550143' } },
    });
    now += 20 * HOUR;
    await storage.write({ 'web/conversations/recent': { step: 'faq' } });
    now += 5 * HOUR;
    expect(onDisk(file)).toContain('Zebediah Quarterfield');

    const removed = await storage.purgeIdle(now - 24 * HOUR);
    expect(removed).toBe(1);
    expect(await storage.read(['web/conversations/old'])).toEqual({});
    expect(Object.keys(await storage.read(['web/conversations/recent']))).toEqual(['web/conversations/recent']);
    expect(onDisk(file)).not.toContain('Zebediah Quarterfield');
    expect(onDisk(file)).not.toContain('2145550143');
    storage.close();
  });

  it('purges a large backlog in batches', async () => {
    const file = tempFile();
    let now = 1_000_000;
    const storage = new SqliteStorage(openDatabase(file), { ownsDb: true, now: () => now });
    const items: Record<string, object> = {};
    for (let i = 0; i < 1_234; i++) items[`c/${i}`] = { i };
    await storage.write(items);
    now += 48 * HOUR;
    expect(await storage.purgeIdle(now - 24 * HOUR, 100)).toBe(1_234);
    storage.close();
  });
});

describe('retention in the running bot', { timeout: 60_000 }, () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('an abandoned callback draft is gone after STATE_RETENTION_HOURS, file included; a live one stays', async () => {
    const clock = fixedClock('2026-12-01T15:00:00Z');
    bot = await startTestBot({ STORAGE: 'sqlite', STATE_RETENTION_HOURS: '24' }, { clock, retentionSchedule: false });
    const file = path.join(bot.dataDir, 'bot.db');
    const abandoned = bot.conversation();
    await abandoned.say('call me back');
    await abandoned.say('Zebediah Quarterfield');
    expect(onDisk(file)).toContain('Zebediah Quarterfield');

    clock.set('2026-12-02T14:00:00Z'); // 23 hours later: nothing is due yet
    expect(await bot.app.retention.runOnce()).toBe(0);
    const live = bot.conversation();
    await live.say('how long does knee pain take to heal');

    clock.set('2026-12-02T16:00:00Z'); // 25 hours after the draft, 2 after the live one
    expect(await bot.app.retention.runOnce()).toBeGreaterThanOrEqual(2); // the draft's conversation and user rows
    expect(onDisk(file)).not.toContain('Zebediah Quarterfield');
    const db = openDatabase(file);
    const keys = (db.prepare('SELECT key FROM bot_state').all() as Array<{ key: string }>).map((r) => r.key);
    db.close();
    expect(keys.some((k) => k.includes(live.id))).toBe(true);
    expect(keys.some((k) => k.includes(abandoned.id))).toBe(false);
  });
});
