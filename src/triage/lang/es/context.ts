// Spanish context checks: is a matched red-flag phrase a present report? The same questions the
// English checks ask (src/triage/negation.ts, hypothetical.ts, pastResolved.ts, thirdParty.ts),
// asked of Spanish: "no tengo fiebre", "¿qué pasa si se me hincha?", "ya se me quitó",
// "mi perro no puede caminar". Pure functions over Spanish-normalised sentences.
import type { Hit } from '../../match';
import type { Sentence } from '../../normalize';
import { asksWhatAWordMeans } from '../../hypothetical';
import { clauseBounds, hasPhrase, phraseAt, type Phrase } from '../../phrases';
import { BODY_PART_WORDS } from './cues/framing';
import {
  CONDITION_CONSEQUENCES,
  CONDITION_MARKERS,
  SUBJUNCTIVE_LOOKALIKES,
  REASON_WORDS,
  DEFINITION_OPENINGS,
  FEAR_PHRASES,
  dreadBefore,
  fearBefore,
  saysHypothetical,
  HYPOTHETICAL_PHRASES_BUT_AND_IF,
  LIFE_WORDS,
  MEANING_QUESTION_OPENINGS,
  HEARD_CLAIM_OPENINGS,
  PRESENT_INJURY_WORDS,
  REPORTED_ADVICE,
  SERIOUS_CONDITIONS,
  SERIOUS_PLURAL,
  SERIOUS_SINGULAR,
  SIGNS_WORDS,
  WARNING_SIGN_QUESTION_PHRASES,
  GO_FOR_CARE_PHRASES,
  HOW_TO_TELL_PHRASES,
  MUST_WORDS,
  NAMED_PARTS,
  SOMETHING_WRONG_PHRASES,
  TELL_SERIOUS_WORDS,
  WATCH_VERBS,
  WHAT_WORDS,
  WHEN_GAP_WORDS,
  WHEN_PHRASES,
  WHEN_WORRY_WORD,
  CARE_NEED_WORDS,
  SIGNS_WORRY_REACH,
  SIGNS_GO_NOW_WORD,
  TOLD_EVENT_WORDS,
  WHEN_CARE_REACH,
  JUDGED_REACH,
  JUDGED_WORDS,
  OWN_SIGNS_WORDS,
  DANGER_ASKED_PHRASES,
  DANGER_FOLLOW_ON_WORDS,
  EACH_TIME_ACTIONS,
  EACH_TIME_CLITICS,
  LATER_DAY_WORDS,
  GENERIC_CHILD_BEFORE,
  REFERRED_HIP_WORDS,
  REFERRED_KNEE_WORDS,
  ASKED_WHETHER_REACH,
  ASKED_WHETHER_WORDS,
  YES_ANSWER_WORDS,
  ADDRESS_WORDS,
  SOMEONES_WORDS,
  WHEN_SIGN_REACH,
  STOP_ASKED_WORDS,
  STOP_MEANING_PHRASES,
  STOP_MEANING_REACH,
  STOP_SPORT_VERBS,
  STOPPED_SPORT_REACH,
  STOPPED_SPORT_WORDS,
} from './cues/hypothetical';
import {
  ACTION_ONLY_CUES,
  AND_WORDS,
  NEGATION_CUES,
  NEGATION_IDIOMS,
  NEGATION_REACH,
  SCOPE_BREAK_WORDS,
  STATEMENT_STARTS,
  TRAILING_FILLER,
  TRAILING_NO,
  POSTPOSED_NO,
} from './cues/negation';
import {
  BACK_TO_SPORT,
  BLEEDING_AGAIN,
  BLEEDING_NOUNS,
  BLEEDING_PREFIXES,
  BLEEDING_STOPPED_PHRASES,
  DENIAL_START,
  DENIED_BENDS,
  DENIED_EVENTS,
  DENIED_EVENT_HELPERS,
  longPastAt,
  NOW_WORDS,
  OPERATED_PHRASES,
  PAIN_WORDS,
  easedOnlyInPart,
  fineOnlyInSetting,
  lossAfterNoLonger,
  veryNotFine,
  PRESENT_PAIN_VERBS,
  RESOLVED_PHRASES,
  WALKING_RESOLVED,
  STILL_PRESENT,
  stillPresentAt,
  yearsAgoEnd,
  yearSaidAt,
  THAT_WAS_PHRASES,
} from './cues/pastResolved';
import {
  ANIMAL_WORDS,
  CHILD_WORDS,
  EITHER_LEG_WORDS,
  FAMILY_HISTORY_WORDS,
  FIRST_PERSON,
  HAD_WORDS,
  MEDIA_VERBS,
  MEDIA_WORDS,
  PERSON_WORDS,
  RELATIVE_WORDS,
  DEATH_WORDS,
} from './cues/whose';

/** A negation cue that negates a symptom (not "no sé si", not "no se me quita", not a lone "No,"). */
function isNegationCue(sentence: Sentence, index: number): boolean {
  const { words } = sentence;
  const word = words[index] as string;
  if (!NEGATION_CUES.has(word) || ACTION_ONLY_CUES.has(word)) return false;
  if (NEGATION_IDIOMS.some((idiom) => phraseAt(words, index, idiom))) return false;
  // "No, la rodilla está hinchada": an answer, not a negation of what follows.
  const next = words[index + 1];
  if (next === undefined || sentence.clause[index + 1] !== sentence.clause[index]) return false;
  // "nunca me había pasado así": happening now, for the first time
  if (word === 'nunca') {
    const [, to] = clauseBounds(sentence, index);
    if (words.slice(index + 1, to).some((w) => w === 'asi' || w === 'antes' || w === 'habia')) return false;
  }
  return true;
}

/** "me preguntó si tengo fiebre …": whether, asked by someone, with no yes after it ("que sí", "sí,", a number). */
function askedWhether({ words, breakBefore }: Sentence, si: number): boolean {
  if (!words.slice(Math.max(0, si - ASKED_WHETHER_REACH), si).some((w) => ASKED_WHETHER_WORDS.has(w))) return false;
  // the answer may fall inside a long match ("… si tenía dolor de pecho y le dije que sí, me aprieta …")
  for (let k = si + 1; k < words.length; k += 1) {
    const w = words[k] as string;
    if (/\d/.test(w) && !/^3[5-7](?:[.,]\d)?$/.test(w)) return false;
    if (YES_ANSWER_WORDS.has(w)) return false;
    if (w === 'si' && (k + 1 === words.length || breakBefore[k + 1] !== 'none' || words[k - 1] === 'que')) return false;
  }
  return true;
}

