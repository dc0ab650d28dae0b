import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance, foldsTo, normalizeChoiceText, parseOrdinal, recognizeChoice } from '../../src/channels/choices';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import { labelledMessages } from '../perf/labelled';
import type { Choice } from '../../src/rendering/reply';

const locations: Choice[] = [
  { label: 'Front of the knee', value: 'front' },
  { label: 'Back of the knee', value: 'back' },
  { label: 'Inner side', value: 'inner' },
  { label: 'Outer side', value: 'outer' },
];
const yesNo: Choice[] = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
];
const yesNoUnsure: Choice[] = [...yesNo, { label: 'Not sure', value: 'not sure' }];

describe('recognizeChoice', () => {
  it.each([
    ['1', 'front'],
    ['2', 'back'],
    ['#2', 'back'],
    ['2.', 'back'],
    ['two', 'back'],
    ['Option 3', 'inner'],
    ['number 4', 'outer'],
    ['the second one', 'back'],
    ['3rd', 'inner'],
    ['  4 ', 'outer'],
  ])('ordinal %j → %s', (text, value) => {
    expect(recognizeChoice(text, locations)?.value).toBe(value);
  });

  it.each([
    ['Front of the knee', 'front'],
    ['FRONT OF THE KNEE!', 'front'],
    ['back', 'back'],
    ['Inner-side', 'inner'],
    ['Frnot of the knee', 'front'], // transposition
    ['Outer sid', 'outer'], // one missing letter
    ['front of the knee please', 'front'],
    ['the front one', 'front'],
    ['outside', undefined],
    ['outer', 'outer'],
  ])('label/value %j → %s', (text, value) => {
    expect(recognizeChoice(text, locations)?.value).toBe(value);
  });

  it.each([
    ['yeah', 'yes'],
    ['Yep!', 'yes'],
    ['nope', 'no'],
    ['no thanks', 'no'],
    ["I'm not sure", 'not sure'],
    ['not sure', 'not sure'],
  ])('yes/no %j → %s', (text, value) => {
    expect(recognizeChoice(text, yesNoUnsure)?.value).toBe(value);
  });

  it('maps yes/no words onto labels that start with yes or no', () => {
    const consent: Choice[] = [
      { label: 'Yes, please call me', value: 'consent-yes' },
      { label: "No, don't call", value: 'consent-no' },
    ];
    expect(recognizeChoice('yeah', consent)?.value).toBe('consent-yes');
    expect(recognizeChoice('nope', consent)?.value).toBe('consent-no');
    expect(recognizeChoice('yes', consent)?.value).toBe('consent-yes');
    expect(recognizeChoice('no', consent)?.value).toBe('consent-no');
  });

  it('picks a time slot by its distinctive word and refuses one not offered', () => {
    const slots: Choice[] = [
      { label: 'Thu 26 Nov (today), morning', value: 'morning' },
      { label: 'Thu 26 Nov (today), afternoon', value: 'afternoon' },
      { label: 'Thu 26 Nov (today), any time', value: 'any' },
    ];
    expect(recognizeChoice('afternoon please', slots)?.value).toBe('afternoon');
    expect(recognizeChoice('Any time', slots)?.value).toBe('any');
    expect(recognizeChoice('tomorrow evening', slots)).toBeUndefined();
  });

  it('refuses out-of-range numbers, ambiguous and numeric free text', () => {
    expect(recognizeChoice('5', locations)).toBeUndefined();
    expect(recognizeChoice('0', locations)).toBeUndefined();
    expect(recognizeChoice('1 or 2', locations)).toBeUndefined();
    expect(recognizeChoice('2 weeks ago', locations)).toBeUndefined();
    expect(recognizeChoice('', locations)).toBeUndefined();
    expect(recognizeChoice('?!', locations)).toBeUndefined();
    expect(recognizeChoice('1', [])).toBeUndefined();
  });

  it('never guesses on long free text, even when it names a choice', () => {
    expect(recognizeChoice('my knee hurts at the front when I run down the stairs', locations)).toBeUndefined();
    expect(recognizeChoice('yes it hurts a lot when I run downhill after work', yesNo)).toBeUndefined();
  });

  it('does not pick a choice the reply negates or that two choices share', () => {
    expect(recognizeChoice('not the front', locations)).toBeUndefined();
    expect(recognizeChoice('side', locations)).toBeUndefined(); // inner side / outer side
    expect(recognizeChoice('knee', locations)).toBeUndefined();
    expect(recognizeChoice('yes no', yesNo)).toBeUndefined();
  });

  it('an exact value wins over an ordinal', () => {
    const weird: Choice[] = [
      { label: 'Three times', value: '3' },
      { label: 'Once', value: '1' },
    ];
    expect(recognizeChoice('1', weird)?.label).toBe('Once');
    expect(recognizeChoice('2', weird)?.label).toBe('Once');
  });

  it('does not accept typos on short words', () => {
    expect(recognizeChoice('ys', yesNo)).toBeUndefined();
    expect(recognizeChoice('bak', locations)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalizeChoiceText('  Café — Front!! ')).toBe('cafe front');
    expect(normalizeChoiceText("I'm")).toBe('im');
  });
  it('takes a plain-ASCII shortcut that gives exactly the full Unicode result', () => {
    const full = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5_000; i++) {
      const text = Array.from({ length: Math.floor(random() * 24) }, () =>
        String.fromCharCode(Math.floor(random() * 128)),
      ).join('');
      expect(normalizeChoiceText(text)).toBe(full(text));
    }
  });
  it('parses ordinals', () => {
    expect(parseOrdinal('#10')).toBe(10);
    expect(parseOrdinal('one')).toBe(1);
    expect(parseOrdinal('the first one')).toBe(1);
    expect(parseOrdinal('front')).toBeUndefined();
  });
  it('measures edit distance with transpositions', () => {
    expect(editDistance('front', 'frnot')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('a', 'abcdefgh')).toBe(4); // capped
  });
});

describe('foldsTo (typed text against a button label without folding labels that cannot match)', () => {
  const set = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
  // Labels the bot offers: entry titles and short messages of both languages (buttons are among them).
  const labels = [
    ...new Set(
      [set.en, set.es].flatMap((k) => [
        ...k.entries.map((e) => e.title),
        ...Object.values(k.messages).filter((m) => m.length < 30),
      ]),
    ),
  ];
  // 4,000 typed messages (every label is folded for each: the whole set takes too long here).
  const typed = [...new Set(labelledMessages({ withHeldOut: false }).map(normalizeChoiceText))].slice(0, 4000);

  it('answers exactly as comparing the folded label, for every label and 4,000 labelled messages', () => {
    expect(labels.length).toBeGreaterThan(200);
    for (const label of labels) {
      const folded = normalizeChoiceText(label);
      expect(foldsTo(label, folded), label).toBe(true);
      for (const t of typed) if (foldsTo(label, t) !== (folded === t)) expect.fail(`${label} / ${t}`);
    }
  }, 60_000);
});
