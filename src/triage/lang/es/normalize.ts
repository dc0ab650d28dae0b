// Spanish reading of a message for triage: the same Sentence shape as the English tokeniser
// (src/triage/normalize.ts), so patterns, gaps and clause breaks work the same way. Accents are
// folded and ñ becomes n (no red-flag word turns into another one that way), the many ways of
// saying "can't" become one word, nopuede, and texting shorthand is read back.
import { type Sentence, splitSentences } from '../../normalize';
import { withinEdits } from '../../../text';
import { SAME_AS } from './readBack';
import { emojiReader } from '../../emoji';

type Break = 'none' | 'comma' | 'contrast';

/** Forms of poder after "no" (and "ya no", "ni"): "no puedo caminar" → nopuede caminar. */
const PODER = new Set([
  'puedo',
  'puede',
  'pueden',
  'puedes',
  'podemos',
  'pude',
  'pudo',
  'pudiste',
  'pudieron',
  'podia',
  'podian',
  'podre',
  'podra',
  'podria',
  'pudiera',
  'pueda',
  'logro',
  'logra',
  'logre',
  'consigo',
  'consigue',
  'alcanzo',
]);
/** "no llego a doblarla": llegar a + infinitive after "no" is can't, like poder. */
const REACH = new Set(['llego', 'llega', 'llegue', 'llegaba']);
/** "no me deja caminar", "no lo deja pisar": the pain won't let them, the same as can't. */
const DEJAR = new Set(['deja', 'dejaba', 'dejo', 'dejan', 'dejaban']);
const CLITICS = new Set(['me', 'le', 'te', 'nos', 'les', 'la', 'lo', 'se']);
/** Said after "knee" (read back as rodilla), the thing worn on it: a rodillera. */
const KNEE_WEAR = new Set(['brace', 'sleeve', 'pad', 'pads', 'support', 'strap', 'wrap']);
/** Forms of ir that, before a gerund, say how something goes ("se me fue hinchando"). */
const GOING = new Set(['fue', 'va', 'iba', 'fueron', 'van', 'iban']);
/** Words ending like a gerund that are none: "se me va cuando giro" is the knee going, not "going on doing". */
const NOT_GERUNDS = new Set(['cuando', 'mando', 'blando', 'bando', 'comando', 'ando', 'remiendo', 'estruendo']);
/** "ni siquiera puedo", "ya ni puedo": the negation reaches over these to poder. */
const NEGATION_WORDS = new Set(['no', 'ni', 'tampoco', 'nunca']);

/** Said with a negation, these mean it persists: "no se me quita" = persiste (not a denial of pain). */
const GOES_AWAY = new Set([
  'quita',
  'quito',
  'pasa',
  'paso',
  'va',
  'baja',
  'bajo',
  'calma',
  'calmo',
  'mejora',
  'mejoro',
  'desinflama',
  'desinflamo',
  'alivia',
  'alivio',
  'afloja',
]);
/** Said with a negation, these mean the knee is still stuck: "no se destraba" = sigue trabada. */
const FREES = new Set([
  'destraba',
  'destrabo',
  'suelta',
  'solto',
  'libera',
  'libero',
  'desatora',
  'desatoro',
  'desbloquea',
  'desbloqueo',
]);
/** Said with a negation, these mean the kneecap is still out: "no regresa" = sigue fuera. */
const GOES_BACK = new Set(['regresa', 'regreso', 'vuelve', 'volvio', 'vuelto', 'acomoda', 'acomodo', 'entra', 'entro']);
const AFTER_GOES_BACK = new Set(['a', 'y', 'en', 'sola', 'solita', 'todavia', 'aun', 'para']);
/** Before "horita", these make it a short hour ("en una horita"), not "ahorita" (right now). */
const HOUR_COUNTS = new Set(['una', 'media', 'cada', '1']);
/** Silent h dropped when typing fast: "ormigueo", "ueso". Stems of red-flag words only. */
const H_STEMS = ['ormig', 'ueso', 'uesito', 'erid', 'ueco', 'undid'];
/** Is `word` poder (or logro, consigo) after a negation, allowing one slip ("pyedo")? */
function isPoder(word: string): boolean {
  if (PODER.has(word)) return true;
  if (word.length < 5) return false;
  for (const form of PODER) if (form.length >= 5 && form[0] === word[0] && withinEdits(word, form, 1)) return true;
  return false;
}

