// Decides whether a matched red-flag phrase is a real, present report: not negated ("no
// swelling"), not hypothetical ("what if my calf swells?"), not long past or resolved ("it swelled
// up last year but it's fine now"). Pure functions over triage-normalised sentences.
import {
  HOW_TO_TELL_PHRASES,
  HYPOTHETICAL_PHRASES,
  LONG_PAST_PHRASES,
  NEGATION_CUES,
  NEGATION_IDIOMS,
  NEGATION_REACH,
  ANIMAL_WORDS,
  BACK_IN_WHEN,
  FEAR_PHRASES,
  NEVER_BEFORE_WORDS,
  NO_AS_ANSWER_BEFORE,
  QUESTION_HYPOTHETICAL_PHRASES,
  RESOLVED_PHRASES,
  SCOPE_BREAK_AFTER_AND,
  SCOPE_BREAK_WORDS,
  SELF_REPORT_QUESTIONS,
  SERIOUS_CONDITIONS,
  SERIOUS_WORDS,
  SIGNS_WORDS,
  SYMPTOM_WORDS,
  WHAT_IF_PHRASES,
  STILL_PRESENT,
  TRAILING_FILLER,
  TRAILING_NO,
  WARNING_SIGN_QUESTION_PHRASES,
  WORRY_QUESTION_WORDS,
} from './cues';
import type { Hit } from './match';
import type { Sentence } from './normalize';

type Phrase = readonly string[];

const ANIMAL_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'he', 'she', 'it', 'hes', 'shes']);
const MEANING_WORDS: ReadonlySet<string> = new Set(['mean', 'means', 'meaning', 'indicate', 'indicates', 'signify', 'suggest', 'suggests']);
const THIRD_PERSON: ReadonlySet<string> = new Set(['his', 'her', 'their', 'he', 'she', 'they', 'hes', 'shes', 'son', 'daughter', 'husband', 'wife']);
const THIRD_PERSON_PEOPLE: ReadonlySet<string> = new Set(['son', 'daughter', 'husband', 'wife', 'kid', 'child', 'boy', 'girl', 'mum', 'mom', 'dad', 'friend', 'runner', 'player']);
/** Worry before a future: "I worry my knee will give way". */
const WORRY_WORDS: ReadonlySet<string> = new Set(['worry', 'worried', 'worries', 'afraid', 'scared', 'fear', 'nervous', 'anxious', 'terrified', 'frightened', 'paranoid', 'concerned']);
const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'might', 'may', 'could', 'would', 'gonna', 'going', 'ill', 'itll']);
const IT_HAPPENED: readonly Phrase[] = [['it', 'did'], ['it', 'has'], ['and', 'did'], ['then', 'did'], ['it', 'happened'], ['now', 'it']];
const REPORTED_ADVICE: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'warned', 'advised', 'recommended', 'explained', 'mentioned']);
const PAIN_WORDS: ReadonlySet<string> = new Set(['pain', 'pains', 'ache', 'aches', 'aching', 'soreness', 'throbbing', 'swelling', 'tingling', 'hurting', 'cramp']);
const DENIAL_START: ReadonlySet<string> = new Set(['never', 'didnt', 'hasnt', 'havent', 'wasnt', 'not']);
const DENIED_EVENTS: ReadonlySet<string> = new Set([
  'gave', 'given', 'give', 'buckled', 'collapsed', 'happened', 'did', 'locked', 'popped', 'dislocated', 'swelled', 'went',
]);
const BACK_TO_SPORT: ReadonlySet<string> = new Set(['running', 'jogging', 'training', 'racing', 'sprinting']);
const NEAR_MISS_WORDS: ReadonlySet<string> = new Set(['almost', 'nearly']);
/** "almost immediately", "nearly twice the size": degree, not a near miss. */
const DEGREE_AFTER_ALMOST: ReadonlySet<string> = new Set(['immediately', 'instantly', 'straight', 'right', 'twice', 'double', 'doubled', 'straightaway', 'all', 'every', 'constant', 'constantly', 'always', 'unbearable']);
const ANSWER_WORDS: ReadonlySet<string> = new Set(['no', 'nope', 'nah']);
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'my', 'me', 'im', 'ive', 'mine', 'myself', 'id', 'ill']);

export function phraseAt(words: readonly string[], index: number, phrase: Phrase): boolean {
  for (let k = 0; k < phrase.length; k += 1) if (words[index + k] !== phrase[k]) return false;
  return true;
}

