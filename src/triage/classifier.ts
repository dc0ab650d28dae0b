// A small multinomial naive Bayes classifier over word features (features.ts): the statistical half of
// the second line of defence (suspect.ts). Trained by scripts/train-triage-model.ts on the labelled
// messages; the model is a plain JSON object, so retraining reproduces it exactly. Pure.

export interface NaiveBayesModel {
  /** "none" and the red-flag ids seen in training, in a fixed order. */
  classes: string[];
  /** Additive smoothing. */
  alpha: number;
  /** Messages per class. */
  docs: number[];
  /** Feature occurrences per class (each feature once per message). */
  totals: number[];
  /** feature → occurrences per class, sparse as [classIndex, count, classIndex, count, …]. */
  features: Record<string, number[]>;
  /** A flag class is suspected when its log-odds over "none" reach this (chosen by cross-validation). */
  threshold: number;
}

export interface Example {
  label: string;
  features: readonly string[];
}

/** Counts only; features seen in fewer than `minCount` messages are dropped (they are noise). */
export function trainNaiveBayes(
  examples: readonly Example[],
  options: { alpha: number; minCount: number; threshold: number },
): NaiveBayesModel {
  const classes = ['none', ...[...new Set(examples.map((e) => e.label).filter((l) => l !== 'none'))].sort()];
  const index = new Map(classes.map((c, i) => [c, i]));
  const docs = classes.map(() => 0);
  const perFeature = new Map<string, number[]>();
  for (const example of examples) {
    const c = index.get(example.label) as number;
    docs[c] = (docs[c] as number) + 1;
    for (const feature of new Set(example.features)) {
      let counts = perFeature.get(feature);
      if (counts === undefined) perFeature.set(feature, (counts = classes.map(() => 0)));
      counts[c] = (counts[c] as number) + 1;
    }
  }
  const totals = classes.map(() => 0);
  const features: Record<string, number[]> = {};
  for (const feature of [...perFeature.keys()].sort()) {
    const counts = perFeature.get(feature) as number[];
    if (counts.reduce((a, b) => a + b, 0) < options.minCount) continue;
    const sparse: number[] = [];
    counts.forEach((n, c) => {
      if (n === 0) return;
      sparse.push(c, n);
      totals[c] = (totals[c] as number) + n;
    });
    features[feature] = sparse;
  }
  return { classes, alpha: options.alpha, docs, totals, features, threshold: options.threshold };
}

/** A model made ready for scoring: a map lookup per feature, constants precomputed. */
export interface CompiledModel {
  classes: readonly string[];
  threshold: number;
  /** log-odds of each class over "none" with no feature at all */
  base: Float64Array;
  /** per known feature: what its presence adds, per class, over "none" (undefined: not in the model) */
  perFeature: { get(feature: string): Float64Array | undefined };
  /** The same vectors, each with the number of the last scoring that counted it (logOdds only). */
  counted: { get(feature: string): CountedVector | undefined };
}

/** A feature's vector and the scoring call that last added it (so it counts once per message). */
interface CountedVector {
  add: Float64Array;
  call: number;
}

/**
 * Compiles lazily: each feature's vector is worked out the first time a message has it, then kept.
 * The model has about 20,000 features and a message a few dozen, so compiling all of them up front
 * cost a tenth of a second of start-up for vectors most of which are never read. The arithmetic is
 * the same either way, so the scores are identical to the last bit.
 */
export function compileModel(model: NaiveBayesModel): CompiledModel {
  const { classes, alpha, docs, totals, features } = model;
  const n = classes.length;
  const vocabulary = Object.keys(features).length;
  const allDocs = docs.reduce((a, b) => a + b, 0);
  const prior = classes.map((_, c) => Math.log(((docs[c] as number) + 1) / (allDocs + n)));
  // A feature seen 0 times in class c adds log(alpha / (total_c + alpha·V)); seen k times, log((k + alpha) / …).
  const unseen = classes.map((_, c) => Math.log(alpha) - Math.log((totals[c] as number) + alpha * vocabulary));
  const base = new Float64Array(n);
  for (let c = 0; c < n; c += 1) base[c] = (prior[c] as number) - (prior[0] as number);
  const compiled = new Map<string, CountedVector>();
  const compile = (sparse: readonly number[]): Float64Array => {
    const add = Float64Array.from(unseen);
    for (let k = 0; k < sparse.length; k += 2) {
      const c = sparse[k] as number;
      add[c] = (add[c] as number) + Math.log(((sparse[k + 1] as number) + alpha) / alpha);
    }
    const none = add[0] as number;
    for (let c = 0; c < n; c += 1) add[c] = (add[c] as number) - none;
    return add;
  };
  const counted = {
    get(feature: string): CountedVector | undefined {
      let entry = compiled.get(feature);
      // Own keys only ("constructor" is not a feature); unknown words are not remembered (unbounded).
      if (entry === undefined && Object.hasOwn(features, feature)) {
        compiled.set(feature, (entry = { add: compile(features[feature] as number[]), call: 0 }));
      }
      return entry;
    },
  };
  const perFeature = { get: (feature: string): Float64Array | undefined => counted.get(feature)?.add };
  return { classes, threshold: model.threshold, base, perFeature, counted };
}

/** Numbers each scoring call, so a vector knows whether this call has counted it already. */
let calls = 0;

/** Log-odds of each class over "none" (index 0 is "none" itself, 0). Unknown features are ignored. */
export function logOdds(model: CompiledModel, features: readonly string[]): Float64Array {
  const scores = model.base.slice();
  const n = scores.length;
  // Each feature counts once however often it occurs: a vector stamped with this call's number has
  // been added. (A Set per call, or one cleared each time, was most of the cost of scoring: the
  // vectors are added in the same order either way, so the sums are the same to the last bit.)
  const call = (calls = calls >= Number.MAX_SAFE_INTEGER ? 1 : calls + 1);
  for (let k = 0; k < features.length; k += 1) {
    const entry = model.counted.get(features[k] as string);
    if (entry === undefined || entry.call === call) continue;
    entry.call = call;
    const add = entry.add;
    for (let c = 0; c < n; c += 1) scores[c] = (scores[c] as number) + (add[c] as number);
  }
  return scores;
}
