// Red-flag triage: detection (createTriage) and the replies that go with it. Pure, no botbuilder.
export { createTriage, MAX_TRIAGE_CHARS } from './detect';
export type { Triage, TriageOptions, TriageOutcome, TriageResult } from './detect';
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
export { redFlagsFileSchema } from './schema';
export type { Suspicion } from './suspect';
export { safetyAnswerChoices, safetyQuestionReply, type SafetyQuestion } from './safetyQuestions';
