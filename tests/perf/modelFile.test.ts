// The committed models are read with their rows parsed on demand (src/text/modelFile.ts) instead of
// JSON.parse of the whole file at start-up. Proof that this changes nothing: every row of every
// committed model, every other field and features the model lacks read exactly as JSON.parse reads
// the file, and the compiled models score alike; odd but valid JSON (spacing, escapes, repeated
// keys, empty rows) reads as JSON.parse too, and a malformed file still fails.
import fs from 'node:fs';
import path from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths';
import { compileLinear, type LinearModel } from '../../src/text/linear';
import { parseModelText, readModelFile } from '../../src/text/modelFile';

const FILES = ['src/triage/suspectModel.json', 'src/triage/lang/es/suspectModel.json', 'src/matching/rerankModel.json'];
const ABSENT = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'row', '', 'not-a-feature-at-all', '0.5'];

/** The lazy model read back in full for the given features, beside JSON.parse's. */
function expectSameAsJsonParse(text: string): void {
  const plain = JSON.parse(text) as LinearModel;
  const lazy = parseModelText(text);
  const { weights: plainWeights, ...plainHeader } = plain;
  const { weights: lazyWeights, ...lazyHeader } = lazy;
  expect(lazyHeader).toStrictEqual(plainHeader);
  for (const feature of Object.keys(plainWeights))
    expect(lazyWeights.row(feature)).toStrictEqual(plainWeights[feature]);
  for (const feature of ABSENT) {
    expect(lazyWeights.row(feature)).toStrictEqual(
      Object.hasOwn(plainWeights, feature) ? plainWeights[feature] : undefined,
    );
  }
}

suite('committed models read with rows on demand', () => {
  for (const file of FILES) {
    it(`${file}: every row and field reads as JSON.parse reads it`, () => {
      const absolute = path.join(projectRoot(), file);
      const text = fs.readFileSync(absolute, 'utf8');
      expectSameAsJsonParse(text);
      // The same reading from the file.
      const { weights, ...header } = readModelFile(absolute);
      const plain = JSON.parse(text) as LinearModel;
      expect({ ...header, weights: {} }).toStrictEqual({ ...plain, weights: {} });
      for (const feature of Object.keys(plain.weights))
        expect(weights.row(feature)).toStrictEqual(plain.weights[feature]);
    });

    it(`${file}: compiled, scores every feature and a mix alike`, () => {
      const text = fs.readFileSync(path.join(projectRoot(), file), 'utf8');
      const plain = compileLinear(JSON.parse(text) as LinearModel);
      const lazy = compileLinear(parseModelText(text));
      const features = Object.keys((JSON.parse(text) as LinearModel).weights);
      for (const f of [...features, ...ABSENT]) expect([...lazy.logits([f])]).toStrictEqual([...plain.logits([f])]);
      for (let i = 0; i + 40 < features.length; i += 37) {
        const mix = [...features.slice(i, i + 40), 'not-a-feature-at-all'];
        expect([...lazy.logits(mix)]).toStrictEqual([...plain.logits(mix)]);
      }
    });
  }

  it('odd but valid JSON reads as JSON.parse reads it', () => {
    const model = {
      classes: ['none', 'weights', 'a"b'],
      bias: [0.5, -1e-7, 3],
      weights: {
        'a"b': [[1, 0.25]],
        'back\\slash': [[0, -2]],
        'é ü': [
          [2, 1e-3],
          [1, -0.5],
        ],
        empty: [],
        '0': [[1, 1]],
        '17': [[2, -1]],
        __proto__x: [[0, 4]],
      },
      threshold: -0.24,
      dataHash: 'abc',
    };
    expectSameAsJsonParse(JSON.stringify(model));
    expectSameAsJsonParse(JSON.stringify(model, null, 2));
    expectSameAsJsonParse(JSON.stringify(model, null, '\t').replace(/\n/g, '\r\n'));
    expectSameAsJsonParse('{"classes":["a"],"bias":[1],"weights":{}}');
    // A repeated key: the last one wins, as in JSON.parse.
    expectSameAsJsonParse('{"classes":["a","b"],"bias":[1,2],"weights":{"x":[[0,1]],"y":[[1,2]],"x":[[1,3]]}}');
    // "weights" not at the top or not an object of rows: read whole, as JSON.parse.
    expectSameAsJsonParse('{"classes":["a"],"meta":{"weights":{"x":[[0,9]]}},"bias":[1],"weights":{"x":[[0,1]]}}');
    expectSameAsJsonParse('{"classes":["a"],"bias":[1],"weights":{"x":[[0,1]],"y":[["s",1]]}}');
  });

  it('a malformed file fails as JSON.parse fails', () => {
    for (const bad of [
      '{"classes":["a"],"bias":[1],"weights":{"x":[[0,1]]}',
      '{"classes":["a"],"bias":[1,],"weights":{"x":[[0,1]]}}',
      '{"classes":["a"],"bias":[1],"weights":{"x":[[0,1]],}}',
      '{"classes":["a"],"bias":[1],"weights":{"x":[[0,1]]',
      '',
    ]) {
      expect(() => JSON.parse(bad)).toThrow();
      expect(() => parseModelText(bad)).toThrow();
    }
  });
});
