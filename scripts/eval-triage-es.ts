// Spanish red-flag triage eval: recall at the right flag and tier on tests/triage-es/red-flags.jsonl,
// false alarms on tests/triage-es/near-misses.jsonl, and any blind Spanish rounds
// (tests/triage-es/blind-*.jsonl, scored once as written). Lists every miss. Called by
// scripts/eval.ts (npm run eval) and runs standalone: npx tsx scripts/eval-triage-es.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { join } from 'node:path';
import { loadKnowledge, loadKnowledgeSet } from '../src/knowledge/load';
import { loadSpanishRedFlags } from '../src/knowledge/redFlagsEs';
import type { Knowledge } from '../src/knowledge/types';
import { createTriage, type Triage } from '../src/triage';
import { caught, nearMissRight, readJsonl, type NearMissCase, type RedFlagCase } from './eval-triage';

const root = join(__dirname, '..');
const dir = join(root, 'tests/triage-es');

/** The Spanish triage as the bot builds it: the Spanish knowledge (English structure, Spanish text and patterns). */
export function spanishTriage(spanish: Knowledge): Triage {
  return createTriage(spanish, { language: 'es' });
}

/** Every Spanish question people ask the matcher (tests/eval/es-*.jsonl, the Spanish entries' questions): none is a red flag. */
function spanishQuestions(): string[] {
  const evalDir = join(root, 'tests/eval');
  const files = existsSync(evalDir) ? readdirSync(evalDir).filter((f) => /^es-.*\.jsonl$/.test(f)) : [];
  const fromEval = files.flatMap((f) =>
    readJsonl<{ text?: unknown }>(join(evalDir, f)).flatMap((c) => (typeof c.text === 'string' ? [c.text] : [])),
  );
  // The Spanish entries' questions, read from the files (whatever else of knowledge/es is complete yet).
  const entriesDir = join(root, 'knowledge/es/entries');
  const files2 = existsSync(entriesDir) ? readdirSync(entriesDir).filter((f) => f.endsWith('.yaml')) : [];
  const fromEntries = files2.flatMap((f) => {
    const data = loadYaml(readFileSync(join(entriesDir, f), 'utf8')) as { entries?: Array<{ questions?: string[] }> };
    return (data.entries ?? []).flatMap((e) => e.questions ?? []);
  });
  return [...fromEval, ...fromEntries];
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)}%`);

function score(name: string, triage: Triage, flags: RedFlagCase[], nearMisses: NearMissCase[]): string[] {
  const misses = flags.map((c) => ({ c, r: caught(triage, c) })).filter(({ r }) => !r.ok);
  const wrong = nearMisses.map((c) => ({ c, r: nearMissRight(triage, c) })).filter(({ r }) => !r.ok);
  const alarms = wrong.filter(({ r }) => r.alarm).length;
  if (flags.length > 0)
    console.log(
      `  Spanish red-flag recall, right flag and tier (${name}): ${pct(flags.length - misses.length, flags.length)} of ${flags.length}`,
    );
  if (nearMisses.length > 0)
    console.log(
      `  Spanish near-miss false alarms (${name}): ${pct(alarms, nearMisses.length)} of ${nearMisses.length}; ` +
        `handled as labelled: ${pct(nearMisses.length - wrong.length, nearMisses.length)}`,
    );
  return [
    ...misses.map(({ c, r }) => `    MISS ${c.tier}/${c.flag}: "${c.text}" → ${r.got}`),
    ...wrong.map(({ c, r }) => `    WRONG expected ${c.expect}: "${c.text}" → ${r.got}`),
  ];
}

export function runSpanishTriageEval(spanish: Knowledge): void {
  console.log('Spanish triage (tests/triage-es)');
  const triage = spanishTriage(spanish);
  const lines = score(
    'labelled',
    triage,
    readJsonl<RedFlagCase>(join(dir, 'red-flags.jsonl')),
    readJsonl<NearMissCase>(join(dir, 'near-misses.jsonl')),
  );
  const blind = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^blind-.*\.jsonl$/.test(f))
        .sort()
    : [];
  for (const file of blind) {
    const all = readJsonl<RedFlagCase | NearMissCase>(join(dir, file));
    lines.push(
      ...score(
        file,
        triage,
        all.filter((c): c is RedFlagCase => 'tier' in c),
        all.filter((c): c is NearMissCase => 'expect' in c),
      ),
    );
  }
  const questions = spanishQuestions();
  const alarms = questions.filter((text) => triage.classify(text).kind === 'red-flag');
  console.log(
    `  Spanish alarms on the matcher's Spanish questions (a few describe real red flags): ${pct(alarms.length, questions.length)} of ${questions.length}`,
  );
  for (const text of alarms) lines.push(`    FALSE ALARM: "${text}" → ${describeOutcome(triage, text)}`);
  for (const line of lines) console.log(line);
}

function describeOutcome(triage: Triage, text: string): string {
  const o = triage.classify(text);
  return o.kind === 'red-flag' ? `${o.result.tier} [${o.result.flags.map((f) => f.id).join(', ')}]` : o.kind;
}

/**
 * The Spanish knowledge as the bot loads it; while another part of knowledge/es is still incomplete
 * (branches merging), the English knowledge with the Spanish red flags, which is all triage reads.
 */
export function spanishKnowledge(dir = join(root, 'knowledge')): Knowledge {
  try {
    return loadKnowledgeSet(dir).es;
  } catch (err) {
    console.log(`  (Spanish knowledge set not loadable: ${(err as Error).message}; using the Spanish red flags alone)`);
    const english = loadKnowledge(dir);
    return { ...english, redFlags: loadSpanishRedFlags(dir, english.redFlags) };
  }
}

if (require.main === module) runSpanishTriageEval(spanishKnowledge());
