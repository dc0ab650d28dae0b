// US public holidays on which many clinics change their hours, from date-holidays (a maintained
// calendar, so observed days and rule changes are not ours to keep). The clinic lists the days it
// really closes in clinic.yaml (closedDates); on the holidays below the bot does not claim normal hours
// as fact but asks people to call first. Dates are clinic-local "YYYY-MM-DD".
import type HolidaysCalendar from 'date-holidays';

/** The holidays that change a clinic's hours (date-holidays' names; "(substitute day)" ones count too). */
const HOURS_MAY_DIFFER: readonly { name: string; words: RegExp }[] = [
  { name: "New Year's Day", words: /\bnew ?years?(?: day)?\b/ },
  { name: 'Memorial Day', words: /\bmemorial day\b/ },
  { name: 'Independence Day', words: /\b(?:independence day|july (?:4|4th|fourth)|(?:4th|fourth) of july)\b/ },
  { name: 'Labor Day', words: /\blabou?r day\b/ },
  { name: 'Thanksgiving Day', words: /\bthanks ?giving\b/ },
  { name: 'Christmas Day', words: /\b(?:christmas|xmas)(?: day)?\b/ },
];

export interface Holiday {
  name: string;
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
      .filter((h) => h.type === 'public' && HOURS_MAY_DIFFER.some((k) => h.name.startsWith(k.name)))
      // A holiday on a weekend is observed on the Friday before or the Monday after; hours may differ then too.
      .map((h) => ({
        name: h.substitute ? `${h.name.replace(/ \(substitute day\)$/, '')} (observed)` : h.name,
        date: h.date.slice(0, 10),
      }));
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

/** The holiday a question names, on its next date from `today` (today included). */
export function holidayMentioned(text: string, today: string): Holiday | undefined {
  const t = text.toLowerCase().replace(/[’']/g, '');
  const named = HOURS_MAY_DIFFER.find((h) => h.words.test(t));
  if (!named) return undefined;
  // The day itself, not its observed weekday: "open on the 4th of July?" means the 4th.
  const dateIn = (year: number) => holidaysIn(year).find((h) => h.name === named.name)?.date;
  const year = Number(today.slice(0, 4));
  const thisYear = dateIn(year);
  const date = thisYear !== undefined && thisYear >= today ? thisYear : dateIn(year + 1);
  return date ? { name: named.name, date } : undefined;
}
