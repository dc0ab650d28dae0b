// parsePattern shares compiled patterns and slots between the knowledge schema and the detector
// (a start-up saving). The shared parse must be exactly what a fresh, unshared parse gives, for
// every pattern the curators wrote, in both languages.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { loadSpanishRedFlags } from '../../src/knowledge/redFlagsEs';
import type { RedFlag } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { WORD_CLASSES } from '../../src/triage/classes';
import { SPANISH_CLASSES } from '../../src/triage/lang/es/classes';
import { distinctPatternWords, parseFresh, parsePattern, type WordClasses } from '../../src/triage/pattern';

const english = loadKnowledge(path.join(projectRoot(), 'knowledge'));
const spanish = loadSpanishRedFlags(path.join(projectRoot(), 'knowledge'), english.redFlags);

function sources(flags: RedFlag[]): string[] {
  return flags.flatMap((f) => [
    ...f.patterns,
    ...(f.requiresAll ?? []).flat(),
    ...(f.unless ?? []),
    ...(f.unlessPassing ?? []),
    ...(f.overridesUnless ?? []),
  ]);
}

describe.each([
  ['English', english.redFlags, WORD_CLASSES],
  ['Spanish', spanish, SPANISH_CLASSES],
] as const)('%s patterns', (_name, flags: RedFlag[], classes: WordClasses) => {
  const all = sources(flags);

  it('has patterns to check', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('a shared parse equals a fresh, unshared parse of every pattern', () => {
    for (const source of all) {
      expect(parsePattern(source, classes), source).toEqual(parseFresh(source, classes, false));
    }
  });

  it('distinctPatternWords reads shared slots once and still lists every word of every pattern', () => {
    const fresh = all.map((source) => parseFresh(source, classes, false));
    const everyKey = [
      ...new Set(fresh.flatMap((p) => p.slots.flatMap((slot) => slot.alts.flat().map((alt) => alt.key)))),
    ];
    const shared = distinctPatternWords(all.map((source) => parsePattern(source, classes)));
    expect(shared.map((alt) => alt.key)).toEqual(everyKey);
  });

  it('the same source gives the same compiled pattern', () => {
    for (const source of all) expect(parsePattern(source, classes)).toBe(parsePattern(source, classes));
  });
});
