// Builds the Spanish Knowledge from knowledge/es/: the English structure (ids, kinds, locations,
// follow-ups, sources, condition ids, clinic facts) with the Spanish text laid over it. Every
// English entry, location, symptom question, out-of-scope topic and message key must have its
// Spanish text, or the start fails with one line naming the Spanish file and field to fill in.
import path from 'node:path';
import {
  checkClinicFacts,
  checkDistinctAliases,
  checkDistinctWording,
  LOCATIONS_FILE,
  mergeMessages,
} from './crossref';
import type { EntrySource } from './crossref';
import { clinicFactProblems } from './clinicFacts';
import { KnowledgeError } from './errors';
import { loadSpanishRedFlags } from './redFlagsEs';
import {
  esEntriesFileSchema,
  esLocationsFileSchema,
  messagesFileSchema,
  outOfScopeFileSchema,
  synonymsFileSchema,
} from './schema';
import { unwrapText } from './text';
import type {
  GeneralPlaceInfo,
  Knowledge,
  KnowledgeEntry,
  LocationInfo,
  OutOfScopeTopic,
  PlaceInfo,
  SymptomQuestion,
} from './types';
import { readYamlFile, yamlFilesIn } from './yamlFile';

/** The Spanish files live in this sub-folder of the knowledge folder, mirroring its layout. */
const SPANISH_DIR = 'es';
const ES_LOCATIONS_FILE = `${SPANISH_DIR}/${LOCATIONS_FILE}`;

/** The English knowledge plus what the Spanish loader needs to name the English origin of a text. */
export interface EnglishSources {
  knowledge: Knowledge;
  /** Where each entry was read from. */
  entrySources: EntrySource[];
  /** message key → the messages/*.yaml file (relative) that defines it. */
  messageFiles: ReadonlyMap<string, string>;
}

/** The Spanish counterpart of an English file path: "entries/faq.yaml" → "es/entries/faq.yaml". */
const spanishFile = (englishFile: string) => `${SPANISH_DIR}/${englishFile}`;

// ---------------------------------------------------------------- entries

function loadSpanishEntries(root: string, english: EnglishSources): EntrySource[] {
  const files = yamlFilesIn(path.join(root, SPANISH_DIR, 'entries'));
  if (files.length === 0)
    throw new KnowledgeError(`${SPANISH_DIR}/entries/`, '(folder)', 'no *.yaml Spanish entry files found');
  const englishById = new Map(english.entrySources.map((s) => [s.entry.id, s]));
  const found = new Map<string, EntrySource>();
  for (const absolute of files) {
    const { file, data } = readYamlFile(root, absolute, esEntriesFileSchema);
    data.entries.forEach((raw, index) => {
      const en = englishById.get(raw.id);
      if (!en) throw new KnowledgeError(file, `entries[${index}].id`, `"${raw.id}" is not the id of an English entry`);
      const first = found.get(raw.id);
      if (first)
        throw new KnowledgeError(
          file,
          `entries[${index}].id`,
          `duplicate id "${raw.id}" (already used in ${first.file} at entries[${first.index}])`,
        );
      const entry: KnowledgeEntry = {
        ...en.entry,
        title: raw.title,
        questions: raw.questions,
        keywords: raw.keywords,
        answer: unwrapText(raw.answer),
      };
      found.set(raw.id, { entry, file, index });
    });
  }
  // In English order, so both languages list (and offer) entries the same way.
  return english.entrySources.map((en) => {
    const es = found.get(en.entry.id);
    if (!es)
      throw new KnowledgeError(
        spanishFile(en.file),
        'entries',
        `missing Spanish entry "${en.entry.id}" (${en.file} has it): add id, title, questions, keywords and answer`,
      );
    return es;
  });
}

// ---------------------------------------------------------------- locations.yaml

type SpanishPlace = {
  id: string;
  label: string;
  aliases: string[];
  symptomQuestions: { id: string; text: string; mentions: string[] }[];
  whatHelps: string;
  whenToSeeSomeone: string;
};

function translatePlace<P extends PlaceInfo>(en: P, es: SpanishPlace, where: string): P {
  const questions = new Map(es.symptomQuestions.map((q, i) => [q.id, { q, i }]));
  es.symptomQuestions.forEach((q, i) => {
    if (!en.symptomQuestions.some((e) => e.id === q.id))
      throw new KnowledgeError(
        ES_LOCATIONS_FILE,
        `${where}.symptomQuestions[${i}].id`,
        `"${q.id}" is not a symptom question of ${en.id} in ${LOCATIONS_FILE}`,
      );
  });
  const symptomQuestions = en.symptomQuestions.map((question): SymptomQuestion => {
    const found = questions.get(question.id);
    if (!found)
      throw new KnowledgeError(
        ES_LOCATIONS_FILE,
        `${where}.symptomQuestions`,
        `missing Spanish text for symptom question "${question.id}" (${LOCATIONS_FILE} has it)`,
      );
    return { ...question, text: found.q.text, mentions: found.q.mentions };
  });
  return {
    ...en,
    label: es.label,
    aliases: es.aliases,
    symptomQuestions,
    whatHelps: unwrapText(es.whatHelps),
    whenToSeeSomeone: unwrapText(es.whenToSeeSomeone),
  };
}

