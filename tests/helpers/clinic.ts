// The clinic's facts as knowledge/clinic.yaml states them, for tests that check the bot shows them:
// a changed phone number or address is then a one-file change, not a hunt through the tests.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Clinic } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';

export const clinicFacts = yaml.load(
  fs.readFileSync(path.join(projectRoot(), 'knowledge', 'clinic.yaml'), 'utf8'),
) as Clinic;

/** "(214) 972-0302" */
export const CLINIC_PHONE = clinicFacts.phone.display;
/** "+12149720302" */
export const CLINIC_E164 = clinicFacts.phone.e164;
/** "tel:+12149720302" */
export const CLINIC_TEL = `tel:${CLINIC_E164}`;
