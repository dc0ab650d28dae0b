// The payload a card button sends back. Shared by the renderer (writes it) and the inbound
// middleware (reads it), so the key lives in one place and carries no botbuilder dependency.

/** `activity.value[CHOICE_SUBMIT_KEY]` holds the chosen value on a card submit. */
export const CHOICE_SUBMIT_KEY = 'choice';

/** Longest submitted value accepted; anything longer is not one of ours. */
const MAX_SUBMIT_VALUE_CHARS = 200;

/** The chosen value from a card submit payload, or undefined for anything else (junk is ignored). */
export function choiceFromSubmit(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = (value as Record<string, unknown>)[CHOICE_SUBMIT_KEY];
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_SUBMIT_VALUE_CHARS) return undefined;
  return trimmed;
}
