// The general mechanisms behind red-flag matching (src/triage/match.ts, context.ts, normalize.ts,
// fuzzy.ts), each shown on a pair: the same wording with and without what the mechanism handles.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import { isSwapOrDouble } from '../../src/triage/fuzzy';

let triage: Triage;
beforeAll(() => {
  triage = createTriage(loadKnowledge(path.join(projectRoot(), 'knowledge')));
});
const flags = (text: string): string[] => triage.assess(text)?.flags.map((f) => f.id) ?? [];

describe('general matching mechanisms', () => {
  it('filler words do not use up the gap between pattern words', () => {
    expect(flags('my calf is really really tight and swollen')).toContain('calf-pain-swelling');
  });

  it('a short gap does not reach into a new statement', () => {
    expect(flags('my chest is fine, my knee hurts')).toEqual([]);
    expect(flags('my chest hurts')).toContain('chest-pain');
  });

  it('reads a red flag reported for someone else like one reported for oneself', () => {
    expect(flags('she cant move her toes')).toContain('numb-foot');
  });

  it('a negation before the match covers only its first statement', () => {
    expect(flags("I can't feel my toes and they look blue")).toContain('cold-pale-foot');
    expect(flags('no swelling')).toEqual([]);
  });

  it('"won\'t go away" is persistence, not a negation', () => {
    expect(flags("pain in my calf that won't go away")).toContain('calf-pain-swelling');
  });

  it('near misses, fears, animals, things read about and body parts said to be fine raise no alarm', () => {
    expect(flags('my knee almost gave way but I caught myself')).toEqual([]);
    expect(flags("I'm scared of my knee giving way one day")).toEqual([]);
    expect(flags("my dog's knee dislocated")).toEqual([]);
    expect(flags('I read that a hot swollen knee with a fever is an emergency')).toEqual([]);
    expect(flags('felt dizzy and hot after, knee ok')).toEqual([]);
  });

  it('splits numbers from units, squeezes repeated letters and reads "n" as "and"', () => {
    expect(flags("I've lost 6kg without trying")).toContain('night-or-rest-pain');
    expect(flags('kneeeee is sooo swollen after a pop')).toContain('pop-and-swelling');
    expect(flags('pins n needles in my shin')).toContain('tingling');
  });

  it('forgives a swapped or doubled letter in four-letter words only', () => {
    expect(isSwapOrDouble('cafl', 'calf')).toBe(true);
    expect(isSwapOrDouble('numbb', 'numb')).toBe(true);
    expect(isSwapOrDouble('half', 'calf')).toBe(false);
    expect(isSwapOrDouble('numbs', 'numb')).toBe(false);
  });
});
