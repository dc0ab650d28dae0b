// Small pure pieces of the loader: text unwrapping, clinic-fact checks, error paths.
import { describe, expect, it } from 'vitest';
import { clinicFactProblems, dayRanges, formatAddress, formatClockTime } from '../../src/knowledge/clinicFacts';
import { formatPath, KnowledgeError } from '../../src/knowledge/errors';
import { isCalendarDate, isValidTimeZone } from '../../src/knowledge/schema';
import { unwrapText } from '../../src/knowledge/text';
import type { Clinic } from '../../src/knowledge/types';

const clinic: Clinic = {
  name: 'Innovative Health',
  phone: { display: '(214) 972-0302', e164: '+12149720302' },
  address: {
    street: '4001 McEwen',
    suite: 'Suite #100',
    city: 'Dallas',
    region: 'TX',
    postalCode: '75244',
    country: 'US',
  },
  timeZone: 'America/Chicago',
  hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '18:00' }],
  closedDates: [],
  emergencyNumber: '911',
};

describe('unwrapText', () => {
  it('joins wrapped lines, keeps paragraphs and list items', () => {
    const source =
      'First line\ncontinues here.\n\n\nSecond paragraph:\n- item one\n  wraps on\n- item two\nAfter list\n';
    expect(unwrapText(source)).toBe(
      'First line continues here.\n\nSecond paragraph:\n- item one wraps on\n- item two After list',
    );
  });

  it('keeps numbered items and handles CRLF and surrounding blank lines', () => {
    expect(unwrapText('\r\n\r\nSteps:\r\n1. one\r\n2) two\r\n\r\n')).toBe('Steps:\n1. one\n2) two');
  });
});

describe('clinic facts in text', () => {
  it('formats the address and times the way answers write them', () => {
    expect(formatAddress(clinic)).toBe('4001 McEwen Suite #100, Dallas, TX 75244');
    expect(formatClockTime('08:00')).toBe('8am');
    expect(formatClockTime('18:30')).toBe('6:30pm');
    expect(formatClockTime('12:00')).toBe('12pm');
    expect(formatClockTime('00:15')).toBe('12:15am');
  });

  it('accepts text that quotes the facts exactly, or not at all', () => {
    expect(clinicFactProblems('Call (214) 972-0302, Monday to Friday, 8am to 6pm, or call 911.', clinic)).toEqual([]);
    expect(clinicFactProblems('We are at 4001 McEwen Suite #100, Dallas, TX 75244.', clinic)).toEqual([]);
    expect(clinicFactProblems('Hold each stretch 20 to 30 seconds; 300 to 500 miles per pair.', clinic)).toEqual([]);
  });

  it('flags a different phone number or a different way of writing it', () => {
    expect(clinicFactProblems('Call (214) 972-0303.', clinic)).toHaveLength(1);
    expect(clinicFactProblems('Call 214-972-0302.', clinic)[0]).toContain('should be written "(214) 972-0302"');
  });

  it('flags a partial or outdated address, a wrong time and a wrong emergency number', () => {
    expect(clinicFactProblems('Visit us at 4001 McEwen in Dallas.', clinic)[0]).toContain('address should be written');
    expect(clinicFactProblems('Our old office: 12 Elm St, Dallas, TX 75201.', clinic)).toHaveLength(1);
    expect(clinicFactProblems('Open 9am to 6pm.', clinic)[0]).toContain('time "9am"');
    expect(clinicFactProblems('In an emergency call 999.', clinic)[0]).toContain('911');
  });
});

describe('opening days in text', () => {
  it('describes runs of consecutive days the way answers write them', () => {
    expect(dayRanges(clinic)).toEqual(['Monday to Friday']);
    const split: Clinic = { ...clinic, hours: [{ days: ['mon', 'tue', 'thu', 'sat'], open: '08:00', close: '12:00' }] };
    expect(dayRanges(split)).toEqual(['Monday to Tuesday', 'Thursday', 'Saturday']);
  });

  it('flags a day range the clinic does not keep', () => {
    expect(clinicFactProblems('Open Monday to Friday.', clinic)).toEqual([]);
    expect(clinicFactProblems('Open Monday through Saturday.', clinic)[0]).toContain('do not match the opening days');
  });
});

describe('errors and small validators', () => {
  it('formats paths like people read YAML', () => {
    expect(formatPath(['entries', 3, 'answer'])).toBe('entries[3].answer');
    expect(formatPath(['locations', 1, 'symptomQuestions', 0, 'pointsTo', 2])).toBe(
      'locations[1].symptomQuestions[0].pointsTo[2]',
    );
    expect(formatPath([])).toBe('(top)');
  });

  it('keeps the error message on one line', () => {
    const e = new KnowledgeError('entries/faq.yaml', 'entries[0].title', 'too long\nreally');
    expect(e.message).toBe('entries/faq.yaml: entries[0].title: too long really');
    expect(e.name).toBe('KnowledgeError');
  });

  it('knows real time zones and real dates', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('America/Dalas')).toBe(false);
    expect(isCalendarDate('2026-12-25')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('25/12/2026')).toBe(false);
  });
});