/** Words that start a new clause: what follows is a separate statement ("no tengo fiebre pero …"). */
const CLAUSE_WORDS = new Set(['pero', 'aunque', 'sino', 'excepto', 'salvo', 'but', 'though', 'although']);
const CLAUSE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['sin', 'embargo'],
  ['solo', 'que'],
  ['nomas', 'que'],
  ['lo', 'que', 'pasa', 'es', 'que'],
];

/** A sentence that opens with these asks (Spanish often writes "¿" only, or nothing). */
const QUESTION_START = new Set([
  'que',
  'como',
  'cuando',
  'cual',
  'cuales',
  'cuanto',
  'debo',
  'deberia',
  'sera',
  'donde',
]);

/** Two-word openings that ask, dictated without "¿": "en qué casos hay que ir …", "a partir de cuándo …". */
const QUESTION_START_PHRASES: ReadonlyArray<readonly string[]> = [
  ['en', 'que', 'casos'],
  ['en', 'que', 'caso'],
  ['en', 'que', 'momento'],
  ['en', 'que', 'situaciones'],
  ['a', 'partir', 'de', 'cuando'],
  ['hasta', 'cuando'],
  ['cada', 'cuando'],
];

const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '🔥': 'caliente',
  '🥵': 'caliente',
  '🤒': 'fiebre',
  '🎈': 'globo',
  '🦶': 'pie',
  '🦵': 'pierna',
  '🩸': 'sangre',
  '🤕': 'lastimado',
  '🚑': 'ambulancia',
  '💙': 'azul',
  '🔵': 'azul',
};
/** 🔥 is "caliente" only beside one of these (../../emoji.ts). */
const readEmoji = emojiReader(
  EMOJI_WORDS,
  /hinch|inflam|roj|colorad|fiebre|calentura|temperatura|escalofr|swollen|🤒|🥵|🎈/i,
);

const PAIN = String.raw`(?:dolor|duele|duelen|pain)`;
/** "dolor de 8/10", "un 9 de 10", "8 de 10 de dolor": 7 and up is severo, 3 and below leve. */
const SCORE = String.raw`(\d{1,2})\s*(?:\/|de|sobre|out of)\s*10\b`;
const PAIN_SCORE = new RegExp(String.raw`\b(${PAIN}(?:\s+[a-z]+){0,4}?)\s+(?:un\s+|una\s+|como\s+)?${SCORE}`, 'g');
const SCORE_PAIN = new RegExp(String.raw`\b${SCORE}\s+(?:de\s+)?(${PAIN})\b`, 'g');
const scoreWord = (n: number): string | undefined => (n >= 7 ? 'severo' : n <= 3 ? 'leve' : undefined);

/** A capitalised name after a lower-case preposition is a place or a team ("esquiando en Colorado"), not a colour. */
const PLACE_NAME = /(^|[^\p{L}])(en|de|desde|para|por|a)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)/gu;
/** A body part typed with a capital ("en Rodilla") stays what it is. */
const BODY = new Set(
  ['rodilla', 'pierna', 'pie', 'rotula', 'pantorrilla', 'cadera', 'ingle', 'muslo', 'tobillo'].flatMap((w) => [
    w,
    `${w}s`,
  ]),
);
/** Names that are not places: conditions ("un quiste de Baker") and God ("le pido a Dios"). */
const EPONYMS = new Set(['baker', 'osgood', 'schlatter', 'hoffa', 'sinding', 'larsen', 'dios', 'diosito', 'virgen']);
const placeName = (m: string, before: string, prep: string, name: string): string =>
  BODY.has(
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, ''),
  ) || EPONYMS.has(name.toLowerCase())
    ? m
    : `${before}${prep} lugar`;