/** Does one of `phrases` start at a position in [from, to)? */
export function hasPhrase(words: readonly string[], from: number, to: number, phrases: readonly Phrase[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i += 1) {
    for (const phrase of phrases) if (phraseAt(words, i, phrase)) return true;
  }
  return false;
}

function clauseBounds(sentence: Sentence, index: number): [number, number] {
  const clause = sentence.clause[index];
  let from = index;
  while (from > 0 && sentence.clause[from - 1] === clause) from -= 1;
  let to = index + 1;
  while (to < sentence.words.length && sentence.clause[to] === clause) to += 1;
  return [from, to];
}

/** Is the word at `index` a negation cue that really negates (not "I don't know why", not "No, my …")? */
function isNegationCue(sentence: Sentence, index: number): boolean {
  const { words } = sentence;
  const word = words[index] as string;
  if (!NEGATION_CUES.has(word)) return false;
  const next = words[index + 1];
  if (NEGATION_IDIOMS.some((idiom) => phraseAt(words, index, idiom))) return false;
  if (ANSWER_WORDS.has(word)) {
    // "No, my calf is swollen" / "nope my calf is swollen": an answer, not a negation of what follows.
    if (next === undefined || sentence.clause[index + 1] !== sentence.clause[index]) return false;
    if (NO_AS_ANSWER_BEFORE.has(next)) return false;
  }
  if (word === 'never') {
    const [, to] = clauseBounds(sentence, index);
    for (let i = index + 1; i < to; i += 1) if (NEVER_BEFORE_WORDS.has(words[i] as string)) return false;
  }
  return true;
}

/**
 * Negated when a negation cue sits inside the matched span (between pattern words: "calf is not
 * swollen"), or shortly before it without a new statement in between ("no pain or swelling",
 * "I don't have a fever"), or the sentence answers it with a lone "no" ("calf swelling: none").
 */
export function isNegated(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const matched = new Set(hit);
  for (let i = first + 1; i < last; i += 1) {
    // "my knee almost gave way": it did not happen (only inside the match: "almost twice the size" is big).
    if (!matched.has(i) && NEAR_MISS_WORDS.has(sentence.words[i] as string) && !DEGREE_AFTER_ALMOST.has(sentence.words[i + 1] as string)) return true;
    // "my chest is fine, just my knee aches": a body part declared fine before a break ends that statement.
    if (!matched.has(i) && FINE_WORDS.has(sentence.words[i] as string) && sentence.breakBefore[i + 1] !== 'none' && sentence.breakBefore[i + 1] !== undefined) return true;
    if (matched.has(i) || !isNegationCue(sentence, i)) continue;
    // Only a negation in the same clause as the next matched word counts ("hot, no fever, swollen" is hot and swollen).
    const next = hit.find((position) => position > i) as number;
    if (sentence.clause[i] === sentence.clause[next]) return true;
  }
  // "I can't feel my toes and they look blue": a negation before the match covers its first part
  // only when a new statement starts inside the match.
  if (!onlyBodyPartBeforeNewStatement(sentence, hit) && negatedBefore(sentence, first)) return true;
  if (declaredFine(sentence, last)) return true;
  return answeredNo(sentences, sentenceIndex, last);
}

/**
 * "I can't feel my toes and they look blue": the match starts with a body part only ("toes") and
 * the symptom comes in a new statement, so the negation before it is not about the symptom.
 * "No fever and the knee is warm": the part before the new statement is a symptom, so it is negated.
 */
function onlyBodyPartBeforeNewStatement(sentence: Sentence, hit: Hit): boolean {
  const { words, breakBefore } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  for (let i = first + 1; i <= last; i += 1) {
    const word = words[i] as string;
    const kind = breakBefore[i];
    const starts = kind === 'contrast' || (SCOPE_BREAK_AFTER_AND.has(word) && (kind === 'comma' || words[i - 1] === 'and'));
    if (starts) return hit.filter((position) => position < i).every((position) => BODY_PARTS.has(words[position] as string));
  }
  return false;
}

const BODY_PARTS: ReadonlySet<string> = new Set([
  'knee', 'knees', 'kneecap', 'kneecaps', 'patella', 'leg', 'legs', 'foot', 'feet', 'toe', 'toes', 'calf', 'calves', 'shin',
  'shins', 'ankle', 'ankles', 'thigh', 'joint', 'it', 'its', 'my', 'his', 'her', 'the',
]);

