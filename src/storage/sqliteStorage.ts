// botbuilder Storage on SQLite: ConversationState and UserState survive a restart.
// Same semantics as botbuilder's MemoryStorage, which is the reference for the contract:
// - read returns only keys that exist, each with its current eTag;
// - write with no eTag or '*' overwrites; with an eTag it succeeds only if it matches the stored
//   one (optimistic concurrency: two turns of one conversation cannot silently overwrite each
//   other); a new key is created whatever eTag it carries;
// - a batch is all or nothing (one transaction), which MemoryStorage cannot promise.
//
// SQLite calls are synchronous I/O on the event loop, so the turn path keeps them few:
// - reads are served from a write-through cache of the stored JSON when they can be. This process
//   is the only writer of bot_state (SQLite is the single-instance store; scaling out means
//   STORAGE=azure), and PRAGMA data_version, checked at most every `coherenceMs`, still notices a
//   commit by any other connection and empties the cache;
// - writes and deletes are group-committed: those issued while the event loop is busy are applied
//   together at the next turn of the loop, in one transaction, each in its own savepoint (so each
//   call stays all or nothing and gets its own eTag conflict). A call resolves only once its
//   transaction has committed, so a turn still replies only after its state is stored.
// - while another process holds the write lock, a commit blocks the loop at most SQLite's short
//   busy timeout; the batch then waits on a timer (other turns go on) and is tried again, and
//   after `busyBudgetMs` its callers get StoreUnavailableError('busy') and the turn says "please call".
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import {
  checkpointAfterPurge,
  DEFAULT_BUSY_BUDGET_MS,
  isBusy,
  openDatabase,
  type SqliteDatabase,
  StoreUnavailableError,
} from './sqliteDb';
import { readJson, writeJson } from './stateJson';

export interface SqliteStorageOptions {
  /** close() closes the database (false when the callback store shares it). */
  ownsDb?: boolean;
  /** Most state documents kept in memory, least recently used dropped first (0 = no cache). */
  cacheEntries?: number;
  /** How often (ms) to look for commits by other connections. */
  coherenceMs?: number;
  /** How long a commit keeps retrying while another process holds the write lock. */
  busyBudgetMs?: number;
  now?: () => number;
}

interface Stored {
  etag: string;
  doc: string;
}

/** A write or delete waiting for the next group commit. Documents are serialised when queued. */
type PendingOp = (
  { kind: 'write'; items: Array<{ key: string; eTag: unknown; doc: string }> } | { kind: 'delete'; keys: string[] }
) & { resolve: () => void; reject: (err: unknown) => void };

/** What an applied operation did to each key (null: deleted), or why it failed. */
type Applied = Array<readonly [string, Stored | null]> | { failed: unknown };

/** A warm conversation or user: a few hundred bytes each, so the default cache stays a few MB. */
const DEFAULT_STATE_CACHE_ENTRIES = 10_000;
const DEFAULT_COHERENCE_MS = 1_000;

