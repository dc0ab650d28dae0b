// The second line's other use: a rules alarm the classifier is very sure is an ordinary message
// becomes that flag's one safety question instead of the full alarm ("my knees gave out at the end of
// spin lol, legs were jello"; "knee brace pinches and leaves a red line"). The question names the same
// sign, and a yes gives the alarm (dialogs/safetyCheck.ts), so the sign is still checked, never
// dropped. Narrow on purpose:
//   - urgent and within-days flags only: an emergency (911, a crisis) is never softened to a question;
//   - English only: by writer, Spanish alarms the model doubts are as often true as false
//     (docs/eval-history.md, round 20), and the English model cannot read a Spanish message;
//   - messages the model can read (MIN_WORDS or more words) and every flag the rules raised doubted.
// Pure.
import type { RedFlag, RedFlagTier } from '../knowledge/types';
import { functionWordLanguage } from '../text/language';
import { MIN_WORDS, type CompiledModel } from './classifier';
import type { MessageFeatures } from './features';
import type { Sentence } from './normalize';
import { SAFETY_QUESTIONS } from './safetyQuestions';

/**
 * The logit over "none" under which a flag the rules raised is doubted. Chosen by cross-validation by
 * writer (each writer's file held out in turn, scripts/train-triage-model.ts --doubt): at -5, 0.1 % of
 * the rules' right urgent or within-days alarms become the question, and the false alarms of first-look
 * sets the model never saw mostly do (docs/eval-history.md, round 20).
 */
export const DOUBT_LOGIT = -5;

/** The tiers a doubted alarm may be softened from. */
const DOUBTABLE: ReadonlySet<RedFlagTier> = new Set<RedFlagTier>(['urgent', 'soon']);

/** Of the flags the rules raised (highest tier first), the one to ask about instead, or null. */
export type Doubt = (sentences: readonly Sentence[], flags: readonly RedFlag[]) => RedFlag | null;

/**
 * `language`: the language the model reads (its messages only are doubted); the run-time doubt is English, the
 * Spanish one is measured by scripts/train-triage-model.ts --doubt --lang es.
 */
export function createDoubt(
  model: CompiledModel,
  features: MessageFeatures,
  under = DOUBT_LOGIT,
  language: 'en' | 'es' = 'en',
): Doubt {
  const classOf = new Map(model.classes.map((c, i) => [c, i]));
  return (sentences, flags) => {
    const top = flags[0];
    if (top === undefined || !flags.every((f) => DOUBTABLE.has(f.tier) && SAFETY_QUESTIONS[f.id] !== undefined))
      return null;
    const words = sentences.flatMap((s) => s.words);
    if (words.length < MIN_WORDS || functionWordLanguage(words) !== language) return null;
    const odds = model.logOdds(features(sentences));
    const doubted = flags.every((f) => {
      const c = classOf.get(f.id);
      return c !== undefined && (odds[c] as number) < under;
    });
    return doubted ? top : null;
  };
}