/** Before "si", these make it "whether": "tengo una pregunta, si …", "quiero saber si …". */
const QUESTION_LEADS: ReadonlySet<string> = new Set([
  'pregunta',
  'preguntas',
  'pregunto',
  'preguntar',
  'saber',
  'duda',
  'dudas',
  'informes',
  'informacion',
]);

/** "va a", "van a" + an infinitive: the near future. */
const GOING_TO: ReadonlySet<string> = new Set(['va', 'van', 'vas', 'voy']);
const INFINITIVE = /(?:ar|er|ir)(?:se|me|le|la|lo)?$/;

/** In a question just before the sign, these ask whether it could happen. */
const POSSIBILITY_WORDS: ReadonlySet<string> = new Set(['puede', 'pueden', 'podria', 'podrian', 'puedo']);

/** Between "¿qué es" and the word it asks about. */
const ARTICLES: ReadonlySet<string> = new Set(['la', 'el', 'los', 'las', 'un', 'una', 'lo', 'eso', 'de']);

/** "¿qué significa que …?", "¿qué es cuando …?": a clause follows, someone's situation, not a word. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['que', 'cuando', 'si', 'como', 'porque']);

/** Words that carry a negation on through a list. */
const LIST_JOINERS: ReadonlySet<string> = new Set(['ni', 'o', 'u', 'tampoco', 'nada', 'ningun', 'ninguna']);

/** A new statement starts at `i` (after a comma or "y"), so a negation before it does not reach. */
function startsStatement(sentence: Sentence, i: number): boolean {
  const word = sentence.words[i] as string;
  const kind = sentence.breakBefore[i];
  if (kind === 'contrast') return true;
  const afterAnd = AND_WORDS.has(sentence.words[i - 1] as string);
  if (STATEMENT_STARTS.has(word) && (kind === 'comma' || afterAnd)) return true;
  // After a comma a negation goes on only through a list ("no tengo fiebre, hinchazón ni dolor"):
  // a short item or one joined by ni / o. "no quiero seguir así, mejor me muero" is a new statement.
  if (kind !== 'comma' || LIST_JOINERS.has(word)) return false;
  let to = i + 1;
  while (to < sentence.words.length && sentence.breakBefore[to] === 'none') to += 1;
  return to - i > 2 && !sentence.words.slice(i, to).some((w) => LIST_JOINERS.has(w));
}

export function isNegated(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  const { words } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const matched = new Set(hit);
  // Inside the match: "la pantorrilla no está hinchada".
  for (let i = first + 1; i < last; i += 1) {
    if (matched.has(i) || !isNegationCue(sentence, i)) continue;
    const next = hit.find((p) => p > i) as number;
    if (sentence.clause[i] === sentence.clause[next]) return true;
  }
  // "hinchazón ninguna, dolor poquito", "fiebre cero": the answer said right after the noun, ending its phrase
  const ownPhraseEnds = words.length === last + 2 || sentence.breakBefore[last + 2] !== 'none';
  if (POSTPOSED_NO.has(words[last + 1] as string) && ownPhraseEnds) return true;
  // Shortly before it: "no tengo fiebre", "sin hinchazón", "ni fiebre ni nada".
  for (let i = first - 1, steps = 1; i >= 0 && steps <= NEGATION_REACH; i -= 1, steps += 1) {
    if (startsStatement(sentence, i + 1)) return false;
    if (SCOPE_BREAK_WORDS.has(words[i] as string)) return false;
    if (isNegationCue(sentence, i)) return true;
  }
  return answeredNo(sentences, sentenceIndex, last);
}

/** "hinchazón: no", "¿fiebre? nada". */
function answeredNo(sentences: readonly Sentence[], sentenceIndex: number, last: number): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  let rest = sentence.words.slice(last + 1);
  // "me duele hasta sentada, aunque no cojeo": after "pero"/"aunque" the "no" denies another thing, not this
  if (rest.length > 0 && sentence.breakBefore[last + 1] !== 'comma') return false;
  if (rest.length === 0) {
    const next = sentences[sentenceIndex + 1];
    if (!sentence.question || next === undefined) return false;
    rest = next.words;
  }
  if (rest.length === 0 || !TRAILING_NO.has(rest[0] as string)) return false;
  return rest.slice(1).every((w) => TRAILING_FILLER.has(w)) || rest.length <= 2;
}

/** General or hypothetical: "¿qué pasa si se me hinca?", "por si se me zafa", "si se hincha, ¿voy?". */
/** "si lo presiono/aprieto/toco …": pressing on the sore spot, present tense (a fact, not a condition). */
const TOUCH_TEST_VERBS: ReadonlySet<string> = new Set(['presiono', 'aprieto', 'toco', 'empujo', 'apachurro', 'sobo']);

/** "tuviera", "pasara", "hinchase": a condition's verb (not "para", "cara", "clase", "ni siquiera"). */
const isPastSubjunctive = (w: string): boolean => /(?:ara|iera|ase|iese)$/.test(w) && !SUBJUNCTIVE_LOOKALIKES.has(w);