/** After "…? no," these confirm the answer is a denial, not "no, it's worse". */
const ANSWER_NO_FOLLOWERS: ReadonlySet<string> = new Set([
  'never', 'only', 'just', 'thankfully', 'luckily', 'fine', 'ok', 'okay', 'not', 'didnt', 'doesnt', 'hasnt', 'isnt', 'wasnt',
  'havent', 'dont', 'nothing', 'normal', 'good',
]);

const FINE_WORDS: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'alright', 'good', 'normal', 'grand', 'perfect']);
const FINE_FILLER: ReadonlySet<string> = new Set(['is', 'its', 'was', 'seems', 'feels', 'looks', 'totally', 'perfectly', 'completely', 'all', 'absolutely', 'now', 'though', 'still']);

/** "hot after, knee ok": the matched body part is said to be fine right after the match. */
function declaredFine(sentence: Sentence, last: number): boolean {
  const { words, clause } = sentence;
  for (let i = last + 1; i < words.length && clause[i] === clause[last]; i += 1) {
    const word = words[i] as string;
    if (FINE_WORDS.has(word)) return true;
    if (!FINE_FILLER.has(word)) return false;
  }
  return false;
}

function negatedBefore(sentence: Sentence, first: number): boolean {
  const { words, breakBefore } = sentence;
  for (let i = first - 1, steps = 1; i >= 0 && steps <= NEGATION_REACH; i -= 1, steps += 1) {
    // A break between i and i+1 ends the negation's reach when a new statement starts there.
    const after = i + 1;
    const kind = breakBefore[after];
    if (kind === 'contrast') return false;
    const startWord = words[after] as string;
    if (kind === 'comma' && (SCOPE_BREAK_AFTER_AND.has(startWord) || startWord === 'and')) return false;
    if (words[i] === 'and' && SCOPE_BREAK_AFTER_AND.has(startWord)) return false;
    if (SCOPE_BREAK_WORDS.has(words[i] as string)) return false;
    if (isNegationCue(sentence, i)) return true;
  }
  return false;
}

/** "swelling: none", "fever? no" — what follows the phrase is only a "no". */
function answeredNo(sentences: readonly Sentence[], sentenceIndex: number, last: number): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  let rest = sentence.words.slice(last + 1);
  // "the knee bent the wrong way? no, …": a question that ends a few words after the match.
  const shortQuestionTail = sentence.question && rest.length <= 3 && sentences[sentenceIndex + 1] !== undefined;
  if (rest.length > 0 && sentence.breakBefore[last + 1] === 'none' && !shortQuestionTail) return false;
  if (rest.length === 0 || shortQuestionTail) {
    const next = sentences[sentenceIndex + 1];
    if (!sentence.question || next === undefined) return false;
    rest = next.words;
  }
  if (rest.length === 0 || !TRAILING_NO.has(rest[0] as string)) return false;
  if (rest.slice(1).every((word) => TRAILING_FILLER.has(word))) return true;
  // "knee gave out? no, never has" / "hurts at rest? no, only when running": the question is answered no.
  const answer = sentences[sentenceIndex + 1];
  return sentence.question && answer !== undefined && rest === answer.words && answer.breakBefore[1] !== 'none' && rest.slice(1).some((word) => ANSWER_NO_FOLLOWERS.has(word));
}

/**
 * General or hypothetical talk: a cue earlier in the sentence (back to a "but") ("signs of a clot such as a
 * swollen calf", "in case I can't walk"), or a question that asks in general ("what if my knee
 * locks?", "when should I worry about calf swelling?"). "Is it bad that my knee is hot and
 * swollen?" is a report, not a hypothetical.
 */
