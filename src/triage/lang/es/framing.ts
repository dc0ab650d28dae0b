// Spanish framings that name red-flag signs without reporting one: what a nurse sees at work, what a
// coach explains to the team, a story placed in the past and closed by "he's fine". The same hook as
// the English all-clear story (src/triage/allClear.ts).
import type { Hit } from '../../match';
import type { Sentence } from '../../normalize';
import { hasPhrase, phraseAt } from '../../phrases';
import {
  ALL_CLEAR_PHRASES,
  ANSWERED_NO_PHRASES,
  ASKED_IF_PHRASES,
  BODY_PART_WORDS,
  COURSE_PHRASES,
  DENIED_FOR_ME_PHRASES,
  DENIED_SIGN_LEADS,
  DOUBT_PHRASES,
  LOOKS_FINE_PHRASES,
  OWN_BODY_WORDS,
  ROLE_LEADS,
  SAID_HAS_PHRASES,
  SAID_NORMAL_PHRASES,
  SEEN_OR_TAUGHT_PHRASES,
  STORY_ANCHORS,
  TEACHING_MATERIAL_PHRASES,
  TOLD_STORY_PHRASES,
  WORK_ROLES,
  WORKPLACE_PHRASES,
} from './cues/framing';
import { longPastAt, MONTHS, NOW_WORDS, yearsAgoEnd } from './cues/pastResolved';
import { FIRST_PERSON, PERSON_WORDS } from './cues/whose';
import { asksInGeneral } from './context';

/**
 * "Soy enfermera de ER y veo de todo: rodillas dislocadas, coágulos": a role or workplace named by the
 * writer, many cases seen or a lesson to give, and the sign's own sentence not about the writer's body.
 * The writer's own complaint in another sentence is read there, on its own.
 */
function isSeenAtWork(sentences: readonly Sentence[], s: number): boolean {
  const { words } = sentences[s] as Sentence;
  const ownBody = words.some(
    (w, i) => OWN_BODY_WORDS.has(w) || ((w === 'mi' || w === 'mis') && BODY_PART_WORDS.has(words[i + 1] as string)),
  );
  if (ownBody) return false;
  if (sentences.some((x) => hasPhrase(x.words, 0, x.words.length, TEACHING_MATERIAL_PHRASES))) return true;
  if (hasPhrase(words, 0, words.length, COURSE_PHRASES)) return true;
  const upTo = sentences.slice(0, s + 1);
  const role = upTo.some(({ words }) =>
    words.some((w, i) => WORK_ROLES.has(w) && words.slice(Math.max(0, i - 3), i).some((v) => ROLE_LEADS.has(v))),
  );
  const place = upTo.some(({ words }) => hasPhrase(words, 0, words.length, WORKPLACE_PHRASES));
  if (!role && !place) return false;
  return sentences.some(({ words }) => hasPhrase(words, 0, words.length, SEEN_OR_TAUGHT_PHRASES));
}

/**
 * "Mi vecina me contó que a su hijo se le hinchó la rodilla y tenía fiebre, eso fue en marzo … Pero él
 * está bien, no tiene nada": a story placed in the past, then all clear after the sign. Not when the
 * sign's sentence speaks of now ("hoy", "ahora").
 */
function isClosedStory(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  if (sentence.words.some((w) => NOW_WORDS.has(w))) return false;
  // "desde que me torcí hace meses …": ongoing since then, not a closed story
  const anchored = sentences.slice(0, s + 1).some(({ words }) => !words.includes('desde') && placedInPast(words));
  if (!anchored) return false;
  const after = (hit[hit.length - 1] as number) + 1;
  if (hasPhrase(sentence.words, after, sentence.words.length, ALL_CLEAR_PHRASES)) return true;
  return sentences
    .slice(s + 1)
    .some(({ words, question }) => !question && hasPhrase(words, 0, words.length, ALL_CLEAR_PHRASES));
}

function placedInPast(words: readonly string[]): boolean {
  if (hasPhrase(words, 0, words.length, STORY_ANCHORS) || words.some((_, i) => longPastAt(words, i) !== undefined))
    return true;
  return words.some((w, i) => yearsAgoEnd(words, i) >= 0 || (w === 'en' && MONTHS.has(words[i + 1] as string)));
}

/** "Mi hermano me contó de un señor que llegó con la rodilla volteada … Yo no tengo nada de eso": a story
 * passed on in the sign's sentence, and the writer's own denial in a later one. */
function isPassedOnAndDenied(sentences: readonly Sentence[], s: number): boolean {
  const { words } = sentences[s] as Sentence;
  if (!hasPhrase(words, 0, words.length, TOLD_STORY_PHRASES)) return false;
  return sentences.slice(s + 1).some((x) => hasPhrase(x.words, 0, x.words.length, DENIED_FOR_ME_PHRASES));
}

/**
 * "¿La rodilla se puede quedar trabada para siempre? Es para saber, a mí no me ha pasado": the sign is
 * asked about, and a later statement says it has not happened to the writer, either in so many words
 * or by naming the sign's own verb after "a mí no (se) me" ("a mí no se me hinchó" for "se hincha").
 * "A mí no se me baja" names another verb: a report, not a denial. Not when the question is about the
 * writer's own knee ("¿por qué se me traba?") or the denial is only until now ("antes", "hasta hoy").
 */
