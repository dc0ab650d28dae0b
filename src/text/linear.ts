// Sparse linear models read at run time: multinomial logistic regressions trained offline by
// scripts/lib/logistic.ts (the long-post reranker, the second line of defence) and committed as
// JSON. One place for the model's shape, the feature value and the scoring, so training and
// answering can never read a message differently. Pure; scratch buffers are reused.

/** The committed model: classes, a bias per class, and per feature its non-zero class weights. */
export interface LinearModel {
  classes: string[];
  bias: number[];
  /** feature → [class index, weight] pairs (weights near zero left out). */
  weights: Record<string, Array<[number, number]>>;
}

/** The value of each present feature in a message with n distinct features (training uses the same). */
export function featureValue(n: number): number {
  return n > 0 ? 1 / Math.sqrt(n) : 0;
}

/** A model's rows read one at a time (src/text/modelFile.ts reads a committed file so). */
export interface WeightRows {
  /** The feature's [class index, weight] pairs, or undefined for a feature the model lacks. */
  row(feature: string): ReadonlyArray<readonly [number, number]> | undefined;
}

/** A model whose rows are a plain record (training, tests) or read on demand (the committed files). */
export type WithRows<M extends LinearModel> = Omit<M, 'weights'> & { weights: LinearModel['weights'] | WeightRows };
type AnyLinearModel = WithRows<LinearModel>;

function isWeightRows(weights: AnyLinearModel['weights']): weights is WeightRows {
  return typeof (weights as Partial<WeightRows>).row === 'function';
}

export interface CompiledLinear {
  readonly classes: readonly string[];
  /**
   * The raw score (logit) of each class for a message's distinct features. A reused buffer: read it
   * before the next call.
   */
  logits(features: readonly string[]): Float64Array;
}

/**
 * Compiles lazily: a feature's row becomes typed arrays the first time a message has it, then is
 * kept. A model has tens of thousands of features and a message a few dozen, so compiling them all
 * up front cost start-up time for rows most of which are never read. The arithmetic is the same.
 */
export function compileLinear(model: AnyLinearModel): CompiledLinear {
  const { weights } = model;
  // Own keys only ("constructor" is not a feature).
  const source: (feature: string) => ReadonlyArray<readonly [number, number]> | undefined = isWeightRows(weights)
    ? (feature) => weights.row(feature)
    : (feature) => (Object.hasOwn(weights, feature) ? weights[feature] : undefined);
  const rows = new Map<string, { cls: Int32Array; w: Float64Array }>();
  const row = (feature: string): { cls: Int32Array; w: Float64Array } | undefined => {
    let found = rows.get(feature);
    // Unknown words are not remembered (unbounded).
    const pairs = found === undefined ? source(feature) : undefined;
    if (pairs !== undefined) {
      rows.set(
        feature,
        (found = { cls: Int32Array.from(pairs, (p) => p[0]), w: Float64Array.from(pairs, (p) => p[1]) }),
      );
    }
    return found;
  };
  const bias = Float64Array.from(model.bias);
  const out = new Float64Array(model.classes.length);
  return {
    classes: model.classes,
    logits(features) {
      // Each present feature counts 1/√n (unit length), so a long story and a short question are on one scale.
      const x = featureValue(features.length);
      out.set(bias);
      for (const f of features) {
        const r = row(f);
        if (!r) continue;
        for (let i = 0; i < r.cls.length; i++) out[r.cls[i]!] += x * r.w[i]!;
      }
      return out;
    },
  };
}
