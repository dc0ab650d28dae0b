// The second line's model is compiled once into typed rows per feature and scored with a reused
// buffer (src/text/linear.ts, src/triage/classifier.ts). Proof that this changes nothing: over every
// labelled message, the scores equal, to the last bit, a plain reading of the committed JSON (the
// weights looked up in the object, a feature counted once, 1/√n per feature).
import { describe as suite, expect, it } from 'vitest';
import { compileModel, logOdds, type SuspectModel } from '../../src/triage/classifier';
import { messageFeatures } from '../../src/triage/features';
import { triageLanguage } from '../../src/triage/lang';
import suspectModel from '../../src/triage/suspectModel.json';
import { labelledMessages } from './labelled';

const model = suspectModel as unknown as SuspectModel;

/** The model read directly from its JSON: no compiling, no reused buffers. */
function plainScores(m: SuspectModel, features: readonly string[]): number[] {
  const distinct = [...new Set(features)];
  const x = distinct.length > 0 ? 1 / Math.sqrt(distinct.length) : 0;
  const logits = [...m.bias];
  for (const f of distinct) {
    if (!Object.hasOwn(m.weights, f)) continue;
    for (const [c, w] of m.weights[f] as Array<[number, number]>) logits[c] = (logits[c] as number) + x * w;
  }
  return logits.map((l) => l - (logits[0] as number));
}

suite('the compiled logistic model', () => {
  it('scores every labelled message exactly as the plain reading of the model', () => {
    const compiled = compileModel(model);
    const english = triageLanguage('en');
    const messages = labelledMessages();
    expect(messages.length).toBeGreaterThan(5_000);
    let known = 0;
    const differ: string[] = [];
    const same = (a: Float64Array, b: number[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
    for (const text of messages) {
      const features = messageFeatures(english.tokenize(text));
      const plain = plainScores(model, features);
      // Twice: the buffer is reused, so the second call must not see the first.
      if (!same(logOdds(compiled, features), plain) || !same(logOdds(compiled, features), plain)) differ.push(text);
      if (features.some((f) => Object.hasOwn(model.weights, f))) known += 1;
    }
    expect(differ).toEqual([]);
    expect(known).toBeGreaterThan(messages.length * 0.9);
  }, 60_000);

  it('counts a feature repeated in a message once', () => {
    const compiled = compileModel(model);
    const features = messageFeatures(triageLanguage('en').tokenize('my knee is swollen, so swollen, my knee'));
    expect(new Set(features).size).toBeLessThan(features.length);
    expect([...logOdds(compiled, features)]).toEqual([...logOdds(compiled, [...new Set(features)])]);
  });

  it('reads only features of the model itself, not properties every object has', () => {
    const compiled = compileModel(model);
    const none = [...logOdds(compiled, [])];
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      if (!Object.hasOwn(model.weights, word)) expect([...logOdds(compiled, [word])]).toEqual(none);
  });
});
