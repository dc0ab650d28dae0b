// The page only reads the clinic's facts and the hosting layer's wording: both come from the real
// knowledge/clinic.yaml and messages/system.yaml; the entries (which other tests check) stay out.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { clinicFacts } from '../helpers/clinic';

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
      name: clinicFacts.name,
      phone: clinicFacts.phone,
      address: clinicFacts.address,
      timeZone: 'America/Chicago',
      hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '18:00' }],
      closedDates: [],
      emergencyNumber: '911',
    },
  } as Knowledge;
}