function isAskedAndDenied(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  if (!sentence.question || sentence.words.some((w) => OWN_BODY_WORDS.has(w) || w === 'mi' || w === 'mis'))
    return false;
  const stems = hit.map((i) => (sentence.words[i] as string).slice(0, 4)).filter((w) => w.length === 4);
  return sentences.slice(s + 1).some(({ words, question }) => {
    // "a mí no me había pasado antes", "hasta hoy": it is happening now
    if (question || words.some((w) => NOW_WORDS.has(w) || w === 'antes' || w === 'hasta')) return false;
    if (hasPhrase(words, 0, words.length, DENIED_FOR_ME_PHRASES)) return true;
    return words.some((_, i) =>
      DENIED_SIGN_LEADS.some((p) => {
        const next = words[i + p.length];
        return phraseAt(words, i, p) && next !== undefined && stems.includes(next.slice(0, 4));
      }),
    );
  });
}

/** A "dijo que …" phrase before the match, in the match's own clause: what follows is someone's word. */
function saidInClauseBefore(sentence: Sentence, hit: Hit, phrases: readonly (readonly string[])[]): boolean {
  const { words, clause } = sentence;
  const first = hit[0] as number;
  return words.some((_, i) => i < first && clause[i] === clause[first] && phrases.some((p) => phraseAt(words, i, p)));
}

/**
 * "El sobador dijo que tenía la rodilla 'zafada' pero la verdad camino normal y se ve igual que la otra,
 * ¿le creo?": the sign is someone's word for what the writer has, in the clause after "dijo que tenía";
 * a later contrast gives the writer's own finding against it, and the writer doubts the word.
 */
function isDoubtedDiagnosis(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  const { words } = sentence;
  const last = hit[hit.length - 1] as number;
  if (!saidInClauseBefore(sentence, hit, SAID_HAS_PHRASES)) return false;
  const contrast = words.findIndex((_, i) => i > last && sentence.breakBefore[i] === 'contrast');
  if (contrast < 0 || !hasPhrase(words, contrast, words.length, LOOKS_FINE_PHRASES)) return false;
  return sentences.slice(s).some((x, k) => hasPhrase(x.words, k === 0 ? contrast : 0, x.words.length, DOUBT_PHRASES));
}

/**
 * "El cirujano me dijo que es normal que la rodilla operada esté un poquito tibia, ¿es cierto?": the sign is
 * what someone told the writer to expect, in the clause after "dijo que es normal"; not when a contrast
 * follows ("…, pero ahora tiene pus") — that is the writer's own, new report.
 */
function isToldNormal(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  const { words } = sentence;
  const last = hit[hit.length - 1] as number;
  if (!saidInClauseBefore(sentence, hit, SAID_NORMAL_PHRASES)) return false;
  if (words.some((_, i) => i > last && sentence.breakBefore[i] === 'contrast')) return false;
  return !sentences.slice(s + 1).some((x) => x.breakBefore.some((b) => b === 'contrast'));
}

/**
 * "El doctor me preguntó si tenía dolor de pecho o falta de aire y no, nada": the sign is what the writer was
 * asked about, after "me preguntó si" before the sign, and the answer given right after it (within a few words, or opening
 * the next sentence) is no. "… y le dije que sí" is a report and stays one.
 */
function isAskedAndAnsweredNo(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const last = hit[hit.length - 1] as number;
  const asked = words.some((_, i) => i < last && ASKED_IF_PHRASES.some((p) => phraseAt(words, i, p)));
  if (!asked) return false;
  // "… y no, nada", "… y le dije que no"; a "no" that ends the sentence ("… falta de aire y no.")
  const near = (ws: readonly string[], from: number): boolean =>
    ws.some(
      (w, i) =>
        i >= from &&
        i <= from + ANSWER_REACH &&
        (ANSWERED_NO_PHRASES.some((p) => phraseAt(ws, i, p)) || (w === 'no' && i === ws.length - 1)),
    );
  return near(words, last + 1) || (last === words.length - 1 && near(sentences[s + 1]?.words ?? [], 0));
}
/** How far after the sign the answer may start ("… falta de aire, y le dije que no"). */
const ANSWER_REACH = 6;

/** Longest follow-on question that still reads as part of the general one before it ("¿o puede ser un coágulo?"). */
const FOLLOW_ON_WORDS = 6;

/**
 * "¿Qué pasa si uno tiene la rodilla caliente? ¿Es infección?": a short question right after a general one
 * asks about that same case, not about the writer's knee. Not when it names a person or the writer, or now
 * ("¿qué pasa si se hincha? ¿y si ya tengo fiebre?").
 */
function isFollowOnQuestion(sentences: readonly Sentence[], s: number): boolean {
  const sentence = sentences[s] as Sentence;
  const before = sentences[s - 1];
  if (!sentence.question || before === undefined || !before.question || !asksInGeneral(before)) return false;
  const { words } = sentence;
  if (words.length > FOLLOW_ON_WORDS) return false;
  return !words.some((w) => FIRST_PERSON.has(w) || PERSON_WORDS.has(w) || OWN_BODY_WORDS.has(w) || NOW_WORDS.has(w));
}

/** Told from work, for a lesson, as a closed story, passed on or asked and denied, a doubted word, or a general question's follow-on: no report of a sign now. */
export function isToldNotReported(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  return (
    isSeenAtWork(sentences, s) ||
    isClosedStory(sentences, s, hit) ||
    isPassedOnAndDenied(sentences, s) ||
    isAskedAndDenied(sentences, s, hit) ||
    isDoubtedDiagnosis(sentences, s, hit) ||
    isToldNormal(sentences, s, hit) ||
    isAskedAndAnsweredNo(sentences, s, hit) ||
    isFollowOnQuestion(sentences, s)
  );
}
