// Spanish red-flag triage eval: recall at the right flag and tier on tests/triage-es/red-flags.jsonl,
// false alarms on tests/triage-es/near-misses.jsonl, and any blind Spanish rounds
// (tests/triage-es/blind-*.jsonl, scored once as written). Lists every miss. Called by
// scripts/eval.ts (npm run eval) and runs standalone: npx tsx scripts/eval-triage-es.ts
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load';
import { loadSpanishRedFlags } from '../src/knowledge/redFlagsEs';
import type { Knowledge } from '../src/knowledge/types';
import { createTriage, type Triage } from '../src/triage';
import { caught, nearMissRight, readJsonl, type NearMissCase, type RedFlagCase } from './eval-triage';

const root = join(__dirname, '..');
const dir = join(root, 'tests/triage-es');

/** The Spanish triage: the English flags' structure with the Spanish texts and patterns. */
export function spanishTriage(english: Knowledge): Triage {
  const redFlags = loadSpanishRedFlags(join(root, 'knowledge'), english.redFlags);
  return createTriage({ ...english, redFlags }, { language: 'es' });
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

export function runSpanishTriageEval(english: Knowledge): void {
  console.log('Spanish triage (tests/triage-es)');
  const triage = spanishTriage(english);
  const lines = score(
    'labelled',
    triage,
    readJsonl<RedFlagCase>(join(dir, 'red-flags.jsonl')),
    readJsonl<NearMissCase>(join(dir, 'near-misses.jsonl')),
  );
  const blind = existsSync(dir) ? readdirSync(dir).filter((f) => /^blind-.*\.jsonl$/.test(f)).sort() : [];
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
  for (const line of lines) console.log(line);
}

if (require.main === module) runSpanishTriageEval(loadKnowledge(join(root, 'knowledge')));
