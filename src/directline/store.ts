// In-memory conversations for the built-in Direct Line. Bounded on purpose: each conversation
// keeps only its latest activities, idle conversations expire, and the total count is capped
// (least recently active goes first), so a flood of "start" calls cannot exhaust memory.
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
  subscribers: Set<Subscriber>;
  /** Turns run one at a time per conversation so replies keep their order. */
  queue: Promise<void>;
}

export interface StoreLimits {
  maxActivitiesPerConversation: number;
  maxConversations: number;
  idleMs: number;
}

export const DEFAULT_LIMITS: StoreLimits = {
  maxActivitiesPerConversation: 200,
  maxConversations: 5000,
  idleMs: 60 * 60 * 1000,
};

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly limits: StoreLimits = DEFAULT_LIMITS,
    /** Called for conversations removed by expiry or the cap (e.g. to close their sockets). */
    private readonly onEvict: (c: Conversation) => void = () => {},
  ) {}

  get size(): number {
    return this.conversations.size;
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
    while (this.conversations.size >= this.limits.maxConversations) {
      // Map keeps insertion order and touch() re-inserts, so the first key is the least recently active.
      const oldest = this.conversations.values().next().value as Conversation;
      this.remove(oldest);
    }
    const conversation: Conversation = {
      id,
      userId,
      log: [],
      nextSeq: 1,
      lastActiveMs: nowMs,
      subscribers: new Set(),
      queue: Promise.resolve(),
    };
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
      stored.push(activity);
    }
    const overflow = c.log.length - this.limits.maxActivitiesPerConversation;
    if (overflow > 0) c.log.splice(0, overflow);
    this.touch(c, nowMs);
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
  sweep(nowMs: number): number {
    let removed = 0;
    for (const c of [...this.conversations.values()]) {
      if (nowMs - c.lastActiveMs > this.limits.idleMs) {
        this.remove(c);
        removed += 1;
      }
    }
    return removed;
  }

  all(): Conversation[] {
    return [...this.conversations.values()];
  }

  private remove(c: Conversation): void {
    this.conversations.delete(c.id);
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
