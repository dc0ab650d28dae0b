// What a knee operation explains in its first weeks: "3 weeks out from my TKR, the knee is still puffy and a
// little warm, no fever", "how long does the nerve block numbness last? surgery was this morning", bruising that
// has tracked down to the ankle, "can't put weight on it yet, surgeon said toe touch only". Expected, so no
// alarm, while a fever, redness, drainage, a sore or swollen calf, breathlessness or a cold, pale foot anywhere
// in the message still alarm (words/postOp.ts names the sources). Pure; English words.
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { phraseAt } from './phrases';
import { NEGATION_CUES } from './cues';
import { INJURY_WORDS } from './words/secondLine';
import {
  ANAESTHETIC_WORDS,
  APPEARANCE_DANGER_WORDS,
  BRUISE_COLOURS,
  BRUISE_WORDS,
  CALF_SIGN_REACH,
  CALF_SIGN_WORDS,
  COUNT_WORDS,
  DANGER_WORDS,
  DAY_WORDS,
  DENIED_AFTER,
  FOOT_WORDS,
  LOOKS_WORDS,
  HOT_WORDS,
  LONG_AGO_WORDS,
  MASSAGE_WORDS,
  MAX_DAYS,
  MAX_WEEKS,
  MIN_LONG_MONTHS,
  MONTH_WORDS,
  NOT_KNEE_PARTS,
  NUMB_PREFIXES,
  NUMB_WORDS,
  OPERATION_PHRASES,
  OPERATION_WORDS,
  PINK_FOOT_REACH,
  PINK_WORDS,
  PLAN_PHRASES,
  PLAN_WORDS,
  RECENT_PHRASES,
  RECENT_WORDS,
  STIFF_WORDS,
  SWELLING_PREFIXES,
  SWELLING_WORDS,
  VERY_RECENT_PHRASES,
  VERY_RECENT_WORDS,
  WALKING_AID_WORDS,
  WEEK_WORDS,
  WORN_OFF_WORDS,
  WOUND_WORDS,
} from './words/postOp';

const hasPhrase = (words: readonly string[], phrases: ReadonlyArray<readonly string[]>): boolean =>
  words.some((_, i) => phrases.some((p) => phraseAt(words, i, p)));

const countOf = (word: string | undefined): number | undefined =>
  word === undefined ? undefined : /^\d{1,3}$/.test(word) ? Number(word) : COUNT_WORDS[word];

/** The count before a unit word ("3 weeks", "a couple of weeks", "few days"). */
function countBefore(words: readonly string[], i: number): number | undefined {
  const before = words[i - 1] === 'of' ? i - 2 : i - 1;
  return countOf(words[before]);
}

/** "day 5", "10 days post op", "3 weeks out", "post op": the operation was within the first weeks. */
function recentOperation(words: readonly string[]): boolean {
  // A nerve block or a spinal is given for an operation: "had my ACL done yesterday, how long does the block last".
  const named =
    words.some((w) => OPERATION_WORDS.has(w) || ANAESTHETIC_WORDS.has(w)) || hasPhrase(words, OPERATION_PHRASES);
  if (!named) return false;
  let recent = words.some((w) => RECENT_WORDS.has(w)) || hasPhrase(words, RECENT_PHRASES);
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    // "2 years since my scope", "6 months out": long after, whatever else is said.
    if (LONG_AGO_WORDS.has(word)) return false;
    // "expected for months" with no count says how long it lasts, not how long ago the operation was (r24 post)
    const lasting = words[i - 1] === 'for' && countBefore(words, i) === undefined;
    if (MONTH_WORDS.has(word) && !lasting && (countBefore(words, i) ?? MIN_LONG_MONTHS) >= MIN_LONG_MONTHS)
      return false;
    const count = countBefore(words, i);
    if (DAY_WORDS.has(word) && count !== undefined && count <= MAX_DAYS) recent = true;
    if (WEEK_WORDS.has(word) && count !== undefined && count <= MAX_WEEKS) recent = true;
    if (word === 'day' && /^\d{1,2}$/.test(words[i + 1] ?? '') && Number(words[i + 1]) <= MAX_DAYS) recent = true;
  }
  return recent;
}

/** "no fever", "calf not sore", "without redness": the word is denied near it. */
function denied(words: readonly string[], i: number): boolean {
  if (words.slice(Math.max(0, i - 3), i).some((w) => NEGATION_CUES.has(w))) return true;
  const after = words.slice(i + 1, i + 3).filter((w) => w !== 'is' && w !== 'are' && w !== 'feels' && w !== 'looks');
  return after.some((w) => DENIED_AFTER.has(w));
}

