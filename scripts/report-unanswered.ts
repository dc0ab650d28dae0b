// npm run report:unanswered [-- path/to/unanswered.jsonl] — what people asked that the bot could not
// answer confidently: the most frequent messages (grouped after normalisation) and the newest ones.
// Reads <DATA_DIR>/unanswered.jsonl by default (DATA_DIR defaults to ./data).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from '../src/matching/normalize';
import { UNANSWERED_FILE, type UnansweredRecord } from '../src/matching/unansweredLog';

export interface UnansweredSummary {
  total: number;
  byOutcome: Record<string, number>;
  frequent: Array<{ text: string; count: number; outcomes: string[]; top: string[] }>;
  newest: UnansweredRecord[];
  badLines: number;
}

/** Pure: lines of the log → summary. Messages that differ only in case/punctuation are grouped. */
export function summarise(lines: readonly string[], limit = 15): UnansweredSummary {
  const records: UnansweredRecord[] = [];
  let badLines = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as UnansweredRecord;
      if (typeof r.text === 'string' && typeof r.at === 'string') records.push(r);
      else badLines++;
    } catch {
      badLines++;
    }
  }
  const byOutcome: Record<string, number> = {};
  const groups = new Map<string, { text: string; count: number; outcomes: Set<string>; top: Set<string> }>();
  for (const r of records) {
    byOutcome[r.outcome] = (byOutcome[r.outcome] ?? 0) + 1;
    const key = tokenize(r.text).join(' ');
    const g = groups.get(key) ?? { text: r.text, count: 0, outcomes: new Set<string>(), top: new Set<string>() };
    g.count++;
    g.outcomes.add(r.outcome);
    (r.top ?? []).forEach((id) => g.top.add(id));
    groups.set(key, g);
  }
  const frequent = [...groups.values()]
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, limit)
    .map((g) => ({ text: g.text, count: g.count, outcomes: [...g.outcomes], top: [...g.top].slice(0, 3) }));
  const newest = [...records].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  return { total: records.length, byOutcome, frequent, newest, badLines };
}

function main(): void {
  const arg = process.argv[2];
  const file = arg ? resolve(arg) : join(resolve(process.env.DATA_DIR ?? 'data'), UNANSWERED_FILE);
  if (!existsSync(file)) {
    console.log(`No unanswered questions logged yet (${file} does not exist).`);
    return;
  }
  const s = summarise(readFileSync(file, 'utf8').split('\n'));
  const outcomes = Object.entries(s.byOutcome)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `${s.total} messages in ${file} (${outcomes || 'none'})${s.badLines ? `; ${s.badLines} unreadable lines skipped` : ''}\n`,
  );
  console.log('Most frequent:');
  for (const f of s.frequent) {
    console.log(
      `  ${String(f.count).padStart(4)}×  ${f.text}   [${f.outcomes.join(', ')}${f.top.length ? `; closest: ${f.top.join(', ')}` : ''}]`,
    );
  }
  console.log('\nNewest:');
  for (const r of s.newest) console.log(`  ${r.at}  ${r.outcome.padEnd(12)}  ${r.text}`);
  console.log(
    '\nTo fix one: add a phrasing to the right entry in knowledge/entries/*.yaml, or a word to knowledge/synonyms.yaml, then check it with npm run ask -- "the message".',
  );
}

if (require.main === module) main();
