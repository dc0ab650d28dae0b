import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { fixedClock } from '../../src/clock';
import { createStores } from '../../src/storage/index';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { sampleDetails } from '../callbacks/callbackStoreContract';

const clock = fixedClock('2026-11-25T16:00:00Z');

describe('createStores', () => {
  it('sqlite: state and callbacks in one file under DATA_DIR, created if missing; survives a restart', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'knee-stores-')), 'data');
    const config = loadConfig({ DATA_DIR: dir, STORAGE: 'sqlite' });
    const stores = await createStores(config, clock);
    expect(stores.storage).toBeInstanceOf(SqliteStorage);
    expect(fs.existsSync(path.join(dir, 'bot.db'))).toBe(true);
    expect(await stores.healthy()).toBe(true);
    await stores.storage.write({ 'webchat/conversations/x': { step: 2 } });
    const req = await stores.callbackStore.create(sampleDetails(), clock.now());
    // Still queued for the next group commit when the stores close: close() commits it.
    void stores.storage.write({ 'webchat/conversations/y': { step: 5 } });
    await stores.close();
    expect(await stores.healthy()).toBe(false);
    await stores.close(); // idempotent: SIGTERM and a test teardown may both close

    const again = await createStores(config, clock);
    expect((await again.storage.read(['webchat/conversations/x']))['webchat/conversations/x']).toMatchObject({
      step: 2,
    });
    expect((await again.storage.read(['webchat/conversations/y']))['webchat/conversations/y']).toMatchObject({
      step: 5,
    });
    expect(await again.callbackStore.get(req.id)).toEqual(req);
    await again.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('memory: MemoryStorage plus a working in-memory callback store; nothing written to disk', async () => {
    const dir = path.join(os.tmpdir(), `knee-never-${process.pid}-${Date.now()}`);
    const stores = await createStores(loadConfig({ DATA_DIR: dir, STORAGE: 'memory' }), clock);
    expect(stores.storage).toBeInstanceOf(MemoryStorage);
    const req = await stores.callbackStore.create(sampleDetails(), clock.now());
    expect((await stores.callbackStore.list()).map((r) => r.id)).toEqual([req.id]);
    expect(await stores.healthy()).toBe(true);
    await stores.close();
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('createStores: azure is loaded lazily', () => {
  it('reaches src/storage/azureStores only when chosen (its own config check answers)', async () => {
    const config = { ...loadConfig({ STORAGE: 'memory' }), storage: 'azure' as const };
    await expect(createStores(config, clock)).rejects.toThrow(/AZURE_STORAGE_CONNECTION_STRING/);
  });
});
