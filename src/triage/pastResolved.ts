// Long past or resolved ("it swelled up last year but it's fine now") is not a present red flag.
// Pure: the current year comes from the caller (the triage's injected clock).
import {
  ABSENT_THEN,
  BACK_IN_WHEN,
  DATE_HEDGES,
  CHILDHOOD_AFTER_WAS,
  BACK_TO_SPORT,
  DENIAL_ADVERBS,
  DENIAL_START,
  DENIAL_SUBJECTS,
  DENIED_EVENTS,
  LONG_PAST_PHRASES,
  NEGATION_CUES,
  NOT_SPORT_AFTER,
  PAIN_WORDS,
  PAST_FORMS,
  RECENT_PERIODS,
  RECENT_WORDS,
  RESOLVED_PHRASES,
  RECURRING_WORDS,
  MOMENT_EVENT_WORDS,
  SPAN_TO_NOW,
  STILL_PRESENT,
} from './cues';
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { clauseBounds, phraseAt } from './phrases';

/**
 * Long past ("last year", "used to") in the same clause, unless something says it is back
 * ("still", "again"); or resolved ("fine now", "went away") later in the same sentence.
 */
export function isPastOrResolved(sentence: Sentence, hit: Hit, currentYear: number, transient = false): boolean {
  const { words } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const [from, lastTo] = statementBounds(
    words,
    clauseBounds(sentence, first)[0],
    clauseBounds(sentence, last)[1],
    first,
    last,
  );
  const clauseWords = words.slice(from, lastTo);
  // "again" says it is back, "never again" that it is not.
  if (clauseWords.some((word, i) => STILL_PRESENT.has(word) && !(word === 'again' && clauseWords[i - 1] === 'never')))
    return false;
  // "since last month", "ever since high school", "has grown over the last month": ongoing, not long past.
  for (let i = from; i < lastTo; i += 1) {
    const before = words[i - 1] === 'the' ? words[i - 2] : words[i - 1];
    // "bigger than last month": a comparison with then, so it is about now.
    const compared = words.slice(Math.max(from, i - 3), i).includes('than');
    // "had lymphoma 3 years ago and now new bone pain": the past is background to something now.
    // "… 2 years ago and this week it's swollen": a recent time after it does the same.
    const nowAfter = words
      .slice(i, last + 1)
      .some(
        (w, k, after) =>
          w === 'now' ||
          w === 'new' ||
          RECENT_WORDS.has(w) ||
          ((w === 'this' || (w === 'last' && after[k + 1] === 'night')) && RECENT_PERIODS.has(after[k + 1] as string)),
      );
    // "a lump that wasn't there 2 months ago": the time dates when it was not there yet, so it is new now.
    const absentThen = words.slice(Math.max(from, i - 4), i).some((w) => ABSENT_THEN.has(w));
    // "since the fall at the trampoline park last month": the span still runs.
    const spanning = words.slice(Math.max(from, i - 8), i).some((w) => w === 'since');
    // "after twisting it at soccer last month the knee gives way whenever I turn": the time dates the event
    // after which it began, and what follows is said in the present.
    const sinceEvent =
      first > i &&
      words.slice(Math.max(from, i - 8), i).includes('after') &&
      !words.slice(i, last + 1).some(saidInThePast);
    if (
      !compared &&
      !absentThen &&
      !nowAfter &&
      !spanning &&
      !sinceEvent &&
      !SPAN_TO_NOW.has(before as string) &&
      LONG_PAST_PHRASES.some((phrase) => phraseAt(words, i, phrase))
    )
      return true;
  }
  // "when she was 3", "when my son was little": a childhood that is over (a subject of one or two words).
  for (let i = from; i + 3 < lastTo + 2 && i + 3 < words.length; i += 1) {
    if (words[i] !== 'when') continue;
    for (const was of [i + 2, i + 3]) {
      if (words[was] !== 'was' && words[was] !== 'were') continue;
      const age = words[was + 1] === 'a' ? words[was + 2] : words[was + 1];
      if (age !== undefined && (/^\d{1,2}$/.test(age) || CHILDHOOD_AFTER_WAS.has(age))) return true;
    }
  }
  // "once in 2015": a year that is over ("in 2015", not "since 2015"); a hedge may stand between ("in like 2005").
  for (let i = Math.max(from, 1); i < lastTo; i += 1) {
    if (words[i - 1] !== 'in') continue;
    const at = afterHedge(words, i);
    if (/^(19|20)\d\d$/.test(words[at] ?? '') && Number(words[at]) < currentYear) return true;
  }
  for (let i = from; i + 2 < lastTo; i += 1) {
    const when = words[afterHedge(words, i + 2)] ?? '';
    if (words[i] === 'back' && words[i + 1] === 'in' && (BACK_IN_WHEN.has(when) || /^\d/.test(when))) return true;
  }
  // "So last summer my husband had a real scare: his knee swelled …": a sentence that opens in a time
  // that is over is told from then, unless something in it says now.
  if (opensInLongPast(words) && !words.some((w) => STILL_PRESENT.has(w) || w === 'now')) return true;
  // "limped for weeks and it turned out to be a hip thing": a story whose outcome is known is over.
  if (
    words.some(
      (w, i) =>
        i > last && w === 'turned' && words[i + 1] === 'out' && (words[i + 2] === 'to' || words[i + 2] === 'that'),
    ) &&
    !words.slice(last).some((w) => STILL_PRESENT.has(w) || w === 'now')
  )
    return true;
  // A flag that is about something passing by itself ("locks for a second, then it's fine", a kneecap
  // that went back in) is not cancelled by that passing; only a long past or a denial does.
  if (transient) return deniedLater(sentence, last);
  // The resolution may also come later in the sentence ("it locked, I panicked, but it's fine now").
  if (resolvedLater(words, from)) return true;
  if (!words.includes('gone') && !words.includes('now') && !sentence.breakBefore.includes('contrast')) return false;
  for (let i = from; i < words.length; i += 1) {
    // "the pain at night is gone since …": a pain word's clause says it is gone (not "the feeling is gone").
    if (
      words[i] === 'gone' &&
      (words[i - 1] === 'is' || words[i - 1] === 'are' || words[i - 1] === 'has') &&
      words[i + 1] !== 'up' &&
      words[i + 1] !== 'into' &&
      words[i + 1] !== 'down'
    ) {
      const [cFrom] = clauseBounds(sentence, i);
      if (words.slice(Math.max(cFrom, i - 6), i).some((w) => PAIN_WORDS.has(w))) return true;
    }
    // "felt unstable but never actually gave way": a later contrast clause denies that the event happened.
    const subject = DENIAL_SUBJECTS.has(words[i] as string) ? 1 : 0;
    if (i > last && sentence.breakBefore[i] === 'contrast' && DENIAL_START.has(words[i + subject] as string)) {
      const j = i + subject;
      const next = DENIAL_ADVERBS.has(words[j + 1] as string) ? j + 2 : j + 1;
      if (
        DENIED_EVENTS.has(words[next] as string) ||
        (words[next] === 'has' && DENIED_EVENTS.has(words[next + 1] as string)) ||
        deniedBareClause(sentence, j, next)
      )
        return true;
    }
    // "… but now I'm running again": a later contrast clause says they are back to running.
    if (i > last && sentence.breakBefore[i] === 'contrast') {
      const [, cTo] = clauseBounds(sentence, i);
      const later = words.slice(i, cTo);
      const backTo = later.findIndex((w) => BACK_TO_SPORT.has(w));
      if (
        later.includes('now') &&
        backTo >= 0 &&
        !NOT_SPORT_AFTER.has(later[backTo + 1] as string) &&
        !later.some((w) => NEGATION_CUES.has(w) || PAIN_WORDS.has(w))
      )
        return true;
    }
  }
  return false;
}

