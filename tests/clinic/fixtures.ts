import type { Clinic } from '../../src/knowledge/types';
import { CLINIC_PHONE, CLINIC_E164 } from '../helpers/clinic';

/** The clinic as knowledge/clinic.yaml describes it, plus Thanksgiving 2026 as a closed date. */
export function testClinic(overrides: Partial<Clinic> = {}): Clinic {
  return {
    name: 'Innovative Health',
    phone: { display: CLINIC_PHONE, e164: CLINIC_E164 },
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
