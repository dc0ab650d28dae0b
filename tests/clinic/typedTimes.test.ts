// Day and time words as typed on a phone ("tues mornin", "tmrw arvo") read like the full words, and a
// holiday named for the wrong day ("open tomorrow? it's Labor Day tomorrow right") gets that day's
// hours and the holiday's real date, with its year when it is not this year.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoursReply } from '../../dialogs/handoff';
import { timeFromText } from '../../dialogs/decisions/callback';
import { requestedTime } from '../../src/clinic/slots';
import { expandTimeShorthand } from '../../src/clinic/timeShorthand';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import { testClinic } from './fixtures';

const clinic = testClinic();
const { en: knowledge, es: spanish } = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
/** Sunday 6 Dec 2026, 9am in Dallas. */
const SUNDAY = new Date('2026-12-06T15:00:00Z');

describe('typed-short day and time words', () => {
  it('spells them out and leaves other words alone', () => {
    expect(expandTimeShorthand('tues mornin pls')).toBe('tuesday morning pls');
    expect(expandTimeShorthand('tmrw arvo')).toBe('tomorrow afternoon');
    expect(expandTimeShorthand('my monster truck on tuesday')).toBe('my monster truck on tuesday');
  });

  it('a callback time typed short is the day and part of it asked for', () => {
    const asked = requestedTime(clinic, 'tues mornin', SUNDAY, timeFromText('tues mornin'));
    expect(asked?.kind === 'slot' && asked.slot).toMatchObject({ date: '2026-12-08', preferredTime: 'morning' });
    expect(timeFromText('weds arvo')).toBe('afternoon');
    const thurs = requestedTime(clinic, 'thurs after 2', SUNDAY);
    expect(thurs?.kind === 'slot' && thurs.slot).toMatchObject({ date: '2026-12-10', time: '14:00' });
  });
});

describe('a holiday named for the wrong day', () => {
  it('answers the day asked about and says when the holiday really is', () => {
    const reply = hoursReply(knowledge, SUNDAY, "are you open tomorrow? it's labor day tomorrow right").reply.text;
    expect(reply).toMatch(/Labor Day falls on Mon 6 Sep 2027, not the day you asked about/);
    expect(reply).toMatch(/Tomorrow \(Mon 7 Dec\): 8am–6pm/);
  });

  it('Spanish: the same', () => {
    const reply = hoursReply(spanish, SUNDAY, '¿abren mañana? es el día del trabajo, ¿verdad?').reply.text;
    expect(reply).toMatch(/cae el .*2027, no el día que usted pregunta/);
  });

  it('a holiday asked about alone keeps its own note (this year: no year)', () => {
    const reply = hoursReply(knowledge, SUNDAY, 'are you open on christmas?').reply.text;
    expect(reply).toMatch(/Christmas Day \(Fri 25 Dec\)/);
    expect(reply).not.toMatch(/not the day you asked about/);
  });
});
