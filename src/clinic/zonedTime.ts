// Wall-clock arithmetic in an IANA time zone with nothing but Intl, so the clinic's hours are right
// wherever the server runs (UTC in the cloud) and across daylight-saving changes.

export interface LocalParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number; // 0..23
  minute: number;
  /** 0 = Sunday … 6 = Saturday, as Date.getUTCDay */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // hourCycle h23 avoids "24" at midnight that hour12:false produces on some ICU versions.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The clinic-local calendar date and time of an instant. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year, month, day, hour, minute } = parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
  return { year, month, day, hour, minute, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() };
}

/** Offset of the zone from UTC at an instant, in minutes (Chicago: -360 in winter, -300 in summer). */
function offsetMinutes(instant: Date, timeZone: string): number {
  // Whole minutes: every modern zone offset is a whole number of minutes.
  const t0 = Math.floor(instant.getTime() / 60_000) * 60_000;
  const p = localParts(new Date(t0), timeZone);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - t0) / 60_000);
}

/**
 * The instant at which the clinic's clocks show this date and time. A time skipped by a
 * spring-forward change is moved forward by the gap (02:30 → 03:30); a repeated autumn hour
 * resolves to its first occurrence.
 */
export function zonedToInstant(date: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset on either side of a change.
  const first = offsetMinutes(new Date(wall), timeZone);
  let t = wall - first * 60_000;
  const second = offsetMinutes(new Date(t), timeZone);
  if (second !== first) {
    const t2 = wall - second * 60_000;
    // Pick the candidate whose local reading is the requested wall time, if any.
    const p = localParts(new Date(t2), timeZone);
    t = p.hour === hh && p.minute === mm ? t2 : Math.max(t, t2);
  } else {
    // Autumn fold: an earlier instant may show the same wall time; prefer it.
    const earlier = t - 60 * 60_000;
    const p = localParts(new Date(earlier), timeZone);
    if (p.hour === hh && p.minute === mm && p.day === d) t = earlier;
  }
  return new Date(t);
}

export function isoDate(p: { year: number; month: number; day: number }): string {
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Calendar arithmetic on "YYYY-MM-DD" strings, independent of any zone. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/** 0 = Sunday … 6 = Saturday for a "YYYY-MM-DD". */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** "Central Time" for America/Chicago; the zone id itself if the runtime has no generic name. */
export function zoneLabel(timeZone: string, at: Date = new Date(), locale = 'en-US'): string {
  try {
    const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name && !/^GMT/.test(name) ? name : timeZone;
  } catch {
    return timeZone;
  }
}
