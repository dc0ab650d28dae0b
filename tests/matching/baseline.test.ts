// The eval's fuse.js baseline is searched in child processes and cached on disk (scripts/lib/
// baseline.ts) because fuse.js takes seconds per long post. Proof that the optimised path answers
// exactly as the plain one-search-per-message baseline, in both languages, fresh and from its cache.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createBaselineMatcher, precomputedBaseline } from '../../scripts/lib/baseline';
import { readLabelled, topLabel } from '../../scripts/lib/evaluate';
import { CORPUS_TIMEOUT_MS } from '../helpers/timeouts';

const root = join(__dirname, '../..');
const set = loadKnowledgeSet(join(root, 'knowledge'));
const dir = mkdtempSync(join(os.tmpdir(), 'fuse-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = (file: string, n: number) =>
  readLabelled(join(root, 'tests/eval', file))
    .slice(0, n)
    .map((r) => r.text);

const shape = (m: ReturnType<typeof createBaselineMatcher>, text: string) => {
  const r = m.match(text);
  return { top: topLabel(r), all: r.kind === 'answer' ? r.candidates.map((c) => [c.entry.id, c.score]) : [] };
};

describe('fuse.js baseline, precomputed in parallel and cached', () => {
  for (const [language, file] of [
    ['en', 'blind.jsonl'],
    ['es', 'es-blind.jsonl'],
  ] as const) {
    it(`answers every ${language} message exactly as the plain baseline`, { timeout: CORPUS_TIMEOUT_MS }, async () => {
      const knowledge = set[language];
      const texts = sample(file, 12);
      const plain = createBaselineMatcher(knowledge);
      const fresh = await precomputedBaseline(knowledge, language, texts, dir);
      expect(readdirSync(dir).some((f) => f.startsWith(`fuse-baseline-${language}-`))).toBe(true);
      const cached = await precomputedBaseline(knowledge, language, texts, dir);
      for (const text of texts) {
        expect(shape(fresh, text), text).toEqual(shape(plain, text));
        expect(shape(cached, text), text).toEqual(shape(plain, text));
      }
    });
  }
});
