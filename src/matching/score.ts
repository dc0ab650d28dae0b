// The one scoring function of the matcher and the bounds that let topK skip entries.
//
// An entry's evidence is word overlap over analysed terms, weighted by rarity (idf) and by where
// in the message the word is (a long post's story counts less than the sentence that asks):
//   - recall: how much of one curated phrasing (a question, a keyword, the title) the message
//     contains — this lets a long forum story still find the question inside it;
//   - precision: how much of the message the entry explains — this keeps short, vague messages and
//     off-topic words from producing confident answers.
// score = recallShare × recall + (1 − recallShare) × precision, moved by the place the message
// names and the symptoms it mentions, plus a small share for the size of the phrasing matched.
import type { MatcherIndex } from './buildIndex';

/** A message as the scoring loop sees it. */
export interface Query {
  /** Known message terms as term ids, in message order, each once. */
  readonly ids: Int32Array;
  /** Their weights: idf × where they stand (1 in a question, storyWeight in the story). */
  readonly weights: Float64Array;
  /** Total weight of the message, words the knowledge does not know included. */
  readonly total: number;
  /** LOCATION_CODE of the knee place the message names, or 0. */
  readonly wanted: number;
  /**
   * entry index → how far its score moves towards 1 because the message already points at it (the
   * symptoms it mentions, the diagnosis a post names). These entries are always scored exactly.
   */
  readonly lift: ReadonlyMap<number, number>;
  /** A long post (story around a question): its own off-place factor applies. */
  readonly post: boolean;
  /**
   * Entries the place named does not count against: a long post's own activity's entry ("Knee pain
   * from cycling" for a cyclist's inner knee) covers every place that activity hurts.
   */
  readonly anyPlace?: ReadonlySet<number>;
}

/** One scored entry before it becomes a ScoredEntry. */
export interface Top {
  e: number;
  s: number;
  recall: number;
  precision: number;
  unit: number;
}

/** Higher score first; equal scores keep knowledge file order, so results are stable run to run. */
export const byScore = (x: { e: number; s: number }, y: { e: number; s: number }): number => y.s - x.s || x.e - y.e;

/**
 * The message says where on the knee it hurts: that place's entries go up, other places' and
 * non-location entries go down. Shared by the exact score and its bounds.
 */
function placeAdjusted(ix: MatcherIndex, s: number, e: number, q: Query): number {
  if (!q.wanted) return s;
  const own = ix.entryLocation[e]!;
  if (own === q.wanted) return s + (1 - s) * (q.post ? ix.cfg.postLocationBoost : ix.cfg.locationBoost);
  if (own) return s * ix.cfg.otherPlaceFactor;
  return q.anyPlace?.has(e) ? s : s * offPlace(ix, q);
}

/** Factor for an entry with no knee place when the message names one. */
function offPlace(ix: MatcherIndex, q: Query): number {
  return q.post ? ix.cfg.postOffPlacePenalty : ix.cfg.offPlacePenalty;
}

/** The final score of entry e from its recall, precision and best unit (the same for every path). */
export function score(
  ix: MatcherIndex,
  q: Query,
  e: number,
  recall: number,
  precision: number,
  bestUnit: number,
): number {
  const cfg = ix.cfg;
  let s = placeAdjusted(ix, cfg.recallShare * recall + (1 - cfg.recallShare) * precision, e, q);
  if (q.lift.size > 0) {
    // Symptoms the message already describes point at their conditions ("lump" → Baker's cyst).
    const lift = q.lift.get(e) ?? 0;
    if (lift > 0) s += (1 - s) * lift;
  }
  // Among near-equals, a longer curated phrasing matched in full is the stronger evidence.
  const mass = bestUnit >= 0 ? ix.unitWeight[bestUnit]! * recall : 0;
  return round(s * (1 - cfg.massShare) + cfg.massShare * Math.min(1, mass / cfg.massScale));
}

/** Rounding slack the bounds add, since score() rounds to 3 decimals. */
const SLACK = 0.001;

/**
 * Highest score an entry can reach whose matched message terms all come from a set of total weight
 * `sum` (and that the query does not lift): recall ≤ factor × min(1, sum / specificWeight), precision
 * ≤ sum / total, mass ≤ factor × sum. (Term weights are at most their idf, so a unit's matched sum
 * never exceeds its own weight.) Proves that entries reached only through common terms cannot
 * enter the top k.
 */
export function upperBound(ix: MatcherIndex, sum: number, q: Query): number {
  if (sum <= 0) return 0;
  const cfg = ix.cfg;
  const factor = Math.max(1, cfg.keywordFactor);
  const recall = factor * (cfg.specificWeight > 0 ? Math.min(1, sum / cfg.specificWeight) : 1);
  const precision = q.total > 0 ? Math.min(1, sum / q.total) : 0;
  let s = cfg.recallShare * recall + (1 - cfg.recallShare) * precision;
  if (q.wanted)
    s = Math.max(
      s + (1 - s) * Math.max(cfg.locationBoost, cfg.postLocationBoost),
      s * cfg.otherPlaceFactor,
      s * offPlace(ix, q),
    );
  return s * (1 - cfg.massShare) + cfg.massShare * Math.min(1, (factor * sum) / cfg.massScale) + SLACK;
}

/** Highest score entry e can reach with matched message weight `matched` (not for entries the query lifts). */
export function entryBound(ix: MatcherIndex, e: number, matched: number, q: Query): number {
  const cfg = ix.cfg;
  const recall = Math.min(matched * ix.entryMaxUnitValue[e]!, ix.entryMaxRecall[e]!);
  const precision = q.total > 0 ? Math.min(1, matched / q.total) : 0;
  const s = placeAdjusted(ix, cfg.recallShare * recall + (1 - cfg.recallShare) * precision, e, q);
  const factor = Math.max(1, cfg.keywordFactor);
  return s * (1 - cfg.massShare) + cfg.massShare * Math.min(1, (factor * matched) / cfg.massScale) + SLACK;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
