// Decides whether a matched red-flag phrase is a real, present report. One module per concern, all
// pure functions over triage-normalised sentences; the word lists they use live in cues.ts.
export { isNegated } from './negation';
export { asksAboutWarningSigns, isHypothetical, isMeaningQuestion } from './hypothetical';
export { isPastOrResolved } from './pastResolved';
export { isAboutAnimal, isAboutFiction, isOthersBesideOwn, isOthersInCare, isRelativesPastEvent } from './thirdParty';
