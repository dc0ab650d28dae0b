// Opening hours in the clinic's own time zone: is it open now, when does it open next, which
// days are business days. Pure: the instant is always passed in, so tests pick any moment.
// Day, month and time names come from Intl in the conversation's locale ('en-US', 'es-US'); the
// few sentences ("Open now until 6pm") from the knowledge's messages, passed in as HoursWords.
import type { Clinic, Weekday } from '../knowledge/types';
import { addDays, isoDate, localParts, weekdayOf, zonedToInstant, zoneLabel } from './zonedTime';

/** The wording hours are said in (built from knowledge/messages by hoursWords()). */
export interface HoursWords {
  /** BCP 47 locale for Intl: 'en-US' or 'es-US'. */
  locale: string;
  /** "Open now until {time}" */
  openUntil: string;
  /** "Closed now; opens {when}" */
  closedOpens: string;
  /** "Closed now" (nothing open within a year) */
  closedNow: string;
  /** "Closed" (no opening hours at all) */
  closedAllWeek: string;
  today: string;
  tomorrow: string;
  /** "{day}: closed" — a day asked about ("¿abren el sábado?") that the clinic is shut. */
  dayClosed: string;
  /** "{day}: {hours}" — a day asked about, with its opening times. */
  dayHours: string;
}

export interface ClinicStatus {
  open: boolean;
  closesAt?: Date;
  nextOpenAt?: Date;
  /** "Open now until 6pm" / "Closed now; opens Monday 8am" */
  summary: string;
  /** While open: the closing time as people say it, "6pm". */
  closesAtText?: string;
  /** While closed: when it opens next, "today 8am" / "tomorrow 8am" / "Monday 8am". */
  nextOpenText?: string;
}

export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The default locale of the formatting helpers (staff views, the webhook, the console). */
const STAFF_LOCALE = 'en-US';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A calendar date ("YYYY-MM-DD") named in `locale` (noon UTC: the same date in every zone). */
function dateName(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return f.format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** A date in the week of 2026-11-29 (a Sunday) for each weekday, to name weekdays with Intl. */
function dateOfWeekday(index: number): string {
  return `2026-11-${String(29 + index).padStart(2, '0')}`;
}

/** A closed date can run for weeks (a renovation); a year ahead is where we stop looking. */
const SEARCH_DAYS = 370;

export interface Interval {
  open: string;
  close: string;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Opening intervals for a weekday, sorted, contiguous ones merged ("08:00–12:00" + "12:00–18:00"). */
function hoursOnWeekday(clinic: Clinic, weekday: Weekday): Interval[] {
  const raw = clinic.hours
    .filter((h) => h.days.includes(weekday) && minutesOf(h.close) > minutesOf(h.open))
    .map((h) => ({ open: h.open, close: h.close }))
    .sort((a, b) => minutesOf(a.open) - minutesOf(b.open));
  const merged: Interval[] = [];
  for (const iv of raw) {
    const last = merged[merged.length - 1];
    if (last && minutesOf(iv.open) <= minutesOf(last.close)) {
      if (minutesOf(iv.close) > minutesOf(last.close)) last.close = iv.close;
    } else {
      merged.push({ ...iv });
    }
  }
  return merged;
}

/** Opening intervals on a clinic-local date, honouring closedDates. */
export function hoursOnDate(clinic: Clinic, date: string): Interval[] {
  if (clinic.closedDates.includes(date)) return [];
  return hoursOnWeekday(clinic, WEEKDAYS[weekdayOf(date)]!);
}

/** True when the weekly hours open on that weekday at all (closedDates aside). */
export function isOpenOn(clinic: Clinic, weekday: Weekday): boolean {
  return hoursOnWeekday(clinic, weekday).length > 0;
}

/** The clinic-local date ("YYYY-MM-DD") of an instant. */
export function clinicDate(clinic: Clinic, now: Date): string {
  return isoDate(localParts(now, clinic.timeZone));
}

/** "8am", "6pm", "8:30am", "12pm" in English (compact, as the clinic writes it); "8 a.m." in Spanish. */
export function formatTime(hhmm: string, locale: string = STAFF_LOCALE): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (locale.startsWith('en')) {
    const suffix = h < 12 ? 'am' : 'pm';
    const h12 = h % 12 === 0 ? 12 : h % 12;
    return m === 0 ? `${h12}${suffix}` : `${h12}:${String(m).padStart(2, '0')}${suffix}`;
  }
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', ...(m === 0 ? {} : { minute: '2-digit' }) };
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(2026, 0, 1, h, m)));
}

