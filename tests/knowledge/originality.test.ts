// The answers must carry the article's facts in our own words: no run of 8 consecutive words
// (after normalising case and punctuation) may be copied from the clinic's source article.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { KNOWLEDGE_DIR } from './helpers';

const RUN = 8;
// The clinic's article sits next to the repo in the workspace; a copy is kept with the tests so
// the check also runs from a fresh clone.
const SHARED_SEED = path.join(projectRoot(), '..', 'shared', 'seed', '000_086aa68a775b3884.txt');
const SEED = fs.existsSync(SHARED_SEED) ? SHARED_SEED : path.join(__dirname, 'fixtures', 'seed-article.txt');

/** Lower-case words; apostrophes dropped ("it’s" → its), any other punctuation splits words. */
function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘'`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function runsOf(words: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

function copiedRuns(text: string, seedRuns: Set<string>): string[] {
  return [...runsOf(normalisedWords(text), RUN)].filter((run) => seedRuns.has(run));
}

describe('originality against the seed article', () => {
  let seedRuns: Set<string>;
  let k: Knowledge;
  beforeAll(() => {
    seedRuns = runsOf(normalisedWords(fs.readFileSync(SEED, 'utf8')), RUN);
    k = loadKnowledge(KNOWLEDGE_DIR);
  });

  it('the detector catches a copied sentence, even with changed case and punctuation', () => {
    expect(seedRuns.size).toBeGreaterThan(1000);
    const copied = 'Ill-fitting or WORN OUT shoes can alter your gait - leading to increased stress on the knees';
    expect(copiedRuns(copied, seedRuns).length).toBeGreaterThan(0);
    expect(copiedRuns('Shoes that fit badly change how you move.', seedRuns)).toEqual([]);
  });

  it('no answer copies 8 words in a row', () => {
    const copies = k.entries.flatMap((e) => copiedRuns(e.answer, seedRuns).map((run) => `${e.id}: "${run}"`));
    expect(copies).toEqual([]);
  });

  it('no location text or symptom question copies 8 words in a row', () => {
    const copies = k.locations.flatMap((l) =>
      [l.whatHelps, l.whenToSeeSomeone, ...l.symptomQuestions.map((q) => q.text)].flatMap((t) =>
        copiedRuns(t, seedRuns).map((run) => `${l.id}: "${run}"`),
      ),
    );
    expect(copies).toEqual([]);
  });
});
