// Two bot instances' outboxes on one Azure Table deliver every callback request exactly once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallbackOutbox } from '../../src/callbacks/outbox';
import { AzureTableCallbackStore } from '../../src/callbacks/azureTableCallbackStore';
import { loadConfig, type AppConfig } from '../../src/config';
import { systemClock } from '../../src/clock';
import { silentLogger } from '../../src/logging';
import { sampleDetails } from '../callbacks/callbackStoreContract';
import { startAzurite, type RunningAzurite } from '../helpers/azurite';
import { knowledgeMessages } from '../helpers/messages';

/** The staff webhook: counts deliveries per Idempotency-Key; can be slow or fail the first try. */
interface Receiver {
  url: string;
  deliveries: Map<string, number>;
  close(): Promise<void>;
}
function startReceiver(opts: { delayMs: number; failFirstFor?: Set<string> }): Promise<Receiver> {
  const deliveries = new Map<string, number>();
  const attempts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const id = String(req.headers['idempotency-key'] ?? '');
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        const n = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, n);
        if (opts.failFirstFor?.has(id) && n === 1) {
          res.writeHead(500).end();
          return;
        }
        deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      }, opts.delayMs);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/hook`,
        deliveries,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

let azurite: RunningAzurite | undefined;
let dataDir: string;
beforeAll(async () => {
  azurite = await startAzurite();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-outbox-'));
});
afterAll(async () => {
  await azurite?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function configFor(webhookUrl: string, table: string): AppConfig {
  return loadConfig({
    STORAGE: 'azure',
    AZURE_STORAGE_CONNECTION_STRING: azurite!.connectionString,
    AZURE_CALLBACKS_TABLE: table,
    CALLBACK_WEBHOOK_URL: webhookUrl,
    DATA_DIR: dataDir,
  });
}

/** One "instance": its own table client and its own outbox (own lease owner). */
async function instance(config: AppConfig, owner: string) {
  const store = await AzureTableCallbackStore.open({
    connectionString: config.azure.connectionString!,
    tableName: config.azure.callbacksTable,
  });
  const outbox = new CallbackOutbox({
    messages: knowledgeMessages,
    store,
    config,
    logger: silentLogger,
    clock: systemClock,
    owner,
    random: () => 0,
    tuning: { batchSize: 4, baseDelayMs: 20, maxDelayMs: 20, timeoutMs: 2_000, pollMs: 25 },
  });
  return { store, outbox };
}

describe('two outboxes racing on one table', () => {
  it('deliver each of 30 requests exactly once, all marked delivered', async () => {
    const receiver = await startReceiver({ delayMs: 15 });
    try {
      const config = configFor(receiver.url, 'outboxrace');
      const a = await instance(config, 'instance-a');
      const b = await instance(config, 'instance-b');
      const ids: string[] = [];
      for (let i = 0; i < 30; i++)
        ids.push((await (i % 2 ? a : b).store.create(sampleDetails({ name: `Patient ${i}` }), new Date())).id);

      // Both passes run at the same time over the same backlog.
      const [byA, byB] = await Promise.all([a.outbox.runOnce(), b.outbox.runOnce()]);
      expect(byA + byB).toBe(30);
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      expect([...receiver.deliveries.keys()].sort()).toEqual([...ids].sort());
      expect([...receiver.deliveries.values()].every((n) => n === 1)).toBe(true);
      const delivered = (await a.store.list({ limit: 100 })).filter((r) => r.delivery === 'delivered');
      expect(delivered.map((r) => r.id).sort()).toEqual([...ids].sort());
      // Nothing left for anyone.
      expect(await Promise.all([a.outbox.runOnce(), b.outbox.runOnce()])).toEqual([0, 0]);
    } finally {
      await receiver.close();
    }
  });

  it('with failures and retries while both poll, still once each', async () => {
    const ids: string[] = [];
    const failFirstFor = new Set<string>();
    const receiver = await startReceiver({ delayMs: 5, failFirstFor });
    const config = configFor(receiver.url, 'outboxretry');
    const a = await instance(config, 'instance-a');
    const b = await instance(config, 'instance-b');
    try {
      for (let i = 0; i < 16; i++) {
        const r = await a.store.create(sampleDetails({ name: `Retry ${i}` }), new Date());
        ids.push(r.id);
        if (i % 3 === 0) failFirstFor.add(r.id);
      }
      a.outbox.start();
      b.outbox.start();
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && receiver.deliveries.size < ids.length)
        await new Promise((r) => setTimeout(r, 50));
      await Promise.all([a.outbox.stop(), b.outbox.stop()]);

      expect(receiver.deliveries.size).toBe(ids.length);
      expect([...receiver.deliveries.values()].every((n) => n === 1)).toBe(true);
      for (const id of failFirstFor) {
        const r = await b.store.get(id);
        expect(r).toMatchObject({ status: 'new', delivery: 'delivered', attempts: 2 });
        expect(r?.lastError).toBeUndefined();
      }
    } finally {
      await Promise.all([a.outbox.stop(), b.outbox.stop()]);
      await receiver.close();
    }
  });
});
