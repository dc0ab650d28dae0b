import type { Clinic } from '../../src/knowledge/types';

/** The clinic as knowledge/clinic.yaml describes it, plus Thanksgiving 2026 as a closed date. */
export function testClinic(overrides: Partial<Clinic> = {}): Clinic {
  return {
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
    closedDates: ['2026-11-26'],
    emergencyNumber: '911',
    ...overrides,
  };
}
