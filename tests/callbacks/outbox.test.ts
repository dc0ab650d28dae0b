import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { loadConfig, type AppConfig } from '../../src/config';
import { fixedClock } from '../../src/clock';
import { createLogger, silentLogger } from '../../src/logging';
import { backoffDelay, CallbackOutbox } from '../../src/callbacks/outbox';
import { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import { sampleDetails } from './callbackStoreContract';
import { knowledgeMessages } from '../helpers/messages';

interface Receiver {
  url: string;
  /** Every POST as received. */
  hits: Array<{ key: string | undefined; body: unknown; at: number }>;
  /** Idempotency keys the receiver accepted (answered 2xx) — what staff would see. */
  accepted: Map<string, number>;
  close(): Promise<void>;
}

/** A webhook receiver that fails the first `failures` deliveries with 500, deduping by Idempotency-Key. */
async function startReceiver(failures: number): Promise<Receiver> {
  const hits: Receiver['hits'] = [];
  const accepted = new Map<string, number>();
  let failed = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const key = req.headers['idempotency-key'] as string | undefined;
      hits.push({ key, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), at: Date.now() });
      if (failed < failures) {
        failed++;
        res.statusCode = 500;
        res.end('boom');
        return;
      }
      if (key) accepted.set(key, (accepted.get(key) ?? 0) + 1);
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/callbacks?secret=abc`,
    hits,
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-outbox-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'bot.db');
}

function configFor(url: string | undefined, format = 'json', retention = '30'): AppConfig {
  return loadConfig({
    STORAGE: 'sqlite',
    CALLBACK_WEBHOOK_URL: url,
    CALLBACK_WEBHOOK_FORMAT: format,
    CALLBACK_RETENTION_DAYS: retention,
  });
}

const tuning = { baseDelayMs: 1_000, maxDelayMs: 60_000, timeoutMs: 2_000 };

describe('CallbackOutbox', () => {
  it('retries with exponential back-off and is delivered exactly once after two failures, across a restart', async () => {
    const receiver = await startReceiver(2);
    cleanups.push(() => receiver.close());
    const file = tempFile();
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const config = configFor(receiver.url);

    const store1 = SqliteCallbackStore.open(file);
    const req = await store1.create(sampleDetails(), clock.now());
    const outbox1 = new CallbackOutbox({
      messages: knowledgeMessages,
      store: store1,
      config,
      logger: silentLogger,
      clock,
      tuning,
      random: () => 0.5,
    });

    // Attempt 1 fails → retry after 1000ms nominal; with jitter 0.5 → 750ms.
    expect(await outbox1.runOnce()).toBe(0);
    let r = (await store1.get(req.id))!;
    expect(r).toMatchObject({ status: 'new', delivery: 'failed', attempts: 1, lastError: 'HTTP 500' });
    const firstDelay = Date.parse(r.nextAttemptAt!) - clock.now().getTime();
    expect(firstDelay).toBe(750);
    // Not due yet: nothing is sent.
    clock.set(new Date(clock.now().getTime() + firstDelay - 1));
    expect(await outbox1.runOnce()).toBe(0);
    expect(receiver.hits).toHaveLength(1);

    // Attempt 2 fails → the delay doubles.
    clock.set(r.nextAttemptAt!);
    expect(await outbox1.runOnce()).toBe(0);
    r = (await store1.get(req.id))!;
    const secondDelay = Date.parse(r.nextAttemptAt!) - clock.now().getTime();
    expect(secondDelay).toBe(1500);
    expect(r.attempts).toBe(2);

    // Restart: the first outbox and its connection go away; a new store instance on the same file.
    await outbox1.stop();
    await store1.close();
    const store2 = SqliteCallbackStore.open(file);
    cleanups.push(() => store2.close());
    const outbox2 = new CallbackOutbox({
      messages: knowledgeMessages,
      store: store2,
      config,
      logger: silentLogger,
      clock,
      tuning,
      random: () => 0.5,
    });
    clock.set(r.nextAttemptAt!);
    expect(await outbox2.runOnce()).toBe(1);
    expect(await outbox2.runOnce()).toBe(0);
    clock.set(new Date(clock.now().getTime() + 3_600_000));
    expect(await outbox2.runOnce()).toBe(0);

    expect(await store2.get(req.id)).toMatchObject({ status: 'new', delivery: 'delivered', attempts: 3 });
    expect(receiver.hits.map((h) => h.key)).toEqual([req.id, req.id, req.id]);
    expect(receiver.accepted.get(req.id)).toBe(1);
    expect(receiver.hits[2]!.body).toMatchObject({
      type: 'callback-request',
      id: req.id,
      name: 'Jamie Runner',
      phone: '+12145550143',
      phoneDisplay: '(214) 555-0143',
      preferredLabel: 'Mon 30 Nov, morning',
      reference: req.id.slice(0, 8).toUpperCase(),
    });
  });

  it('two outboxes on the same file never deliver the same request twice', async () => {
    const receiver = await startReceiver(0);
    cleanups.push(() => receiver.close());
    const file = tempFile();
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const config = configFor(receiver.url);
    const a = SqliteCallbackStore.open(file);
    const b = SqliteCallbackStore.open(file);
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) ids.push((await a.create(sampleDetails(), clock.now())).id);
    const oa = new CallbackOutbox({
      messages: knowledgeMessages,
      store: a,
      config,
      logger: silentLogger,
      clock,
      tuning: { ...tuning, batchSize: 3 },
    });
    const ob = new CallbackOutbox({
      messages: knowledgeMessages,
      store: b,
      config,
      logger: silentLogger,
      clock,
      tuning: { ...tuning, batchSize: 3 },
    });
    const [na, nb] = await Promise.all([oa.runOnce(), ob.runOnce()]);
    expect(na + nb).toBe(25);
    expect([...receiver.accepted.keys()].sort()).toEqual([...ids].sort());
    expect([...receiver.accepted.values()].every((n) => n === 1)).toBe(true);
    expect(receiver.hits).toHaveLength(25);
  });

  it('delivers a request written by a process killed with SIGKILL before it could notify', async () => {
    const receiver = await startReceiver(0);
    cleanups.push(() => receiver.close());
    const file = tempFile();
    const { spawn } = await import('node:child_process');
    const script = `
      const { SqliteCallbackStore } = require(${JSON.stringify(path.resolve('src/callbacks/sqliteCallbackStore.ts'))});
      const store = SqliteCallbackStore.open(process.argv[1]);
      store.create({ name: 'Kill Nine', phone: '+12145550143', preferredTime: 'any', preferredDate: '2026-11-27', consent: true }, new Date())
        .then((r) => { process.stdout.write(r.id + '\\n'); setInterval(() => {}, 1000); });
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const id = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.trim());
      });
      child.on('exit', (code) => reject(new Error(`child exited early: ${code}`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    const store = SqliteCallbackStore.open(file);
    cleanups.push(() => store.close());
    expect(await store.get(id)).toMatchObject({ status: 'new', name: 'Kill Nine' });
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(receiver.url),
      logger: silentLogger,
      clock: { now: () => new Date() },
      tuning,
    });
    expect(await outbox.runOnce()).toBe(1);
    expect(receiver.accepted.get(id)).toBe(1);
  });

  it('start() polls on its own, kick() delivers promptly, stop() waits for the delivery in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const keys: string[] = [];
    const server = http.createServer((req, res) => {
      keys.push(String(req.headers['idempotency-key']));
      req.resume();
      void gate.then(() => {
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const store = SqliteCallbackStore.open(':memory:');
    cleanups.push(() => store.close());
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(url),
      logger: silentLogger,
      clock: { now: () => new Date() },
      tuning: { ...tuning, pollMs: 60_000 },
    });
    outbox.start();
    const req = await store.create(sampleDetails(), new Date());
    outbox.kick();
    await expect.poll(() => keys.length, { timeout: 5000 }).toBe(1);
    let stopped = false;
    const stopping = outbox.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false); // still waiting for the receiver's answer
    release();
    await stopping;
    expect(await store.get(req.id)).toMatchObject({ status: 'new', delivery: 'delivered' });
  });

  it('times out a receiver that never answers, and retries later', async () => {
    const server = http.createServer((req) => req.resume()); // never responds
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const store = SqliteCallbackStore.open(':memory:');
    cleanups.push(() => store.close());
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const req = await store.create(sampleDetails(), clock.now());
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(url),
      logger: silentLogger,
      clock,
      tuning: { ...tuning, timeoutMs: 200 },
    });
    expect(await outbox.runOnce()).toBe(0);
    expect(await store.get(req.id)).toMatchObject({ status: 'new', attempts: 1, lastError: 'timeout' });
  });

  it('honours Retry-After on 429 (within the cap)', async () => {
    const server = http.createServer((req, res) => {
      req.resume();
      res.statusCode = 429;
      res.setHeader('retry-after', '120');
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const store = SqliteCallbackStore.open(':memory:');
    cleanups.push(() => store.close());
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const req = await store.create(sampleDetails(), clock.now());
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(url),
      logger: silentLogger,
      clock,
      tuning,
      random: () => 0,
    });
    expect(await outbox.runOnce()).toBe(0);
    const r = (await store.get(req.id))!;
    expect(r.lastError).toBe('HTTP 429');
    expect(Date.parse(r.nextAttemptAt!) - clock.now().getTime()).toBe(60_000); // 120 s asked, capped at maxDelayMs
  });

  it('a refused connection is recorded without the webhook URL', async () => {
    const receiver = await startReceiver(0);
    const url = receiver.url;
    await receiver.close(); // nothing listens there now
    const store = SqliteCallbackStore.open(':memory:');
    cleanups.push(() => store.close());
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const req = await store.create(sampleDetails(), clock.now());
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(url),
      logger: silentLogger,
      clock,
      tuning,
    });
    expect(await outbox.runOnce()).toBe(0);
    const r = (await store.get(req.id))!;
    expect(r.lastError).toBe('network: ECONNREFUSED');
    expect(r.lastError).not.toContain('secret');
  });

  it('without a webhook it sends nothing, says once that requests wait, and still applies retention', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const logger = createLogger('info', sink);
    const store = SqliteCallbackStore.open(':memory:');
    cleanups.push(() => store.close());
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const waiting = await store.create(sampleDetails(), clock.now());
    const old = await store.create(sampleDetails(), new Date('2026-01-01T00:00:00Z'));
    await store.markDone(old.id, new Date('2026-01-02T00:00:00Z'));
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(undefined, 'json', '30'),
      logger,
      clock,
    });
    outbox.start();
    outbox.start();
    expect(await outbox.runOnce()).toBe(0);
    await expect.poll(async () => (await store.get(old.id))?.redactedAt !== undefined, { timeout: 5_000 }).toBe(true); // generous: CI machines can be busy
    await outbox.stop();
    expect((await store.get(waiting.id))?.status).toBe('new');
    const waitLines = lines.filter((l) => l.includes('CALLBACK_WEBHOOK_URL is not set'));
    expect(waitLines).toHaveLength(1);
    expect(JSON.parse(waitLines[0]!)).toMatchObject({ level: 'warn', waiting: 1 });
    // Nothing personal in any log line.
    expect(lines.join('')).not.toMatch(/Jamie|555\D?01\d\d/);
  });

  it('retention removes personal data from every request older than CALLBACK_RETENTION_DAYS, whatever its status, and logs counts only', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const store = SqliteCallbackStore.open(':memory:');
    cleanups.push(() => store.close());
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const young = await store.create(sampleDetails(), new Date('2026-11-01T00:00:00Z')); // 24 days ago
    const oldDone = await store.create(sampleDetails(), new Date('2026-10-01T00:00:00Z'));
    const oldOpen = await store.create(sampleDetails(), new Date('2026-10-20T00:00:00Z')); // 36 days, never handled
    await store.markDone(oldDone.id, new Date('2026-11-20T00:00:00Z')); // handled recently: still 55 days old
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(undefined, 'json', '30'),
      logger: createLogger('info', sink),
      clock,
    });
    expect(await outbox.purgeOnce()).toBe(2);
    expect(await store.get(young.id)).toMatchObject({ name: 'Jamie Runner' });
    expect(await store.get(oldDone.id)).toMatchObject({ name: '', phone: '', status: 'done' });
    expect(await store.get(oldOpen.id)).toMatchObject({ name: '', phone: '', status: 'new' });
    expect(await outbox.purgeOnce()).toBe(0);
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => 'redacted' in l);
    expect(logged).toEqual([expect.objectContaining({ redacted: 2, retentionDays: 30 })]);
    expect(lines.join('')).not.toMatch(/Jamie|555\D?01\d\d|[0-9a-f]{8}-[0-9a-f]{4}/);
  });
});

