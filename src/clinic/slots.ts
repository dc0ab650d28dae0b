// The concrete callback windows offered to a patient: the next business morning, the next
// business afternoon, or any time on the next business day — each tied to a clinic-local date —
// and a time the patient names in their own words ("after 5pm today", "Tuesday around 10", "in an
// hour"), read with chrono-node in the clinic's time zone and kept as said when the clinic is open then.
// The English and Spanish parsers only: the package's index loads every locale (about 0.15 s of
// CPU at start).
import type * as ChronoEn from 'chrono-node/en';
import type * as ChronoEs from 'chrono-node/es';
import { expandTimeShorthand } from './timeShorthand';
import type { Clinic } from '../knowledge/types';
import type { PreferredTime } from '../callbacks/types';
import { addDays, isoDate, localParts, zonedToInstant } from './zonedTime';
import { clinicDate, hoursOnDate } from './hours';

export interface CallbackSlot {
  preferredTime: PreferredTime;
  /** clinic-local "YYYY-MM-DD" */
  date: string;
  /** A specific time the patient named, as an ISO instant ("after 5pm today" → 17:00 that day). */
  at?: string;
  /** The clinic-local "HH:MM" of `at`. */
  time?: string;
  /** "after", "around", "before" when the patient said so; absent for "at". */
  qualifier?: 'after' | 'around' | 'before';
  /** How the patient put it ("after 5pm today"), for staff. */
  said?: string;
}

/** Morning ends at noon; staff need this much of a window left to still make a call in it. */
const NOON = '12:00';
const MIN_WINDOW_MS = 60 * 60_000;
const SEARCH_DAYS = 370;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The part of a date's opening hours that falls in a window, as instants; undefined if none. */
function windowOn(clinic: Clinic, date: string, part: PreferredTime): { start: Date; end: Date } | undefined {
  const hours = hoursOnDate(clinic, date);
  if (hours.length === 0) return undefined;
  let open = hours[0]!.open;
  let close = hours[hours.length - 1]!.close;
  if (part === 'morning') close = minutes(close) < minutes(NOON) ? close : NOON;
  if (part === 'afternoon') open = minutes(open) > minutes(NOON) ? open : NOON;
  if (minutes(close) <= minutes(open)) return undefined;
  return { start: zonedToInstant(date, open, clinic.timeZone), end: zonedToInstant(date, close, clinic.timeZone) };
}

/** The slot `part` of `date`, if the clinic is open then with an hour of it still left after `now`. */
function slotOn(clinic: Clinic, now: Date, date: string, part: PreferredTime): CallbackSlot | undefined {
  const w = windowOn(clinic, date, part);
  if (w && w.end.getTime() - Math.max(now.getTime(), w.start.getTime()) >= MIN_WINDOW_MS)
    return { preferredTime: part, date };
  return undefined;
}

/** The first date from today on whose window in `part` still has an hour left after `now`. */
function nextSlot(clinic: Clinic, now: Date, part: PreferredTime): CallbackSlot | undefined {
  const today = clinicDate(clinic, now);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const slot = slotOn(clinic, now, addDays(today, i), part);
    if (slot) return slot;
  }
  return undefined;
}

const PART_ORDER: PreferredTime[] = ['morning', 'afternoon', 'any'];

/**
 * The next morning, afternoon and any-time options, soonest day first (today's before Monday's),
 * morning before afternoon on the same day; parts the clinic never opens are left out.
 */
export function callbackSlots(clinic: Clinic, now: Date): CallbackSlot[] {
  return PART_ORDER.map((p) => nextSlot(clinic, now, p))
    .filter((s): s is CallbackSlot => s !== undefined)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || PART_ORDER.indexOf(a.preferredTime) - PART_ORDER.indexOf(b.preferredTime),
    );
}

/** What a typed time means for a callback. */
export type RequestedTime =
  /** A day (and maybe a part of it or a clock time) the clinic can call at. */
  | { kind: 'slot'; slot: CallbackSlot }
  /** A day or time the clinic cannot call at, with the nearest options from then on. */
  | { kind: 'closed'; options: CallbackSlot[] };

