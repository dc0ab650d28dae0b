// The shared text toolkit: one fold, one edit distance, named budgets (src/text).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandFoldGeneral } from '../../dialogs/commands';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import { asciiWords, editBudget, editDistance, fold, foldToWords, withinEdits } from '../../src/text';
import { foldToWordsGeneral } from '../../src/text/fold';
import { labelledMessages } from '../perf/labelled';
import { allowedEdits } from '../../src/triage/fuzzy';
import { editDistance as choicesEditDistance, normalizeChoiceText } from '../../src/channels/choices';
import { foldText } from '../../src/matching/normalize';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit', () => {
    expect(editDistance('knee', 'knee')).toBe(0);
    expect(editDistance('kne', 'knee')).toBe(1);
    expect(editDistance('teh', 'the')).toBe(1);
    expect(editDistance('popliteus', 'poplitues')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
  it('stops at the cap', () => {
    expect(editDistance('a', 'abcdefgh')).toBe(4);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(withinEdits('swolen', 'swollen', 1)).toBe(true);
    expect(withinEdits('never', 'fever', 0)).toBe(false);
  });
});

describe('edit budgets', () => {
  it('forgive nothing in short words and more in long ones, per profile', () => {
    expect([3, 4, 7, 8].map((n) => editBudget('vocabulary', n))).toEqual([0, 1, 1, 2]);
    expect([3, 4, 8, 9].map((n) => editBudget('choice', n))).toEqual([0, 1, 1, 2]);
    expect([4, 5, 8, 9].map((n) => editBudget('redFlag', n))).toEqual([0, 1, 1, 2]);
  });
  it('are what triage and choice recognition use', () => {
    expect(allowedEdits('fever')).toBe(editBudget('redFlag', 5));
    expect(allowedEdits('swelling')).toBe(editBudget('redFlag', 8));
    expect(choicesEditDistance).toBe(editDistance);
  });
});

describe('fold', () => {
  it('is the one fold behind the matcher and choice normalisers', () => {
    expect(fold('Ｋｎｅｅ Café NAÏVE')).toBe('knee cafe naive');
    expect(fold('runner’s knee – left')).toBe("runner's knee - left");
    expect(foldText('Ｋｎｅｅ Café')).toBe(fold('Ｋｎｅｅ Café'));
    expect(foldToWords('  Café — Front!! ')).toBe('cafe front');
    expect(normalizeChoiceText('It’s the FRONT')).toBe(foldToWords('It’s the FRONT'));
  });
});

describe('the ASCII fast path of the folds', () => {
  // Every labelled message and every text of both knowledge sets: what the bot reads and says.
  const set = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
  const texts = [
    ...labelledMessages({ withHeldOut: false }),
    ...JSON.stringify([set.en, set.es], (_key, v: unknown) => (v instanceof Map || v instanceof Set ? [...v] : v))
      .split('"')
      .filter((t) => t.length > 0),
    " it's  ",
    "''",
    '`a`b',
    '--',
    'a--b',
    "don't-stop",
    'A1b2 C3',
    '\t\nknee\r',
    '',
    "' x '",
  ];
  const ascii = texts.filter((t) => asciiWords(t) !== undefined);

  it('folds plain ASCII exactly as the general paths do', () => {
    expect(ascii.length).toBeGreaterThan(10_000);
    for (const text of ascii) {
      expect(asciiWords(text), text).toBe(foldToWordsGeneral(text));
      expect(asciiWords(text), text).toBe(commandFoldGeneral(text));
    }
  });

  it('leaves any other text to the general path', () => {
    for (const text of ['Café', 'rodilla ñ', 'it’s', 'Ｋｎｅｅ', '¿qué?', 'x\u0080']) {
      expect(asciiWords(text)).toBeUndefined();
      expect(foldToWords(text)).toBe(foldToWordsGeneral(text));
    }
  });
});
