// Red-flag triage: detection (createTriage) and the replies that go with it. Pure, no botbuilder.
export { createTriage } from './detect';
export type { Triage, TriageOutcome, TriageResult } from './detect';
export { createBotTriages, createSpanishTriage, onlyWhen, spanishEvidence, warmSpanishEvidence } from './lang/evidence';
export {
  careMode,
  checklistLines,
  guidedRedFlagQuestion,
  guidedRedFlagYesReply,
  tierCall,
  tierChoices,
  triageReply,
  warningSignsReply,
  whereToGoReply,
} from './replies';
export type { CareMode } from './replies';
export { safetyAnswerChoices, safetyQuestionReply } from './safetyQuestions';
export { childNamed, pointsToChild, readSubjectText, storyParts } from './subject';
export type { ChildSubject, SubjectText, TriageContext } from './subject';
