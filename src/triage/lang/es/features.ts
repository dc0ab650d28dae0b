// The Spanish second line's features: the same recipe as English (src/triage/features.ts) with the
// Spanish word classes and negation words, so "hinchadísima", "inflamada" and "bien hinchada" all
// read as "$hinchado" to the model. Pure.
import { createMessageFeatures, type MessageFeatures } from '../../features';
import { SPANISH_CLASSES } from './classes';
import { NEGATION_CUES, NEGATION_IDIOMS } from './cues/negation';

export const spanishMessageFeatures: MessageFeatures = createMessageFeatures({
  classes: SPANISH_CLASSES,
  negationCues: NEGATION_CUES,
  negationIdioms: NEGATION_IDIOMS,
  concepts: false,
});