export function isHypothetical(sentence: Sentence, hit: Hit): boolean {
  const { words, breakBefore } = sentence;
  const first = hit[0] as number;
  // Commas do not end a hypothetical ("hypothetically, if it dislocated…"); "but" does.
  let from = first;
  while (from > 0 && breakBefore[from] !== 'contrast') from -= 1;
  if (hasPhrase(words, from, first, HYPOTHETICAL_PHRASES)) return true;
  if (hasPhrase(words, Math.max(from, first - 5), first, FEAR_PHRASES)) return true;
  const last0 = hit[hit.length - 1] as number;
  for (let i = Math.max(from, first - 6); i < first; i += 1) {
    const word = words[i] as string;
    // "I worry my knee will give way": worry about a future.
    // Not when it then happened: "I worried it would give way and then it did".
    if (WORRY_WORDS.has(word) && words.slice(i + 1, last0 + 1).some((w) => FUTURE_WORDS.has(w)) && !hasPhrase(words, last0 + 1, words.length, IT_HAPPENED)) return true;
    // "if my knee ever swells", "the coach said if it swells …": a condition, not a report.
    if (word === 'if' && (words.slice(i + 1, last0 + 1).includes('ever') || words.slice(Math.max(0, i - 4), i).some((w) => REPORTED_ADVICE.has(w)))) return true;
  }
  if (!sentence.question) return false;
  // "Do I need to worry about tingling?" asks about the symptom in general.
  if (words[first - 1] === 'about') return true;
  // "Does knee locking mean I tore something?": what a symptom means, not whose it is.
  const last = hit[hit.length - 1] as number;
  if (words.slice(last + 1).some((w) => MEANING_WORDS.has(w)) && !words.slice(0, first).some((w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w))) {
    return true;
  }
  // "Is chest pain a warning sign?" asks in general; "my calf is swollen, is that a warning sign?" reports.
  // Not when someone's symptom is reported first: "his knee gave way, is it serious?", "the kneecap is
  // sideways after the fall, is that something to worry about?" ("pain at rest - when is that a concern?" is general).
  if (!words.some((w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w) || THIRD_PERSON_PEOPLE.has(w)) && !reportedBeforeQuestion(sentence, first) && asksAboutWarningSigns(sentence)) return true;
  if (SELF_REPORT_QUESTIONS.some((phrase) => phraseAt(words, 0, phrase))) return false;
  return hasPhrase(words, 0, first, QUESTION_HYPOTHETICAL_PHRASES);
}

/** Verbs that make a clause a statement about a body part ("the kneecap is sideways"), not a bare topic ("pain at rest"). */
const STATEMENT_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'its', 'has', 'have', 'had', 'looks', 'look', 'looked', 'feels', 'felt', 'went', 'gone', 'gave',
  'keeps', 'kept', 'got', 'gets', 'became', 'turned', 'started', 'swelled', 'locked', 'popped',
]);

/** The match sits in an earlier clause that states something, and the question comes after it. */
function reportedBeforeQuestion(sentence: Sentence, first: number): boolean {
  const { words, clause } = sentence;
  const hitClause = clause[first];
  if (hitClause === clause[words.length - 1]) return false;
  return words.some((w, i) => clause[i] === hitClause && STATEMENT_VERBS.has(w));
}

/**
 * Long past ("last year", "used to") in the same clause, unless something says it is back
 * ("still", "again"); or resolved ("fine now", "went away") later in the same sentence.
 */
/** "my dog's knee dislocated": the body part belongs to an animal (a word just before the match). */
export function isAboutAnimal(sentence: Sentence, hit: Hit): boolean {
  const first = hit[0] as number;
  const { words } = sentence;
  for (let i = Math.max(0, first - 3); i < first; i += 1) if (ANIMAL_WORDS.has(words[i] as string)) return true;
  // "my dog went lame, his leg is swollen": his/her/its after an animal was named.
  const owner = words.slice(Math.max(0, first - 2), first).some((w) => ANIMAL_PRONOUNS.has(w));
  if (owner && words.slice(0, first).some((w) => ANIMAL_WORDS.has(w))) return true;
  // "my dog hurt his leg and can't walk on it": an animal is the subject and no person is (only "my" dog).
  const animalAt = words.findIndex((w) => ANIMAL_WORDS.has(w));
  if (animalAt < 0 || animalAt > first) return false;
  return words.every((w, i) => !(FIRST_PERSON.has(w) || THIRD_PERSON_PEOPLE.has(w)) || (i === animalAt - 1 && w === 'my'));
}

