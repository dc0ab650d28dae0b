// Red-flag triage eval: recall with the right tier on tests/triage/red-flags.jsonl (held-out and
// all), false alarms on tests/triage/near-misses.jsonl and on the matcher's non-red-flag
// development set (tests/eval/*.jsonl). Lists every miss. Called by scripts/eval.ts
// (npm run eval) and runs standalone: npx tsx scripts/eval-triage.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge, loadKnowledgeSet } from '../src/knowledge/load';
import type { Knowledge, RedFlagTier } from '../src/knowledge/types';
import { bothLanguages } from '../dialogs/decisions/language';
import { createSpanishTriage, createTriage, type Triage, type TriageOutcome } from '../src/triage';

const root = join(__dirname, '..');

export interface RedFlagCase {
  text: string;
  tier: RedFlagTier;
  flag: string;
  split?: string;
}

/**
 * This round's agreed flag ids and tiers (/work/wt/FLAGS.md). Labels may use them before the flags are
 * in knowledge/red-flags.yaml: such a label (an unknown id, or a tier the knowledge gives differently)
 * is "pending": reported on its own and left out of the recall gate until the knowledge has it.
 */
export const SPEC_TIERS: Readonly<Record<string, RedFlagCase['tier']>> = {
  'self-harm': 'emergency',
  'heavy-bleeding': 'emergency',
  deformity: 'emergency',
  'cold-pale-foot': 'emergency',
  'numb-foot': 'emergency',
  'calf-swelling-breathless': 'emergency',
  'chest-pain': 'emergency',
  'compartment-syndrome': 'emergency',
  'extensor-tendon-rupture': 'emergency',
  'hot-swollen-joint': 'emergency',
  'cannot-bear-weight': 'urgent',
  'ottawa-fracture-signs': 'urgent',
  'kneecap-dislocated-relocated': 'urgent',
  'pop-and-swelling': 'urgent',
  'rapid-swelling': 'urgent',
  'locked-knee': 'urgent',
  'calf-pain-swelling': 'urgent',
  'giving-way': 'urgent',
  tingling: 'urgent',
  'child-hip-knee-pain': 'urgent',
  'bone-stress-injury': 'soon',
  'tumour-signs': 'soon',
  'night-or-rest-pain': 'soon',
  'catching-locking-occasional': 'soon',
};

/** A label the current knowledge cannot meet yet: its flag is missing or has another tier there. */
export function isPending(knowledge: Knowledge, c: RedFlagCase): boolean {
  const flag = knowledge.redFlags.find((f) => f.id === c.flag);
  return flag === undefined || flag.tier !== c.tier;
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
        throw new Error(`${file}:${index + 1}: ${(err as Error).message}`, { cause: err });
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
  const ok =
    outcome.kind === 'red-flag' && outcome.result.tier === c.tier && outcome.result.flags.some((f) => f.id === c.flag);
  return { ok, got: describe(outcome) };
}

/** A near miss is right when it raises no alarm; a warning-signs question must also be recognised. */
export function nearMissRight(triage: Triage, c: NearMissCase): { ok: boolean; alarm: boolean; got: string } {
  const outcome = triage.classify(c.text);
  const alarm = outcome.kind === 'red-flag';
  const ok = c.expect === 'warning-signs-question' ? outcome.kind === 'warning-signs-question' : !alarm;
  return { ok, alarm, got: describe(outcome) };
}

/**
 * A pending label counts as caught for now when an existing flag raises an urgent-or-higher alarm or
 * the second line asks its safety question.
 */
export function caughtForNow(triage: Triage, c: RedFlagCase): { ok: boolean; got: string } {
  const outcome = triage.classify(c.text);
  if (outcome.kind === 'red-flag') return { ok: true, got: describe(outcome) };
  const suspicion = outcome.kind === 'none' ? triage.suspect(c.text) : null;
  return { ok: suspicion !== null, got: suspicion ? `question about ${suspicion.flag.id}` : describe(outcome) };
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)}%`);

function recallLine(name: string, triage: Triage, all: RedFlagCase[], knowledge: Knowledge): string[] {
  const cases = all.filter((c) => !isPending(knowledge, c));
  const pending = all.filter((c) => isPending(knowledge, c));
  const misses = cases.map((c) => ({ c, r: caught(triage, c) })).filter(({ r }) => !r.ok);
  console.log(
    `  red-flag recall, right tier (${name}): ${pct(cases.length - misses.length, cases.length)} of ${cases.length}`,
  );
  const out = misses.map(({ c, r }) => `    MISS ${c.tier}/${c.flag}: "${c.text}" → ${r.got}`);
  if (pending.length === 0) return out;
  const pendingMisses = pending.map((c) => ({ c, r: caughtForNow(triage, c) })).filter(({ r }) => !r.ok);
  console.log(
    `  pending labels (${name}; flag or tier not in the knowledge yet): ${pending.length}; caught for now ` +
      `(an existing flag at urgent or higher, or the second line's question): ${pct(pending.length - pendingMisses.length, pending.length)}`,
  );
  return [...out, ...pendingMisses.map(({ c, r }) => `    PENDING MISS ${c.tier}/${c.flag}: "${c.text}" → ${r.got}`)];
}

