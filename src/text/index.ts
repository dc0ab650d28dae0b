// The shared text toolkit: one fold, one edit distance with named budgets.
export { asciiWords, fold, foldToWords, isPlainAscii, SPANISH_MARKS, wordsIn } from './fold';
export { editBudget, editDistance, withinEdits } from './edits';
export { spokenDigits } from './spokenDigits';
export { spokenPunctuation } from './spokenPunctuation';
