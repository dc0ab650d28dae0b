// "what about the saturday before?", "thurs after 5?", "¿y el sábado?": a day (and maybe a time) asked
// on its own, most often right after the clinic's hours or hand-off card. Read against the clinic's
// hours in its own time zone (src/clinic/dayQuestion.ts), never as a knee topic or a "did you mean".
import { dayMentioned } from '../../src/clinic/dayQuestion';
import { clinicDate, hoursOnDate } from '../../src/clinic/hours';
import { foldToWords } from '../../src/text';
import type { Clinic, Language } from '../../src/knowledge/types';

/**
 * Words a bare day question is made of besides the day itself (folded; both languages). Anything
 * else ("saturday I ran ten miles") makes it a message of its own, not a day question.
 */
const FILLER = new Set(
  (
    'what about how and also or so ok okay then is it are you open the a an on that this next before after ' +
    'around at by from till until til morning afternoon evening night late early am pm day days oclock o clock ' +
    'any your you guys there same week one too still maybe possible available slot slots appointment appt ' +
    'time times do have anything something work works for one of those ' +
    'y el la los las que tal abren abierto abiertos estan esta de en por a antes despues tarde manana noche ' +
    'temprano hay cita citas algo horario para'
  ).split(' '),
);

/** The words of a bare day (and time) question, or undefined when the message says more. */
function bareDayWords(text: string, clinic: Clinic, now: Date, language: Language): string[] | undefined {
  if (dayMentioned(clinic, text, now, language) === undefined) return undefined;
  const words = foldToWords(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 9) return undefined;
  const dayWord = (w: string): boolean => dayMentioned(clinic, w, now, language) !== undefined;
  return words.every((w) => FILLER.has(w) || /^\d{1,2}(?:am|pm|p|a)?$/.test(w) || dayWord(w)) ? words : undefined;
}

/**
 * A bare day question: "what about the saturday before", "thurs after 5?". `afterClinicCard`: the last
 * reply was the clinic's hours or hand-off (its callback button offered); without it, a time or an
 * "open" word must be there ("friday?" alone after a knee answer may mean anything).
 */
export function asksAboutDay(
  text: string,
  clinic: Clinic,
  now: Date,
  language: Language,
  afterClinicCard: boolean,
): boolean {
  const words = bareDayWords(text, clinic, now, language);
  if (!words) return false;
  if (afterClinicCard) return true;
  return words.some((w) => /^\d/.test(w) || w === 'open' || w === 'abren' || w === 'abierto' || w === 'abiertos');
}

/**
 * The hour asked about ("after 5", "at 4:30" → 17, 16), read as the afternoon when the clinic is open then
 * and the morning otherwise (5 → 5pm, 9 → 9am); undefined when no time is named.
 */
export function hourAsked(text: string): number | undefined {
  const m = /\b(?:after|at|around|by|from|despues de las|a las|tipo)\s+(\d{1,2})(?::\d\d)?\s*(am|pm|a|p)?\b/.exec(
    foldToWords(text),
  );
  if (!m) return undefined;
  const h = Number(m[1]);
  if (h > 23) return undefined;
  if (m[2]?.startsWith('p') && h < 12) return h + 12;
  if (m[2]?.startsWith('a')) return h % 12;
  return h >= 1 && h <= 7 ? h + 12 : h;
}

/** Whether the clinic closes after `hour` on the day asked (so a slot then may exist), in its own zone. */
export function openPast(clinic: Clinic, text: string, now: Date, language: Language, hour: number): boolean {
  const m = dayMentioned(clinic, text, now, language);
  const date = m?.kind === 'date' ? m.date : clinicDate(clinic, now);
  return hoursOnDate(clinic, date).some((h) => Number(h.close.slice(0, 2)) > hour);
}
