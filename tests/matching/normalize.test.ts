import { describe, expect, it } from 'vitest';
import { foldText, stem, tokenize } from '../../src/matching/normalize';
import { createPhraseRewriter, toToks } from '../../src/matching/phrases';
import { analyze } from '../../src/matching/analyzer';

describe('foldText', () => {
  it('applies NFKC, lower case and strips accents', () => {
    expect(foldText('Ｋｎｅｅ Café NAÏVE')).toBe('knee cafe naive');
  });
  it('straightens curly apostrophes', () => {
    expect(foldText('runner’s')).toBe("runner's");
  });
});

describe('tokenize', () => {
  it('expands contractions with and without apostrophes', () => {
    expect(tokenize("I can't run, it's sore")).toEqual(['i', 'can', 'not', 'run', 'it', 'is', 'sore']);
    expect(tokenize('cant run dont know whats wrong')).toEqual([
      'can',
      'not',
      'run',
      'do',
      'not',
      'know',
      'what',
      'is',
      'wrong',
    ]);
  });
  it("drops the possessive 's", () => {
    expect(tokenize("Runner's knee")).toEqual(['runner', 'knee']);
  });
  it('splits punctuation and hyphens, keeps 10k, turns number words into digits', () => {
    expect(tokenize('IT-band... after a 10k!! two weeks')).toEqual(['it', 'band', 'after', 'a', '10k', '2', 'weeks']);
  });
  it('reads a writer\'s own age of 50 or more as "older adult", not a distance or weight', () => {
    expect(tokenize("I'm 61 and play")).toEqual(['i', 'am', '61', 'older', 'adult', 'and', 'play']);
    expect(tokenize('I am 55 miles in')).toEqual(['i', 'am', '55', 'miles', 'in']);
  });
});

describe('stem', () => {
  it('meets plurals and verb forms at one stem', () => {
    expect(stem('knees')).toBe(stem('knee'));
    expect(stem('running')).toBe('run');
    expect(stem('stretches')).toBe(stem('stretch'));
    expect(stem('injuries')).toBe(stem('injury'));
    expect(stem('rolling')).toBe('roll');
    expect(stem('pulled')).toBe('pull');
  });
  it('leaves words that only look plural alone', () => {
    expect(stem('bursitis')).toBe('bursitis');
    expect(stem('meniscus')).toBe('meniscus');
    expect(stem('stress')).toBe('stress');
  });
});

describe('synonym phrases', () => {
  const rewriter = createPhraseRewriter([
    { canonical: 'patella', variants: ['kneecap', 'knee cap'] },
    { canonical: 'posterior knee', variants: ['back of knee', 'behind knee'] },
    { canonical: 'lateral', variants: ['outside', 'outer'] },
    { canonical: 'lateral knee', variants: ['outside of knee'] },
  ]);
  it('rewrites multi-word variants, skipping little words inside the phrase', () => {
    expect(analyze('pain at the back of my knees', rewriter).terms).toEqual(['pain', 'posterior', 'knee']);
    expect(analyze('my knee cap hurts', rewriter).terms).toEqual(['patella', 'hurt']);
  });
  it('prefers the longest phrase', () => {
    expect(analyze('outside of the knee', rewriter).terms).toEqual(['lateral', 'knee']);
    expect(analyze('outer edge', rewriter).terms).toEqual(['lateral', 'edg']);
  });
  it('keeps what the person typed for explanations', () => {
    const out = rewriter.rewrite(toToks(['kneecaps']));
    expect(out).toEqual([{ surface: 'patella', stem: 'patella', from: 'kneecaps' }]);
  });
});