/** A warning sign said and not denied, in any sentence. */
function dangerSaid(sentences: readonly Sentence[], allowed: ReadonlySet<string> = new Set()): boolean {
  return sentences.some(({ words }) =>
    words.some(
      (w, i) =>
        (DANGER_WORDS.has(w) || INJURY_WORDS.has(w)) &&
        !allowed.has(w) &&
        !denied(words, i) &&
        !pinkFoot(words, i) &&
        !massagedCalf(words, i) &&
        !(
          APPEARANCE_DANGER_WORDS.has(w) &&
          LOOKS_WORDS.has(words[i - 1] as string) &&
          !words.some((x) => WOUND_WORDS.has(x))
        ),
    ),
  );
}

/** A calf named only as where a massage may go: see MASSAGE_WORDS. */
function massagedCalf(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  const near = words.slice(Math.max(0, i - CALF_SIGN_REACH), i + CALF_SIGN_REACH + 1);
  return (
    (w === 'calf' || w === 'calves') &&
    words.some((x) => MASSAGE_WORDS.has(x)) &&
    !near.some((x) => CALF_SIGN_WORDS.has(x))
  );
}

/** "his toes are pink and warm": a foot with blood getting through, not redness (no wound named beside it). */
function pinkFoot(words: readonly string[], i: number): boolean {
  if (!PINK_WORDS.has(words[i] as string) || words.some((w) => WOUND_WORDS.has(w))) return false;
  return words.slice(Math.max(0, i - PINK_FOOT_REACH), i + PINK_FOOT_REACH + 1).some((w) => FOOT_WORDS.has(w));
}

/** A fever named and denied ("no fever", "temp is normal"): then "hot" is the warmth of a healing knee. */
function feverDenied(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ words }) =>
    words.some((w, i) => (w === 'fever' || w === 'temp' || w === 'temperature') && denied(words, i)),
  );
}

const isSwelling = (w: string): boolean => SWELLING_WORDS.has(w) || SWELLING_PREFIXES.some((p) => w.startsWith(p));
const isNumb = (w: string): boolean => NUMB_WORDS.has(w) || NUMB_PREFIXES.some((p) => w.startsWith(p));

/** True when the match is something the recent knee operation named in the message explains. */
export function isExpectedAfterSurgery(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const matched = hit.map((i) => (sentences[s] as Sentence).words[i] as string);
  const all = sentences.flatMap((x) => x.words);
  if (!recentOperation(all)) return false;
  // Numbness from the block or spinal on the day of the operation or the day after (not once it wore off).
  if (matched.some(isNumb)) {
    return (
      all.some((w) => ANAESTHETIC_WORDS.has(w)) &&
      (all.some((w) => VERY_RECENT_WORDS.has(w)) || hasPhrase(all, VERY_RECENT_PHRASES)) &&
      !all.some((w) => WORN_OFF_WORDS.has(w)) &&
      matched.every((w) => !DANGER_WORDS.has(w)) &&
      !dangerSaid(sentences, NOT_KNEE_PARTS)
    );
  }
  // Bruise colours, with a bruise named: the bruising tracks down the leg to the ankle.
  if (matched.some((w) => BRUISE_COLOURS.has(w))) {
    return all.some((w) => BRUISE_WORDS.has(w)) && matched.every((w) => !DANGER_WORDS.has(w)) && !dangerSaid(sentences);
  }
  if (matched.some((w) => NOT_KNEE_PARTS.has(w) || DANGER_WORDS.has(w))) return false;
  if (dangerSaid(sentences)) return false;
  // Swelling and warmth of the knee itself ("hot" only once a fever is ruled out).
  if (matched.some((w) => isSwelling(w) || (HOT_WORDS.has(w) && feverDenied(sentences)))) {
    return matched.every((w) => !HOT_WORDS.has(w) || feverDenied(sentences));
  }
  if (matched.some((w) => WALKING_AID_WORDS.has(w))) return true;
  // Stiffness or a weight limit the surgeon's or physio's plan sets.
  if (matched.some((w) => STIFF_WORDS.has(w)))
    return all.some((w) => PLAN_WORDS.has(w)) || hasPhrase(all, PLAN_PHRASES);
  return false;
}
