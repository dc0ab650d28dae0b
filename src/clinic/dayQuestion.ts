// "Are you open on Saturday?", "open tomorrow?", "open this weekend?": which day the person means
// and whether the clinic opens then. Pure; the bot turns the result into words.
import type { Clinic, Weekday } from '../knowledge/types';
import { addDays, weekdayOf } from './zonedTime';
import { clinicDate, formatShortDate, formatTime, hoursOnDate, WEEKDAYS, weekdayLongName } from './hours';

export type DayMention = { kind: 'date'; date: string; said: string } | { kind: 'weekend'; dates: [string, string] };

// Full names, common abbreviations and plurals ("saturdays"); word-bounded so "sun" in "sunny"
// or "sat" in "satisfied" does not count.
const DAY_PATTERNS: Array<[Weekday, RegExp]> = [
  ['mon', /\b(monday|mon)s?\b/],
  ['tue', /\b(tuesday|tues|tue)s?\b/],
  ['wed', /\b(wednesday|wednes|weds|wed)s?\b/],
  ['thu', /\b(thursday|thurs|thur|thu)s?\b/],
  ['fri', /\b(friday|fri)s?\b/],
  ['sat', /\b(saturday|sat)s?\b/],
  ['sun', /\b(sunday|sun)s?\b/],
];

/**
 * The day a question is about, resolved to clinic-local dates from `now`: a weekday name means its
 * next occurrence (today included), "today"/"tonight"/"tomorrow" as said, "weekend" both days.
 */
export function dayMentioned(clinic: Clinic, text: string, now: Date): DayMention | undefined {
  const t = text.toLowerCase();
  const today = clinicDate(clinic, now);
  if (/\b(tomorrow|tmrw|tmr|tomorow|tommorow)\b/.test(t))
    return { kind: 'date', date: addDays(today, 1), said: 'tomorrow' };
  if (/\b(today|tonight|this evening)\b/.test(t)) return { kind: 'date', date: today, said: 'today' };
  if (/\bweek-?ends?\b/.test(t)) {
    const toSat = (6 - weekdayOf(today) + 7) % 7;
    // On a Sunday "this weekend" is today; the Saturday just gone is no use.
    const sat = weekdayOf(today) === 0 ? addDays(today, -1) : addDays(today, toSat);
    return { kind: 'weekend', dates: [sat, addDays(sat, 1)] };
  }
  for (const [day, re] of DAY_PATTERNS) {
    if (re.test(t)) {
      const target = WEEKDAYS.indexOf(day);
      const ahead = (target - weekdayOf(today) + 7) % 7;
      return { kind: 'date', date: addDays(today, ahead), said: weekdayLongName(day) };
    }
  }
  return undefined;
}

export interface DayAnswer {
  /** Whether the clinic opens on (any of) the day(s) asked about. */
  open: boolean;
  /** "Saturday (Sat 28 Nov): closed" / "Tomorrow (Fri 27 Nov): 8am–6pm" */
  summary: string;
}

function dayLine(clinic: Clinic, date: string, said: string): { open: boolean; line: string } {
  const hours = hoursOnDate(clinic, date);
  const label = `${said.charAt(0).toUpperCase()}${said.slice(1)} (${formatShortDate(date)})`;
  if (hours.length === 0) return { open: false, line: `${label}: closed` };
  return {
    open: true,
    line: `${label}: ${hours.map((h) => `${formatTime(h.open)}–${formatTime(h.close)}`).join(', ')}`,
  };
}

/** Answers a question about a particular day; undefined when the text names no day. */
export function answerDayQuestion(clinic: Clinic, text: string, now: Date): DayAnswer | undefined {
  const m = dayMentioned(clinic, text, now);
  if (!m) return undefined;
  if (m.kind === 'weekend') {
    const lines = [dayLine(clinic, m.dates[0], 'Saturday'), dayLine(clinic, m.dates[1], 'Sunday')];
    return { open: lines.some((l) => l.open), summary: lines.map((l) => l.line).join('; ') };
  }
  const l = dayLine(clinic, m.date, m.said);
  return { open: l.open, summary: l.line };
}
