// Reading grade (Flesch-Kincaid, US school grade) of everything the bot says about knees, computed
// with the `flesch-kincaid` formula and `syllable` counts (both well-kept npm packages).
// Ceilings:
//   - "when to see someone" texts (the assessment's, and the entries that are about when to get
//     help) and red-flag advice: grade 8 or lower. People read these when worried; they must be
//     understood at a glance.
//   - every other answer and "what helps" text: grade 9 or lower. Some medical names cannot be
//     avoided ("patellofemoral", "tendinopathy") and each one lifts a short answer's grade; 9 keeps
//     the rest of the wording plain around them.
// Markdown is removed first; each "- " list item counts as a sentence, as people read it as one.
// Both packages are ES modules; this project compiles tests as CommonJS, so they are loaded with
// import() once, before the tests run.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { KNOWLEDGE_DIR } from './helpers';

const WHEN_TO_SEE_MAX = 8;
const RED_FLAG_MAX = 8;
const ANSWER_MAX = 9;
/** Entries whose whole answer is "when to get help": held to the same ceiling as red flags. */
const WHEN_TO_SEE_ENTRIES = ['when-to-see-professional', 'warning-signs'];

let fleschKincaid: (counts: { sentence: number; word: number; syllable: number }) => number;
let syllable: (value: string) => number;
beforeAll(async () => {
  ({ fleschKincaid } = await import('flesch-kincaid'));
  ({ syllable } = await import('syllable'));
});

function readingGrade(text: string): number {
  const plain = text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\*([^*]+)\*/g, '$1');
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const line of plain.split('\n')) {
    const unit = line.replace(/^\s*-\s+/, '').trim();
    if (unit === '') continue;
    sentence += unit.split(/(?<=[.!?])\s+/).filter((s) => /[a-z]/i.test(s)).length;
    for (const w of unit.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
      word += 1;
      syllables += syllable(w);
    }
  }
  return fleschKincaid({ sentence, word, syllable: syllables });
}

const over = (rows: Array<[string, string]>, max: number) =>
  rows
    .map(([name, text]) => ({ name, grade: Math.round(readingGrade(text) * 10) / 10 }))
    .filter((r) => !(r.grade <= max));

describe('reading grade', () => {
  let k: Knowledge;
  beforeAll(() => {
    k = loadKnowledge(KNOWLEDGE_DIR);
  });

  it('the measure tells plain from dense wording', () => {
    expect(readingGrade('Rest it for a day. Then walk a bit. Call us if it still hurts.')).toBeLessThan(3);
    const dense =
      'Patellofemoral pain is characterised by retropatellar or peripatellar discomfort exacerbated by activities loading the patellofemoral joint during weight-bearing on a flexed knee.';
    expect(readingGrade(dense)).toBeGreaterThan(14);
  });

  it(`"when to see someone" texts are at grade ${WHEN_TO_SEE_MAX} or lower`, () => {
    const rows: Array<[string, string]> = [
      ...[...k.locations, k.general].map((l): [string, string] => [
        `locations.yaml ${l.id}.whenToSeeSomeone`,
        l.whenToSeeSomeone,
      ]),
      ...WHEN_TO_SEE_ENTRIES.map((id): [string, string] => [`entry ${id}`, k.byId.get(id)!.answer]),
    ];
    expect(over(rows, WHEN_TO_SEE_MAX)).toEqual([]);
  });

  it(`every other answer and "what helps" text is at grade ${ANSWER_MAX} or lower`, () => {
    const rows: Array<[string, string]> = [
      ...k.entries
        .filter((e) => !WHEN_TO_SEE_ENTRIES.includes(e.id))
        .map((e): [string, string] => [`entry ${e.id}`, e.answer]),
      ...[...k.locations, k.general].map((l): [string, string] => [`locations.yaml ${l.id}.whatHelps`, l.whatHelps]),
    ];
    expect(over(rows, ANSWER_MAX)).toEqual([]);
  });

  // What to do, then why, in plain words: people read these when they may need care now.
  it(`red-flag advice is at grade ${RED_FLAG_MAX} or lower`, () => {
    expect(
      over(
        k.redFlags.map((f) => [`red-flags.yaml ${f.id}`, f.advice]),
        RED_FLAG_MAX,
      ),
    ).toEqual([]);
  });
});