export function isPastOrResolved(sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const [from] = clauseBounds(sentence, first);
  const [, lastTo] = clauseBounds(sentence, last);
  const clauseWords = words.slice(from, lastTo);
  if (clauseWords.some((word) => STILL_PRESENT.has(word))) return false;
  // "since last month", "ever since high school": ongoing, not long past.
  for (let i = from; i < lastTo; i += 1) {
    if (words[i - 1] !== 'since' && words[i - 1] !== 'from' && LONG_PAST_PHRASES.some((phrase) => phraseAt(words, i, phrase))) return true;
  }
  // "once in 2015": a year that is over ("in 2015", not "since 2015").
  for (let i = Math.max(from, 1); i < lastTo; i += 1) {
    const year = Number(words[i]);
    if (words[i - 1] === 'in' && /^(19|20)\d\d$/.test(words[i] as string) && year < new Date().getFullYear()) return true;
  }
  for (let i = from; i + 2 < lastTo; i += 1) {
    const when = words[i + 2] as string;
    if (words[i] === 'back' && words[i + 1] === 'in' && (BACK_IN_WHEN.has(when) || /^\d/.test(when))) return true;
  }
  // The resolution may also come later in the sentence ("it locked, I panicked, but it's fine now").
  if (hasPhrase(words, from, words.length, RESOLVED_PHRASES)) return true;
  if (!words.includes('gone') && !words.includes('now') && !sentence.breakBefore.includes('contrast')) return false;
  for (let i = from; i < words.length; i += 1) {
    // "the pain at night is gone since …": a pain word's clause says it is gone (not "the feeling is gone").
    if (words[i] === 'gone' && (words[i - 1] === 'is' || words[i - 1] === 'are' || words[i - 1] === 'has') && words[i + 1] !== 'up' && words[i + 1] !== 'into' && words[i + 1] !== 'down') {
      const [cFrom] = clauseBounds(sentence, i);
      if (words.slice(Math.max(cFrom, i - 6), i).some((w) => PAIN_WORDS.has(w))) return true;
    }
    // "felt unstable but never actually gave way": a later contrast clause denies that the event happened.
    const subject = ['it', 'its', 'he', 'she', 'they', 'the', 'knee'].includes(words[i] as string) ? 1 : 0;
    if (i > last && sentence.breakBefore[i] === 'contrast' && DENIAL_START.has(words[i + subject] as string)) {
      const j = i + subject;
      const next = ['actually', 'really', 'fully', 'properly', 'once'].includes(words[j + 1] as string) ? j + 2 : j + 1;
      if (DENIED_EVENTS.has(words[next] as string) || (words[next] === 'has' && DENIED_EVENTS.has(words[next + 1] as string))) return true;
    }
    // "… but now I'm running again": a later contrast clause says they are back to running.
    if (i > last && sentence.breakBefore[i] === 'contrast') {
      const [, cTo] = clauseBounds(sentence, i);
      const later = words.slice(i, cTo);
      const backTo = later.findIndex((w) => BACK_TO_SPORT.has(w));
      if (later.includes('now') && backTo >= 0 && !['a', 'an', 'fever', 'temperature', 'temp'].includes(later[backTo + 1] as string) && !later.some((w) => NEGATION_CUES.has(w) || PAIN_WORDS.has(w))) return true;
    }
  }
  return false;
}

/** A question about warning signs in general, not a report: "what are the red flags?", "how do I
 * know if it's serious?", "symptoms of a blood clot?". */
export function asksAboutWarningSigns(sentence: Sentence): boolean {
  const { words } = sentence;
  if (hasPhrase(words, 0, words.length, WARNING_SIGN_QUESTION_PHRASES)) return true;
  for (let i = 0; i < words.length; i += 1) {
    if (SIGNS_WORDS.has(words[i] as string) && words.slice(i + 1, i + 6).some((w) => SERIOUS_CONDITIONS.has(w))) return true;
  }
  if (!sentence.question) return false;
  if (hasPhrase(words, 0, words.length, WHAT_IF_PHRASES) && words.some((w) => SYMPTOM_WORDS.has(w))) return true;
  for (let i = 0; i < words.length; i += 1) {
    // "how do I know if it's serious?", "how do I know if it's a blood clot or just a tight calf?"
    if (HOW_TO_TELL_PHRASES.some((phrase) => phraseAt(words, i, phrase)) && words.slice(i + 2).some((w) => SERIOUS_WORDS.has(w) || SERIOUS_CONDITIONS.has(w))) return true;
  }
  // "should swelling after running worry me?"
  const should = words.indexOf('should');
  return should >= 0 && words.slice(should + 1).some((w) => WORRY_QUESTION_WORDS.has(w));
}
