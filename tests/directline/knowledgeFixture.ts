// The page only reads the clinic's facts; a fixed fixture keeps these tests independent of the
// curated YAML (which other tests check). The hosting layer's wording is the real system.yaml.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';

const systemMessages = yaml.load(
  fs.readFileSync(path.join(projectRoot(), 'knowledge', 'messages', 'system.yaml'), 'utf8'),
) as Record<string, string>;

export function clinicOnlyKnowledge(): Knowledge {
  return {
    entries: [],
    locations: [],
    general: {
      id: 'general',
      label: 'All over / not sure',
      aliases: [],
      overviewEntryId: '',
      conditionIds: [],
      symptomQuestions: [],
      whatHelps: '',
      whenToSeeSomeone: '',
    },
    synonyms: [],
    outOfScope: [],
    redFlags: [],
    messages: {
      ...systemMessages,
      'web-embed-unavailable': "Our chat can't open on this page. Please call {clinicName} on {phone}.",
    },
    byId: new Map(),
    clinic: {
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
    },
  } as Knowledge;
}
