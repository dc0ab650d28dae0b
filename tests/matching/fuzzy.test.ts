// The matcher's typo tolerance is fuse.js: a typo-laden question goes through Fuse's search, and
// the corrections are those the shared "vocabulary" edit budget allows.
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { createFuzzyVocabulary } from '../../src/matching/fuzzy';
import { topLabel } from '../../scripts/lib/evaluate';

afterEach(() => vi.restoreAllMocks());

describe('typo-laden questions', () => {
  it('are answered through fuse.js, and each typo is looked up once', () => {
    const matcher = createMatcher(loadKnowledge(join(__dirname, '../../knowledge')));
    const search = vi.spyOn(Fuse.prototype, 'search');
    const result = matcher.match('my kneecpa grinds going down the stiars');
    expect(search).toHaveBeenCalled();
    expect(search.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['kneecpa', 'stiars']));
    expect(result.kind).toBe('answer');
    expect(topLabel(result)).toBe('runners-knee');
    const why = result.kind === 'answer' ? result.best.why : [];
    expect(why).toEqual(expect.arrayContaining(['typo kneecpa→kneecap', 'typo stiars→stairs']));

    search.mockClear();
    matcher.match('my kneecpa grinds going down the stiars');
    expect(search).not.toHaveBeenCalled(); // cached
  });

  it('do not call fuse.js when every word is known', () => {
    const matcher = createMatcher(loadKnowledge(join(__dirname, '../../knowledge')));
    const search = vi.spyOn(Fuse.prototype, 'search');
    matcher.match('pain behind my knee when i bend it');
    expect(search).not.toHaveBeenCalled();
  });
});

describe('createFuzzyVocabulary', () => {
  const vocab = new Map<string, number>([
    ['iliotibial', 3],
    ['patellar', 2],
    ['tendonitis', 4],
    ['stairs', 5],
    ['stars', 1],
    ['shin', 2],
    ['twist', 1],
    ['kneecap', 2],
  ]);
  const corrector = createFuzzyVocabulary(vocab);

  it('fixes one edit in words of 4–7 letters and two in longer ones, swaps included', () => {
    expect(corrector.correct('iliotibal')?.to).toBe('iliotibial');
    expect(corrector.correct('tendonits')?.to).toBe('tendonitis');
    expect(corrector.correct('patelar')?.to).toBe('patellar');
    expect(corrector.correct('kneecpa')?.to).toBe('kneecap');
    expect(corrector.correct('tandanatis')).toBeUndefined(); // three edits
  });
  it('prefers the more frequent word on a tie', () => {
    expect(corrector.correct('stairz')?.to).toBe('stairs');
  });
  it('leaves short words, known words, words with digits and far-off words alone', () => {
    expect(corrector.correct('shn')).toBeUndefined();
    expect(corrector.correct('stairs')).toBeUndefined();
    expect(corrector.correct('stairs2')).toBeUndefined();
    expect(corrector.correct('garmin')).toBeUndefined();
  });
  it('does not change the first letter (wrist is not a twist)', () => {
    expect(corrector.correct('wrist')).toBeUndefined();
  });
});

describe('real words in a message', () => {
  it('are taken as typed, not as a knowledge word one letter away', () => {
    const matcher = createMatcher(loadKnowledge(join(__dirname, '../../knowledge')));
    const result = matcher.match('I went sprinting in winter and my knee is stabbing on the outside');
    const why = result.kind === 'answer' || result.kind === 'clarify' ? result.candidates[0]!.why : [];
    expect(why.filter((w) => w.startsWith('typo'))).toEqual([]);
  });

  it('round 20: everyday words of a blog are not typos of knee words (favorite, bought, stake, mode, roles, boots)', () => {
    const matcher = createMatcher(loadKnowledge(join(__dirname, '../../knowledge')));
    for (const text of [
      'My favorite hike hurts my knee on the way down and I bought new boots',
      'So much is at stake and my knee is in panic mode',
      'I dance turning roles and my knee aches after',
    ]) {
      const result = matcher.match(text);
      const list = result.kind === 'answer' || result.kind === 'clarify' ? result.candidates : [];
      expect(list.flatMap((c) => c.why).filter((w) => w.startsWith('typo'))).toEqual([]);
    }
  });
});