/** "gave", "swelled", "was": a past form (regular ones by their "-ed", not "red", "bed" or "need"). */
function saidInThePast(word: string): boolean {
  return PAST_FORMS.has(word) || (word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed'));
}

/** The sentence starts with a time that is over ("so last summer …", "years ago …", "back in high school"). */
function opensInLongPast(words: readonly string[]): boolean {
  let i = 0;
  while (i < 2 && OPENERS.has(words[i] as string)) i += 1;
  if (words[i] === 'back' && words[i + 1] === 'in') {
    // "Back in high school I tore my ACL, heard a pop, knee swelled up …": the whole sentence is told from then.
    const when = words[i + 2] as string;
    if ((BACK_IN_WHEN.has(when) && when !== 'the' && when !== 'my') || /^(19|20)\d\d$/.test(when)) return true;
    i += 1;
  }
  return LONG_PAST_PHRASES.some((phrase) => phraseAt(words, i, phrase) && phrase.length > 1);
}
const OPENERS: ReadonlySet<string> = new Set(['so', 'well', 'ok', 'okay', 'and', 'but', 'like', 'anyway', 'um', 'uh']);

/**
 * The statement of the clause that holds the hit: "my wife passed last year and I keep thinking about …"
 * is two statements, and the time of the first is not the time of the second when the second is said
 * in the present ("keep", "am", "can't"). A past second statement ("… and I couldn't walk") keeps the clause.
 */
function statementBounds(
  words: readonly string[],
  from: number,
  to: number,
  first: number,
  last: number,
): [number, number] {
  let start = from;
  let end = to;
  for (let i = from + 1; i < to; i += 1) {
    if (words[i - 1] !== 'and' || !STATEMENT_SUBJECTS.has(words[i] as string)) continue;
    if (i <= first) start = i;
    else if (i > last && end === to) end = i - 1;
  }
  if (start === from && end === to) return [from, to];
  return words.slice(start, end).some((w) => PRESENT_MARKERS.has(w)) ? [start, end] : [from, to];
}
const STATEMENT_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'im',
  'ive',
  'my',
  'he',
  'she',
  'hes',
  'shes',
  'we',
  'it',
  'its',
]);
const PRESENT_MARKERS: ReadonlySet<string> = new Set([
  'keep',
  'keeps',
  'am',
  'im',
  'is',
  'are',
  'cant',
  'dont',
  'doesnt',
  'wont',
  'isnt',
  'feel',
  'feels',
  'have',
  'has',
  'ive',
  'getting',
  'gets',
  'thinking',
  'want',
  'wants',
]);

