// knowledge/es/red-flags.yaml and its loader: every English flag has Spanish wording and patterns,
// and a missing or broken Spanish text stops the start with the file and the field.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { KnowledgeError } from '../../src/knowledge/errors';
import { loadSpanishRedFlags, SPANISH_RED_FLAGS_FILE } from '../../src/knowledge/redFlagsEs';
import type { Knowledge, RedFlag } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { createTriage } from '../../src/triage';

let english: Knowledge;
let spanish: RedFlag[];
beforeAll(() => {
  english = loadKnowledge(path.join(projectRoot(), 'knowledge'));
  spanish = loadSpanishRedFlags(path.join(projectRoot(), 'knowledge'), english.redFlags);
});

/** A knowledge folder holding only es/red-flags.yaml with this text. */
function folderWith(yaml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'es-flags-'));
  fs.mkdirSync(path.join(dir, 'es'));
  fs.writeFileSync(path.join(dir, SPANISH_RED_FLAGS_FILE), yaml);
  return dir;
}

const en = (over: Partial<RedFlag> = {}): RedFlag => ({
  id: 'cannot-bear-weight',
  tier: 'urgent',
  label: 'You cannot put weight on the leg',
  advice: 'Get an X-ray today.',
  patterns: ['cant walk'],
  ...over,
});

function loadError(yaml: string, flags: RedFlag[]): KnowledgeError {
  try {
    loadSpanishRedFlags(folderWith(yaml), flags);
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  }
  throw new Error('expected a KnowledgeError');
}

describe('loadSpanishRedFlags', () => {
  it('gives every English flag, in the English order, Spanish text and patterns and the English tier, care, group and call number', () => {
    expect(spanish.map((f) => f.id)).toEqual(english.redFlags.map((f) => f.id));
    spanish.forEach((es, i) => {
      const flag = english.redFlags[i] as RedFlag;
      expect(es.tier).toBe(flag.tier);
      expect(es.care).toBe(flag.care);
      expect(es.group).toBe(flag.group);
      expect(es.listed).toBe(flag.listed);
      expect(es.overrides).toEqual(flag.overrides);
      expect(es.transient).toBe(flag.transient);
      expect(es.call?.number).toBe(flag.call?.number);
      expect(es.label).not.toBe(flag.label);
      expect(es.advice).not.toBe(flag.advice);
      if (flag.caution) expect(es.caution).toBeTruthy();
      if (flag.title) expect(es.title).toBeTruthy();
      expect(es.patterns.length).toBeGreaterThan(0);
    });
  });

  it('fails naming the file and the flag when an English flag has no Spanish', () => {
    const err = loadError(
      'redFlags:\n  - id: cannot-bear-weight\n    label: No puede apoyar\n    advice: Hágase una radiografía hoy.\n    patterns: ["nopuede caminar"]\n',
      [en(), en({ id: 'locked-knee' })],
    );
    expect(err.file).toBe('es/red-flags.yaml');
    expect(err.message).toMatch(/locked-knee/);
  });

  it('fails naming the field when the advice is missing', () => {
    const err = loadError(
      'redFlags:\n  - id: cannot-bear-weight\n    label: No puede apoyar\n    patterns: ["nopuede caminar"]\n',
      [en()],
    );
    expect(err.message).toMatch(/es\/red-flags\.yaml: redFlags\[0\]\.advice/);
  });

  it('fails when the English flag has a caution, title or call button and the Spanish has none', () => {
    const yaml =
      'redFlags:\n  - id: cannot-bear-weight\n    label: No puede apoyar\n    advice: Hágase una radiografía hoy.\n    patterns: ["nopuede caminar"]\n';
    expect(loadError(yaml, [en({ caution: 'Stay off it.' })]).message).toMatch(/redFlags\[0\]\.caution/);
    expect(loadError(yaml, [en({ title: 'Go now' })]).message).toMatch(/redFlags\[0\]\.title/);
    expect(loadError(yaml, [en({ call: { label: 'Call 988', number: '988' } })]).message).toMatch(/callLabel/);
  });

  it('fails on an unknown flag id, a flag given twice, or a broken Spanish pattern', () => {
    const one = (id: string, pattern = 'nopuede caminar') =>
      `  - id: ${id}\n    label: No puede apoyar\n    advice: Hágase una radiografía hoy.\n    patterns: ["${pattern}"]\n`;
    expect(loadError(`redFlags:\n${one('cannot-bear-weight')}${one('no-such-flag')}`, [en()]).message).toMatch(
      /no-such-flag/,
    );
    expect(loadError(`redFlags:\n${one('cannot-bear-weight')}${one('cannot-bear-weight')}`, [en()]).message).toMatch(
      /duplicate/,
    );
    // $swollen is an English class; Spanish patterns use $hinchado
    expect(loadError(`redFlags:\n${one('cannot-bear-weight', 'rodilla $swollen')}`, [en()]).message).toMatch(
      /redFlags\[0\]\.patterns\[0\].*\$hinchado/,
    );
  });

  it('every flag has Spanish patterns that fire on their own', () => {
    const triage = createTriage({ ...english, redFlags: spanish }, { language: 'es' });
    const examples: Record<string, string> = {
      'self-harm': 'ya no quiero vivir',
      'heavy-bleeding': 'está sangrando mucho y no para',
      deformity: 'la rodilla se ve chueca',
      'cold-pale-foot': 'tengo el pie frío y morado',
      'numb-foot': 'no siento el pie',
      'calf-swelling-breathless': 'tengo la pantorrilla hinchada y me falta el aire',
      'chest-pain': 'me duele el pecho',
      'hot-swollen-joint': 'la rodilla está caliente e hinchada y tengo fiebre',
      'compartment-syndrome': 'me patearon la pierna y la pantorrilla está dura como piedra',
      'extensor-tendon-rupture': 'me caí y no puedo levantar la pierna estirada',
      'cannot-bear-weight': 'no puedo apoyar la pierna',
      'ottawa-fracture-signs': 'me caí y no puedo doblar la rodilla',
      'kneecap-dislocated-relocated': 'se me salió la rótula y se regresó sola',
      'locked-knee': 'no puedo enderezar la rodilla',
      'pop-and-swelling': 'sentí un tronido y se me hinchó la rodilla',
      'rapid-swelling': 'la rodilla se hinchó en una hora',
      'giving-way': 'se me dobla la rodilla',
      'calf-pain-swelling': 'me duele la pantorrilla y está roja',
      'child-hip-knee-pain': 'mi hijo de 7 años cojea y le duele la rodilla',
      tingling: 'siento hormigueo en la pierna',
      'bone-stress-injury': 'me duele la tibia en un solo punto',
      'bone-stress-injury-limp': 'me duele la tibia en un solo punto y cojeo',
      'tumour-signs': 'tengo una bola dura que crece detrás de la rodilla',
      'catching-locking-occasional': 'a veces se me traba la rodilla pero se suelta sola',
      'night-or-rest-pain': 'el dolor de rodilla me despierta en la noche',
    };
    for (const flag of spanish) {
      const text = examples[flag.id];
      expect(text, `an example for ${flag.id}`).toBeDefined();
      const o = triage.classify(text as string);
      expect(o.kind === 'red-flag' && o.result.flags.some((f) => f.id === flag.id), `${flag.id}: ${text}`).toBe(true);
    }
  });
});