export class SqliteStorage implements Storage {
  private readonly selectOne;
  private readonly insertOrReplace;
  private readonly updateIfMatch;
  private readonly deleteOne;
  private readonly applyOne;
  private readonly applyAll;
  private readonly dataVersion;
  private readonly ownsDb: boolean;
  private readonly cacheEntries: number;
  private readonly coherenceMs: number;
  private readonly now: () => number;
  /** key → stored etag and JSON, or null for "not stored"; Map order is recency (oldest first). */
  private readonly cache = new Map<string, Stored | null>();
  private lastVersion: number;
  private lastCheckMs: number;
  private pending: PendingOp[] = [];
  private readonly busyBudgetMs: number;
  /** When the batch now waiting first met a lock held by another process. */
  private busySince?: number;
  private busyAttempts = 0;
  private retryTimer?: NodeJS.Timeout;
  private closing = false;
  private readonly purgeBatch;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteStorageOptions = {},
  ) {
    this.ownsDb = options.ownsDb ?? false;
    this.cacheEntries = options.cacheEntries ?? DEFAULT_STATE_CACHE_ENTRIES;
    this.coherenceMs = options.coherenceMs ?? DEFAULT_COHERENCE_MS;
    this.now = options.now ?? Date.now;
    this.busyBudgetMs = options.busyBudgetMs ?? DEFAULT_BUSY_BUDGET_MS;
    this.selectOne = db.prepare<[string], { etag: string; doc: string }>(
      'SELECT etag, doc FROM bot_state WHERE key = ?',
    );
    // An upsert changes the row where it is; REPLACE deletes it and inserts it again (a seventh more
    // CPU per write, and more pages for secure_delete to zero). The columns written are the same.
    this.insertOrReplace = db.prepare<[string, string, string, number]>(
      'INSERT INTO bot_state (key, etag, doc, updated_ms) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, doc = excluded.doc, updated_ms = excluded.updated_ms',
    );
    this.updateIfMatch = db.prepare<[string, string, number, string, string]>(
      'UPDATE bot_state SET etag = ?, doc = ?, updated_ms = ? WHERE key = ? AND etag = ?',
    );
    this.deleteOne = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
    // Nested inside applyAll, each operation runs in a savepoint: a conflict undoes only its own keys.
    this.applyOne = db.transaction((op: PendingOp): Array<readonly [string, Stored | null]> => {
      if (op.kind === 'delete') {
        for (const key of op.keys) this.deleteOne.run(key);
        return op.keys.map((key) => [key, null] as const);
      }
      return op.items.map(({ key, eTag, doc }) => [key, this.writeOne(key, eTag, doc)] as const);
    });
    this.applyAll = db.transaction((batch: PendingOp[]): Applied[] =>
      batch.map((op) => {
        try {
          return this.applyOne(op);
        } catch (failed) {
          return { failed };
        }
      }),
    );
    this.purgeBatch = db.prepare<[number, number], { key: string }>(
      'DELETE FROM bot_state WHERE key IN (SELECT key FROM bot_state WHERE updated_ms < ? LIMIT ?) RETURNING key',
    );
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
    this.lastVersion = this.dataVersion.get() as number;
    this.lastCheckMs = this.now();
  }

  static open(file: string, options: Omit<SqliteStorageOptions, 'ownsDb'> = {}): SqliteStorage {
    return new SqliteStorage(openDatabase(file), { ...options, ownsDb: true });
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    this.dropCacheIfOthersWrote();
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = this.lookup(key);
      if (stored) {
        // A fresh object per read: BotState changes what it is given.
        const item = JSON.parse(stored.doc) as Record<string, unknown>;
        item.eTag = stored.etag;
        // The change check of JsonBotState compares against this text instead of re-serialising.
        readJson.give(item, stored.doc);
        items[key] = item;
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const items = Object.entries(changes).map(([key, item]) => {
      const record = (item ?? {}) as { eTag?: unknown; [k: string]: unknown };
      // JsonBotState hands over the text its change check just made of this very state.
      const handed = writeJson.take(record);
      if (handed !== undefined) return { key, eTag: record.eTag, doc: handed };
      const { eTag, ...rest } = record;
      return { key, eTag, doc: JSON.stringify(rest) };
    });
    return this.enqueue({ kind: 'write', items });
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    return this.enqueue({ kind: 'delete', keys: [...keys] });
  }

  /**
   * Retention: deletes conversation and user state untouched since `before` (ms), in small
   * batches so a large purge never holds the event loop; returns how many rows went.
   */
  async purgeIdle(before: number, batchSize = 500): Promise<number> {
    let total = 0;
    for (;;) {
      let keys: string[];
      try {
        keys = this.purgeBatch.all(before, batchSize).map((r) => r.key);
      } catch (err) {
        if (isBusy(err)) break; // another process is writing: the next scheduled purge finishes
        throw err;
      }
      for (const key of keys) this.cache.delete(key);
      total += keys.length;
      if (keys.length < batchSize) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Also after an ordinary hour: old versions of rewritten rows (a draft after a declined
    // consent) live in the WAL until it is checkpointed and truncated.
    checkpointAfterPurge(this.db);
    return total;
  }

  close(): void {
    this.closing = true;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
    if (this.db.open) this.flush();
    this.cache.clear();
    if (this.ownsDb && this.db.open) this.db.close();
  }

  private enqueue(
    op:
      { kind: 'write'; items: Array<{ key: string; eTag: unknown; doc: string }> } | { kind: 'delete'; keys: string[] },
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ ...op, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Commits everything queued since the last flush in one IMMEDIATE transaction, then answers each caller. */
  private flush(): void {
    if (this.retryTimer) return; // a retry is scheduled and will take everything queued
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let results: Applied[];
    try {
      // IMMEDIATE takes the write lock up front, so the eTag checks and the writes cannot
      // interleave with another process.
      results = this.applyAll.immediate(batch);
    } catch (caught) {
      let err = caught;
      if (isBusy(caught) && this.db.open && !this.closing) {
        // Real elapsed time, not the injectable clock: a frozen test clock must not retry forever.
        const now = performance.now();
        this.busySince ??= now;
        if (now - this.busySince < this.busyBudgetMs) {
          // Wait on a timer, not in SQLite: the event loop keeps answering other turns.
          this.pending = batch.concat(this.pending);
          const delay = Math.min(200, 10 * 2 ** this.busyAttempts++);
          this.retryTimer = setTimeout(() => {
            this.retryTimer = undefined;
            this.flush();
          }, delay);
          return;
        }
        err = new StoreUnavailableError('busy', 'the database is locked by another process');
      }
      this.busySince = undefined;
      this.busyAttempts = 0;
      for (const op of batch) {
        this.forget(op);
        op.reject(err);
      }
      return;
    }
    this.busySince = undefined;
    this.busyAttempts = 0;
    batch.forEach((op, i) => {
      const result = results[i]!;
      if ('failed' in result) {
        // A conflict means what we hold for these keys may be stale.
        this.forget(op);
        op.reject(result.failed);
        return;
      }
      for (const [key, stored] of result) this.remember(key, stored);
      op.resolve();
    });
  }

  private forget(op: PendingOp): void {
    for (const key of op.kind === 'delete' ? op.keys : op.items.map((item) => item.key)) this.cache.delete(key);
  }

  /** The stored etag and JSON of a key, from the cache or the database. */
  private lookup(key: string): Stored | null {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.remember(key, cached); // most recently used
      return cached;
    }
    const row = this.selectOne.get(key);
    const stored = row ? { etag: row.etag, doc: row.doc } : null;
    this.remember(key, stored);
    return stored;
  }

  private remember(key: string, stored: Stored | null): void {
    if (this.cacheEntries <= 0) return;
    this.cache.delete(key);
    this.cache.set(key, stored);
    if (this.cache.size > this.cacheEntries) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** Another connection (a second process on the same file) committed: forget everything. */
  private dropCacheIfOthersWrote(): void {
    const now = this.now();
    if (now - this.lastCheckMs < this.coherenceMs) return;
    this.lastCheckMs = now;
    const version = this.dataVersion.get() as number;
    if (version !== this.lastVersion) {
      this.lastVersion = version;
      this.cache.clear();
    }
  }

  private writeOne(key: string, eTag: unknown, doc: string): Stored {
    const etag = randomUUID();
    const now = this.now();
    if (eTag === undefined || eTag === null || eTag === '' || eTag === '*') {
      this.insertOrReplace.run(key, etag, doc, now);
      return { etag, doc };
    }
    if (this.updateIfMatch.run(etag, doc, now, key, String(eTag)).changes === 1) return { etag, doc };
    if (this.selectOne.get(key)) {
      // Same wording as MemoryStorage, so callers that inspect the message behave the same.
      throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
    }
    this.insertOrReplace.run(key, etag, doc, now);
    return { etag, doc };
  }
}