function loadSpanishLocations(
  root: string,
  english: Knowledge,
): { locations: LocationInfo[]; general: GeneralPlaceInfo; byFileOrder: LocationInfo[] } {
  const { data } = readYamlFile(root, path.join(root, ES_LOCATIONS_FILE), esLocationsFileSchema);
  const general = translatePlace(english.general, data.general, 'general');
  const seen = new Set<string>();
  data.locations.forEach((loc, i) => {
    if (seen.has(loc.id))
      throw new KnowledgeError(ES_LOCATIONS_FILE, `locations[${i}].id`, `location "${loc.id}" is listed twice`);
    seen.add(loc.id);
  });
  const locations = english.locations.map((en) => {
    const index = data.locations.findIndex((l) => l.id === en.id);
    const es = data.locations[index];
    if (!es)
      throw new KnowledgeError(
        ES_LOCATIONS_FILE,
        'locations',
        `missing Spanish text for location "${en.id}" (${LOCATIONS_FILE} has it)`,
      );
    return translatePlace(en, es, `locations[${index}]`);
  });
  const byFileOrder = data.locations.map((l) => locations.find((x) => x.id === l.id) as LocationInfo);
  return { locations, general, byFileOrder };
}

// ---------------------------------------------------------------- out-of-scope.yaml

function loadSpanishOutOfScope(root: string, english: OutOfScopeTopic[]): OutOfScopeTopic[] {
  const file = `${SPANISH_DIR}/out-of-scope.yaml`;
  const topics = readYamlFile(root, path.join(root, file), outOfScopeFileSchema).data.topics;
  topics.forEach((topic, i) => {
    const en = english.find((t) => t.id === topic.id);
    if (!en) throw new KnowledgeError(file, `topics[${i}].id`, `"${topic.id}" is not a topic in out-of-scope.yaml`);
    if (en.safety && !topic.safety)
      throw new KnowledgeError(
        file,
        `topics[${i}].safety`,
        `missing Spanish safety line (out-of-scope.yaml has one for "${topic.id}")`,
      );
    if (!en.safety && topic.safety)
      throw new KnowledgeError(
        file,
        `topics[${i}].safety`,
        `out-of-scope.yaml has no safety line for "${topic.id}": add it there first`,
      );
  });
  return english.map((en) => {
    const es = topics.find((t) => t.id === en.id);
    if (!es) throw new KnowledgeError(file, 'topics', `missing Spanish topic "${en.id}" (out-of-scope.yaml has it)`);
    // How the topic is answered is the English file's call; the Spanish one only words it.
    return en.clinic ? { ...es, clinic: true } : es;
  });
}

// ---------------------------------------------------------------- messages/*.yaml

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

function loadSpanishMessages(root: string, english: EnglishSources): Record<string, string> {
  const files = yamlFilesIn(path.join(root, SPANISH_DIR, 'messages')).map((absolute) =>
    readYamlFile(root, absolute, messagesFileSchema),
  );
  const messages = mergeMessages(files);
  const spanishOrigin = new Map<string, string>();
  for (const { file, data } of files) for (const key of Object.keys(data)) spanishOrigin.set(key, file);
  const englishMessages = english.knowledge.messages;
  for (const [key, file] of spanishOrigin) {
    const en = englishMessages[key];
    if (en === undefined) throw new KnowledgeError(file, key, `"${key}" is not a key of the English messages/*.yaml`);
    const want = placeholders(en);
    const got = placeholders(messages[key] ?? '');
    if (want.join() !== got.join()) {
      const list = (p: string[]) => (p.length ? p.map((x) => `{${x}}`).join(', ') : 'none');
      throw new KnowledgeError(
        file,
        key,
        `placeholders ${list(got)} differ from the English ${list(want)} (${english.messageFiles.get(key)})`,
      );
    }
  }
  for (const [key, file] of english.messageFiles) {
    if (!spanishOrigin.has(key))
      throw new KnowledgeError(spanishFile(file), key, `missing Spanish text for this key (${file} has it)`);
  }
  return messages;
}

// ---------------------------------------------------------------- all of it

/** The Spanish Knowledge: English structure, Spanish text, validated like the English. */
export function loadSpanish(root: string, english: EnglishSources): Knowledge {
  const en = english.knowledge;
  const sources = loadSpanishEntries(root, english);
  checkDistinctWording(sources);

  const { locations, general, byFileOrder } = loadSpanishLocations(root, en);
  try {
    checkDistinctAliases(byFileOrder, general);
  } catch (err) {
    // The shared check names the English file; the alias to fix is in the Spanish one.
    if (err instanceof KnowledgeError && err.file === LOCATIONS_FILE)
      throw new KnowledgeError(ES_LOCATIONS_FILE, err.where, err.reason);
    throw err;
  }
  checkClinicFacts(
    sources,
    [...byFileOrder.map((place, i) => ({ place, path: `locations[${i}]` })), { place: general, path: 'general' }],
    en.clinic,
    'es',
    ES_LOCATIONS_FILE,
  );

  const synonyms = readYamlFile(root, path.join(root, SPANISH_DIR, 'synonyms.yaml'), synonymsFileSchema).data.synonyms;
  const outOfScope = loadSpanishOutOfScope(root, en.outOfScope);
  outOfScope.forEach((topic, i) => {
    const [problem] = topic.safety ? clinicFactProblems(topic.safety, en.clinic, [], 'es') : [];
    if (problem) throw new KnowledgeError(`${SPANISH_DIR}/out-of-scope.yaml`, `topics[${i}].safety`, problem);
  });
  const messages = loadSpanishMessages(root, english);
  // es/red-flags.yaml has its own schema and loader (Spanish patterns, word classes).
  const redFlags = loadSpanishRedFlags(root, en.redFlags);

  const entries = sources.map((s) => s.entry);
  const byId: ReadonlyMap<string, KnowledgeEntry> = new Map(entries.map((e) => [e.id, e]));
  return {
    language: 'es',
    entries,
    locations,
    general,
    clinic: en.clinic,
    synonyms,
    outOfScope,
    redFlags,
    messages,
    byId,
  };
}