/** "felt unstable but never actually gave way": a later contrast clause denies that the event happened. */
function deniedLater(sentence: Sentence, last: number): boolean {
  const { words } = sentence;
  for (let i = last + 1; i < words.length; i += 1) {
    if (sentence.breakBefore[i] !== 'contrast') continue;
    const j = i + (DENIAL_SUBJECTS.has(words[i] as string) ? 1 : 0);
    if (!DENIAL_START.has(words[j] as string)) continue;
    const next = DENIAL_ADVERBS.has(words[j + 1] as string) ? j + 2 : j + 1;
    if (
      DENIED_EVENTS.has(words[next] as string) ||
      (words[next] === 'has' && DENIED_EVENTS.has(words[next + 1] as string))
    )
      return true;
  }
  return false;
}

/**
 * "…going to give way but it didn't", "might buckle, but it never has": a contrast clause that is just a
 * subject and a denial (with at most an auxiliary: has, did, does) denies the event before it.
 */
function deniedBareClause(sentence: Sentence, denial: number, next: number): boolean {
  const [, to] = clauseBounds(sentence, denial);
  const rest = sentence.words.slice(next, to).filter((w) => w !== 'yet' && w !== 'really' && w !== 'actually');
  return rest.length === 0 || (rest.length === 1 && BARE_AUXILIARIES.has(rest[0] as string));
}
const BARE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'did', 'does', 'have', 'happened']);

/** A resolution phrase from `from` on that is not itself denied: "hasn't unlocked", "never went away". */
function resolvedLater(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length; i += 1) {
    if (!RESOLVED_PHRASES.some((phrase) => phraseAt(words, i, phrase))) continue;
    // "the leg just quits for a second": how long the give-way lasted, not that it is over.
    if (
      words[i] === 'for' &&
      words[i + 1] === 'a' &&
      words.slice(Math.max(0, i - 3), i).some((w) => MOMENT_EVENT_WORDS.has(w))
    )
      continue;
    // "limps at night, it's woken him a couple times, but he's fine by breakfast": one episode ends, the sign recurs.
    if (words[i + 1] === 'by' && words.slice(0, i).some((w) => RECURRING_WORDS.has(w))) continue;
    const before = words[i - 1] as string;
    if (!NEGATION_CUES.has(before) && before !== 'never' && before !== 'not') return true;
  }
  return false;
}

/** The position after any hedge words starting at `i`. */
function afterHedge(words: readonly string[], i: number): number {
  let at = i;
  while (at < words.length && DATE_HEDGES.has(words[at] as string)) at += 1;
  return at;
}
