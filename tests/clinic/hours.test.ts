import { describe, expect, it } from 'vitest';
import {
  clinicStatus,
  describeDays,
  describeHours,
  formatShortDate,
  formatTime,
  isOpenOn,
  nextBusinessDays,
} from '../../src/clinic/hours';
import { zonedToInstant, localParts } from '../../src/clinic/zonedTime';
import { hoursWords } from '../../src/clinic/hoursWords';
import { loadKnowledge, loadKnowledgeSet } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import path from 'node:path';
import { testClinic } from './fixtures';

/** The English wording of the real knowledge (the sentences are not in code). */
const en = hoursWords(loadKnowledge(path.join(projectRoot(), 'knowledge')));

const clinic = testClinic();
const at = (iso: string) => new Date(iso);

describe('clinicStatus at the edges (America/Chicago, CST = UTC-6 in November)', () => {
  it.each([
    // Wednesday 25 Nov 2026
    ['07:59 Wed is closed, opens today 8am', '2026-11-25T13:59:00Z', false, 'Closed now; opens today 8am'],
    ['08:00 Wed is open', '2026-11-25T14:00:00Z', true, 'Open now until 6pm'],
    ['17:59 Wed is open', '2026-11-25T23:59:00Z', true, 'Open now until 6pm'],
    // 18:00 Wed: Thursday is Thanksgiving (a closed date), so the next opening is Friday
    ['18:00 Wed is closed, skips the closed Thursday', '2026-11-26T00:00:00Z', false, 'Closed now; opens Friday 8am'],
    ['midday on the closed date', '2026-11-26T18:00:00Z', false, 'Closed now; opens tomorrow 8am'],
  ])('%s', (_label, iso, open, summary) => {
    const s = clinicStatus(clinic, at(iso), en);
    expect(s.open).toBe(open);
    expect(s.summary).toBe(summary);
  });

  it('gives the closing instant while open and the next opening instant while closed', () => {
    expect(clinicStatus(clinic, at('2026-11-25T14:00:00Z'), en).closesAt?.toISOString()).toBe(
      '2026-11-26T00:00:00.000Z',
    );
    const closed = clinicStatus(clinic, at('2026-11-26T00:00:00Z'), en);
    expect(closed.closesAt).toBeUndefined();
    expect(closed.nextOpenAt?.toISOString()).toBe('2026-11-27T14:00:00.000Z');
  });

  it('Friday evening → Monday 8am', () => {
    const s = clinicStatus(clinic, at('2026-11-28T01:00:00Z'), en); // Fri 27 Nov 19:00 CST
    expect(s).toMatchObject({ open: false, summary: 'Closed now; opens Monday 8am', nextOpenText: 'Monday 8am' });
    expect(clinicStatus(clinic, at('2026-11-30T15:00:00Z'), en)).toMatchObject({ open: true, closesAtText: '6pm' });
    expect(s.nextOpenAt?.toISOString()).toBe('2026-11-30T14:00:00.000Z');
  });

  it('weekend days are closed', () => {
    for (const iso of ['2026-11-28T18:00:00Z', '2026-11-29T18:00:00Z']) {
      expect(clinicStatus(clinic, at(iso), en).open).toBe(false);
    }
    expect(clinicStatus(clinic, at('2026-11-29T18:00:00Z'), en).summary).toBe('Closed now; opens tomorrow 8am');
  });

  it('summer time (CDT = UTC-5): 8am is 13:00Z', () => {
    expect(clinicStatus(clinic, at('2026-07-15T12:59:00Z'), en).open).toBe(false);
    expect(clinicStatus(clinic, at('2026-07-15T13:00:00Z'), en).open).toBe(true);
    expect(clinicStatus(clinic, at('2026-07-15T22:59:00Z'), en).open).toBe(true);
    expect(clinicStatus(clinic, at('2026-07-15T23:00:00Z'), en).open).toBe(false);
  });

  it('March DST weekend: closes Friday 6pm CST, opens Monday 8am CDT', () => {
    const fri = clinicStatus(clinic, at('2026-03-06T23:59:00Z'), en); // Fri 17:59 CST
    expect(fri.open).toBe(true);
    expect(fri.closesAt?.toISOString()).toBe('2026-03-07T00:00:00.000Z');
    const sun = clinicStatus(clinic, at('2026-03-08T09:00:00Z'), en); // Sun 04:00 CDT, just after the change
    expect(sun.open).toBe(false);
    expect(sun.nextOpenAt?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(sun.summary).toBe('Closed now; opens tomorrow 8am');
    expect(clinicStatus(clinic, at('2026-03-09T12:59:00Z'), en).open).toBe(false);
    expect(clinicStatus(clinic, at('2026-03-09T13:00:00Z'), en).open).toBe(true);
  });

  it('November DST weekend: closes Friday 6pm CDT, opens Monday 8am CST', () => {
    const fri = clinicStatus(clinic, at('2026-10-30T22:30:00Z'), en); // Fri 17:30 CDT
    expect(fri.closesAt?.toISOString()).toBe('2026-10-30T23:00:00.000Z');
    const sat = clinicStatus(clinic, at('2026-10-31T12:00:00Z'), en);
    expect(sat.nextOpenAt?.toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(sat.summary).toBe('Closed now; opens Monday 8am');
    expect(clinicStatus(clinic, at('2026-11-02T13:59:00Z'), en).open).toBe(false);
    expect(clinicStatus(clinic, at('2026-11-02T14:00:00Z'), en).open).toBe(true);
  });

  it('does not depend on the server time zone (instants only)', () => {
    // The same instant must give the same answer; Intl does the zone work, not process.env.TZ.
    const s1 = clinicStatus(clinic, at('2026-11-25T14:00:00Z'), en);
    const s2 = clinicStatus(
      testClinic({ timeZone: 'America/Chicago' }),
      new Date(Date.parse('2026-11-25T08:00:00-06:00')),
      en,
    );
    expect(s1).toEqual(s2);
  });

  it('a long closure is skipped; no hours at all is plainly closed', () => {
    const closedDates = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-28'];
    const s = clinicStatus(testClinic({ closedDates }), at('2026-12-19T18:00:00Z'), en);
    expect(s.nextOpenAt?.toISOString()).toBe('2026-12-29T14:00:00.000Z');
    expect(s.summary).toBe('Closed now; opens Tuesday 29 Dec 8am');
    expect(clinicStatus(testClinic({ hours: [] }), at('2026-11-25T15:00:00Z'), en)).toEqual({
      open: false,
      summary: 'Closed now',
    });
  });

  it('split hours: closed over lunch, contiguous intervals merge', () => {
    const split = testClinic({
      hours: [
        { days: ['mon'], open: '08:00', close: '12:00' },
        { days: ['mon'], open: '13:00', close: '17:30' },
        { days: ['tue'], open: '08:00', close: '12:00' },
        { days: ['tue'], open: '12:00', close: '18:00' },
      ],
    });
    const lunch = clinicStatus(split, at('2026-11-30T18:30:00Z'), en); // Mon 12:30 CST
    expect(lunch).toMatchObject({ open: false, summary: 'Closed now; opens today 1pm' });
    expect(clinicStatus(split, at('2026-12-01T15:00:00Z'), en).summary).toBe('Open now until 6pm');
    expect(clinicStatus(split, at('2026-11-30T23:45:00Z'), en).summary).toBe('Closed now; opens tomorrow 8am');
  });
});

describe('describeHours and helpers', () => {
  it('describes the week in the clinic zone', () => {
    expect(describeHours(clinic, en)).toBe('Mon–Fri 8am–6pm (Central Time)');
    expect(describeDays(['fri', 'mon', 'wed'])).toBe('Mon, Wed, Fri');
    expect(describeDays(['mon', 'tue', 'sat'])).toBe('Mon, Tue, Sat');
    expect(describeDays(['sat', 'sun', 'mon', 'tue', 'wed'])).toBe('Mon–Wed, Sat, Sun');
    expect(formatTime('08:30')).toBe('8:30am');
    expect(formatTime('12:00')).toBe('12pm');
    expect(formatTime('00:00')).toBe('12am');
    expect(formatShortDate('2026-11-30')).toBe('Mon 30 Nov');
  });

  it('knows which weekdays open', () => {
    expect(isOpenOn(clinic, 'mon')).toBe(true);
    expect(isOpenOn(clinic, 'fri')).toBe(true);
    expect(isOpenOn(clinic, 'sat')).toBe(false);
    expect(isOpenOn(clinic, 'sun')).toBe(false);
  });
});

describe('nextBusinessDays', () => {
  it('counts today while still before closing, skips closed dates and weekends', () => {
    expect(nextBusinessDays(clinic, at('2026-11-25T16:00:00Z'), 3)).toEqual(['2026-11-25', '2026-11-27', '2026-11-30']);
    expect(nextBusinessDays(clinic, at('2026-11-26T00:00:00Z'), 3)).toEqual(['2026-11-27', '2026-11-30', '2026-12-01']);
    expect(nextBusinessDays(clinic, at('2026-11-28T01:00:00Z'), 1)).toEqual(['2026-11-30']);
  });
  it('uses the clinic-local date, not the UTC date', () => {
    // 23:30 Central on Tue 24 Nov is already Wednesday in UTC
    expect(nextBusinessDays(clinic, at('2026-11-25T05:30:00Z'), 1)).toEqual(['2026-11-25']);
    expect(nextBusinessDays(clinic, at('2026-11-25T05:30:00Z'), 0)).toEqual([]);
  });
});

describe('zonedToInstant across DST changes', () => {
  it('maps wall times to instants', () => {
    expect(zonedToInstant('2026-03-07', '08:00', 'America/Chicago').toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(zonedToInstant('2026-03-08', '08:00', 'America/Chicago').toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(zonedToInstant('2026-11-01', '08:00', 'America/Chicago').toISOString()).toBe('2026-11-01T14:00:00.000Z');
    expect(zonedToInstant('2026-06-01', '09:00', 'Europe/London').toISOString()).toBe('2026-06-01T08:00:00.000Z');
  });
  it('moves a skipped spring time forward and picks the first of a repeated autumn time', () => {
    expect(zonedToInstant('2026-03-08', '02:30', 'America/Chicago').toISOString()).toBe('2026-03-08T08:30:00.000Z');
    expect(zonedToInstant('2026-11-01', '01:30', 'America/Chicago').toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });
  it('reads local parts', () => {
    expect(localParts(at('2026-11-28T01:00:00Z'), 'America/Chicago')).toEqual({
      year: 2026,
      month: 11,
      day: 27,
      hour: 19,
      minute: 0,
      weekday: 5,
    });
  });
});

describe('hours in Spanish (Intl es-US, wording from knowledge/es)', () => {
  const es = hoursWords(loadKnowledgeSet(path.join(projectRoot(), 'knowledge')).es);

  it('says open/closed, the next opening and the days in Spanish', () => {
    expect(clinicStatus(clinic, at('2026-11-25T14:00:00Z'), es).summary).toBe('Abierto ahora hasta las 6 p.m.');
    expect(clinicStatus(clinic, at('2026-11-25T13:59:00Z'), es).summary).toBe('Cerrado ahora; abre hoy 8 a.m.');
    // Thanksgiving is closed: Friday, said as a weekday name
    expect(clinicStatus(clinic, at('2026-11-26T00:00:00Z'), es).summary).toBe('Cerrado ahora; abre viernes 8 a.m.');
    expect(describeHours(clinic, es)).toMatch(/^lun–vie 8 a\.m\.–6 p\.m\. \(hora central\)$/);
    expect(formatShortDate('2026-11-30', es.locale)).toBe('lun 30 nov');
  });
});
