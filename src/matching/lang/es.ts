// Spanish (Dallas Spanish, usted form, Spanglish tolerated): every Spanish word list of the matcher
// lives here. Accents are folded (á → a) as people type without them, but ñ stays ñ so "año" and
// "ano" remain different words. The stemmer is deliberately light: plurals, gender (-o/-a),
// participles, gerunds and infinitives meet at one stem ("hinchada", "hinchado", "hinchazón" stay
// apart from "hinchar" only where Spanish synonyms say otherwise); a wrong merge costs more than a
// missed one, and knowledge/es/synonyms.yaml covers the rest.
import { fold } from '../../text';
import { OLDER_AGE } from '../normalize';
import type { LanguageProfile } from './index';
import { NUMBER_WORDS_ES } from '../../text/numberWords';

/** Placeholder that survives the shared fold (which would turn ñ into n). */
const ENYE = '\uE000';

/** The shared fold with ñ kept. */
export function foldSpanish(text: string): string {
  const kept = text.normalize('NFC').replace(/[ñÑ]/g, ENYE);
  return fold(kept).replace(/\uE000/g, 'ñ');
}

export function tokenizeSpanish(text: string): string[] {
  // Spanglish "runner's knee" → "runner knee", like the English side; other apostrophes go.
  const prepared = foldSpanish(text).replace(/'s\b/g, '').replace(/'/g, '');
  const out: string[] = [];
  for (const token of prepared.split(/[^\p{L}\p{N}]+/u)) if (token) out.push(NUMBER_WORDS_ES[token] ?? token);
  return markOlderAge(out);
}

/**
 * "Tengo 68 años", "mi mamá de 87 años": an older adult's knee (arthritis, balance). "adulto mayor"
 * is added after the age, as the English side does for "I'm 61" (normalize.ts, OLDER_AGE).
 */
function markOlderAge(tokens: string[]): string[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!/^\d{2}$/.test(tokens[i]!) || Number(tokens[i]) < OLDER_AGE) continue;
    if ((tokens[i - 1] === 'tengo' || tokens[i - 1] === 'de') && /^(años|anos)$/.test(tokens[i + 1]!))
      tokens.splice(i + 2, 0, 'adulto', 'mayor');
  }
  return tokens;
}

const VOWEL = /[aeiou]/;

/**
 * Names the knowledge uses that the stemmer would shrink onto an everyday word: "Dallas" (ll → y,
 * plural, vowel) became "day", so Spanglish "el leg day" got the clinic's address. Kept whole.
 */
const KEPT_WHOLE: ReadonlySet<string> = new Set(['dallas', 'texas', 'mcewen']);

/**
 * Plural → singular, then one ending off: gerund (-ando/-iendo), participle (-ado/-ido, any gender),
 * infinitive (-ar/-er/-ir), adverb (-mente), or the final gender vowel. Words of three letters or
 * fewer, and words with digits, stay as they are.
 */
export function stemSpanish(token: string): string {
  if (/\d/.test(token) || KEPT_WHOLE.has(token)) return token;
  let w = soundAlike(token);
  if (w.length <= 3) return w;
  // Plurals: "veces" → "vez", "dolores" → "dolor", "rodillas" → "rodilla"; not "-is" words
  // ("tendinitis", "artrosis", "bursitis") nor "-us".
  if (w.length > 4 && w.endsWith('ses') && token.endsWith('ces')) w = w.slice(0, -2);
  else if (w.length >= 5 && /[^aeiou]es$/.test(w)) w = w.slice(0, -2);
  else if (/[aeiou]s$/.test(w) && !/(is|us)$/.test(w)) w = w.slice(0, -1);
  if (w.length <= 4) return stripVowel(w);

  if (w.length > 7 && w.endsWith('mente')) w = w.slice(0, -5);
  else if (w.length > 6 && /(iendo|yendo)$/.test(w)) return w.slice(0, -5);
  else if (w.length > 5 && w.endsWith('ando')) return w.slice(0, -4);
  else if (w.length > 5 && /[ai]d[oa]$/.test(w) && VOWEL.test(w.slice(0, -3))) return w.slice(0, -3);
  else if (/[aei]r$/.test(w) && VOWEL.test(w.slice(0, -2))) return w.slice(0, -2);
  return stripVowel(w);
}

/**
 * Letters Spanish writes differently for one sound, as people type by ear: a silent h ("inchada",
 * "ora"), ll/y ("rodiya"), v/b, z and soft c as s ("inflamasion"). Both sides go through it.
 */
