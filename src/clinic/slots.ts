// The concrete callback windows offered to a patient: the next business morning, the next
// business afternoon, or any time on the next business day — each tied to a clinic-local date.
import type { Clinic } from '../knowledge/types';
import type { PreferredTime } from '../callbacks/types';
import { addDays, zonedToInstant } from './zonedTime';
import { clinicDate, hoursOnDate } from './hours';

export interface CallbackSlot {
  preferredTime: PreferredTime;
  /** clinic-local "YYYY-MM-DD" */
  date: string;
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
export function slotOn(clinic: Clinic, now: Date, date: string, part: PreferredTime): CallbackSlot | undefined {
  const w = windowOn(clinic, date, part);
  if (w && w.end.getTime() - Math.max(now.getTime(), w.start.getTime()) >= MIN_WINDOW_MS) return { preferredTime: part, date };
  return undefined;
}

/** The first date from today on whose window in `part` still has an hour left after `now`. */
export function nextSlot(clinic: Clinic, now: Date, part: PreferredTime): CallbackSlot | undefined {
  const today = clinicDate(clinic, now);
  for (let i = 0; i < SEARCH_DAYS; i++) {
    const slot = slotOn(clinic, now, addDays(today, i), part);
    if (slot) return slot;
  }
  return undefined;
}

/** Morning, afternoon and any-time options, in that order; parts the clinic never opens are left out. */
export function callbackSlots(clinic: Clinic, now: Date): CallbackSlot[] {
  const parts: PreferredTime[] = ['morning', 'afternoon', 'any'];
  return parts.map((p) => nextSlot(clinic, now, p)).filter((s): s is CallbackSlot => s !== undefined);
}
