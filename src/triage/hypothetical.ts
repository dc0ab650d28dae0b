// General or hypothetical talk, not a report: "what if my calf swells?", "signs of a clot such as a
// swollen calf", and questions about warning signs in general. Pure.
import {
  CARE_ACTION_WORDS,
  CARE_ASKED_WORDS,
  SENDS_TO_CARE_VERBS,
  STOP_SPORT_WORDS,
  STOPPED_SPORT_WORDS,
  SENT_PERSON_WORDS,
  CARE_PLACE_WORDS,
  HOW_BAD_PHRASES,
  HOW_BAD_REACH,
  HAVE_WORDS,
  CARE_NEEDED_WORDS,
  CARE_REACH,
  ASKS_FOR_SIGNS,
  CAUSE_QUESTION_OPENINGS,
  CAUSE_WORDS,
  CONTRAST_WORDS,
  DEFINITION_OPENINGS,
  DEFINITION_OPENINGS_MEAN_LAST,
  EXPECTED_WORDS,
  FEAR_PHRASES,
  FIRST_PERSON,
  FUTURE_WORDS,
  GENERAL_QUESTION_START,
  HOW_TO_TELL_PHRASES,
  HYPOTHETICAL_PHRASES,
  IT_HAPPENED,
  MEANING_QUESTION_OPENINGS,
  MEANING_WORDS,
  NEGATION_CUES,
  PRESENT_INJURY_WORDS,
  PRESENT_STATE_WORDS,
  QUESTION_HYPOTHETICAL_PHRASES,
  RELATION_WORDS,
  REPORTED_ADVICE,
  SELF_REPORT_QUESTIONS,
  SERIOUS_CONDITIONS,
  SERIOUS_WORDS,
  SIGN_MEANING_OPENINGS,
  SIGNS_WORDS,
  STATEMENT_VERBS,
  SYMPTOM_WORDS,
  THIRD_PERSON,
  THIRD_PERSON_PEOPLE,
  URGENT_VISIT_PHRASES,
  WARNING_SIGN_QUESTION_PHRASES,
  WHAT_IF_PHRASES,
  WHEN_URGENT_OPENINGS,
  WORRY_QUESTION_WORDS,
  WORRY_WORDS,
} from './cues';
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { clauseBounds, hasPhrase, phraseAt } from './phrases';

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
    if (
      WORRY_WORDS.has(word) &&
      words.slice(i + 1, last0 + 1).some((w) => FUTURE_WORDS.has(w)) &&
      !hasPhrase(words, last0 + 1, words.length, IT_HAPPENED)
    )
      return true;
    // "if my knee ever swells", "the coach said if it swells …": a condition, not a report.
    if (
      word === 'if' &&
      (words.slice(i + 1, last0 + 1).includes('ever') ||
        words.slice(Math.max(0, i - 4), i).some((w) => REPORTED_ADVICE.has(w)))
    )
      return true;
  }
  if (!sentence.question) return false;
  // "Do I need to worry about tingling?" asks about the symptom in general.
  if (words[first - 1] === 'about') return true;
  // "Does knee locking mean I tore something?": what a symptom means, not whose it is.
  const last = hit[hit.length - 1] as number;
  if (
    words.slice(last + 1).some((w) => MEANING_WORDS.has(w)) &&
    !words.slice(0, first).some((w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w))
  ) {
    return true;
  }
  // "Is pain on hopping a sign of something?": a question opening, a signs word after the match, nobody's.
  if (
    GENERAL_QUESTION_START.has(words[0] as string) &&
    words.slice(last + 1).some((w) => SIGNS_WORDS.has(w)) &&
    !words.some((w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w) || THIRD_PERSON_PEOPLE.has(w))
  )
    return true;
  // "Are night sweats ever related to knee problems?": whether two things are linked, nobody's, not tied to
  // an injury or to now ("is the swelling related to the fall?" asks about a swelling that is there).
  if (
    GENERAL_QUESTION_START.has(words[0] as string) &&
    words.some((w) => RELATION_WORDS.has(w)) &&
    !words.some(
      (w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w) || THIRD_PERSON_PEOPLE.has(w) || PRESENT_INJURY_WORDS.has(w),
    ) &&
    !words.slice(0, first).some((w) => w === 'the' || w === 'these' || w === 'that')
  )
    return true;
  // "Is chest pain a warning sign?" asks in general; "my calf is swollen, is that a warning sign?" reports.
  // Not when someone's symptom is reported first: "his knee gave way, is it serious?", "the kneecap is
  // sideways after the fall, is that something to worry about?" ("pain at rest - when is that a concern?" is general).
  if (
    !words.some((w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w) || THIRD_PERSON_PEOPLE.has(w)) &&
    !reportedBeforeQuestion(sentence, first) &&
    asksAboutWarningSigns(sentence)
  )
    return true;
  if (conditionalEvent(words, first)) return true;
  if (SELF_REPORT_QUESTIONS.some((phrase) => phraseAt(words, 0, phrase))) return false;
  // "what's the point of rehab if I don't even want to be here?": an if-clause that states something
  // present, with a negation, just before the match is a report, not a condition.
  if (ifStatesPresent(words, first) && !hasPhrase(words, 0, first, NOT_BARE_IF)) return false;
  return hasPhrase(words, 0, first, QUESTION_HYPOTHETICAL_PHRASES);
}