function soundAlike(w: string): string {
  return w
    .replace(/^h/, '')
    .replace(/ll/g, 'y')
    .replace(/v/g, 'b')
    .replace(/z/g, 's')
    .replace(/c(?=[ei])/g, 's');
}

/** The gender vowel ("mala"/"malo" → "mal", "rodilla" → "rodill"); three letters always stay. */
function stripVowel(w: string): string {
  return w.length > 3 && /[aoe]$/.test(w) ? w.slice(0, -1) : w;
}

// Words that carry no topic. Like the English list: question words people swap freely are out
// ("qué"/"cómo"), "no" and "dónde" stay in (they change the meaning), and so do the body words.
const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a al ante con contra de del desde durante en entre hacia hasta para por segun sin sobre tras ' +
    'el la lo los las un una unos unas y e o u ni pero sino que como cuando cual cuales quien quienes ' +
    'cuanto cuanta cuantos cuantas este esta esto estos estas ese esa eso esos esas aquel aquella ' +
    'me mi mis mio mia te ti tu tus se su sus le les nos nuestro nuestra nuestros nuestras yo usted ' +
    'ustedes ella ellas ellos el ser soy es son era eran fue fueron sido sea estar estoy estas esta ' +
    'estamos estan estaba estado haber he has ha hemos han habia hay tener tengo tienes tiene tenemos ' +
    'tienen tenia hacer hago hace hacen hizo poder puedo puedes puede podemos pueden podria deber debo ' +
    'debe deberia deberian sera seria muy mas menos tan tanto tambien ya aun todavia solo solamente ' +
    'algo alguien alguno alguna algun algunos algunas nada todo toda todos todas otro otra otros otras ' +
    'mucho mucha muchos muchas poco poca pocos pocas si asi aqui ahi alli pues bueno bien entonces ' +
    'cada hola gracias favor oiga oye ok okay vale porfa porfavor saludos'
  )
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

const SPANISH_PHRASE_FILLERS: ReadonlySet<string> = new Set([
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'mi',
  'mis',
  'su',
  'sus',
  'de',
  'del',
  'izquierda',
  'derecha',
  'izquierdo',
  'derecho',
]);

/** Words that put a message about the knee; English ones too (Spanglish "me duele la knee"). */
const SPANISH_KNEE_WORDS = [
  'rodilla',
  'rodillas',
  'rotula',
  'rotulas',
  'patela',
  'patelar',
  'patelofemoral',
  'rotuliano',
  'rotuliana',
  'menisco',
  'meniscos',
  'ligamento cruzado',
  'cruzado',
  'lca',
  'lcp',
  'lcl',
  'lcm',
  'iliotibial',
  'cintilla',
  'popliteo',
  'baker',
  'anserina',
  'knee',
  'knees',
];

// A sentence that opens with one of these asks, even without "?" ("qué hago si me duele.").
const ASKING_OPENERS = new Set([
  'que',
  'como',
  'cuando',
  'donde',
  'cual',
  'cuales',
  'cuanto',
  'cuantos',
  'cuanta',
  'por',
  'es',
  'hay',
  'debo',
  'deberia',
  'puedo',
  'podria',
  'puede',
  'pueden',
  'alguien',
  'algun',
  'alguna',
  'consejos',
  'ayuda',
  'recomendaciones',
  'sugerencias',
  'sera',
]);
const OPENING_FILLERS = new Set([
  'y',
  'pero',
  'bueno',
  'entonces',
  'pues',
  'hola',
  'oiga',
  'oye',
  'mi',
  'pregunta',
  'ademas',
  'tambien',
  'ok',
  'gracias',
  'asi',
  'o',
  'sea',
  'la',
  'una',
]);
// "debo", "puedo", "tengo que" ask only where a sentence opens with them ("¿puedo correr?", "debo
// parar"): inside a story they tell ("ya puedo apoyar", "no tengo fiebre y puedo caminar"), and
// counting them made a long post's story outweigh its question (round 23).
const ASKING_PHRASES =
  /\b((quisiera|quiero|me gustaria|necesito) (hacer|pedir|sacar|programar|agendar) (una )?(cita|consulta|llamada)|(quisiera|me gustaria) (una )?(cita|consulta|llamada)|algun consejo|algunos consejos|alguna recomendacion|alguien sabe|me (puede|pueden|podria|podrian) (ayudar|decir|recomendar|explicar)|quisiera saber|quiero saber|me gustaria saber|necesito (saber|ayuda|consejo)|que (puedo hacer|debo hacer|deberia hacer|hago|me recomienda[ns]?|recomienda[ns]?|opinan|podemos hacer|puede ser|sera)|es normal|sera (que|normal|grave)|vale la pena|alguna idea|algun tip|(no se|me pregunto) si (debo|deberia|puedo|tengo que|es|sera|seguir|parar)|(en )?cuanto (tiempo|tarda|tardare|tardara|tardo|dura)|a que se (debe|puede deber)|(mi|la) (duda|pregunta|consulta) es|o (tengo que|debo|deberia) |(algo|cosas|ejercicios|consejos) que (pueda|podamos) hacer)\b/;

