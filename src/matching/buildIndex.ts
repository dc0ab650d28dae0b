// Everything the matcher knows, computed once from the knowledge and never changed afterwards:
// analysed phrasings ("units"), idf, inverted indexes, the flat typed-array views the scoring loop
// reads, the fuse.js vocabulary for typos, location/symptom extraction and out-of-scope topics.
// A query only reads this (its scratch buffers live in topK.ts).
import type { Knowledge, KnowledgeEntry, KneeLocation } from '../knowledge/types';
import { analyze, type AnalyzeOptions } from './analyzer';
import { createExtractor, type Extractor } from './extract';
import { createFuzzyVocabulary } from './fuzzy';
import { languageProfile, type LanguageProfile, type MatchLanguage } from './lang/index';
import { createTopicDetector, type TopicDetector } from './outOfScope';
import { createPhraseRewriter, type PhraseRewriter } from './phrases';
import type { MatcherTuning } from './tuning';

export const LOCATION_CODE: Readonly<Record<KneeLocation, number>> = { front: 1, back: 2, inner: 3, outer: 4 };

/** Term ids lists laid out flat: list i is ids[start[i] .. start[i+1]). */
interface FlatLists {
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

export interface MatcherIndex {
  readonly knowledge: Knowledge;
  /** The knowledge's language: how its text and the messages are tokenised, stemmed and read. */
  readonly language: LanguageProfile;
  /** Stems (after synonyms) that put a message about the knee. */
  readonly kneeTerms: ReadonlySet<string>;
  /** Stems (after synonyms) that say something hurts. */
  readonly painTerms: ReadonlySet<string>;
  /** Stems (after synonyms) of activities with an entry of their own (lang.activityWords). */
  readonly activityTerms: ReadonlySet<string>;
  /** Stems too generic to tie a post's story to a clinic action ("knee", "pain"). */
  readonly genericTerms: ReadonlySet<string>;
  readonly cfg: Readonly<MatcherTuning>;
  readonly entries: readonly KnowledgeEntry[];
  readonly rewriter: PhraseRewriter;
  readonly extractor: Extractor;
  readonly topics: TopicDetector;
  /** What the analyser needs to correct typos in messages (fuse.js over the vocabulary). */
  readonly analyzeOptions: AnalyzeOptions;
  readonly indexOfEntry: ReadonlyMap<KnowledgeEntry, number>;
  readonly indexOfId: ReadonlyMap<string, number>;
  /** idf of every knowledge term (concept words weighted up). */
  readonly idf: ReadonlyMap<string, number>;
  readonly termId: ReadonlyMap<string, number>;
  readonly idfTerms: readonly string[];
  /** All terms of an entry (title, questions, keywords). */
  readonly entryTerms: ReadonlyArray<ReadonlySet<string>>;
  /** Terms of an entry's own phrasings (title and questions, not keywords). */
  readonly phrasingTerms: ReadonlyArray<ReadonlySet<string>>;
  readonly unitLabels: readonly string[];
  readonly unitEntry: Int32Array;
  readonly unitWeight: Float64Array;
  /** 1 for a keyword unit, 0 for a title or question. */
  readonly unitIsKeyword: Uint8Array;
  /** specificity × factor / weight: a unit's recall is its matched weight × this. */
  readonly unitValue: Float64Array;
  readonly unitTerms: FlatLists;
  readonly unitPostings: ReadonlyMap<string, Int32Array>;
  readonly entryPostings: ReadonlyMap<string, Int32Array>;
  readonly entryTermIds: FlatLists;
  /** Units of entry e are entryUnitStart[e] .. entryUnitStart[e+1]. */
  readonly entryUnitStart: Int32Array;
  readonly entryLocation: Int8Array;
  /** Per entry: largest unit value per matched weight, and largest recall any of its units reaches. */
  readonly entryMaxUnitValue: Float64Array;
  readonly entryMaxRecall: Float64Array;
  /**
   * Diagnosis names (the language's diagnosisWords, analysed) and the one or two entries whose
   * phrasings name each; a name more entries share says nothing about which one is meant.
   */
  readonly diagnoses: ReadonlyArray<{
    readonly terms: readonly string[];
    readonly entries: readonly number[];
    /** A person word (lang.personWords), not a condition. */
    readonly person: boolean;
  }>;
  /** condition index → its place's overview index (locations.yaml). */
  readonly overviewOf: ReadonlyMap<number, number>;
  /** False when the tuning breaks the assumptions of the pruning bounds (then only the full pass runs). */
  readonly pruningSafe: boolean;
}

/**
 * @param language the option given to createMatcher, else the knowledge's own `language`
 *   (loadKnowledgeSet sets it), else English.
 */
export function buildIndex(knowledge: Knowledge, cfg: Readonly<MatcherTuning>, language?: MatchLanguage): MatcherIndex {
  const entries = knowledge.entries;
  const lang = languageProfile(language ?? knowledge.language ?? 'en');
  const rewriter = createPhraseRewriter(knowledge.synonyms, lang);
  // A word and its stem after synonyms, when it is one term ("iliotibial" → "iliotibial band" would
  // make "band" a knee word).
  const stemsOf = (words: readonly string[]): Set<string> =>
    new Set(
      words.flatMap((w) => {
        const terms = analyze(w, rewriter).terms;
        return terms.length === 1 ? [w, terms[0]!] : [w];
      }),
    );
  const extractor = createExtractor(knowledge.locations, rewriter);

  const rawUnits: Array<{ entry: number; terms: string[]; label: string; factor: number }> = [];
  const entryTerms: Array<Set<string>> = [];
  const phrasingTerms: Array<Set<string>> = [];
  entries.forEach((entry, i) => {
    const all = new Set<string>();
    const own = new Set<string>();
    const phrasings: Array<[string, string]> = [
      [entry.title, 'title'],
      ...entry.questions.map((q): [string, string] => [q, 'question']),
      ...entry.keywords.map((k): [string, string] => [k, 'keyword']),
    ];
    for (const [text, kind] of phrasings) {
      const terms = [...new Set(analyze(text, rewriter).terms)];
      if (terms.length === 0) continue;
      terms.forEach((t) => all.add(t));
      if (kind !== 'keyword') terms.forEach((t) => own.add(t));
      rawUnits.push({
        entry: i,
        terms,
        label: `${kind} "${text}"`,
        factor: kind === 'keyword' ? cfg.keywordFactor : 1,
      });
    }
    entryTerms.push(all);
    phrasingTerms.push(own);
  });

  const df = new Map<string, number>();
  for (const set of entryTerms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(entries.length, 1);
  const idf = new Map<string, number>();
  // Words curators made the canonical form of a synonym group are the domain's concepts
  // ("iliotibial", "patellofemoral"): with ~50 entries, df alone under-rates them.
  const concepts = new Set(knowledge.synonyms.flatMap((g) => analyze(g.canonical, rewriter).terms));
  for (const [t, count] of df) {
    const base = Math.log(1 + (n - count + 0.5) / (count + 0.5));
    idf.set(t, concepts.has(t) ? base * cfg.conceptWeight : base);
  }
  const termId = new Map<string, number>();
  const idfTerms: string[] = [];
  for (const t of idf.keys()) {
    termId.set(t, termId.size);
    idfTerms.push(t);
  }

  const unitWeights = rawUnits.map((u) => u.terms.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0));
  const unitEntry = Int32Array.from(rawUnits, (u) => u.entry);
  const unitWeight = Float64Array.from(unitWeights);
  const unitValue = Float64Array.from(rawUnits, (u, i) => {
    const w = unitWeights[i]!;
    return w > 0 ? (Math.min(1, w / cfg.specificWeight) * u.factor) / w : 0;
  });
  const flat = (lists: ReadonlyArray<Iterable<string>>): FlatLists => {
    const arrays = lists.map((l) => [...l]);
    const start = new Int32Array(arrays.length + 1);
    let total = 0;
    arrays.forEach((l, i) => {
      start[i] = total;
      total += l.length;
    });
    start[arrays.length] = total;
    const ids = new Int32Array(total);
    let k = 0;
    for (const l of arrays) for (const t of l) ids[k++] = termId.get(t)!;
    return { start, ids };
  };
  const entryUnitStart = new Int32Array(entries.length + 1).fill(rawUnits.length);
  for (let u = rawUnits.length - 1; u >= 0; u--) entryUnitStart[unitEntry[u]!] = u;
  for (let e = entries.length - 1; e >= 0; e--)
    if (entryUnitStart[e]! > entryUnitStart[e + 1]!) entryUnitStart[e] = entryUnitStart[e + 1]!;
  const entryMaxUnitValue = new Float64Array(entries.length);
  const entryMaxRecall = new Float64Array(entries.length);
  for (let u = 0; u < rawUnits.length; u++) {
    const e = unitEntry[u]!;
    entryMaxUnitValue[e] = Math.max(entryMaxUnitValue[e]!, unitValue[u]!);
    entryMaxRecall[e] = Math.max(entryMaxRecall[e]!, unitWeight[u]! * unitValue[u]!);
  }

  const indexOfId = new Map(entries.map((e, i) => [e.id, i]));
  const overviewOf = new Map<number, number>();
  for (const loc of knowledge.locations) {
    const o = indexOfId.get(loc.overviewEntryId);
    if (o === undefined) continue;
    for (const id of loc.conditionIds) {
      const c = indexOfId.get(id);
      if (c !== undefined) overviewOf.set(c, o);
    }
  }

  // The entry whose title names the diagnosis ("Runner's knee" for "PFPS"), else the one or two
  // whose phrasings do.
  const titleTerms = entries.map((e) => new Set(analyze(e.title, rewriter).terms));
  const diagnoses = lang.diagnosisWords.flatMap((word) => {
    const terms = [...new Set(analyze(word, rewriter).terms)];
    const naming = (sets: ReadonlyArray<ReadonlySet<string>>): number[] =>
      sets.flatMap((set, e) => (terms.length > 0 && terms.every((t) => set.has(t)) ? [e] : []));
    const byTitle = naming(titleTerms);
    const named = byTitle.length > 0 ? byTitle : naming(entryTerms);
    const person = lang.personWords.includes(word);
    return named.length > 0 && named.length <= 2 ? [{ terms, entries: named, person }] : [];
  });

  return Object.freeze({
    knowledge,
    language: lang,
    kneeTerms: stemsOf(lang.kneeWords),
    genericTerms: stemsOf(lang.genericWords),
    painTerms: stemsOf(lang.painWords),
    activityTerms: stemsOf(lang.activityWords),
    cfg,
    entries,
    rewriter,
    extractor,
    topics: createTopicDetector(
      knowledge.outOfScope,
      rewriter,
      new Set(idf.keys()),
      entries.flatMap((e) => e.keywords),
    ),
    analyzeOptions: typoOptions(knowledge, rewriter),
    indexOfEntry: new Map<KnowledgeEntry, number>(entries.map((e, i) => [e, i])),
    indexOfId,
    idf,
    termId,
    idfTerms,
    entryTerms,
    phrasingTerms,
    unitLabels: rawUnits.map((u) => u.label),
    unitEntry,
    unitWeight,
    unitIsKeyword: Uint8Array.from(rawUnits, (u) => (u.label.startsWith('keyword') ? 1 : 0)),
    unitValue,
    unitTerms: flat(rawUnits.map((u) => u.terms)),
    unitPostings: invert(rawUnits.map((u) => u.terms)),
    entryPostings: invert(entryTerms.map((s) => [...s])),
    entryTermIds: flat(entryTerms),
    entryUnitStart,
    entryLocation: Int8Array.from(entries, (e) => (e.location ? LOCATION_CODE[e.location] : 0)),
    entryMaxUnitValue,
    entryMaxRecall,
    overviewOf,
    diagnoses,
    pruningSafe:
      cfg.recallShare >= 0 &&
      cfg.recallShare <= 1 &&
      cfg.specificWeight >= 0 &&
      cfg.locationBoost <= 1 &&
      cfg.postLocationBoost <= 1 &&
      cfg.offPlacePenalty >= 0 &&
      cfg.postOffPlacePenalty >= 0 &&
      cfg.otherPlaceFactor >= 0 &&
      cfg.keywordFactor >= 0 &&
      cfg.massShare >= 0 &&
      cfg.massScale > 0 &&
      cfg.postNamedBoost >= 0,
  });
}

/**
 * The vocabulary a typo may be corrected to (words of questions, keywords, synonyms, aliases, topic
 * keywords) and the words that are never corrected (those, stop words and the answers' words).
 */
function typoOptions(knowledge: Knowledge, rewriter: PhraseRewriter): AnalyzeOptions {
  const { tokenize, stem, stopWords, realWords } = rewriter.language;
  const vocab = new Map<string, number>();
  const addWords = (text: string): void => {
    for (const w of tokenize(text)) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  };
  for (const e of knowledge.entries) [e.title, ...e.questions, ...e.keywords].forEach(addWords);
  for (const w of rewriter.surfaceWords) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  for (const loc of knowledge.locations) {
    [loc.label, ...loc.aliases, ...loc.symptomQuestions.flatMap((q) => q.mentions)].forEach(addWords);
  }
  for (const topic of knowledge.outOfScope) topic.keywords.forEach(addWords);
  // Words of the answers are real words too (and the language's realWords): they must never be
  // "corrected", but they are not targets either (a typo should land on a word that selects an entry).
  const known = new Set<string>([...vocab.keys(), ...stopWords, ...realWords]);
  for (const e of knowledge.entries) for (const w of tokenize(e.answer)) known.add(w);
  const knownStems = new Set<string>([...known].map(stem));
  return {
    corrector: createFuzzyVocabulary(vocab),
    isKnown: (surface: string, stemmed: string): boolean => known.has(surface) || knownStems.has(stemmed),
  };
}

/** term → ids of the documents containing it, as typed arrays for the hot loop. */
function invert(docs: readonly string[][]): Map<string, Int32Array> {
  const map = new Map<string, number[]>();
  docs.forEach((terms, i) => {
    for (const t of terms) {
      const list = map.get(t);
      if (list) list.push(i);
      else map.set(t, [i]);
    }
  });
  return new Map([...map].map(([t, list]) => [t, Int32Array.from(list)]));
}