const NOT_BARE_IF = QUESTION_HYPOTHETICAL_PHRASES.filter((p) => !(p.length === 1 && p[0] === 'if'));

/** "if I don't even …", "if I still can't …" just before the match: the if-clause states a present fact. */
function ifStatesPresent(words: readonly string[], first: number): boolean {
  const at = words.slice(Math.max(0, first - 4), first).lastIndexOf('if');
  if (at < 0) return false;
  const start = Math.max(0, first - 4) + at + 1;
  const clause = words.slice(start);
  return clause.some((w) => NEGATION_CUES.has(w)) && clause.some((w) => STATED_FACT_WORDS.has(w));
}

/** In an if-clause these state a fact ("if I don't even want to be here"), not a condition. */
const STATED_FACT_WORDS: ReadonlySet<string> = new Set(['even', 'already', 'still']);

/**
 * "Should I go to the ER if my calf swells after a flight?": in a question, an "if" just before the match
 * introduces an event that may happen. Not when the if-clause states something present ("if my knee
 * is hot", "if I can't put weight on it", "if it keeps locking"): that is usually a report.
 */
function conditionalEvent(words: readonly string[], first: number): boolean {
  const at = words.slice(Math.max(0, first - 4), first).lastIndexOf('if');
  if (at < 0) return false;
  // To the end of the sentence: a requiresAll match may be just "knee" before "is hot".
  const clause = words.slice(Math.max(0, first - 4) + at + 1);
  return !clause.some((w) => PRESENT_STATE_WORDS.has(w) || NEGATION_CUES.has(w));
}

/**
 * "What does it mean when my knee gives way?", "why do knees lock?": a question about what a symptom
 * means or what causes it, not tied to an injury or to now. It gets the informational answer.
 */
export function isMeaningQuestion(sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  // A definition question is one however it is punctuated ("what do you mean by giving way").
  if (asksWhatAWordMeans(sentence, hit)) return true;
  if (!sentence.question) return false;
  const first = hit[0] as number;
  // "Does sciatica cause tingling in the leg?": the symptom comes after the cause word.
  const cause = CAUSE_QUESTION_OPENINGS.has(words[0] as string)
    ? words.slice(1, Math.min(first, 6)).findIndex((w) => CAUSE_WORDS.has(w))
    : -1;
  // The opening may follow a lead-in of its own clause: "General question: what does it mean when …".
  const opening = first < words.length ? clauseBounds(sentence, first)[0] : 0;
  const opensAt = [0, opening].find((at) => MEANING_QUESTION_OPENINGS.some((phrase) => phraseAt(words, at, phrase)));
  if (cause < 0 && opensAt === undefined) return false;
  return first > (opensAt ?? 0) + 1 && !words.some((w) => PRESENT_INJURY_WORDS.has(w));
}

