// US public holidays on which many clinics change their hours. The clinic lists the days it really
// closes in clinic.yaml (closedDates); on the others the bot does not claim normal hours as fact but
// asks people to call first. Pure date arithmetic on clinic-local "YYYY-MM-DD" dates.
import { addDays, weekdayOf } from './zonedTime';

interface HolidayRule {
  name: string;
  /** Words that name it in a question ("open on thanksgiving?"). */
  words: RegExp;
  dateIn(year: number): string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const fixed = (month: number, day: number) => (year: number) => `${year}-${pad(month)}-${pad(day)}`;

/** The n-th (1-based) given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(month: number, weekday: number, n: number): (year: number) => string {
  return (year) => {
    if (n > 0) {
      const first = `${year}-${pad(month)}-01`;
      return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
    }
    const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
    const last = addDays(next, -1);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  };
}

const HOLIDAYS: readonly HolidayRule[] = [
  { name: "New Year's Day", words: /\bnew ?years?(?: day)?\b/, dateIn: fixed(1, 1) },
  { name: 'Memorial Day', words: /\bmemorial day\b/, dateIn: nthWeekday(5, 1, -1) },
  { name: 'Independence Day', words: /\b(?:independence day|july (?:4|4th|fourth)|(?:4th|fourth) of july)\b/, dateIn: fixed(7, 4) },
  { name: 'Labor Day', words: /\blabou?r day\b/, dateIn: nthWeekday(9, 1, 1) },
  { name: 'Thanksgiving Day', words: /\bthanks ?giving\b/, dateIn: nthWeekday(11, 4, 4) },
  { name: 'Christmas Day', words: /\b(?:christmas|xmas)(?: day)?\b/, dateIn: fixed(12, 25) },
];

export interface Holiday {
  name: string;
  date: string;
}

/** The public holiday on `date`, if any. */
export function holidayOn(date: string): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  const rule = HOLIDAYS.find((h) => h.dateIn(year) === date);
  return rule ? { name: rule.name, date } : undefined;
}

/** The holiday a question names, on its next date from `today` (today included). */
export function holidayMentioned(text: string, today: string): Holiday | undefined {
  const t = text.toLowerCase().replace(/[’']/g, '');
  const rule = HOLIDAYS.find((h) => h.words.test(t));
  if (!rule) return undefined;
  const year = Number(today.slice(0, 4));
  const date = rule.dateIn(year) >= today ? rule.dateIn(year) : rule.dateIn(year + 1);
  return { name: rule.name, date };
}
