// npm run ask -- "text" (or -- --es "texto"): what the English (Spanish) matcher makes of a message — outcome, top matches with scores,
// and why (matched words, typo fixes, synonyms, location). For curators tuning knowledge/.
import { join } from 'node:path';
import { loadKnowledgeSet } from '../src/knowledge/load';
import { createMatcher } from '../src/matching/index';
import type { MatchResult, ScoredEntry } from '../src/matching/types';

function describe(result: MatchResult): string[] {
  const lines: string[] = [];
  const u = result.understanding;
  lines.push(`outcome: ${result.kind}${result.kind === 'out-of-scope' && result.topic ? ` (${result.topic})` : ''}`);
  lines.push(
    `location: ${u.location ?? '-'}   symptoms: ${u.symptomIds.join(', ') || '-'}${u.truncated ? '   (message was cut)' : ''}`,
  );
  const list: ScoredEntry[] =
    result.kind === 'answer'
      ? result.candidates
      : result.kind === 'clarify'
        ? result.candidates
        : result.kind === 'unknown'
          ? result.suggestions
          : [];
  if (result.kind === 'answer' && result.second)
    lines.push(
      `second question: ${result.second.entry.id}  ${result.second.score.toFixed(3)}  "${result.second.entry.title}"`,
    );
  list.forEach((c, i) => {
    lines.push(`${i + 1}. ${c.entry.id}  ${c.score.toFixed(3)}  "${c.entry.title}"`);
    for (const why of c.why) lines.push(`     ${why}`);
  });
  return lines;
}

function main(): void {
  const args = process.argv.slice(2);
  const spanish = args[0] === '--es';
  const text = (spanish ? args.slice(1) : args).join(' ').trim();
  if (!text) {
    console.error(
      'usage: npm run ask -- "my knee hurts on the outside"   (Spanish: npm run ask -- --es "me duele la rodilla")',
    );
    process.exit(2);
  }
  const set = loadKnowledgeSet(join(__dirname, '..', 'knowledge'));
  const matcher = createMatcher(spanish ? set.es : set.en);
  console.log(describe(matcher.match(text)).join('\n'));
}

main();
