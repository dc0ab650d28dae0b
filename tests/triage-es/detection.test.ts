// Spanish red-flag detection on the labelled Spanish sets: every red flag caught at the right flag
// and tier, every near miss (negation, past, hypothetical, someone else, everyday talk) left alone.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bothLanguages } from '../../dialogs/decisions/language';
import { loadKnowledge } from '../../src/knowledge/load';
import { loadSpanishRedFlags } from '../../src/knowledge/redFlagsEs';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import { caught, nearMissRight, readJsonl, type NearMissCase, type RedFlagCase } from '../../scripts/eval-triage';
import { CORPUS_TIMEOUT_MS } from '../helpers/timeouts';

const dir = path.join(projectRoot(), 'tests/triage-es');
const redFlags = readJsonl<RedFlagCase>(path.join(dir, 'red-flags.jsonl'));
const nearMisses = readJsonl<NearMissCase>(path.join(dir, 'near-misses.jsonl'));
// The blind rounds (blind-*.jsonl) and own probes (own-*.jsonl): scored once as written and recorded in
// README.md, then tuning data. open-misses-*.jsonl (known misses, each with its reason) are not read, as in
// tests/triage/combined.test.ts.
const blind = readdirSync(dir)
  .filter((f) => /^(?:blind|own)-.*\.jsonl$/.test(f))
  .flatMap((f) => readJsonl<RedFlagCase | NearMissCase>(path.join(dir, f)));
const blindFlags = blind.filter((c): c is RedFlagCase => 'tier' in c);
const blindNearMisses = blind.filter((c): c is NearMissCase => 'expect' in c);
const allFlags = [...redFlags, ...blindFlags];
const allNearMisses = [...nearMisses, ...blindNearMisses];

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

describe('Spanish blind rounds, now tuning data (tests/triage-es/blind-*.jsonl)', () => {
  it.each(blindFlags.map((c) => [c.flag, c.text, c] as const))('%s: %s', (_flag, _text, c) => {
    const { ok, got } = caught(triage, c);
    expect(ok, `expected ${c.tier}/${c.flag}, got ${got}`).toBe(true);
  });
  it.each(blindNearMisses.map((c) => [c.text, c] as const))('no alarm: %s', (_text, c) => {
    const { ok, got } = nearMissRight(triage, c);
    expect(ok, `expected ${c.expect}, got ${got}`).toBe(true);
  });
});

describe('the combined triage the bot runs (English + Spanish, the higher tier wins)', () => {
  let english: Triage;
  let combined: Triage;
  beforeAll(() => {
    english = createTriage(loadKnowledge(path.join(projectRoot(), 'knowledge')));
    combined = bothLanguages(english, triage);
  });
  it(
    'catches every Spanish red flag at the right flag and tier',
    () => {
      const missed = allFlags.filter((c) => !caught(combined, c).ok).map((c) => c.text);
      expect(missed).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );
  it("the Spanish side adds no false alarm: any alarm on a Spanish near miss is the English triage's own", () => {
    const added = allNearMisses.filter(
      (c) => combined.classify(c.text).kind === 'red-flag' && english.classify(c.text).kind !== 'red-flag',
    );
    expect(added.map((c) => c.text)).toEqual([]);
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

  it('reads how Spanish says things, not the words alone', () => {
    // "como si …" is a likeness, not a condition
    expect(outcome('tengo la pantorrilla hinchada y siento que me ahogo, como si no me entrara el aire')).toContain(
      'calf-swelling-breathless',
    );
    // ir + gerund: swelling little by little, not "se me fue" (it went out of place)
    expect(outcome('se me fue hinchando la rodilla en una hora')).not.toContain('deformity');
    // "no es que no pueda": it is not that they can't
    expect(triage.classify('no es que no pueda pisar, si piso, nomas me duele').kind).toBe('none');
    // a place after a preposition is not a colour
    expect(outcome('me torcí la rodilla en Colorado y está hinchada')).not.toContain('hot-swollen-joint');
    // "¿qué es …?" asks what a word means
    expect(triage.classify('¿qué es una luxación de rótula?').kind).not.toBe('red-flag');
    // "hace años … y ahora …": the sentence comes back to the present
    expect(outcome('me quitaron un tumor hace 10 años y ahora me duele el hueso de la pierna')).toContain(
      'tumour-signs',
    );
  });

  it("someone else's event is theirs only when the writer then tells of a different complaint of their own", () => {
    expect(outcome('a mi papá se le dobló la rodilla y se cayó, estoy preocupada')).toContain('giving-way');
    expect(
      triage.classify('a mi vecino se le zafó la rótula el año que entró al equipo, a mí solo me duele al correr').kind,
    ).toBe('none');
    expect(outcome('se me va durmiendo el pie desde la caída')).toContain('numb-foot');
  });

  it('a child named in one sentence and a limp told in another is the child flag', () => {
    expect(outcome('mi hija tiene 9 años. Desde el lunes le duele la rodilla y ahora anda cojeando')).toContain(
      'child-hip-knee-pain',
    );
    expect(triage.classify('mi hijo tiene 30 años. Le duele la rodilla y anda cojeando').kind).not.toBe('red-flag');
  });

  it('has no second line yet in Spanish: suspect() asks nothing rather than guess from an English model', () => {
    expect(triage.suspect('me siento rara de la rodilla')).toBeNull();
  });

  it(
    'the prefilter never changes a Spanish outcome',
    () => {
      const all = createTriage(spanish, { language: 'es', withoutPrefilter: true });
      for (const { text } of [...allFlags, ...allNearMisses])
        expect(all.classify(text), text).toEqual(triage.classify(text));
    },
    CORPUS_TIMEOUT_MS,
  );
});
