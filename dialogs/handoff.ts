// The clinic hand-off: phone with a tap-to-call button, address, hours and open/closed now.
// Pure (no botbuilder): time comes in as `now`.
import { hoursWords } from '../src/clinic/hoursWords';
import { answerDayQuestion, dayMentioned } from '../src/clinic/dayQuestion';
import { daysNextToHolidays, holidayMentioned, holidayOn, type Holiday } from '../src/clinic/holidays';
import { clinicDate, clinicStatus, describeHours, formatShortDate, formatTime, hoursOnDate } from '../src/clinic/hours';
import { formatAddress } from '../src/knowledge/clinicFacts';
import type { Knowledge, Language } from '../src/knowledge/types';
import type { CallAction, Fact } from '../src/rendering/reply';
import { hourAsked, openPast } from './decisions/dayFragment';
import { msg } from './messages';
import { routed, type OfferedChoice, type RoutedReply } from './routes';

// One way to write the address everywhere (answers are checked against the same function).
export { formatAddress } from '../src/knowledge/clinicFacts';

export function callAction(knowledge: Knowledge): CallAction {
  const { phone } = knowledge.clinic;
  return { label: msg(knowledge, 'call-button', { phone: phone.display }), display: phone.display, e164: phone.e164 };
}

export function callOffer(knowledge: Knowledge): OfferedChoice {
  const label = msg(knowledge, 'choice-call');
  return { label, value: label, route: { kind: 'call' } };
}

export function callbackOffer(knowledge: Knowledge): OfferedChoice {
  const label = msg(knowledge, 'choice-callback');
  return { label, value: label, route: { kind: 'callback' } };
}

export function askOffer(knowledge: Knowledge): OfferedChoice {
  const label = msg(knowledge, 'choice-ask');
  return { label, value: label, route: { kind: 'ask' } };
}

export function assessOffer(knowledge: Knowledge): OfferedChoice {
  const label = msg(knowledge, 'choice-assess');
  return { label, value: label, route: { kind: 'assess' } };
}

// The phone is in the text and on the button, open-or-closed in the text: the facts add only
// where and when (one clean card per channel, not the number four times).
function clinicFacts(knowledge: Knowledge): Fact[] {
  const { clinic } = knowledge;
  return [
    { label: msg(knowledge, 'fact-address'), value: formatAddress(clinic) },
    { label: msg(knowledge, 'fact-hours'), value: describeHours(clinic, hoursWords(knowledge)) },
  ];
}

/** The holiday's name in the conversation's language; "(observed)" on the weekday it moves to. */
function holidayName(knowledge: Knowledge, holiday: Holiday): string {
  const name = msg(knowledge, `holiday-${holiday.id}`);
  return holiday.observed ? msg(knowledge, 'holiday-observed', { holiday: name }) : name;
}

/**
 * On a public holiday the clinic has not listed as closed, its usual hours are not promised as
 * fact: people are asked to call first. Asked about a holiday, the same, for that day.
 */
