// Spanish cues for what a knee operation's surgeon told the writer to expect: "después del reemplazo la rodilla
// se siente calientita, el doctor dijo que eso dura semanas". Words as the Spanish normaliser leaves them.
import { phrases, type Phrase } from './phrase';

/** A knee operation named: "el reemplazo", "me operaron", "la prótesis", "la artroscopia". */
export const OPERATION_WORDS: ReadonlySet<string> = new Set([
  'reemplazo',
  'protesis',
  'cirugia',
  'operacion',
  'operaron',
  'opero',
  'operada',
  'operado',
  'artroscopia',
  'operation',
  'surgery',
]);

/** Walking aids used after the operation: "camino con las muletas", "ando con andadera". */
export const AID_WORDS: ReadonlySet<string> = new Set(['muletas', 'muleta', 'andadera', 'baston', 'caminadora']);

/** Said of a part to say it is fine: "la pantorrilla la tengo normal" (within FINE_REACH words after it). */
// (not "bien": "fiebre bien alta" is a high fever)
export const FINE_WORDS: ReadonlySet<string> = new Set(['normal', 'normalita', 'normales']);
export const FINE_REACH = 4;

/** Who gives the word: the surgeon, the doctor, the nurse or the therapist of the operation. */
export const CLINICIAN_WORDS: ReadonlySet<string> = new Set([
  'doctor',
  'doctora',
  'doctores',
  'dr',
  'dra',
  'cirujano',
  'cirujana',
  'medico',
  'medica',
  'enfermera',
  'enfermero',
  'terapeuta',
  'terapista',
  'fisioterapeuta',
  'ortopedista',
  'traumatologo',
]);

/** That they said it: "dijo", "me explicó", "nos avisaron". */
export const SAID_WORDS: ReadonlySet<string> = new Set([
  'dijo',
  'dice',
  'dijeron',
  'dicen',
  'explico',
  'explicaron',
  'comento',
  'aviso',
  'avisaron',
  'advirtio',
  'advirtieron',
]);

/** Said to be expected, within a few words after the saying: "que es normal", "que eso dura semanas". */
export const EXPECTED_WORDS: ReadonlySet<string> = new Set([
  'normal',
  'normales',
  'esperarse',
  'esperado',
  'esperada',
  'esperable',
  'comun',
  'dura',
  'duran',
  'durar',
  'durara',
  'tarda',
  'tardan',
  'tardar',
  'tardara',
]);
export const EXPECTED_PHRASES: Phrase[] = phrases(
  'parte de la recuperacion',
  'parte de la sanacion',
  'asi va a estar',
  'asi va a seguir',
  'asi se va a sentir',
);
/** How far after the saying verb the expected word may come ("dijo que iba a estar así un buen rato, que es normal"). */
export const EXPECTED_REACH = 10;

/**
 * Besides a fever (the pattern classes), what the surgeon's word does not cover, said anywhere and not denied:
 * a wound that drains or opens, a calf, breathlessness, a worsening. Bruising and the wound's own words are not here.
 */
export const DANGER_WORDS: ReadonlySet<string> = new Set([
  'pus',
  'supura',
  'supurando',
  'secrecion',
  'escurre',
  'escurriendo',
  'liquido',
  'olor',
  'huele',
  'abierta',
  'abrio',
  'sangra',
  'sangrando',
  'pantorrilla',
  'chamorro',
  'ahogo',
  'ahogada',
  'ahogado',
  'aire',
  'pecho',
  'rayas',
  'raya',
  'peor',
  'empeora',
  'empeorando',
  'empeoro',
]);

/** "más caliente", "cada vez más hinchada": a change, not the expected healing. */
export const MORE_WORDS: ReadonlySet<string> = new Set(['mas', 'peor']);

/**
 * The operation in its first weeks, said as "hace 3 semanas", "hace diez días", "hace un par de semanas" (left25): then
 * swelling, and warmth with a fever denied, are the expected healing (AAOS, NHS: warmth and swelling for weeks), as the
 * English side reads them (src/triage/postOp.ts), even without a clinician's word.
 */
export const AGO_WORDS: ReadonlySet<string> = new Set(['hace']);
export const DAY_WORDS: ReadonlySet<string> = new Set(['dia', 'dias']);
export const WEEK_WORDS: ReadonlySet<string> = new Set(['semana', 'semanas']);
export const COUNT_WORDS: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, {
    un: 1,
    una: 1,
    unos: 3,
    unas: 3,
    par: 2,
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    once: 11,
    doce: 12,
    quince: 15,
  }),
);
/** Most days and weeks after the operation that swelling and warmth are still expected (as in English: 12 weeks). */
export const MAX_DAYS = 90;
export const MAX_WEEKS = 12;
/** Another part than the knee, or the breath: the first weeks' expected healing is the knee's own (never the clot check). */
export const NOT_KNEE_WORDS: ReadonlySet<string> = new Set([
  ...[
    'pierna',
    'piernas',
    'pantorrilla',
    'pantorrillas',
    'chamorro',
    'espinilla',
    'tobillo',
    'tobillos',
    'pie',
    'pies',
  ],
  ...['muslo', 'ingle', 'respirar', 'respiro', 'aire', 'pecho', 'toser', 'tos', 'sangre'],
]);
/** How many words "hace" may stand before the unit ("hace un par de semanas"). */
export const AGO_REACH = 4;
