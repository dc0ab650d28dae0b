// botbuilder Storage on SQLite: ConversationState and UserState survive a restart.
// Same semantics as botbuilder's MemoryStorage, which is the reference for the contract:
// - read returns only keys that exist, each with its current eTag;
// - write with no eTag or '*' overwrites; with an eTag it succeeds only if it matches the stored
//   one (optimistic concurrency: two turns of one conversation cannot silently overwrite each
//   other); a new key is created whatever eTag it carries;
// - a batch is all or nothing (one transaction), which MemoryStorage cannot promise.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { openDatabase, type SqliteDatabase } from './sqliteDb';

export class SqliteStorage implements Storage {
  private readonly selectOne;
  private readonly insertOrReplace;
  private readonly updateIfMatch;
  private readonly deleteOne;
  private readonly writeBatch;

  /** `ownsDb`: close() closes the database (false when the callback store shares it). */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly ownsDb = false,
  ) {
    this.selectOne = db.prepare<[string], { etag: string; doc: string }>('SELECT etag, doc FROM bot_state WHERE key = ?');
    this.insertOrReplace = db.prepare<[string, string, string, number]>(
      'INSERT OR REPLACE INTO bot_state (key, etag, doc, updated_ms) VALUES (?, ?, ?, ?)',
    );
    this.updateIfMatch = db.prepare<[string, string, number, string, string]>(
      'UPDATE bot_state SET etag = ?, doc = ?, updated_ms = ? WHERE key = ? AND etag = ?',
    );
    this.deleteOne = db.prepare<[string]>('DELETE FROM bot_state WHERE key = ?');
    this.writeBatch = db.transaction((changes: StoreItems) => {
      for (const [key, item] of Object.entries(changes)) this.writeOne(key, item);
    });
  }

  static open(file: string): SqliteStorage {
    return new SqliteStorage(openDatabase(file), true);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) items[key] = { ...(JSON.parse(row.doc) as object), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // IMMEDIATE takes the write lock up front, so the eTag check and the write cannot interleave
    // with another process.
    this.writeBatch.immediate(changes);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    this.db.transaction(() => {
      for (const key of keys) this.deleteOne.run(key);
    }).immediate();
  }

  close(): void {
    if (this.ownsDb && this.db.open) this.db.close();
  }

  private writeOne(key: string, item: StoreItems[string]): void {
    const { eTag, ...rest } = (item ?? {}) as { eTag?: unknown; [k: string]: unknown };
    const doc = JSON.stringify(rest);
    const etag = randomUUID();
    const now = Date.now();
    if (eTag === undefined || eTag === null || eTag === '' || eTag === '*') {
      this.insertOrReplace.run(key, etag, doc, now);
      return;
    }
    if (this.updateIfMatch.run(etag, doc, now, key, String(eTag)).changes === 1) return;
    if (this.selectOne.get(key)) {
      // Same wording as MemoryStorage, so callers that inspect the message behave the same.
      throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
    }
    this.insertOrReplace.run(key, etag, doc, now);
  }
}
