// Round 23: long Spanish posts (a runner's, cyclist's or worker's story with the question in one
// sentence). Each family is checked on variants written for the test, not on the tuning set's posts
// (tests/eval/es-posts-own-r23.jsonl).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { languageProfile } from '../../src/matching/lang/index';
import { splitPost } from '../../src/matching/posts';
import type { Matcher, MatchResult } from '../../src/matching/types';

const asks = (text: string): boolean[] => splitPost(text, languageProfile('es')).map((p) => p.asks);
const top = (r: MatchResult): string =>
  r.kind === 'answer' ? r.best.entry.id : r.kind === 'clarify' ? (r.candidates[0]?.entry.id ?? r.kind) : r.kind;

describe('Spanish sentences that ask, in a long post', () => {
  it('a story that says what the writer can or must do does not ask', () => {
    expect(asks('Ya puedo subir escaleras sin bastón. Mañana tengo que trabajar.')).toEqual([false, false]);
    expect(asks('El doctor dice que debo bajar de peso y puedo nadar.')).toEqual([false]);
    // Opening a sentence, they still ask.
    expect(asks('Me duele al bajar. Puedo seguir corriendo así.')).toEqual([false, true]);
  });

  it('asks with "qué me recomiendan", "no sé si debo", "cuánto tiempo tarda", "mi duda es si"', () => {
    for (const s of [
      'Ustedes qué me recomiendan para el dolor.',
      'La verdad no sé si debo seguir con el gimnasio.',
      'Y en cuánto tiempo tarda en quitarse esto.',
      'Mi duda es si el frío le hace daño.',
      'Díganme cosas que pueda hacer en casa.',
    ])
      expect(asks(s), s).toEqual([true]);
  });
});

describe('the real Spanish knowledge: long posts', () => {
  let es: Matcher;
  beforeAll(() => {
    es = createMatcher(loadKnowledgeSet(join(__dirname, '..', '..', 'knowledge')).es);
  });

  it('a post about the calf, shin or heel that says the knee is sound is out of scope', () => {
    for (const t of [
      'Entreno para un 21K en Monterrey y el jueves haciendo series noté un tirón fuerte en el gemelo izquierdo. Me costó volver a casa. Las rodillas están perfectas, eso sí. ¿Cuántos días sin correr?',
      'Hace dos meses que salgo a trotar por la colonia con mi vecina. Ahora me duelen las espinillas por dentro al terminar. Las rodillas no me duelen para nada. ¿Debería comprar otros tenis?',
      'Soy enfermera y paso doce horas de pie en el hospital. Me duele el talón por la mañana al dar los primeros pasos. La rodilla la tengo bien. ¿Qué ejercicios me sirven para el talón?',
    ])
      expect(es.match(t).kind, t).toBe('out-of-scope');
  });

  it('a knee that is fine one way but hurts another is still the knee', () => {
    const t =
      'Camino cada mañana una hora con mis amigas del barrio. Las rodillas están bien al caminar pero me duelen al subir la escalera del apartamento. ¿Qué puedo hacer?';
    expect(es.match(t).kind).not.toBe('out-of-scope');
  });

  it('numb toes on the bike are the cycling answer, not foot pain', () => {
    const rides =
      'Ruedo con un grupo los domingos, unas tres horas. Desde que compré zapatillas nuevas se me duermen los pies a mitad de la ruta. Las rodillas bien. ¿Qué hago?';
    expect(es.match(rides).kind).not.toBe('out-of-scope');
    for (const t of [
      'Hago spinning cuatro veces por semana y noto hormigueo en los dedos de los pies al final de la clase. ¿Es por las zapatillas?',
      'Llevo un año en la bici de ruta y siento los dedos de los pies dormidos después de una hora pedaleando. ¿Es normal?',
    ])
      expect(top(es.match(t)), t).toBe('cycling-foot-numbness');
  });

  it('a knee that gives way for someone else, or in the subjunctive, is the weak-knee answer', () => {
    for (const t of [
      'mi mamá tiene 81 años y se le dobla la rodilla en la cocina, qué hacemos',
      'tengo miedo de que se me doble la rodilla en la calle, tengo 74 años',
      'a mi suegro le fallan las rodillas y ya se cayó en el patio',
    ])
      expect(top(es.match(t)), t).toBe('weak-knee-falls');
  });

  it("Spain's 'ligamento lateral interno' (LLI) is the MCL; 'cuánto tardaré' asks how long", () => {
    for (const t of [
      'el fisio me dijo que tengo un esguince del ligamento lateral interno',
      'me rompí un poco el LLI esquiando, qué tratamiento hay',
    ])
      expect(top(es.match(t)), t).toBe('mcl-and-meniscus');
    expect(top(es.match('cuánto tardaré en curarme de una lesión de rodilla'))).toBe('healing-time');
  });

  it("a graft's tendon is not tendinitis: the question after surgery leads", () => {
    const t =
      'En marzo me reconstruyeron el cruzado anterior con un injerto del tendón rotuliano. Hago la rehabilitación con el fisio tres veces por semana y ya troto un poco. Juego baloncesto en una liga del barrio. ¿Cuándo podré volver a jugar partidos?';
    expect(top(es.match(t))).not.toBe('patellar-tendonitis');
  });

  it('Spain Spanish side places: "por la parte de fuera", "en la cara interna"', () => {
    expect(top(es.match('me duele la rodilla por la parte de fuera al correr'))).toMatch(
      /outer-knee-pain|it-band-syndrome/,
    );
    expect(top(es.match('tengo dolor en la cara interna de la rodilla al subir escaleras'))).toMatch(
      /inner-knee-pain|pes-anserine-irritation|mcl-and-meniscus/,
    );
  });
});
