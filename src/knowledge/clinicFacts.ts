// Answers may quote the clinic's phone, address, hours and emergency number. Those copies must
// match clinic.yaml, or a staff edit to one file would leave the bot contradicting itself.
import type { Clinic, Language, Weekday } from './types';

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

const DAY_NAMES: Record<Language, Record<Weekday, string>> = {
  en: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  // Spanish writes weekdays in lower case: "de lunes a viernes".
  es: {
    mon: 'lunes',
    tue: 'martes',
    wed: 'miércoles',
    thu: 'jueves',
    fri: 'viernes',
    sat: 'sábado',
    sun: 'domingo',
  },
};
/** How each language joins the first and last day of a range ("Monday to Friday", "lunes a viernes"). */
const RANGE_WORD: Record<Language, string> = { en: 'to', es: 'a' };
const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "Monday to Friday" ("lunes a viernes") for each block of consecutive opening days, as answers write them. */
export function dayRanges(clinic: Clinic, language: Language = 'en'): string[] {
  const names = DAY_NAMES[language];
  return clinic.hours.flatMap((block) => {
    const days = WEEK.filter((d) => block.days.includes(d));
    const ranges: string[] = [];
    let start = 0;
    for (let i = 1; i <= days.length; i++) {
      const prev = days[i - 1] as Weekday;
      const cur = days[i];
      if (cur === undefined || WEEK.indexOf(cur) !== WEEK.indexOf(prev) + 1) {
        const first = days[start] as Weekday;
        ranges.push(first === prev ? names[first] : `${names[first]} ${RANGE_WORD[language]} ${names[prev]}`);
        start = i;
      }
    }
    return ranges;
  });
}

const DAY: Record<Language, string> = {
  en: '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
  es: '(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)',
};
// \b does not see accented letters as word characters, so Spanish uses look-arounds instead.
const DAY_RANGE: Record<Language, RegExp> = {
  en: new RegExp(`\\b${DAY.en}\\s*(?:to|through|thru|-|–)\\s*${DAY.en}\\b`, 'g'),
  es: new RegExp(`(?<![\\p{L}])${DAY.es}\\s*(?:a|al|hasta|-|–)\\s*${DAY.es}(?![\\p{L}])`, 'giu'),
};
const PHONE = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/g;
// "8am", "6:30 pm"; Spanish also writes "8 a. m." and "8 a.m.".
const CLOCK = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|[ap]\.\s?m\.)(?![\p{L}])/giu;
const STATE_ZIP = /\b[A-Z]{2},?\s\d{5}(?:-\d{4})?\b/g;
const CALL_SHORT: Record<Language, RegExp> = {
  en: /\b(?:call|dial|ring)\s+(\d{3,4})\b(?![\s.-]?\d)/gi,
  // "llame al 911", "marque el 911", "llamar al 911"
  es: /\b(?:llam[ea]r?|marc[ae]r?|marque)\s+(?:al?|el)\s+(\d{3,4})\b(?![\s.-]?\d)/gi,
};

/** Reasons the text disagrees with clinic.yaml; empty when it agrees (or mentions nothing).
 *  `otherPhones`: numbers of other services the text may quote as written (Poison Control).
 *  `language`: how the text writes weekdays and "call 911". */
export function clinicFactProblems(
  text: string,
  clinic: Clinic,
  otherPhones: readonly string[] = [],
  language: Language = 'en',
): string[] {
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
    const written = m[0].replace(/[\s.]/g, '').toLowerCase();
    if (!times.has(written))
      problems.push(`time "${m[0]}" is not an opening or closing time in clinic.yaml (${[...times].join(', ')})`);
  }
  const ranges = dayRanges(clinic, language);
  for (const m of text.matchAll(DAY_RANGE[language])) {
    const day = (d: string | undefined) => (language === 'es' ? (d ?? '').toLowerCase() : (d ?? ''));
    const written = `${day(m[1])} ${RANGE_WORD[language]} ${day(m[2])}`;
    if (!ranges.includes(written))
      problems.push(`days "${m[0]}" do not match the opening days in clinic.yaml (${ranges.join(', ')})`);
  }
  for (const m of text.matchAll(CALL_SHORT[language])) {
    if (m[1] !== clinic.emergencyNumber)
      problems.push(`"${m[0]}" should use the emergency number ${clinic.emergencyNumber} from clinic.yaml`);
  }
  return problems;
}
