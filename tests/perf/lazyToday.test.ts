// dayMentioned reads today's date in the clinic's zone (Intl) only once a day word is found, not for
// every message (src/clinic/dayQuestion.ts). Proof that this changes nothing: over every labelled
// message and a set of day questions, in both languages, at instants across a week and both
// daylight-saving changes, it answers exactly as a plain reading that takes today's date first.
import { describe as suite, expect, it } from 'vitest';
import { DAY_WORDS, dayMentioned, type DayMention } from '../../src/clinic/dayQuestion';
import { clinicDate, WEEKDAYS } from '../../src/clinic/hours';
import { addDays, weekdayOf } from '../../src/clinic/zonedTime';
import type { Clinic, Language } from '../../src/knowledge/types';
import { foldToWords } from '../../src/text';
import { testClinic } from '../clinic/fixtures';
import { labelledMessages } from './labelled';

/** The reading as it was: today's date first, then the day words. */
function plainDayMentioned(clinic: Clinic, text: string, now: Date, language: Language): DayMention | undefined {
  const t = foldToWords(text);
  const today = clinicDate(clinic, now);
  for (const lang of language === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const)) {
    const w = DAY_WORDS[lang];
    if (w.dayAfterTomorrow?.test(t)) {
      const date = addDays(today, 2);
      return { kind: 'date', date, said: WEEKDAYS[weekdayOf(date)]! };
    }
    if (w.tomorrow.test(t)) return { kind: 'date', date: addDays(today, 1), said: 'tomorrow' };
    if (w.today.test(t)) return { kind: 'date', date: today, said: 'today' };
    if (w.weekend.test(t)) {
      const sat = weekdayOf(today) === 0 ? addDays(today, -1) : addDays(today, (6 - weekdayOf(today) + 7) % 7);
      return { kind: 'weekend', dates: [sat, addDays(sat, 1)] };
    }
    for (const [day, re] of w.days) {
      if (re.test(t))
        return { kind: 'date', date: addDays(today, (WEEKDAYS.indexOf(day) - weekdayOf(today) + 7) % 7), said: day };
    }
  }
  return undefined;
}

const DAY_QUESTIONS = [
  'are you open saturday?',
  'open tomorrow?',
  'what about the day after tomorrow',
  'anything this weekend',
  'thurs after 5?',
  'can I come in today',
  '¿abren el sábado?',
  '¿están abiertos mañana?',
  'pasado mañana a las 4',
  'el fin de semana',
  'is it sunny, I am satisfied',
];

// A Sunday and the week after it, late evening in Chicago (already the next day in UTC), and both 2026 changes.
const INSTANTS = [
  '2026-11-29T18:00:00Z',
  '2026-11-30T05:30:00Z',
  '2026-12-02T23:59:00Z',
  '2026-12-05T12:00:00Z',
  '2026-03-08T07:30:00Z',
  '2026-11-01T06:30:00Z',
].map((iso) => new Date(iso));

suite('dayMentioned, today read only when a day is named', () => {
  it('answers every labelled message and day question as the plain reading', () => {
    const clinic = testClinic();
    const texts = [...labelledMessages({ withHeldOut: false }), ...DAY_QUESTIONS];
    expect(texts.length).toBeGreaterThan(3_000);
    const differ: string[] = [];
    let named = 0;
    for (const now of INSTANTS) {
      for (const language of ['en', 'es'] as const) {
        for (const text of texts) {
          const plain = plainDayMentioned(clinic, text, now, language);
          if (plain) named += 1;
          if (JSON.stringify(dayMentioned(clinic, text, now, language)) !== JSON.stringify(plain))
            differ.push(`${now.toISOString()} ${language}: ${text}`);
        }
      }
    }
    expect(differ).toEqual([]);
    expect(named).toBeGreaterThan(100); // the day branches were exercised, not only "no day"
  }, 300_000);
});
