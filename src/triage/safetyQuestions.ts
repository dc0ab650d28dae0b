// The one targeted safety question the second line of defence asks per red flag (wording in
// knowledge/messages/triage.yaml under the key), and which answer means "act now". Flags not in the
// knowledge yet (a round's new flags) are skipped until they are there.
import { fillTemplate } from '../knowledge/template';
import type { Knowledge } from '../knowledge/types';
import type { Choice, Reply } from '../rendering/reply';
import { tierCall } from './replies';

export interface SafetyQuestion {
  /** Message key in knowledge/messages/triage.yaml. */
  key: string;
  /** The answer that confirms the red flag ("Can you stand on it?" → no). "Not sure" counts as it too. */
  danger: 'yes' | 'no';
}

export const SAFETY_QUESTIONS: Readonly<Record<string, SafetyQuestion>> = {
  'self-harm': { key: 'safety-check-self-harm', danger: 'yes' },
  'heavy-bleeding': { key: 'safety-check-bleeding', danger: 'yes' },
  deformity: { key: 'safety-check-deformity', danger: 'yes' },
  'cold-pale-foot': { key: 'safety-check-cold-foot', danger: 'yes' },
  'numb-foot': { key: 'safety-check-numb', danger: 'yes' },
  'calf-swelling-breathless': { key: 'safety-check-breathless', danger: 'yes' },
  'chest-pain': { key: 'safety-check-breathless', danger: 'yes' },
  'compartment-syndrome': { key: 'safety-check-tight-calf', danger: 'yes' },
  'extensor-tendon-rupture': { key: 'safety-check-straight-leg', danger: 'no' },
  'hot-swollen-joint': { key: 'safety-check-hot-joint', danger: 'yes' },
  'cannot-bear-weight': { key: 'safety-check-weight', danger: 'no' },
  'ottawa-fracture-signs': { key: 'safety-check-bend', danger: 'no' },
  'kneecap-dislocated-relocated': { key: 'safety-check-kneecap-slipped', danger: 'yes' },
  'pop-and-swelling': { key: 'safety-check-swelled', danger: 'yes' },
  'rapid-swelling': { key: 'safety-check-swelled', danger: 'yes' },
  'locked-knee': { key: 'safety-check-locked', danger: 'yes' },
  'calf-pain-swelling': { key: 'safety-check-calf', danger: 'yes' },
  'giving-way': { key: 'safety-check-giving-way', danger: 'yes' },
  tingling: { key: 'safety-check-tingling', danger: 'yes' },
  'child-hip-knee-pain': { key: 'safety-check-child', danger: 'yes' },
  'night-or-rest-pain': { key: 'safety-check-night', danger: 'yes' },
};

/** The wording keys every safety question needs besides its own. */
const SHARED_KEYS = ['safety-check', 'safety-check-unsure', 'triage-choice-yes', 'triage-choice-no'] as const;

/** Throws at start when a question the knowledge's flags can raise has no wording (knowledge/messages/triage.yaml). */
export function assertSafetyQuestionWording(knowledge: Knowledge): void {
  const keys = [
    ...SHARED_KEYS,
    ...knowledge.redFlags.flatMap((flag) => (SAFETY_QUESTIONS[flag.id] ? [SAFETY_QUESTIONS[flag.id]!.key] : [])),
  ];
  const missing = keys.filter((key) => typeof knowledge.messages[key] !== 'string');
  if (missing.length > 0)
    throw new Error(`knowledge/messages/triage.yaml: missing safety-check keys: ${missing.join(', ')}`);
}

/** The Yes / No / Not sure buttons, in that order. */
export function safetyAnswerChoices(knowledge: Knowledge): Choice[] {
  return ['triage-choice-yes', 'triage-choice-no', 'safety-check-unsure'].map((key) => {
    const label = fillTemplate(knowledge.messages[key] as string, {}).trim();
    return { label, value: label };
  });
}

/**
 * "Before I answer, one quick safety question: **Can you stand …?**" with Yes / No / Not sure; about
 * someone else, the "-other" wording ("Can they stand …?") where there is one.
 */
export function safetyQuestionReply(question: SafetyQuestion, knowledge: Knowledge, someoneElse = false): Reply {
  const wording =
    (someoneElse ? knowledge.messages[`${question.key}-other`] : undefined) ??
    (knowledge.messages[question.key] as string);
  const text = fillTemplate(knowledge.messages['safety-check'] as string, { question: wording.trim() }).trim();
  // Asked about thoughts of suicide, 988 is in the same message (with its button): someone who stops
  // answering has it anyway.
  const crisis = question.key === SAFETY_QUESTIONS['self-harm']!.key;
  const flag = crisis ? knowledge.redFlags.find((f) => f.id === 'self-harm') : undefined;
  const line = flag ? knowledge.messages['safety-check-self-harm-line'] : undefined;
  if (flag && line)
    return {
      text: `${text}\n\n${line.trim()}`,
      choices: safetyAnswerChoices(knowledge),
      call: tierCall(knowledge, flag.tier, flag),
    };
  return { text, choices: safetyAnswerChoices(knowledge) };
}
