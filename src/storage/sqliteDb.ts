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

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

/**
 * Opens (creating the folder and file if missing) and prepares the database.
 * WAL lets readers (`npm run callbacks`) work while the bot writes. synchronous=NORMAL: in WAL mode
 * a committed transaction survives a process crash (kill -9) without an fsync per commit, which
 * would block the event loop ~6 ms on every turn; only an OS crash or power cut could lose the
 * last few state writes. Callback requests are written with FULL (see SqliteCallbackStore.create).
 */
export function openDatabase(file: string): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
  } catch (err) {
    // One clear start-up line: which file, and why (permissions, a folder in the way, …).
    throw new Error(`Cannot open the state database ${file}: ${(err as Error).message}`);
  }
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // Another process (a second instance, the CLI) may hold the write lock briefly.
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** `<DATA_DIR>/bot.db` */
export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'bot.db');
}
