// The wording hours are said in, from the knowledge's messages (core.yaml: hours-open-until, …):
// English or Spanish, whichever knowledge is passed. The locale follows the knowledge's language.
import type { Knowledge } from '../knowledge/types';
import type { HoursWords } from './hours';

/** Intl locale of each language, as Dallas writes it. */
const LOCALES = { en: 'en-US', es: 'es-US' } as const;

export function hoursWords(knowledge: Knowledge): HoursWords {
  const m = (key: string): string => {
    const text = knowledge.messages[key];
    if (text === undefined) throw new Error(`knowledge/messages: missing "${key}" (core.yaml)`);
    return text.trim();
  };
  return {
    locale: LOCALES[knowledge.language ?? 'en'],
    openUntil: m('hours-open-until'),
    closedOpens: m('hours-closed-opens'),
    closedNow: m('hours-closed-now'),
    closedAllWeek: m('hours-closed-all-week'),
    today: m('day-today'),
    tomorrow: m('day-tomorrow'),
    dayClosed: m('hours-day-closed'),
    dayHours: m('hours-day-open'),
  };
}
