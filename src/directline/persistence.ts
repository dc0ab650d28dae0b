// Built-in Direct Line conversations kept in the bot's own state store (botbuilder Storage:
// SQLite's bot_state table by default, memory in tests, Azure blobs with STORAGE=azure), so a
// restart or a deploy does not end the web chats that are open. Keys, all under "directline/":
//   directline/conversation/<id>  the conversation, its user and its most recent activities
//   directline/index              id → last activity time, so expired conversations are deleted
//                                 even if nobody comes back for them after a restart
//   directline/signing-key        the token key when DIRECT_LINE_SIGNING_KEY is not set, so
//                                 tokens stay valid across restarts (and across instances)
import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { ConversationPersistence, PersistedConversation } from './store';

const PREFIX = 'directline/';
const conversationKey = (id: string) => `${PREFIX}conversation/${id}`;
const INDEX_KEY = `${PREFIX}index`;
const KEY_KEY = `${PREFIX}signing-key`;

type Doc<T> = T & { eTag?: string };

export class StoragePersistence implements ConversationPersistence {
  /** Known conversations and when they were last active (written with the index). */
  private readonly index = new Map<string, number>();
  private indexDirty = false;

  constructor(private readonly storage: Storage) {}

  async load(id: string): Promise<PersistedConversation | undefined> {
    const key = conversationKey(id);
    const items = await this.storage.read([key]);
    const doc = items[key] as Doc<PersistedConversation> | undefined;
    if (!doc || doc.id !== id || !Array.isArray(doc.log)) return undefined;
    return { id: doc.id, userId: doc.userId, nextSeq: doc.nextSeq, lastActiveMs: doc.lastActiveMs, log: doc.log };
  }

  async save(c: PersistedConversation): Promise<void> {
    // '*': last writer wins; one process owns a conversation's stream and its turn queue.
    await this.storage.write({ [conversationKey(c.id)]: { ...c, eTag: '*' } });
    if (this.index.get(c.id) !== c.lastActiveMs) {
      this.index.set(c.id, c.lastActiveMs);
      this.indexDirty = true;
    }
  }

  async remove(id: string): Promise<void> {
    await this.storage.delete([conversationKey(id)]);
    if (this.index.delete(id)) this.indexDirty = true;
  }

  /** Reads the index written before the last stop. */
  async loadIndex(): Promise<void> {
    const items = await this.storage.read([INDEX_KEY]);
    const doc = items[INDEX_KEY] as Doc<{ ids?: Record<string, number> }> | undefined;
    for (const [id, ms] of Object.entries(doc?.ids ?? {}))
      if (typeof ms === 'number' && !this.index.has(id)) this.index.set(id, ms);
  }

  /** Deletes conversations idle longer than `idleMs` and writes the index if it changed. */
  async sweep(nowMs: number, idleMs: number): Promise<number> {
    let removed = 0;
    for (const [id, ms] of [...this.index]) {
      if (nowMs - ms > idleMs) {
        await this.remove(id);
        removed += 1;
      }
    }
    if (this.indexDirty) {
      this.indexDirty = false;
      await this.storage.write({ [INDEX_KEY]: { ids: Object.fromEntries(this.index), eTag: '*' } });
    }
    return removed;
  }

  /** The configured key, else the one kept in the store, else a new one (then kept). */
  async signingKey(configured: string | undefined): Promise<string> {
    if (configured) return configured;
    const items = await this.storage.read([KEY_KEY]);
    const doc = items[KEY_KEY] as Doc<{ key?: string }> | undefined;
    if (typeof doc?.key === 'string' && doc.key.length >= 32) return doc.key;
    const key = randomBytes(32).toString('base64url');
    await this.storage.write({ [KEY_KEY]: { key } });
    // Two instances starting together: whoever wrote first wins, both use that.
    const again = (await this.storage.read([KEY_KEY]))[KEY_KEY] as Doc<{ key?: string }> | undefined;
    return again?.key ?? key;
  }
}