function hhmm(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function partOf(time: string): PreferredTime {
  return minutes(time) < minutes(NOON) ? 'morning' : 'afternoon';
}

/** True when the clinic is open at `time` on `date` (for "before 10", open some time before it). */
function openAt(clinic: Clinic, date: string, time: string, qualifier: CallbackSlot['qualifier']): boolean {
  const t = minutes(time);
  return hoursOnDate(clinic, date).some((iv) => {
    if (qualifier === 'before') return minutes(iv.open) < t;
    // "not before 11", "any time after 7": a window from then on, fine when it overlaps the hours.
    if (qualifier === 'after') return t < minutes(iv.close);
    return minutes(iv.open) <= t && t < minutes(iv.close);
  });
}

// A clock time chrono leaves out after a day ("Tuesday around 10"): needs a word before it, a colon
// or am/pm, so a date ("27") or a pick ("2") is not read as a time.
const CLOCK =
  /\b(not before|no earlier than|at|around|about|after|before|by|from)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$|[.,!?])|\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?=\s|$|[.,!?])|\b(\d{1,2}):(\d{2})\b/i;
const QUALIFIER = /\b(after|around|about|before|by|from|not before|no earlier than)\s*$/i;

// The same in Spanish: "a las 5", "después de las 5", "como a las 10", "antes de las 3", "5 de la
// tarde", "10:30". Same groups as CLOCK (qualifier, hour, minute, meridiem | hour, minute, meridiem | h:mm).
const CLOCK_ES =
  /(?<![\p{L}])(no antes de las|no antes de la|a partir de las|a partir de la|a las|a la|despu[eé]s de las|despu[eé]s de la|desde las|pasadas las|como a las|como a la|alrededor de las|tipo|antes de las|antes de la)\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.|de la ma[nñ]ana|de la tarde)?(?=\s|$|[.,!?])|\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.|de la ma[nñ]ana|de la tarde)(?=\s|$|[.,!?])|\b(\d{1,2}):(\d{2})\b/iu;
const QUALIFIER_ES =
  /(?<![\p{L}])(no antes de|a partir de|despu[eé]s de|desde|pasadas|como a|alrededor de|tipo|antes de|a)\s*$/iu;

