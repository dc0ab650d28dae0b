// Public holidays: the clinic's usual hours are not promised on a holiday it has not listed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoursReply, handoffReply } from '../../dialogs/handoff';
import { holidayMentioned, holidayOn } from '../../src/clinic/holidays';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';

const knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
/** Thanksgiving 2026, 9:50am in Dallas. */
const THANKSGIVING = new Date('2026-11-26T15:50:00Z');
/** The Friday after, an ordinary working day. */
const FRIDAY = new Date('2026-11-27T15:50:00Z');

describe('holidays', () => {
  it('knows the dates, fixed and floating, across years', () => {
    expect(holidayOn('2026-11-26')?.name).toBe('Thanksgiving Day');
    expect(holidayOn('2027-11-25')?.name).toBe('Thanksgiving Day');
    expect(holidayOn('2026-05-25')?.name).toBe('Memorial Day');
    expect(holidayOn('2026-09-07')?.name).toBe('Labor Day');
    expect(holidayOn('2026-12-25')?.name).toBe('Christmas Day');
    expect(holidayOn('2027-01-01')?.name).toBe("New Year's Day");
    expect(holidayOn('2026-11-27')).toBeUndefined();
  });

  it('knows the weekday a weekend holiday is observed on (from date-holidays), and the day itself when asked', () => {
    expect(holidayOn('2026-07-03')?.name).toBe('Independence Day (observed)'); // the 4th is a Saturday
    expect(holidayOn('2027-07-05')?.name).toBe('Independence Day (observed)'); // the 4th is a Sunday
    expect(holidayOn('2026-01-19')).toBeUndefined(); // MLK Day: a public holiday, but not one that changes these hours
    expect(holidayMentioned('open on christmas?', '2027-12-01')?.date).toBe('2027-12-25');
  });

  it('reads a holiday named in a question as its next date', () => {
    expect(holidayMentioned('are you open on thanksgiving?', '2026-11-27')).toEqual({
      name: 'Thanksgiving Day',
      date: '2027-11-25',
    });
    expect(holidayMentioned('open xmas day?', '2026-11-26')?.date).toBe('2026-12-25');
    expect(holidayMentioned('open on the 4th of july', '2026-11-26')?.date).toBe('2027-07-04');
    expect(holidayMentioned('are you open on saturday', '2026-11-26')).toBeUndefined();
  });

  it('asks people to call first on a holiday, and when asked about one', () => {
    const today = hoursReply(knowledge, THANKSGIVING, 'are you open now?').reply.text;
    expect(today).toContain('Today is Thanksgiving Day, so our hours may differ');
    const asked = hoursReply(knowledge, FRIDAY, 'open on christmas?').reply.text;
    expect(asked).toMatch(/^Christmas Day \(Fri 25 Dec\) is a public holiday and our hours may differ/);
    expect(asked).toContain(knowledge.clinic.phone.display);
    expect(hoursReply(knowledge, FRIDAY, 'open now?').reply.text).not.toMatch(/holiday/i);
    expect(handoffReply(knowledge, THANKSGIVING).reply.text).toContain('Today is Thanksgiving Day');
  });

  it('says closed when the clinic lists the holiday as closed', () => {
    const closed = { ...knowledge, clinic: { ...knowledge.clinic, closedDates: ['2026-12-25'] } };
    expect(hoursReply(closed, FRIDAY, 'are you open christmas day').reply.text).toMatch(
      /^We're closed on Christmas Day \(Fri 25 Dec\)\./,
    );
  });
});