export function isHypothetical(sentence: Sentence, hit: Hit): boolean {
  const { words, breakBefore } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  let from = first;
  while (from > 0 && breakBefore[from] !== 'contrast') from -= 1;
  if (hasPhrase(words, from, first, HYPOTHETICAL_PHRASES_BUT_AND_IF)) return true;
  // "¿y si se me zafa?", "y si se hincha más …", "… y si no puede pisar mañana la llevo" open a what-if; told
  // mid-statement with a movement, "… y si brinco en un pie me duele el hueso" is what happens each time, left to
  // the "si" reading below
  for (let i = from; i < first; i += 1)
    if (
      words[i] === 'y' &&
      words[i + 1] === 'si' &&
      (i === from || sentence.question || !doneEachTime(words, i + 2, last))
    )
      return true;
  // "se me va a quedar tiesa": the match ends on "ir a" + an infinitive, what may come (not "se me va", gives way)
  if (GOING_TO.has(words[last] as string) && words[last + 1] === 'a' && INFINITIVE.test(words[last + 2] ?? ''))
    return true;
  // "¿eso de que la rodilla se pone roja y caliente con fiebre es peligroso?": a claim asked about, no one's own knee
  if (
    sentence.question &&
    HEARD_CLAIM_OPENINGS.some((phrase) => phraseAt(words, 0, phrase)) &&
    !words.some((w) => FIRST_PERSON.has(w) || PERSON_WORDS.has(w))
  )
    return true;
  if (fearBefore(words, Math.max(from, first - 6), first)) return true;
  if (dreadBefore(words, from, first)) return true;
  for (let i = from; i < first; i += 1) {
    if (words[i] !== 'si' || breakBefore[i + 1] !== 'none') continue; // "si, …" is yes
    if (words[i - 1] === 'como') continue; // "como si me ahogara": a likeness, not a condition
    // "le pregunto si aceptan el seguro porque la pierna se ve chueca": the reason after it is a fact
    if (words.slice(i + 1, first).some((w) => REASON_WORDS.has(w))) continue;
    // "tengo varias preguntas: …, si aceptan Medicaid, y otra cosa, …": "si" is "whether", an asked question
    // whose clause ends before the sign
    if (
      sentence.clause[i] !== sentence.clause[first] &&
      words.slice(Math.max(0, i - 8), i).some((w) => QUESTION_LEADS.has(w))
    )
      continue;
    // "si lo presiono duele": what happens each time it is pressed, a tenderness told as a fact
    if (TOUCH_TEST_VERBS.has(words[i + 1] as string) || TOUCH_TEST_VERBS.has(words[i + 2] as string)) continue;
    // "si no me operan, me mato": a threat on a condition, said as a statement, is a crisis now
    if (!sentence.question && words.slice(first, last + 1).some((w) => LIFE_WORDS.has(w))) continue;
    const inside = words.slice(i + 1, last + 1);
    const after = words.slice(last + 1);
    if (askedWhether(sentence, i)) return true;
    if (
      sentence.question ||
      inside.some((w) => CONDITION_MARKERS.has(w) || isPastSubjunctive(w)) ||
      after.some((w) => CONDITION_CONSEQUENCES.has(w)) ||
      (words.slice(Math.max(0, i - 5), i).some((w) => REPORTED_ADVICE.has(w)) &&
        !words.slice(first, last + 1).some((w) => LIFE_WORDS.has(w)))
    )
      return true;
  }
  // "¿se me puede infectar la rodilla?", "podría zafarse la rótula": whether it could happen, not that it did
  // (a question, or an infinitive right after: "se me puede infectar")
  if (
    words.slice(Math.max(from, first - 3), first).some((w) => POSSIBILITY_WORDS.has(w)) &&
    (sentence.question || /(?:ar|er|ir)(?:se|me|le)?$/.test(words[first] as string))
  )
    return true;
  if (!sentence.question) return false;
  // "¿qué es la trombosis?", "¿qué significa rótula luxada?": what a word means, no one's knee in it
  // (the word right after the opening, an article or one noun between: not "¿qué significa que no pueda pisar?")
  const opening = DEFINITION_OPENINGS.find((phrase) => phraseAt(words, 0, phrase));
  const between = words.slice(opening?.length ?? 0, first);
  if (
    opening !== undefined &&
    between.filter((w) => !ARTICLES.has(w)).length <= 1 &&
    !between.some((w) => CLAUSE_OPENERS.has(w))
  ) {
    if (!words.some((w) => FIRST_PERSON.has(w) || PERSON_WORDS.has(w))) return true;
  }
  // "¿debo preocuparme por la hinchazón?", "¿cuándo es grave …?": asks about the symptom in general.
  if (words[first - 1] === 'por' && words.slice(0, first).some((w) => w.startsWith('preocup'))) return true;
  const nobody = !words.some((w) => FIRST_PERSON.has(w) || PERSON_WORDS.has(w));
  if (nobody && asksAboutWarningSigns(sentence)) return true;
  // "para mi clase: ¿cuándo una pantorrilla hinchada es emergencia?": a sign said with "un/una" in a warning-signs
  // question, the writer's "mi" only in another clause and not on the body (es-r31)
  if (INDEFINITE.has(words[first - 1] as string) && ownOnlyAside(sentence, first) && asksAboutWarningSigns(sentence))
    return true;
  // "¿la fiebre y la rodilla hinchada son graves?": how serious a sign is, asked in general
  // (not "¿es grave que la rodilla esté caliente?": that is usually one's own knee, and an alarm is safer)
  if (nobody && words.some((w) => SERIOUS_PLURAL.has(w))) return true;
  if (nobody && words.some((w) => SERIOUS_SINGULAR.has(w)) && ['un', 'una'].includes(words[first - 1] as string))
    return true;
  return false;
}

/** "un golpe", "una pantorrilla hinchada": a sign named in general. */
const INDEFINITE: ReadonlySet<string> = new Set(['un', 'una', 'unos', 'unas']);

/** Every person word of the sentence is "mi"/"mis" on something not the body ("mi clase", "mis señoras"), in
 * another clause than the sign's. */
function ownOnlyAside(sentence: Sentence, first: number): boolean {
  const { words, clause } = sentence;
  return words.every(
    (w, i) =>
      !(FIRST_PERSON.has(w) || PERSON_WORDS.has(w)) ||
      ((w === 'mi' || w === 'mis') && clause[i] !== clause[first] && !BODY_PART_WORDS.has(words[i + 1] as string)),
  );
}

/** After "si" at `at`: a movement (a clitic may come first) and no later day up to the end of the match. */
function doneEachTime(words: readonly string[], at: number, last: number): boolean {
  const verb = EACH_TIME_CLITICS.has(words[at] as string) ? at + 1 : at;
  return EACH_TIME_ACTIONS.has(words[verb] as string) && !words.slice(at, last + 1).some((w) => LATER_DAY_WORDS.has(w));
}

