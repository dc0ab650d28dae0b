// Typo tolerance for red-flag words: "wieght" → weight, "swolen" → swollen. Deliberately narrow
// (same first letter, real words never count as typos) so "never" is not read as "fever".
import { editBudget, withinEdits } from '../text';

/** Edits forgiven for a pattern word of this length (0 = must be exact): the shared red-flag budget. */
export function allowedEdits(patternWord: string): number {
  return editBudget('redFlag', patternWord.length);
}

/** Could `typed` be a typo of `patternWord`? `known` holds real words that are never typos. */
export function isTypoOf(typed: string, patternWord: string, known: ReadonlySet<string>): boolean {
  if (typed.length < 4 || typed[0] !== patternWord[0] || known.has(typed)) return false;
  const edits = allowedEdits(patternWord);
  if (edits === 0) return patternWord.length === 4 && isSwapOrDouble(typed, patternWord);
  return withinEdits(typed, patternWord, edits);
}

/**
 * Four-letter words ("calf", "numb", "toes", "lock") get only the two slips that cannot turn them
 * into another word so easily: two neighbouring letters swapped ("cafl") or one letter doubled ("numbb").
 */
export function isSwapOrDouble(typed: string, word: string): boolean {
  if (typed.length === word.length) {
    const diff: number[] = [];
    for (let i = 0; i < word.length; i += 1) if (typed[i] !== word[i]) diff.push(i);
    return (
      diff.length === 2 &&
      diff[1] === (diff[0] as number) + 1 &&
      typed[diff[0] as number] === word[diff[1] as number] &&
      typed[diff[1] as number] === word[diff[0] as number]
    );
  }
  if (typed.length !== word.length + 1) return false;
  for (let i = 1; i < typed.length; i += 1) {
    if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === word) return true;
  }
  return false;
}

/** An ending after a mistyped stem: "sweling" = swel + ing. Longer tails make another word ("pickle|ball"). */
const MAX_TYPO_ENDING = 4;

/**
 * Could `typed` start with a typo of `prefix` ("sweling" for swell*)? Only for prefixes of 5+ letters,
 * and only with a short ending after the stem: a compound such as "pickleball" is not "prickl*".
 */
export function isPrefixTypo(typed: string, prefix: string, known: ReadonlySet<string>): boolean {
  if (prefix.length < 5 || typed.length < prefix.length - 1 || typed[0] !== prefix[0] || known.has(typed)) return false;
  for (let length = prefix.length - 1; length <= prefix.length + 1; length += 1) {
    if (length > typed.length || typed.length - length > MAX_TYPO_ENDING) continue;
    if (withinEdits(typed.slice(0, length), prefix, 1)) return true;
  }
  return false;
}
