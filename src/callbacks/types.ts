// Callback requests: a patient asks the clinic to phone them back.

/**
 * Handling, as staff work the request: new → called | unreachable → done. "unreachable" may be
 * set again (each time counts one more attempt to reach the patient). Separate from delivery.
 */
export type CallbackStatus = 'new' | 'called' | 'unreachable' | 'done';
export const CALLBACK_STATUSES: readonly CallbackStatus[] = ['new', 'called', 'unreachable', 'done'];
/** Statuses that still need someone to phone the patient (the console's "open" count). */
export const OPEN_STATUSES: readonly CallbackStatus[] = ['new', 'unreachable'];
/** The webhook outbox's own bookkeeping: whether staff have been notified. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
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

/** One handling change, as shown in the row: who (initials) and when. */
export interface HandlingChange {
  status: CallbackStatus;
  by: string;
  at: string; // ISO 8601
}

export interface CallbackRequest extends CallbackDetails {
  id: string;
  createdAt: string; // ISO 8601
  updatedAt: string;
  /** Handling status (staff). */
  status: CallbackStatus;
  /** Times staff could not reach the patient ("Couldn't reach"). */
  reachAttempts: number;
  /** Every handling change, oldest first (capped; see MAX_HISTORY). */
  history: HandlingChange[];
  /** Webhook delivery (outbox), independent of handling. */
  delivery: DeliveryStatus;
  /** Delivery attempts made by the outbox. */
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  /**
   * When name, phone, reason and the patient's own time wording were removed (retention). The
   * row keeps its id, dates and status; name and phone are then empty strings.
   */
  redactedAt?: string;
  /** The patient moved the time after sending (the fields above hold the new time). */
  timeChange?: TimeChange;
}

/** When to call, as the patient chose it: what reschedule() replaces. */
export interface CallbackTime {
  preferredTime: PreferredTime;
  preferredDate: string;
  preferredAt?: string;
  preferredTimeText?: string;
}

/**
 * The latest change of time made by the patient, so staff see "time changed by patient" and what
 * they may have planned for. `from` keeps no patient wording (retention removes that; this stays).
 */
export interface TimeChange {
  by: 'patient';
  at: string; // ISO 8601
  from: Pick<CallbackTime, 'preferredTime' | 'preferredDate' | 'preferredAt'>;
  /** How many times the patient has changed it (each change notifies staff once). */
  count: number;
}

/** What staff may change: the handling status, with their initials. */
export type HandlingAction = Exclude<CallbackStatus, 'new'>;

export type HandleResult =
  | { ok: true; request: CallbackRequest }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; request: CallbackRequest };

/** `changed: false`: the request already had that time (the same change arriving twice). */
export type RescheduleResult =
  | { ok: true; request: CallbackRequest; changed: boolean }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'conflict'; request: CallbackRequest };

export type CallbackSort = 'newest' | 'oldest';

export interface CallbackQuery {
  /** One status, or 'open' (new + unreachable). */
  status?: CallbackStatus | 'open';
  /** Reference (the id's first characters), phone digits or part of the name. */
  q?: string;
  sort?: CallbackSort;
  /** From a previous page's nextCursor (opaque). */
  cursor?: string;
  limit?: number;
}

export interface CallbackPage {
  items: CallbackRequest[];
  /** Present when there are more: pass as `cursor` for the next page. */
  nextCursor?: string;
}

export type CallbackCounts = Record<CallbackStatus, number>;

/** Durable store; every implementation (SQLite, Azure Table) passes the same contract tests. */
export interface CallbackStore {
  /**
   * Writes durably before resolving; the bot confirms only after this resolves. With an
   * idempotencyKey already stored, resolves with that request (no second row, no second delivery).
   */
  create(details: CallbackDetails, now: Date): Promise<CallbackRequest>;
  get(id: string): Promise<CallbackRequest | undefined>;
  /** Newest first (no ordering by handling), for scripts and tests. */
  list(filter?: { status?: CallbackStatus; limit?: number }): Promise<CallbackRequest[]>;
  /**
   * The staff queue: open requests (new, unreachable) first with urgent ones at the top, then
   * called, then done; newest (or oldest) first within each group; paged by cursor.
   */
  page(query: CallbackQuery): Promise<CallbackPage>;
  counts(): Promise<CallbackCounts>;
  /** Applies a handling change if the transition is allowed (see canTransition). */
  handle(id: string, action: HandlingAction, by: string, now: Date): Promise<HandleResult>;
  /** Shorthand for handle(id, 'done', by): the request as it now stands; undefined when unknown. */
  markDone(id: string, now: Date, by?: string): Promise<CallbackRequest | undefined>;
  /**
   * Claims up to `limit` requests due for delivery (status 'new', or 'unreachable' with a change of
   * time queued; delivery pending or failed, nextAttemptAt ≤ now) for `leaseMs`, so concurrent
   * outboxes never deliver one at the same time.
   */
  claimDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<CallbackRequest[]>;
  /**
   * The patient's new time for a request still to call (new or unreachable). Refused (conflict)
   * once staff called or closed it, or it was redacted. Records timeChange, moves updatedAt, and
   * queues one more staff notification (delivery pending, due now), new or unreachable alike.
   */
  reschedule(id: string, time: CallbackTime, now: Date): Promise<RescheduleResult>;
  /**
   * The webhook accepted it: delivery 'delivered' (handling status untouched). With `sent`, only
   * when the row still has the time change that was sent: a change made during the delivery keeps
   * its own notification pending.
   */
  markNotified(id: string, owner: string, now: Date, sent?: { timeChangedAt?: string }): Promise<void>;
  markFailed(id: string, owner: string, error: string, nextAttemptAt: Date, now: Date): Promise<void>;
  /**
   * Removes name, phone, reason and the patient's time wording from every request created before
   * `before`, whatever its status; returns how many were redacted now.
   */
  redactBefore(before: Date, now: Date): Promise<number>;
  close(): Promise<void>;
}
