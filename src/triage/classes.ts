// Word classes for red-flag patterns: "$swollen" in a pattern stands for every way people say
// swollen, so each flag uses the same, complete list instead of its own partial one. They are about
// English, not about the clinic, so they live in code; curators use them by name in the YAML.
// Each entry is pattern syntax for one alternative ("straight+away", "pain*").

import { ACTION_CLASSES } from './words/actionClasses';
import { BODY_CLASSES } from './words/bodyClasses';
import { SYMPTOM_CLASSES } from './words/symptomClasses';

// The classes live in src/triage/words/; their order here is the order features are built in.
export const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  ...SYMPTOM_CLASSES,
  ...BODY_CLASSES,
  ...ACTION_CLASSES,
};
