// Ages written as numbers ("82 years old", "in her 70s", "im 14"): the second line's age cues
// (suspect.ts) and the classifier's age features (cueFeatures.ts) read them the same way. Pure.
import { AGE_BEFORE, AGE_UNITS, CHILD_WORDS, NOT_AGE_AFTER, OLDER_WORDS, RELATIVE_WORDS } from './cues';
import {
  AID_OWNER_WORDS,
  DAILY_AID_WORDS,
  IS_AGE_NEXT,
  NOT_AGE_SUBJECTS,
  OWNED_AID_WORDS,
  PARENT_WORDS,
} from './words/secondLine';

/** Ages from this up make a fall worth an X-ray question (Ottawa knee rule: 55+). */
export const OLDER_AGE = 55;
export const CHILD_AGE = 18;

/** Before a number of years, these make it a span of time: "in 10 yrs", "for 3 years", "after 2 years". */
const DURATION_BEFORE: ReadonlySet<string> = new Set(['in', 'for', 'after', 'over', 'past', 'last', 'within']);

const personWord = (w: string): boolean => RELATIVE_WORDS.has(w) || CHILD_WORDS.has(w) || OLDER_WORDS.has(w);

/** "82 years old", "80 yo", "in her 70s" (tokenised as 70 s). */
export function agesIn(words: readonly string[]): number[] {
  const ages: number[] = [];
  const parentWrites = words.some((w) => PARENT_WORDS.has(w));
  words.forEach((word, i) => {
    if (!/^\d{1,3}$/.test(word)) return;
    const next = words[i + 1] as string;
    // "first game in 10 yrs", "for 3 years": a span of time, not an age ("in 10 yrs old" is not said).
    const span = DURATION_BEFORE.has(words[i - 1] as string) && words[i + 2] !== 'old';
    if (AGE_UNITS.has(next) && span) return;
    if (AGE_UNITS.has(next) || (next === 's' && Number(word) % 10 === 0)) ages.push(Number(word));
    else if (AGE_BEFORE.has(words[i - 1] as string) && !NOT_AGE_AFTER.has(next)) ages.push(Number(word));
    // "Dad (79) tripped", "my son, 13, …": a bare number right after a person
    else if (personWord(words[i - 1] as string) && !NOT_AGE_AFTER.has(next)) ages.push(Number(word));
    // "14M here", "teen here (13).": age-and-sex shorthand, or a number closing "… here"
    else if ((next === 'm' || next === 'f') && (i === 0 || words[i + 2] === 'here')) ages.push(Number(word));
    else if (words[i - 1] === 'here' && next === undefined) ages.push(Number(word));
    // "Mateo is 14 and …" from a parent: see IS_AGE_NEXT
    else if (
      parentWrites &&
      words[i - 1] === 'is' &&
      IS_AGE_NEXT.has(next ?? '') &&
      !NOT_AGE_SUBJECTS.has(words[i - 2] as string) &&
      Number(word) < 18
    )
      ages.push(Number(word));
  });
  return ages;
}

/** A walking aid of one's own ("with my cane", "her walker", "with a stick"): see DAILY_AID_WORDS. */
function usesWalkingAid(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      DAILY_AID_WORDS.has(w) ||
      (OWNED_AID_WORDS.has(w) &&
        (AID_OWNER_WORDS.has(words[i - 1] as string) || (words[i - 1] === 'a' && words[i - 2] === 'with'))),
  );
}

/** An older (or frail) person in these words: an older word, an age of 55 or more, or a walking aid of their own. */
export function olderPersonIn(words: readonly string[]): boolean {
  return (
    words.some((w) => OLDER_WORDS.has(w)) ||
    agesIn(words).some((age) => age >= OLDER_AGE && age < 110) ||
    usesWalkingAid(words)
  );
}
