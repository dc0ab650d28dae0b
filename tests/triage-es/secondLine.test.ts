// The Spanish second line of defence (src/triage/lang/es/secondLine.ts): when no Spanish pattern
// matches but the message sounds dangerous (a fall and severe pain, an older person's fall, a child
// limping, hopelessness), ONE safety question about the right flag; never one on the near misses.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { loadSpanishRedFlags } from '../../src/knowledge/redFlagsEs';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import { readJsonl, type NearMissCase } from '../../scripts/eval-triage';

const dir = path.join(projectRoot(), 'tests/triage-es');
// unseen-*.jsonl: held-out rounds scored as a first look by npm run eval, never a gate.
const nearMisses = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl') && !f.startsWith('unseen'))
  .flatMap((f) => readJsonl<NearMissCase | { tier: string }>(path.join(dir, f)))
  .filter((c): c is NearMissCase => 'expect' in c);

let triage: Triage;
beforeAll(() => {
  const english = loadKnowledge(path.join(projectRoot(), 'knowledge'));
  const spanish = {
    ...english,
    redFlags: loadSpanishRedFlags(path.join(projectRoot(), 'knowledge'), english.redFlags),
  };
  triage = createTriage(spanish, { language: 'es' });
});

/** [message the rules leave alone, the flag the question must be about, about someone else] */
const ASKED: [string, string, boolean][] = [
  ['me caí en el trabajo y me duele horrible', 'cannot-bear-weight', false],
  ['me machuqué el pie con una tarima y me duele horrible', 'cannot-bear-weight', false],
  ['me tacklearon y estoy llorando del dolor', 'cannot-bear-weight', false],
  ['desde que me pegué no puedo ni patear con esa pierna', 'cannot-bear-weight', false],
  ['mi abuelito se resbaló en el patio y se queja mucho', 'ottawa-fracture-signs', true],
  ['ya no puedo más, soy una carga para mi familia', 'self-harm', false],
  // giving up said against "le echo ganas"; holding on does not hide a hopeless cue beside it
  ['me desespero con la rodilla, ya no le echo ganas a nada', 'self-harm', false],
  ['le echo ganas por mis hijos pero ya no aguanto más', 'self-harm', false],
];

const NOT_ASKED: string[] = [
  'me caí de la risa con el video, ¿qué ejercicios me recomiendan para la rodilla?',
  'me cae mal el doctor que me operó, ¿puedo cambiar de doctor?',
  'hace años me caí y no podía caminar, ahora ya estoy bien',
  'mi abuela se cayó pero ya se levantó y camina bien',
  'ya no sirvo para correr como antes, pero sigo caminando',
  'mi perro se cayó de la escalera y no puede caminar',
  '¿qué pasa si me caigo y me duele horrible?',
];

// Group-chat talk with no body, symptom or injury named: scheduling, scores, weather, work.
const CHATTER: string[] = [
  'nos vemos en la práctica esta noche',
  'hoy hay entrenamiento',
  'hoy hay entrenamiento a las seis',
  'no puedo ir al entrenamiento hoy, tengo junta',
  'no puedo ir hoy, se me hizo tarde en el trabajo',
  'llego un poco tarde, empiecen sin mí',
  'quién trae el agua para el partido del sábado',
  'ganamos 3 a 1 anoche, qué partidazo',
  'podemos cambiar la reunión para mañana a las tres',
  'vamos a comer tacos el viernes?',
  'está lloviendo mucho, a lo mejor cancelan el entrenamiento',
  'a qué hora sale el camión para el partido de visita',
  'gracias profe, nos vemos el lunes',
  'alguien vio mi botella de agua en el vestidor',
  'el marcador quedó 2 a 2 al medio tiempo',
  'feliz cumpleaños ana, que la pases muy bien',
  'el internet de la oficina no sirve otra vez',
  'alguien me cubre el turno del domingo',
  'la cancha está inundada, se suspende el juego',
  'voy por un café, quieren algo?',
  'recuerden pagar la cuota del club antes de fin de mes',
  'el entrenador dice que mañana hay doble sesión',
  'nos vemos en la cancha a las siete para calentar',
];

describe('Spanish second line: one safety question when the rules are silent', () => {
  it.each(ASKED)('%s → a question about %s', (text, flag, someoneElse) => {
    expect(triage.classify(text).kind).toBe('none');
    const suspicion = triage.suspect(text);
    expect(suspicion?.flag.id).toBe(flag);
    expect(suspicion?.source).toBe('cues');
    expect(suspicion?.someoneElse).toBe(someoneElse);
  });

  it.each(NOT_ASKED)('no question: %s', (text) => {
    expect(triage.classify(text).kind).not.toBe('red-flag');
    expect(triage.suspect(text)).toBeNull();
  });

  it.each(CHATTER)('no question on group-chat talk: %s', (text) => {
    expect(triage.classify(text).kind).toBe('none');
    expect(triage.suspect(text)).toBeNull();
  });

  it('asks nothing about any labelled Spanish near miss', () => {
    const asked = nearMisses.map((c) => c.text).filter((text) => triage.suspect(text) !== null);
    expect(asked).toEqual([]);
  });
});
