// The pure half of the callback conversation: wording lookup, reading a name, the time options
// with concrete dates, the summary. No botbuilder here; dialogs/callbackDialog.ts does the talking.
import { dayMentioned } from '../../src/clinic/dayQuestion';
import { callbackSlots, slotOn, type CallbackSlot } from '../../src/clinic/slots';
import { addDays, zoneLabel } from '../../src/clinic/zonedTime';
import { clinicDate, formatShortDate } from '../../src/clinic/hours';
import { fillTemplate } from '../../src/knowledge/template';
import type { Knowledge } from '../../src/knowledge/types';
import type { Choice, Fact } from '../../src/rendering/reply';
import { formatPhone } from '../../src/callbacks/phone';
import type { PreferredTime } from '../../src/callbacks/types';
import { LIMITS } from '../../src/callbacks/validate';

export const CALLBACK_MESSAGE_KEYS = [
  'callback-intro', 'callback-ask-name', 'callback-name-retry',
  'callback-ask-phone', 'callback-phone-invalid', 'callback-phone-is-clinic', 'callback-phone-give-up',
  'callback-ask-time', 'callback-slot-morning', 'callback-slot-afternoon', 'callback-slot-any',
  'callback-date-today', 'callback-date-tomorrow', 'callback-time-retry',
  'callback-ask-reason', 'callback-skip', 'callback-reason-too-long',
  'callback-ask-consent', 'callback-consent-retry', 'callback-declined', 'callback-yes', 'callback-no',
  'callback-summary', 'callback-fact-name', 'callback-fact-phone', 'callback-fact-when', 'callback-fact-reason',
  'callback-no-reason', 'callback-confirm', 'callback-change', 'callback-summary-retry',
  'callback-ask-change', 'callback-change-name', 'callback-change-phone', 'callback-change-time',
  'callback-change-reason', 'callback-change-retry',
  'callback-done-title', 'callback-done', 'callback-done-open', 'callback-done-closed', 'callback-done-red-flags',
  'callback-store-failed',
] as const;

export type CallbackMessageKey = (typeof CALLBACK_MESSAGE_KEYS)[number];

/** Throws naming missing keys, so a broken messages/callback.yaml stops the start, not a chat. */
export function assertCallbackMessages(knowledge: Knowledge): void {
  const missing = CALLBACK_MESSAGE_KEYS.filter((k) => typeof knowledge.messages[k] !== 'string');
  if (missing.length > 0) throw new Error(`knowledge/messages/callback.yaml: missing message keys: ${missing.join(', ')}`);
}

export function cbMsg(knowledge: Knowledge, key: CallbackMessageKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(knowledge.messages[key] ?? '', values).trim();
}

/** Words that answer a different question than "what's your name?". */
const NOT_NAMES = new Set([
  'phone', 'call', 'callback', 'call back', 'call me', 'call me back', 'yes', 'no', 'ok', 'okay', 'skip', 'help',
  'hello', 'hi', 'hey', 'thanks', 'thank you', 'morning', 'afternoon', 'none', 'nothing', 'idk', 'why', 'what',
  'any time', 'anytime', 'whenever', 'evening', 'tomorrow', 'today', 'now', 'asap',
]);

/** A question typed where the name goes ("what are your hours?"), not a name. */
const QUESTION = /\?|^(?:what|when|where|why|how|which|can you|could you|do you|does|is it|is there|are you|are there)\b/i;

