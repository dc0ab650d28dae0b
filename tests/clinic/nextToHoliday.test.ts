// "Christmas Eve", "the day after Christmas", "New Year's Eve", "Nochebuena" are days of their own:
// the hours answer gives that date's usual hours (or closed) with a call to check, and does not
// answer for the holiday itself (round 15: a 78-year-old asking about Christmas Eve and the 26th
// was told about Christmas Day).
import { describe, expect, it } from 'vitest';
import { hoursReply } from '../../dialogs/handoff';
import { daysNextToHolidays, holidayMentioned } from '../../src/clinic/holidays';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import path from 'node:path';

const knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));

describe('days next to a holiday', () => {
  it.each([
    ['are you open christmas eve', '2026-12-24'],
    ['hours on xmas eve?', '2026-12-24'],
    ['what about the day after christmas', '2026-12-26'],
    ["open on new year's eve?", '2026-12-31'],
    ['¿abren en Nochebuena?', '2026-12-24'],
    ['¿y el día después de Navidad?', '2026-12-26'],
  ])('"%s" is %s, not the holiday', (text, date) => {
    expect(daysNextToHolidays(text, '2026-12-06').map((d) => d.date)).toEqual([date]);
    expect(holidayMentioned(text, '2026-12-06')).toBeUndefined();
  });

  it('the holiday itself is still the holiday, and a past eve means next year', () => {
    expect(holidayMentioned('open on christmas day?', '2026-12-06')?.date).toBe('2026-12-25');
    expect(daysNextToHolidays('open on christmas?', '2026-12-06')).toEqual([]);
    expect(daysNextToHolidays('christmas eve hours', '2026-12-27')[0]?.date).toBe('2027-12-24');
  });

  it('the hours answer gives each day its usual hours or closed, with a call to check', () => {
    const now = new Date('2026-12-06T16:00:00Z');
    const reply = hoursReply(knowledge, now, 'Are you open on Christmas Eve? And the day after Christmas?');
    expect(reply.reply.text).toContain("(Thu 24 Dec) we're usually open 8am");
    expect(reply.reply.text).toContain('(Sat 26 Dec) we');
    expect(reply.reply.text).toMatch(/Sat 26 Dec\) we're closed/);
    expect(reply.reply.text).not.toContain('Christmas Day (Fri 25 Dec) is a public holiday');
  });
});
