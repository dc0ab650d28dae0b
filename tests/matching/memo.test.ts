// createMatcher keeps the result of recent texts: the memo must never change a result. Every labelled
// message (the held-out sets left out: they are not read outside the eval) is matched by a matcher
// without the memo and by one with it, twice over (the second pass is answered from the memo), with the
// English and the Spanish knowledge.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { readLabelled } from '../../scripts/lib/evaluate';
import { CORPUS_TIMEOUT_MS } from '../helpers/timeouts';

const root = join(__dirname, '../..');
const set = loadKnowledgeSet(join(root, 'knowledge'));
const evalDir = join(root, 'tests/eval');
const texts = readdirSync(evalDir)
  .filter((f) => f.endsWith('.jsonl') && !f.includes('blind') && !f.includes('unseen'))
  .flatMap((f) => readLabelled(join(evalDir, f)).map((r) => r.text));

describe.each([
  ['English', set.en],
  ['Spanish', set.es],
])('the by-text memo of createMatcher (%s knowledge)', (_name, knowledge) => {
  it(
    'never changes a result (every labelled message, twice)',
    () => {
      expect(texts.length).toBeGreaterThan(900);
      const plain = createMatcher(knowledge, { withoutMemo: true });
      const memo = createMatcher(knowledge);
      const expected = texts.map((text) => JSON.stringify(plain.match(text)));
      const differ = new Set<string>();
      for (let pass = 0; pass < 2; pass += 1) {
        texts.forEach((text, i) => {
          if (JSON.stringify(memo.match(text)) !== expected[i]) differ.add(text);
        });
      }
      expect([...differ]).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );
});