/** "¿Qué significa cuando la rodilla se traba?": informational, unless an injury is happening now. */
export function isMeaningQuestion(sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  // "what does giving way mean?": an English question about a borrowed English word, read here too.
  if (asksWhatAWordMeans(sentence, hit)) return true;
  if (!sentence.question || !MEANING_QUESTION_OPENINGS.some((phrase) => phraseAt(words, 0, phrase))) return false;
  return (hit[0] as number) > 1 && !words.some((w) => PRESENT_INJURY_WORDS.has(w));
}

/** "¿Cuáles son las señales de alarma?", "¿síntomas de un coágulo?"; with the message, a meaning question
 * followed by "¿es peligroso?". */
export function asksAboutWarningSigns(
  sentence: Sentence,
  sentences?: readonly Sentence[],
  sentenceIndex?: number,
): boolean {
  const { words } = sentence;
  if (hasPhrase(words, 0, words.length, WARNING_SIGN_QUESTION_PHRASES)) return true;
  if (asksIfMeaningIsDangerous(sentence, sentences?.[(sentenceIndex ?? 0) - 1])) return true;
  if (sentences !== undefined && asksInGeneralJustAsking(sentences, sentenceIndex ?? 0)) return true;
  if (asksAboutChildsHipInKnee(sentence)) return true;
  if (asksWhichMeansStopping(sentence)) return true;
  for (let i = 0; i < words.length; i += 1) {
    if (SIGNS_WORDS.has(words[i] as string) && words.slice(i + 1, i + 6).some((w) => SERIOUS_CONDITIONS.has(w)))
      return true;
  }
  if (!sentence.question) return false;
  for (let i = 0; i < words.length; i += 1) {
    // "¿qué síntomas de la rodilla son de emergencia?": signs, then how serious, asked
    if (
      SIGNS_WORDS.has(words[i] as string) &&
      !OWN_SIGNS_WORDS.has(words[i - 1] as string) &&
      (words.slice(i + 1, i + SIGNS_WORRY_REACH).some((w) => WHEN_WORRY_WORD.test(w)) ||
        words.slice(i + 1, i + SIGNS_WORRY_REACH + 4).some((w) => SIGNS_GO_NOW_WORD.test(w)))
    )
      return true;
    // "¿cómo sé si me quebré algo o nomás es un golpe?", "pa saber si algo anda mal"
    const tell = HOW_TO_TELL_PHRASES.find((phrase) => phraseAt(words, i, phrase));
    if (tell !== undefined) {
      const asked = words.slice(i + tell.length, i + tell.length + 8);
      if (
        !asked.some((w) => NAMED_PARTS.has(w)) &&
        (asked.some((w) => TELL_SERIOUS_WORDS.has(w) || SERIOUS_CONDITIONS.has(w)) ||
          hasPhrase(asked, 0, asked.length, SOMETHING_WRONG_PHRASES))
      )
        return true;
    }
    // "¿cuándo es peligroso un golpe?", "¿cuándo me debo preocupar?", "¿en qué momento hay que ir al doctor?"
    const when = WHEN_PHRASES.find((phrase) => phraseAt(words, i, phrase));
    if (when !== undefined && worryAfterWhen(words, i + when.length)) return true;
    // "¿cuándo un golpe en la rodilla necesita rayos X?", "¿cuándo hay que llevar a un niño a emergencias?"
    if (when !== undefined && careAfterWhen(words, i + when.length)) return true;
    // "¿en qué casos el hormigueo en el pie es de cuidado?": the sign named in general, then how serious it is
    if (
      when !== undefined &&
      (i === 0 || sentence.breakBefore[i] !== 'none') &&
      dangerAfterSign(words, i + when.length)
    )
      return true;
    // "¿qué tengo que checar después de la operación?", "¿qué cosas debo vigilar?"
    if (WATCH_VERBS.has(words[i] as string) && watchAsked(words, i)) return true;
  }
  return false;
}

/** "¿qué dolor de rodilla significa dejar de correr de inmediato?": which pain means stopping the sport now. */
function asksWhichMeansStopping(sentence: Sentence): boolean {
  const { words } = sentence;
  if (!sentence.question && !STOP_ASKED_WORDS.has(words[0] as string)) return false;
  for (let i = 1; i < words.length; i += 1) {
    const meaning = STOP_MEANING_PHRASES.find((phrase) => phraseAt(words, i, phrase));
    if (meaning === undefined || !words.slice(0, i).some((w) => STOP_ASKED_WORDS.has(w))) continue;
    const after = words.slice(i + meaning.length, i + meaning.length + STOP_MEANING_REACH);
    const stop = after.findIndex((w) => STOP_SPORT_VERBS.has(w));
    if (stop < 0 || after.slice(0, stop).some((w) => w === 'cuando' || w === 'si')) continue;
    const from = i + meaning.length + stop + 1;
    if (words.slice(from, from + STOPPED_SPORT_REACH).some((w) => STOPPED_SPORT_WORDS.has(w))) return true;
  }
  return false;
}

/** "¿es peligroso tener …?" opening a question: how serious a sign is, asked with the bare infinitive (no one's own). */
const GENERAL_DANGER_OPENINGS: Phrase[] = ['peligroso', 'peligrosa', 'grave', 'malo', 'mala', 'serio', 'seria'].flatMap(
  (w) => [
    ['es', w, 'tener'],
    ['es', w, 'que', 'se', 'hinche'],
    ['sera', w, 'tener'],
  ],
);
/** Said beside it, that it is only a question ("es pregunta nomás", "nomás pregunto, yo estoy bien"). */
const JUST_ASKING_PHRASES: Phrase[] = [
  ['es', 'pregunta'],
  ['pregunta', 'nomas'],
  ['pregunta', 'nada', 'mas'],
  ['nomas', 'pregunto'],
  ['solo', 'pregunto'],
  ['namas', 'pregunto'],
  ['pregunto', 'nomas'],
  ['por', 'curiosidad'],
  ['pura', 'curiosidad'],
  ['pregunta', 'general'],
];

/**
 * "¿La pantorrilla hinchada es peligroso? es pregunta nomás, yo estoy bien" (post-r23): how serious a sign is, asked
 * with no one's knee in the question, and the message says it is only a question. Only the question is excused: a
 * sign told as one's own elsewhere in the message is a report and still alarms.
 */