/** "Mon 30 Nov" ("lun 30 nov") — compact, unambiguous for people in the clinic's country. */
export function formatShortDate(date: string, locale: string = STAFF_LOCALE): string {
  const [, , d] = date.split('-').map(Number) as [number, number, number];
  return `${dateName(date, locale, { weekday: 'short' })} ${d} ${dateName(date, locale, { month: 'short' })}`;
}

/** "Monday" ("lunes") */
function weekdayName(date: string, locale: string): string {
  return dateName(date, locale, { weekday: 'long' });
}

export function weekdayLongName(weekday: Weekday, locale: string = STAFF_LOCALE): string {
  return weekdayName(dateOfWeekday(WEEKDAYS.indexOf(weekday)), locale);
}

/** "today" / "tomorrow" / "Monday" within a week / "Monday 7 Dec" further out. */
function relativeDay(date: string, today: string, words: HoursWords): string {
  if (date === today) return words.today;
  if (date === addDays(today, 1)) return words.tomorrow;
  const weekday = weekdayName(date, words.locale);
  for (let i = 2; i < 7; i++) if (date === addDays(today, i)) return weekday;
  const [, , d] = date.split('-').map(Number) as [number, number, number];
  return `${weekday} ${d} ${dateName(date, words.locale, { month: 'short' })}`;
}

function fill(template: string, name: string, value: string): string {
  return template.split(`{${name}}`).join(value);
}

export function clinicStatus(clinic: Clinic, now: Date, words: HoursWords): ClinicStatus {
  const today = clinicDate(clinic, now);
  const t = now.getTime();
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const date = addDays(today, i);
    for (const iv of hoursOnDate(clinic, date)) {
      const start = zonedToInstant(date, iv.open, clinic.timeZone);
      const end = zonedToInstant(date, iv.close, clinic.timeZone);
      if (t >= start.getTime() && t < end.getTime()) {
        const closesAtText = formatTime(iv.close, words.locale);
        return { open: true, closesAt: end, closesAtText, summary: fill(words.openUntil, 'time', closesAtText) };
      }
      if (start.getTime() > t) {
        const nextOpenText = `${relativeDay(date, today, words)} ${formatTime(iv.open, words.locale)}`;
        return { open: false, nextOpenAt: start, nextOpenText, summary: fill(words.closedOpens, 'when', nextOpenText) };
      }
    }
  }
  return { open: false, summary: words.closedNow };
}

/** "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat" — runs of three or more become ranges. */
export function describeDays(days: Weekday[], locale: string = STAFF_LOCALE): string {
  // Monday-first order, as people read a week.
  const order: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const idx = [...new Set(days)].map((d) => order.indexOf(d)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const name = (k: number) =>
      dateName(dateOfWeekday(WEEKDAYS.indexOf(order[idx[k]!]!)), locale, { weekday: 'short' });
    if (j - i >= 2) parts.push(`${name(i)}–${name(j)}`);
    else for (let k = i; k <= j; k++) parts.push(name(k));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "Mon–Fri 8am–6pm (Central Time)", "lun–vie 8 a.m.–6 p.m. (hora central)" */
export function describeHours(clinic: Clinic, words: HoursWords): string {
  const { locale } = words;
  const groups = clinic.hours
    .filter((h) => h.days.length > 0)
    .map((h) => `${describeDays(h.days, locale)} ${formatTime(h.open, locale)}–${formatTime(h.close, locale)}`);
  const zone = zoneLabel(clinic.timeZone, undefined, locale);
  return groups.length === 0 ? `${words.closedAllWeek} (${zone})` : `${groups.join('; ')} (${zone})`;
}

/**
 * The next `count` clinic-local business days, soonest first. Today counts while the clinic has
 * not yet closed for the day, so a request at 9am can still be handled this morning.
 */
export function nextBusinessDays(clinic: Clinic, now: Date, count: number): string[] {
  const today = clinicDate(clinic, now);
  const out: string[] = [];
  for (let i = 0; i < SEARCH_DAYS && out.length < count; i++) {
    const date = addDays(today, i);
    const hours = hoursOnDate(clinic, date);
    if (hours.length === 0) continue;
    if (i === 0) {
      const lastClose = zonedToInstant(date, hours[hours.length - 1]!.close, clinic.timeZone);
      if (now.getTime() >= lastClose.getTime()) continue;
    }
    out.push(date);
  }
  return out;
}
