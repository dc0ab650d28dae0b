// One SQLite file holds both the bot's conversation/user state and the callback requests, so a
// callback and the conversation that produced it are backed up, moved and restored together.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CALLBACKS_V2_MIGRATION } from '../callbacks/sqliteSchema';

export type SqliteDatabase = Database.Database;

/** Schema changes, applied in order; PRAGMA user_version records how many have run. */
const MIGRATIONS: string[] = [
  `CREATE TABLE IF NOT EXISTS bot_state (
     key        TEXT PRIMARY KEY,
     etag       TEXT NOT NULL,
     doc        TEXT NOT NULL,
     updated_ms INTEGER NOT NULL
   ) WITHOUT ROWID;
   CREATE TABLE IF NOT EXISTS callbacks (
     seq             INTEGER PRIMARY KEY AUTOINCREMENT,
     id              TEXT NOT NULL UNIQUE,
     status          TEXT NOT NULL CHECK (status IN ('new', 'notified', 'done')),
     created_ms      INTEGER NOT NULL,
     updated_ms      INTEGER NOT NULL,
     name            TEXT NOT NULL,
     phone           TEXT NOT NULL,
     preferred_time  TEXT NOT NULL,
     preferred_date  TEXT NOT NULL,
     reason          TEXT,
     channel_id      TEXT,
     consent         INTEGER NOT NULL CHECK (consent = 1),
     attempts        INTEGER NOT NULL DEFAULT 0,
     next_attempt_ms INTEGER,
     last_error      TEXT,
     lease_owner     TEXT,
     lease_until_ms  INTEGER
   );
   CREATE INDEX IF NOT EXISTS callbacks_due ON callbacks (status, next_attempt_ms);
   CREATE INDEX IF NOT EXISTS callbacks_created ON callbacks (created_ms);`,
  CALLBACKS_V2_MIGRATION,
];

/**
 * Additions that are safe to run on every open (IF NOT EXISTS), kept out of MIGRATIONS so they never
 * compete for a user_version number with the callback store's own schema changes.
 */
const ALWAYS = `
  CREATE TABLE IF NOT EXISTS health_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at_ms INTEGER NOT NULL);
  CREATE INDEX IF NOT EXISTS bot_state_updated ON bot_state (updated_ms);`;

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  db.exec(ALWAYS);
}