export function asksInGeneralJustAsking(sentences: readonly Sentence[], s: number): boolean {
  const sentence = sentences[s];
  if (sentence === undefined || !sentence.question) return false;
  const { words } = sentence;
  if (words.some((w) => FIRST_PERSON.has(w) || PERSON_WORDS.has(w))) return false;
  let start = words[0] === 'y' || words[0] === 'pero' ? 1 : 0;
  // "licenciado, ¿es peligroso …?": the person addressed first
  while (start < 2 && ADDRESS_WORDS.has(words[start] as string)) start += 1;
  const general =
    GENERAL_DANGER_OPENINGS.some((p) => phraseAt(words, start, p)) ||
    words.some((w) => SERIOUS_SINGULAR.has(w) || SERIOUS_PLURAL.has(w));
  if (!general) return false;
  if (
    !sentences.some(
      (other, i) =>
        hasPhrase(other.words, 0, other.words.length, JUST_ASKING_PHRASES) || (i !== s && allWellOnItsOwn(other)),
    )
  )
    return false;
  // the rest of the message says nothing of the writer's own but that all is well ("yo estoy bien"): "nomás pregunto,
  // porque la tengo así desde ayer" is a report
  return sentences.every((other, i) => i === s || !ownBesideAllWell(other.words));
}

/**
 * "¿Qué significa cuando la rodilla se hincha y se pone caliente? ¿Es peligroso?" (r24 post): what a sign means and
 * whether it is dangerous, asked of "la rodilla" with no one's own knee, person or injury anywhere in the message. Even
 * an emergency sign asked this way gets the warning signs (which name it), not the alarm.
 */
export function asksMeaningDangerInGeneral(sentences: readonly Sentence[], s: number): boolean {
  const sentence = sentences[s];
  if (sentence === undefined || !sentence.question) return false;
  if (!MEANING_QUESTION_OPENINGS.some((p) => phraseAt(sentence.words, 0, p))) return false;
  const all = sentences.flatMap((x) => x.words);
  if (all.some((w) => FIRST_PERSON.has(w) || PERSON_WORDS.has(w) || PRESENT_INJURY_WORDS.has(w))) return false;
  return (
    asksIfMeaningIsDangerous(sentence, undefined) ||
    (sentences[s + 1] !== undefined && asksIfMeaningIsDangerous(sentences[s + 1] as Sentence, sentence))
  );
}

/** All is well, said of oneself beside a general question. */
const ALL_WELL_PHRASES: Phrase[] = [
  ['a', 'mi', 'no', 'me', 'pasa', 'nada'],
  ['no', 'me', 'pasa', 'nada'],
  ['yo', 'no', 'tengo', 'eso'],
  ['yo', 'estoy', 'bien'],
  ['estoy', 'bien'],
  ['a', 'mi', 'no', 'me', 'pasa'],
  ['no', 'me', 'pasa'],
  ['no', 'tengo', 'nada'],
  ['yo', 'no', 'tengo', 'nada'],
];
/** "yo no tengo nada", "a mí no me pasa nada": all is well said as the whole of a clause (es-r34), so only a question
 * was asked; not "no tengo nada de fuerza", which goes on. */
function allWellOnItsOwn(sentence: Sentence): boolean {
  const { words, clause } = sentence;
  return words.some((_, i) => {
    const phrase = ALL_WELL_PHRASES.find((p) => phraseAt(words, i, p));
    if (phrase === undefined) return false;
    const end = i + phrase.length;
    return end === words.length || clause[end] !== clause[i];
  });
}

function ownBesideAllWell(words: readonly string[]): boolean {
  const left = [...words];
  for (let i = 0; i < left.length; i += 1) {
    const phrase = ALL_WELL_PHRASES.find((p) => phraseAt(left, i, p));
    if (phrase !== undefined) left.splice(i, phrase.length, ...phrase.map(() => ''));
  }
  return left.some((w) => FIRST_PERSON.has(w) || /^(?:tengo|traigo|ando|siento)$/.test(w));
}

/**
 * "¿Qué significa cuando la rodilla se dobla sola? ¿Es peligroso?" (or in one sentence, after a comma): what a sign
 * means and whether it is dangerous, asked in general: the warning signs, not just what the word means.
 */
function asksIfMeaningIsDangerous(sentence: Sentence, before: Sentence | undefined): boolean {
  const { words } = sentence;
  const opensMeaning = (ws: readonly string[]): boolean => MEANING_QUESTION_OPENINGS.some((p) => phraseAt(ws, 0, p));
  const dangerFrom = (from: number): boolean => hasPhrase(words, from, words.length, DANGER_ASKED_PHRASES);
  // in one sentence, the danger asked in a later clause
  if (sentence.question && opensMeaning(words)) {
    const second = sentence.clause.findIndex((c) => c > 0);
    return second > 0 && dangerFrom(second);
  }
  // a short question right after the meaning question, about that same sign
  return (
    before !== undefined &&
    (sentence.question || before.question) &&
    opensMeaning(before.words) &&
    words.length <= DANGER_FOLLOW_ON_WORDS &&
    dangerFrom(0)
  );
}

/** "¿Qué quiere decir cuando a un niño le duele la rodilla pero es de la cadera?": a child's knee pain that comes from
 * the hip, asked of children in general (not "mi niño", the writer's own child). */
function asksAboutChildsHipInKnee(sentence: Sentence): boolean {
  const { words } = sentence;
  if (!sentence.question) return false;
  const isChild = (w: string): boolean => CHILD_WORDS.has(w) || (w.endsWith('s') && CHILD_WORDS.has(w.slice(0, -1)));
  return (
    words.some((w, i) => isChild(w) && GENERIC_CHILD_BEFORE.has(words[i - 1] as string)) &&
    words.some((w) => REFERRED_KNEE_WORDS.has(w)) &&
    words.some((w) => REFERRED_HIP_WORDS.has(w))
  );
}

