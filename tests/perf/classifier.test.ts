// The second line's model compiles each feature on first use and counts a repeated feature once by
// stamping its vector with the scoring call's number (src/triage/classifier.ts). Proof that this
// changes nothing: over every labelled message, the scores equal, to the last bit, those of the
// model compiled in full up front with a fresh Set per message (the first implementation, kept here
// as the reference).
import { describe as suite, expect, it } from 'vitest';
import { compileModel, logOdds, type NaiveBayesModel } from '../../src/triage/classifier';
import { messageFeatures } from '../../src/triage/features';
import { triageLanguage } from '../../src/triage/lang';
import suspectModel from '../../src/triage/suspectModel.json';
import { labelledMessages } from './labelled';

const model = suspectModel as NaiveBayesModel;

/** Every feature compiled at once, as before. */
function eagerScores(m: NaiveBayesModel): (features: readonly string[]) => Float64Array {
  const { classes, alpha, docs, totals } = m;
  const n = classes.length;
  const vocabulary = Object.keys(m.features).length;
  const allDocs = docs.reduce((a, b) => a + b, 0);
  const prior = classes.map((_, c) => Math.log(((docs[c] as number) + 1) / (allDocs + n)));
  const unseen = classes.map((_, c) => Math.log(alpha) - Math.log((totals[c] as number) + alpha * vocabulary));
  const base = new Float64Array(n);
  const perFeature = new Map<string, Float64Array>();
  for (let c = 0; c < n; c += 1) base[c] = (prior[c] as number) - (prior[0] as number);
  for (const [feature, sparse] of Object.entries(m.features)) {
    const add = Float64Array.from(unseen);
    for (let k = 0; k < sparse.length; k += 2) {
      const c = sparse[k] as number;
      add[c] = (add[c] as number) + Math.log(((sparse[k + 1] as number) + alpha) / alpha);
    }
    const none = add[0] as number;
    for (let c = 0; c < n; c += 1) add[c] = (add[c] as number) - none;
    perFeature.set(feature, add);
  }
  return (features) => {
    const scores = base.slice();
    const counted = new Set<Float64Array>();
    for (const feature of features) {
      const add = perFeature.get(feature);
      if (add === undefined || counted.has(add)) continue;
      counted.add(add);
      for (let c = 0; c < n; c += 1) scores[c] = (scores[c] as number) + (add[c] as number);
    }
    return scores;
  };
}

suite('the lazily compiled naive Bayes model', () => {
  it('scores every labelled message exactly as the model compiled up front', () => {
    const eager = eagerScores(model);
    const lazy = compileModel(model);
    const english = triageLanguage('en');
    const messages = labelledMessages();
    expect(messages.length).toBeGreaterThan(5_000);
    let known = 0;
    for (const text of messages) {
      const features = messageFeatures(english.tokenize(text));
      // Twice: the first call compiles, the second reads what was kept.
      expect([...logOdds(lazy, features)]).toEqual([...eager(features)]);
      expect([...logOdds(lazy, features)]).toEqual([...eager(features)]);
      if (features.some((f) => lazy.perFeature.get(f) !== undefined)) known += 1;
    }
    expect(known).toBeGreaterThan(messages.length * 0.9);
  });

  it('counts a feature repeated in a message once, and again in the next message', () => {
    const eager = eagerScores(model);
    const lazy = compileModel(model);
    const features = messageFeatures(triageLanguage('en').tokenize('my knee is swollen, so swollen, my knee'));
    expect(new Set(features).size).toBeLessThan(features.length);
    for (let round = 0; round < 3; round += 1) expect([...logOdds(lazy, features)]).toEqual([...eager(features)]);
  });

  it('reads only features of the model itself, not properties every object has', () => {
    const lazy = compileModel(model);
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      if (Object.hasOwn(model.features, word)) expect(lazy.perFeature.get(word)).toBeInstanceOf(Float64Array);
      else expect(lazy.perFeature.get(word)).toBeUndefined();
    }
    expect([...logOdds(lazy, ['constructor', 'toString'])]).toEqual([...lazy.base]);
  });
});
