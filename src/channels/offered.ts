// The choices the bot last offered in a conversation, remembered in conversation state so a typed
// "2" on Slack (where choices are a numbered list, not buttons) means the 2nd of them. Pure helpers;
// the state accessor itself is handed from the middleware to sendReply through turnState.
import type { Choice } from '../rendering/reply';
import { normalizeChoiceText, parseOrdinal } from './choices';

/** Conversation-state property name (namespaced so it never collides with dialog state). */
export const OFFERED_CHOICES_PROPERTY = 'channels.offeredChoices';
/** turnState key under which the middleware leaves the accessor for sendReply. */
export const OFFERED_CHOICES_ACCESSOR = Symbol.for('kneeBot.offeredChoicesAccessor');
/** turnState key: set once the first reply of this turn has replaced the remembered choices. */
export const OFFERED_CHOICES_TOUCHED = Symbol.for('kneeBot.offeredChoicesTouched');

const MAX_REMEMBERED_CHOICES = 12;
const MAX_CHOICE_CHARS = 200;

export interface OfferedChoicesState {
  choices: Choice[];
}

/** A bounded copy, so a large reply can never bloat stored state. */
export function toOfferedState(choices: Choice[] | undefined): OfferedChoicesState {
  return {
    choices: (choices ?? []).slice(0, MAX_REMEMBERED_CHOICES).map((c) => ({
      label: c.label.slice(0, MAX_CHOICE_CHARS),
      value: c.value.slice(0, MAX_CHOICE_CHARS),
    })),
  };
}

/**
 * The value a typed reply stands for, given the last offered choices: a number ("2", "#2",
 * "two") when this channel shows numbered choices, or the exact label on any channel.
 * Anything else is left alone (undefined) so free text reaches triage and the matcher untouched.
 */
export function mapTypedChoice(
  text: string,
  offered: OfferedChoicesState | undefined,
  numbered: boolean,
): { value: string; by: 'number' | 'label' } | undefined {
  const choices = offered?.choices ?? [];
  if (choices.length === 0) return undefined;
  if (numbered) {
    const n = parseOrdinal(text);
    if (n !== undefined && n >= 1 && n <= choices.length) return { value: choices[n - 1]!.value, by: 'number' };
  }
  const normalized = normalizeChoiceText(text);
  if (normalized === '') return undefined;
  const byLabel = choices.filter((c) => labelForm(c.label) === normalized);
  return byLabel.length === 1 ? { value: byLabel[0]!.value, by: 'label' } : undefined;
}

/** Offered labels come from the knowledge files, a small fixed set: normalise each once. */
const labelForms = new Map<string, string>();
function labelForm(label: string): string {
  let form = labelForms.get(label);
  if (form === undefined) {
    if (labelForms.size >= 1_000) labelForms.clear(); // bounded, in case labels ever carry user text
    form = normalizeChoiceText(label);
    labelForms.set(label, form);
  }
  return form;
}