/**
 * The second line of defence: of the red flags the rules miss, how many get a safety question (and
 * about the labelled flag); of the non-flag messages the rules leave alone, how many get one.
 */
function secondLineLine(triage: Triage, flags: RedFlagCase[], others: string[]): string[] {
  const matcherTexts = new Set(matcherSetTexts());
  const missed = flags.filter((c) => triage.classify(c.text).kind === 'none');
  const asked = missed.map((c) => ({ c, s: triage.suspect(c.text) }));
  const right = asked.filter(({ c, s }) => s?.flag.id === c.flag).length;
  const any = asked.filter(({ s }) => s !== null).length;
  const quiet = others.filter((text) => triage.classify(text).kind === 'none');
  const questioned = quiet.filter((text) => triage.suspect(text) !== null);
  console.log(
    `  second line: red flags the rules miss ${missed.length}, given a safety question ${any} (about the labelled flag ${right}); ` +
      `questions on ${pct(questioned.length, quiet.length)} of ${quiet.length} non-flag messages the rules leave alone`,
  );
  // A held-out matcher message is counted above but, when hidden, not printed.
  const printable = new Set([...others.filter((text) => !matcherTexts.has(text)), ...printableMatcherTexts()]);
  const shown = questioned.filter((text) => printable.has(text));
  if (shown.length < questioned.length)
    console.log(
      `    ${questioned.length - shown.length} of them held-out matcher messages (hidden: EVAL_HIDE_HELDOUT_MISSES)`,
    );
  return shown.map((text) => `    QUESTION on a non-flag message: "${text}" → about ${triage.suspect(text)?.flag.id}`);
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

/**
 * The matcher's held-out sets (tests/eval/*blind*.jsonl): whoever tunes sets EVAL_HIDE_HELDOUT_MISSES=1,
 * and then only their counts are printed, never their messages, so they stay blind.
 */
const hideHeldOut = (): boolean => Boolean(process.env.EVAL_HIDE_HELDOUT_MISSES);
const isHeldOutMatcherFile = (file: string): boolean => file.includes('blind');

/** Matcher messages that may be printed: all of them unless the held-out ones are hidden. */
function printableMatcherTexts(): Set<string> {
  const dir = join(root, 'tests/eval');
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !(hideHeldOut() && isHeldOutMatcherFile(f)));
  return new Set(
    files.flatMap((file) =>
      readJsonl<{ text?: unknown }>(join(dir, file)).flatMap((c) => (typeof c.text === 'string' ? [c.text] : [])),
    ),
  );
}

/** The matcher's development set: every line there is not a red flag. */
export function matcherSetTexts(): string[] {
  const dir = join(root, 'tests/eval');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
    : [];
  return files.flatMap((file) =>
    readJsonl<{ text?: unknown }>(join(dir, file)).flatMap((c) => (typeof c.text === 'string' ? [c.text] : [])),
  );
}

function matcherSetLine(triage: Triage): string[] {
  const dir = join(root, 'tests/eval');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
    : [];
  if (files.length === 0) {
    console.log('  matcher dev set (tests/eval/*.jsonl): not there yet; skipped');
    return [];
  }
  const out: string[] = [];
  const hidden: string[] = [];
  let total = 0;
  let alarms = 0;
  for (const file of files) {
    let fileAlarms = 0;
    let fileTotal = 0;
    for (const c of readJsonl<{ text: string; expect?: string }>(join(dir, file))) {
      if (typeof c.text !== 'string') continue;
      fileTotal += 1;
      const outcome = triage.classify(c.text);
      if (outcome.kind !== 'red-flag') continue;
      fileAlarms += 1;
      if (!(hideHeldOut() && isHeldOutMatcherFile(file)))
        out.push(`    FALSE ALARM (${file}, expect ${c.expect ?? '?'}): "${c.text}" → ${describe(outcome)}`);
    }
    total += fileTotal;
    alarms += fileAlarms;
    if (hideHeldOut() && isHeldOutMatcherFile(file)) hidden.push(`${file} ${fileAlarms} of ${fileTotal}`);
  }
  console.log(`  false alarms on the matcher dev set (${files.join(', ')}): ${pct(alarms, total)} of ${total}`);
  if (hidden.length > 0) console.log(`    held-out, messages hidden (EVAL_HIDE_HELDOUT_MISSES): ${hidden.join('; ')}`);
  return out;
}

/**
 * Processor time (not wall time: on a machine shared by several jobs, wall time measures the
 * neighbours) per message for both lines as a turn runs them: the second only when the first finds nothing.
 */
