// The long-post reranker (src/matching/rerank.ts, blend.ts): trained offline on the tuning sets only,
// retrained when they change, read only for long posts, and never answering without word-overlap
// evidence. Its cross-validated figure is printed by `npx tsx scripts/train-rerank-model.ts`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcher, createMatcherParts } from '../../src/matching/index';
import { wordCount } from '../../src/matching/posts';
import model from '../../src/matching/rerankModel.json';
import { DEFAULT_TUNING } from '../../src/matching/tuning';
import { SETS } from '../../scripts/lib/evalSets';
import { readLabelled, topLabel } from '../../scripts/lib/evaluate';
import { dataHash, rerankTrainingRows } from '../../scripts/lib/rerankData';
import { CORPUS_TIMEOUT_MS } from '../helpers/timeouts';

const root = join(__dirname, '../..');
const knowledge = loadKnowledge(join(root, 'knowledge'));
const withModel = createMatcher(knowledge);
const without = createMatcher(knowledge, { rerankModel: null });
const evalDir = join(root, 'tests/eval');
const labelled = readdirSync(evalDir)
  .filter((f) => f.endsWith('.jsonl') && !f.startsWith('es-'))
  .flatMap((f) => readLabelled(join(evalDir, f)));

describe('the committed reranker model', () => {
  const rows = rerankTrainingRows(root, knowledge);
  it('was trained on the current tuning sets and entries (else: npx tsx scripts/train-rerank-model.ts)', () => {
    expect(model.dataHash).toBe(dataHash(rows));
    for (const e of knowledge.entries) expect(model.classes).toContain(e.id);
  });
  it('never saw a held-out set, nor a held-out post in another file', () => {
    const held = new Set(SETS.filter((s) => s.heldOut).flatMap((s) => s.files));
    expect(held.size).toBeGreaterThan(5);
    for (const r of rows) expect(held.has(r.source), r.source).toBe(false);
    const heldTexts = new Set(
      [...held].flatMap((f) => {
        try {
          return readLabelled(join(evalDir, f)).map((r) => r.text);
        } catch {
          return [];
        }
      }),
    );
    // (One short question of the old tuning file heldout.jsonl is also in a held set; the model reads posts.)
    const posts = rows.filter((r) => wordCount(r.text) >= DEFAULT_TUNING.postMinWords);
    expect(posts.length).toBeGreaterThan(400);
    expect(posts.filter((r) => heldTexts.has(r.text))).toEqual([]);
  });
});

describe('the reranker in the matcher', () => {
  it("reads the question of a long post, not its story (three kids are not a children's question)", () => {
    const post =
      'Quick background: desk job, three kids, I run at 5am before everyone wakes up. My knee has been swollen and ' +
      'stiff in the mornings for about ten days, no fall or twist that I remember. How long does this kind of thing ' +
      'usually take to settle down?';
    // (Since round 12 the word-overlap matcher no longer reads "kids" as naming a child here: the post says "my knee".)
    expect(topLabel(without.match(post))).not.toBe('kids-and-teens');
    const r = withModel.match(post);
    // How long a swollen knee takes to settle: answered, or both offered; never the children's page.
    expect(['healing-time', 'swollen-knee']).toContain(topLabel(r));
  });
  it('leaves short questions exactly as the word-overlap matcher decides', () => {
    const short = labelled.filter((r) => wordCount(r.text) < DEFAULT_TUNING.postMinWords);
    expect(short.length).toBeGreaterThan(1000);
    for (const r of short) expect(withModel.match(r.text), r.text).toEqual(without.match(r.text));
  });
  it(
    'never turns out-of-scope or "not sure" into a knee answer, and answers only with evidence',
    () => {
      for (const r of labelled) {
        const before = without.match(r.text);
        const after = withModel.match(r.text);
        if (before.kind === 'out-of-scope' || before.kind === 'unknown') expect(after, r.text).toEqual(before);
        if (after.kind === 'answer' && before.kind !== 'answer')
          expect(after.best.score, r.text).toBeGreaterThanOrEqual(DEFAULT_TUNING.rerankEvidence);
      }
    },
    CORPUS_TIMEOUT_MS,
  );
  it(
    'answers a "did you mean" only with one clear reading of the model (no margin: fewer answers, never more)',
    () => {
      const noMargin = createMatcher(knowledge, { rerankAnswerMargin: 0 });
      const strict = createMatcher(knowledge, { rerankAnswerMargin: 1 });
      const posts = labelled.filter((r) => wordCount(r.text) >= DEFAULT_TUNING.postMinWords);
      let promoted = 0;
      for (const r of posts) {
        const after = withModel.match(r.text);
        if (after.kind !== 'answer') continue;
        // Whatever the margin lets through, a margin of 0 lets through too.
        expect(noMargin.match(r.text).kind, r.text).toBe('answer');
        if (strict.match(r.text).kind !== 'answer') promoted++;
      }
      expect(promoted).toBeGreaterThan(0);
    },
    CORPUS_TIMEOUT_MS,
  );
  it('is only built for the language it was trained on', () => {
    expect(createMatcherParts(knowledge).reranker).toBeDefined();
    expect(createMatcherParts(loadKnowledgeSet(join(root, 'knowledge')).es).reranker).toBeUndefined();
    expect(createMatcherParts(knowledge, { rerankWeight: 0 }).reranker).toBeUndefined();
  });
});
