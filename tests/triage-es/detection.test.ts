// Spanish red-flag detection on the labelled Spanish sets: every red flag caught at the right flag
// and tier, every near miss (negation, past, hypothetical, someone else, everyday talk) left alone.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { loadSpanishRedFlags } from '../../src/knowledge/redFlagsEs';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import { caught, nearMissRight, readJsonl, type NearMissCase, type RedFlagCase } from '../../scripts/eval-triage';

const dir = path.join(projectRoot(), 'tests/triage-es');
const redFlags = readJsonl<RedFlagCase>(path.join(dir, 'red-flags.jsonl'));
const nearMisses = readJsonl<NearMissCase>(path.join(dir, 'near-misses.jsonl'));

let english: Knowledge;
let spanish: Knowledge;
let triage: Triage;
beforeAll(() => {
  english = loadKnowledge(path.join(projectRoot(), 'knowledge'));
  spanish = { ...english, redFlags: loadSpanishRedFlags(path.join(projectRoot(), 'knowledge'), english.redFlags) };
  triage = createTriage(spanish, { language: 'es' });
});

describe('Spanish red flags (tests/triage-es/red-flags.jsonl)', () => {
  it.each(redFlags.map((c) => [c.flag, c.text, c] as const))('%s: %s', (_flag, _text, c) => {
    const { ok, got } = caught(triage, c);
    expect(ok, `expected ${c.tier}/${c.flag}, got ${got}`).toBe(true);
  });

  it('covers every flag of knowledge/red-flags.yaml several ways', () => {
    for (const flag of english.redFlags) {
      expect(redFlags.filter((c) => c.flag === flag.id).length, flag.id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('Spanish near misses (tests/triage-es/near-misses.jsonl)', () => {
  it.each(nearMisses.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const { ok, got } = nearMissRight(triage, c);
    expect(ok, `expected ${c.expect}, got ${got}`).toBe(true);
  });
});

describe('Spanish context', () => {
  const outcome = (text: string): string => {
    const o = triage.classify(text);
    return o.kind === 'red-flag' ? o.result.flags.map((f) => f.id).join(',') : o.kind;
  };
  it.each([
    ['tengo la pantorrilla hinchada', 'no tengo la pantorrilla hinchada'],
    ['la rodilla está caliente e hinchada', 'la rodilla no está caliente ni hinchada'],
    ['tengo hormigueo en el pie', 'sin hormigueo en el pie'],
    ['se me dobló la rodilla', 'nunca se me ha doblado la rodilla'],
    ['me duele el pecho', 'me duele la rodilla pero el pecho no'],
    ['tengo fiebre y la rodilla hinchada', 'no tengo fiebre, hinchazón ni dolor en la rodilla'],
  ])('a negation cancels the flag: "%s" alarms, "%s" does not', (report, negated) => {
    expect(outcome(report)).not.toBe('none');
    expect(triage.classify(negated).kind).not.toBe('red-flag');
  });

  it.each([
    '¿qué pasa si se me hincha la pantorrilla?',
    'y si se me zafa la rótula?',
    'si no puedo caminar mañana, ¿voy a urgencias?',
    'tengo miedo de que se me doble la rodilla',
    '¿cuáles son las señales de alarma?',
  ])('a hypothetical or general question is not a report: %s', (text) => {
    expect(triage.classify(text).kind).toBe('warning-signs-question');
  });

  it.each([
    'hace años se me zafó la rótula',
    'se me hinchó la pantorrilla pero ya se me quitó',
    'mi perro no puede caminar',
    'mi papá tuvo una infección en la rodilla hace mucho, ¿es hereditario?',
  ])("the past, an animal or a relative's past is not a present red flag: %s", (text) => {
    expect(triage.classify(text).kind).toBe('none');
  });

  it('"no puedo" is the flag itself, not a negation of it, however it is said', () => {
    for (const text of [
      'no puedo apoyar el pie',
      'no me deja caminar el dolor',
      'ni siquiera puedo pararme',
      'no pyedo pisar',
    ])
      expect(outcome(text), text).toContain('cannot-bear-weight');
  });

  it('after a comma a negation reaches only through a list, not into a new statement', () => {
    expect(outcome('no quiero seguir así, mejor me muero')).toContain('self-harm');
    expect(triage.classify('no tengo dolor, fiebre ni hinchazón').kind).toBe('none');
  });

  it('"no se me quita" is a symptom that persists, not one that is denied', () => {
    expect(outcome('tengo el pie dormido y no se me quita')).toContain('numb-foot');
    expect(outcome('se me trabó la rodilla y no se destraba')).toContain('locked-knee');
  });

  it('the issue\'s message gets the emergency advice, not "I only read English"', () => {
    const o = triage.classify('me caí de la escalera y no puedo apoyar la pierna, la rodilla se ve chueca');
    expect(o.kind).toBe('red-flag');
    if (o.kind !== 'red-flag') return;
    expect(o.result.tier).toBe('emergency');
    expect(o.result.flags.map((f) => f.id)).toEqual(expect.arrayContaining(['deformity', 'cannot-bear-weight']));
    expect(o.result.flags[0]?.advice).toMatch(/No mueva la pierna/);
  });

  it('has no second line yet in Spanish: suspect() asks nothing rather than guess from an English model', () => {
    expect(triage.suspect('me siento rara de la rodilla')).toBeNull();
  });

  it('the prefilter never changes a Spanish outcome', () => {
    const all = createTriage(spanish, { language: 'es', withoutPrefilter: true });
    for (const { text } of [...redFlags, ...nearMisses])
      expect(all.classify(text), text).toEqual(triage.classify(text));
  });
});
