// The matcher: message → answer / clarify / unknown / out-of-scope.
//
// Evidence is word overlap over analysed terms (stems after synonyms and typo correction),
// weighted by rarity (BM25-style idf) and looked at two ways:
//   - recall: how much of one curated phrasing (a question, a keyword, the title) the message
//     contains — this is what lets a long forum story still find the question inside it;
//   - precision: how much of the message the entry explains — this keeps short, vague messages
//     and off-topic words from producing confident answers.
// Everything heavy (analysis of the knowledge, idf, inverted index, typo index) happens once here;
// a query is a few map look-ups and one pass over the units its words touch.
import type { Knowledge, KnowledgeEntry, KneeLocation } from '../knowledge/types';
import { analyze, type Analysis } from './analyzer';
import { createExtractor } from './extract';
import { tokenize, stem, STOP_WORDS } from './normalize';
import { createTopicDetector, KNEE_TERMS, mentionsKnee } from './outOfScope';
import { createPhraseRewriter } from './phrases';
import { createTypoCorrector } from './typo';
import type { Matcher, MatchResult, ScoredEntry, Understanding } from './types';

export type { Matcher, MatchResult, ScoredEntry, Understanding } from './types';

export interface MatcherTuning {
  /** At or above this (and clear of the runner-up) the best entry is answered directly. */
  answerThreshold: number;
  /** Above this the answer is given even if the runner-up is close. */
  sureThreshold: number;
  /** How far ahead of the runner-up the best entry must be to answer without asking. */
  margin: number;
  /** Above sureThreshold the best entry must still be this far ahead, or the bot asks. */
  minGap: number;
  /** Below answerThreshold but at or above this: "Did you mean …?". */
  clarifyThreshold: number;
  /** Candidates within this distance of the best are offered together in a clarify. */
  clarifyWindow: number;
  /** Minimum score for a suggestion under "I'm not sure". */
  suggestThreshold: number;
  /** Share of the score that comes from recall of the best phrasing (the rest is precision). */
  recallShare: number;
  /** A phrasing whose total term weight is below this counts proportionally less (one common word is weak evidence). */
  specificWeight: number;
  /** Weight of a message word the knowledge has never seen. */
  unknownWordWeight: number;
  /** How far an entry of the place the message names moves towards 1. */
  locationBoost: number;
  /** How far each symptom the message mentions moves the conditions it points to towards 1. */
  symptomBoost: number;
  /** Extra weight of curated concept words (synonym canonicals such as "iliotibial"). */
  conceptWeight: number;
  /** Keyword phrasings count this much of a question phrasing (keywords are often one generic word). */
  keywordFactor: number;
  /** Score factor for entries with no knee location when the message names one. */
  offPlacePenalty: number;
  /** Messages are cut to this many characters before matching. */
  maxChars: number;
  /** In an overview-vs-condition tie, a word counts as the condition's own evidence from this idf up. */
  tieSpecificIdf: number;
}

export const DEFAULT_TUNING: MatcherTuning = {
  answerThreshold: 0.55,
  sureThreshold: 0.8,
  margin: 0.08,
  minGap: 0.01,
  clarifyThreshold: 0.45,
  clarifyWindow: 0.12,
  suggestThreshold: 0.15,
  recallShare: 0.55,
  specificWeight: 3,
  unknownWordWeight: 1.2,
  locationBoost: 0.25,
  symptomBoost: 0.12,
  conceptWeight: 1.4,
  keywordFactor: 0.9,
  offPlacePenalty: 0.9,
  maxChars: 1000,
  tieSpecificIdf: 1.5,
};

interface Unit {
  entry: number;
  factor: number;
  weight: number;
  terms: string[];
  label: string;
}