/** Syllables of a Spanish word: vowel groups, with two strong vowels (or an accented weak one) apart. */
function syllables(word: string): number {
  const w = word.toLowerCase();
  const groups = w.match(/[aeiouáéíóúü]+/g) ?? [];
  let n = 0;
  for (const g of groups) {
    n += 1;
    for (let i = 1; i < g.length; i += 1) {
      const a = g[i - 1] as string;
      const b = g[i] as string;
      if (/[aeoáéó]/.test(a) && /[aeoáéó]/.test(b)) n += 1;
      else if (/[íú]/.test(a) || /[íú]/.test(b)) n += 1;
    }
  }
  return Math.max(1, n);
}

/** Fernández Huerta reading ease (Spanish Flesch): 60–70 plain, 70–80 fairly easy (about grade 7–8). */
function readingEase(text: string): number {
  const words = text.match(/[\p{L}]+/gu) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?:]+/g) ?? []).length);
  const syl = words.reduce((sum, w) => sum + syllables(w), 0);
  return 206.84 - 0.6 * ((syl / words.length) * 100) - 1.02 * ((sentences / words.length) * 100);
}

describe('Spanish wording', () => {
  it('advice, cautions and labels speak to the person as usted, never tú', () => {
    const tu = /\b(tienes|puedes|debes|estás|vete|llama|ve al|tu pierna|tu rodilla|tu pie|te duele)\b/i;
    for (const flag of spanish)
      for (const text of [flag.label, flag.advice, flag.caution ?? '']) expect(text, flag.id).not.toMatch(tu);
  });

  it('advice reads at about the level of a patient leaflet (Fernández Huerta ≥ 55) in sentences of 35 words or fewer', () => {
    for (const flag of spanish) {
      expect(readingEase(flag.advice), `${flag.id}: ${flag.advice}`).toBeGreaterThanOrEqual(55);
      for (const sentence of flag.advice.split(/(?<=[.!?])\s+/))
        expect(sentence.split(/\s+/).length, `${flag.id}: ${sentence}`).toBeLessThanOrEqual(35);
    }
  });

  it('the crisis reply says to call 988 and press 2, or text AYUDA to 988, with the 988 button', () => {
    const crisis = spanish.find((f) => f.id === 'self-harm') as RedFlag;
    // 988's Spanish line: a call, press 2; a text, the word AYUDA (988lifeline.org)
    expect(crisis.advice).toMatch(/Llame al 988 y oprima 2 para español/);
    expect(crisis.advice).toMatch(/texto con\s+la palabra AYUDA al 988/);
    expect(crisis.advice).toMatch(/911/);
    expect(crisis.call).toEqual({ label: expect.stringMatching(/988/), number: '988' });
  });
});
