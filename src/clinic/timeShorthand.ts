// Day and time words as people type them on a phone ("tues mornin", "tmrw arvo", "weds aft"),
// spelled out before chrono-node and the part-of-day words read them: chrono knows "tue" and
// "tuesday" but not "tues", and nobody's list has "mornin". One home for these, both languages.
import type { Language } from '../knowledge/types';

const SHORTHAND: Record<Language, ReadonlyArray<readonly [RegExp, string]>> = {
  en: [
    [/\b(?:tmrw|tmr|tmw|tmrow|2moro|2morrow|2mrw|tomoro|tomorow|tommorow|tommorrow|tomorro)\b/gi, 'tomorrow'],
    [/\b(?:2day|tday|tdy)\b/gi, 'today'],
    [/\b(?:mon)\b\.?/gi, 'monday'],
    [/\b(?:tues|tuez)\b\.?/gi, 'tuesday'],
    [/\b(?:weds|wednes|wensday|wendsday|wednsday)\b\.?/gi, 'wednesday'],
    [/\b(?:thur|thurs|thrs|thursdy)\b\.?/gi, 'thursday'],
    [/\b(?:mornin|mornings?|morn|mornign|moring|morining)\b/gi, 'morning'],
    [/\b(?:arvo|aft|afternoons?|afternon|afternnon|aftrnoon|afternoom)\b/gi, 'afternoon'],
    // "between 4 and 5", "4-5": a range of hours, read as chrono reads "4 to 5" (4pm when in opening hours).
    [/\bbetween (\d{1,2}(?::\d\d)?) ?(?:and|&) ?(\d{1,2}(?::\d\d)?)\b/gi, '$1 to $2'],
    [
      /(?<=\b(?:\w+day|tomorrow|today|from|at|around|like)\s)(\d{1,2}(?::\d\d)?) ?- ?(\d{1,2}(?::\d\d)?) ?(am|pm)?(?![\d/-])/gi,
      '$1 to $2$3',
    ],
  ],
  es: [
    [/\b(?:mñn|mna|manan|mnana)\b/gi, 'mañana'],
    [/\b(?:mierc|mierco|miercole)\b\.?/gi, 'miércoles'],
  ],
};

/** The text with typed-short day and time words spelled out (other words untouched). */
export function expandTimeShorthand(text: string, language: Language = 'en'): string {
  let out = text;
  for (const [pattern, word] of SHORTHAND[language]) out = out.replace(pattern, word);
  return out;
}
