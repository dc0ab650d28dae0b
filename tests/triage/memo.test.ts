// createTriage keeps the reading of recent texts (by text and conversation context): the memo must never
// change an outcome or a second-line suspicion. Every labelled message, English and Spanish, is read by a
// triage without the memo and by one with it (alone or with a context), twice over (the second pass is
// answered from the memo) and with another text read between classify() and suspect().
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { loadSpanishRedFlags } from '../../src/knowledge/redFlagsEs';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import type { TriageOptions } from '../../src/triage/detect';
import type { TriageContext } from '../../src/triage/subject';
import { loadBlindBatches, readJsonl, type NearMissCase, type RedFlagCase } from '../../scripts/eval-triage';
import { CORPUS_TIMEOUT_MS } from '../helpers/timeouts';

const root = projectRoot();

function englishTexts(): string[] {
  const dir = path.join(root, 'tests/triage');
  const blind = loadBlindBatches(dir);
  return [
    ...readJsonl<RedFlagCase>(path.join(dir, 'red-flags.jsonl')),
    ...readJsonl<NearMissCase>(path.join(dir, 'near-misses.jsonl')),
    ...blind.flags,
    ...blind.nearMisses,
  ].map((c) => c.text);
}

function spanishTexts(): string[] {
  const dir = path.join(root, 'tests/triage-es');
  const files = readdirSync(dir).filter(
    (f) => /^(?:blind|own)-.*\.jsonl$/.test(f) || f === 'red-flags.jsonl' || f === 'near-misses.jsonl',
  );
  return files.flatMap((f) => readJsonl<RedFlagCase | NearMissCase>(path.join(dir, f))).map((c) => c.text);
}

/** What the conversation may have told beside a message (dialogs/subject.ts): text i is read with the i-th. */
const CONTEXTS: Array<TriageContext | undefined> = [
  undefined,
  {},
  { knee: true },
  { injured: true, older: true },
  { subject: 'child' },
  { subject: undefined, injured: false, knee: true },
];

/**
 * Texts whose readings differ between the two triages: each text (with the context its place in the
 * list gives it) classified then suspected, twice (the second time from the memo); then the same again
 * with another text classified between classify() and suspect(), by both triages alike.
 */
function differences(knowledge: Knowledge, texts: string[], options: TriageOptions = {}): string[] {
  const plain = createTriage(knowledge, { ...options, withoutMemo: true });
  const memo: Triage = createTriage(knowledge, options);
  const asked = texts.map((text, i) => ({ text, context: CONTEXTS[i % CONTEXTS.length] }));
  const read = (t: Triage, { text, context }: (typeof asked)[number]): string =>
    JSON.stringify([t.classify(text, context), t.suspect(text)]);
  const expected = asked.map((a) => read(plain, a));
  const differ = new Set<string>();
  for (let pass = 0; pass < 2; pass += 1) {
    asked.forEach((a, i) => {
      if (read(memo, a) !== expected[i]) differ.add(a.text);
    });
  }
  const interleaved = (t: Triage): string[] =>
    asked.map(({ text, context }, i) => {
      const outcome = t.classify(text, context);
      t.classify((asked[(i + 3) % asked.length] as (typeof asked)[number]).text);
      return JSON.stringify([outcome, t.suspect(text)]);
    });
  const fromPlain = interleaved(plain);
  interleaved(memo).forEach((got, i) => {
    if (got !== fromPlain[i]) differ.add((asked[i] as (typeof asked)[number]).text);
  });
  return [...differ];
}

let english: Knowledge;
beforeAll(() => {
  english = loadKnowledge(path.join(root, 'knowledge'));
});

describe('the by-text memo of createTriage', () => {
  it(
    'never changes an English outcome or suspicion (every labelled message)',
    () => {
      const texts = englishTexts();
      expect(texts.length).toBeGreaterThan(1000);
      expect(differences(english, texts)).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );

  it(
    'never changes a Spanish outcome or suspicion (every labelled message)',
    () => {
      const spanish = {
        ...english,
        redFlags: loadSpanishRedFlags(path.join(root, 'knowledge'), english.redFlags),
      };
      const texts = spanishTexts();
      expect(texts.length).toBeGreaterThan(500);
      expect(differences(spanish, texts, { language: 'es' })).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );

  it('reads a text again when the year has changed (which years are over)', () => {
    let now = new Date('2025-06-01T12:00:00Z');
    const clock = { now: () => now };
    const memo = createTriage(english, { clock });
    const plain = createTriage(english, { clock, withoutMemo: true });
    const texts = ['my knee gave way in 2026 and it keeps buckling', 'I broke my leg in 2025, now my calf is swollen'];
    for (const year of ['2025', '2026', '2027']) {
      now = new Date(`${year}-06-01T12:00:00Z`);
      for (const text of texts) {
        expect(memo.classify(text), `${year}: ${text}`).toEqual(plain.classify(text));
        expect(memo.suspect(text), `${year}: ${text}`).toEqual(plain.suspect(text));
      }
    }
  });

  it('keeps readings with a context apart from the plain reading of the same text', () => {
    const memo = createTriage(english);
    const plain = createTriage(english, { withoutMemo: true });
    const text = 'he is limping and his hip hurts';
    for (const context of [undefined, { subject: 'child' as const, injured: true }, undefined, { knee: true }]) {
      expect(memo.classify(text, context)).toEqual(plain.classify(text, context));
      expect(memo.suspect(text)).toEqual(plain.suspect(text));
    }
  });
});
