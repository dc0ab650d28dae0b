// The red-flag file schema and the curator pattern language: a broken pattern must fail loudly.
import { describe, expect, it } from 'vitest';
import { parsePattern, PatternError } from '../../src/triage/pattern';
import { redFlagsFileSchema } from '../../src/triage/schema';

const flag = (patterns: string[]) => ({
  redFlags: [
    {
      id: 'cannot-bear-weight',
      tier: 'urgent',
      label: 'Cannot bear weight',
      advice: 'Get it checked today.',
      patterns,
    },
  ],
});

describe('parsePattern', () => {
  it('parses words, alternatives, prefixes, joined words and long gaps', () => {
    const p = parsePattern('cant|unable put weight+bear* ... leg');
    const shown = p.slots.map((s) => s.alts.map((phrase) => phrase.map((w) => w.key).join('+')).join('|'));
    expect(shown).toEqual(['cant|unable', 'put', 'weight+bear*', 'leg']);
    expect(p.slots.map((s) => s.maxGap)).toEqual([0, 3, 3, 12]);
  });

  it('binds "+" tighter than "|": a choice of phrases', () => {
    const p = parsePattern('went+down|hit+the+ground swollen');
    expect(p.slots[0]?.alts.map((phrase) => phrase.map((w) => w.text).join(' '))).toEqual([
      'went down',
      'hit the ground',
    ]);
  });

  it('expands a word class ("$swollen") into its alternatives, next to other choices', () => {
    const p = parsePattern('calf $swollen|fat');
    const keys = p.slots[1]?.alts.map((phrase) => phrase.map((w) => w.key).join('+')) ?? [];
    expect(keys).toContain('swell*');
    expect(keys).toContain('blew+up');
    expect(keys[keys.length - 1]).toBe('fat');
  });

  it.each([
    ['calf $swolen', 'unknown word class'],
    ['', 'empty'],
    ['... swollen', 'between'],
    ['swollen ...', 'between'],
    ["can't walk", 'not a word'],
    ['sw* calf', 'too short'],
    ['calf+ swollen', 'join two words'],
    ['calf| swollen', 'two choices'],
    ['Calf swollen', 'not a word'],
  ])('rejects %j', (source, reason) => {
    expect(() => parsePattern(source)).toThrow(PatternError);
    expect(() => parsePattern(source)).toThrow(reason);
  });
});

describe('redFlagsFileSchema', () => {
  it('accepts a valid file', () => {
    expect(redFlagsFileSchema.safeParse(flag(['cant walk'])).success).toBe(true);
  });

  it('names the broken pattern and why', () => {
    const result = redFlagsFileSchema.safeParse(flag(['cant walk', "can't stand"]));
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['redFlags', 0, 'patterns', 1]);
    expect(issue?.message).toMatch(/not a word/);
  });

  it('rejects duplicate ids, unknown tiers and unknown keys', () => {
    const one = flag(['cant walk']).redFlags[0];
    expect(redFlagsFileSchema.safeParse({ redFlags: [one, one] }).success).toBe(false);
    expect(redFlagsFileSchema.safeParse({ redFlags: [{ ...one, tier: 'later' }] }).success).toBe(false);
    expect(redFlagsFileSchema.safeParse({ redFlags: [{ ...one, pattern: ['x'] }] }).success).toBe(false);
  });
});

describe('overrides', () => {
  it('must name another flag in the file', () => {
    const file = (overrides: string[]) => ({
      redFlags: [
        {
          id: 'deformity',
          tier: 'emergency',
          label: 'Out of place',
          advice: 'Call 911 now, keep it still.',
          patterns: ['dislocat*'],
        },
        {
          id: 'kneecap-relocated',
          tier: 'urgent',
          label: 'Went back in',
          advice: 'Get it checked today.',
          patterns: ['went+back'],
          overrides,
        },
      ],
    });
    expect(redFlagsFileSchema.safeParse(file(['deformity'])).success).toBe(true);
    const wrong = redFlagsFileSchema.safeParse(file(['deformaty']));
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.message).toContain('deformaty');
    expect(redFlagsFileSchema.safeParse(file(['kneecap-relocated'])).success).toBe(false);
  });
});
