// A detail given earlier, corrected later in the callback flow: "actually my name is Jon Smyth" while
// the number is asked, "use 972-555-0166 instead" while the time is asked, "actually Tuesday" at the
// note. Pure: it says what changes; dialogs/callbackDialog.ts says so and asks the question again.
import { parsePhone } from '../../src/callbacks/phone';
import type { Knowledge } from '../../src/knowledge/types';
import { foldToWords } from '../../src/text';
import { type Draft, slotFromText, timeFromText } from './callback';
import { parseName } from './callbackName';

/** The steps after a field is known, where a correction of it can come in. */
export type LaterStep = 'phone' | 'time' | 'reason' | 'consent';

/** "my name is X", "change my name to X", "mi nombre es X" (after "sorry", "actually"...). */
const NAME_FIX =
  /^(?:(?:sorry|actually|oh|oops|wait|no|perdon|perdón|disculpe|en realidad)[\s,.!]+)*(?:(?:my|the|her|his|their) name(?: is|'s| should be)|(?:please\s+)?(?:change|make|correct|fix|update) (?:my|the|her|his) name to|it'?s spelled|mi nombre es|me llamo|su nombre es|(?:cambia|cambie|cambiar|corrija) (?:mi|el|su) nombre (?:a|por))\s+(.+)$/iu;

/** Words that make a day or time at the note step a change of time, not a note about the knee. */
const CHANGE_WORDS =
  /\b(?:actually|instead|change|rather|make it|better|wait|sorry|can we do|how about|en vez|en lugar|mejor|cambia|cambiar|cambie|en realidad|perdon)\b/;

export interface Correction {
  draft: Draft;
  /** Only the fields that changed (for "Got it: name **Jon**"). */
  changed: Draft;
}

/**
 * What `text` corrects of what `draft` already holds, at `step`, or undefined when it corrects
 * nothing (the step's prompt then reads it as usual).
 */
export function callbackCorrection(
  text: string,
  step: LaterStep,
  draft: Draft,
  knowledge: Knowledge,
  now: Date,
): Correction | undefined {
  const named = NAME_FIX.exec(text.trim());
  const name = named ? parseName(named[1]!) : undefined;
  if (name && draft.name && name !== draft.name) {
    return { draft: { ...draft, name }, changed: { name } };
  }
  if (step === 'phone' || !draft.phone) return undefined;
  const phone = parsePhone(text, { clinicE164: knowledge.clinic.phone.e164 });
  if (phone.ok && phone.e164 !== draft.phone) {
    // Consent named the old number: a new number needs a new yes.
    return { draft: { ...draft, phone: phone.e164, consent: undefined }, changed: { phone: phone.e164 } };
  }
  if ((step === 'reason' || step === 'consent') && draft.slot && CHANGE_WORDS.test(foldToWords(text))) {
    const typed = slotFromText(knowledge, text, now);
    // "Monday morning", then "actually Tuesday": Tuesday morning, the time of day is kept.
    const slot =
      typed && !typed.time && typed.preferredTime === 'any' && !timeFromText(text)
        ? { ...typed, preferredTime: draft.slot.preferredTime }
        : typed;
    if (slot) return { draft: { ...draft, slot }, changed: { slot } };
  }
  return undefined;
}
