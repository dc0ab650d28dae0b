// "Are you open on Saturday?", "open tomorrow?", "¿abren el sábado?", "¿están abiertos mañana?":
// which day the person means and whether the clinic opens then. Pure; the words of the answer
// ("closed" / "cerrado", the day's name, the times) come from the HoursWords of the conversation's
// language (src/clinic/hoursWords.ts), the day words below (one table per language).
import type { Clinic, Language, Weekday } from '../knowledge/types';
import { foldToWords } from '../text';
import { addDays, weekdayOf } from './zonedTime';
import {
  clinicDate,
  formatShortDate,
  formatTime,
  hoursOnDate,
  WEEKDAYS,
  weekdayLongName,
  type HoursWords,
} from './hours';

/** A weekday, or today / tomorrow as said (their words depend on the language). */
type SaidDay = Weekday | 'today' | 'tomorrow';

export type DayMention = { kind: 'date'; date: string; said: SaidDay } | { kind: 'weekend'; dates: [string, string] };

interface DayWords {
  /** Checked first: "the day after tomorrow" is not tomorrow. */
  dayAfterTomorrow?: RegExp;
  tomorrow: RegExp;
  today: RegExp;
  weekend: RegExp;
  days: Array<[Weekday, RegExp]>;
}

// Read on folded words (lower case, no accents, no punctuation). Full names, common abbreviations
// and plurals ("saturdays", "sábados"); word-bounded so "sun" in "sunny" or "sat" in "satisfied"
// does not count. Exported for tests/perf/lazyToday.test.ts (a plain reading compared with dayMentioned).
export const DAY_WORDS: Record<Language, DayWords> = {
  en: {
    tomorrow: /\b(?:tomorrow|tmrw|tmr|tomorow|tommorow)\b/,
    today: /\b(?:today|tonight|this evening)\b/,
    weekend: /\bweek ?ends?\b/,
    days: [
      ['mon', /\b(?:monday|mon)s?\b/],
      ['tue', /\b(?:tuesday|tues|tue)s?\b/],
      ['wed', /\b(?:wednesday|wednes|weds|wed)s?\b/],
      ['thu', /\b(?:thursday|thurs|thur|thu)s?\b/],
      ['fri', /\b(?:friday|fri)s?\b/],
      ['sat', /\b(?:saturday|sat)s?\b/],
      ['sun', /\b(?:sunday|sun)s?\b/],
    ],
  },
  es: {
    dayAfterTomorrow: /\bpasado manana\b/,
    // "mañana" is also "morning": "en la mañana", "por la mañana" alone is not tomorrow, but
    // "mañana en la mañana" is.
    tomorrow: /(?:^|(?<!\b(?:la|las|una|esta|esa|cada|toda|media) ))\bmanana\b/,
    today: /\b(?:hoy|esta noche|ahorita|hoy en la tarde)\b/,
    weekend: /\b(?:fin(?:es)? de semana|finde)\b/,
    days: [
      ['mon', /\blunes\b/],
      ['tue', /\bmartes\b/],
      ['wed', /\bmiercoles\b/],
      ['thu', /\bjueves\b/],
      ['fri', /\bviernes\b/],
      ['sat', /\bsabados?\b/],
      ['sun', /\bdomingos?\b/],
    ],
  },
};

/**
 * The day a question is about, resolved to clinic-local dates from `now`: a weekday name means its
 * next occurrence (today included), "today"/"tomorrow" (and their Spanish) as said, "weekend" both
 * days. Both languages' day words are read, the question's language first.
 */
export function dayMentioned(
  clinic: Clinic,
  text: string,
  now: Date,
  language: Language = 'en',
): DayMention | undefined {
  const t = foldToWords(text);
  // Today's date is read in the clinic's zone (Intl, about a twentieth of an FAQ turn) only once a day
  // word is found: most messages name no day.
  let known: string | undefined;
  const today = (): string => (known ??= clinicDate(clinic, now));
  const order: Language[] = language === 'es' ? ['es', 'en'] : ['en', 'es'];
  for (const lang of order) {
    const w = DAY_WORDS[lang];
    if (w.dayAfterTomorrow?.test(t)) {
      const date = addDays(today(), 2);
      return { kind: 'date', date, said: WEEKDAYS[weekdayOf(date)]! };
    }
    if (w.tomorrow.test(t)) return { kind: 'date', date: addDays(today(), 1), said: 'tomorrow' };
    if (w.today.test(t)) return { kind: 'date', date: today(), said: 'today' };
    if (w.weekend.test(t)) {
      const toSat = (6 - weekdayOf(today()) + 7) % 7;
      // On a Sunday "this weekend" is today; the Saturday just gone is no use.
      const sat = weekdayOf(today()) === 0 ? addDays(today(), -1) : addDays(today(), toSat);
      return { kind: 'weekend', dates: [sat, addDays(sat, 1)] };
    }
    for (const [day, re] of w.days) {
      if (re.test(t)) {
        const target = WEEKDAYS.indexOf(day);
        const ahead = (target - weekdayOf(today()) + 7) % 7;
        return { kind: 'date', date: addDays(today(), ahead), said: day };
      }
    }
  }
  return undefined;
}

export interface DayAnswer {
  /** Whether the clinic opens on (any of) the day(s) asked about. */
  open: boolean;
  /** "Saturday (Sat 28 Nov): closed" / "Mañana (vie 27 nov): 8 a.m.–6 p.m." */
  summary: string;
}

type DayWording = Pick<HoursWords, 'locale' | 'today' | 'tomorrow' | 'dayClosed' | 'dayHours'>;

/** The English wording, for callers without a language (staff tools, tests built by hand). */
const ENGLISH_DAY: DayWording = {
  locale: 'en-US',
  today: 'today',
  tomorrow: 'tomorrow',
  dayClosed: '{day}: closed',
  dayHours: '{day}: {hours}',
};

function dayLine(clinic: Clinic, date: string, said: SaidDay, words: DayWording) {
  const hours = hoursOnDate(clinic, date);
  const name =
    said === 'today' ? words.today : said === 'tomorrow' ? words.tomorrow : weekdayLongName(said, words.locale);
  const day = `${name.charAt(0).toUpperCase()}${name.slice(1)} (${formatShortDate(date, words.locale)})`;
  if (hours.length === 0) return { open: false, line: words.dayClosed.replace('{day}', day) };
  const times = hours.map((h) => `${formatTime(h.open, words.locale)}–${formatTime(h.close, words.locale)}`);
  return { open: true, line: words.dayHours.replace('{day}', day).replace('{hours}', times.join(', ')) };
}

/** Answers a question about a particular day; undefined when the text names no day. */
export function answerDayQuestion(
  clinic: Clinic,
  text: string,
  now: Date,
  words: DayWording = ENGLISH_DAY,
): DayAnswer | undefined {
  const language: Language = words.locale.startsWith('es') ? 'es' : 'en';
  const m = dayMentioned(clinic, text, now, language);
  if (!m) return undefined;
  if (m.kind === 'weekend') {
    const lines = [dayLine(clinic, m.dates[0], 'sat', words), dayLine(clinic, m.dates[1], 'sun', words)];
    return { open: lines.some((l) => l.open), summary: lines.map((l) => l.line).join('; ') };
  }
  const l = dayLine(clinic, m.date, m.said, words);
  return { open: l.open, summary: l.line };
}