function speedLine(triage: Triage, texts: string[]): void {
  const rounds = 20;
  const both = (text: string): void => {
    if (triage.classify(text).kind === 'none') triage.suspect(text);
  };
  const cpu = (run: () => void): number => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return used.user + used.system;
  };
  const micros =
    cpu(() => {
      for (let i = 0; i < rounds; i += 1) for (const text of texts) both(text);
    }) /
    (rounds * texts.length);
  const long = texts.join(' ').repeat(3).slice(0, 4000);
  const longMs =
    cpu(() => {
      for (let i = 0; i < rounds; i += 1) both(long);
    }) /
    1000 /
    rounds;
  console.log(
    `  speed (processor time): ${micros.toFixed(0)} µs per message on average; ${longMs.toFixed(1)} ms for a 4,000-character message`,
  );
}

/**
 * Blind batches (tests/triage/blind-*.jsonl): red-flag cases (with `tier`) and near misses (with
 * `expect`) in one file, each written in one go and scored once before any fix (README).
 */
export function loadBlindBatches(dir = join(root, 'tests/triage')): {
  flags: RedFlagCase[];
  nearMisses: NearMissCase[];
} {
  const files = readdirSync(dir)
    .filter((f) => /^blind-.*\.jsonl$/.test(f))
    .sort();
  const all = files.flatMap((f) => readJsonl<RedFlagCase | NearMissCase>(join(dir, f)));
  return {
    flags: all.filter((c): c is RedFlagCase => 'tier' in c),
    nearMisses: all.filter((c): c is NearMissCase => 'expect' in c),
  };
}

/** The triage every turn runs (src/app.ts, src/bot.ts): English first, the gated Spanish one beside it. */
function botTriage(english: Knowledge): Triage {
  const set = loadKnowledgeSet(join(root, 'knowledge'));
  return bothLanguages(createTriage(english), createSpanishTriage({ en: english, es: set.es }));
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
  console.log(
    '  (held-out batches were scored once before any fix; those first-look numbers are in docs/eval-history.md)',
  );
  const blindLines: string[] = [];
  for (const split of [...new Set([...blind.flags, ...blind.nearMisses].map((c) => c.split ?? ''))].sort()) {
    blindLines.push(
      ...recallLine(
        split,
        triage,
        blind.flags.filter((c) => c.split === split),
        knowledge,
      ),
      ...nearMissLine(
        split,
        triage,
        blind.nearMisses.filter((c) => c.split === split),
      ),
    );
  }
  const bot = botTriage(knowledge);
  console.log('  as the bot runs it (English + Spanish triage, the higher tier wins):');
  const botLines = [
    ...recallLine('all, combined', bot, flags, knowledge),
    ...nearMissLine('all, combined', bot, nearMisses),
  ];
  const problems = [
    ...botLines,
    ...blindLines,
    ...recallLine('held-out', triage, heldFlags, knowledge),
    ...recallLine('all', triage, flags, knowledge),
    ...nearMissLine('held-out', triage, heldNear),
    ...nearMissLine('all', triage, nearMisses),
    ...matcherSetLine(triage),
    ...secondLineLine(
      triage,
      flags.filter((c) => !isPending(knowledge, c)),
      [...nearMisses.map((c) => c.text), ...matcherSetTexts()],
    ),
  ];
  speedLine(
    triage,
    [...flags, ...nearMisses].map((c) => c.text),
  );
  // Held-out lines are listed twice above (held-out and all); show each once.
  for (const line of [...new Set(problems)]) console.log(line);
  for (const line of unseenLines(triage)) console.log(line);
}

/**
 * Batches not yet looked at (tests/triage/unseen-*.jsonl): written blind, scored as they are, their
 * misses never printed, so the figure stays a first look until someone fixes them and renames the
 * file to blind-*.jsonl (then it joins the 100 % gate above).
 */
function unseenLines(triage: Triage): string[] {
  const dir = join(root, 'tests/triage');
  const lines: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^unseen-.*\.jsonl$/.test(f))
    .sort()) {
    const all = readJsonl<RedFlagCase | NearMissCase>(join(dir, file));
    const flags = all.filter((c): c is RedFlagCase => 'tier' in c);
    const near = all.filter((c): c is NearMissCase => 'expect' in c);
    const right = flags.filter((c) => caught(triage, c).ok).length;
    const alarmOrAsked = flags.filter((c) => caughtForNow(triage, c).ok).length;
    const alarms = near.filter((c) => nearMissRight(triage, c).alarm).length;
    const asked = near.filter((c) => triage.classify(c.text).kind === 'none' && triage.suspect(c.text) !== null).length;
    const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
    lines.push(`  NOT YET SEEN ${file} (first look; misses not printed)`);
    lines.push(
      `    red flags at the right flag and tier ${pct(right, flags.length)}; an alarm or the safety question ${pct(alarmOrAsked, flags.length)}`,
    );
    lines.push(
      `    near misses: false alarms ${pct(alarms, near.length)}; safety questions ${pct(asked, near.length)}`,
    );
  }
  return lines;
}

if (require.main === module) {
  runTriageEval(loadKnowledge(join(root, 'knowledge')));
}
