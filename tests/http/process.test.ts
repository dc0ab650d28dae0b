// The real entry point as `npm start` runs it: bad configuration, start-up, SIGTERM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageRequest, RawConnection } from './rawClient';

const root = path.resolve(__dirname, '../..');

function run(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--import', pathToFileURL(require.resolve('tsx')).href, path.join(root, 'src/index.ts')],
    {
      cwd: os.tmpdir(), // no .env from the project folder is read by accident
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

describe('the process', { timeout: 90_000 }, () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ STORAGE: 'floppy' }, 'STORAGE'],
    [{ STAFF_API_TOKEN: 'short' }, 'STAFF_API_TOKEN'],
  ])('stops at start with one line naming the variable for %o', async (env, variable) => {
    const p = run(env);
    expect(await p.exited).toBe(1);
    const lines = p.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
  });

  it('starts on the embedded defaults, answers /healthz, and exits 0 on SIGTERM after closing storage', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-proc-'));
    const port = await freePort();
    const p = run({ PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1' });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60_000);
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          channelId: 'test',
          from: { id: 'u' },
          conversation: { id: 'c' },
          deliveryMode: 'expectReplies',
          text: 'why does my knee hurt after running',
        }),
      });
      expect(res.status).toBe(200);
      expect(fs.existsSync(path.join(dataDir, 'bot.db'))).toBe(true);
      expect(p.out()).toMatch(/MicrosoftAppId is empty/);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.out()).toMatch(/stopped cleanly/);
    } finally {
      if (p.child.exitCode === null) p.child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    // prepare() spoils the folder and returns the DATA_DIR to start with.
    [
      'a corrupt database file',
      (dir: string) => (fs.writeFileSync(path.join(dir, 'bot.db'), Buffer.alloc(8192, 0x41)), dir),
      /bot\.db.*(not a database|corrupt)/,
    ],
    [
      'a data folder that is a file',
      (dir: string) => (fs.writeFileSync(path.join(dir, 'data'), 'x'), path.join(dir, 'data')),
      /data[/\\]bot\.db/,
    ],
  ] as const)('stops at start with one line naming the file for %s', async (_label, prepare, expected) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-proc-'));
    try {
      const p = run({ PORT: String(await freePort()), DATA_DIR: prepare(dataDir), HOST: '127.0.0.1' });
      expect(await p.exited).toBe(1);
      const lines = p.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('answers every request sent just before SIGTERM (none reset) and exits 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-proc-'));
    const port = await freePort();
    const p = run({ PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1', RATE_LIMIT_PER_ADDRESS: '100000' });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60_000);
      const warm = Array.from({ length: 30 }, () => new RawConnection(port));
      await Promise.all(warm.map((c) => c.connected));
      await Promise.all(warm.map((c, i) => c.send(messageRequest(`w-${i}`, 'hi')).response));
      const fresh = Array.from({ length: 30 }, () => new RawConnection(port));
      await Promise.all(fresh.map((c) => c.connected));
      const sent = [...warm, ...fresh].map((c, i) =>
        c.send(messageRequest(`c-${i}`, 'how long does knee pain take to heal')),
      );
      await Promise.all(sent.map((s) => s.written));
      p.child.kill('SIGTERM');
      const outcomes = await Promise.allSettled(sent.map((s) => s.response));
      const statuses = outcomes.map((o) => (o.status === 'fulfilled' ? o.value.status : String(o.reason)));
      expect(statuses).toEqual(statuses.map(() => 200));
      expect(await p.exited).toBe(0);
      expect(p.out()).toMatch(/stopped cleanly/);
    } finally {
      if (p.child.exitCode === null) p.child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
