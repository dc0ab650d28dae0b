// `npx tsx scripts/bench-ab.ts <other-checkout> [rounds] [seconds]`: the FAQ turn of two builds (this
// checkout's dist/ and another checkout's, e.g. `git archive main` built in /tmp) against the echo
// bot, interleaved: each round loads echo, A and B in turn (order rotating), so a shared machine's
// other load falls on all three alike. Prints each build's ratio to the echo run of the same round,
// and B/A; asserts nothing. Both checkouts must be built (`npx tsc -p tsconfig.build.json`).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/paths';
import { benchActivity, benchEnv, freePort } from './lib/benchTurns';

const root = projectRoot();
const [otherArg, roundsArg, secondsArg] = process.argv.slice(2);
if (!otherArg) throw new Error('usage: bench-ab.ts <other-checkout> [rounds] [seconds]');
const other = path.resolve(otherArg);
const ROUNDS = Number(roundsArg ?? 4);
const SECONDS = Number(secondsArg ?? 4);
async function start(args: string[], cwd: string, ready: (port: number) => Promise<void>): Promise<Server> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-ab-'));
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...args], {
    cwd,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...benchEnv(dataDir) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.resume();
  await ready(port);
  return { port, child, dataDir };
}

interface Server {
  port: number;
  child: ChildProcess;
  dataDir: string;
}

async function healthy(port: number): Promise<void> {
  for (let k = 0; k < 1500; k++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`port ${port} never became healthy`);
}

async function answers(port: number): Promise<void> {
  for (let k = 0; k < 1500; k++) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', body: '{}' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  throw new Error(`port ${port} never answered`);
}

let sent = 0;
async function rps(port: number, seconds: number): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: 10,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: autocannon.Request) => {
          const body = JSON.stringify(benchActivity((sent += 1)));
          return { ...req, body };
        },
      },
    ],
  });
  if (result.errors + result.non2xx > 0) throw new Error(`port ${port}: ${result.errors + result.non2xx} errors`);
  return result.requests.average;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

async function main(): Promise<void> {
  const echo = await start(['--import', 'tsx', 'scripts/bench/echo-server.ts'], root, answers);
  const a = await start([path.join(root, 'dist/src/index.js')], root, healthy);
  const b = await start([path.join(other, 'dist/src/index.js')], other, healthy);
  for (const s of [echo, a, b]) await rps(s.port, 2); // warm-up
  const targets = { echo, A: a, B: b } as const;
  const names = ['echo', 'A', 'B'] as const;
  const ratioA: number[] = [];
  const ratioB: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const got: Record<string, number> = {};
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length]!;
      got[name] = await rps(targets[name].port, SECONDS);
    }
    ratioA.push(got.A! / got.echo!);
    ratioB.push(got.B! / got.echo!);
    console.log(
      `round ${r + 1}: echo ${got.echo!.toFixed(0)}  A ${got.A!.toFixed(0)} (${(100 * ratioA.at(-1)!).toFixed(1)} %)  B ${got.B!.toFixed(0)} (${(100 * ratioB.at(-1)!).toFixed(1)} %)  load ${os.loadavg()[0]!.toFixed(2)}`,
    );
  }
  console.log(
    `median FAQ/echo: A (${root}) ${(100 * median(ratioA)).toFixed(1)} %, B (${other}) ${(100 * median(ratioB)).toFixed(1)} %; A/B ${(median(ratioA) / median(ratioB)).toFixed(3)}`,
  );
  for (const s of [echo, a, b]) {
    s.child.kill('SIGTERM');
    await new Promise((r) => s.child.once('exit', r));
    fs.rmSync(s.dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