export function createMatcher(knowledge: Knowledge, tuning: Partial<MatcherTuning> = {}): Matcher {
  const cfg: MatcherTuning = { ...DEFAULT_TUNING, ...tuning };
  const entries = knowledge.entries;
  const rewriter = createPhraseRewriter(knowledge.synonyms);
  const extractor = createExtractor(knowledge.locations, rewriter);

  // ---- analyse the knowledge once -------------------------------------------------------------
  const rawUnits: Array<{ entry: number; terms: string[]; label: string; factor: number }> = [];
  const entryTerms: Array<Set<string>> = [];
  // Terms of an entry's own phrasings (title and questions, not keywords): for a location overview
  // these say "this place hurts"; its keywords often just name the conditions there ("IT band").
  const phrasingTerms: Array<Set<string>> = [];
  const indexOfEntry = new Map<KnowledgeEntry, number>(entries.map((e, i) => [e, i]));
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
      rawUnits.push({ entry: i, terms, label: `${kind} "${text}"`, factor: kind === 'keyword' ? cfg.keywordFactor : 1 });
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

  const units: Unit[] = rawUnits.map((u) => ({
    ...u,
    weight: u.terms.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0),
  }));
  const unitPostings = invert(units.map((u) => u.terms));
  const topics = createTopicDetector(knowledge.outOfScope, rewriter, new Set(idf.keys()));
  // Flat copies for the per-query loop (typed arrays: no object look-ups in the hot path).
  const unitEntry = Int32Array.from(units, (u) => u.entry);
  const unitWeight = Float64Array.from(units, (u) => u.weight);
  const entryLocation = Int8Array.from(entries, (e) => (e.location ? LOCATION_CODE[e.location] : 0));
  const indexOfId = new Map(entries.map((e, i) => [e.id, i]));
  const unitValue = Float64Array.from(units, (u) =>
    u.weight > 0 ? (Math.min(1, u.weight / cfg.specificWeight) * u.factor) / u.weight : 0,
  );
  const entryPostings = invert(entryTerms.map((s) => [...s]));
  // condition index → its place's overview index (locations.yaml), for overview-vs-condition ties.
  const overviewOf = new Map<number, number>();
  for (const loc of knowledge.locations) {
    const o = indexOfId.get(loc.overviewEntryId);
    if (o === undefined) continue;
    for (const id of loc.conditionIds) {
      const c = indexOfId.get(id);
      if (c !== undefined) overviewOf.set(c, o);
    }
  }

  /**
   * The overview of a place and its conditions score alike ("outer knee pain" vs IT band
   * syndrome, "behind the knee" vs four back-of-knee conditions). A condition wins only on
   * evidence the overview's own phrasings lack: a specific word of the condition ("iliotibial",
   * "below", "grind") or a symptom pointing to it. With no such evidence the overview wins: its
   * answer covers the place's conditions and offers them as follow-ups. Returns the group
   * reordered with the preferred entry first, or undefined when the group is not one place's
   * overview and conditions, or when several conditions have evidence (then the bot asks).
   */
  function placeTie(group: ScoredEntry[], q: ReadonlySet<string>, symptomIds: readonly string[], location?: KneeLocation): ScoredEntry[] | undefined {
    const overview = group.find((c) => c.entry.kind === 'location');
    if (!overview) return undefined;
    const oi = indexOfEntry.get(overview.entry)!;
    const conditions = group.filter((c) => c !== overview);
    if (!conditions.every((c) => overviewOf.get(indexOfEntry.get(c.entry)!) === oi)) return undefined;
    const place = location ? knowledge.locations.find((l) => l.id === location) : undefined;
    const oTerms = phrasingTerms[oi]!;
    const evidenced = conditions.filter((c) => {
      const pointed = (place?.symptomQuestions ?? []).some((sq) => symptomIds.includes(sq.id) && sq.pointsTo.includes(c.entry.id));
      if (pointed) return true;
      const cTerms = entryTerms[indexOfEntry.get(c.entry)!]!;
      for (const t of q) if (cTerms.has(t) && !oTerms.has(t) && (idf.get(t) ?? 0) >= cfg.tieSpecificIdf) return true;
      return false;
    });
    if (evidenced.length > 1) return undefined;
    const preferred = evidenced[0] ?? overview;
    return [preferred, ...group.filter((c) => c !== preferred)];
  }

  // ---- vocabulary for typo correction ---------------------------------------------------------
  const vocab = new Map<string, number>();
  const addWords = (text: string): void => {
    for (const w of tokenize(text)) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  };
  for (const e of entries) [e.title, ...e.questions, ...e.keywords].forEach(addWords);
  for (const w of rewriter.surfaceWords) vocab.set(w, (vocab.get(w) ?? 0) + 1);
  for (const loc of knowledge.locations) {
    [loc.label, ...loc.aliases, ...loc.symptomQuestions.flatMap((q) => q.mentions)].forEach(addWords);
  }
  for (const topic of knowledge.outOfScope) topic.keywords.forEach(addWords);
  // Words of the answers are real words too: they must never be "corrected", but they are not
  // targets either (a typo should land on a word that selects an entry).
  const known = new Set<string>([...vocab.keys(), ...STOP_WORDS]);
  for (const e of entries) for (const w of tokenize(e.answer)) known.add(w);
  const knownStems = new Set<string>([...known].map(stem));
  const corrector = createTypoCorrector(vocab);
  const isKnown = (surface: string, stemmed: string): boolean => known.has(surface) || knownStems.has(stemmed);

  // Flat term-id views for candidate scoring (see scorePruned): each entry's units are contiguous.
  const termId = new Map<string, number>();
  const idfTerms: string[] = [];
  for (const t of idf.keys()) {
    termId.set(t, termId.size);
    idfTerms.push(t);
  }
  const flat = (lists: readonly (readonly string[])[]): { start: Int32Array; ids: Int32Array } => {
    const start = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((l, i) => {
      start[i] = total;
      total += l.length;
    });
    start[lists.length] = total;
    const ids = new Int32Array(total);
    let k = 0;
    for (const l of lists) for (const t of l) ids[k++] = termId.get(t)!;
    return { start, ids };
  };
  const unitTerms = flat(units.map((u) => u.terms));
  const entryTermIds = flat(entryTerms.map((s) => [...s]));
  const entryUnitStart = new Int32Array(entries.length + 1).fill(units.length);
  for (let u = units.length - 1; u >= 0; u--) entryUnitStart[unitEntry[u]!] = u;
  for (let e = entries.length - 1; e >= 0; e--) if (entryUnitStart[e]! > entryUnitStart[e + 1]!) entryUnitStart[e] = entryUnitStart[e + 1]!;

  // Scratch buffers reused by every query (single-threaded, so safe): no allocation per unit.
  const qPos = new Int32Array(termId.size).fill(-1);
  const candidateMark = new Uint8Array(entries.length);
  const unitScore = new Float64Array(units.length);
  const entryScore = new Float64Array(entries.length);
  const entryBestUnit = new Int32Array(entries.length).fill(-1);
  const entryBestRecall = new Float64Array(entries.length);

  function termWeight(t: string): number {
    const w = idf.get(t);
    if (w !== undefined) return w;
    return cfg.unknownWordWeight;
  }

  function understandTerms(terms: readonly string[], truncated: boolean, given?: KneeLocation): Understanding {
    const hit = extractor.location(terms);
    const location = given ?? hit?.location;
    return { location, symptomIds: location ? extractor.symptoms(terms, location) : [], truncated };
  }

  interface Top {
    e: number;
    s: number;
    recall: number;
    precision: number;
    unit: number;
  }
  // Equal scores keep knowledge file order, so results are stable run to run.
  const byScore = (x: { e: number; s: number }, y: { e: number; s: number }): number => y.s - x.s || x.e - y.e;

  /**
   * The message says where on the knee it hurts: that place's entries go up, other places' and
   * non-location entries go down. Shared by the exact score and its pruning bound.
   */
  function placeAdjusted(s: number, e: number, wanted: number): number {
    if (!wanted) return s;
    const own = entryLocation[e]!;
    if (own === wanted) return s + (1 - s) * cfg.locationBoost;
    return own ? s * 0.7 : s * cfg.offPlacePenalty;
  }

  /** The final score of an entry from its recall, precision and best unit (same for both paths). */
  function finish(e: number, recall: number, precision: number, bestUnit: number, wanted: number, pointedBy: ReadonlyMap<number, number>): number {
    let s = placeAdjusted(cfg.recallShare * recall + (1 - cfg.recallShare) * precision, e, wanted);
    if (pointedBy.size > 0) {
      // Symptoms the message already describes point at their conditions ("lump" → Baker's cyst).
      const hits = pointedBy.get(e) ?? 0;
      if (hits > 0) s += (1 - s) * Math.min(0.3, cfg.symptomBoost * hits);
    }
    // Among near-equals, a longer curated phrasing matched in full is the stronger evidence.
    const mass = bestUnit >= 0 ? unitWeight[bestUnit]! * recall : 0;
    return round(s * 0.97 + 0.03 * Math.min(1, mass / 8));
  }

  /**
   * Highest score an entry can reach whose matched message terms all come from a set of total
   * idf `sum` (and that no symptom points to): recall ≤ factor × min(1, sum / specificWeight),
   * precision ≤ sum / qWeight, mass ≤ factor × sum. Used to prove that entries reached only
   * through common terms cannot enter the top k.
   */
  function upperBound(sum: number, qWeight: number, wanted: number): number {
    if (sum <= 0) return 0;
    const factor = Math.max(1, cfg.keywordFactor);
    const recall = factor * (cfg.specificWeight > 0 ? Math.min(1, sum / cfg.specificWeight) : 1);
    const precision = qWeight > 0 ? Math.min(1, sum / qWeight) : 0;
    let s = cfg.recallShare * recall + (1 - cfg.recallShare) * precision;
    if (wanted) s = Math.max(s + (1 - s) * cfg.locationBoost, s * 0.7, s * cfg.offPlacePenalty);
    return s * 0.97 + 0.03 * Math.min(1, (factor * sum) / 8) + 0.001; // + rounding slack
  }
  // Per entry: the largest unit value per matched weight, and the largest value a unit can reach.
  const entryMaxUnitValue = new Float64Array(entries.length);
  const entryMaxRecall = new Float64Array(entries.length);
  for (let u = 0; u < units.length; u++) {
    const e = unitEntry[u]!;
    entryMaxUnitValue[e] = Math.max(entryMaxUnitValue[e]!, unitValue[u]!);
    entryMaxRecall[e] = Math.max(entryMaxRecall[e]!, unitWeight[u]! * unitValue[u]!);
  }
  /** Highest score entry e can reach with matched message weight `matched` (not for pointed entries). */
  function entryBound(e: number, matched: number, qWeight: number, wanted: number): number {
    const recall = Math.min(matched * entryMaxUnitValue[e]!, entryMaxRecall[e]!);
    const precision = qWeight > 0 ? Math.min(1, matched / qWeight) : 0;
    const s = placeAdjusted(cfg.recallShare * recall + (1 - cfg.recallShare) * precision, e, wanted);
    const factor = Math.max(1, cfg.keywordFactor);
    return s * 0.97 + 0.03 * Math.min(1, (factor * matched) / 8) + 0.001;
  }
  const pruningSafe =
    cfg.recallShare >= 0 && cfg.recallShare <= 1 && cfg.specificWeight >= 0 && cfg.locationBoost <= 1 && cfg.offPlacePenalty >= 0 && cfg.keywordFactor >= 0;

  /**
   * Max-score style top-k: message terms are taken rarest first; each new candidate entry is
   * scored exactly (all message terms, summed in message order so the numbers are bit-identical
   * to the full pass), and once the k-th best score is above what an entry matching only the
   * remaining (common, low-idf) terms could reach, those terms' long posting lists are never
   * walked. Returns undefined when that proof does not come cheaply (then the full pass runs).
   */
  function scorePruned(qIds: Int32Array, qW: Float64Array, qWeight: number, wanted: number, pointedBy: ReadonlyMap<number, number>): Top[] | undefined {
    const m = qIds.length;
    const order = Array.from({ length: m }, (_, i) => i);
    const dfOf = (i: number): number => entryPostings.get(idfTerms[qIds[i]!]!)?.length ?? 0;
    const dfs = order.map(dfOf);
    order.sort((a, b) => dfs[a]! - dfs[b]! || a - b);
    // suffix[j] = total idf of the terms from the j-th rarest on.
    const suffix = new Float64Array(m + 1);
    for (let j = m - 1; j >= 0; j--) suffix[j] = suffix[j + 1]! + qW[order[j]!]!;
    let totalPostings = 0;
    for (let j = 0; j < m; j++) totalPostings += dfs[j]!;
    // Scoring a candidate costs a few times one posting of the full pass: when the proof needs
    // more candidates than half the postings, the full pass is cheaper.
    const budget = Math.max(64, totalPostings >> 1);
    for (let i = 0; i < m; i++) qPos[qIds[i]!] = i;
    const marked: number[] = [];
    const top: Top[] = [];
    // Sums of the message-term weights a term list matches, added in message order (as the full
    // pass adds them) so the floating-point results are identical. Up to 31 terms a bit mask keeps
    // that order for free; longer messages sort positions.
    const small = m <= 31;
    const positions: number[] = [];
    const sumOf = (ids: Int32Array, from: number, to: number): number => {
      if (small) {
        let mask = 0;
        for (let k = from; k < to; k++) {
          const p = qPos[ids[k]!]!;
          if (p >= 0) mask |= 1 << p;
        }
        firstPos = mask === 0 ? -1 : 31 - Math.clz32(mask & -mask);
        let sum = 0;
        while (mask !== 0) {
          const low = mask & -mask;
          sum += qW[31 - Math.clz32(low)]!;
          mask ^= low;
        }
        return sum;
      }
      positions.length = 0;
      for (let k = from; k < to; k++) {
        const p = qPos[ids[k]!]!;
        if (p >= 0) positions.push(p);
      }
      if (positions.length === 0) {
        firstPos = -1;
        return 0;
      }
      positions.sort((x, y) => x - y);
      firstPos = positions[0]!;
      let sum = 0;
      for (const p of positions) sum += qW[p]!;
      return sum;
    };
    let firstPos = -1;
    const eStart = entryTermIds.start;
    const eIds = entryTermIds.ids;
    const hasPointed = pointedBy.size > 0;
    const consider = (e: number): void => {
      if (candidateMark[e]) return;
      candidateMark[e] = 1;
      marked.push(e);
      let matched: number;
      if (small) {
        // (sumOf inlined: this runs for every candidate)
        let mask = 0;
        for (let k = eStart[e]!, end = eStart[e + 1]!; k < end; k++) {
          const p = qPos[eIds[k]!]!;
          if (p >= 0) mask |= 1 << p;
        }
        if (mask === 0) return;
        matched = 0;
        while (mask !== 0) {
          const low = mask & -mask;
          matched += qW[31 - Math.clz32(low)]!;
          mask ^= low;
        }
      } else {
        matched = sumOf(eIds, eStart[e]!, eStart[e + 1]!);
        if (firstPos < 0) return;
      }
      // An entry whose matched weight cannot lift it above the current k-th best is not looked
      // at further (its score could only tie below: ties go to the earlier entry, so strict <).
      if (top.length === TOP_K && !(hasPointed && pointedBy.has(e)) && entryBound(e, matched, qWeight, wanted) < top[TOP_K - 1]!.s) return;
      // recall: best unit; ties go to the unit touched first in the full pass (earliest first
      // matched message term, then lower unit index).
      let recall = 0;
      let bestUnit = -1;
      let bestFirst = Infinity;
      for (let u = entryUnitStart[e]!, uend = entryUnitStart[e + 1]!; u < uend; u++) {
        const sum = sumOf(unitTerms.ids, unitTerms.start[u]!, unitTerms.start[u + 1]!);
        if (firstPos < 0) continue;
        const value = sum * unitValue[u]!;
        if (value > recall || (value === recall && value > 0 && firstPos < bestFirst)) {
          recall = value;
          bestUnit = u;
          bestFirst = firstPos;
        }
      }
      const precision = qWeight > 0 ? Math.min(1, matched / qWeight) : 0;
      const s = finish(e, recall, precision, bestUnit, wanted, pointedBy);
      if (s <= 0) return;
      const last = top[TOP_K - 1];
      if (last && byScore({ e, s }, last) >= 0) return;
      insertTop(top, { e, s, recall, precision, unit: bestUnit }, TOP_K, byScore);
    };
    let result: Top[] | undefined;
    try {
      for (const e of pointedBy.keys()) consider(e);
      for (let j = 0; j < m; j++) {
        const list = entryPostings.get(idfTerms[qIds[order[j]!]!]!) ?? EMPTY;
        if (marked.length + list.length > budget) return undefined;
        for (let i = 0; i < list.length; i++) consider(list[i]!);
        const rest = suffix[j + 1]!;
        if (rest <= 0 || (top.length === TOP_K && upperBound(rest, qWeight, wanted) < top[TOP_K - 1]!.s)) {
          result = top;
          break;
        }
      }
      return result ?? top;
    } finally {
      for (let i = 0; i < m; i++) qPos[qIds[i]!] = -1;
      for (const e of marked) candidateMark[e] = 0;
    }
  }

  function score(analysis: Analysis, location: KneeLocation | undefined, symptomIds: readonly string[]): ScoredEntry[] {
    const q = [...new Set(analysis.terms)];
    const pointedBy = new Map<number, number>();
    const place = location ? knowledge.locations.find((l) => l.id === location) : undefined;
    for (const sq of place?.symptomQuestions ?? []) {
      if (!symptomIds.includes(sq.id)) continue;
      for (const id of sq.pointsTo) {
        const e = indexOfId.get(id);
        if (e !== undefined) pointedBy.set(e, (pointedBy.get(e) ?? 0) + 1);
      }
    }
    if (q.length === 0) return [];
    const qWeight = q.reduce((sum, t) => sum + termWeight(t), 0);
    const wanted = location ? LOCATION_CODE[location] : 0;

    let top: Top[] | undefined;
    if (pruningSafe) {
      const known = q.filter((t) => idf.has(t));
      const qIds = Int32Array.from(known, (t) => termId.get(t)!);
      const qW = Float64Array.from(known, (t) => idf.get(t)!);
      top = scorePruned(qIds, qW, qWeight, wanted, pointedBy);
    }
    top ??= scoreAll(q, qWeight, wanted, pointedBy);
    return top.map(({ e, s, recall, precision, unit }): ScoredEntry => {
      const why: string[] = [];
      if (unit >= 0) why.push(`best ${units[unit]!.label} recall ${recall.toFixed(2)}`);
      why.push(`precision ${precision.toFixed(2)}`);
      return { entry: entries[e]!, score: s, why };
    });
  }

  /** The full pass: every unit and entry any message term touches. */
  function scoreAll(q: readonly string[], qWeight: number, wanted: number, pointedBy: ReadonlyMap<number, number>): Top[] {
    const touchedUnits: number[] = [];
    const touchedEntries: number[] = [];
    for (const t of q) {
      const w = idf.get(t);
      if (w === undefined) continue;
      const up = unitPostings.get(t) ?? EMPTY;
      for (let i = 0; i < up.length; i++) {
        const u = up[i]!;
        if (unitScore[u] === 0) touchedUnits.push(u);
        unitScore[u] += w;
      }
      const ep = entryPostings.get(t) ?? EMPTY;
      for (let i = 0; i < ep.length; i++) {
        const e = ep[i]!;
        if (entryScore[e] === 0) touchedEntries.push(e);
        entryScore[e] += w;
      }
    }
    for (let i = 0; i < touchedUnits.length; i++) {
      const u = touchedUnits[i]!;
      // unitValue = specificity × factor / weight, precomputed: value = matched weight × that.
      const value = unitScore[u]! * unitValue[u]!;
      const owner = unitEntry[u]!;
      if (value > entryBestRecall[owner]!) {
        entryBestRecall[owner] = value;
        entryBestUnit[owner] = u;
      }
      unitScore[u] = 0;
    }

    // Only the best few become objects (with their "why"); the rest stay numbers.
    const top: Top[] = [];
    for (let i = 0; i < touchedEntries.length; i++) {
      const e = touchedEntries[i]!;
      const precision = qWeight > 0 ? Math.min(1, entryScore[e]! / qWeight) : 0;
      const recall = entryBestRecall[e]!;
      const unit = entryBestUnit[e]!;
      const s = finish(e, recall, precision, unit, wanted, pointedBy);
      entryScore[e] = 0;
      entryBestRecall[e] = 0;
      entryBestUnit[e] = -1;
      if (s <= 0) continue;
      const last = top[TOP_K - 1];
      if (last && byScore({ e, s }, last) >= 0) continue;
      insertTop(top, { e, s, recall, precision, unit }, TOP_K, byScore);
    }
    return top;
  }

  function explain(top: ScoredEntry[], analysis: Analysis, locationNote?: string): void {
    for (const c of top.slice(0, 3)) {
      const terms = entryTerms[indexOfEntry.get(c.entry) ?? -1];
      const matched = [...new Set(analysis.terms)].filter((t) => terms?.has(t));
      c.why.unshift(`matched ${matched.map((t) => `'${t}'`).join(', ') || 'nothing'}`);
      for (const fix of analysis.corrections) c.why.push(`typo ${fix}`);
      for (const r of analysis.rewrites) c.why.push(`synonym ${r}`);
      if (locationNote) c.why.push(locationNote);
    }
  }

  function match(text: string): MatchResult {
    const truncated = text.length > cfg.maxChars;
    const analysis = analyze(truncated ? text.slice(0, cfg.maxChars) : text, rewriter, { corrector, isKnown });
    const terms = analysis.terms;
    const aboutKnee = mentionsKnee(terms);
    const locationHit = extractor.location(terms);
    // A bare "back" or "inside" only names a place on the knee when the knee is in the message
    // ("easing back into running" is not about the back of the knee). understand() is looser: it
    // reads an answer to "where does it hurt?", where "the back" is enough.
    const steer = locationHit && (aboutKnee || locationHit.alias.split(/\s+/).length > 1) ? locationHit.location : undefined;
    const understanding: Understanding = {
      location: steer,
      symptomIds: steer ? extractor.symptoms(terms, steer) : [],
      truncated,
    };
    if (terms.length === 0) return { kind: 'unknown', suggestions: [], understanding };
    const candidates = score(analysis, steer, steer ? understanding.symptomIds : []);
    const locationNote = steer ? `location ${steer} (from "${locationHit?.alias}")` : undefined;

    // Another body part or an unrelated topic, and no word about the knee: out of scope, even if
    // some knee entry shares a word ("tight", "sore") with the message. Only for body parts the
    // knee advice itself talks about ("band exercises for my hips") may a confident advice answer
    // stand; a knee condition or place never does ("my hip clicks" is not a meniscus question).
    let topicHits = aboutKnee ? [] : topics.detect(terms);
    // The IT band runs from the hip to the knee: when it is the message's only knee word and the
    // message names the hip ("outer hip pain, is that my ITB?"), the hip is what hurts.
    if (aboutKnee && onlySpanningKneeTerms(terms)) {
      const hits = topics.detect(terms);
      if (hits.some((h) => h.topic.id === 'hip')) topicHits = hits.filter((h) => h.topic.id === 'hip');
    }
    if (topicHits.length > 0) {
      const best = candidates[0];
      const adviceStands =
        topicHits.every((h) => h.weak) &&
        best !== undefined &&
        best.score >= cfg.sureThreshold &&
        best.entry.kind !== 'condition' &&
        best.entry.kind !== 'location';
      if (!adviceStands) return { kind: 'out-of-scope', topic: topicHits[0]!.topic.label, understanding };
    }

    const group = candidates.filter((c) => candidates[0]!.score - c.score < cfg.margin);
    const tie = group.length >= 2 ? placeTie(group, new Set(terms), understanding.symptomIds, steer) : undefined;
    if (tie) {
      // Keep the list sorted by score (callers rely on it): the preferred entry takes the top
      // score, the rest of the group stays just below it.
      const top = candidates[0]!.score;
      tie[0]!.score = top;
      for (const c of tie.slice(1)) c.score = round(Math.max(0, Math.min(c.score, top - 0.001)));
      tie.slice(1).sort((x, y) => y.score - x.score).forEach((c, i) => (tie[i + 1] = c));
      candidates.splice(0, tie.length, ...tie);
      const [preferred, other] = tie as [ScoredEntry, ScoredEntry];
      // One place either way, and the others are its follow-ups: answer directly when the score
      // is good enough (everything outside the group is at least a margin behind).
      if (preferred.score >= cfg.answerThreshold) {
        explain(candidates, analysis, locationNote);
        preferred.why.push(`place tie: preferred over ${other.entry.id}`);
        return { kind: 'answer', best: preferred, candidates: candidates.slice(0, 3), understanding };
      }
    }
    const [first, second] = candidates;
    if (!first || first.score < cfg.clarifyThreshold) {
      const suggestions = candidates.filter((c) => c.score >= cfg.suggestThreshold).slice(0, 3);
      explain(suggestions, analysis, locationNote);
      return { kind: 'unknown', suggestions, understanding };
    }
    const gap = first.score - (second?.score ?? 0);
    // Even a high score is no answer when another entry has just as much evidence.
    if ((first.score >= cfg.sureThreshold && gap >= cfg.minGap) || (first.score >= cfg.answerThreshold && gap >= cfg.margin)) {
      explain(candidates, analysis, locationNote);
      return { kind: 'answer', best: first, candidates: candidates.slice(0, 3), understanding };
    }
    const close = candidates.filter((c) => first.score - c.score <= cfg.clarifyWindow).slice(0, 3);
    const offered = close.length >= 2 ? close : candidates.slice(0, 2);
    explain(offered, analysis, locationNote);
    return { kind: 'clarify', candidates: offered, understanding };
  }

  return {
    match,
    understand(text: string, location?: KneeLocation): Understanding {
      const truncated = text.length > cfg.maxChars;
      const analysis = analyze(truncated ? text.slice(0, cfg.maxChars) : text, rewriter, { corrector, isKnown });
      return understandTerms(analysis.terms, truncated, location);
    },
  };
}

const TOP_K = 5;
/** Knee words for structures that also reach the hip. */
const SPANNING_KNEE_TERMS: ReadonlySet<string> = new Set(['iliotibial']);
function onlySpanningKneeTerms(terms: readonly string[]): boolean {
  return terms.every((t) => !KNEE_TERMS.has(t) || SPANNING_KNEE_TERMS.has(t));
}
const LOCATION_CODE: Record<KneeLocation, number> = { front: 1, back: 2, inner: 3, outer: 4 };

/** Keeps `list` sorted by `cmp` and at most `k` long. */
function insertTop<T>(list: T[], item: T, k: number, cmp: (a: T, b: T) => number): void {
  if (list.length === k && cmp(item, list[k - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && cmp(item, list[i - 1]!) < 0) i--;
  list.splice(i, 0, item);
  if (list.length > k) list.pop();
}

const EMPTY = new Int32Array(0);

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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