/** After "cuándo", only a few small words, then a worry, a serious word, or going in for care. */
function worryAfterWhen(words: readonly string[], from: number): boolean {
  let k = from;
  while (k < words.length && k - from < 4 && WHEN_GAP_WORDS.has(words[k] as string)) {
    if (GO_FOR_CARE_PHRASES.some((phrase) => phraseAt(words, k, phrase))) return true;
    k += 1;
  }
  if (WHEN_WORRY_WORD.test(words[k] ?? '') || GO_FOR_CARE_PHRASES.some((phrase) => phraseAt(words, k, phrase)))
    return true;
  // "¿cuándo se considera que la hinchazón es peligrosa?": a judgement asked, the sign named before the worry
  return (
    words.slice(from, k).some((w) => JUDGED_WORDS.has(w)) &&
    words.slice(k, k + JUDGED_REACH).some((w) => WHEN_WORRY_WORD.test(w))
  );
}

/** After "cuándo" / "en qué casos", a sign named in a few words with no one's own ("el hormigueo en el pie"), then
 * "es de cuidado", "es grave", "es peligroso" (es-r34). */
function dangerAfterSign(words: readonly string[], from: number): boolean {
  for (let k = from + 1; k <= from + WHEN_SIGN_REACH && k < words.length; k += 1) {
    if (!DANGER_ASKED_PHRASES.some((p) => phraseAt(words, k, p))) continue;
    return !words
      .slice(from, k)
      .some((w) => FIRST_PERSON.has(w) || PERSON_WORDS.has(w) || TOLD_EVENT_WORDS.has(w) || SOMEONES_WORDS.has(w));
  }
  return false;
}

/** After "cuándo", an X-ray or the emergency room within a few words, with no event of one's own told between
 * ("¿cuándo me caí fui a urgencias?" is not asked in general). */
function careAfterWhen(words: readonly string[], from: number): boolean {
  const reach = words.slice(from, from + WHEN_CARE_REACH);
  const at = reach.findIndex((w) => CARE_NEED_WORDS.has(w));
  return at >= 0 && !reach.slice(0, at).some((w) => TOLD_EVENT_WORDS.has(w));
}

/** "qué (cosas) tengo que / debo (me) vigilar": a must word just before, and what is asked just before it. */
function watchAsked(words: readonly string[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && (words[k] === 'que' || words[k] === 'me' || words[k] === 'se')) k -= 1;
  if (!MUST_WORDS.has(words[k] as string)) return false;
  k -= 1;
  while (k >= 0 && (words[k] === 'me' || words[k] === 'yo' || words[k] === 'le')) k -= 1;
  return WHAT_WORDS.has(words[k] as string);
}

/** "hace años", "de niño", "en 2015", or "ya se me quitó" later in the sentence. */
export function isPastOrResolved(sentence: Sentence, hit: Hit, currentYear: number, transient: boolean): boolean {
  const { words } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const [from] = clauseBounds(sentence, first);
  const [, lastTo] = clauseBounds(sentence, last);
  for (let k = from; k < lastTo; k += 1) if (stillPresentAt(words, k)) return false;
  // "se cortó … el verano pasado, sangró un montón": the long past of the clause just before, joined
  // without a contrast ("pero") and with nothing of the present or "desde entonces" in between
  const [before] = from > 0 && sentence.breakBefore[from] !== 'contrast' ? clauseBounds(sentence, from - 1) : [from];
  for (let i = before; i < from; i += 1) {
    const past = longPastAt(words, i);
    const ago = past !== undefined && words[i - 1] !== 'desde' ? i + past.length : yearsAgoEnd(words, i);
    // "me lastimé en 2012 jugando soccer, me dio un pop": a past year in the clause before, too
    const end = ago >= 0 ? ago : yearSaidAt(words, i, currentYear) ? i + 1 : -1;
    const between = words.slice(i, lastTo);
    if (
      end >= 0 &&
      !nowAfter(words, end, last) &&
      !between.some((w) => STILL_PRESENT.has(w) || w === 'desde' || w === 'entonces')
    )
      return true;
  }
  for (let i = from; i < lastTo; i += 1) {
    // "desde hace años": ongoing, not over
    const past = longPastAt(words, i);
    if (words[i - 1] !== 'desde' && past !== undefined && !nowAfter(words, i + past.length, last)) return true;
    // "hace 3 años", "hace como 8 años", "hace un año"
    const ago = yearsAgoEnd(words, i);
    if (ago >= 0 && !nowAfter(words, ago, last)) return true;
    if (yearSaidAt(words, i, currentYear)) return true;
  }
  if (deniedLater(sentence, last)) return true;
  if (placedInPastLater(words, last, currentYear)) return true;
  if (bleedingStopped(words, hit)) return true;
  if (transient) return false;
  for (let i = from; i < words.length; i += 1) {
    const resolved = RESOLVED_PHRASES.find((phrase) => phraseAt(words, i, phrase));
    // "no se me quitó" says the opposite; "ya no se me estira" is a loss, not a relief
    const lost =
      resolved !== undefined &&
      (lossAfterNoLonger(words, i + resolved.length) ||
        fineOnlyInSetting(words, i) ||
        easedOnlyInPart(words, i, i + resolved.length) ||
        veryNotFine(words, i + resolved.length) ||
        walkingWithPainNow(words, resolved, hit));
    if (resolved !== undefined && !lost && !['no', 'nunca', 'ni'].includes(words[i - 1] as string)) return true;
  }
  // "… pero ahora ya corro normal": back to the sport after a contrast
  for (let i = last + 1; i < words.length; i += 1) {
    if (sentence.breakBefore[i] !== 'contrast') continue;
    const [, to] = clauseBounds(sentence, i);
    const later = words.slice(i, to);
    if (
      later.some((w) => w === 'ahora' || w === 'ya') &&
      later.some((w) => BACK_TO_SPORT.has(w)) &&
      !later.some((w) => NEGATION_CUES.has(w) || PAIN_WORDS.has(w))
    )
      return true;
  }
  return false;
}

/**
 * "me corté el dedo, sangró bastante pero le puse presión y se paró": a bleed in the match, then told stopped later
 * in the sentence (not "no paró"), and nothing after the stop says it bleeds again ("se paró y volvió a sangrar").
 */
