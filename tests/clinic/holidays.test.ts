// Public holidays: the clinic's usual hours are not promised on a holiday it has not listed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoursReply, handoffReply } from '../../dialogs/handoff';
import { holidayMentioned, holidayOn } from '../../src/clinic/holidays';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';

const { en: knowledge, es: spanish } = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
/** Thanksgiving 2026, 9:50am in Dallas. */
const THANKSGIVING = new Date('2026-11-26T15:50:00Z');
/** The Friday after, an ordinary working day. */
const FRIDAY = new Date('2026-11-27T15:50:00Z');

describe('holidays', () => {
  it('knows the dates, fixed and floating, across years', () => {
    expect(holidayOn('2026-11-26')?.id).toBe('thanksgiving');
    expect(holidayOn('2027-11-25')?.id).toBe('thanksgiving');
    expect(holidayOn('2026-05-25')?.id).toBe('memorial-day');
    expect(holidayOn('2026-09-07')?.id).toBe('labor-day');
    expect(holidayOn('2026-12-25')?.id).toBe('christmas');
    expect(holidayOn('2027-01-01')?.id).toBe('new-years-day');
    expect(holidayOn('2026-11-27')).toBeUndefined();
  });

  it('knows the weekday a weekend holiday is observed on (from date-holidays), and the day itself when asked', () => {
    expect(holidayOn('2026-07-03')).toMatchObject({ id: 'independence-day', observed: true }); // the 4th is a Saturday
    expect(holidayOn('2027-07-05')).toMatchObject({ id: 'independence-day', observed: true }); // the 4th is a Sunday
    expect(holidayOn('2026-01-19')).toBeUndefined(); // MLK Day: a public holiday, but not one that changes these hours
    expect(holidayMentioned('open on christmas?', '2027-12-01')?.date).toBe('2027-12-25');
  });

  it('reads a holiday named in a question as its next date', () => {
    expect(holidayMentioned('are you open on thanksgiving?', '2026-11-27')).toEqual({
      id: 'thanksgiving',
      observed: false,
      date: '2027-11-25',
    });
    expect(holidayMentioned('open xmas day?', '2026-11-26')?.date).toBe('2026-12-25');
    expect(holidayMentioned('open on the 4th of july', '2026-11-26')?.date).toBe('2027-07-04');
    expect(holidayMentioned('are you open on saturday', '2026-11-26')).toBeUndefined();
  });

  it('reads the holidays Spanish speakers name', () => {
    expect(holidayMentioned('¿abren el día de Acción de Gracias?', '2026-11-01')?.date).toBe('2026-11-26');
    expect(holidayMentioned('van a estar abiertos en navidad', '2026-11-26')?.date).toBe('2026-12-25');
    expect(holidayMentioned('abren el 4 de julio?', '2026-11-26')?.date).toBe('2027-07-04');
    expect(holidayMentioned('¿y el Año Nuevo?', '2026-12-05')?.date).toBe('2027-01-01');
    expect(holidayMentioned('abren el sábado?', '2026-11-26')).toBeUndefined();
  });

  it('names the holiday in Spanish in a Spanish conversation', () => {
    const today = hoursReply(spanish, THANKSGIVING, '¿están abiertos ahora?').reply.text;
    expect(today).toContain('Hoy es Día de Acción de Gracias');
    const asked = hoursReply(spanish, FRIDAY, '¿abren en navidad?').reply.text;
    expect(asked).toMatch(/^Navidad \(.+\) es día feriado/);
    expect(asked).not.toMatch(/Christmas|holiday/);
    const observed = hoursReply(spanish, new Date('2026-07-03T15:00:00Z'), '¿abren hoy?').reply.text;
    expect(observed).toContain('Hoy es Día de la Independencia (día feriado observado)');
    expect(hoursReply(knowledge, new Date('2026-07-03T15:00:00Z'), 'open today?').reply.text).toContain(
      'Today is Independence Day (observed)',
    );
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
