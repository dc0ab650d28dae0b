// US public holidays on which many clinics change their hours, from date-holidays (a maintained
// calendar, so observed days and rule changes are not ours to keep). The clinic lists the days it
// really closes in clinic.yaml (closedDates); on the holidays below the bot does not claim normal hours
// as fact but asks people to call first. Dates are clinic-local "YYYY-MM-DD".
import type HolidaysCalendar from 'date-holidays';
import { fold } from '../text';

/**
 * The holidays that change a clinic's hours: date-holidays' English name ("(substitute day)" ones
 * count too), the id whose display name is the message `holiday-<id>` in each language's YAML, and
 * the words people use for it in English and Spanish (accents folded).
 */
const HOURS_MAY_DIFFER: readonly { id: HolidayId; name: string; words: RegExp }[] = [
  { id: 'new-years-day', name: "New Year's Day", words: /\b(?:new ?years?(?: day)?|ano nuevo|primero de ano)\b/ },
  { id: 'memorial-day', name: 'Memorial Day', words: /\b(?:memorial day|dia de los caidos)\b/ },
  {
    id: 'independence-day',
    name: 'Independence Day',
    words:
      /\b(?:independence day|july (?:4|4th|fourth)|(?:4th|fourth) of july|dia de la independencia|(?:4|cuatro) de julio)\b/,
  },
  { id: 'labor-day', name: 'Labor Day', words: /\b(?:labou?r day|dia del trabajo|dia del trabajador)\b/ },
  { id: 'thanksgiving', name: 'Thanksgiving Day', words: /\b(?:thanks ?giving|accion de gracias|dia de gracias)\b/ },
  { id: 'christmas', name: 'Christmas Day', words: /\b(?:christmas|xmas)(?: day)?\b|\b(?:dia de )?navidad\b/ },
];

type HolidayId = 'new-years-day' | 'memorial-day' | 'independence-day' | 'labor-day' | 'thanksgiving' | 'christmas';

export interface Holiday {
  id: HolidayId;
  /** The weekday a weekend holiday is observed on, not the day itself. */
  observed: boolean;
  date: string;
}

// date-holidays reads its whole world calendar when loaded (about 0.25 s), so it is loaded on first
// use — warmHolidays() lets the server do that after it is listening — never on the start-up path.
let calendar: HolidaysCalendar | undefined;
const byYear = new Map<number, Holiday[]>();

function holidaysIn(year: number): Holiday[] {
  let list = byYear.get(year);
  if (!list) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy, see above
    calendar ??= new (require('date-holidays') as typeof HolidaysCalendar)('US', 'TX');
    list = calendar
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      // A holiday on a weekend is observed on the Friday before or the Monday after; hours may differ then too.
      .flatMap((h) => {
        const known = HOURS_MAY_DIFFER.find((k) => h.name.startsWith(k.name));
        return known ? [{ id: known.id, observed: h.substitute === true, date: h.date.slice(0, 10) }] : [];
      });
    byYear.set(year, list);
  }
  return list;
}

/** Loads the calendar ahead of the first question about hours. */
export function warmHolidays(year: number): void {
  holidaysIn(year);
}

/** The public holiday on `date` (or the weekday it is observed on), if any. */
export function holidayOn(date: string): Holiday | undefined {
  return holidaysIn(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/**
 * The day before or after a holiday, named by it ("Christmas Eve", "the day after Christmas",
 * "New Year's Eve", "Nochebuena"): a day of its own, not the holiday. Hours around holidays often
 * change, so the bot gives the usual hours for that date and asks people to call to check.
 */
const NEXT_TO_HOLIDAY: readonly { holiday: HolidayId; offset: -1 | 1; words: RegExp }[] = [
  { holiday: 'christmas', offset: -1, words: /\b(?:christmas|xmas) eve\b|\bnoche ?buena\b/ },
  {
    holiday: 'christmas',
    offset: 1,
    words: /\b(?:day after (?:christmas|xmas)|boxing day|(?:dia )?despues de (?:navidad|la navidad))\b/,
  },
  { holiday: 'new-years-day', offset: -1, words: /\bnew ?years? eve\b|\bnoche ?vieja\b|\bfin de ano\b/ },
  { holiday: 'thanksgiving', offset: 1, words: /\b(?:day after thanks ?giving|black friday)\b/ },
];

export interface NextToHoliday {
  holiday: HolidayId;
  offset: -1 | 1;
  date: string;
}

function folded(text: string): string {
  return fold(text).replace(/[’']/g, '');
}

/** The holiday's own next date from `today` (today included), not its observed weekday. */
function nextDateOf(id: HolidayId, today: string): string | undefined {
  const dateIn = (year: number) => holidaysIn(year).find((h) => h.id === id && !h.observed)?.date;
  const year = Number(today.slice(0, 4));
  const thisYear = dateIn(year);
  return thisYear !== undefined && thisYear >= today ? thisYear : dateIn(year + 1);
}

function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The days next to a holiday a question names, each on its next date from `today`. */
export function daysNextToHolidays(text: string, today: string): NextToHoliday[] {
  const t = folded(text);
  const out: NextToHoliday[] = [];
  for (const n of NEXT_TO_HOLIDAY) {
    if (!n.words.test(t)) continue;
    const holiday = nextDateOf(n.holiday, n.offset === 1 ? shiftDate(today, -1) : shiftDate(today, 1));
    if (holiday) out.push({ holiday: n.holiday, offset: n.offset, date: shiftDate(holiday, n.offset) });
  }
  return out;
}

/** The holiday a question names, on its next date from `today` (today included). */
export function holidayMentioned(text: string, today: string): Holiday | undefined {
  // "Christmas Eve" and "the day after Christmas" are other days (daysNextToHolidays).
  const t = NEXT_TO_HOLIDAY.reduce((acc, n) => acc.replace(new RegExp(n.words.source, 'g'), ' '), folded(text));
  const named = HOURS_MAY_DIFFER.find((h) => h.words.test(t));
  if (!named) return undefined;
  // The day itself, not its observed weekday: "open on the 4th of July?" means the 4th.
  const date = nextDateOf(named.id, today);
  return date ? { id: named.id, observed: false, date } : undefined;
}
