// Answers may quote the clinic's phone, address, hours and emergency number. Those copies must
// match clinic.yaml, or a staff edit to one file would leave the bot contradicting itself.
import type { Clinic, Weekday } from './types';

/** "4001 McEwen Suite #100, Dallas, TX 75244" — the one way answers write the address. */
export function formatAddress(clinic: Clinic): string {
  const a = clinic.address;
  return `${a.street}${a.suite ? ` ${a.suite}` : ''}, ${a.city}, ${a.region} ${a.postalCode}`;
}

/** "08:00" → "8am", "18:30" → "6:30pm" (how answers write times). */
export function formatClockTime(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12}${suffix}` : `${hour12}:${String(m).padStart(2, '0')}${suffix}`;
}

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "Monday to Friday" for each block of consecutive opening days, as answers write them. */
export function dayRanges(clinic: Clinic): string[] {
  return clinic.hours.flatMap((block) => {
    const days = WEEK.filter((d) => block.days.includes(d));
    const ranges: string[] = [];
    let start = 0;
    for (let i = 1; i <= days.length; i++) {
      const prev = days[i - 1] as Weekday;
      const cur = days[i];
      if (cur === undefined || WEEK.indexOf(cur) !== WEEK.indexOf(prev) + 1) {
        const first = days[start] as Weekday;
        ranges.push(first === prev ? DAY_NAMES[first] : `${DAY_NAMES[first]} to ${DAY_NAMES[prev]}`);
        start = i;
      }
    }
    return ranges;
  });
}

const DAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY_RANGE = new RegExp(`\\b${DAY}\\s*(?:to|through|thru|-|–)\\s*${DAY}\\b`, 'g');
const PHONE = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/g;
const CLOCK = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b/gi;
const STATE_ZIP = /\b[A-Z]{2},?\s\d{5}(?:-\d{4})?\b/g;
const CALL_SHORT = /\b(?:call|dial|ring)\s+(\d{3,4})\b(?![\s.-]?\d)/gi;

/** Reasons the text disagrees with clinic.yaml; empty when it agrees (or mentions nothing).
 *  `otherPhones`: numbers of other services the text may quote as written (Poison Control). */
export function clinicFactProblems(text: string, clinic: Clinic, otherPhones: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(PHONE)) {
    if (m[0] !== clinic.phone.display && !otherPhones.includes(m[0]))
      problems.push(`phone "${m[0]}" should be written "${clinic.phone.display}" as in clinic.yaml`);
  }
  const address = formatAddress(clinic);
  const mentionsStreet = text.toLowerCase().includes(clinic.address.street.toLowerCase());
  const mentionsZip = [...text.matchAll(STATE_ZIP)];
  if ((mentionsStreet || mentionsZip.length > 0) && !text.includes(address)) {
    problems.push(`address should be written "${address}" as in clinic.yaml`);
  }
  const times = new Set(clinic.hours.flatMap((h) => [formatClockTime(h.open), formatClockTime(h.close)]));
  for (const m of text.matchAll(CLOCK)) {
    const written = m[0].replace(/\s/g, '').toLowerCase();
    if (!times.has(written))
      problems.push(`time "${m[0]}" is not an opening or closing time in clinic.yaml (${[...times].join(', ')})`);
  }
  const ranges = dayRanges(clinic);
  for (const m of text.matchAll(DAY_RANGE)) {
    const written = `${m[1]} to ${m[2]}`;
    if (!ranges.includes(written))
      problems.push(`days "${m[0]}" do not match the opening days in clinic.yaml (${ranges.join(', ')})`);
  }
  for (const m of text.matchAll(CALL_SHORT)) {
    if (m[1] !== clinic.emergencyNumber)
      problems.push(`"${m[0]}" should use the emergency number ${clinic.emergencyNumber} from clinic.yaml`);
  }
  return problems;
}
