import { describe, expect, it } from 'vitest';
import { createTypoCorrector, editDistance, maxEdits } from '../../src/matching/typo';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit', () => {
    expect(editDistance('knee', 'knee')).toBe(0);
    expect(editDistance('kne', 'knee')).toBe(1);
    expect(editDistance('iliotibal', 'iliotibial')).toBe(1);
    expect(editDistance('teh', 'the')).toBe(1);
    expect(editDistance('popliteus', 'poplitues')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('typo corrector', () => {
  const vocab = new Map<string, number>([
    ['iliotibial', 3], ['patellar', 2], ['tendonitis', 4], ['stairs', 5], ['stars', 1], ['shin', 2], ['twist', 1],
  ]);
  const corrector = createTypoCorrector(vocab);

  it('fixes one or two typos in longer words', () => {
    expect(corrector.correct('iliotibal')?.to).toBe('iliotibial');
    expect(corrector.correct('tendonits')?.to).toBe('tendonitis');
    expect(corrector.correct('patelar')?.to).toBe('patellar');
  });
  it('prefers the more frequent word on a tie', () => {
    expect(corrector.correct('stairz')?.to).toBe('stairs');
  });
  it('leaves short words, known words and far-off words alone', () => {
    expect(maxEdits(3)).toBe(0);
    expect(corrector.correct('shn')).toBeUndefined();
    expect(corrector.correct('stairs')).toBeUndefined();
    expect(corrector.correct('garmin')).toBeUndefined();
  });
  it('does not change the first letter (wrist is not a twist)', () => {
    expect(corrector.correct('wrist')).toBeUndefined();
  });
});
