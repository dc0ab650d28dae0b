// A detail given earlier, corrected later in the callback flow: "actually my name is Jon Smyth" while
// the number is asked, "use 972-555-0166 instead" while the time is asked, "actually Tuesday" at the
// note. Pure: it says what changes; dialogs/callbackDialog.ts says so and asks the question again.
import type { CallbackSlot } from '../../src/clinic/slots';
import { correctedEnding, partialDigits, phoneInText } from '../../src/callbacks/phone';
import type { Knowledge } from '../../src/knowledge/types';
import { foldToWords } from '../../src/text';
import { zonedToInstant } from '../../src/clinic/zonedTime';
import {
  detailsFromMessage,
  type Draft,
  parseReason,
  readsAsReason,
  slotFromText,
  timeFromText,
  withNote,
} from './callback';
import { leadingYesNo } from '../prompts';
import { parseName } from './callbackName';

/** The steps after a field is known, where a correction of it can come in. */
export type LaterStep = 'name' | 'patient' | 'phone' | 'time' | 'reason' | 'consent' | 'summary';

/** "my name is X", "change my name to X", "mi nombre es X" (after "sorry", "actually"...). */
const NAME_FIX =
  /^(?:(?:sorry|actually|oh|oops|wait|no|perdon|perdón|disculpe|en realidad)[\s,.!]+)*(?:(?:my|the|her|his|their) name(?: is|'s| should be)|(?:please\s+)?(?:change|make|correct|fix|update) (?:my|the|her|his) name to|it'?s spelled|mi nombre es|me llamo|su nombre es|(?:cambia|cambie|cambiar|corrija) (?:mi|el|su) nombre (?:a|por))\s+(.+)$/iu;

/** Words that make a day or time at the note step a change of time, not a note about the knee. */
const CHANGE_WORDS =
  /\b(?:actually|instead|change|rather|make it|better|wait|sorry|can we do|how about|en vez|en lugar|mejor|cambia|cambiar|cambie|en realidad|perdon)\b/;

/** A time given as a change ("actually after 5 works better", "how about Friday instead"). */
export function namesTimeChange(text: string): boolean {
  return CHANGE_WORDS.test(foldToWords(text));
}

export interface Correction {
  draft: Draft;
  /** Only the fields that changed (for "Got it: name **Jon**"). */
  changed: Draft;
  /** Only a note about the knee was added (said back as a note for the team). */
  note?: boolean;
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
  // "it's ...0136 not ...0163": the wrong last digits replaced.
  const ending = correctedEnding(text, draft.phone);
  if (ending && ending !== draft.phone)
    return { draft: { ...draft, phone: ending, consent: undefined }, changed: { phone: ending } };
  const phone = phoneInText(text, { clinicE164: knowledge.clinic.phone.e164 });
  if (phone.ok && phone.e164 !== draft.phone) {
    // Consent named the old number: a new number needs a new yes.
    return { draft: { ...draft, phone: phone.e164, consent: undefined }, changed: { phone: phone.e164 } };
  }
  // A new time comes before a note: "actually friday 4-5, I have a dentist thing" changes the time. Where
  // the name is asked too ("oh no, I'm at work at 10, better 4 pm please"): the time given with the
  // request is changed, not the name asked again as if nothing was said.
  if (
    (step === 'reason' || step === 'consent' || step === 'summary' || step === 'name' || step === 'patient') &&
    draft.slot &&
    CHANGE_WORDS.test(foldToWords(text))
  ) {
    // "tomorrow at 10", then "make it 3 pm instead": a time with no day keeps the day asked for before.
    const dayStart = zonedToInstant(draft.slot.date, '00:00', knowledge.clinic.timeZone);
    const keepDay = !NAMES_DAY.test(foldToWords(text).replace(/\bde la manana\b/g, ' ')) && dayStart > now;
    const typed = latestSlot(knowledge, text, keepDay ? dayStart : now);
    // "Monday morning", then "actually Tuesday": Tuesday morning, the time of day is kept.
    const slot =
      typed && !typed.time && typed.preferredTime === 'any' && !timeFromText(text)
        ? { ...typed, preferredTime: draft.slot.preferredTime }
        : typed;
    if (slot) return { draft: { ...draft, slot, timeChanged: true }, changed: { slot } };
  }
  // "it's for my knee, hurts at the back when I squat" where the yes/no is asked: a fuller note.
  if (step === 'consent' && readsAsReason(text) && leadingYesNo(text) === undefined) {
    // Added to what is there ("about my knee" + "left knee, arthritis"), not put in its place.
    const note = parseReason(text, knowledge)?.reason;
    const reason = note ? withNote(draft.reason, note) : undefined;
    if (note && reason !== draft.reason) return { draft: { ...draft, reason }, changed: { reason: note }, note: true };
  }
  return undefined;
}

/** A day named in a change ("friday", "tomorrow", "el lunes", "12/9"): without one, the day asked for before stays. */
const NAMES_DAY =
  /\b(?:today|tonight|tomorrow|tmrw|tmr|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekend|next week|hoy|manana|pasado manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana)\b|\b\d{1,2} \d{1,2}\b(?! (?:am|pm))|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*\b/;

/** A clause that turns a time down ("scratch tomorrow", "I picked up a shift thurs", "2am so no", "el jueves no puedo"). */
const REJECTED =
  /\b(?:scratch|cancel|forget|not|no|cant|cannot|wont|busy|working|picked up|(?:have|got) (?:a|an|the) (?:shift|dentist|appointment|thing)|instead of|no puedo|ocupad[oa]|trabajo|en vez de)\b/;

/**
 * The time a correction names, the latest said winning: "I picked up a shift thurs. can they do
 * tomorrow instead?" is tomorrow. Clauses are read from the last; one that turns its time down is
 * skipped; the whole message when no clause names a time on its own.
 */
function latestSlot(knowledge: Knowledge, text: string, now: Date): CallbackSlot | null | undefined {
  const clauses = text
    .split(
      /[.!?;\n]+|,\s*(?=(?:but|so|actually|instead|make it|how about|can we do|could we do|better|pero|mejor|mejor a)\b)/i,
    )
    .map((c) => c.trim())
    .filter(Boolean);
  let turnedDown: CallbackSlot | null | undefined;
  for (const clause of clauses.reverse()) {
    const slot = slotFromText(knowledge, clause, now);
    if (slot === undefined) continue;
    if (REJECTED.test(foldToWords(clause)) && !CHANGE_WORDS.test(foldToWords(clause))) {
      turnedDown ??= slot;
      continue;
    }
    return slot;
  }
  return turnedDown === undefined ? slotFromText(knowledge, text, now) : undefined;
}

/** The step waiting for an answer, for details given beside (or instead of) its own answer. */
export type WaitingStep = LaterStep;

/** Words around a name given with a number ("Ana Ruiz and my number is 214…", "she's Ana, her cell is…", "soy Ana, mi cel es…"). */
const AROUND_NAME =
  /\b(?:and|my|cell|cellphone|mobile|phone|number|is|at|on|(?:he|she|it)(?:['’]?s)?|her|his|name|called|y|mi|cel|celular|numero|telefono|es|al|se llama)\b|[,;:()+.-]/gi;

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
  if (step === 'reason' || step === 'consent' || step === 'summary') return undefined;
  const found = detailsFromMessage(knowledge, text, now);
  if (step === 'name' && !found.name && found.phone) {
    const name = nameBesidePhone(text);
    if (name) found.name = name;
  }
  // "Tom Reyes, after 4 on Saturday": the name is the part before the first comma.
  if (step === 'name' && !found.name && (found.slot || found.timeOptions)) {
    const name = parseName(text.split(/[,;]/)[0]!.trim());
    if (name && name !== text.trim()) found.name = name;
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
  const own = step === 'name' ? 'name' : step === 'patient' ? 'patientName' : step === 'phone' ? 'phone' : 'slot';
  const others = (Object.keys(added) as (keyof Draft)[]).filter((k) => k !== own && k !== 'reason');
  if (others.length === 0) return noteAtStep(text, step, draft, knowledge, ownAccepted, found);
  if (ownAccepted && step === 'name' && !others.includes('phone')) return undefined;
  return { draft: { ...draft, ...added }, changed: added };
}

/** A time of day said about the knee ("stiff in the mornings", "me duele por la noche"), not about the call. */
const PAIN_AT_TIME =
  /\b(?:stiff\w*|hurts?|hurting|aches?|achy|aching|sore|pain\w*|worse|swell\w*|swollen|rigid\w*|entumid\w*|duele|dolor|peor|hinchad\w*)\b(?:\s+\w+){0,4}\s+(?:mornings?|afternoons?|evenings?|nights?|manana|mananas|tarde|tardes|noche|noches)\b/;

/**
 * "It's the left knee, arthritis, stiff in the mornings" where a name, number or time is asked:
 * a detail about the knee, not the answer. Kept as a note for the team (added to any reason), and
 * the question asked again. At the time step a time of day said about the pain ("stiff in the
 * mornings") is not a time to call, so the note wins unless a day or clock time was named.
 */
function noteAtStep(
  text: string,
  step: WaitingStep,
  draft: Draft,
  knowledge: Knowledge,
  ownAccepted: boolean,
  found: Draft,
): Correction | undefined {
  if (!readsAsReason(text) || found.name || found.phone || found.slot || found.timeOptions) return undefined;
  if (ownAccepted && (step !== 'time' || (timeFromText(text) && !PAIN_AT_TIME.test(foldToWords(text)))))
    return undefined;
  const note = parseReason(text, knowledge)?.reason;
  if (!note) return undefined;
  const reason = withNote(draft.reason, note);
  if (reason === draft.reason) return undefined;
  return { draft: { ...draft, reason }, changed: { reason: note }, note: true };
}
