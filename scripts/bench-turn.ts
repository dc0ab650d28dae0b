// `npx tsx scripts/bench-turn.ts [turns] [--profile file.cpuprofile]`: the cost of one FAQ turn in
// process, without HTTP or a load generator: the real app (SQLite state in a temporary folder),
// turns run one after another through the adapter, as POST /api/messages runs them. For profiling
// (--profile records the measured rounds only, not start-up and warm-up) and for before/after
// comparisons that the machine's other load disturbs less than a loopback run. Prints numbers;
// asserts nothing.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/logging';
import { benchActivity, benchEnv, CONVERSATIONS } from './lib/benchTurns';

const args = process.argv.slice(2);
const profileAt = args.indexOf('--profile');
const PROFILE = profileAt >= 0 ? args[profileAt + 1] : undefined;
const TURNS = Number(args.find((a, i) => /^\d+$/.test(a) && (profileAt < 0 || i !== profileAt + 1)) ?? 20_000);
const IN_FLIGHT = 10;
const ROUNDS = 10;
/** The loopback bench's turn (scripts/lib/benchTurns.ts), handed to the adapter directly. */
function activity(i: number): Activity {
  return benchActivity(i) as Activity;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-bench-turn-'));
  const config = loadConfig({ ...benchEnv(dataDir), LOG_LEVEL: 'silent', PORT: '0' });
  const app = await createApp(config, { logger: silentLogger, outbox: false, retentionSchedule: false });
  // Ten turns in flight at a time, as the loopback bench's ten connections: SQLite commits in groups.
  // CPU time of this process (user + system), which the machine's other load disturbs far less
  // than wall time.
  // Wall time too: a commit that waits on the disk (a checkpoint's fsync) holds the event loop
  // without using CPU, and over HTTP that wait is lost throughput.
  const run = async (from: number, count: number): Promise<{ cpu: number; wall: number }> => {
    const t0 = process.cpuUsage();
    const w0 = performance.now();
    let next = from;
    const worker = async (): Promise<void> => {
      while (next < from + count) {
        const i = next++;
        const result = await app.adapter.processRequest(activity(i), '', app.logic);
        if (result.status !== 200) throw new Error(`turn ${i}: status ${result.status}`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const used = process.cpuUsage(t0);
    return { cpu: (used.user + used.system) / 1000, wall: performance.now() - w0 };
  };
  await run(0, 2 * CONVERSATIONS); // warm-up: JIT, first-turn welcomes, SQLite pages
  const session = PROFILE ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const rounds: number[] = [];
  const walls: number[] = [];
  const perRound = Math.ceil(TURNS / ROUNDS);
  for (let r = 0; r < ROUNDS; r++) {
    const { cpu, wall } = await run((r + 1) * 10 * CONVERSATIONS, perRound);
    rounds.push(cpu / perRound);
    walls.push(wall / perRound);
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(PROFILE!, JSON.stringify(profile));
    session.disconnect();
  }
  rounds.sort((a, b) => a - b);
  walls.sort((a, b) => a - b);
  // The best round is the one the machine's other load disturbed least; the median shows the spread.
  console.log(
    `In-process FAQ turn (SQLite state, ${IN_FLIGHT} in flight, ${ROUNDS} rounds of ${perRound} turns): best ${(rounds[0]! * 1000).toFixed(0)} µs CPU/turn, median ${(rounds[ROUNDS / 2]! * 1000).toFixed(0)}; wall best ${(walls[0]! * 1000).toFixed(0)} µs/turn, median ${(walls[ROUNDS / 2]! * 1000).toFixed(0)}`,
  );
  await app.close(0);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
