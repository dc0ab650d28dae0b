// A detail given earlier, corrected later in the callback flow: "actually my name is Jon Smyth" while
// the number is asked, "use 972-555-0166 instead" while the time is asked, "actually Tuesday" at the
// note. Pure: it says what changes; dialogs/callbackDialog.ts says so and asks the question again.
import { partialDigits, phoneInText } from '../../src/callbacks/phone';
import type { Knowledge } from '../../src/knowledge/types';
import { foldToWords } from '../../src/text';
import { detailsFromMessage, type Draft, parseReason, readsAsReason, slotFromText, timeFromText } from './callback';
import { leadingYesNo } from '../prompts';
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
  const phone = phoneInText(text, { clinicE164: knowledge.clinic.phone.e164 });
  if (phone.ok && phone.e164 !== draft.phone) {
    // Consent named the old number: a new number needs a new yes.
    return { draft: { ...draft, phone: phone.e164, consent: undefined }, changed: { phone: phone.e164 } };
  }
  // "it's for my knee, hurts at the back when I squat" where the yes/no is asked: a fuller note.
  if (step === 'consent' && readsAsReason(text) && leadingYesNo(text) === undefined) {
    const note = parseReason(text, knowledge)?.reason;
    if (note && note !== draft.reason) return { draft: { ...draft, reason: note }, changed: { reason: note } };
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

/** The step waiting for an answer, for details given beside (or instead of) its own answer. */
export type WaitingStep = 'name' | LaterStep;

/** Words around a name given with a number ("Ana Ruiz and my number is 214…", "soy Ana, mi cel es…"). */
const AROUND_NAME =
  /\b(?:and|my|cell|cellphone|mobile|phone|number|is|at|on|y|mi|cel|celular|numero|telefono|es|al)\b|[,;:()+.-]/gi;

/** "Maritza Leal 469 555 0182", "alexis, 214 555 0166": the name beside a number, when the rest reads as one. */
function nameBesidePhone(text: string): string | undefined {
  const rest = text.replace(/\+?\(?\d[\d\s().-]*\d/g, ' ').replace(AROUND_NAME, ' ');
  return parseName(rest.replace(/\s+/g, ' ').trim());
}

/**
 * Details other than the one the step asks for, given in the same message ("Alexis, 214 555 0166"
 * where the name goes; "tomorrow morning" where the name goes): the fields still missing that the
 * message fills, when at least one is not the step's own answer. `ownAccepted`: the step's prompt
 * takes the text as its answer: at the name step only a number beside it counts ("April" is a name, not a date).
 * Undefined when there is nothing more than the step's own answer. Never at the note (it is free text).
 */
export function detailsAtStep(
  text: string,
  step: WaitingStep,
  draft: Draft,
  knowledge: Knowledge,
  now: Date,
  ownAccepted: boolean,
): Correction | undefined {
  if (step === 'reason' || step === 'consent') return undefined;
  const found = detailsFromMessage(knowledge, text, now);
  if (step === 'name' && !found.name && found.phone) {
    const name = nameBesidePhone(text);
    if (name) found.name = name;
  }
  const added: Draft = {};
  // "Dana Reyes 469-555-01" where the name goes: the name is taken, and the short number is asked to be checked.
  if (step === 'name' && !found.phone && !draft.phone && !draft.name) {
    const digits = partialDigits(text.replace(/\p{L}[\p{L}\p{M}'’.-]*/gu, ' '));
    const name = digits ? (found.name ?? nameBesidePhone(text)) : undefined;
    if (digits && digits.length >= 5 && name) {
      found.name = name;
      added.partialPhone = digits;
    }
  }
  if (found.name && !draft.name) added.name = found.name;
  if (found.phone && !draft.phone) added.phone = found.phone;
  if (found.slot && !draft.slot) added.slot = found.slot;
  // "after 4 works" on a weekend evening: the time step offers the nearest times it can call instead.
  else if (found.timeOptions && !draft.slot && step !== 'time') added.timeOptions = found.timeOptions;
  if (found.reason && draft.reason === undefined && (added.name || added.phone || added.slot))
    added.reason = found.reason;
  const own = step === 'name' ? 'name' : step === 'phone' ? 'phone' : 'slot';
  const others = (Object.keys(added) as (keyof Draft)[]).filter((k) => k !== own && k !== 'reason');
  if (others.length === 0) return undefined;
  if (ownAccepted && step === 'name' && !others.includes('phone')) return undefined;
  return { draft: { ...draft, ...added }, changed: added };
}
