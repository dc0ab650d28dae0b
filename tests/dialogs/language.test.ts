// The pure language decisions (dialogs/decisions/language.ts): which language a turn speaks, and
// how the two triages' readings combine (a red flag wins, the higher tier wins).
import { describe as suite, expect, it } from 'vitest';
import {
  bothLanguages,
  languageRequest,
  localeLanguage,
  saferOutcome,
  turnLanguage,
} from '../../dialogs/decisions/language';
import type { Triage, TriageOutcome } from '../../src/triage';
import { realKnowledge } from './harness';

const flag = (id: string) => realKnowledge().redFlags.find((f) => f.id === id)!;
const redFlag = (...ids: string[]): TriageOutcome => {
  const flags = ids.map(flag);
  const rank = { emergency: 0, urgent: 1, soon: 2 } as const;
  const tier = flags.map((f) => f.tier).sort((a, b) => rank[a] - rank[b])[0]!;
  return { kind: 'red-flag', result: { tier, flags } };
};

suite('turnLanguage', () => {
  it('an explicit request wins, typed or tapped, either way round', () => {
    expect(languageRequest('Español')).toBe('es');
    expect(languageRequest('en español por favor')).toBe('es');
    expect(languageRequest('¿habla español?')).toBe('es');
    expect(languageRequest('English please')).toBe('en');
    expect(languageRequest('in english')).toBe('en');
    expect(languageRequest('my knee hurts in spanish class')).toBeUndefined();
  });

  it('clear text switches; short or mixed text keeps the language; the locale is only a first hint', () => {
    expect(turnLanguage('me duele la rodilla cuando corro', 'en')).toBe('es');
    expect(turnLanguage('my knee hurts when I run', 'es')).toBe('en');
    expect(turnLanguage('hola', 'en')).toBe('es');
    expect(turnLanguage('ok', 'es')).toBe('es');
    expect(turnLanguage('sí', 'es')).toBe('es');
    expect(turnLanguage('ok', undefined, 'es-US')).toBe('es');
    expect(turnLanguage('ok', 'en', 'es-US')).toBe('en');
    expect(localeLanguage('es-MX')).toBe('es');
    expect(localeLanguage('fr-FR')).toBeUndefined();
  });
});

suite('saferOutcome', () => {
  it('a red flag beats none and a warning-signs question; the higher tier wins and flags are joined', () => {
    const none: TriageOutcome = { kind: 'none' };
    const question: TriageOutcome = { kind: 'warning-signs-question' };
    const urgent = redFlag('cannot-bear-weight');
    const emergency = redFlag('deformity');
    expect(saferOutcome(none, urgent)).toBe(urgent);
    expect(saferOutcome(urgent, question)).toBe(urgent);
    expect(saferOutcome(question, none)).toBe(question);
    const both = saferOutcome(urgent, emergency);
    expect(both.kind === 'red-flag' && both.result.tier).toBe('emergency');
    expect(both.kind === 'red-flag' && both.result.flags.map((f) => f.id)).toEqual(['deformity', 'cannot-bear-weight']);
  });
});

suite('bothLanguages: the reading of the language a message is written in', () => {
  /** A reading that answers every text alike, and dismissed `ruledOut` (matched, then read as past). */
  const reading = (language: 'en' | 'es', outcome: TriageOutcome, ruledOut: string[] = []): Triage => ({
    language,
    classify: () => outcome,
    assess: () => (outcome.kind === 'red-flag' ? outcome.result : null),
    suspect: () => null,
    signsNamed: () => [],
    dismissed: () => new Set(ruledOut),
  });
  const none: TriageOutcome = { kind: 'none' };
  const english = 'my kneecap came out years ago and now it only aches when I run';
  const ids = (o: TriageOutcome): string[] => (o.kind === 'red-flag' ? o.result.flags.map((f) => f.id) : []);

  it('an English message: a sign the English reading saw and dismissed is not raised by the Spanish one', () => {
    for (const [first, second] of [
      [reading('en', none, ['deformity']), reading('es', redFlag('deformity'))],
      [reading('es', redFlag('deformity')), reading('en', none, ['deformity'])],
    ] as const)
      expect(bothLanguages(first, second).classify(english).kind).toBe('none');
  });

  it('a flag only the Spanish words carry still stands, and the English reading never overrules Spanish text', () => {
    const spanish = reading('es', redFlag('deformity', 'cannot-bear-weight'));
    expect(ids(bothLanguages(reading('en', none, ['deformity']), spanish).classify(english))).toEqual([
      'cannot-bear-weight',
    ]);
    expect(ids(bothLanguages(reading('en', none), spanish).classify(english))).toEqual([
      'deformity',
      'cannot-bear-weight',
    ]);
    const told = 'se me salió la rodilla y la tengo chueca';
    expect(ids(bothLanguages(reading('en', none, ['deformity']), spanish).classify(told))).toEqual([
      'deformity',
      'cannot-bear-weight',
    ]);
  });
});
