// English: the triage modules as they were written first (src/triage/*.ts), gathered as a profile.
import { WORD_CLASSES } from '../classes';
import { COMMON_WORDS } from '../commonWords';
import { SPANISH_COMMON_WORDS } from './es/commonWords';
import {
  asksAboutWarningSigns,
  isAboutAnimal,
  isAboutFiction,
  isHypothetical,
  isMeaningQuestion,
  isNegated,
  isOthersBesideOwn,
  isOthersInCare,
  isPastOrResolved,
  isRelativesPastEvent,
} from '../context';
import { NEGATION_CUES } from '../cues';
import { isAllClearStory, isOlderFallAllClear } from '../allClear';
import {
  isCaseload,
  isChoreExcuse,
  isDefinitionQuestion,
  isEffortJoke,
  isTreatmentJoke,
  isFeelingDiedOf,
  isStrangersStory,
  speaksOfDeath,
} from '../figures';
import {
  isAName,
  isBuiltThatWay,
  isDreamt,
  isExplainedByHarmlessCause,
  isLifelong,
  isGrowthAgeBump,
  isNamedBenignBump,
  isTiredFeet,
  outlastsItsCause,
  passedOnceCauseRemoved,
  topicsOf,
} from '../harmless';
import { asksInGeneral } from '../hypothetical';
import { isExpectedAfterSurgery } from '../postOp';
import { isRecalledStory } from '../recalled';
import { isBothCalvesSoreness, isWorkoutSoreness } from '../workoutSoreness';
import { tokenize } from '../normalize';
import { strongCueFlags } from '../suspect';
import type { Sentence } from '../normalize';
import type { TriageLanguage } from './types';

export const ENGLISH: TriageLanguage = {
  id: 'en',
  tokenize,
  classes: WORD_CLASSES,
  // Every message is read by both triages (dialogs/decisions/language.ts): a Spanish word one letter
  // from an English flag word ("infeccion" ~ infection) is Spanish, not an English typo.
  commonWords: [...COMMON_WORDS, ...SPANISH_COMMON_WORDS],
  // A red flag reported for someone else ("she can't move her toes") reads like one's own.
  sameRole: [
    ['my', 'his', 'her', 'their', 'your', 'our'],
    ['i', 'he', 'she', 'they', 'we', 'you'],
    ['im', 'hes', 'shes', 'theyre', 'were', 'youre'],
    ['me', 'him', 'her', 'them', 'us'],
  ],
  negationCues: NEGATION_CUES,
  isNegated,
  isHypothetical,
  isPastOrResolved,
  isAboutAnimal,
  isAboutFiction,
  isRelativesPastEvent,
  isOthersBesideOwn,
  isOthersInCare,
  isMeaningQuestion,
  asksAboutWarningSigns,
  asksInGeneral,
  strongCueFlags,
  isFigureOfSpeech: (sentences, s, hit) =>
    isEffortJoke(sentences, sentences[s] as Sentence, hit) ||
    isTreatmentJoke(sentences, sentences[s] as Sentence, hit) ||
    isStrangersStory(sentences[s] as Sentence, hit) ||
    isCaseload(sentences[s] as Sentence, hit) ||
    isDefinitionQuestion(sentences[s] as Sentence, hit) ||
    isFeelingDiedOf(sentences, s, hit) ||
    isAName(sentences[s] as Sentence, hit) ||
    (isDreamt(sentences, s, hit) && !speaksOfDeath(sentences[s] as Sentence, hit)) ||
    isExplainedByHarmlessCause(sentences, s, hit),
  isAccountedFor: (sentences, s, hit) =>
    isExpectedAfterSurgery(sentences, s, hit) ||
    isRecalledStory(sentences, s, hit) ||
    isWorkoutSoreness(sentences, s, hit) ||
    isBothCalvesSoreness(sentences, s, hit) ||
    isNamedBenignBump(sentences, s, hit) ||
    isGrowthAgeBump(sentences, s, hit) ||
    isOlderFallAllClear(sentences, s, hit) ||
    passedOnceCauseRemoved(sentences, s, hit) ||
    isTiredFeet(sentences, s, hit),
  isTeasing: (sentences, s, hit) => isChoreExcuse(sentences, sentences[s] as Sentence, hit),
  isLifelong,
  isBuiltThatWay,
  outlastsItsCause,
  topicsOf,
  isAllClearStory,
  pastSentenceNames: true,
  cuesOutweighUnless: true,
  secondLine: true,
};
