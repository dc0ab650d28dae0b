// The learned reranker for long posts. Word overlap finds the right entry among its first few
// candidates for most real posts but often not first: a story's words (the run, the race, the
// shoes) pull towards neighbours. A multinomial logistic regression over the matcher's own analysis
// (folded, stemmed, synonym-folded terms; the terms of the sentences that ask; the place named; the
// diagnosis named) was trained offline on the tuning sets by scripts/train-rerank-model.ts and its
// weights committed in rerankModel.json. Here it is only read: compiled once at start into one
// weight row per feature; a post costs a sum of those rows and one softmax (scratch buffers reused).
// blend.ts decides what the probabilities may change.
import type { KneeLocation } from '../knowledge/types';
import { compileLinear, type LinearModel, type WithRows } from '../text/linear';
import type { Analysis } from './analyzer';

/** The committed model file, as scripts/train-rerank-model.ts writes it; classes: entry ids and 'out-of-scope'. */
export interface RerankModel extends LinearModel {
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
  /** How the sentences that ask ask: a question word and the word after ("how long", "should i"). */
  frames?: readonly string[];
}

/** The features of a message: the same function for training and for answering. */
export function rerankFeatures(input: RerankInput): string[] {
  const out = new Set<string>();
  for (const t of input.analysis.terms) out.add(`t:${t}`);
  if (input.asking) for (const t of input.asking.terms) out.add(`a:${t}`);
  if (input.location) out.add(`loc:${input.location}`);
  for (const id of input.named ?? []) out.add(`dx:${id}`);
  for (const f of input.frames ?? []) out.add(`q:${f}`);
  return [...out];
}

export interface Reranker {
  /**
   * Probability of each knowledge entry (by entry index) for these features, and of the message
   * being out of scope. The array is a reused buffer: read it before the next call.
   */
  probabilities(features: readonly string[]): { entry: Float64Array; outOfScope: number };
}

/** Compiles the model for the knowledge's entries (ids the model lacks get probability 0). */
export function createReranker(model: WithRows<RerankModel>, entryIds: readonly string[]): Reranker {
  const classes = model.classes.length;
  const toEntry = Int32Array.from(model.classes, (id) => entryIds.indexOf(id));
  const oos = model.classes.indexOf('out-of-scope');
  const linear = compileLinear(model);
  const entry = new Float64Array(entryIds.length);
  return {
    probabilities(features) {
      const logits = linear.logits(features);
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