function holidayNotes(knowledge: Knowledge, now: Date, question: string): { notes: string[]; otherDay: boolean } {
  const { clinic } = knowledge;
  const today = clinicDate(clinic, now);
  const notes: string[] = [];
  const asked = holidayMentioned(question, today);
  // "are you open tomorrow? it's Labor Day tomorrow right": the holiday is not on the day asked about,
  // so that day is answered and the holiday's real date is said (with its year when not this year).
  const named = asked ? dayMentioned(clinic, question, now, knowledge.language ?? 'en') : undefined;
  const otherDay = named?.kind === 'date' && named.date !== asked?.date;
  if (asked) {
    const locale = hoursWords(knowledge).locale;
    const year = asked.date.slice(0, 4);
    const values = {
      holiday: holidayName(knowledge, asked),
      date: formatShortDate(asked.date, locale) + (year === today.slice(0, 4) ? '' : ` ${year}`),
      phone: clinic.phone.display,
    };
    if (otherDay) notes.push(msg(knowledge, 'hours-holiday-other-day', values));
    else
      notes.push(
        msg(
          knowledge,
          hoursOnDate(clinic, asked.date).length === 0 ? 'hours-holiday-closed' : 'hours-holiday-asked',
          values,
        ),
      );
  }
  // "Christmas Eve", "the day after Christmas": that date's usual hours, with a call to check.
  const locale = hoursWords(knowledge).locale;
  for (const near of daysNextToHolidays(question, today)) {
    const hours = hoursOnDate(clinic, near.date);
    const values = {
      day: msg(knowledge, near.offset === -1 ? 'holiday-day-before' : 'holiday-day-after', {
        holiday: msg(knowledge, `holiday-${near.holiday}`),
      }),
      date: formatShortDate(near.date, locale),
      hours: hours.map((h) => `${formatTime(h.open, locale)}–${formatTime(h.close, locale)}`).join(', '),
      phone: clinic.phone.display,
    };
    notes.push(msg(knowledge, hours.length === 0 ? 'hours-near-holiday-closed' : 'hours-near-holiday-open', values));
  }
  const holiday = holidayOn(today);
  if (holiday && holiday.date !== asked?.date && hoursOnDate(clinic, today).length > 0) {
    notes.push(
      msg(knowledge, 'hours-holiday-today', { holiday: holidayName(knowledge, holiday), phone: clinic.phone.display }),
    );
  }
  return { notes, otherDay };
}

/** The hand-off card: call button first, then where and when, and a callback for closed hours. */
export function handoffReply(knowledge: Knowledge, now: Date): RoutedReply {
  const { clinic } = knowledge;
  const status = clinicStatus(clinic, now, hoursWords(knowledge));
  const text = [
    msg(knowledge, 'handoff-text', { phone: clinic.phone.display, status: status.summary }),
    ...holidayNotes(knowledge, now, '').notes,
  ];
  if (!status.open) text.push(msg(knowledge, 'handoff-closed-hint'));
  return routed(
    {
      title: msg(knowledge, 'handoff-title', { clinic: clinic.name }),
      text: text.join(' '),
      call: callAction(knowledge),
      facts: clinicFacts(knowledge),
    },
    [callbackOffer(knowledge), askOffer(knowledge)],
  );
}

/** Opening hours and whether the clinic is open right now. */
export function hoursReply(knowledge: Knowledge, now: Date, question = ''): RoutedReply {
  const { clinic } = knowledge;
  // "Open on Saturday?" gets that day first ("Saturday (Sat 28 Nov): closed"), then the week.
  const day = answerDayQuestion(clinic, question, now, hoursWords(knowledge));
  const general = msg(knowledge, 'hours-text', {
    hours: describeHours(clinic, hoursWords(knowledge)),
    status: clinicStatus(clinic, now, hoursWords(knowledge)).summary,
  });
  const { notes: holiday, otherDay } = holidayNotes(knowledge, now, question);
  const answer =
    day && (holiday.length === 0 || otherDay)
      ? msg(knowledge, 'hours-day-text', { day: day.summary, general })
      : general;
  return routed(
    {
      text: [...holiday, answer].join(' '),
      call: callAction(knowledge),
      facts: [{ label: msg(knowledge, 'fact-address'), value: formatAddress(clinic) }],
    },
    [callbackOffer(knowledge), askOffer(knowledge)],
  );
}

/**
 * A day asked on its own ("thurs after 5?"): that day's hours, and for a time asked, whether it is
 * before closing (call to ask for a slot then) or after it. Clinic time zone throughout.
 */
export function dayReply(knowledge: Knowledge, now: Date, question: string, language: Language): RoutedReply {
  const base = hoursReply(knowledge, now, question);
  const hour = hourAsked(question);
  if (hour === undefined) return base;
  const { clinic } = knowledge;
  const locale = hoursWords(knowledge).locale;
  const time = formatTime(`${String(hour).padStart(2, '0')}:00`, locale);
  const key = openPast(clinic, question, now, language, hour) ? 'hours-day-late-open' : 'hours-day-late-closed';
  const note = msg(knowledge, key, { time, phone: clinic.phone.display });
  return { ...base, reply: { ...base.reply, text: `${base.reply.text ?? ''} ${note}`.trim() } };
}
