// The shared text toolkit: one fold, one edit distance with named budgets.
export { fold, foldToWords } from './fold';
export { EDIT_BUDGETS, editBudget, editDistance, withinEdits, type EditProfile } from './edits';
