// "Two summers ago I dislocated my kneecap … It's been totally stable since": a story anchored in the past
// and closed later in the message is not a present red flag, nor is a question asked for a poster or an
// article by someone who says nobody is hurt. A symptom in a sentence that speaks of now ("now", "today",
// "again") is never part of such a story.
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { phraseAt } from './phrases';
import { LONG_PAST_PHRASES } from './words/time';
import { FIRST_PERSON } from './words/people';
import { OLDER_AGE } from './ages';
import { NEGATION_CUES } from './words/negation';
import { OLDER_WORDS } from './words/secondLine';
import {
  ALL_CLEAR_PHRASES,
  BENDS_FULLY_PHRASES,
  DENIAL_NEGATION_REACH,
  NOT_TENDER_PHRASES,
  WALKS_FINE_PHRASES,
  NOW_WORDS,
  STORY_ANCHORS,
  TEACHING_PURPOSES,
  TEACHING_ROLES,
  TEACHING_VERBS,
} from './words/allClear';

const hasPhrase = (words: readonly string[], phrases: ReadonlyArray<readonly string[]>, from = 0): boolean => {
  for (let i = from; i < words.length; i += 1) if (phrases.some((p) => phraseAt(words, i, p))) return true;
  return false;
};

/** True when the hit belongs to a closed past story or to a question asked for work or teaching. */
export function isAllClearStory(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  if (sentence.words.some((w, i) => NOW_WORDS.has(w) && !nowOfAge(sentence.words, i) && !neverAgain(sentence.words, i)))
    return false;
  return isClosedStory(sentences, s, hit) || isTeachingQuestion(sentences, s);
}

/** "now 16", "he's 14 now": "now" gives an age, comparing then with now; it says no symptom is present. */
function nowOfAge(words: readonly string[], i: number): boolean {
  const isAge = (w: string | undefined): boolean => w !== undefined && /^\d{1,2}$/.test(w);
  return words[i] === 'now' && (isAge(words[i + 1]) || isAge(words[i - 1]));
}

/** "it's never happened again", "hasn't come back since": "again" denied, so it says nothing is back. */
function neverAgain(words: readonly string[], i: number): boolean {
  return (
    words[i] === 'again' &&
    words.slice(Math.max(0, i - 3), i).some((w) => w === 'never' || w === 'hasnt' || w === 'not')
  );
}

/** Some sentence says that all is well now or that nobody is hurt ("Nothing hurts today"). */
export function saysAllClear(sentences: readonly Sentence[]): boolean {
  return sentences.some((x) => hasPhrase(x.words, ALL_CLEAR_PHRASES));
}

/**
 * After a fall, the knee's X-ray signs said to be absent, two kinds of three: walks fine, bends all the way, not
 * tender to press ("nothing tender when I press on it, I can walk just fine and bend it all the way").
 */
export function deniesFractureSigns(sentences: readonly Sentence[]): boolean {
  const said = (phrases: ReadonlyArray<readonly string[]>, checkNegation: boolean): boolean =>
    sentences.some(({ words }) =>
      words.some(
        (_, i) =>
          phrases.some((p) => phraseAt(words, i, p)) &&
          !(checkNegation && words.slice(Math.max(0, i - DENIAL_NEGATION_REACH), i).some((w) => NEGATION_CUES.has(w))),
      ),
    );
  const kinds = [said(WALKS_FINE_PHRASES, true), said(BENDS_FULLY_PHRASES, true), said(NOT_TENDER_PHRASES, false)];
  return kinds.filter(Boolean).length >= 2;
}

/**
 * The Ottawa age criterion ("I'm 71 … landed on my knee") matched, and the message denies the X-ray signs
 * (deniesFractureSigns): the age alone does not make a same-day alarm then. Only a hit that holds the age or
 * an older word: a sign a pattern finds ("won't bend past halfway") still alarms.
 */
export function isOlderFallAllClear(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const aged = hit.some((i) => {
    const w = words[i] as string;
    return OLDER_WORDS.has(w) || (/^\d{2,3}$/.test(w) && Number(w) >= OLDER_AGE && Number(w) < 110);
  });
  return aged && deniesFractureSigns(sentences);
}

/** A past anchor in this sentence or an earlier one, and an all-clear after the hit. */
function isClosedStory(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const anchored = sentences
    .slice(0, s + 1)
    .some((x) => hasPhrase(x.words, STORY_ANCHORS) || hasPhrase(x.words, LONG_PAST_PHRASES) || inAYear(x.words));
  if (!anchored) return false;
  const sentence = sentences[s] as Sentence;
  if (hasPhrase(sentence.words, ALL_CLEAR_PHRASES, (hit[hit.length - 1] as number) + 1)) return true;
  return sentences.slice(s + 1).some((x) => hasPhrase(x.words, ALL_CLEAR_PHRASES));
}

/** "Tore my ACL in 2019": a year named as when it happened (a story closed later by an all-clear). */
function inAYear(words: readonly string[]): boolean {
  return words.some((w, i) => words[i - 1] === 'in' && /^(19|20)\d\d$/.test(w));
}

/**
 * "I'm a PE teacher … a poster about which knee injuries need the ER": a teaching role named by the writer,
 * a purpose, and a symptom sentence about no one's own body ("my").
 */
function isTeachingQuestion(sentences: readonly Sentence[], s: number): boolean {
  const sentence = sentences[s] as Sentence;
  if (sentence.words.includes('my')) return false;
  const all = sentences.flatMap((x) => x.words);
  const role = all.some(
    (w, i) =>
      (TEACHING_ROLES.has(w) && (all.slice(Math.max(0, i - 5), i).includes('im') || all[i - 1] === 'my')) ||
      // "I teach a first aid class", "we coach under-12s"
      (TEACHING_VERBS.has(w) && (all[i - 1] === 'i' || all[i - 1] === 'we' || all[i - 1] === 'im')) ||
      // a signature opening the message that says it is not about a patient: "ER nurse, not a patient."
      (TEACHING_ROLES.has(w) && i < 3 && saysNotAPatient(all)),
  );
  if (!role) return false;
  return all.some((w) => TEACHING_PURPOSES.has(w)) && !sentences.some((x) => ownSymptomNow(x));
}

/** "my knee is locked now": the writer's own complaint in the present. */
function ownSymptomNow(sentence: Sentence): boolean {
  return sentence.words.some((w) => FIRST_PERSON.has(w)) && sentence.words.some((w) => NOW_WORDS.has(w));
}

/** "not a patient", "not for me", "asking for work": the writer says nobody in the message is theirs. */
function saysNotAPatient(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (w === 'not' && words[i + 1] === 'a' && words[i + 2] === 'patient') ||
      (w === 'not' && words[i + 1] === 'for' && words[i + 2] === 'me') ||
      (w === 'for' && words[i + 1] === 'work'),
  );
}
