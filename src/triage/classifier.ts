// The statistical half of the second line of defence (suspect.ts): a multinomial logistic regression
// over the message's features (features.ts), "none" and one class per red flag. Trained offline by
// scripts/train-triage-model.ts on the labelled messages and committed as suspectModel.json; here it
// is only read. It replaced naive Bayes in round 11: cross-validated by writer (each writer's file
// held out in turn), it puts more red flags over the question threshold at the same share of
// ordinary messages asked (docs/eval-history.md). Pure.
import { compileLinear, type LinearModel, type WithRows } from '../text/linear';

export interface SuspectModel extends LinearModel {
  /** A flag class is suspected when its logit over "none" reaches this (chosen by cross-validation by writer). */
  threshold: number;
}

/**
 * The model reads messages of at least this many words. A short answer ("no, para nada", the button
 * "All over / not sure") has so few features that one of them decides; such answers are the rules' to read.
 */
export const MIN_WORDS = 5;

/** A model made ready for scoring. */
export interface CompiledModel {
  classes: readonly string[];
  threshold: number;
  /** Logits over "none" for a message's features (a fresh array). */
  logOdds(features: readonly string[]): Float64Array;
}

export function compileModel(model: WithRows<SuspectModel>): CompiledModel {
  const linear = compileLinear(model);
  if (model.classes[0] !== 'none') throw new Error('suspect model: the first class must be "none"');
  return {
    classes: model.classes,
    threshold: model.threshold,
    logOdds(features) {
      // A feature counts once however often it occurs (as in training).
      const logits = linear.logits([...new Set(features)]);
      const none = logits[0] as number;
      return logits.map((l) => l - none);
    },
  };
}

/** Log-odds of each class over "none" (index 0 is "none" itself, 0). Unknown features are ignored. */
export function logOdds(model: CompiledModel, features: readonly string[]): Float64Array {
  return model.logOdds(features);
}
