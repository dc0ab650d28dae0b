// Multinomial logistic regression for the long-post reranker and the second line of defence, trained
// offline (never at run time): stochastic gradient descent over sparse binary features scaled to unit
// length (featureValue, as src/text/linear.ts reads them), soft targets for messages with several
// acceptable labels, L2 shrinkage once per epoch. Deterministic: a seeded shuffle, and weights rounded
// when written.
import { featureValue, type LinearModel } from '../../src/text/linear';

export interface Example {
  features: readonly string[];
  /** class index → target probability (sums to 1). */
  target: ReadonlyMap<number, number>;
  /** How much the example counts. */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** A feature is kept when at least this many examples have it. */
  minCount: number;
  seed: number;
  /** Weights smaller than this are left out of the model file (a smaller file, a faster start). */
  keep: number;
}

export function trainLogistic(
  examples: readonly Example[],
  classes: readonly string[],
  opts: TrainOptions,
): LinearModel {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= opts.minCount).map(([f]) => f);
  vocab.sort();
  const fid = new Map(vocab.map((f, i) => [f, i]));
  const C = classes.length;
  const W = new Float64Array(vocab.length * C);
  const b = new Float64Array(C);
  const p = new Float64Array(C);
  const encoded = examples.map((ex) => ({
    ids: ex.features.flatMap((f) => (fid.has(f) ? [fid.get(f)!] : [])),
    x: featureValue(ex.features.length),
    ex,
  }));
  const order = encoded.map((_, i) => i);
  let seed = opts.seed >>> 0;
  const random = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = opts.rate / (1 + epoch / 10);
    for (const k of order) {
      const { ids, x, ex } = encoded[k]!;
      p.set(b);
      for (const f of ids) for (let c = 0; c < C; c++) p[c] += x * W[f * C + c]!;
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, p[c]!);
      let sum = 0;
      for (let c = 0; c < C; c++) sum += p[c] = Math.exp(p[c]! - max);
      for (let c = 0; c < C; c++) {
        const g = (rate * ex.weight * (p[c]! / sum - (ex.target.get(c) ?? 0))) as number;
        if (g === 0) continue;
        b[c] -= g;
        for (const f of ids) W[f * C + c] -= g * x;
      }
    }
    const shrink = 1 - rate * opts.l2;
    for (let i = 0; i < W.length; i++) W[i] *= shrink;
  }
  const round = (w: number): number => Math.round(w * 100) / 100;
  const weights: Record<string, Array<[number, number]>> = {};
  vocab.forEach((f, i) => {
    const pairs: Array<[number, number]> = [];
    for (let c = 0; c < C; c++) if (Math.abs(W[i * C + c]!) >= opts.keep) pairs.push([c, round(W[i * C + c]!)]);
    if (pairs.length > 0) weights[f] = pairs;
  });
  return { classes: [...classes], bias: Array.from(b, round), weights };
}
