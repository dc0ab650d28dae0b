// The learned reranker for long posts. Word overlap finds the right entry among its first few
// candidates for most real posts but often not first: a story's words (the run, the race, the
// shoes) pull towards neighbours. A multinomial logistic regression over the matcher's own analysis
// (folded, stemmed, synonym-folded terms; the terms of the sentences that ask; the place named; the
// diagnosis named) was trained offline on the tuning sets by scripts/train-rerank-model.ts and its
// weights committed in rerankModel.json. Here it is only read: compiled once at start into one
// weight row per feature; a post costs a sum of those rows and one softmax (scratch buffers reused).
// blend.ts decides what the probabilities may change.
import type { KneeLocation } from '../knowledge/types';
import type { Analysis } from './analyzer';

/** The committed model file, as scripts/train-rerank-model.ts writes it. */
export interface RerankModel {
  /** Entry ids, and 'out-of-scope'. */
  classes: string[];
  bias: number[];
  /** feature → [class index, weight] pairs (weights near zero left out). */
  weights: Record<string, Array<[number, number]>>;
  /** Hash of the data it was trained on (tests check it matches the tuning data and the entries). */
  dataHash: string;
}

/** What the reranker reads of a message (a subset of the matcher's reading of it). */
export interface RerankInput {
  analysis: Analysis;
  /** The sentences that ask, when the message has story sentences too. */
  asking?: Analysis;
  /** The knee place the matcher steers to, if any. */
  location?: KneeLocation;
  /** Entry ids of diagnoses the post names and does not doubt. */
  named?: readonly string[];
}

/** The features of a message: the same function for training and for answering. */
export function rerankFeatures(input: RerankInput): string[] {
  const out = new Set<string>();
  for (const t of input.analysis.terms) out.add(`t:${t}`);
  if (input.asking) for (const t of input.asking.terms) out.add(`a:${t}`);
  if (input.location) out.add(`loc:${input.location}`);
  for (const id of input.named ?? []) out.add(`dx:${id}`);
  return [...out];
}

/** The value of each present feature in a message with n features (training uses the same). */
export function featureValue(n: number): number {
  return n > 0 ? 1 / Math.sqrt(n) : 0;
}

export interface Reranker {
  /**
   * Probability of each knowledge entry (by entry index) for these features, and of the message
   * being out of scope. The array is a reused buffer: read it before the next call.
   */
  probabilities(features: readonly string[]): { entry: Float64Array; outOfScope: number };
}

/** Compiles the model for the knowledge's entries (ids the model lacks get probability 0). */
export function createReranker(model: RerankModel, entryIds: readonly string[]): Reranker {
  const classes = model.classes.length;
  const toEntry = Int32Array.from(model.classes, (id) => entryIds.indexOf(id));
  const oos = model.classes.indexOf('out-of-scope');
  const rows = new Map<string, { cls: Int32Array; w: Float64Array }>();
  for (const [feature, pairs] of Object.entries(model.weights)) {
    rows.set(feature, { cls: Int32Array.from(pairs, (p) => p[0]), w: Float64Array.from(pairs, (p) => p[1]) });
  }
  const bias = Float64Array.from(model.bias);
  const logits = new Float64Array(classes);
  const entry = new Float64Array(entryIds.length);
  return {
    probabilities(features) {
      // Each present feature counts 1/√n (unit length), so a long story and a short question are on one scale.
      const x = featureValue(features.length);
      logits.set(bias);
      for (const f of features) {
        const row = rows.get(f);
        if (!row) continue;
        for (let i = 0; i < row.cls.length; i++) logits[row.cls[i]!] += x * row.w[i]!;
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) max = Math.max(max, logits[c]!);
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        logits[c] = Math.exp(logits[c]! - max);
        sum += logits[c]!;
      }
      entry.fill(0);
      for (let c = 0; c < classes; c++) if (toEntry[c]! >= 0) entry[toEntry[c]!] = logits[c]! / sum;
      return { entry, outOfScope: oos >= 0 ? logits[oos]! / sum : 0 };
    },
  };
}