// ---------------------------------------------------------------------------------------------
// Errors the bot turns into "please call" instead of a confirmation.

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
function classifySqliteError(err: unknown): { problem: StoreProblem; reason: string } | undefined {
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

// ---------------------------------------------------------------------------------------------
// The guard: is the database we hold still the file on disk, and can it take a write?

export interface GuardOptions {
  /** How long a write may keep retrying while another process holds the lock (ms). */
  busyBudgetMs?: number;
  /** Below this much free space on the data folder's disk, /healthz reports a problem. */
  minFreeBytes?: number;
  /** Called once each time a new problem is seen (the caller logs it at error). */
  onProblem?: (reason: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type HealthVerdict = { ok: true } | { ok: false; reason: string };

export const DEFAULT_BUSY_BUDGET_MS = 1_500;
/** What one attempt may block the event loop waiting for a lock (SQLite's own busy wait). */
export const SHORT_BUSY_TIMEOUT_MS = 20;
const DEFAULT_MIN_FREE_BYTES = 32 * 1024 * 1024;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class DatabaseGuard {
  private readonly identity?: { dev: number; ino: number };
  private readonly busyBudgetMs: number;
  private readonly minFreeBytes: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly probe;
  private lastProblem?: string;

  constructor(
    private readonly db: SqliteDatabase,
    readonly file: string,
    private readonly options: GuardOptions = {},
  ) {
    this.busyBudgetMs = options.busyBudgetMs ?? DEFAULT_BUSY_BUDGET_MS;
    this.minFreeBytes = options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    if (file !== ':memory:') {
      const st = fs.statSync(file);
      this.identity = { dev: st.dev, ino: st.ino };
    }
    this.probe = db.prepare<[number]>(
      'INSERT INTO health_probe (id, at_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at_ms = excluded.at_ms',
    );
  }

  get onDisk(): boolean {
    return this.identity !== undefined;
  }

  /**
   * Why the database we hold is no longer the file at its path (deleted, replaced, header
   * overwritten), or undefined. One stat (and a 16-byte read): cheap enough for every confirmation.
   */
  fileProblem(): { problem: StoreProblem; reason: string } | undefined {
    if (!this.db.open) return { problem: 'closed', reason: 'the database is closed' };
    if (!this.identity) return undefined;
    let st: fs.Stats;
    try {
      st = fs.statSync(this.file);
    } catch {
      return this.noted({
        problem: 'missing' as StoreProblem,
        reason: `the database file ${this.file} is missing (deleted while the bot runs)`,
      });
    }
    if (st.dev !== this.identity.dev || st.ino !== this.identity.ino) {
      return this.noted({
        problem: 'replaced' as StoreProblem,
        reason: `the database file ${this.file} was replaced by another file`,
      });
    }
    if (!this.headerIntact())
      return this.noted({
        problem: 'corrupt' as StoreProblem,
        reason: `the database file ${this.file} is corrupt (bad header)`,
      });
    return undefined;
  }

  private headerIntact(): boolean {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.file, 'r');
      const buf = Buffer.alloc(16);
      const n = fs.readSync(fd, buf, 0, 16, 0);
      // An empty file is what SQLite itself creates before the first commit.
      return n === 0 || buf.toString('latin1') === SQLITE_MAGIC;
    } catch {
      return false;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /** Logs a problem once (until it changes); returns it for chaining. */
  private noted<T extends { problem?: StoreProblem; reason: string }>(p: T): T {
    if (p.reason !== this.lastProblem) {
      this.lastProblem = p.reason;
      this.options.onProblem?.(p.reason);
    }
    return p;
  }

  /** Forget the last problem once healthy again, so a repeat is logged again. */
  private cleared(): void {
    this.lastProblem = undefined;
  }

  /**
   * Runs a synchronous write. While another process holds the lock each attempt blocks the event
   * loop only SHORT_BUSY_TIMEOUT_MS; between attempts the loop serves other turns. After the
   * budget the write fails with StoreUnavailableError('busy').
   */
  async write<T>(fn: () => T, budgetMs = this.busyBudgetMs): Promise<T> {
    const started = this.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return fn();
      } catch (err) {
        if (!isBusy(err)) {
          const known = classifySqliteError(err);
          if (known) throw new StoreUnavailableError(known.problem, this.noted(known).reason);
          throw err;
        }
        const left = started + budgetMs - this.now();
        if (left <= 0) {
          throw new StoreUnavailableError(
            'busy',
            this.noted({ problem: 'busy' as const, reason: 'the database is locked by another process' }).reason,
          );
        }
        // The last pause ends at the budget, so the caller hears back within it (plus one short wait).
        await this.sleep(Math.min(left, 200, 10 * 2 ** attempt));
      }
    }
  }

  /**
   * A write the bot will confirm to a person: it must land in the file that will still be there
   * after a restart. Checked before and after the commit (the row of a deleted file is lost).
   */
  async durableWrite<T>(fn: () => T): Promise<T> {
    const before = this.fileProblem();
    if (before) throw new StoreUnavailableError(before.problem, before.reason);
    const result = await this.write(fn);
    const after = this.fileProblem();
    if (after) throw new StoreUnavailableError(after.problem, after.reason);
    return result;
  }

  /** /healthz: the file, free disk space, and a write round-trip within `timeoutMs`. */
  async check(timeoutMs = 1_000): Promise<HealthVerdict> {
    const file = this.fileProblem();
    if (file) return { ok: false, reason: file.reason };
    if (this.identity) {
      try {
        const fsStat = await fs.promises.statfs(path.dirname(this.file));
        const free = Number(fsStat.bavail) * Number(fsStat.bsize);
        if (free < this.minFreeBytes) {
          return {
            ok: false,
            reason: this.noted({
              reason: `the disk holding ${path.dirname(this.file)} is almost full (${Math.floor(free / 1048576)} MB free)`,
            }).reason,
          };
        }
      } catch {
        // statfs unsupported here: the write round-trip below still catches a full disk.
      }
    }
    try {
      const stamp = this.now();
      await this.write(() => this.probe.run(stamp), timeoutMs);
    } catch (err) {
      return {
        ok: false,
        reason: isStoreUnavailable(err) ? err.message : `write failed: ${(err as Error)?.message ?? 'unknown error'}`,
      };
    }
    this.cleared();
    return { ok: true };
  }
}

const guards = new WeakMap<SqliteDatabase, DatabaseGuard>();

/** The guard openDatabase attached to this connection. */
export function guardOf(db: SqliteDatabase): DatabaseGuard | undefined {
  return guards.get(db);
}

/**
 * For stores that confirm a write to a person (callback requests): retried off the event loop while
 * another process holds the lock, and refused when the file on disk is not the one open.
 * A connection opened without a guard (scripts) just runs the write.
 */
export async function durableWrite<T>(db: SqliteDatabase, fn: () => T): Promise<T> {
  const guard = guards.get(db);
  return guard ? guard.durableWrite(fn) : fn();
}

// ---------------------------------------------------------------------------------------------
// Opening, with start-up checks that name the file.

export interface OpenOptions extends GuardOptions {
  /** SQLite's busy wait per statement. Long for scripts; the bot passes SHORT_BUSY_TIMEOUT_MS. */
  busyTimeoutMs?: number;
}

/**
 * Problems SQLite does not report at open but that kill the process later: in WAL mode SQLite
 * maps `bot.db-shm` into memory, and a write to a mapping it cannot extend (a read-only file or
 * folder, a full disk) is a SIGBUS — the process dies without a log line. Checked at start.
 */
export function checkDataDirectory(file: string, minFreeBytes = DEFAULT_MIN_FREE_BYTES): void {
  const dir = path.dirname(file);
  const probe = path.join(dir, `.write-test-${process.pid}`);
  try {
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
  } catch (err) {
    throw new Error(
      `Cannot write in the data folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} (SQLite needs to create ${path.basename(file)}-wal and -shm there)`,
      { cause: err },
    );
  }
  for (const side of [`${file}-shm`, `${file}-wal`, file]) {
    if (!fs.existsSync(side)) continue;
    try {
      fs.closeSync(fs.openSync(side, 'r+'));
    } catch (err) {
      throw new Error(
        `Cannot write ${side}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} (the bot would crash on its first write; fix the file's permissions or remove it while the bot is stopped)`,
        { cause: err },
      );
    }
  }
  try {
    const st = fs.statfsSync(dir);
    const free = Number(st.bavail) * Number(st.bsize);
    if (free < minFreeBytes) {
      throw new Error(
        `The disk holding ${dir} is almost full (${Math.floor(free / 1048576)} MB free; the bot needs at least ${Math.floor(minFreeBytes / 1048576)} MB)`,
      );
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === undefined) throw err;
  }
}

/**
 * Opens (creating the folder and file if missing) and prepares the database.
 * WAL lets readers (`npm run callbacks`) work while the bot writes. synchronous=NORMAL: in WAL mode
 * a committed transaction survives a process crash (kill -9) without an fsync per commit, which
 * would block the event loop ~6 ms on every turn; only an OS crash or power cut could lose the
 * last few state writes. Callback requests are written with FULL (see SqliteCallbackStore.create).
 * secure_delete: purged conversations and declined requests are overwritten, not just unlinked.
 * Every error names the file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    if (file !== ':memory:') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      checkDataDirectory(file, options.minFreeBytes);
    }
    db = new Database(file);
  } catch (err) {
    // One clear start-up line: which file, and why (permissions, a folder in the way, …).
    throw new Error(`Cannot open the state database ${file}: ${(err as Error).message}`, { cause: err });
  }
  try {
    // Opening may meet another process mid-write: wait for it here, at start, not on every turn.
    db.pragma('busy_timeout = 5000');
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('secure_delete = ON');
    migrate(db);
    const guard = new DatabaseGuard(db, file, options);
    if (file !== ':memory:') {
      // A read-only file (or folder) opens fine and fails on the first write: fail now instead.
      db.prepare(
        'INSERT INTO health_probe (id, at_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at_ms = excluded.at_ms',
      ).run(Date.now());
    }
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    guards.set(db, guard);
    return db;
  } catch (err) {
    db.close();
    const known = classifySqliteError(err);
    throw new Error(
      `Cannot use the state database ${file}: ${known ? `${known.reason} (${(err as Error).message})` : (err as Error).message}`,
      { cause: err },
    );
  }
}

/** `<DATA_DIR>/bot.db` */
export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'bot.db');
}

/**
 * After a purge: move what the WAL holds into the file and truncate the WAL, so deleted or
 * rewritten rows do not linger in it (secure_delete zeroes them in the file). Skipped when
 * another connection is busy; the next purge tries again.
 */
export function checkpointAfterPurge(db: SqliteDatabase): boolean {
  try {
    const row = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return (row[0]?.busy ?? 0) === 0;
  } catch {
    return false;
  }
}