describe('a redelivery after a crash (at-least-once) is visibly the same request', () => {
  it.each(['teams', 'slack', 'json'] as const)(
    '%s: both messages carry the same reference and request id, and a link to it',
    async (format) => {
      const receiver = await startReceiver(0);
      cleanups.push(() => receiver.close());
      const file = tempFile();
      const clock = fixedClock('2026-11-25T16:00:00Z');
      const config = loadConfig({
        STORAGE: 'sqlite',
        CALLBACK_WEBHOOK_URL: receiver.url,
        CALLBACK_WEBHOOK_FORMAT: format,
        PUBLIC_BASE_URL: 'https://bot.clinic.example',
      });
      const store1 = SqliteCallbackStore.open(file);
      const req = await store1.create(sampleDetails(), clock.now());
      // The webhook answers 200, and the process dies before it can record anything more.
      const killed = async () => {
        throw new Error('killed');
      };
      const crashing = Object.assign(Object.create(store1) as SqliteCallbackStore, {
        markNotified: killed,
        markFailed: killed,
      });
      const outbox1 = new CallbackOutbox({
        messages: knowledgeMessages,
        store: crashing,
        config,
        logger: silentLogger,
        clock,
        tuning: { ...tuning, leaseMs: 60_000 },
      });
      await expect(outbox1.runOnce()).rejects.toThrow('killed');
      await store1.close();
      // After the restart the lease runs out and the request goes again.
      clock.set(new Date(clock.now().getTime() + 10 * 60_000));
      const store2 = SqliteCallbackStore.open(file);
      cleanups.push(() => store2.close());
      const outbox2 = new CallbackOutbox({
        messages: knowledgeMessages,
        store: store2,
        config,
        logger: silentLogger,
        clock,
        tuning,
      });
      expect(await outbox2.runOnce()).toBe(1);
      expect(receiver.hits).toHaveLength(2);
      const reference = req.id.slice(0, 8).toUpperCase();
      for (const hit of receiver.hits) {
        const text = JSON.stringify(hit.body);
        expect(hit.key).toBe(req.id);
        expect(text).toContain(req.id);
        expect(text).toContain(reference);
        expect(text).toContain(`https://bot.clinic.example/staff?q=${reference}`);
      }
      expect(JSON.stringify(receiver.hits[0]!.body)).toBe(JSON.stringify(receiver.hits[1]!.body));
      expect(await store2.get(req.id)).toMatchObject({ status: 'new', delivery: 'delivered' });
    },
  );
});

