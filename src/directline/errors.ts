// Direct Line failures (HTTP status + { error: { code, message } }) and the wording they carry,
// read from knowledge/messages/system.yaml like every other sentence the bot shows.
import { fillTemplate } from '../knowledge/template';
import type { Knowledge } from '../knowledge/types';

/** A Direct Line style failure: HTTP status plus { error: { code, message } }. */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
  body() {
    return { error: { code: this.code, message: this.message } };
  }
}

/** Every system.yaml key the built-in Direct Line reads (checked at start, so a missing one fails early). */
const DIRECT_LINE_MESSAGE_KEYS = [
  'directline-bot-name',
  'directline-user-name',
  'directline-turn-failed',
  'directline-service-error',
  'directline-token-required',
  'directline-token-expired',
  'directline-token-invalid',
  'directline-token-wrong-purpose',
  'directline-token-wrong-conversation',
  'directline-conversation-not-found',
  'directline-too-many-messages',
  'directline-too-many-chats',
  'directline-unavailable',
  'directline-upload-unsupported',
  'directline-body-not-activity',
  'directline-activity-too-large',
  'directline-activity-type',
  'directline-text-not-string',
  'directline-message-too-long',
  'directline-no-attachments',
  'directline-field-too-long',
  'directline-value-too-large',
  'directline-too-many-entities',
  'directline-entity-too-large',
] as const;

export type DirectLineMessageKey = (typeof DIRECT_LINE_MESSAGE_KEYS)[number];

/** Fills a Direct Line sentence: `text('directline-message-too-long', { max: 500 })`. */
export type DirectLineTexts = (key: DirectLineMessageKey, values?: Record<string, string | number>) => string;

export function directLineTexts(knowledge: Pick<Knowledge, 'messages'>): DirectLineTexts {
  const missing = DIRECT_LINE_MESSAGE_KEYS.filter((k) => typeof knowledge.messages[k] !== 'string');
  if (missing.length) {
    throw new Error(`knowledge/messages: the built-in Direct Line needs ${missing.join(', ')}`);
  }
  return (key, values = {}) => fillTemplate(knowledge.messages[key]!, values);
}
