// SQLite errors the bot turns into "please call" instead of a confirmation, and what each means
// for a person reading /healthz.
export type StoreProblem = 'busy' | 'missing' | 'replaced' | 'readonly' | 'corrupt' | 'full' | 'io' | 'closed';

/** The store cannot take a write right now (or cannot promise it will still be there tomorrow). */
export class StoreUnavailableError extends Error {
  constructor(
    readonly problem: StoreProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

export function isStoreUnavailable(err: unknown): err is StoreUnavailableError {
  return err instanceof StoreUnavailableError || (err as { name?: unknown } | null)?.name === 'StoreUnavailableError';
}

const codeOf = (err: unknown): string => String((err as { code?: unknown } | null)?.code ?? '');

/** SQLITE_BUSY*: another connection holds the lock; worth trying again shortly. */
export function isBusy(err: unknown): boolean {
  const code = codeOf(err);
  return code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED';
}

/** What an SQLite error means for a person reading /healthz, or undefined for anything else. */
export function classifySqliteError(err: unknown): { problem: StoreProblem; reason: string } | undefined {
  const code = codeOf(err);
  if (isBusy(err)) return { problem: 'busy', reason: 'the database is locked by another process' };
  if (code.startsWith('SQLITE_READONLY')) return { problem: 'readonly', reason: 'the database is read-only' };
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return { problem: 'corrupt', reason: 'the database file is corrupt' };
  if (code === 'SQLITE_FULL') return { problem: 'full', reason: 'the disk is full' };
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN'))
    return { problem: 'io', reason: `disk I/O error (${code})` };
  return undefined;
}