function bleedingStopped(words: readonly string[], hit: Hit): boolean {
  const bleeding = (w: string): boolean => BLEEDING_NOUNS.has(w) || BLEEDING_PREFIXES.some((p) => w.startsWith(p));
  if (!hit.some((i) => bleeding(words[i] as string))) return false;
  for (let i = (hit[hit.length - 1] as number) + 1; i < words.length; i += 1) {
    const stop = BLEEDING_STOPPED_PHRASES.find((phrase) => phraseAt(words, i, phrase));
    if (stop === undefined || ['no', 'nunca', 'ni'].includes(words[i - 1] as string)) continue;
    return !words.slice(i + stop.length).some((w) => BLEEDING_AGAIN.has(w));
  }
  return false;
}

/** "… pero eso fue en 2019", "eso pasó hace años": after the match, what was told is placed in the past. */
function placedInPastLater(words: readonly string[], last: number, currentYear: number): boolean {
  for (let i = last + 1; i < words.length; i += 1) {
    const that = THAT_WAS_PHRASES.find((phrase) => phraseAt(words, i, phrase));
    if (that === undefined) continue;
    const at = i + that.length;
    for (let k = at; k < Math.min(words.length, at + 3); k += 1) {
      if (longPastAt(words, k) !== undefined || yearsAgoEnd(words, k) >= 0 || yearSaidAt(words, k, currentYear))
        return true;
    }
  }
  return false;
}

/** Between the long-past phrase and the end of the match, "y ahora", "hoy": the match reaches the present. */
function nowAfter(words: readonly string[], from: number, last: number): boolean {
  for (let k = from; k <= last; k += 1) if (NOW_WORDS.has(words[k] as string)) return true;
  return false;
}

/** "se sentía floja, pero nunca se dobló": a later contrast clause denies the event. */
function deniedLater(sentence: Sentence, last: number): boolean {
  const { words } = sentence;
  for (let i = last + 1; i < words.length; i += 1) {
    if (sentence.breakBefore[i] !== 'contrast') continue;
    const start = words.slice(i, i + 3).findIndex((w) => DENIAL_START.has(w));
    if (start < 0) continue;
    const j = i + start + 1;
    const [, to] = clauseBounds(sentence, i);
    // "nunca se me dobló", "no se ha salido", "no llegó a doblarse"
    const tail = words.slice(j, Math.min(to, j + 4));
    const event = tail.findIndex((w) => DENIED_EVENTS.has(w) && !DENIED_EVENT_HELPERS.has(w));
    const bentBySomeone = DENIED_BENDS.has(tail[event] as string) && !tail.slice(0, event).includes('se');
    if (event >= 0 && tail.slice(0, event).every((w) => DENIED_EVENTS.has(w)) && !bentBySomeone) return true;
  }
  return false;
}

/** "mi perro no puede caminar", "a mi gata se le hinchó la pata". */
export function isAboutAnimal(sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  const first = hit[0] as number;
  const person = words.some((w) => PERSON_WORDS.has(w));
  const animal = (w: string): boolean => ANIMAL_WORDS.has(w) && !(person && EITHER_LEG_WORDS.has(w));
  for (let i = Math.max(0, first - 3); i < first; i += 1) if (animal(words[i] as string)) return true;
  const animalAt = words.findIndex(animal);
  if (animalAt < 0 || animalAt > first) return false;
  return words.every((w) => !PERSON_WORDS.has(w));
}

/** After a relative's name, these say the sign that follows is theirs ("su rodilla", "dice que"). */
const THEIR_WORDS: ReadonlySet<string> = new Set([
  'su',
  'sus',
  'dice',
  'dijo',
  'cuenta',
  'conto',
  'comenta',
  'platica',
]);
/** The writer speaking of themselves ("mi" is left out: "mi hermano" names the relative). */
const WRITER_WORDS: ReadonlySet<string> = new Set(['yo', 'me', 'tengo', 'estoy', 'siento', 'mis']);
/** A person someone has: "su hijo", "mi hija", "mi hermano". */
const OWNED_PERSON: ReadonlySet<string> = new Set([...RELATIVE_WORDS, ...CHILD_WORDS]);
/** "yo solo / yo nomás …": the writer's own complaint, smaller than theirs. */
const ONLY_WORDS: ReadonlySet<string> = new Set(['solo', 'nomas', 'namas', 'nadamas', 'unicamente', 'apenas']);
/** "a mí me preocupa / me asusta / me da miedo": worry for them. */
const WORRY_WORDS = /^(?:preocup|asust|miedo|nervios|angusti|espant)/;

/** How far before the match its present pain verb may stand ("le duele el hueso … en un puntito"). */
const PAIN_VERB_REACH = 3;

/**
 * "le duele el hueso en un puntito y al brincar, camina normal": walking back to normal does not end a pain
 * the match (or the few words just before it) tells as now.
 */
function walkingWithPainNow(words: readonly string[], resolved: readonly string[], hit: Hit): boolean {
  if (!WALKING_RESOLVED.has(resolved.join(' '))) return false;
  const first = hit[0] as number;
  const near = [...words.slice(Math.max(0, first - PAIN_VERB_REACH), first), ...hit.map((k) => words[k] as string)];
  return near.some((w) => PRESENT_PAIN_VERBS.has(w));
}