/** Spanish qualifier words → the same three qualifiers ("después de las 5" → after). */
function qualifierOfEs(word: string | undefined): CallbackSlot['qualifier'] {
  const w = (word ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  // "no antes de las 11", "a partir de las 11": from then on.
  if (/^(despues|desde|pasadas|no antes|a partir)/.test(w)) return 'after';
  if (/^(como|alrededor|tipo)/.test(w)) return 'around';
  if (/^antes/.test(w)) return 'before';
  return undefined;
}

// chrono-node is loaded the first time a time is read (a callback request), not at start-up: it is
// about a twentieth of the modules the bot loads, and most conversations never ask for a time.
let chronoEn: typeof ChronoEn | undefined;
let chronoEs: typeof ChronoEs | undefined;

/** What each language reads a time with: chrono's parser, the clock and qualifier patterns. */
const READERS = {
  en: {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    chrono: () => (chronoEn ??= require('chrono-node/en') as typeof ChronoEn).casual,
    clock: CLOCK,
    qualifier: QUALIFIER,
    qualifierOf,
    today: /\b(this|today|tonight)\b/i,
    // "in an hour", "in 30 minutes"; not "11 in the morning".
    inAn: /\bin\s+(?:an?|half|\d+)\b/i,
  },
  es: {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    chrono: () => (chronoEs ??= require('chrono-node/es') as typeof ChronoEs).casual,
    clock: CLOCK_ES,
    qualifier: QUALIFIER_ES,
    qualifierOf: qualifierOfEs,
    today: /(?<![\p{L}])(hoy|esta|este)(?![\p{L}])/iu,
    inAn: /(?<![\p{L}])en\s+(?:una|un|media|\d+)(?![\p{L}])/iu,
  },
} as const;

function qualifierOf(word: string | undefined): CallbackSlot['qualifier'] {
  const w = (word ?? '').toLowerCase();
  if (w === 'after' || w === 'from' || w.endsWith('before') || w.endsWith('than'))
    return w === 'before' || w === 'by' ? 'before' : 'after';
  if (w === 'around' || w === 'about') return 'around';
  if (w === 'before' || w === 'by') return 'before';
  return undefined;
}

/** What the patient asked for on a day the clinic cannot call: kept for the nearest day it can. */
interface Wish {
  time?: string;
  qualifier?: CallbackSlot['qualifier'];
  part?: PreferredTime;
}

/**
 * The nearest options from `date` on. The time or part of the day the patient asked for comes
 * first, on the first day the clinic can call then ("Sunday after 3" → Monday after 3pm first),
 * so a "yes" to the nearest option keeps what they said; the usual parts follow.
 */
function optionsFrom(clinic: Clinic, now: Date, date: string, wish: Wish = {}): CallbackSlot[] {
  const from = new Date(Math.max(now.getTime(), zonedToInstant(date, '00:00', clinic.timeZone).getTime()));
  const usual = callbackSlots(clinic, from);
  const kept = wish.time ? sameTimeLater(clinic, now, date, wish.time, wish.qualifier) : undefined;
  if (kept) return [kept, ...usual.filter((s) => !(s.date === kept.date && s.preferredTime === kept.preferredTime))];
  const part = wish.part && wish.part !== 'any' ? usual.find((s) => s.preferredTime === wish.part) : undefined;
  return part ? [part, ...usual.filter((s) => s !== part)] : usual;
}

/** The same clock time on the first later day the clinic is open then (within a fortnight). */
function sameTimeLater(
  clinic: Clinic,
  now: Date,
  date: string,
  time: string,
  qualifier: CallbackSlot['qualifier'],
): CallbackSlot | undefined {
  for (let i = 0; i < 14; i++) {
    const day = addDays(date, i);
    const instant = zonedToInstant(day, time, clinic.timeZone);
    if (instant.getTime() <= now.getTime() || !openAt(clinic, day, time, qualifier)) continue;
    return {
      preferredTime: partOf(time),
      date: day,
      at: instant.toISOString(),
      time,
      ...(qualifier ? { qualifier } : {}),
    };
  }
  return undefined;
}

/** Hours without am/pm during a working day: "at 3" means 3pm, "at 9" 9am. */
function workingHour(hour: number, meridiemSaid: boolean): number {
  return !meridiemSaid && hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

/**
 * The time a patient names for a callback, in the clinic's zone: undefined when the text names no
 * day or time; a slot when the clinic is open then (a named clock time is kept as said); 'closed'
 * with the nearest options when it is not — never another day silently instead. `part` is the
 * part of the day named in words ("morning"), which the caller reads from its own word lists.
 */
/** "12 yo", "12-year-old", "74 años", "18 months": an age, whose number chrono would read as a clock time. */
const AGE =
  /\b\d{1,3}\s*(?:-\s*)?(?:yo|y\/o|yrs?|years?(?:\s*-?\s*old)?|year-olds?|months?(?:\s+old)?|mos|años|anos|meses)\b/gi;

export function requestedTime(
  clinic: Clinic,
  text: string,
  now: Date,
  part?: PreferredTime,
  language: 'en' | 'es' = 'en',
): RequestedTime | undefined {
  const reader = READERS[language];
  // Phone numbers and ages are not times ("214-555-0177", "my 12 yo son", "tiene 74 años").
  const cleaned = expandTimeShorthand(text, language)
    .replace(/\+?\d[\d\s().-]{6,}\d/g, ' ')
    .replace(AGE, ' ');
  const today = clinicDate(clinic, now);
  const local = localParts(now, clinic.timeZone);
  const tzOffset = Math.round(
    (Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) -
      Math.floor(now.getTime() / 60_000) * 60_000) /
      60_000,
  );
  const results = reader.chrono().parse(cleaned, { instant: now, timezone: tzOffset }, { forwardDate: true });
  const found = results[0];
  const afterDay = found ? reader.clock.exec(cleaned.slice(found.index)) : null;
  // "anytime after 5 today": the clock time can come just before the day chrono found.
  const clock = afterDay ?? reader.clock.exec(cleaned);
  if (!found && !clock) return undefined;

  let date = today;
  let dayGiven = false;
  let byWeekday = false;
  if (found && (found.start.isCertain('day') || found.start.isCertain('weekday') || reader.today.test(found.text))) {
    date = isoDate({ year: found.start.get('year')!, month: found.start.get('month')!, day: found.start.get('day')! });
    dayGiven = true;
    byWeekday = found.start.isCertain('weekday') && !found.start.isCertain('day');
  }

  let time: string | undefined;
  let qualifier: CallbackSlot['qualifier'];
  // Where the words about the time start and end in the text (for "how they put it").
  let start = found?.index ?? Number.POSITIVE_INFINITY;
  let end = found ? found.index + found.text.length : 0;
  const clockAt = clock ? (afterDay && found ? found.index : 0) + clock.index : -1;
  if (found && found.start.isCertain('hour')) {
    const hour = workingHour(found.start.get('hour')!, found.start.isCertain('meridiem'));
    time = hhmm(hour, found.start.get('minute') ?? 0);
    const before = reader.qualifier.exec(cleaned.slice(0, found.index));
    // "tomorrow after 4pm": chrono's match can hold the qualifier itself.
    const inside = reader.clock.exec(found.text);
    qualifier = reader.qualifierOf(before?.[1] ?? inside?.[1]);
    if (before) start = before.index;
    // "in an hour", "in 30 minutes": chrono has the exact instant.
    if (reader.inAn.test(found.text)) {
      const p = localParts(found.start.date(), clinic.timeZone);
      date = isoDate(p);
      time = hhmm(p.hour, p.minute);
      dayGiven = true;
    }
  } else if (clock) {
    const hour = Number(clock[2] ?? clock[5] ?? clock[8]);
    const minute = Number(clock[3] ?? clock[6] ?? clock[9] ?? 0);
    const meridiem = (clock[4] ?? clock[7] ?? '').toLowerCase();
    // "pm", "p.m.", "de la tarde" → afternoon; "am", "de la mañana" → morning.
    const pm = meridiem.startsWith('p') || meridiem.endsWith('tarde');
    const am = meridiem.startsWith('a') || /ma[nñ]ana$/.test(meridiem);
    let h = hour;
    if (pm && h < 12) h += 12;
    if (am && h === 12) h = 0;
    if (h <= 23 && minute <= 59) {
      time = hhmm(workingHour(h, meridiem !== ''), minute);
      qualifier = reader.qualifierOf(clock[1]);
      // A stray word chrono read ("trabaja de noche") is not part of how the time was put.
      start = dayGiven ? Math.min(start, clockAt) : clockAt;
      end = dayGiven ? Math.max(end, clockAt + clock[0].length) : clockAt + clock[0].length;
    }
  }
  const said = Number.isFinite(start) ? cleaned.slice(start, end).trim() : text.trim();
  if (!dayGiven && !time) return undefined; // "morning" alone: the buttons decide
  if (time) {
    let instant = zonedToInstant(date, time, clinic.timeZone);
    // "not before 9" said at 10 while an hour of today's opening is left: from now on, today.
    if (!dayGiven && qualifier === 'after' && instant.getTime() <= now.getTime() && slotOn(clinic, now, today, 'any'))
      return {
        kind: 'slot',
        slot: { preferredTime: partOf(time), date, at: now.toISOString(), time, qualifier, said },
      };
    // "at 3" said after 3pm: tomorrow; "Tuesday at 10" said on Tuesday at 11: next Tuesday.
    if (instant.getTime() <= now.getTime() && (!dayGiven || byWeekday)) {
      date = addDays(date, dayGiven ? 7 : 1);
      instant = zonedToInstant(date, time, clinic.timeZone);
    }
    const future = instant.getTime() > now.getTime() - 5 * 60_000;
    // "not before 11" with no day is a standing window: the first day the clinic can call in it.
    if (!dayGiven && qualifier === 'after' && !(future && openAt(clinic, date, time, qualifier))) {
      const later = sameTimeLater(clinic, now, date, time, qualifier);
      if (later) return { kind: 'slot', slot: { ...later, said } };
    }
    if (future && openAt(clinic, date, time, qualifier)) {
      const at = new Date(Math.max(instant.getTime(), now.getTime()));
      return {
        kind: 'slot',
        slot: {
          preferredTime: partOf(time),
          date,
          at: at.toISOString(),
          time,
          ...(qualifier ? { qualifier } : {}),
          said,
        },
      };
    }
    return { kind: 'closed', options: optionsFrom(clinic, now, date, { time, qualifier }) };
  }
  // "el lunes", "on Monday" said on a Monday: the next one (today is said "today", "hoy", "this Monday");
  // the date is said back with the request, so a wrong reading can be corrected.
  if (byWeekday && date === today && !reader.today.test(found?.text ?? '') && !THIS_WEEKDAY.test(cleaned))
    date = addDays(today, 7);
  // A day, maybe a part of it: that day's window, if an hour of it is left.
  const wanted = part ?? 'any';
  const slot = slotOn(clinic, now, date, wanted);
  if (slot) return { kind: 'slot', slot };
  return { kind: 'closed', options: optionsFrom(clinic, now, date, { part: wanted }) };
}

/** "this Monday", "este lunes": the weekday of this week (today, if it is today). */
const THIS_WEEKDAY =
  /\b(?:this|este|esta)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b/i;
