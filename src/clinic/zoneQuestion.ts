// "She said after 5 her time, she's in California: what's that for us?" — a clock time in another
// US time zone, said in the clinic's time, and whether the clinic can call then. Pure, time injected
// (the offsets of the day asked about, daylight saving included). The front desk asks this in Teams.
import type { Clinic } from '../knowledge/types';
import { clinicDate, formatTime, hoursOnDate, nextBusinessDays } from './hours';
import { localParts, zonedToInstant } from './zonedTime';

/** Places and zone names people use, folded to plain words, → the zone. */
const ZONES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:pacific|pst|pdt|california|cali|los angeles|san diego|san francisco|seattle|portland|oregon|washington state|nevada|las vegas)\b/,
    'America/Los_Angeles',
  ],
  [/\b(?:arizona|phoenix|tucson)\b/, 'America/Phoenix'],
  [
    /\b(?:mountain|mst|mdt|denver|colorado|utah|salt lake|new mexico|albuquerque|idaho|montana|wyoming)\b/,
    'America/Denver',
  ],
  [
    /\b(?:eastern|est|edt|new york|nyc|florida|miami|atlanta|georgia|boston|ohio|michigan|detroit|carolina|virginia|pennsylvania|philadelphia|new jersey|dc)\b/,
    'America/New_York',
  ],
  [/\b(?:alaska|anchorage)\b/, 'America/Anchorage'],
  [/\b(?:hawaii|honolulu)\b/, 'Pacific/Honolulu'],
  [/\b(?:central|cst|cdt|chicago|texas|illinois|oklahoma|louisiana)\b/, 'America/Chicago'],
];

/** "after 5", "5pm", "at 10:30 am", "before noon": the clock time named, with its qualifier. */
const CLOCK = /\b(after|before|around|about|at|by)?\s*(\d{1,2})(?:[: ](\d{2}))?\s*(am|pm|a m|p m)?\b/g;

export interface ZoneAnswer {
  /** Their clock time and zone ("5pm", "America/Los_Angeles"); the same instant on the clinic's clock. */
  theirTime: string;
  theirZone: string;
  ourTime: string;
  qualifier?: 'after' | 'before' | 'around';
  /** Where that time falls in the clinic's opening hours of the next business day. */
  fits: 'in-hours' | 'after-close' | 'before-open';
  /** The clinic's opening and closing time, and the same two on their clock. */
  open: string;
  close: string;
  theirOpen: string;
  theirClose: string;
}

/** The zone a message names, if it names one other than the clinic's. */
function zoneIn(folded: string, clinicZone: string): string | undefined {
  const hit = ZONES.find(([re]) => re.test(folded))?.[1];
  return hit && hit !== clinicZone ? hit : undefined;
}

/** "HH:MM" of an hour and minute. */
const hhmm = (h: number, m: number): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** The same wall time from one zone on another's clock, on `date`. */
function convert(date: string, time: string, from: string, to: string): string {
  const p = localParts(zonedToInstant(date, time, from), to);
  return hhmm(p.hour, p.minute);
}

/**
 * The answer when `folded` (accent-folded lower-case words) names a clock time and another US zone;
 * undefined otherwise. A bare "5" with no am/pm is read as the afternoon (1–7) or morning (8–11),
 * as callback times are said.
 */
export function zoneQuestion(folded: string, clinic: Clinic, now: Date, locale = 'en-US'): ZoneAnswer | undefined {
  const zone = zoneIn(folded, clinic.timeZone);
  if (!zone) return undefined;
  // "2 of them … after 5": the number said as a time (with after/at/pm) before any other.
  const clocks = [...folded.replace(/\bnoon\b/, '12 pm').matchAll(CLOCK)];
  const clock = clocks.find((c) => c[1] || c[4]) ?? clocks[0];
  if (!clock) return undefined;
  let hour = Number(clock[2]);
  const minute = Number(clock[3] ?? 0);
  if (hour > 23 || minute > 59) return undefined;
  const half = clock[4]?.replace(' ', '');
  if (half === 'pm' && hour < 12) hour += 12;
  else if (half === 'am' && hour === 12) hour = 0;
  else if (!half && hour >= 1 && hour <= 7) hour += 12;
  const day = nextBusinessDays(clinic, now, 1)[0] ?? clinicDate(clinic, now);
  const hours = hoursOnDate(clinic, day);
  const first = hours[0];
  const last = hours[hours.length - 1];
  if (!first || !last) return undefined;
  const theirs = hhmm(hour, minute);
  const ours = convert(day, theirs, zone, clinic.timeZone);
  const fits = ours >= last.close ? 'after-close' : ours < first.open ? 'before-open' : 'in-hours';
  const q = clock[1] === 'about' ? 'around' : clock[1];
  return {
    theirTime: formatTime(theirs, locale),
    theirZone: zone,
    ourTime: formatTime(ours, locale),
    ...(q === 'after' || q === 'before' || q === 'around' ? { qualifier: q } : {}),
    fits,
    open: formatTime(first.open, locale),
    close: formatTime(last.close, locale),
    theirOpen: formatTime(convert(day, first.open, clinic.timeZone, zone), locale),
    theirClose: formatTime(convert(day, last.close, clinic.timeZone, zone), locale),
  };
}
