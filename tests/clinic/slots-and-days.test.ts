import { describe, expect, it } from 'vitest';
import { callbackSlots, requestedTime } from '../../src/clinic/slots';
import { answerDayQuestion, dayMentioned } from '../../src/clinic/dayQuestion';
import { testClinic } from './fixtures';

const clinic = testClinic();
const at = (iso: string) => new Date(iso);

describe('callbackSlots', () => {
  it('offers today while an hour of the window is left', () => {
    // Wed 25 Nov 10:00 CST
    expect(callbackSlots(clinic, at('2026-11-25T16:00:00Z'))).toEqual([
      { preferredTime: 'morning', date: '2026-11-25' },
      { preferredTime: 'afternoon', date: '2026-11-25' },
      { preferredTime: 'any', date: '2026-11-25' },
    ]);
  });
  it('moves the morning to the next business day once less than an hour of it is left; today first', () => {
    // Wed 11:30 CST; Thursday is a closed date. Today's options come before Friday's (issue 16).
    expect(callbackSlots(clinic, at('2026-11-25T17:30:00Z'))).toEqual([
      { preferredTime: 'afternoon', date: '2026-11-25' },
      { preferredTime: 'any', date: '2026-11-25' },
      { preferredTime: 'morning', date: '2026-11-27' },
    ]);
  });
  it('late in the day and over a weekend everything is the next business day', () => {
    expect(callbackSlots(clinic, at('2026-11-25T23:30:00Z')).map((s) => s.date)).toEqual([
      '2026-11-27',
      '2026-11-27',
      '2026-11-27',
    ]);
    expect(callbackSlots(clinic, at('2026-11-28T01:00:00Z')).map((s) => s.date)).toEqual([
      '2026-11-30',
      '2026-11-30',
      '2026-11-30',
    ]);
  });
  it('leaves out a part of the day the clinic never opens', () => {
    const mornings = testClinic({ hours: [{ days: ['mon', 'tue'], open: '07:00', close: '11:00' }] });
    expect(callbackSlots(mornings, at('2026-11-25T16:00:00Z'))).toEqual([
      { preferredTime: 'morning', date: '2026-11-30' },
      { preferredTime: 'any', date: '2026-11-30' },
    ]);
  });
});

describe('day questions', () => {
  const wed10 = at('2026-11-25T16:00:00Z');
  it.each([
    ['are you open on saturday?', false, 'Saturday (Sat 28 Nov): closed'],
    ['open saturdays?', false, 'Saturday (Sat 28 Nov): closed'],
    ['open tomorrow?', false, 'Tomorrow (Thu 26 Nov): closed'],
    ['are you open today', true, 'Today (Wed 25 Nov): 8am–6pm'],
    ['open on Monday', true, 'Monday (Mon 30 Nov): 8am–6pm'],
    ['what about wednesday', true, 'Wednesday (Wed 25 Nov): 8am–6pm'],
    ['any hours this weekend?', false, 'Saturday (Sat 28 Nov): closed; Sunday (Sun 29 Nov): closed'],
  ])('%s', (text, open, summary) => {
    expect(answerDayQuestion(clinic, text, wed10)).toEqual({ open, summary });
  });
  it('ignores words that merely contain a day abbreviation', () => {
    expect(dayMentioned(clinic, 'is it sunny, I am satisfied', wed10)).toBeUndefined();
    expect(answerDayQuestion(clinic, 'are you open?', wed10)).toBeUndefined();
  });
  it('on a Sunday "this weekend" means today and yesterday', () => {
    expect(dayMentioned(clinic, 'weekend?', at('2026-11-29T18:00:00Z'))).toEqual({
      kind: 'weekend',
      dates: ['2026-11-28', '2026-11-29'],
    });
  });
});

describe('requestedTime on a day the clinic cannot call', () => {
  // Friday 27 Nov 2026, 8:40pm in Dallas: the weekend is next.
  const fridayEvening = at('2026-11-28T02:40:00Z');
  it('keeps the clock time asked for, on the first day the clinic is open then, first', () => {
    const asked = requestedTime(clinic, 'sunday after 3pm', fridayEvening);
    expect(asked?.kind).toBe('closed');
    const options = asked?.kind === 'closed' ? asked.options : [];
    expect(options[0]).toMatchObject({ date: '2026-11-30', time: '15:00', qualifier: 'after' });
    // Monday's plain afternoon is not offered beside it.
    expect(options.filter((o) => o.date === '2026-11-30' && o.preferredTime === 'afternoon')).toHaveLength(1);
  });
  it('keeps the part of the day asked for first', () => {
    const asked = requestedTime(clinic, 'saturday afternoon', fridayEvening, 'afternoon');
    const options = asked?.kind === 'closed' ? asked.options : [];
    expect(options[0]).toEqual({ preferredTime: 'afternoon', date: '2026-11-30' });
    expect(options.map((o) => o.preferredTime).sort()).toEqual(['afternoon', 'any', 'morning']);
  });
  it('a time the clinic never opens at falls back to the usual nearest options', () => {
    const asked = requestedTime(clinic, 'sunday at 8pm', fridayEvening);
    const options = asked?.kind === 'closed' ? asked.options : [];
    expect(options.every((o) => o.time === undefined)).toBe(true);
  });
});
