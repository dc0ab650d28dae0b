// One error type for every problem in the knowledge files. The message is a single line
// "<file>: <path>: <reason>" so clinic staff (and the start-up log) see exactly what to fix.

export type PathPart = string | number;

/** entries[3].answer — the same notation people use when reading YAML as lists and fields. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';

  constructor(
    /** Path of the file relative to the knowledge folder, with "/" separators. */
    readonly file: string,
    /** Where in the file, e.g. "entries[3].answer", "(file)" or "line 12, column 5". */
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${file}: ${where}: ${reason}`.replace(/\s*\n\s*/g, ' '));
  }
}
