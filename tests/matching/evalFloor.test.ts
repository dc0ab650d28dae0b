// Quality floors on the held-out set (tests/eval/heldout.jsonl), set just under what the matcher
// achieves, so a change that makes it understand runners worse fails CI. See npm run eval.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { createBaselineMatcher } from '../../src/matching/baseline';
import { evaluate, rate, readLabelled } from '../../src/matching/evaluate';

const root = join(__dirname, '../..');
const knowledge = loadKnowledge(join(root, 'knowledge'));
const heldout = readLabelled(join(root, 'tests/eval/heldout.jsonl'));
const tune = readLabelled(join(root, 'tests/eval/tune.jsonl'));

describe('evaluation set', () => {
  it('is big enough and labelled with real entry ids', () => {
    const all = [...heldout, ...tune];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(all.filter((r) => r.expect.includes('out-of-scope')).length).toBeGreaterThanOrEqual(60);
    const ids = new Set(knowledge.entries.map((e) => e.id));
    for (const r of all) for (const id of r.expect) if (id !== 'out-of-scope') expect(ids, `${r.text} → ${id}`).toContain(id);
    // Every entry is asked about at least once.
    const asked = new Set(all.flatMap((r) => r.expect));
    for (const id of ids) expect(asked, id).toContain(id);
    // No message is in both halves.
    const tuneTexts = new Set(tune.map((r) => r.text.toLowerCase()));
    for (const r of heldout) expect(tuneTexts.has(r.text.toLowerCase()), r.text).toBe(false);
  });
});

describe('matcher quality on held-out messages', () => {
  const report = evaluate(createMatcher(knowledge), heldout);

  it('keeps in-scope top-1 accuracy above its floor', () => {
    expect(rate(report.top1, report.inScope)).toBeGreaterThanOrEqual(FLOORS.top1);
  });
  it('keeps the out-of-scope / not-sure rate above its floor', () => {
    expect(rate(report.outOfScopeCorrect, report.outOfScope)).toBeGreaterThanOrEqual(FLOORS.outOfScope);
  });
  it('rarely answers a knee question with the wrong entry', () => {
    expect(rate(report.answeredWrong, report.inScope)).toBeLessThanOrEqual(FLOORS.maxAnsweredWrong);
  });
  it('beats the fuse.js baseline clearly', () => {
    const base = evaluate(createBaselineMatcher(knowledge), heldout);
    expect(rate(report.top1, report.inScope)).toBeGreaterThan(rate(base.top1, base.inScope) + 0.15);
  });
});

const FLOORS = { top1: 0.92, outOfScope: 0.88, maxAnsweredWrong: 0.05 };
