// What a knee operation's surgeon named as expected (es-r31): "después del reemplazo la rodilla se siente calientita,
// el doctor dijo que eso dura semanas. No tengo fiebre y la herida está seca". Swelling, or warmth with a fever denied,
// that the surgeon, doctor, nurse or therapist said to expect is no alarm. A fever, redness, a draining or open
// wound, a calf, breathlessness or a worsening told anywhere (and not denied) still alarms, as does a warmth or
// swelling said to be "more". Pure; Spanish words (cues/postOp.ts) and the pattern classes (one home).
import type { Hit } from '../../match';
import type { Sentence } from '../../normalize';
import { hasPhrase } from '../../phrases';
import { SPANISH_CLASSES } from './classes';
import { isNegated } from './context';
import {
  CLINICIAN_WORDS,
  DANGER_WORDS,
  EXPECTED_PHRASES,
  EXPECTED_REACH,
  EXPECTED_WORDS,
  MORE_WORDS,
  OPERATION_WORDS,
  SAID_WORDS,
  AID_WORDS,
  FINE_REACH,
  FINE_WORDS,
  AGO_REACH,
  AGO_WORDS,
  COUNT_WORDS,
  DAY_WORDS,
  MAX_DAYS,
  MAX_WEEKS,
  WEEK_WORDS,
  NOT_KNEE_WORDS,
} from './cues/postOp';

/** A pattern class's one-word members, exact and by prefix ("hinchad*"). */
function classTest(...names: string[]): (word: string) => boolean {
  const all = names.flatMap((name) => SPANISH_CLASSES[name] ?? []).filter((w) => !w.includes('+'));
  const exact = new Set(all.filter((w) => !w.endsWith('*')));
  const prefixes = all.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  return (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
}
const isSwelling = classTest('hinchado');
const isWarm = classTest('caliente');
const isFever = classTest('fiebre');
const isRed = classTest('rojo');

/** A clinician said it is expected: the clinician, a saying verb, then an expected word or phrase within reach. */
function clinicianSaidExpected(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ words }) =>
    words.some((w, i) => {
      if (!SAID_WORDS.has(w) || !words.slice(Math.max(0, i - 4), i).some((v) => CLINICIAN_WORDS.has(v))) return false;
      const said = words.slice(i + 1, i + 1 + EXPECTED_REACH);
      return said.some((v) => EXPECTED_WORDS.has(v)) || hasPhrase(said, 0, said.length, EXPECTED_PHRASES);
    }),
  );
}

/** A word of `test` said and not denied, anywhere in the message ("no tengo fiebre" is denied). */
function saidNotDenied(sentences: readonly Sentence[], test: (w: string) => boolean): boolean {
  return sentences.some(({ words }, s) =>
    words.some((w, i) => test(w) && !isNegated(sentences, s, [i]) && !saidFine(words, i)),
  );
}

/** "la pantorrilla la tengo normal", "la herida está bien": the part named, then said to be fine. */
function saidFine(words: readonly string[], i: number): boolean {
  return words.slice(i + 1, i + 1 + FINE_REACH).some((w) => FINE_WORDS.has(w));
}

/** "no tengo fiebre", "sin calentura": a fever named and denied. */
function feverDenied(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ words }, s) => words.some((w, i) => isFever(w) && isNegated(sentences, s, [i])));
}

/** True when the match is swelling or warmth that the operation's clinician named as expected in the message. */
export function isExpectedAfterSurgery(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const matched = hit.map((i) => words[i] as string);
  const all = sentences.flatMap((x) => x.words);
  if (!all.some((w) => OPERATION_WORDS.has(w))) return false;
  // Crutches or a walker after the operation are the plan, not a leg that gave out (r24 post: "hace una semana me
  // hicieron la artroscopia … camino con las muletas"), unless a warning sign is told and not denied.
  if (matched.some((w) => AID_WORDS.has(w)))
    return !saidNotDenied(sentences, (w) => isFever(w) || isRed(w) || DANGER_WORDS.has(w));
  // Without the clinician's word, only the knee's own swelling or warmth in the first weeks (no other part, no breath).
  if (!clinicianSaidExpected(sentences) && !(recentOperation(all) && !all.some((w) => NOT_KNEE_WORDS.has(w))))
    return false;
  if (!matched.some((w) => isSwelling(w) || isWarm(w))) return false;
  if (matched.some((w) => isFever(w) || isRed(w) || DANGER_WORDS.has(w))) return false;
  // "más caliente que ayer": a change
  if (hit.some((i) => MORE_WORDS.has(words[i - 1] as string) || MORE_WORDS.has(words[i - 2] as string))) return false;
  if (saidNotDenied(sentences, (w) => isFever(w) || isRed(w) || DANGER_WORDS.has(w))) return false;
  // warmth only once a fever is ruled out
  return !matched.some(isWarm) || feverDenied(sentences);
}

/** "hace 3 semanas", "hace un par de semanas", "hace diez días": within the first weeks (a count, then the unit). */
function recentOperation(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (!DAY_WORDS.has(w) && !WEEK_WORDS.has(w)) return false;
    if (!words.slice(Math.max(0, i - AGO_REACH), i).some((v) => AGO_WORDS.has(v))) return false;
    const before = words[i - 1] === 'de' ? words[i - 2] : words[i - 1];
    const count = /^\d{1,3}$/.test(before ?? '') ? Number(before) : COUNT_WORDS[before ?? ''];
    if (count === undefined) return false;
    return DAY_WORDS.has(w) ? count <= MAX_DAYS : count <= MAX_WEEKS;
  });
}
