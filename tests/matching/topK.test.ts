// The pruned top-k must be exactly the full scoring's top-k (same entries, same order, same
// scores) for every labelled message, with the real knowledge and with 1,000 extra entries where
// pruning skips most postings.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcherParts } from '../../src/matching/index';
import { createTopK } from '../../src/matching/topK';
import { readLabelled } from '../../scripts/lib/evaluate';
import { syntheticKnowledge } from '../../scripts/lib/synthetic';

const root = join(__dirname, '../..');
const knowledge = loadKnowledge(join(root, 'knowledge'));
const evalDir = join(root, 'tests/eval');
const texts = readdirSync(evalDir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readLabelled(join(evalDir, f)).map((r) => r.text));

describe.each([
  ['the real knowledge', knowledge],
  ['1,000 synthetic entries more', syntheticKnowledge(knowledge, 1000)],
  // Spanish: the Spanish analyzer on the Spanish knowledge (English messages too: they are still text).
  ['the Spanish knowledge', loadKnowledgeSet(join(root, 'knowledge')).es],
])('pruned top-k with %s', (_name, k) => {
  it('equals the full pass on every labelled message', () => {
    const parts = createMatcherParts(k);
    expect(texts.length).toBeGreaterThan(900);
    let proved = 0;
    for (const text of texts) {
      const { query } = parts.query(parts.read(text));
      const pruned = parts.topK.pruned(query);
      if (pruned === undefined) continue; // gave up: the full pass runs instead
      proved++;
      expect(pruned, text).toEqual(parts.topK.full(query));
    }
    // The pruned path must actually be the one that runs.
    expect(proved / texts.length).toBeGreaterThan(0.75);
  });
  it("equals the full pass for the long-post reranker's larger pool too", () => {
    const parts = createMatcherParts(k);
    const pool = createTopK(parts.index, parts.index.cfg.rerankPool);
    for (const text of texts) {
      const { query } = parts.query(parts.read(text));
      const pruned = pool.pruned(query);
      if (pruned !== undefined) expect(pruned, text).toEqual(pool.full(query));
    }
  });
});
