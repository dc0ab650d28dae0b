// A committed linear model (suspectModel.json, rerankModel.json) read without parsing all of it. A
// model holds tens of thousands of feature rows and a message reads a few dozen, but JSON.parse of
// the whole file built every row (about 30,000 objects and 150,000 small arrays for the English
// triage model: 50–250 ms of start-up, most of it garbage collection). Here the file's text is
// scanned once for where each row lies, and a row is parsed the first time a message has its
// feature. Everything else in the file comes from JSON.parse itself.
// tests/perf/modelFile.test.ts proves every row, every other field and the unknown features read
// exactly as JSON.parse reads the file.
import fs from 'node:fs';
import type { LinearModel, WeightRows } from './linear';

/** A committed model with its feature rows read on demand. */
export type LazyModel<M extends LinearModel> = Omit<M, 'weights'> & { weights: WeightRows };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const BRACE_OPEN = 0x7b;
const BRACE_CLOSE = 0x7d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

class ModelFileError extends Error {}

/** Reads a model file (UTF-8 JSON as the training scripts write it). */
export function readModelFile<M extends LinearModel>(file: string): LazyModel<M> {
  return parseModelText<M>(fs.readFileSync(file, 'utf8'));
}

/**
 * The model in this JSON text, its rows unparsed until asked for. Text this scanner does not expect
 * (no top-level "weights" object of arrays) is parsed whole instead, so it never reads differently.
 */
export function parseModelText<M extends LinearModel>(text: string): LazyModel<M> {
  try {
    return scan<M>(text);
  } catch (err) {
    if (!(err instanceof ModelFileError)) throw err;
    const model = JSON.parse(text) as M;
    return { ...model, weights: rowsOf(model.weights) };
  }
}

/** The rows of an already parsed model (own keys only, as Object.hasOwn). */
function rowsOf(weights: LinearModel['weights']): WeightRows {
  return {
    row: (feature) => (Object.hasOwn(weights, feature) ? weights[feature] : undefined),
  };
}

function scan<M extends LinearModel>(text: string): LazyModel<M> {
  // The top-level "weights" key: the training scripts write it after classes and bias, whose
  // values hold no such string; the header parse below would fail if this were not the real key.
  const keyAt = text.indexOf('"weights"');
  if (keyAt < 0) throw new ModelFileError('no weights');
  let i = skipSpace(text, keyAt + '"weights"'.length);
  if (text.charCodeAt(i) !== COLON) throw new ModelFileError('no colon');
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) !== BRACE_OPEN) throw new ModelFileError('weights is not an object');
  const objectStart = i;
  const spans = new Map<string, number>(); // feature → start of its row; the row ends at ends[]
  const starts: number[] = [];
  const ends: number[] = [];
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === BRACE_CLOSE) i += 1;
  else {
    for (;;) {
      if (text.charCodeAt(i) !== QUOTE) throw new ModelFileError('key expected');
      // The key: up to the closing quote, escapes decoded by JSON.parse itself.
      let j = i + 1;
      let escaped = false;
      for (;;) {
        const c = text.charCodeAt(j);
        if (Number.isNaN(c)) throw new ModelFileError('unterminated key');
        if (c === BACKSLASH) {
          escaped = true;
          j += 2;
          continue;
        }
        if (c === QUOTE) break;
        j += 1;
      }
      const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
      i = skipSpace(text, j + 1);
      if (text.charCodeAt(i) !== COLON) throw new ModelFileError('colon expected');
      i = skipSpace(text, i + 1);
      if (text.charCodeAt(i) !== OPEN) throw new ModelFileError('row expected');
      // A row holds only numbers in nested arrays: no strings, so brackets can simply be counted.
      const start = i;
      let depth = 0;
      for (;;) {
        const c = text.charCodeAt(i);
        if (c === OPEN) depth += 1;
        else if (c === CLOSE) {
          depth -= 1;
          if (depth === 0) break;
        } else if (c === QUOTE || c === BRACE_OPEN || Number.isNaN(c)) throw new ModelFileError('unexpected row');
        i += 1;
      }
      i += 1;
      // A repeated key: JSON.parse keeps the last value, and so does this.
      spans.set(key, starts.length);
      starts.push(start);
      ends.push(i);
      i = skipSpace(text, i);
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i = skipSpace(text, i + 1);
        continue;
      }
      if (c === BRACE_CLOSE) {
        i += 1;
        break;
      }
      throw new ModelFileError('comma or brace expected');
    }
  }
  // Everything but the rows, parsed by JSON.parse (a malformed file fails here as it would whole).
  const header = JSON.parse(`${text.slice(0, objectStart)}{}${text.slice(i)}`) as M;
  // The object replaced must be the top-level one (then the header's weights is the empty stand-in).
  const stub = (header as { weights?: unknown } | null)?.weights;
  if (typeof stub !== 'object' || stub === null || Array.isArray(stub) || Object.keys(stub).length > 0) {
    throw new ModelFileError('weights is not a top-level key');
  }
  // Not kept once parsed: compileLinear keeps the rows it reads, as typed arrays.
  const weights: WeightRows = {
    row(feature) {
      const at = spans.get(feature);
      return at === undefined ? undefined : (JSON.parse(text.slice(starts[at], ends[at])) as Array<[number, number]>);
    },
  };
  return { ...header, weights };
}

function skipSpace(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i += 1;
  return i;
}
