// Red-flag triage eval: recall with the right tier on tests/triage/red-flags.jsonl (held-out and
// all), false alarms on tests/triage/near-misses.jsonl and on the matcher's non-red-flag
// development set (tests/eval/*.jsonl). Lists every miss. Called by scripts/eval.ts
// (npm run eval) and runs standalone: npx tsx scripts/eval-triage.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load';
import type { Knowledge, RedFlagTier } from '../src/knowledge/types';
import { createTriage, type Triage, type TriageOutcome } from '../src/triage';

const root = join(__dirname, '..');

export interface RedFlagCase {
  text: string;
  tier: RedFlagTier;
  flag: string;
  split?: string;
}
export interface NearMissCase {
  text: string;
  expect: 'none' | 'warning-signs-question';
  split?: string;
}

/** One JSON object per non-empty line; a bad line names the file and line. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      try {
        return JSON.parse(line) as T;
      } catch (err) {
        throw new Error(`${file}:${index + 1}: ${(err as Error).message}`);
      }
    });
}

function describe(outcome: TriageOutcome): string {
  if (outcome.kind !== 'red-flag') return outcome.kind;
  return `${outcome.result.tier} [${outcome.result.flags.map((f) => f.id).join(', ')}]`;
}

/** A red-flag case is caught when the highest tier is right and the labelled flag is among the matches. */
export function caught(triage: Triage, c: RedFlagCase): { ok: boolean; got: string } {
  const outcome = triage.classify(c.text);
  const ok = outcome.kind === 'red-flag' && outcome.result.tier === c.tier && outcome.result.flags.some((f) => f.id === c.flag);
  return { ok, got: describe(outcome) };
}

/** A near miss is right when it raises no alarm; a warning-signs question must also be recognised. */
export function nearMissRight(triage: Triage, c: NearMissCase): { ok: boolean; alarm: boolean; got: string } {
  const outcome = triage.classify(c.text);
  const alarm = outcome.kind === 'red-flag';
  const ok = c.expect === 'warning-signs-question' ? outcome.kind === 'warning-signs-question' : !alarm;
  return { ok, alarm, got: describe(outcome) };
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)}%`);

function recallLine(name: string, triage: Triage, cases: RedFlagCase[]): string[] {
  const misses = cases.map((c) => ({ c, r: caught(triage, c) })).filter(({ r }) => !r.ok);
  console.log(`  red-flag recall, right tier (${name}): ${pct(cases.length - misses.length, cases.length)} of ${cases.length}`);
  return misses.map(({ c, r }) => `    MISS ${c.tier}/${c.flag}: "${c.text}" → ${r.got}`);
}

function nearMissLine(name: string, triage: Triage, cases: NearMissCase[]): string[] {
  const results = cases.map((c) => ({ c, r: nearMissRight(triage, c) }));
  const alarms = results.filter(({ r }) => r.alarm);
  const wrong = results.filter(({ r }) => !r.ok);
  console.log(
    `  near-miss false alarms (${name}): ${pct(alarms.length, cases.length)} of ${cases.length}; ` +
      `handled as labelled (incl. warning-signs questions): ${pct(cases.length - wrong.length, cases.length)}`,
  );
  return wrong.map(({ c, r }) => `    WRONG expected ${c.expect}: "${c.text}" → ${r.got}`);
}

/** The matcher's development set: every line there is not a red flag. */
function matcherSetLine(triage: Triage): string[] {
  const dir = join(root, 'tests/eval');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort() : [];
  if (files.length === 0) {
    console.log('  matcher dev set (tests/eval/*.jsonl): not there yet; skipped');
    return [];
  }
  const out: string[] = [];
  let total = 0;
  let alarms = 0;
  for (const file of files) {
    for (const c of readJsonl<{ text: string; expect?: string }>(join(dir, file))) {
      if (typeof c.text !== 'string') continue;
      total += 1;
      const outcome = triage.classify(c.text);
      if (outcome.kind === 'red-flag') {
        alarms += 1;
        out.push(`    FALSE ALARM (${file}, expect ${c.expect ?? '?'}): "${c.text}" → ${describe(outcome)}`);
      }
    }
  }
  console.log(`  false alarms on the matcher dev set (${files.join(', ')}): ${pct(alarms, total)} of ${total}`);
  return out;
}

function speedLine(triage: Triage, texts: string[]): void {
  const rounds = 20;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) for (const text of texts) triage.classify(text);
  const micros = Number(process.hrtime.bigint() - start) / 1000 / (rounds * texts.length);
  const long = texts.join(' ').repeat(3).slice(0, 4000);
  const longStart = process.hrtime.bigint();
  for (let i = 0; i < rounds; i += 1) triage.classify(long);
  const longMs = Number(process.hrtime.bigint() - longStart) / 1e6 / rounds;
  console.log(`  speed: ${micros.toFixed(0)} µs per message on average; ${longMs.toFixed(1)} ms for a 4,000-character message`);
}

/**
 * Blind batches (tests/triage/blind-*.jsonl): red-flag cases (with `tier`) and near misses (with
 * `expect`) in one file, each written in one go and scored once before any fix (README).
 */
export function loadBlindBatches(dir = join(root, 'tests/triage')): { flags: RedFlagCase[]; nearMisses: NearMissCase[] } {
  const files = readdirSync(dir).filter((f) => /^blind-.*\.jsonl$/.test(f)).sort();
  const all = files.flatMap((f) => readJsonl<RedFlagCase | NearMissCase>(join(dir, f)));
  return {
    flags: all.filter((c): c is RedFlagCase => 'tier' in c),
    nearMisses: all.filter((c): c is NearMissCase => 'expect' in c),
  };
}

export function runTriageEval(knowledge: Knowledge): void {
  const started = process.hrtime.bigint();
  const triage = createTriage(knowledge);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const blind = loadBlindBatches();
  const flags = [...readJsonl<RedFlagCase>(join(root, 'tests/triage/red-flags.jsonl')), ...blind.flags];
  const nearMisses = [...readJsonl<NearMissCase>(join(root, 'tests/triage/near-misses.jsonl')), ...blind.nearMisses];
  // Held-out = every split whose name starts with "heldout" (heldout, heldout2, …); never tuned on.
  const heldFlags = flags.filter((c) => c.split?.startsWith('heldout') === true);
  const heldNear = nearMisses.filter((c) => c.split?.startsWith('heldout') === true);

  console.log(`\nTRIAGE (${knowledge.redFlags.length} red flags; built in ${buildMs.toFixed(1)} ms)`);
  console.log('  (held-out batches were scored once before any fix; those first-look numbers are in tests/triage/README.md)');
  const blindLines: string[] = [];
  for (const split of [...new Set([...blind.flags, ...blind.nearMisses].map((c) => c.split ?? ''))].sort()) {
    blindLines.push(
      ...recallLine(split, triage, blind.flags.filter((c) => c.split === split)),
      ...nearMissLine(split, triage, blind.nearMisses.filter((c) => c.split === split)),
    );
  }
  const problems = [
    ...blindLines,
    ...recallLine('held-out', triage, heldFlags),
    ...recallLine('all', triage, flags),
    ...nearMissLine('held-out', triage, heldNear),
    ...nearMissLine('all', triage, nearMisses),
    ...matcherSetLine(triage),
  ];
  speedLine(triage, [...flags, ...nearMisses].map((c) => c.text));
  // Held-out lines are listed twice above (held-out and all); show each once.
  for (const line of [...new Set(problems)]) console.log(line);
}

if (require.main === module) {
  runTriageEval(loadKnowledge(join(root, 'knowledge')));
}
