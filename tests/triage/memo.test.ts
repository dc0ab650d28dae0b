// createTriage keeps the plain reading (no conversation context) of recent texts: the memo must never
// change an outcome or a second-line suspicion. Every labelled message, English and Spanish, is read by a
// triage without the memo and by one with it, twice over (the second pass is answered from the memo) and
// with other texts read in between (suspect() after classify() of another text).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { loadSpanishRedFlags } from '../../src/knowledge/redFlagsEs';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import type { TriageOptions } from '../../src/triage/detect';
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

/** Texts whose readings differ between the two triages (classify, then suspect; both passes). */
function differences(knowledge: Knowledge, texts: string[], options: TriageOptions = {}): string[] {
  const plain = createTriage(knowledge, { ...options, withoutMemo: true });
  const memo: Triage = createTriage(knowledge, options);
  const read = (t: Triage, text: string): string => JSON.stringify([t.classify(text), t.suspect(text)]);
  const expected = texts.map((text) => read(plain, text));
  const differ: string[] = [];
  for (let pass = 0; pass < 2; pass += 1) {
    texts.forEach((text, i) => {
      if (read(memo, text) !== expected[i]) differ.push(text);
    });
    // The other order: every text classified first, then each suspected after another text was read.
    const classified = texts.map((text) => JSON.stringify(memo.classify(text)));
    texts.forEach((text, i) => {
      memo.classify(texts[(i + 1) % texts.length] as string);
      if (JSON.stringify([JSON.parse(classified[i] as string), memo.suspect(text)]) !== expected[i]) differ.push(text);
    });
  }
  return [...new Set(differ)];
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

  it('is not used when the conversation told something beside the message', () => {
    const memo = createTriage(english);
    const plain = createTriage(english, { withoutMemo: true });
    const text = 'he is limping and his hip hurts';
    memo.classify(text);
    const context = { subject: 'child' as const, injured: true };
    expect(memo.classify(text, context)).toEqual(plain.classify(text, context));
    expect(memo.suspect(text)).toEqual(plain.suspect(text));
  });
});