/**
 * "What does giving way mean?", "what do you mean by locking": the word asked about, told by nobody (no I,
 * my, he, she). Also read by the Spanish triage, which knows borrowed English symptom words.
 */
export function asksWhatAWordMeans(sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  if (words.some((w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w) || PRESENT_INJURY_WORDS.has(w))) return false;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const after = DEFINITION_OPENINGS.find((phrase) => phraseAt(words, 0, phrase));
  if (after !== undefined) return first >= after.length;
  const before = DEFINITION_OPENINGS_MEAN_LAST.find((phrase) => phraseAt(words, 0, phrase));
  if (before === undefined) return false;
  // The closing "mean" after the word: "what does giving way mean (exactly)?".
  const mean = words.findIndex((w, i) => i > last && (w === 'mean' || w === 'means'));
  return first >= before.length && mean >= 0 && mean >= words.length - 3;
}

/**
 * A sentence that talks in general or hypothetically, whatever it names: "what does it mean when …?",
 * "what if …", "in case …", a question about warning signs. The second line asks nothing about these.
 */
export function asksInGeneral(sentence: Sentence): boolean {
  const { words } = sentence;
  if (isMeaningQuestion(sentence, [words.length])) return true;
  return hasPhrase(words, 0, words.length, HYPOTHETICAL_PHRASES) || asksAboutWarningSigns(sentence);
}

/** The match sits in an earlier clause that states something, and the question comes after it. */
function reportedBeforeQuestion(sentence: Sentence, first: number): boolean {
  const { words, clause } = sentence;
  const hitClause = clause[first];
  if (hitClause === clause[words.length - 1]) return false;
  return words.some((w, i) => clause[i] === hitClause && STATEMENT_VERBS.has(w));
}

/** A question about warning signs in general, not a report: "what are the red flags?", "how do I
 * know if it's serious?", "symptoms of a blood clot?". */
export function asksAboutWarningSigns(sentence: Sentence): boolean {
  const { words } = sentence;
  if (hasPhrase(words, 0, words.length, WARNING_SIGN_QUESTION_PHRASES)) return true;
  if (asksWhatNeedsCare(sentence)) return true;
  // "what knee injury signs should the kids know", "a list of knee symptoms that mean …"
  for (let i = 0; i < words.length; i += 1) {
    const reach = ASKS_FOR_SIGNS.get(words[i] as string);
    if (reach !== undefined && words.slice(i + 1, i + 1 + reach).some((w) => SIGNS_WORDS.has(w))) return true;
  }
  // A question about nobody's own body may name the condition further on: "is there a list of signs that
  // shin pain from running is a stress fracture".
  const reach = sentence.question && !words.some((w) => FIRST_PERSON.has(w)) ? 12 : 5;
  for (let i = 0; i < words.length; i += 1) {
    if (SIGNS_WORDS.has(words[i] as string) && words.slice(i + 1, i + 1 + reach).some((w) => SERIOUS_CONDITIONS.has(w)))
      return true;
  }
  if (tellsExpectedFromDanger(words)) return true;
  if (!sentence.question) return false;
  // "when does a swollen knee need to be seen same day?"
  if (
    WHEN_URGENT_OPENINGS.some((phrase) => phraseAt(words, 0, phrase)) &&
    hasPhrase(words, 0, words.length, URGENT_VISIT_PHRASES)
  )
    return true;
  if (hasPhrase(words, 0, words.length, WHAT_IF_PHRASES) && words.some((w) => SYMPTOM_WORDS.has(w))) return true;
  // "What does it mean when a knee gives way?": a sign's meaning, asked about nobody and not tied to now.
  if (
    hasPhrase(words, 0, words.length, SIGN_MEANING_OPENINGS) &&
    words.some((w) => SYMPTOM_WORDS.has(w)) &&
    !words.some(
      (w) => FIRST_PERSON.has(w) || THIRD_PERSON.has(w) || THIRD_PERSON_PEOPLE.has(w) || PRESENT_INJURY_WORDS.has(w),
    )
  )
    return true;
  for (let i = 0; i < words.length; i += 1) {
    // "how do I know if it's serious?", "how do I know if it's a blood clot or just a tight calf?"
    if (
      HOW_TO_TELL_PHRASES.some((phrase) => phraseAt(words, i, phrase)) &&
      words.slice(i + 2).some((w) => SERIOUS_WORDS.has(w) || SERIOUS_CONDITIONS.has(w))
    )
      return true;
  }
  // "should swelling after running worry me?"
  const should = words.indexOf('should');
  return should >= 0 && words.slice(should + 1).some((w) => WORRY_QUESTION_WORDS.has(w));
}

