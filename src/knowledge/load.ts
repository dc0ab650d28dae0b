// Loads and validates everything under knowledge/ once, at start-up (synchronously, so the server
// never starts with half-valid content). Any problem throws a KnowledgeError whose one-line message
// is "<file>: <path>: <reason>".
import path from 'node:path';
import {
  checkClinicFacts,
  checkClinicPhone,
  checkDistinctAliases,
  checkDistinctWording,
  checkFollowUps,
  checkGeneralPlace,
  checkLocations,
  CLINIC_FILE,
  indexEntries,
  LOCATIONS_FILE,
  mergeMessages,
} from './crossref';
import type { EntrySource } from './crossref';
import { KnowledgeError } from './errors';
import {
  clinicSchema,
  entriesFileSchema,
  locationsFileSchema,
  messagesFileSchema,
  outOfScopeFileSchema,
  redFlagsFileSchema,
  synonymsFileSchema,
} from './schema';
import { unwrapText } from './text';
import { loadSpanish } from './spanish';
import type { EnglishSources } from './spanish';
import type { Clinic, GeneralPlaceInfo, Knowledge, KnowledgeEntry, KnowledgeSet, LocationInfo } from './types';
import { readYamlFile, yamlFilesIn } from './yamlFile';

export { KnowledgeError } from './errors';

function loadEntries(dir: string): EntrySource[] {
  const files = yamlFilesIn(path.join(dir, 'entries'));
  if (files.length === 0) throw new KnowledgeError('entries/', '(folder)', 'no *.yaml entry files found');
  return files.flatMap((absolute) => {
    const { file, data } = readYamlFile(dir, absolute, entriesFileSchema);
    return data.entries.map((raw, index): EntrySource => {
      // Optional fields are left out rather than set to undefined, so entries compare cleanly.
      const entry: KnowledgeEntry = {
        id: raw.id,
        kind: raw.kind,
        title: raw.title,
        questions: raw.questions,
        keywords: raw.keywords,
        answer: unwrapText(raw.answer),
        followUps: raw.followUps,
        ...(raw.location ? { location: raw.location } : {}),
        ...(raw.action ? { action: raw.action } : {}),
        ...(raw.audience ? { audience: raw.audience } : {}),
        ...(raw.call ? { call: raw.call } : {}),
        ...(raw.sources ? { sources: raw.sources } : {}),
        ...(raw.reviewed ? { reviewed: raw.reviewed } : {}),
      };
      return { entry, file, index };
    });
  });
}

function loadLocations(dir: string): { locations: LocationInfo[]; general: GeneralPlaceInfo } {
  const { data } = readYamlFile(dir, path.join(dir, LOCATIONS_FILE), locationsFileSchema);
  const unwrap = <P extends { whatHelps: string; whenToSeeSomeone: string }>(p: P): P => ({
    ...p,
    whatHelps: unwrapText(p.whatHelps),
    whenToSeeSomeone: unwrapText(p.whenToSeeSomeone),
  });
  return { locations: data.locations.map(unwrap), general: unwrap(data.general) };
}

function loadClinic(dir: string): Clinic {
  const { data } = readYamlFile(dir, path.join(dir, CLINIC_FILE), clinicSchema);
  // Optional fields are left out rather than set to undefined, as for entries.
  const { suite, ...address } = data.address;
  const { website, ...rest } = data;
  const clinic: Clinic = {
    ...rest,
    address: { ...address, ...(suite ? { suite } : {}) },
    ...(website ? { website } : {}),
  };
  checkClinicPhone(clinic);
  return clinic;
}

function loadEnglish(root: string): EnglishSources {
  const clinic = loadClinic(root);
  const { locations, general } = loadLocations(root);
  const sources = loadEntries(root);

  const sourceById = indexEntries(sources);
  checkFollowUps(sources, sourceById);
  checkDistinctWording(sources);
  checkDistinctAliases(locations, general);
  checkLocations(locations, sources, sourceById);
  checkGeneralPlace(general, sourceById);
  checkClinicFacts(
    sources,
    [...locations.map((place, i) => ({ place, path: `locations[${i}]` })), { place: general, path: 'general' }],
    clinic,
  );

  const synonyms = readYamlFile(root, path.join(root, 'synonyms.yaml'), synonymsFileSchema).data.synonyms;
  const outOfScope = readYamlFile(root, path.join(root, 'out-of-scope.yaml'), outOfScopeFileSchema).data.topics;
  const redFlags = readYamlFile(root, path.join(root, 'red-flags.yaml'), redFlagsFileSchema).data.redFlags;
  const messageFileData = yamlFilesIn(path.join(root, 'messages')).map((absolute) =>
    readYamlFile(root, absolute, messagesFileSchema),
  );
  const messages = mergeMessages(messageFileData);
  const messageFiles = new Map<string, string>();
  for (const { file, data } of messageFileData) for (const key of Object.keys(data)) messageFiles.set(key, file);

  const entries = sources.map((s) => s.entry);
  const byId: ReadonlyMap<string, KnowledgeEntry> = new Map(entries.map((e) => [e.id, e]));
  const knowledge: Knowledge = { entries, locations, general, clinic, synonyms, outOfScope, redFlags, messages, byId };
  return { knowledge, entrySources: sources, messageFiles };
}

/** Reads clinic.yaml, locations.yaml, entries/*.yaml, synonyms.yaml, out-of-scope.yaml,
 *  red-flags.yaml and messages/*.yaml from `dir`, validates them and their cross-references.
 *  English only; loadKnowledgeSet adds Spanish. */
export function loadKnowledge(dir: string): Knowledge {
  return loadEnglish(path.resolve(dir)).knowledge;
}

/** Everything in every language: `en` exactly as loadKnowledge, `es` the same structure with the
 *  Spanish text of knowledge/es/. A missing or broken Spanish text fails like an English one. */
export function loadKnowledgeSet(dir: string): KnowledgeSet {
  const root = path.resolve(dir);
  const english = loadEnglish(root);
  return { en: english.knowledge, es: loadSpanish(root, english) };
}
