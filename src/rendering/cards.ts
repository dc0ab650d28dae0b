// Adaptive Cards for Web Chat and Teams. Version 1.5: the newest both Teams and the Adaptive Cards
// renderer bundled with Web Chat 4.18 (adaptivecards 3.0, schema ≤ 1.6) support.
import type { CallAction, Choice, Fact } from './reply';
import { CHOICE_SUBMIT_KEY } from './submit';
import { callLine } from './text';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const ADAPTIVE_CARD_VERSION = '1.5';

export interface AdaptiveElement {
  type: string;
  [key: string]: unknown;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: AdaptiveElement[];
  actions: AdaptiveElement[];
  fallbackText?: string;
}

/**
 * tel: link from an E.164 number, a short emergency number (911, 112, 999) or the US crisis line
 * (988); anything else is refused so a card never carries junk.
 */
export function telUrl(e164: string): string {
  const compact = e164.replace(/[\s().-]/g, '');
  if (!/^\+[1-9]\d{6,14}$/.test(compact) && !/^(911|112|999|000|988)$/.test(compact)) {
    throw new Error(`not an E.164 phone number: ${e164}`);
  }
  return `tel:${compact}`;
}

export function factSet(facts: Fact[]): AdaptiveElement {
  return { type: 'FactSet', facts: facts.map((f) => ({ title: f.label, value: f.value })) };
}

export function callElements(call: CallAction): { body: AdaptiveElement; action: AdaptiveElement } {
  return {
    // The number is written out too: a tel: button does nothing on a desktop without a phone app.
    body: { type: 'TextBlock', text: callLine(call, (s) => `**${s}**`), wrap: true },
    action: { type: 'Action.OpenUrl', title: call.label, url: telUrl(call.e164) },
  };
}

/**
 * Teams card button: messageBack makes Teams post `value` as the message text (so dialogs see
 * exactly what typing would give) while showing the label in the chat; `data[CHOICE_SUBMIT_KEY]`
 * carries the value for hosts that ignore the msteams block (Emulator, Web Chat).
 */
export function submitAction(choice: Choice): AdaptiveElement {
  return {
    type: 'Action.Submit',
    title: choice.label,
    data: {
      [CHOICE_SUBMIT_KEY]: choice.value,
      msteams: { type: 'messageBack', text: choice.value, displayText: choice.label },
    },
  };
}

export function adaptiveCard(body: AdaptiveElement[], actions: AdaptiveElement[], fallbackText?: string): AdaptiveCard {
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body,
    actions,
  };
  if (fallbackText) card.fallbackText = fallbackText;
  return card;
}
