// Reads the conversation's wording from knowledge/messages/core.yaml. Pure (no botbuilder).
import { fillTemplate } from '../src/knowledge/template';
import type { Knowledge } from '../src/knowledge/types';

/** Every key the dialogs use; checked once at start so a missing key fails loudly, not mid-chat. */
export const CORE_MESSAGE_KEYS = [
  'welcome',
  'disclaimer',
  'welcome-next',
  'help',
  'help-next',
  'help-again',
  'cancelled',
  'start-over',
  'resume',
  'assessment-set-aside',
  'assessment-thanks-close',
  'close-988-line',
  'ask-another',
  'empty-message',
  'already-assessing',
  'greeting-reply',
  'thanks-reply',
  'thanks-in-flow',
  'knee-go-on',
  'ack-reply',
  'remark-noted',
  'remark-long-lasting',
  'remark-which-knee',
  'remark-how-long',
  'remark-reassuring',
  'topic-follow-up',
  'topic-other-knee',
  'topic-swells',
  'topic-ice',
  'topic-serious-usual',
  'topic-serious',
  'children-see-and-book',
  'checklist-aside-answer',
  'checklist-aside-later',
  'yes-reply',
  'bye-reply',
  'choice-assess',
  'choice-call',
  'choice-callback',
  'choice-ask',
  'choice-hours',
  'choice-none',
  'choice-yes',
  'choice-no',
  'handoff-title',
  'handoff-text',
  'handoff-closed-hint',
  'call-button',
  'fact-address',
  'fact-hours',
  'hours-text',
  'hours-day-text',
  'hours-day-late-open',
  'hours-day-late-closed',
  'hours-holiday-asked',
  'hours-holiday-other-day',
  'hours-holiday-closed',
  'hours-holiday-today',
  'hours-near-holiday-open',
  'hours-near-holiday-closed',
  'holiday-day-before',
  'holiday-day-after',
  'holiday-observed',
  'holiday-new-years-day',
  'holiday-memorial-day',
  'holiday-independence-day',
  'holiday-labor-day',
  'holiday-thanksgiving',
  'holiday-christmas',
  'clarify',
  'none-of-these',
  'not-english',
  'unknown',
  'out-of-scope',
  'out-of-scope-topic',
  'out-of-scope-clinic',
  'what-i-can-do',
  'retry-choice',
  'assess-where',
  'assess-intro',
  'assess-intro-none',
  'assess-result-title',
  'assess-result-intro',
  'assess-result-intro-one',
  'assess-result-fits',
  'assess-what-helps',
  'assess-when-to-see',
  'assess-next',
  'assess-general-intro',
  'assess-general-intro-none',
  'assess-general-result-title',
  'assess-general-result-intro',
  'private-moved',
  'private-unavailable',
  'private-hello',
  'unknown-2',
  'unknown-3',
  'unknown-own-knee',
  'choice-other-language',
  'language-switched',
  'hours-open-until',
  'hours-closed-opens',
  'hours-closed-now',
  'hours-closed-all-week',
  'day-today',
  'day-tomorrow',
  'choices-reply',
  'list-or',
] as const;

export type CoreMessageKey = (typeof CORE_MESSAGE_KEYS)[number];

/** Throws naming the missing keys; called by createBot so a bad knowledge folder stops the start. */
export function assertCoreMessages(knowledge: Knowledge): void {
  const missing = CORE_MESSAGE_KEYS.filter((k) => typeof knowledge.messages[k] !== 'string');
  if (missing.length > 0) {
    throw new Error(`knowledge/messages/core.yaml: missing message keys: ${missing.join(', ')}`);
  }
}

/** The wording for `key` with {placeholders} filled. */
export function msg(knowledge: Knowledge, key: CoreMessageKey, values: Record<string, string | number> = {}): string {
  return tidyStops(fillTemplate(knowledge.messages[key] ?? '', values).trim());
}

/** "… abre mañana 8 a.m.." → "… 8 a.m.": a sentence's stop after an abbreviation's own. */
export function tidyStops(text: string): string {
  return text.replace(/([ap]\.\s?m\.)\./g, '$1');
}

/** A greeting filled with an empty {name} ("Hi , …", "Hola, : …", ", you asked …") tidied up. */
export function tidyEmptyName(text: string): string {
  return text
    .replace(/ ,/g, ',')
    .replace(/,\s*:/g, ':')
    .replace(/^[,:]\s*/, '');
}