/** "Mi papá tuvo una infección en la rodilla hace años, ¿es hereditario?": someone else's past. */
export function isRelativesPastEvent(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  const { words, clause } = sentence;
  const first = hit[0] as number;
  // a relative as the sentence's subject may have their verb further back ("mi abuelo perdió la pierna por un coágulo")
  const reach = words.slice(0, 3).some((w) => RELATIVE_WORDS.has(w)) ? 6 : 4;
  const window = words.slice(Math.max(0, first - reach), first);
  const had = window.findIndex((w) => HAD_WORDS.has(w));
  // "a mi compañera se le trabó la rodilla": the event happened to the person named before "se le"
  const toThem = words.slice(Math.max(0, first - 2), first + 2).includes('le') && words[first - 1] !== 'me';
  // "mi amigo dice que su rodilla se traba": someone else's knee, in their words
  const named = words.slice(Math.max(0, first - 6), first);
  const relativeAt = named.findIndex((w) => RELATIVE_WORDS.has(w));
  const theirs = relativeAt >= 0 && named.slice(relativeAt + 1).some((w) => THEIR_WORDS.has(w));
  if (had < 0 && !toThem && !theirs) return false;
  const hadAt =
    had >= 0
      ? Math.max(0, first - reach) + had
      : toThem
        ? words.lastIndexOf('le', first + 1)
        : Math.max(0, first - 6) + relativeAt + 1;
  // the relative just before, or as the sentence's subject with the writer not in between
  // ("Mi hermano se lastimó la rodilla hace cinco años jugando, le salió una bola …")
  const nearRelative = words.slice(Math.max(0, hadAt - 4), hadAt).some((w) => RELATIVE_WORDS.has(w));
  const subject = words.slice(0, 3).some((w) => RELATIVE_WORDS.has(w));
  const writerBetween = words.slice(0, hadAt).some((w) => WRITER_WORDS.has(w));
  if (!nearRelative && !(subject && !writerBetween)) return false;
  // "…, lo operaron y ya quedó bien": their event, and over
  if (
    words.some(
      (_, i) => i >= first && RESOLVED_PHRASES.some((p) => phraseAt(words, i, p) && !walkingWithPainNow(words, p, hit)),
    )
  )
    return true;
  if (hasPhrase(words, first, words.length, OPERATED_PHRASES)) return true;
  const later = sentences.slice(sentenceIndex + 1).flatMap((s) => s.words);
  // "…, ya falleció (de otra cosa)": their story, ended, with no other relative named before the death ("… se le
  // hinchó la pantorrilla, mi papá murió de un coágulo" is a death in the family beside a sign now); "se le murió
  // la pierna" is a dead leg, not a death
  const died = (ws: readonly string[], from = 0): boolean =>
    ws.some(
      (w, k) =>
        k >= from &&
        DEATH_WORDS.has(w) &&
        ws[k - 1] !== 'le' &&
        ws[k - 1] !== 'me' &&
        !ws.slice(from, k).some((v) => RELATIVE_WORDS.has(v)),
    );
  if (died(words, first + 1) || sentences.slice(sentenceIndex + 1).some((t) => died(t.words))) return true;
  // "… le dio un pop y se le hinchó. La operaron en junio y ya va muy bien": their injury, then their
  // operation and recovery told in the next sentences, none of the writer's own
  const laterOwn = sentences.slice(sentenceIndex + 1);
  if (
    laterOwn.some(
      (t) =>
        hasPhrase(t.words, 0, t.words.length, OPERATED_PHRASES) &&
        hasPhrase(t.words, 0, t.words.length, RESOLVED_PHRASES) &&
        !t.words.some((w) => WRITER_WORDS.has(w) || STILL_PRESENT.has(w)),
    )
  )
    return true;
  const laterClauses = words.filter((_, i) => i > first && clause[i] !== clause[first]);
  const laterWords = [...later, ...laterClauses];
  // "a su hijo se le trabó …, a mi hija …": their child's event, then the writer's own child
  const theirPerson = words
    .slice(Math.max(0, hadAt - 4), hadAt)
    .some((w, i, ws) => (w === 'su' || w === 'sus') && OWNED_PERSON.has(ws[i + 1] as string));
  const myPersonAfter = laterWords.some(
    (w, i) =>
      w === 'a' &&
      (laterWords[i + 1] === 'mi' || laterWords[i + 1] === 'mis') &&
      OWNED_PERSON.has(laterWords[i + 2] as string) &&
      laterWords.slice(i + 3, i + 6).includes('le'),
  );
  if (theirPerson && myPersonAfter) return true;
  const all = sentences.flatMap((s) => s.words);
  // "no quiero que me pase lo de mi tío, que le dio trombosis": the writer fears the relative's event
  if (had >= 0 && hasPhrase(words, 0, hadAt, FEAR_PHRASES)) return true;
  // "now" about them, not about the writer ("… Ahora quiero saber qué botas me protegen" is the writer's)
  const aboutNow = (ws: readonly string[]): boolean =>
    ws.some((w) => STILL_PRESENT.has(w) || w === 'ahora' || w === 'hoy');
  if (sentences.some((s, k) => aboutNow(s.words) && (k === sentenceIndex || !s.words.some((w) => WRITER_WORDS.has(w)))))
    return false;
  if (all.some((w) => FAMILY_HISTORY_WORDS.has(w))) return true;
  // With no "tuvo", only the writer's own, other complaint makes it someone else's story:
  // "…, a mí solo me duele al agacharme" (not "…, estoy preocupada")
  // ("a mí me preocupa" is the writer's worry about them, not another complaint)
  // or "…, yo nomás tengo un dolorcito": the writer's own lesser complaint, said with "only" (not "yo solo
  // quiero saber", a carer's question)
  if (had < 0)
    return laterWords.some(
      (w, i) =>
        (w === 'a' &&
          laterWords[i + 1] === 'mi' &&
          laterWords.slice(i + 2, i + 5).includes('me') &&
          !laterWords.slice(i + 2, i + 6).some((v) => WORRY_WORDS.test(v))) ||
        (w === 'yo' &&
          laterWords.slice(i + 1, i + 3).some((v) => ONLY_WORDS.has(v)) &&
          laterWords.slice(i + 2, i + 4).some((v) => v === 'tengo' || v === 'me') &&
          !laterWords.slice(i + 2, i + 6).some((v) => WORRY_WORDS.test(v))),
    );
  return laterWords.some((w) => FIRST_PERSON.has(w));
}

/** "¿Qué pasa si …?", "¿qué significa cuando …?", "señales de alarma": general talk, whatever it names. */
export function asksInGeneral(sentence: Sentence): boolean {
  const { words } = sentence;
  if (isMeaningQuestion(sentence, [words.length])) return true;
  return saysHypothetical(words) || asksAboutWarningSigns(sentence);
}

/** "vi en una serie que a uno se le zafa la rótula": a film, series or book, and no real person but the viewer. */
export function isAboutFiction(sentence: Sentence): boolean {
  const { words } = sentence;
  if (!words.some((w) => MEDIA_WORDS.has(w))) return false;
  return words.every((w, i) => {
    if (!PERSON_WORDS.has(w) && !FIRST_PERSON.has(w)) return true;
    const next = words[i + 1] as string;
    return MEDIA_WORDS.has(next) || MEDIA_VERBS.has(next) || w === 'mi';
  });
}
