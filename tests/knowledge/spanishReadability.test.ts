// Reading ease of everything the bot says in Spanish (INFLESZ scale, see spanishReading.ts).
// Floors, measured on the first full Spanish text (answers 61–90, median 76; messages from 57):
//   - answers and "what helps" texts: 60 or more ("normal"; medical names cost a few points)
//   - "when to see someone" texts and the entries about getting help: 65 or more (fairly easy)
//   - messages of 12 words or more (shorter ones are labels): 55 or more.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { KNOWLEDGE_DIR } from './helpers';
import { spanishReadingEase, spanishSyllables } from './spanishReading';

const ANSWER_MIN = 60;
const WHEN_TO_SEE_MIN = 65;
const MESSAGE_MIN = 55;
const WHEN_TO_SEE_ENTRIES = ['when-to-see-professional', 'warning-signs'];

const below = (rows: Array<[string, string]>, min: number) =>
  rows.map(([name, text]) => ({ name, ease: Math.round(spanishReadingEase(text)) })).filter((r) => !(r.ease >= min));

describe('Spanish reading ease', () => {
  let es: Knowledge;
  beforeAll(() => {
    es = loadKnowledgeSet(KNOWLEDGE_DIR).es;
  });

  it('the measure counts Spanish syllables and tells plain from dense wording', () => {
    expect(['rodilla', 'rótula', 'día', 'poeta', 'cuidado', 'pie'].map(spanishSyllables)).toEqual([3, 3, 2, 3, 3, 1]);
    expect(spanishReadingEase('Descanse un día. Luego camine un poco. Llámenos si le sigue doliendo.')).toBeGreaterThan(
      70,
    );
    expect(
      spanishReadingEase(
        'La tendinopatía rotuliana constituye una alteración degenerativa caracterizada por desorganización colagénica.',
      ),
    ).toBeLessThan(20);
  });

  it(`answers and "what helps" texts read at ${ANSWER_MIN} or more`, () => {
    const rows: Array<[string, string]> = [
      ...es.entries.filter((e) => !WHEN_TO_SEE_ENTRIES.includes(e.id)).map((e): [string, string] => [e.id, e.answer]),
      ...[...es.locations, es.general].map((p): [string, string] => [`${p.id}.whatHelps`, p.whatHelps]),
    ];
    expect(below(rows, ANSWER_MIN)).toEqual([]);
  });

  it(`"when to see someone" texts read at ${WHEN_TO_SEE_MIN} or more`, () => {
    const rows: Array<[string, string]> = [
      ...es.entries.filter((e) => WHEN_TO_SEE_ENTRIES.includes(e.id)).map((e): [string, string] => [e.id, e.answer]),
      ...[...es.locations, es.general].map((p): [string, string] => [`${p.id}.whenToSeeSomeone`, p.whenToSeeSomeone]),
    ];
    expect(rows.length).toBeGreaterThan(5);
    expect(below(rows, WHEN_TO_SEE_MIN)).toEqual([]);
  });

  it(`conversation messages read at ${MESSAGE_MIN} or more`, () => {
    const rows = Object.entries(es.messages).filter(
      ([key, text]) => !key.startsWith('staff-') && text.split(/\s+/).length >= 12,
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(below(rows, MESSAGE_MIN)).toEqual([]);
  });
});