/** "the difference between normal swelling after surgery and something dangerous": the expected told from a danger. */
function tellsExpectedFromDanger(words: readonly string[]): boolean {
  const contrast = words.findIndex((w) => CONTRAST_WORDS.has(w));
  if (contrast < 0) return false;
  const expected = words.findIndex((w, i) => i > contrast && EXPECTED_WORDS.has(w));
  return expected > 0 && words.slice(expected + 1).some((w) => SERIOUS_WORDS.has(w) || SERIOUS_CONDITIONS.has(w));
}

/** "… means stop running right away", "… means I should pull out": stopping at once, not a "when I stop" story. */
function stopsTheSport(words: readonly string[], mean: number): boolean {
  const after = words.slice(mean + 1, mean + 1 + CARE_REACH + 1);
  const stop = after.findIndex((w) => STOP_SPORT_WORDS.has(w));
  return (
    stop >= 0 &&
    !after.slice(0, stop).some((w) => w === 'when' || w === 'if' || w === 'whenever') &&
    words.slice(mean + 2 + stop, mean + 2 + stop + 4).some((w) => STOPPED_SPORT_WORDS.has(w))
  );
}

/**
 * "Can you send me the list of things that mean I should call right away", "After a fall, how do I know if I
 * need an x-ray?": which signs would need a call, a visit or a scan (only read when no red flag is reported).
 */
function asksWhatNeedsCare(sentence: Sentence): boolean {
  const { words } = sentence;
  const within = (i: number, set: ReadonlySet<string>): boolean =>
    words.slice(i + 1, i + 1 + CARE_REACH + 1).some((w) => set.has(w));
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    if (
      // "things that mean I should call", "what should make me call my surgeon", "what should send me to the ER"
      (word === 'mean' || word === 'means' || ((word === 'make' || word === 'makes') && words[i + 1] === 'me')) &&
      words.slice(0, i).some((w) => CARE_ASKED_WORDS.has(w)) &&
      (within(i, CARE_ACTION_WORDS) || stopsTheSport(words, i))
    )
      return true;
    // "what kinda knee stuff should send me to the ER", "what would land you in the hospital"
    if (
      SENDS_TO_CARE_VERBS.has(word) &&
      SENT_PERSON_WORDS.has(words[i + 1] as string) &&
      words.slice(0, i).some((w) => CARE_ASKED_WORDS.has(w)) &&
      within(i, CARE_PLACE_WORDS)
    )
      return true;
    if (
      sentence.question &&
      HOW_TO_TELL_PHRASES.some((phrase) => phraseAt(words, i, phrase)) &&
      words.slice(i + 2).some((w, k) => (w === 'need' || w === 'needs') && within(i + 2 + k, CARE_NEEDED_WORDS))
    )
      return true;
    // "how bad does a knee have to get before it's an ER thing": the threshold for care, asked of no one's knee.
    if (
      HOW_BAD_PHRASES.some((phrase) => phraseAt(words, i, phrase)) &&
      words
        .slice(i + 2, i + 2 + HOW_BAD_REACH)
        .some((w, k, after) => w === 'to' && HAVE_WORDS.has(after[k - 1] as string)) &&
      words.slice(i + 2).some((w) => CARE_PLACE_WORDS.has(w)) &&
      !words.some((w) => w === 'my' || w === 'mine')
    )
      return true;
  }
  return false;
}
