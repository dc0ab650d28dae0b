// Spanish for triage: the profile createTriage uses with { language: 'es' }.
import { COMMON_WORDS } from '../../commonWords';
import type { TriageLanguage } from '../types';
import { SPANISH_CLASSES } from './classes';
import { SPANISH_COMMON_WORDS } from './commonWords';
import {
  asksAboutWarningSigns,
  asksInGeneralJustAsking,
  asksMeaningDangerInGeneral,
  asksInGeneral,
  isAboutAnimal,
  isAboutFiction,
  isHypothetical,
  isMeaningQuestion,
  isNegated,
  isPastOrResolved,
  isRelativesPastEvent,
} from './context';
import { isFamilyHistory } from './familyHistory';
import { isToldNotReported } from './framing';
import { isEverydayPattern } from './benign';
import { isExpectedAfterSurgery } from './postOp';
import { spanishHarmlessCause } from './harmless';
import { AND_WORDS, FILLER_WORDS, NEGATION_CUES, STATEMENT_STARTS } from './cues/negation';
import { tokenizeSpanish } from './normalize';
import { createSpanishSuspicion } from './secondLine';
import { spanishStrongCueFlags } from './strongCues';

export const SPANISH: TriageLanguage = {
  id: 'es',
  tokenize: tokenizeSpanish,
  classes: SPANISH_CLASSES,
  commonWords: [...SPANISH_COMMON_WORDS, ...COMMON_WORDS],
  // A red flag reported for someone else ("se le zafó la rótula") reads like one's own.
  sameRole: [
    ['mi', 'su', 'tu', 'sus', 'mis', 'tus'],
    ['me', 'le', 'te'],
    ['tengo', 'tiene', 'tienes'],
    ['siento', 'siente', 'sientes'],
    ['cai', 'cayo'],
    ['camino', 'camina'],
    ['piso', 'pisa'],
    ['apoyo', 'apoya'],
    ['doblo', 'dobla'],
    ['despierto', 'despierta'],
    ['torci', 'torcio'],
    ['resbale', 'resbalo'],
    ['tropece', 'tropezo'],
    ['senti', 'sintio'],
    ['oi', 'oyo'],
    ['pararme', 'pararse'],
  ],
  negationCues: NEGATION_CUES,
  matchWords: { filler: FILLER_WORDS, statementStarts: STATEMENT_STARTS, and: AND_WORDS },
  isNegated,
  isHypothetical,
  isPastOrResolved,
  isAboutAnimal,
  isAboutFiction,
  // "la rodilla está roja por un tatuaje", "el hormigueo es por el azúcar": an everyday cause told beside it;
  // growing pains, a sporty child's bump below the knee, a cramp at night (benign.ts)
  isFigureOfSpeech: (() => {
    const harmless = spanishHarmlessCause(SPANISH_CLASSES);
    return (sentences, s, hit) => harmless(sentences, s, hit) || isEverydayPattern(sentences, s, hit);
  })(),
  // someone else's past event; a relative's cancer beside the writer's own pain (family history)
  isRelativesPastEvent: (sentences, s, hit) =>
    isFamilyHistory(sentences, s, hit) || isRelativesPastEvent(sentences, s, hit),
  isMeaningQuestion,
  // "¿es peligroso tener la pantorrilla hinchada? nomás pregunto": only a question, the sign asked in general;
  // warmth or swelling the surgeon said to expect after the operation (postOp.ts)
  isAccountedFor: (sentences, s, hit) =>
    asksInGeneralJustAsking(sentences, s) ||
    asksMeaningDangerInGeneral(sentences, s) ||
    isExpectedAfterSurgery(sentences, s, hit),
  // a red-flag sign asked about in general gets the warning signs (post-r23: "¿qué significa cuando se dobla sola?")
  meaningAsksWarningSigns: true,
  // told from work, for a lesson or as a closed story: "soy enfermera y veo de todo: rodillas dislocadas"
  isAllClearStory: isToldNotReported,
  asksAboutWarningSigns,
  asksInGeneral,
  strongCueFlags: spanishStrongCueFlags,
  // Spanish has its own second line (cues and its own model: secondLine.ts), made by createSuspect.
  secondLine: false,
  createSuspect: createSpanishSuspicion,
};
