// Callback requests in SQLite (the same file as the bot state). better-sqlite3 is synchronous, so
// when create() resolves the row is committed: the bot confirms only what is on disk.
import { CALLBACK_LIST_LIMITS, DELIVERY_ERROR_MAX_CHARS } from '../limits';
import { randomUUID } from 'node:crypto';
import { durableWrite, openDatabase, type SqliteDatabase } from '../storage/sqliteDb';
import {
  applyHandling,
  applyReschedule,
  canTransition,
  clampLimit,
  decodeCursor,
  encodeCursor,
  parseHistory,
  parseSearch,
  parseTimeChange,
  queueKey,
} from './handling';
import type {
  CallbackCounts,
  CallbackDetails,
  CallbackPage,
  CallbackQuery,
  CallbackRequest,
  CallbackStatus,
  CallbackStore,
  CallbackTime,
  DeliveryStatus,
  HandleResult,
  HandlingAction,
  PreferredTime,
  RescheduleResult,
} from './types';
import { validateDetails, validateTime } from './validate';

/** A `callbacks` row as SQLite returns it (also read by the SQLite → Azure migration). */
export interface CallbackRow {
  id: string;
  seq: number;
  status: CallbackStatus;
  delivery: DeliveryStatus;
  created_ms: number;
  updated_ms: number;
  name: string;
  phone: string;
  preferred_time: PreferredTime;
  preferred_date: string;
  reason: string | null;
  channel_id: string | null;
  preferred_at_ms: number | null;
  preferred_time_text: string | null;
  urgent: number;
  language: 'en' | 'es' | null;
  idempotency_key: string | null;
  attempts: number;
  next_attempt_ms: number | null;
  last_error: string | null;
  reach_attempts: number;
  history: string | null;
  redacted_ms: number | null;
  time_change: string | null;
}

export const CALLBACK_COLUMNS =
  'id, seq, status, delivery, created_ms, updated_ms, name, phone, preferred_time, preferred_date, reason, channel_id, ' +
  'preferred_at_ms, preferred_time_text, urgent, language, idempotency_key, attempts, next_attempt_ms, last_error, ' +
  'reach_attempts, history, redacted_ms, time_change';

const iso = (ms: number) => new Date(ms).toISOString();

export function callbackFromRow(r: CallbackRow): CallbackRequest {
  const req: CallbackRequest = {
    id: r.id,
    createdAt: iso(r.created_ms),
    updatedAt: iso(r.updated_ms),
    status: r.status,
    delivery: r.delivery,
    name: r.name,
    phone: r.phone,
    preferredTime: r.preferred_time,
    preferredDate: r.preferred_date,
    consent: true,
    attempts: r.attempts,
    reachAttempts: r.reach_attempts,
    history: parseHistory(r.history),
  };
  if (r.reason !== null) req.reason = r.reason;
  if (r.channel_id !== null) req.channelId = r.channel_id;
  if (r.preferred_at_ms !== null) req.preferredAt = iso(r.preferred_at_ms);
  if (r.preferred_time_text !== null) req.preferredTimeText = r.preferred_time_text;
  if (r.urgent === 1) req.urgent = true;
  if (r.language !== null) req.language = r.language;
  if (r.idempotency_key !== null) req.idempotencyKey = r.idempotency_key;
  if (r.next_attempt_ms !== null) req.nextAttemptAt = iso(r.next_attempt_ms);
  if (r.last_error !== null) req.lastError = r.last_error;
  if (r.redacted_ms !== null) req.redactedAt = iso(r.redacted_ms);
  const timeChange = parseTimeChange(r.time_change);
  if (timeChange) req.timeChange = timeChange;
  return req;
}

