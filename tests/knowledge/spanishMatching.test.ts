// The Spanish knowledge answers Spanish questions as people type them (no accents, Spanglish,
// "ocupo", "agüitado"). The messages in fixtures/es-questions.jsonl were written before they were
// ever matched (first look: 42 of 45 right); the misses were fixed in the data (keywords, synonyms),
// never by copying a message into an entry. A second round of 45, also written blind, scored 36 of
// 45 at first look (clarify counted as a miss). Both are tuning data now, so the floor is high.
// With the Spanish analyzer (src/matching/lang/es.ts) the same 90 score 86 right after the data
// fixes (a distinctive canonical for "rodilla del corredor", "ocupo" = necesito, bot-help phrasings).
// A third blind round of 30, first scored with that analyzer: 22 answered right, 26 answered or
// offered first, 1 wrongly out of scope ("advil antes del maraton"); after fixes 25 and 29.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { KNOWLEDGE_DIR } from './helpers';

interface Labelled {
  text: string;
  expect: string;
}

const cases: Labelled[] = fs
  .readFileSync(path.join(__dirname, 'fixtures', 'es-questions.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Labelled);

describe('Spanish questions reach the right Spanish entry', () => {
  const es = loadKnowledgeSet(KNOWLEDGE_DIR).es;
  const matcher = createMatcher(es);

  it('labels only entries that exist', () => {
    expect(cases.filter((c) => !es.byId.has(c.expect)).map((c) => c.expect)).toEqual([]);
  });

  it('answers at least 90% of them with the labelled entry, and offers it first in 95%', () => {
    const misses: string[] = [];
    let offeredFirst = 0;
    for (const c of cases) {
      const result = matcher.match(c.text);
      const got = result.kind === 'answer' ? result.best.entry.id : result.kind;
      if (got === c.expect || (result.kind === 'clarify' && result.candidates[0]?.entry.id === c.expect))
        offeredFirst++;
      if (got !== c.expect) misses.push(`${c.text} → ${got} (want ${c.expect})`);
      if (result.kind === 'answer') expect(result.best.entry.answer).toBe(es.byId.get(got)?.answer);
    }
    expect(misses.length / cases.length, misses.join('\n')).toBeLessThanOrEqual(0.1);
    expect(offeredFirst / cases.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
