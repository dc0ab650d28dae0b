// Reads one YAML file and validates it with a zod schema. Errors become KnowledgeErrors that name
// the file, the path inside it and the reason, plus the line number so staff can jump to it.
//
// Two parsers, one truth: js-yaml reads a well-formed file about four times faster than `yaml`
// (start-up time), but only `yaml` keeps the positions a curator needs in an error message. So the
// file is read with js-yaml first; if that or the schema fails, `yaml` reads it again and its
// verdict is the one reported (tests/knowledge/yamlParsers.test.ts checks both read every
// knowledge file the same).
import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as fastLoad } from 'js-yaml';
import type * as Yaml from 'yaml';
import type { z } from 'zod';
import { formatPath, KnowledgeError } from './errors';
import { friendlyIssueMessage } from './issues';

export interface ParsedFile<T> {
  /** Relative to the knowledge folder, "/" separators. */
  file: string;
  data: T;
}

function toRelative(dir: string, absolute: string): string {
  return path.relative(dir, absolute).split(path.sep).join('/');
}

/** `yaml` is loaded only when a file must be re-read for an error with positions (start-up time). */
let yamlModule: typeof Yaml | undefined;
function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (yamlModule ??= require('yaml') as typeof Yaml);
}

/** Parses YAML text; syntax errors and duplicate keys are reported with their line and column. */
function parseYaml(text: string, file: string): { doc: Yaml.Document; lines: Yaml.LineCounter } {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const [first] = doc.errors;
  if (first) {
    const pos = lines.linePos(first.pos[0]);
    const reason = first.message.split('\n')[0] ?? 'invalid YAML';
    throw new KnowledgeError(file, `line ${pos.line}, column ${pos.col}`, `invalid YAML: ${reason}`);
  }
  return { doc, lines };
}

/** The line of the deepest node that exists along the path (a missing field points at its parent). */
function lineOf(doc: Yaml.Document, lines: Yaml.LineCounter, issuePath: readonly PropertyKey[]): number | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let line: number | undefined;
  const record = (n: unknown): void => {
    const range = (n as { range?: [number, number, number] } | null)?.range;
    if (range) line = lines.linePos(range[0]).line;
  };
  record(node);
  for (const part of issuePath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
      if (!pair) break;
      record(pair.key);
      node = pair.value;
      if (node) record(node);
    } else if (isSeq(node) && typeof part === 'number') {
      node = node.items[part];
      if (!node) break;
      record(node);
    } else {
      break;
    }
  }
  return line;
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((p, i) => p === b[i]);

/** A misspelt field shows up twice (unknown "folowUps" and missing "followUps"); the unknown one,
 *  with the likely intended name, is what a person needs to hear. Otherwise the first issue. */
function pickIssue(issues: readonly z.core.$ZodIssue[]): { path: readonly PropertyKey[]; message: string } {
  const unknown = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown) {
    const missing = issues
      .filter(
        (i) =>
          i.code === 'invalid_type' &&
          i.message.startsWith('is missing') &&
          samePath(i.path.slice(0, -1), unknown.path),
      )
      .map((i) => String(i.path[i.path.length - 1]));
    const hint = missing.length > 0 ? ` (did you mean ${missing.map((m) => `"${m}"`).join(' or ')}?)` : '';
    return { path: unknown.path, message: unknown.message.replace(' (check the spelling)', '') + hint };
  }
  const [first] = issues;
  return first ? { path: first.path, message: first.message } : { path: [], message: 'invalid content' };
}

/** Reads, parses and validates one file; throws KnowledgeError on the first problem. */
export function readYamlFile<S extends z.ZodType>(dir: string, absolute: string, schema: S): ParsedFile<z.output<S>> {
  const file = toRelative(dir, absolute);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new KnowledgeError(
      file,
      '(file)',
      code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? String(err)})`,
    );
  }
  const fast = readFast(text, schema);
  if (fast !== undefined) return { file, data: fast };
  const { doc, lines } = parseYaml(text, file);
  const result = schema.safeParse(doc.toJS() ?? {}, { error: friendlyIssueMessage });
  if (!result.success) {
    const { path: issuePath, message } = pickIssue(result.error.issues);
    const line = lineOf(doc, lines, issuePath);
    throw new KnowledgeError(file, formatPath(issuePath), message + (line ? ` (line ${line})` : ''));
  }
  return { file, data: result.data };
}

/** The validated data when js-yaml reads the file and the schema accepts it; otherwise undefined. */
function readFast<S extends z.ZodType>(text: string, schema: S): z.output<S> | undefined {
  let data: unknown;
  try {
    // The core schema is YAML 1.2's, as `yaml` uses: no timestamps, "yes"/"no" stay strings.
    data = fastLoad(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const result = schema.safeParse(data ?? {}, { error: friendlyIssueMessage });
  return result.success ? result.data : undefined;
}

/** All *.yaml / *.yml files in a folder, sorted so the load order never depends on the disk. */
export function yamlFilesIn(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}
