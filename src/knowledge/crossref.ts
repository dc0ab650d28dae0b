// Checks that need more than one file: ids that must exist elsewhere, locations that must agree
// with their entries, a phone number that must agree with itself. Each problem is reported against
// the file and path a staff member would edit.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { formatPath, KnowledgeError } from './errors';
import type { PathPart } from './errors';
import { clinicFactProblems } from './clinicFacts';
import type { Clinic, GeneralPlaceInfo, KnowledgeEntry, Language, LocationInfo, PlaceInfo } from './types';

/** Where an entry was read from, so a problem can name the file and index. */
export interface EntrySource {
  entry: KnowledgeEntry;
  file: string;
  index: number;
}

export const LOCATIONS_FILE = 'locations.yaml';
export const CLINIC_FILE = 'clinic.yaml';

const at = (file: string, path: PathPart[], reason: string) => new KnowledgeError(file, formatPath(path), reason);

/** Ids are unique across every entry file (follow-ups and eval labels refer to them). */
export function indexEntries(sources: EntrySource[]): Map<string, EntrySource> {
  const byId = new Map<string, EntrySource>();
  for (const source of sources) {
    const first = byId.get(source.entry.id);
    if (first) {
      throw at(
        source.file,
        ['entries', source.index, 'id'],
        `duplicate id "${source.entry.id}" (already used in ${first.file} at entries[${first.index}])`,
      );
    }
    byId.set(source.entry.id, source);
  }
  return byId;
}

export function checkFollowUps(sources: EntrySource[], byId: ReadonlyMap<string, EntrySource>): void {
  for (const { entry, file, index } of sources) {
    entry.followUps.forEach((id, i) => {
      if (!byId.has(id)) throw at(file, ['entries', index, 'followUps', i], `unknown entry id "${id}"`);
    });
  }
}

export function checkLocations(
  locations: LocationInfo[],
  sources: EntrySource[],
  byId: ReadonlyMap<string, EntrySource>,
): void {
  const expectKind = (id: string, kind: KnowledgeEntry['kind'], location: LocationInfo, path: PathPart[]): void => {
    const found = byId.get(id);
    if (!found) throw at(LOCATIONS_FILE, path, `unknown entry id "${id}"`);
    if (found.entry.kind !== kind)
      throw at(LOCATIONS_FILE, path, `"${id}" is a ${found.entry.kind} entry, expected a ${kind} entry`);
    if (found.entry.location !== location.id) {
      throw at(
        LOCATIONS_FILE,
        path,
        `"${id}" has location "${found.entry.location ?? '(none)'}" in ${found.file}, expected "${location.id}"`,
      );
    }
  };

  locations.forEach((location, li) => {
    const base: PathPart[] = ['locations', li];
    expectKind(location.overviewEntryId, 'location', location, [...base, 'overviewEntryId']);
    const seen = new Set<string>();
    location.conditionIds.forEach((id, ci) => {
      if (seen.has(id)) throw at(LOCATIONS_FILE, [...base, 'conditionIds', ci], `"${id}" is listed twice`);
      seen.add(id);
      expectKind(id, 'condition', location, [...base, 'conditionIds', ci]);
    });
    location.symptomQuestions.forEach((question, qi) => {
      question.pointsTo.forEach((id, pi) => {
        if (!location.conditionIds.includes(id)) {
          throw at(
            LOCATIONS_FILE,
            [...base, 'symptomQuestions', qi, 'pointsTo', pi],
            `"${id}" is not one of this location's conditionIds`,
          );
        }
      });
    });
  });

  // The other direction: every condition and overview is reachable from the assessment.
  for (const { entry, file, index } of sources) {
    if (!entry.location) continue;
    const location = locations.find((l) => l.id === entry.location);
    if (!location) continue; // locationsFileSchema guarantees all four exist
    if (entry.kind === 'condition' && !location.conditionIds.includes(entry.id)) {
      throw at(
        file,
        ['entries', index, 'location'],
        `condition "${entry.id}" is not listed in ${LOCATIONS_FILE} under ${entry.location}.conditionIds`,
      );
    }
    if (entry.kind === 'location' && location.overviewEntryId !== entry.id) {
      throw at(
        file,
        ['entries', index, 'id'],
        `${LOCATIONS_FILE} uses "${location.overviewEntryId}" as the ${entry.location} overview, not "${entry.id}"`,
      );
    }
  }
}

