// Callback requests: a patient asks the clinic to phone them back.

export type CallbackStatus = 'new' | 'notified' | 'done';
export type PreferredTime = 'morning' | 'afternoon' | 'any';

export interface CallbackDetails {
  name: string;
  /** E.164, normalised with libphonenumber-js */
  phone: string;
  preferredTime: PreferredTime;
  /** The concrete day offered, clinic-local "YYYY-MM-DD", as shown to the patient. */
  preferredDate: string;
  reason?: string;
  consent: true;
  /** Channel id and conversation id, for staff context (never shown to other patients). */
  channelId?: string;
  /** A specific time the patient asked for, as an ISO 8601 instant (when they named one: "after 5pm today"). */
  preferredAt?: string;
  /** How the patient put the time, for staff ("after 5pm today", "Tuesday around 10"). Plain text. */
  preferredTimeText?: string;
  /** A red flag was raised in this conversation: staff should call first (shown as urgent). */
  urgent?: boolean;
  /** The language the patient wrote in ('en' | 'es'); shown to staff as "prefers Spanish". */
  language?: 'en' | 'es';
  /** create() with a key already stored returns the existing request instead of a duplicate. */
  idempotencyKey?: string;
}

export interface CallbackRequest extends CallbackDetails {
  id: string;
  createdAt: string; // ISO 8601
  updatedAt: string;
  status: CallbackStatus;
  /** Delivery bookkeeping for the outbox. */
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
}

/** Durable store; every implementation (SQLite, Azure Table) passes the same contract tests. */
export interface CallbackStore {
  /** Writes durably before resolving; the bot confirms only after this resolves. */
  create(details: CallbackDetails, now: Date): Promise<CallbackRequest>;
  get(id: string): Promise<CallbackRequest | undefined>;
  list(filter?: { status?: CallbackStatus; limit?: number }): Promise<CallbackRequest[]>;
  markDone(id: string, now: Date): Promise<CallbackRequest | undefined>;
  /**
   * Claims up to `limit` requests due for delivery (status 'new', nextAttemptAt ≤ now) for
   * `leaseMs`, so concurrent outboxes never deliver the same one at the same time.
   */
  claimDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<CallbackRequest[]>;
  markNotified(id: string, owner: string, now: Date): Promise<void>;
  markFailed(id: string, owner: string, error: string, nextAttemptAt: Date, now: Date): Promise<void>;
  /** Deletes 'done' requests last updated before `before`; returns how many. */
  purgeDone(before: Date): Promise<number>;
  close(): Promise<void>;
}
