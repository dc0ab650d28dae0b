// STORAGE=azure through the real factory (src/storage/index.ts → createAzureStores) on Azurite.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobServiceClient } from '@azure/storage-blob';
import { TableServiceClient } from '@azure/data-tables';
import { loadConfig, type AppConfig } from '../../src/config';
import { fixedClock } from '../../src/clock';
import { createStores } from '../../src/storage/index';
import { createAzureStores } from '../../src/storage/azureStores';
import { sampleDetails } from '../callbacks/callbackStoreContract';
import { azuriteConnectionString, startAzurite, type RunningAzurite } from '../helpers/azurite';

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

let azurite: RunningAzurite | undefined;
let dataDir: string;
beforeAll(async () => {
  azurite = await startAzurite();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-azure-'));
});
afterAll(async () => {
  await azurite?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const clock = fixedClock('2026-11-25T16:00:00Z');
function azureConfig(over: Record<string, string> = {}, connectionString = azurite!.connectionString): AppConfig {
  return loadConfig({
    STORAGE: 'azure',
    AZURE_STORAGE_CONNECTION_STRING: connectionString,
    DATA_DIR: dataDir,
    ...over,
  });
}

describe('createStores with STORAGE=azure', () => {
  it('creates the container and the table when missing, and both stores work', async () => {
    const config = azureConfig({ AZURE_STORAGE_CONTAINER: 'fresh-state', AZURE_CALLBACKS_TABLE: 'freshcallbacks' });
    const stores = await createStores(config, clock);
    try {
      const blobs = BlobServiceClient.fromConnectionString(azurite!.connectionString);
      expect(await blobs.getContainerClient('fresh-state').exists()).toBe(true);
      const tables: string[] = [];
      for await (const t of TableServiceClient.fromConnectionString(azurite!.connectionString, {
        allowInsecureConnection: true,
      }).listTables()) {
        tables.push(t.name ?? '');
      }
      expect(tables).toContain('freshcallbacks');

      await stores.storage.write({ 'test/conversations/c1/': { step: 1 } });
      expect((await stores.storage.read(['test/conversations/c1/']))['test/conversations/c1/']).toMatchObject({
        step: 1,
      });
      const r = await stores.callbackStore.create(sampleDetails(), clock.now());
      expect((await stores.callbackStore.list()).map((x) => x.id)).toEqual([r.id]);
      expect(await stores.healthy()).toBe(true);
    } finally {
      await stores.close();
    }
    // Nothing is written under DATA_DIR: all state is in the shared account.
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('the factory’s callback store serves the staff queue: handling, search, counts, retention', async () => {
    const stores = await createStores(azureConfig({ AZURE_CALLBACKS_TABLE: 'queuecallbacks' }), clock);
    try {
      const store = stores.callbackStore;
      const a = await store.create(sampleDetails({ name: 'Jamie Runner' }), clock.now());
      const b = await store.create(
        sampleDetails({ name: 'Ana Lopez', urgent: true }),
        new Date(clock.now().getTime() - 60_000),
      );
      expect((await store.page({})).items.map((r) => r.id)).toEqual([b.id, a.id]);
      expect(await store.handle(a.id, 'called', 'JD', clock.now())).toMatchObject({
        ok: true,
        request: { status: 'called', history: [{ by: 'JD' }] },
      });
      expect((await store.page({ q: a.id.slice(0, 8).toUpperCase() })).items.map((r) => r.id)).toEqual([a.id]);
      expect(await store.counts()).toEqual({ new: 1, called: 1, unreachable: 0, done: 0 });
      expect(await store.redactBefore(new Date(clock.now().getTime() + 1), clock.now())).toBe(2);
      expect(await store.get(b.id)).toMatchObject({ name: '', phone: '', status: 'new' });
    } finally {
      await stores.close();
    }
  });

  it('defaults to container "bot-state" and table "callbacks"', async () => {
    const stores = await createAzureStores(azureConfig(), clock);
    await stores.close();
    const blobs = BlobServiceClient.fromConnectionString(azurite!.connectionString);
    expect(await blobs.getContainerClient('bot-state').exists()).toBe(true);
  });

  it('refuses invalid container and table names with a message naming the setting', async () => {
    await expect(createAzureStores(azureConfig({ AZURE_STORAGE_CONTAINER: 'Bot_State' }), clock)).rejects.toThrow(
      /AZURE_STORAGE_CONTAINER "Bot_State"/,
    );
    await expect(createAzureStores(azureConfig({ AZURE_CALLBACKS_TABLE: 'call-backs' }), clock)).rejects.toThrow(
      /AZURE_CALLBACKS_TABLE "call-backs"/,
    );
  });

  it('fails the start when the account is unreachable, instead of failing patients later', async () => {
    // A loopback port nobody listens on.
    const deadPort = await closedPort();
    const started = Date.now();
    await expect(
      createAzureStores(azureConfig({}, azuriteConnectionString(deadPort, deadPort)), clock),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('healthy() turns false when storage goes away, within its timeout', async () => {
    const own = await startAzurite();
    try {
      const stores = await createAzureStores(azureConfig({}, own.connectionString), clock);
      expect(await stores.healthy()).toBe(true);
      await own.stop();
      const started = Date.now();
      expect(await stores.healthy()).toBe(false);
      expect(Date.now() - started).toBeLessThan(4_000);
      await stores.close();
    } finally {
      await own.stop();
    }
  });
});