/** The general path's overview and causes exist, and its questions point only at its causes. */
export function checkGeneralPlace(general: GeneralPlaceInfo, byId: ReadonlyMap<string, EntrySource>): void {
  const base: PathPart[] = ['general'];
  if (!byId.has(general.overviewEntryId))
    throw at(LOCATIONS_FILE, [...base, 'overviewEntryId'], `unknown entry id "${general.overviewEntryId}"`);
  const seen = new Set<string>();
  general.conditionIds.forEach((id, i) => {
    if (seen.has(id)) throw at(LOCATIONS_FILE, [...base, 'conditionIds', i], `"${id}" is listed twice`);
    seen.add(id);
    const found = byId.get(id);
    if (!found) throw at(LOCATIONS_FILE, [...base, 'conditionIds', i], `unknown entry id "${id}"`);
    if (found.entry.kind === 'clinic')
      throw at(LOCATIONS_FILE, [...base, 'conditionIds', i], `"${id}" is a clinic entry, not a cause of knee pain`);
  });
  general.symptomQuestions.forEach((question, qi) => {
    question.pointsTo.forEach((id, pi) => {
      if (!general.conditionIds.includes(id)) {
        throw at(
          LOCATIONS_FILE,
          [...base, 'symptomQuestions', qi, 'pointsTo', pi],
          `"${id}" is not one of general.conditionIds`,
        );
      }
    });
  });
}

/** The displayed number and the tap-to-call number must be the same phone line. */
export function checkClinicPhone(clinic: Clinic): void {
  const parsed = parsePhoneNumberFromString(clinic.phone.display, clinic.address.country as CountryCode);
  if (!parsed || !parsed.isValid()) {
    throw at(
      CLINIC_FILE,
      ['phone', 'display'],
      `"${clinic.phone.display}" is not a valid phone number for ${clinic.address.country}`,
    );
  }
  if (parsed.number !== clinic.phone.e164) {
    throw at(
      CLINIC_FILE,
      ['phone', 'e164'],
      `"${clinic.phone.e164}" does not match display "${clinic.phone.display}" (that is ${parsed.number})`,
    );
  }
}

/** Message keys are one namespace across messages/*.yaml: a key defined twice is ambiguous. */
export function mergeMessages(files: { file: string; data: Record<string, string> }[]): Record<string, string> {
  const merged: Record<string, string> = {};
  const origin = new Map<string, string>();
  for (const { file, data } of files) {
    for (const [key, value] of Object.entries(data)) {
      const first = origin.get(key);
      if (first) throw new KnowledgeError(file, key, `message key "${key}" is already defined in ${first}`);
      origin.set(key, file);
      merged[key] = value;
    }
  }
  return merged;
}

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Two entries with the same button title, or the same question, would be ambiguous to people and
 *  to the matcher alike (keywords may overlap: "kneecap" fits several entries). */
export function checkDistinctWording(sources: EntrySource[]): void {
  const titles = new Map<string, EntrySource>();
  const questions = new Map<string, EntrySource>();
  for (const source of sources) {
    const { entry, file, index } = source;
    const title = squash(entry.title);
    const sameTitle = titles.get(title);
    if (sameTitle)
      throw at(
        file,
        ['entries', index, 'title'],
        `title "${entry.title}" is also the title of "${sameTitle.entry.id}"`,
      );
    titles.set(title, source);
    entry.questions.forEach((question, qi) => {
      const key = squash(question);
      const other = questions.get(key);
      if (other && other !== source) {
        throw at(
          file,
          ['entries', index, 'questions', qi],
          `question "${question}" is also a question of "${other.entry.id}"`,
        );
      }
      questions.set(key, source);
    });
  }
}

/** A place name in free text must point at one location only (or at "all over", not both). */
export function checkDistinctAliases(locations: LocationInfo[], general?: GeneralPlaceInfo): void {
  const owner = new Map<string, string>();
  general?.aliases.forEach((alias, ai) => {
    const key = squash(alias);
    if (owner.has(key)) throw at(LOCATIONS_FILE, ['general', 'aliases', ai], `alias "${alias}" is listed twice`);
    owner.set(key, general.id);
  });
  locations.forEach((location, li) => {
    location.aliases.forEach((alias, ai) => {
      const key = squash(alias);
      const other = owner.get(key);
      if (other && other !== location.id)
        throw at(LOCATIONS_FILE, ['locations', li, 'aliases', ai], `alias "${alias}" is also an alias of ${other}`);
      owner.set(key, location.id);
    });
  });
}

/** Answers and location texts that quote clinic facts must quote them as clinic.yaml has them. */
export function checkClinicFacts(
  sources: EntrySource[],
  places: { place: PlaceInfo; path: string }[],
  clinic: Clinic,
  language: Language = 'en',
  locationsFile: string = LOCATIONS_FILE,
): void {
  for (const { entry, file, index } of sources) {
    // An entry with its own call button (Poison Control) may quote that number as well.
    const [problem] = clinicFactProblems(entry.answer, clinic, entry.call ? [entry.call.display] : [], language);
    if (problem) throw new KnowledgeError(file, `entries[${index}].answer`, problem);
  }
  for (const { place, path: where } of places) {
    for (const field of ['whatHelps', 'whenToSeeSomeone'] as const) {
      const [problem] = clinicFactProblems(place[field], clinic, [], language);
      if (problem) throw new KnowledgeError(locationsFile, `${where}.${field}`, problem);
    }
  }
}
