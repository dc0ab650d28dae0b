// botbuilder Storage on SQLite: ConversationState and UserState survive a restart.
// Same semantics as botbuilder's MemoryStorage, which is the reference for the contract:
// - read returns only keys that exist, each with its current eTag;
// - write with no eTag or '*' overwrites; with an eTag it succeeds only if it matches the stored
//   one (optimistic concurrency: two turns of one conversation cannot silently overwrite each
//   other); a new key is created whatever eTag it carries;
// - a batch is all or nothing (one transaction), which MemoryStorage cannot promise.
//
// Reads are served from a write-through cache of the stored JSON when they can be: a SQLite read is
// synchronous I/O on the event loop (two lock calls and a B-tree walk, the largest single cost of a
// warm FAQ turn). This process is the only writer of bot_state (SQLite is the single-instance
// store; scaling out means STORAGE=azure), and PRAGMA data_version, checked at most every
// `coherenceMs`, still notices a commit by any other connection and empties the cache.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { openDatabase, type SqliteDatabase } from './sqliteDb';

export interface SqliteStorageOptions {
  /** close() closes the database (false when the callback store shares it). */
  ownsDb?: boolean;
  /** Most state documents kept in memory, least recently used dropped first (0 = no cache). */
  cacheEntries?: number;
  /** How often (ms) to look for commits by other connections. */
  coherenceMs?: number;
  now?: () => number;
}

interface Stored {
  etag: string;
  doc: string;
}

/** A warm conversation or user: a few hundred bytes each, so the default cache stays a few MB. */
export const DEFAULT_STATE_CACHE_ENTRIES = 10_000;
export const DEFAULT_COHERENCE_MS = 1_000;

export class SqliteStorage implements Storage {
  private readonly selectOne;
  private readonly insertOrReplace;
  private readonly updateIfMatch;
  private readonly deleteOne;
  private readonly writeBatch;
  private readonly dataVersion;
  private readonly ownsDb: boolean;
  private readonly cacheEntries: number;
  private readonly coherenceMs: number;
  private readonly now: () => number;
  /** key → stored etag and JSON, or null for "not stored"; Map order is recency (oldest first). */
  private readonly cache = new Map<string, Stored | null>();
  private lastVersion: number;
  private lastCheckMs: number;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteStorageOptions = {},
  ) {
    this.ownsDb = options.ownsDb ?? false;
    this.cacheEntries = options.cacheEntries ?? DEFAULT_STATE_CACHE_ENTRIES;
    this.coherenceMs = options.coherenceMs ?? DEFAULT_COHERENCE_MS;
    this.now = options.now ?? Date.now;
    this.selectOne = db.prepare<[string], { etag: string; doc: string }>('SELECT etag, doc FROM bot_state WHERE key = ?');
    this.insertOrReplace = db.prepare<[string, string, string, number]>(
      'INSERT OR REPLACE INTO bot_state (key, etag, doc, updated_ms) VALUES (?, ?, ?, ?)',
    );
    this.updateIfMatch = db.prepare<[string, string, number, string, string]>(
      'UPDATE bot_state SET etag = ?, doc = ?, updated_ms = ? WHERE key = ? AND etag = ?',
    );
    this.deleteOne = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
    this.writeBatch = db.transaction((changes: StoreItems) =>
      Object.entries(changes).map(([key, item]) => [key, this.writeOne(key, item)] as const),
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
        items[key] = item;
      }
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    let written;
    try {
      // IMMEDIATE takes the write lock up front, so the eTag check and the write cannot interleave
      // with another process.
      written = this.writeBatch.immediate(changes);
    } catch (err) {
      // A conflict means what we hold for these keys may be stale.
      for (const key of Object.keys(changes)) this.cache.delete(key);
      throw err;
    }
    for (const [key, stored] of written) this.remember(key, stored);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.db.transaction(() => {
      for (const key of keys) this.deleteOne.run(key);
    }).immediate();
    for (const key of keys) this.remember(key, null);
  }

  close(): void {
    this.cache.clear();
    if (this.ownsDb && this.db.open) this.db.close();
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

  private writeOne(key: string, item: StoreItems[string]): Stored {
    const { eTag, ...rest } = (item ?? {}) as { eTag?: unknown; [k: string]: unknown };
    const doc = JSON.stringify(rest);
    const etag = randomUUID();
    const now = Date.now();
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
