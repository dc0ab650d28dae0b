// The callback conversation's wording: every key it needs from knowledge/messages/callback.yaml
// (checked at start) and the lookup with {placeholders} filled. Pure (no botbuilder).
import { fillTemplate } from '../../src/knowledge/template';
import type { Knowledge } from '../../src/knowledge/types';
import { tidyStops } from '../messages';

const CALLBACK_MESSAGE_KEYS = [
  'callback-intro',
  'callback-ask-name',
  'callback-name-retry',
  'callback-ask-phone',
  'callback-phone-invalid',
  'callback-phone-partial',
  'callback-phone-short',
  'callback-cancelled',
  'callback-noted',
  'callback-phone-is-clinic',
  'callback-phone-give-up',
  'callback-ask-time',
  'callback-slot-morning',
  'callback-slot-afternoon',
  'callback-slot-any',
  'callback-date-today',
  'callback-date-tomorrow',
  'callback-time-retry',
  'callback-ask-reason',
  'callback-skip',
  'callback-reason-too-long',
  'callback-ask-consent',
  'callback-consent-retry',
  'callback-declined',
  'callback-yes',
  'callback-no',
  'callback-summary',
  'callback-fact-name',
  'callback-fact-phone',
  'callback-fact-when',
  'callback-fact-reason',
  'callback-no-reason',
  'callback-confirm',
  'callback-change',
  'callback-summary-retry',
  'callback-ask-change',
  'callback-change-name',
  'callback-change-phone',
  'callback-change-time',
  'callback-change-reason',
  'callback-change-retry',
  'callback-done-title',
  'callback-done',
  'callback-done-open',
  'callback-done-closed',
  'callback-done-red-flags',
  'callback-store-failed',
  'callback-got-details',
  'callback-detail-name',
  'callback-detail-phone',
  'callback-detail-when',
  'callback-detail-reason',
  'callback-slot-at',
  'callback-time-closed',
  'callback-calls-only',
  'callback-why-details',
  'callback-time-reason-later',
  'callback-time-closed-earlier',
  'callback-already-sent',
  'callback-urgent-done',
  'callback-interrupted-not-sent',
  'callback-finish',
  'callback-fact-priority',
  'callback-priority-urgent',
  'callback-time-after',
  'callback-time-around',
  'callback-time-before',
  'callback-updated',
  'callback-bye',
  'callback-ask-name-relative',
  'callback-ask-patient',
  'callback-patient-retry',
  'callback-ask-consent-relative',
  'callback-fact-patient',
  'callback-contact-relative',
  'callback-detail-patient',
  'callback-detail-time-asked',
  'callback-detail-partial-phone',
  'callback-note-relative',
  'callback-note-added',
  'callback-status',
  'callback-status-nothing',
  'callback-missing-name',
  'callback-missing-patient',
  'callback-missing-phone',
  'callback-missing-time',
  'callback-missing-reason',
  'callback-missing-consent',
  'callback-missing-send',
] as const;

export type CallbackMessageKey = (typeof CALLBACK_MESSAGE_KEYS)[number];

/** Throws naming missing keys, so a broken messages/callback.yaml stops the start, not a chat. */
export function assertCallbackMessages(knowledge: Knowledge): void {
  const missing = CALLBACK_MESSAGE_KEYS.filter((k) => typeof knowledge.messages[k] !== 'string');
  if (missing.length > 0)
    throw new Error(`knowledge/messages/callback.yaml: missing message keys: ${missing.join(', ')}`);
}

export function cbMsg(
  knowledge: Knowledge,
  key: CallbackMessageKey,
  values: Record<string, string | number> = {},
): string {
  return tidyStops(fillTemplate(knowledge.messages[key] ?? '', values).trim());
}