// The queue order (see handling.ts): group, urgency among those to call, time, insertion order.
const GROUP_SQL = `(CASE status WHEN 'called' THEN 1 WHEN 'done' THEN 2 ELSE 0 END)`;
const URGENT_SQL = `(CASE WHEN urgent = 1 AND status IN ('new', 'unreachable') THEN 0 ELSE 1 END)`;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class SqliteCallbackStore implements CallbackStore {
  private readonly db: SqliteDatabase;

  /** `ownsDb`: close() closes the database (false when the state storage shares it). */
  constructor(
    db: SqliteDatabase,
    private readonly ownsDb = false,
  ) {
    this.db = db;
  }

  static open(file: string): SqliteCallbackStore {
    return new SqliteCallbackStore(openDatabase(file), true);
  }

  async create(details: CallbackDetails, now: Date): Promise<CallbackRequest> {
    const d = validateDetails(details);
    const id = randomUUID();
    const ms = now.getTime();
    // A patient's request must survive a power cut too: fsync this commit (synchronous=FULL),
    // then go back to the connection's usual setting. Synchronous code, so nothing interleaves.
    const previous = this.db.pragma('synchronous', { simple: true }) as number;
    this.db.pragma('synchronous = FULL');
    let inserted: boolean;
    try {
      // Retried off the event loop while locked; refused when the file on disk is not the one open.
      inserted = await durableWrite(this.db, () => this.insert(id, ms, d));
    } finally {
      this.db.pragma(`synchronous = ${Number(previous)}`);
    }
    if (!inserted && d.idempotencyKey !== undefined) {
      // The same draft sent again (a resend after a crash): the request it already made.
      const row = this.db
        .prepare<[string], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE idempotency_key = ?`)
        .get(d.idempotencyKey);
      if (row) return callbackFromRow(row);
    }
    return (await this.get(id))!;
  }

  /** False when a request with the same idempotency key is already stored. */
  private insert(id: string, ms: number, d: CallbackDetails): boolean {
    const preferredAtMs = d.preferredAt !== undefined ? Date.parse(d.preferredAt) : null;
    return (
      this.db
        .prepare(
          `INSERT INTO callbacks (id, status, delivery, created_ms, updated_ms, name, phone, preferred_time, preferred_date,
             reason, channel_id, preferred_at_ms, preferred_time_text, urgent, language, idempotency_key,
             consent, attempts, next_attempt_ms, reach_attempts, history)
           VALUES (?, 'new', 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?, 0, '[]')
           ON CONFLICT (idempotency_key) DO NOTHING`,
        )
        .run(
          id,
          ms,
          ms,
          d.name,
          d.phone,
          d.preferredTime,
          d.preferredDate,
          d.reason ?? null,
          d.channelId ?? null,
          preferredAtMs,
          d.preferredTimeText ?? null,
          d.urgent ? 1 : 0,
          d.language ?? null,
          d.idempotencyKey ?? null,
          ms,
        ).changes === 1
    );
  }

  async get(id: string): Promise<CallbackRequest | undefined> {
    const row = this.db
      .prepare<[string], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE id = ?`)
      .get(id);
    return row ? callbackFromRow(row) : undefined;
  }

  async list(filter: { status?: CallbackStatus; limit?: number } = {}): Promise<CallbackRequest[]> {
    const limit = Math.max(
      1,
      Math.min(CALLBACK_LIST_LIMITS.max, Math.floor(filter.limit ?? CALLBACK_LIST_LIMITS.defaultList)),
    );
    // seq breaks ties between requests created in the same millisecond: newest really first.
    const rows = filter.status
      ? this.db
          .prepare<[string, number], CallbackRow>(
            `SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE status = ? ORDER BY created_ms DESC, seq DESC LIMIT ?`,
          )
          .all(filter.status, limit)
      : this.db
          .prepare<[number], CallbackRow>(
            `SELECT ${CALLBACK_COLUMNS} FROM callbacks ORDER BY created_ms DESC, seq DESC LIMIT ?`,
          )
          .all(limit);
    return rows.map(callbackFromRow);
  }

  async page(query: CallbackQuery): Promise<CallbackPage> {
    const sort = query.sort ?? 'newest';
    const limit = clampLimit(query.limit);
    const where: string[] = [];
    const params: Array<string | number> = [];
    if (query.status === 'open') where.push(`status IN ('new', 'unreachable')`);
    else if (query.status) {
      where.push('status = ?');
      params.push(query.status);
    }
    const search = parseSearch(query.q);
    if (search) {
      const any: string[] = [];
      if (search.idPrefix) {
        any.push(`id LIKE ? ESCAPE '\\'`);
        params.push(`${likeEscape(search.idPrefix)}%`);
      }
      if (search.phoneDigits) {
        any.push(`phone LIKE ?`);
        params.push(`%${search.phoneDigits}%`);
      }
      if (search.name) {
        any.push(`name LIKE ? ESCAPE '\\'`);
        params.push(`%${likeEscape(search.name)}%`);
      }
      where.push(any.length ? `(${any.join(' OR ')})` : '0');
    }
    // Newest first sorts time and seq descending: compare their negatives in one row value.
    const sign = sort === 'oldest' ? '' : '-';
    const keySql = `(${GROUP_SQL}, ${URGENT_SQL}, ${sign}created_ms, ${sign}seq)`;
    if (query.cursor !== undefined) {
      const k = decodeCursor(query.cursor, sort);
      if (typeof k.s !== 'number') return { items: [] };
      where.push(`${keySql} > (?, ?, ?, ?)`);
      params.push(k.g, k.u, sort === 'oldest' ? k.c : -k.c, sort === 'oldest' ? k.s : -k.s);
    }
    const dir = sort === 'oldest' ? 'ASC' : 'DESC';
    const rows = this.db
      .prepare<Array<string | number>, CallbackRow>(
        `SELECT ${CALLBACK_COLUMNS} FROM callbacks ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ${GROUP_SQL}, ${URGENT_SQL}, created_ms ${dir}, seq ${dir} LIMIT ?`,
      )
      .all(...params, limit + 1);
    const more = rows.length > limit;
    const shown = rows.slice(0, limit);
    const items = shown.map(callbackFromRow);
    const last = shown.at(-1);
    return more && last ? { items, nextCursor: encodeCursor(queueKey(items.at(-1)!, last.seq), sort) } : { items };
  }

  async counts(): Promise<CallbackCounts> {
    const out: CallbackCounts = { new: 0, called: 0, unreachable: 0, done: 0 };
    for (const r of this.db
      .prepare<[], { status: CallbackStatus; n: number }>('SELECT status, COUNT(*) AS n FROM callbacks GROUP BY status')
      .all()) {
      out[r.status] = r.n;
    }
    return out;
  }

  async handle(id: string, action: HandlingAction, by: string, now: Date): Promise<HandleResult> {
    const change = this.db.transaction((): HandleResult => {
      const row = this.db
        .prepare<[string], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE id = ?`)
        .get(id);
      if (!row) return { ok: false, reason: 'not-found' };
      const current = callbackFromRow(row);
      if (!canTransition(current.status, action)) return { ok: false, reason: 'conflict', request: current };
      const next = applyHandling(current, action, by, now);
      // Handled by a person: a notification still waiting to go out is no longer needed.
      const stopDelivery = next.status !== 'new';
      this.db
        .prepare(
          `UPDATE callbacks SET status = ?, updated_ms = ?, reach_attempts = ?, history = ?
             ${stopDelivery ? ', next_attempt_ms = NULL, lease_owner = NULL, lease_until_ms = NULL' : ''}
           WHERE id = ?`,
        )
        .run(next.status, now.getTime(), next.reachAttempts, JSON.stringify(next.history), id);
      return {
        ok: true,
        request: callbackFromRow(
          this.db.prepare<[string], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE id = ?`).get(id)!,
        ),
      };
    });
    return change.immediate();
  }

  async reschedule(id: string, time: CallbackTime, now: Date): Promise<RescheduleResult> {
    const t = validateTime(time);
    const change = this.db.transaction((): RescheduleResult => {
      const row = this.db
        .prepare<[string], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE id = ?`)
        .get(id);
      if (!row) return { ok: false, reason: 'not-found' };
      const current = callbackFromRow(row);
      const applied = applyReschedule(current, t, now);
      if (applied === 'conflict') return { ok: false, reason: 'conflict', request: current };
      if (!applied.changed) return { ok: true, request: current, changed: false };
      const next = applied.request;
      // The new time is owed to staff (new or unreachable alike): pending, due now, and any lease
      // dropped (a delivery in flight carries the old time; see markNotified).
      this.db
        .prepare(
          `UPDATE callbacks SET preferred_time = ?, preferred_date = ?, preferred_at_ms = ?, preferred_time_text = ?,
             updated_ms = ?, time_change = ?, delivery = 'pending', next_attempt_ms = ?, last_error = NULL,
             lease_owner = NULL, lease_until_ms = NULL
           WHERE id = ?`,
        )
        .run(
          next.preferredTime,
          next.preferredDate,
          next.preferredAt !== undefined ? Date.parse(next.preferredAt) : null,
          next.preferredTimeText ?? null,
          now.getTime(),
          JSON.stringify(next.timeChange),
          Date.parse(next.nextAttemptAt!),
          id,
        );
      return {
        ok: true,
        changed: true,
        request: callbackFromRow(
          this.db.prepare<[string], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE id = ?`).get(id)!,
        ),
      };
    });
    // Durable like create(): the patient is told "done" only once this is on disk.
    const previous = this.db.pragma('synchronous', { simple: true }) as number;
    this.db.pragma('synchronous = FULL');
    try {
      return await durableWrite(this.db, () => change.immediate());
    } finally {
      this.db.pragma(`synchronous = ${Number(previous)}`);
    }
  }

  async markDone(id: string, now: Date, by = 'API'): Promise<CallbackRequest | undefined> {
    const result = await this.handle(id, 'done', by, now);
    return result.ok || result.reason === 'conflict' ? result.request : undefined;
  }

  async claimDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<CallbackRequest[]> {
    const ms = now.getTime();
    const claim = this.db.transaction(() => {
      const rows = this.db
        .prepare<[number, number, number], CallbackRow>(
          `SELECT ${CALLBACK_COLUMNS} FROM callbacks
           WHERE delivery IN ('pending', 'failed') AND redacted_ms IS NULL
             AND (status = 'new' OR (status = 'unreachable' AND next_attempt_ms IS NOT NULL))
             AND (next_attempt_ms IS NULL OR next_attempt_ms <= ?)
             AND (lease_until_ms IS NULL OR lease_until_ms <= ?)
           ORDER BY created_ms, seq LIMIT ?`,
        )
        .all(ms, ms, Math.max(0, Math.floor(limit)));
      const take = this.db.prepare<[string, number, string]>(
        'UPDATE callbacks SET lease_owner = ?, lease_until_ms = ? WHERE id = ?',
      );
      for (const r of rows) take.run(owner, ms + leaseMs, r.id);
      return rows;
    });
    // IMMEDIATE: the select and the lease update happen under one write lock, so a second
    // process cannot claim the same rows in between.
    return claim.immediate().map(callbackFromRow);
  }

  async markNotified(id: string, _owner: string, now: Date, sent?: { timeChangedAt?: string }): Promise<void> {
    // A delivery that happened is a fact whoever held the lease. Handling is not touched, and
    // updated_ms stays the handling time staff see. With `sent`, a time changed since (another
    // time_change) is still owed to staff, so the row stays pending.
    void now;
    this.db
      .prepare(
        `UPDATE callbacks SET delivery = 'delivered', attempts = attempts + 1, next_attempt_ms = NULL,
           last_error = NULL, lease_owner = NULL, lease_until_ms = NULL
         WHERE id = ? AND delivery <> 'delivered'
           AND (? = 0 OR COALESCE(json_extract(time_change, '$.at'), '') = ?)`,
      )
      .run(id, sent ? 1 : 0, sent?.timeChangedAt ?? '');
  }

  async markFailed(id: string, owner: string, error: string, nextAttemptAt: Date, now: Date): Promise<void> {
    void now;
    // Only the lease holder reschedules; a lost lease means another outbox owns the request now.
    this.db
      .prepare(
        `UPDATE callbacks SET delivery = 'failed', attempts = attempts + 1, last_error = ?, next_attempt_ms = ?,
           lease_owner = NULL, lease_until_ms = NULL
         WHERE id = ? AND delivery <> 'delivered' AND lease_owner = ?`,
      )
      .run(error.slice(0, DELIVERY_ERROR_MAX_CHARS), nextAttemptAt.getTime(), id, owner);
  }

  async redactBefore(before: Date, now: Date): Promise<number> {
    // Names, numbers and the patient's own words go; the reference, dates and statuses stay.
    // secure_delete zeroes the space the old values leave in the page, and the checkpoint moves
    // those pages out of the WAL into the file, so the bytes are gone from disk, not just hidden.
    const previous = this.db.pragma('secure_delete', { simple: true }) as number;
    this.db.pragma('secure_delete = ON');
    let changes: number;
    try {
      changes = this.db
        .prepare<[number, number]>(
          `UPDATE callbacks SET name = '', phone = '', reason = NULL, preferred_time_text = NULL, redacted_ms = ?,
             next_attempt_ms = NULL, lease_owner = NULL, lease_until_ms = NULL
           WHERE created_ms < ? AND redacted_ms IS NULL`,
        )
        .run(now.getTime(), before.getTime()).changes;
    } finally {
      this.db.pragma(`secure_delete = ${Number(previous)}`);
    }
    if (changes > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return changes;
  }

  async close(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }
}