function fold(text: string): string {
  let folded = readEmoji(text.replace(PLACE_NAME, placeName)).toLowerCase();
  // "uña" must not become "una" (a, one): the one ñ word red flags care about.
  folded = folded.replace(/uñ(?=as?\b)/gu, 'uny');
  // "sí" (yes) is not "si" (if): keep it apart before the accents go.
  folded = folded.replace(/(^|[^\p{L}])sí(?![\p{L}])/gu, '$1sip');
  folded = folded
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4']/g, '')
    .replace(/&/g, ' y ')
    // "¿", "¡" open a question or exclamation: only a word break here
    .replace(/[¿¡]/g, ' ')
    .replace(/(\d)\.(?=\d)/g, '$1_');
  folded = folded
    .replace(PAIN_SCORE, (m: string, before: string, score: string) => {
      const word = scoreWord(Number(score));
      return word === undefined ? m : `${before} ${word} `;
    })
    .replace(SCORE_PAIN, (m: string, score: string, after: string) => {
      const word = scoreWord(Number(score));
      return word === undefined ? m : ` ${word} ${after}`;
    });
  return folded;
}

/** Splits a message into sentences of normalised Spanish words with clause numbers. */
export function tokenizeSpanish(text: string): Sentence[] {
  return splitSentences(fold(text), tokenizeSentence);
}