const NAME_INTRO = /^(?:my name is|my name's|name is|name:|i am|i'm|im|it's|its|this is|call me|it is)\s+/i;

/**
 * The name to ask for, from "Sam Lee", "my name is Sam", "I'm Sam." — or undefined when the text
 * is not plausibly a name (empty, digits, a phone number, a long sentence, a command word).
 */
export function parseName(text: string): string | undefined {
  let t = text.trim().replace(/\s+/g, ' ');
  if (QUESTION.test(t) || NOT_NAMES.has(t.toLowerCase().replace(/[.!]+$/u, ''))) return undefined;
  t = t.replace(NAME_INTRO, '').replace(/[.!?,;:]+$/u, '').trim();
  if (t.length === 0 || t.length > LIMITS.name) return undefined;
  if (NOT_NAMES.has(t.toLowerCase())) return undefined;
  if (t.split(' ').length > 5) return undefined;
  if (/\d/.test(t)) return undefined;
  // Letters (any script), spaces, apostrophes, hyphens and dots: "Mary-Jo O'Neil Jr."
  if (!/^[\p{L}\p{M}][\p{L}\p{M}' ’.-]*$/u.test(t)) return undefined;
  return t;
}

/** "skip", "no", "nothing" → no reason; otherwise the text, or undefined when too long. */
export function parseReason(text: string, knowledge: Knowledge): { reason?: string } | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const skip = cbMsg(knowledge, 'callback-skip').toLowerCase();
  if (t === '' || [skip, 'skip', 'no', 'nope', 'none', 'nothing', 'n/a', 'na', 'no thanks', 'rather not say', "i'd rather not"].includes(t.toLowerCase().replace(/[.!]+$/, ''))) {
    return {};
  }
  if (t.length > LIMITS.reason) return undefined;
  return { reason: t };
}

/** A concrete option offered to the patient, and how the button reads. */
export interface SlotChoice extends CallbackSlot, Choice {}

function slotDate(knowledge: Knowledge, date: string, today: string): string {
  const short = formatShortDate(date);
  if (date === today) return cbMsg(knowledge, 'callback-date-today', { date: short });
  if (date === addDays(today, 1)) return cbMsg(knowledge, 'callback-date-tomorrow', { date: short });
  return short;
}

const SLOT_KEY: Record<PreferredTime, CallbackMessageKey> = {
  morning: 'callback-slot-morning',
  afternoon: 'callback-slot-afternoon',
  any: 'callback-slot-any',
};

/** "Mon 30 Nov, morning", "Wed 25 Nov (today), afternoon", … as buttons (label = value). */
export function slotChoices(knowledge: Knowledge, now: Date): SlotChoice[] {
  const today = clinicDate(knowledge.clinic, now);
  return callbackSlots(knowledge.clinic, now).map((s) => {
    const label = cbMsg(knowledge, SLOT_KEY[s.preferredTime], { date: slotDate(knowledge, s.date, today) });
    return { ...s, label, value: label };
  });
}

/** How a chosen slot reads in summaries and confirmations. */
export function slotLabel(knowledge: Knowledge, slot: CallbackSlot, now: Date): string {
  return cbMsg(knowledge, SLOT_KEY[slot.preferredTime], { date: slotDate(knowledge, slot.date, clinicDate(knowledge.clinic, now)) });
}

/** Free text for a time: "morning", "mornings", "afternoon", "any time", "whenever", "doesn't matter". */
export function timeFromText(text: string): PreferredTime | undefined {
  const t = text.toLowerCase().replace(/[’']/g, '');
  const morning = /\b(morning|mornings|before noon|before lunch)\b/.test(t);
  const afternoon = /\b(afternoon|afternoons|after lunch|after noon)\b/.test(t);
  if (morning !== afternoon) return morning ? 'morning' : 'afternoon';
  if (/\b(any ?time|whenever|either|doesnt matter|dont mind|no preference|any|both)\b/.test(t)) return 'any';
  return undefined;
}

/** A clock time in the text ("at 10", "2pm", "14:30") as the part of the day it falls in. */
function partFromClock(t: string): PreferredTime | 'outside' | undefined {
  const m = /\b(at|around|about|after|before|by)?\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$|[.,!?])/.exec(t);
  // A bare number is a date ("27") or a pick ("2"), not a time.
  if (!m || (m[1] === undefined && m[3] === undefined && m[4] === undefined)) return undefined;
  let hour = Number(m[2]);
  if (m[4]?.startsWith('p') && hour < 12) hour += 12;
  if (!m[4] && hour >= 1 && hour <= 6) hour += 12; // "at 3" during a working day means 3pm
  if (hour > 23) return undefined;
  if (hour < 7 || hour >= 18) return 'outside';
  return hour < 12 ? 'morning' : 'afternoon';
}

/**
 * A day (and part of it) typed instead of tapped: "tomorrow morning", "monday afternoon",
 * "next tuesday at 10", "Fri 27 Nov, any time". Undefined when no day is named; null when one is,
 * but the clinic cannot call then (closed that day, evening, or too late today) — never another
 * day silently instead.
 */
export function slotFromText(knowledge: Knowledge, text: string, now: Date): CallbackSlot | null | undefined {
  const t = text.toLowerCase().replace(/[’']/g, '');
  const evening = /\b(evening|evenings|tonight|night|after work|after hours)\b/.test(t);
  const clock = partFromClock(t);
  const day = dayMentioned(knowledge.clinic, t, now);
  if (!day) return evening || clock === 'outside' ? null : undefined;
  if (evening || clock === 'outside') return null;
  const part = timeFromText(t) ?? clock ?? 'any';
  const dates = day.kind === 'date' ? [day.date] : day.dates;
  for (const date of dates) {
    const slot = slotOn(knowledge.clinic, now, date, part);
    if (slot) return slot;
  }
  return null;
}

/** "Times are Central Time." */
export function zoneText(knowledge: Knowledge, now: Date): string {
  return zoneLabel(knowledge.clinic.timeZone, now);
}

export interface Draft {
  name?: string;
  phone?: string;
  slot?: CallbackSlot;
  /** undefined = not asked yet; '' = skipped */
  reason?: string;
  consent?: boolean;
}

/** The summary facts shown before sending. */
export function summaryFacts(knowledge: Knowledge, d: Required<Pick<Draft, 'name' | 'phone' | 'slot'>> & Draft, now: Date): Fact[] {
  return [
    { label: cbMsg(knowledge, 'callback-fact-name'), value: d.name },
    { label: cbMsg(knowledge, 'callback-fact-phone'), value: formatPhone(d.phone) },
    { label: cbMsg(knowledge, 'callback-fact-when'), value: slotLabel(knowledge, d.slot, now) },
    { label: cbMsg(knowledge, 'callback-fact-reason'), value: d.reason ? d.reason : cbMsg(knowledge, 'callback-no-reason') },
  ];
}

/** Short reference the patient can quote on the phone; staff find it as the id's start. */
export function shortRef(id: string): string {
  return id.slice(0, 8).toUpperCase();
}
