// Conversations of the built-in Direct Line, in memory and (through ConversationPersistence) in
// the bot's state store, so an open web chat survives a restart. Bounded on purpose: each
// conversation keeps only its latest activities and at most `maxConversationBytes` of them, idle
// conversations expire, the number of conversations is capped, and all of them together stay
// within `maxTotalBytes` (least recently active goes first), so no flood of posts or "start"
// calls can exhaust the heap.
import type { Activity } from 'botbuilder';

export interface ActivityGroup {
  activities: Activity[];
  watermark: string;
}

/** Receives new activities; `null` means the conversation is gone (expired or evicted). */
export type Subscriber = (group: ActivityGroup | null) => void;

export interface Conversation {
  id: string;
  userId: string;
  /** Latest activities, oldest first; each has a numeric sequence in `seq`. */
  log: Array<{ seq: number; activity: Activity }>;
  nextSeq: number;
  lastActiveMs: number;
  /** Serialised size of `log` (what the byte budget counts). */
  bytes: number;
  subscribers: Set<Subscriber>;
  /** Turns run one at a time per conversation so replies keep their order. */
  queue: Promise<void>;
}

export interface StoreLimits {
  maxActivitiesPerConversation: number;
  maxConversations: number;
  idleMs: number;
  /** Bytes of activities one conversation keeps (oldest dropped first). */
  maxConversationBytes: number;
  /** Bytes of activities all conversations together keep (least recently active evicted first). */
  maxTotalBytes: number;
}