describe('backoffDelay', () => {
  const t = { baseDelayMs: 5_000, maxDelayMs: 15 * 60_000 };
  it('doubles per failure, stays within [half, full] of nominal, and is capped', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, t, () => 1))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, t, () => 0))).toEqual([2_500, 5_000, 10_000, 20_000]);
    expect(backoffDelay(50, t, () => 1)).toBe(15 * 60_000);
    expect(backoffDelay(1000, t, () => 0)).toBe(7.5 * 60_000);
  });
});

describe('CallbackOutbox and a time the patient changed after sending', () => {
  it('notifies staff once more with the new time, under its own key; a repeat of the change sends nothing', async () => {
    const receiver = await startReceiver(0);
    cleanups.push(() => receiver.close());
    const clock = fixedClock('2026-11-25T16:00:00Z');
    const store = SqliteCallbackStore.open(tempFile());
    cleanups.push(() => store.close());
    const outbox = new CallbackOutbox({
      messages: knowledgeMessages,
      store,
      config: configFor(receiver.url),
      logger: silentLogger,
      clock,
      tuning,
      timeZone: 'America/Chicago',
    });
    const req = await store.create(sampleDetails({ urgent: true }), clock.now());
    expect(await outbox.runOnce()).toBe(1);
    const later = {
      preferredTime: 'afternoon' as const,
      preferredDate: '2026-12-01',
      preferredAt: '2026-12-01T23:00:00Z',
    };
    clock.set('2026-11-25T17:00:00Z');
    await store.reschedule(req.id, later, clock.now());
    await store.reschedule(req.id, later, clock.now());
    expect(await outbox.runOnce()).toBe(1);
    expect(await outbox.runOnce()).toBe(0);
    expect(receiver.hits.map((h) => h.key)).toEqual([req.id, `${req.id}:time-1`]);
    expect(receiver.hits[0]!.body).toMatchObject({ event: 'new', timeChange: null, urgent: true });
    expect(receiver.hits[1]!.body).toMatchObject({
      event: 'time-changed',
      urgent: true,
      preferredAt: '2026-12-01T23:00:00.000Z',
      timeChange: { count: 1, previousPreferredTime: 'morning', previousLabel: 'Mon 30 Nov, morning' },
    });
    expect(await store.get(req.id)).toMatchObject({ delivery: 'delivered', attempts: 2 });
  });
});
