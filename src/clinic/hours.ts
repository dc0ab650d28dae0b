// Opening hours in the clinic's own time zone: is it open now, when does it open next, which
// days are business days. Pure: the instant is always passed in, so tests pick any moment.
import type { Clinic, Weekday } from '../knowledge/types';
import { addDays, isoDate, localParts, weekdayOf, zonedToInstant, zoneLabel } from './zonedTime';

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
const DAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

/** "8am", "6pm", "8:30am", "12pm" */
export function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${h12}${suffix}` : `${h12}:${String(m).padStart(2, '0')}${suffix}`;
}

/** "Mon 30 Nov" — compact, unambiguous for people in the clinic's country. */
export function formatShortDate(date: string): string {
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${DAY_SHORT[weekdayOf(date)]} ${d} ${MONTH_SHORT[m - 1]}`;
}

/** "Monday" */
function weekdayName(date: string): string {
  return DAY_LONG[weekdayOf(date)]!;
}

export function weekdayLongName(weekday: Weekday): string {
  return DAY_LONG[WEEKDAYS.indexOf(weekday)]!;
}

/** "today" / "tomorrow" / "Monday" within a week / "Monday 7 Dec" further out. */
function relativeDay(date: string, today: string): string {
  if (date === today) return 'today';
  if (date === addDays(today, 1)) return 'tomorrow';
  for (let i = 2; i < 7; i++) if (date === addDays(today, i)) return weekdayName(date);
  const [, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${weekdayName(date)} ${d} ${MONTH_SHORT[m - 1]}`;
}

export function clinicStatus(clinic: Clinic, now: Date): ClinicStatus {
  const today = clinicDate(clinic, now);
  const t = now.getTime();
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const date = addDays(today, i);
    for (const iv of hoursOnDate(clinic, date)) {
      const start = zonedToInstant(date, iv.open, clinic.timeZone);
      const end = zonedToInstant(date, iv.close, clinic.timeZone);
      if (t >= start.getTime() && t < end.getTime()) {
        const closesAtText = formatTime(iv.close);
        return { open: true, closesAt: end, closesAtText, summary: `Open now until ${closesAtText}` };
      }
      if (start.getTime() > t) {
        const nextOpenText = `${relativeDay(date, today)} ${formatTime(iv.open)}`;
        return { open: false, nextOpenAt: start, nextOpenText, summary: `Closed now; opens ${nextOpenText}` };
      }
    }
  }
  return { open: false, summary: 'Closed now' };
}

/** "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat" — runs of three or more become ranges. */
export function describeDays(days: Weekday[]): string {
  // Monday-first order, as people read a week.
  const order: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const idx = [...new Set(days)].map((d) => order.indexOf(d)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const name = (k: number) => DAY_SHORT[WEEKDAYS.indexOf(order[idx[k]!]!)]!;
    if (j - i >= 2) parts.push(`${name(i)}–${name(j)}`);
    else for (let k = i; k <= j; k++) parts.push(name(k));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "Mon–Fri 8am–6pm (Central Time)" */
export function describeHours(clinic: Clinic): string {
  const groups = clinic.hours
    .filter((h) => h.days.length > 0)
    .map((h) => `${describeDays(h.days)} ${formatTime(h.open)}–${formatTime(h.close)}`);
  const zone = zoneLabel(clinic.timeZone);
  return groups.length === 0 ? `Closed (${zone})` : `${groups.join('; ')} (${zone})`;
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