function tokenizeSentence(piece: string): Sentence {
  const raw: Array<{ word: string; breakBefore: Break }> = [];
  let pending: Break = 'none';
  const parts = piece.split(/(\s[-–—]+\s|[,:()[\]{}"/]|\s[-–—]+$)/);
  for (const part of parts) {
    if (/^(\s[-–—]+\s|[,:()[\]{}"/]|\s[-–—]+)$/.test(part)) {
      if (pending === 'none') pending = 'comma';
      continue;
    }
    for (const token of part.replace(/\b(\d+)([a-z]{1,5})\b/g, '$1 $2').split(/[^a-z0-9_]+/)) {
      if (token === '') continue;
      const squeezed = /([a-z])\1\1/.test(token) ? token.replace(/([a-z])\1{2,}/g, '$1$1') : token;
      // "rodillaaa", "hinchadaaa": a letter typed many times counts once when the doubled form is not a word
      let word = SAME_AS[squeezed] ?? SAME_AS[squeezed.replace(/([a-z])\1+/g, '$1')] ?? squeezed;
      // "una horita", "media horita": a short hour, not "ahorita" (right now)
      if (word === 'ahorita' && squeezed === 'horita' && HOUR_COUNTS.has(raw[raw.length - 1]?.word ?? ''))
        word = 'hora';
      // a contraction read back as its two words: "pal mediodía" = para el mediodía
      if (word.includes(' ')) {
        const [first, ...rest] = word.split(' ');
        raw.push({ word: first as string, breakBefore: raw.length === 0 ? 'none' : pending });
        for (const w of rest) raw.push({ word: w, breakBefore: 'none' });
        pending = 'none';
        continue;
      }
      if (H_STEMS.some((stem) => word.startsWith(stem))) word = `h${word}`;
      // "knee cap" is how many people write kneecap (knee is already read back as rodilla)
      if (word === 'cap' && raw[raw.length - 1]?.word === 'rodilla' && pending === 'none') {
        (raw[raw.length - 1] as { word: string }).word = 'rotula';
        continue;
      }
      // "knee brace", "knee sleeve": the thing worn (rodillera), not the knee
      if (KNEE_WEAR.has(word) && raw[raw.length - 1]?.word === 'rodilla' && pending === 'none') {
        (raw[raw.length - 1] as { word: string }).word = 'rodillera';
        continue;
      }
      raw.push({ word: word.replace(/_/g, '.'), breakBefore: raw.length === 0 ? 'none' : pending });
      pending = 'none';
    }
  }
  const words: string[] = [];
  const clause: number[] = [];
  const breakBefore: Break[] = [];
  let clauseNo = 0;
  let contrast = false;
  const push = (word: string, kind: Break): void => {
    if (kind !== 'none' && words.length > 0 && clause[clause.length - 1] === clauseNo) clauseNo += 1;
    words.push(word);
    clause.push(clauseNo);
    breakBefore.push(words.length === 1 ? 'none' : kind);
  };
  for (let i = 0; i < raw.length; i += 1) {
    const { word, breakBefore: kind0 } = raw[i] as { word: string; breakBefore: Break };
    const kind: Break = contrast ? 'contrast' : kind0;
    const next = raw[i + 1]?.word;
    const next2 = raw[i + 2]?.word;
    const phrase = CLAUSE_PHRASES.find((p) => p.every((w, k) => raw[i + k]?.word === w));
    if (phrase !== undefined && words.length > 0) {
      contrast = true;
      i += phrase.length - 1;
      continue;
    }
    // "me duele aunque esté descansando": even at rest, read as "aun" (the patterns' "aun en reposo")
    if (word === 'aunque' && evenAtRest(raw, i)) {
      push('aun', kind);
      continue;
    }
    if (CLAUSE_WORDS.has(word) && words.length > 0 && !comparisonGoesOn(raw, i)) {
      contrast = true;
      continue;
    }
    contrast = false;
    // "ni siquiera puedo", "ya ni puedo", "no se me quita": what the negation applies to
    if (NEGATION_WORDS.has(word) && next === 'siquiera' && raw[i + 2] !== undefined) {
      raw[i + 1] = { word, breakBefore: 'none' };
      continue;
    }
    if (NEGATION_WORDS.has(word) && next !== undefined && raw[i + 1]?.breakBefore === 'none') {
      // "no se me quita", "no se ha quitado", "no baja": it persists
      let j = i + 1;
      const withSe = raw[j]?.word === 'se';
      if (withSe) j += 1;
      const clitic = CLITICS.has(raw[j]?.word ?? '') && raw[j]?.word !== 'se';
      if (clitic) j += 1;
      if (raw[j]?.word === 'ha' || raw[j]?.word === 'han') j += 1;
      const verb = raw[j]?.word ?? '';
      const participle = verb.replace(/ado$/, 'a');
      // "a mí no me ha pasado": the perfect of pasar with a clitic but no "se" is happening, not going
      // away ("no se me ha pasado"); "no me pasa el dolor" stays a pain that persists; "a mí no me pasa nada" is
      // nothing wrong
      const happened =
        clitic &&
        !withSe &&
        (verb === 'pasado' || ((verb === 'pasa' || verb === 'paso') && raw[j + 1]?.word === 'nada'));
      if (!happened && (GOES_AWAY.has(verb) || (verb.endsWith('ado') && GOES_AWAY.has(participle)))) {
        push('persiste', kind);
        i = j;
        continue;
      }
      if (FREES.has(verb) || (verb.endsWith('ado') && FREES.has(participle))) {
        push('sigue', kind);
        push('trabada', 'none');
        i = j;
        continue;
      }
      const after = raw[j + 1];
      // "desde entonces no ha vuelto" alone: it has not come back (recurred), not "still out"
      // "nunca le volvió a pasar": volver a + infinitive is "again", not "went back in"
      const again = after?.word === 'a' && /(?:ar|er|ir)$/.test(raw[j + 2]?.word ?? '');
      const recurred = again || (verb === 'vuelto' && (after === undefined || after.breakBefore !== 'none'));
      if (
        !recurred &&
        (GOES_BACK.has(verb) || (verb.endsWith('ado') && GOES_BACK.has(participle))) &&
        (after === undefined || after.breakBefore !== 'none' || AFTER_GOES_BACK.has(after.word))
      ) {
        push('sigue', kind);
        push('fuera', 'none');
        i = j;
        // "no ha vuelto a su lugar": the place is said by "fuera" already (not read as "back in place")
        if (
          raw[j + 1]?.word === 'a' &&
          raw[j + 2]?.word === 'su' &&
          ['lugar', 'sitio'].includes(raw[j + 3]?.word ?? '')
        )
          i = j + 3;
        continue;
      }
    }
    // "se me fue hinchando", "se le va poniendo": ir + gerund is "little by little", not "se me fue" (it went out)
    if (
      GOING.has(word) &&
      CLITICS.has(words[words.length - 1] ?? '') &&
      /(?:ando|iendo)$/.test(next ?? '') &&
      !NOT_GERUNDS.has(next ?? '')
    )
      continue;
    // "no es que no pueda caminar": it is not that they can't
    if (word === 'no' && next !== undefined && isPoder(next) && words.slice(-3).join(' ') === 'no es que') {
      push('puede', kind);
      i += 1;
      continue;
    }
    // "no he podido", "no había podido": nopuede
    if (
      NEGATION_WORDS.has(word) &&
      ['he', 'ha', 'han', 'hemos', 'habia', 'habian'].includes(next ?? '') &&
      next2 === 'podido'
    ) {
      push('nopuede', kind);
      i += 2;
      continue;
    }
    // no puedo / ni puedo / no me deja / sin poder / no soy capaz de → nopuede
    if (
      (word === 'no' || word === 'ni' || word === 'tampoco') &&
      next !== undefined &&
      raw[i + 1]?.breakBefore === 'none'
    ) {
      if (isPoder(next)) {
        push('nopuede', kind);
        i += 1;
        continue;
      }
      // "no me puedo parar", "no la puedo doblar": the clitic stays after
      if (CLITICS.has(next) && next2 !== undefined && isPoder(next2) && raw[i + 2]?.breakBefore === 'none') {
        push('nopuede', kind);
        push(next, 'none');
        i += 2;
        continue;
      }
      if (CLITICS.has(next) && next2 !== undefined && DEJAR.has(next2) && raw[i + 2]?.breakBefore === 'none') {
        push('nopuede', kind);
        i += 2;
        continue;
      }
      if ((next === 'soy' || next === 'es' || next === 'fui' || next === 'fue') && next2 === 'capaz') {
        push('nopuede', kind);
        i += raw[i + 3]?.word === 'de' ? 3 : 2;
        continue;
      }
    }
    // "no llego a doblar la rodilla": not reaching it is can't (not "no llego a tiempo": an infinitive follows)
    if (
      word === 'no' &&
      REACH.has(next ?? '') &&
      next2 === 'a' &&
      /(?:ar|er|ir)(?:la|lo|me|se)?$/.test(raw[i + 3]?.word ?? '') &&
      raw[i + 1]?.breakBefore === 'none'
    ) {
      push('nopuede', kind);
      i += 2;
      continue;
    }
    if (word === 'sin' && next === 'poder') {
      push('nopuede', kind);
      i += 1;
      continue;
    }
    push(word, kind);
  }
  const question =
    /\?/.test(piece) ||
    (words.length > 0 && QUESTION_START.has(words[0] as string)) ||
    QUESTION_START_PHRASES.some((phrase) => phrase.every((w, k) => words[k] === w));
  return { words, clause, breakBefore, question };
}

/** "aunque esté / me quede": being in a state, said after "aunque" (the subjunctive "even when" or not). */
const BEING_WORDS = new Set(['este', 'esta', 'estoy', 'estes', 'estemos', 'quede', 'quedo', 'me', 'ando']);
/** At rest: lying, sitting, still, asleep. */
const REST_WORDS = new Set([
  'descansando',
  'reposo',
  'acostado',
  'acostada',
  'sentado',
  'sentada',
  'quieto',
  'quieta',
  'dormido',
  'dormida',
  'durmiendo',
]);
/** After the rest word these say the pain stops ("aunque esté acostado se me quita"): a real contrast. */
const RELIEF_AFTER = new Set(['no', 'nada', 'quita', 'calma', 'pasa', 'alivia', 'mejora', 'baja']);

/**
 * "me duele fuerte aunque esté descansando": "aunque" + being + at rest is "even at rest", the pain's own
 * sign, not a contrast. Not when the clause goes on to relief ("aunque esté acostado no me duele").
 */
function evenAtRest(raw: ReadonlyArray<{ word: string; breakBefore: Break }>, i: number): boolean {
  let j = i + 1;
  while (j < i + 3 && BEING_WORDS.has(raw[j]?.word ?? '')) j += 1;
  if (j === i + 1 || !REST_WORDS.has(raw[j]?.word ?? '')) return false;
  for (let k = j + 1; k < raw.length && raw[k]?.breakBefore === 'none'; k += 1)
    if (RELIEF_AFTER.has(raw[k]?.word as string)) return false;
  return true;
}

/** "como cuando truenas los dedos pero más fuerte": a comparison carried on, not a contrast. */
function comparisonGoesOn(raw: ReadonlyArray<{ word: string }>, i: number): boolean {
  if (raw[i]?.word !== 'pero' || !['mas', 'menos'].includes(raw[i + 1]?.word ?? '')) return false;
  return raw.slice(Math.max(0, i - 8), i).some((r) => r.word === 'como');
}