function spanishWords(sentence: string): string[] {
  return foldSpanish(sentence)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

function spanishAsks(sentence: string): boolean {
  const folded = foldSpanish(sentence).trim();
  if (folded.endsWith('?') || folded.includes('¿')) return true;
  const words = spanishWords(sentence);
  let i = 0;
  while (i < words.length - 1 && OPENING_FILLERS.has(words[i]!)) i++;
  if (i < words.length && ASKING_OPENERS.has(words[i]!)) return true;
  return ASKING_PHRASES.test(words.join(' '));
}

function spanishSecondQuestionAt(sentence: string): number {
  return foldSpanish(sentence).search(
    /,\s*(y|o|tambien|ademas)?\s*¿?\s*(que|como|cuando|donde|cual|cuanto|puedo|debo|deberia|es|hay)\b/,
  );
}

export const SPANISH: LanguageProfile = Object.freeze({
  id: 'es' as const,
  tokenize: tokenizeSpanish,
  stem: stemSpanish,
  stopWords: SPANISH_STOP_WORDS,
  realWords: new Set<string>(),
  phraseFillers: SPANISH_PHRASE_FILLERS,
  keyKeeps: new Set(['izquierda', 'derecha', 'izquierdo', 'derecho']),
  kneeWords: SPANISH_KNEE_WORDS,
  painWords: ['dolor', 'duele', 'molestia', 'pain'],
  genericWords: ['rodilla', 'dolor', 'duele', 'knee', 'pain'],
  diagnosisWords: [
    'artrosis',
    'ligamento cruzado anterior',
    'ligamento cruzado posterior',
    'ligamento colateral medial',
    'menisco',
    'quiste de baker',
    'plica',
    'osgood',
    'patelofemoral',
    'banda iliotibial',
    'popliteo',
    'tendinitis rotuliana',
    'pata de ganso',
    'fractura por estres',
    'gota',
    'bursitis',
  ],
  personWords: [],
  // As in English: cycling, squats, kneeling and lifting have entries of their own, so one named in a
  // sentence of the story that says the knee hurts keeps its say (round 23: "en la bici… me duele").
  activityWords: [
    'bici',
    'bicicleta',
    'ciclismo',
    'pedalear',
    'sentadilla',
    'arrodillado',
    'hincado',
    'levantar',
    'cargar',
  ],
  selfWords: new Set(['yo', 'me', 'mio', 'mia']),
  possessive: new Set(['mi', 'mis']),
  // A graft's source is a healthy tendon, not tendinitis ("injerto del tendón rotuliano"): round 23.
  doubtWords: new Set([
    'no',
    'nunca',
    'descartado',
    'descarto',
    'descartaron',
    'dudo',
    'cree',
    'quizas',
    'tal',
    'si',
    'injerto',
    'injertos',
  ]),
  soundAfter: {
    links: new Set(['esta', 'estan', 'estaba', 'estaban', 'es', 'son', 'salio', 'salieron', 'parece', 'parecen']),
    hedges: new Set(['mas', 'o', 'menos', 'todo', 'bastante', 'totalmente', 'completamente', 'perfectamente']),
    words: new Set([
      'bien',
      'sano',
      'sana',
      'sanos',
      'sanas',
      'normal',
      'normales',
      'intacto',
      'intacta',
      'intactos',
      'intactas',
      // "La rodilla perfecta", "las rodillas, genial" (round 23).
      'perfecta',
      'perfecto',
      'perfectas',
      'perfectos',
    ]),
  },
  // None yet: the Spanish places ("detrás de la rodilla", "por dentro") are rarely idioms.
  placeIdioms: { before: new Set<string>(), after: new Set<string>() },
  questionWords: new Set(['que', 'como', 'cuando', 'donde', 'cual', 'cuanto', 'debo', 'puedo', 'deberia', 'es', 'hay']),
  asks: spanishAsks,
  secondQuestionAt: spanishSecondQuestionAt,
});