const DEFAULT_LIMITS: StoreLimits = {
  maxActivitiesPerConversation: 200,
  maxConversations: 5000,
  idleMs: 60 * 60 * 1000,
  maxConversationBytes: 256 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

/** What survives a restart: the conversation and its most recent activities. */
export interface PersistedConversation {
  id: string;
  userId: string;
  nextSeq: number;
  lastActiveMs: number;
  log: Array<{ seq: number; activity: Activity }>;
}

/** Where conversations are kept across restarts (src/directline/persistence.ts). */
export interface ConversationPersistence {
  load(id: string): Promise<PersistedConversation | undefined>;
  save(c: PersistedConversation): Promise<void>;
  remove(id: string): Promise<void>;
}

const sizeOf = (a: Activity) => Buffer.byteLength(JSON.stringify(a));

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private totalBytes = 0;
  private readonly limits: StoreLimits;

  constructor(
    limits: Partial<StoreLimits> = {},
    /** Called for conversations removed by expiry or the cap (e.g. to close their sockets). */
    private readonly onEvict: (c: Conversation) => void = () => {},
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Bytes of activities held in memory, all conversations together. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** The idle time after which a conversation is gone. */
  get idleMs(): number {
    return this.limits.idleMs;
  }

  /** A conversation read back from persistence, unless it has been idle too long. */
  adopt(p: PersistedConversation, nowMs: number): Conversation | undefined {
    if (nowMs - p.lastActiveMs > this.limits.idleMs) return undefined;
    const existing = this.conversations.get(p.id);
    if (existing) return existing;
    this.makeRoom();
    const c: Conversation = { ...this.blank(p.id, p.userId, p.lastActiveMs), nextSeq: p.nextSeq };
    for (const e of p.log) c.log.push({ seq: e.seq, activity: e.activity });
    c.bytes = c.log.reduce((n, e) => n + sizeOf(e.activity), 0);
    this.totalBytes += c.bytes;
    this.conversations.set(c.id, c);
    this.trim(c);
    this.enforceBudget(c);
    return c;
  }

  /** The recent part of a conversation, for persistence. */
  snapshot(c: Conversation, recent: number): PersistedConversation {
    return { id: c.id, userId: c.userId, nextSeq: c.nextSeq, lastActiveMs: c.lastActiveMs, log: c.log.slice(-recent) };
  }

  private blank(id: string, userId: string, nowMs: number): Conversation {
    return {
      id,
      userId,
      log: [],
      nextSeq: 1,
      lastActiveMs: nowMs,
      bytes: 0,
      subscribers: new Set(),
      queue: Promise.resolve(),
    };
  }

  private makeRoom(): void {
    while (this.conversations.size >= this.limits.maxConversations) {
      // Map keeps insertion order and touch() re-inserts, so the first key is the least recently active.
      this.remove(this.conversations.values().next().value as Conversation);
    }
  }

  get(id: string, nowMs: number): Conversation | undefined {
    const c = this.conversations.get(id);
    if (!c) return undefined;
    if (nowMs - c.lastActiveMs > this.limits.idleMs) {
      this.remove(c);
      return undefined;
    }
    return c;
  }

  /** Returns the conversation and whether it was created by this call. */
  getOrCreate(id: string, userId: string, nowMs: number): { conversation: Conversation; created: boolean } {
    const existing = this.get(id, nowMs);
    if (existing) return { conversation: existing, created: false };
    this.makeRoom();
    const conversation = this.blank(id, userId, nowMs);
    this.conversations.set(id, conversation);
    return { conversation, created: true };
  }

  touch(c: Conversation, nowMs: number): void {
    c.lastActiveMs = nowMs;
    this.conversations.delete(c.id);
    this.conversations.set(c.id, c);
  }

  /**
   * Adds activities, giving each the Direct Line id "<conversation>|<seq>", and pushes them to
   * the open streams. Returns the stored copies.
   */
  append(c: Conversation, activities: Activity[], nowMs: number): Activity[] {
    if (activities.length === 0) return [];
    const stored: Activity[] = [];
    for (const a of activities) {
      const seq = c.nextSeq++;
      const activity = { ...a, id: `${c.id}|${String(seq).padStart(7, '0')}`, conversation: { id: c.id } } as Activity;
      c.log.push({ seq, activity });
      const size = sizeOf(activity);
      c.bytes += size;
      this.totalBytes += size;
      stored.push(activity);
    }
    this.trim(c);
    this.touch(c, nowMs);
    this.enforceBudget(c);
    const group = { activities: stored, watermark: String(c.nextSeq - 1) };
    for (const s of c.subscribers) s(group);
    return stored;
  }

  /** Activities after the watermark ("" or absent → everything still kept). */
  since(c: Conversation, watermark: string | undefined): ActivityGroup {
    const after = parseWatermark(watermark);
    return {
      activities: c.log.filter((e) => e.seq > after).map((e) => e.activity),
      watermark: String(c.nextSeq - 1),
    };
  }

  /** Drops conversations idle longer than the limit; returns how many. */
  sweep(nowMs: number, onExpired: (id: string) => void = () => {}): number {
    let removed = 0;
    for (const c of [...this.conversations.values()]) {
      if (nowMs - c.lastActiveMs > this.limits.idleMs) {
        this.remove(c);
        onExpired(c.id);
        removed += 1;
      }
    }
    return removed;
  }

  all(): Conversation[] {
    return [...this.conversations.values()];
  }

  /** Oldest activities go once a conversation holds too many or too many bytes (the newest stays). */
  private trim(c: Conversation): void {
    while (
      c.log.length > 1 &&
      (c.log.length > this.limits.maxActivitiesPerConversation || c.bytes > this.limits.maxConversationBytes)
    ) {
      const size = sizeOf(c.log.shift()!.activity);
      c.bytes -= size;
      this.totalBytes -= size;
    }
  }

  /** Over the memory budget: the least recently active conversations go, never `keep`. */
  private enforceBudget(keep: Conversation): void {
    for (const c of this.conversations.values()) {
      if (this.totalBytes <= this.limits.maxTotalBytes) return;
      if (c !== keep) this.remove(c);
    }
  }

  private remove(c: Conversation): void {
    if (!this.conversations.delete(c.id)) return;
    this.totalBytes -= c.bytes;
    for (const s of c.subscribers) s(null);
    c.subscribers.clear();
    this.onEvict(c);
  }
}

/** A malformed or missing watermark means "from the start", as Direct Line does. */
export function parseWatermark(watermark: string | undefined): number {
  if (watermark === undefined || !/^\d{1,15}$/.test(watermark)) return 0;
  return Number(watermark);
}
