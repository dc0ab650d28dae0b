// One SQLite file holds both the bot's conversation/user state and the callback requests, so a
// callback and the conversation that produced it are backed up, moved and restored together.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CALLBACKS_TIME_CHANGE_MIGRATION, CALLBACKS_V2_MIGRATION } from '../callbacks/sqliteSchema';
import { classifySqliteError } from './sqliteErrors';
import { DatabaseGuard, DEFAULT_MIN_FREE_BYTES, type GuardOptions } from './sqliteGuard';

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
  CALLBACKS_TIME_CHANGE_MIGRATION,
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

// Errors and the guard live in their own modules; they are re-exported here, where the rest of
// the code has always found them.
export { isBusy, isStoreUnavailable, StoreUnavailableError } from './sqliteErrors';
export { DatabaseGuard, DEFAULT_BUSY_BUDGET_MS, type HealthVerdict, SHORT_BUSY_TIMEOUT_MS } from './sqliteGuard';

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
 * WAL pages after which a commit copies the log back into bot.db (SQLite's default is 1,000, 4 MB).
 * That checkpoint runs inside the commit, on the event loop, with an fsync. A busy bot rewrites
 * the same conversations' pages over and over: at 1,000 pages it checkpointed every few hundred
 * turns and copied each hot page every time; at 10,000 (40 MB of log) a page rewritten meanwhile
 * is copied once. Measured with the store's statements on 2 KB rows, 500 conversations, five writes
 * per commit: 34 → 23 µs CPU and about 90 → 45 µs wall per write (with 5,000 conversations 42 → 38
 * µs CPU). The retention purge still checkpoints and truncates the log on every run
 * (checkpointAfterPurge), so a purged row leaves the log as before.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

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
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
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
