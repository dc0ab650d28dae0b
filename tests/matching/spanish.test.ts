// The Spanish analyzer (issue 19): folding, stop words, stems, synonyms and a matcher built on
// Spanish knowledge. The entries here are a small stand-in written for the test; the real ones are
// knowledge/es (scored by npm run eval).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, loadKnowledgeSet } from '../../src/knowledge/load';
import type { Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import { analyze } from '../../src/matching/analyzer';
import { createMatcher } from '../../src/matching/index';
import { SPANISH, languageProfile } from '../../src/matching/lang/index';
import { foldSpanish, stemSpanish, tokenizeSpanish } from '../../src/matching/lang/es';
import { createPhraseRewriter } from '../../src/matching/phrases';
import { splitPost } from '../../src/matching/posts';
import type { Matcher, MatchResult } from '../../src/matching/types';

describe('Spanish text', () => {
  it('folds accents but keeps ñ apart (año is not ano)', () => {
    expect(foldSpanish('RÓTULA inflamación Año')).toBe('rotula inflamacion año');
    expect(tokenizeSpanish('¿Me duele la rodilla?')).toEqual(['me', 'duele', 'la', 'rodilla']);
    expect(stemSpanish('año')).not.toBe(stemSpanish('ano'));
  });

  it('keeps a place name whole: "Dallas" is not the Spanglish "day" of "leg day"', () => {
    expect(stemSpanish('dallas')).not.toBe(stemSpanish('day'));
    expect(tokenizeSpanish('tengo 68 años')).toEqual(['tengo', '68', 'años', 'adulto', 'mayor']);
    expect(tokenizeSpanish('hace 50 años')).toEqual(['hace', '50', 'años']);
  });

  it('brings plurals, gender, participles, gerunds and infinitives to one stem', () => {
    const same = (words: string[]): void => expect(new Set(words.map(stemSpanish)).size).toBe(1);
    same(['rodilla', 'rodillas']);
    same(['hinchada', 'hinchado', 'hinchadas']);
    same(['correr', 'corriendo', 'corro']);
    same(['dolor', 'dolores']);
    same(['lesion', 'lesiones']);
    same(['vez', 'veces']);
    // "-is" words are not plurals.
    expect(stemSpanish('tendinitis')).toBe('tendinitis');
    expect(stemSpanish('bursitis')).toBe('bursitis');
  });

  it('drops Spanish function words and applies Spanish synonyms', () => {
    const rewriter = createPhraseRewriter(
      [{ canonical: 'rotula', variants: ['patela', 'hueso de la rodilla'] }],
      SPANISH,
    );
    const a = analyze('Me duele el hueso de la rodilla cuando subo las escaleras', rewriter);
    expect(a.terms).toContain(stemSpanish('rotula'));
    expect(a.terms).not.toContain('me');
    expect(a.terms).not.toContain('cuando');
    expect(a.terms).toContain(stemSpanish('escaleras'));
  });

  it('finds the sentence that asks in a Spanish post', () => {
    const parts = splitPost(
      'Corro tres veces por semana en el parque. Desde hace un mes me duele la rodilla por fuera. ¿Debo descansar o puedo seguir?',
      languageProfile('es'),
    );
    expect(parts.map((p) => p.asks)).toEqual([false, false, true]);
    expect(splitPost('Tengo dolor. Algún consejo', languageProfile('es')).map((p) => p.asks)).toEqual([false, true]);
  });
});

// A three-entry Spanish knowledge on the English structure (ids, locations, clinic come from English).
function spanishStandIn(en: Knowledge): Knowledge {
  const entry = (id: string, title: string, questions: string[], keywords: string[]): KnowledgeEntry => ({
    ...en.byId.get(id)!,
    title,
    questions,
    keywords,
    answer: 'Respuesta de prueba.',
  });
  const entries = [
    entry(
      'it-band-syndrome',
      'Cintilla iliotibial',
      [
        '¿Qué es el síndrome de la cintilla iliotibial?',
        'Me duele el lado de afuera de la rodilla al correr',
        'Dolor en la parte externa de la rodilla en carreras largas',
        'Ardor por fuera de la rodilla después de unos kilómetros',
      ],
      ['cintilla', 'banda iliotibial'],
    ),
    entry(
      'clinic-hours',
      'Horario',
      ['¿A qué hora abren?', '¿Cuál es su horario?', '¿Están abiertos el sábado?', '¿Hasta qué hora atienden?'],
      ['horario', 'abierto'],
    ),
    entry(
      'swollen-knee',
      'Rodilla hinchada',
      [
        'Tengo la rodilla hinchada después de correr',
        '¿Por qué se me hincha la rodilla?',
        'Inflamación de la rodilla sin golpe',
        'Rodilla con líquido',
      ],
      ['hinchazón', 'derrame'],
    ),
  ];
  return {
    ...en,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    locations: [],
    synonyms: [{ canonical: 'rodilla', variants: ['rodiya', 'knee'] }],
    outOfScope: [{ id: 'foot', label: 'dolor de pie', keywords: ['pie', 'talón', 'tobillo'] }],
    language: 'es',
  } as Knowledge;
}

describe('a matcher on Spanish knowledge', () => {
  let es: Matcher;
  beforeAll(() => {
    es = createMatcher(spanishStandIn(loadKnowledge(join(__dirname, '../../knowledge'))));
  });
  const top = (r: MatchResult): string =>
    r.kind === 'answer' ? r.best.entry.id : r.kind === 'clarify' ? r.candidates[0]!.entry.id : r.kind;

  it.each([
    ['me duelen los lados de afuera de mis rodillas corriendo', 'it-band-syndrome'],
    ['a que ora abren el sabado', 'clinic-hours'],
    ['tengo las rodillas hinchadas', 'swollen-knee'],
    ['mi rodiya esta inchada', 'swollen-knee'],
    ['la knee hinchada despues de correr', 'swollen-knee'],
  ])('%s → %s', (text, id) => {
    expect(top(es.match(text))).toBe(id);
  });

  it('sends another body part out of scope', () => {
    expect(es.match('me duele el tobillo').kind).toBe('out-of-scope');
  });

  it('reads the language from an option as well as from the knowledge', () => {
    const en = loadKnowledge(join(__dirname, '../../knowledge'));
    const { language: _, ...plain } = spanishStandIn(en) as Knowledge & { language?: string };
    const viaOption = createMatcher(plain as Knowledge, { language: 'es' });
    expect(top(viaOption.match('tengo las rodillas hinchadas'))).toBe('swollen-knee');
  });
});

describe('the real Spanish knowledge: homonyms', () => {
  let es: Matcher;
  beforeAll(() => {
    es = createMatcher(loadKnowledgeSet(join(__dirname, '..', '..', 'knowledge')).es);
  });

  // "me cuesta subir" is "it's hard for me to climb" (round-12 conversation c15 got the prices card).
  it('"me cuesta subir las escaleras" is about the knee, "¿cuánto cuesta la consulta?" is billing', () => {
    for (const t of [
      'Me cuesta subir las escaleras de mi casa y me duelen más cuando hace frío',
      'a mi papá le cuesta mucho agacharse',
    ])
      expect(es.match(t).kind, t).not.toBe('out-of-scope');
    expect(es.match('¿cuánto cuesta la consulta?').kind).toBe('out-of-scope');
  });
});
