// Callback requests in SQLite (the same file as the bot state). better-sqlite3 is synchronous, so
// when create() resolves the row is committed: the bot confirms only what is on disk.
import { randomUUID } from 'node:crypto';
import { durableWrite, openDatabase, type SqliteDatabase } from '../storage/sqliteDb';
import type { CallbackDetails, CallbackRequest, CallbackStatus, CallbackStore, PreferredTime } from './types';
import { validateDetails } from './validate';

/** A `callbacks` row as SQLite returns it (also read by the SQLite → Azure migration). */
export interface CallbackRow {
  id: string;
  status: CallbackStatus;
  created_ms: number;
  updated_ms: number;
  name: string;
  phone: string;
  preferred_time: PreferredTime;
  preferred_date: string;
  reason: string | null;
  channel_id: string | null;
  attempts: number;
  next_attempt_ms: number | null;
  last_error: string | null;
}

export const CALLBACK_COLUMNS =
  'id, status, created_ms, updated_ms, name, phone, preferred_time, preferred_date, reason, channel_id, attempts, next_attempt_ms, last_error';

const iso = (ms: number) => new Date(ms).toISOString();

export function callbackFromRow(r: CallbackRow): CallbackRequest {
  const req: CallbackRequest = {
    id: r.id,
    createdAt: iso(r.created_ms),
    updatedAt: iso(r.updated_ms),
    status: r.status,
    name: r.name,
    phone: r.phone,
    preferredTime: r.preferred_time,
    preferredDate: r.preferred_date,
    consent: true,
    attempts: r.attempts,
  };
  if (r.reason !== null) req.reason = r.reason;
  if (r.channel_id !== null) req.channelId = r.channel_id;
  if (r.next_attempt_ms !== null) req.nextAttemptAt = iso(r.next_attempt_ms);
  if (r.last_error !== null) req.lastError = r.last_error;
  return req;
}

export const MAX_LIST_LIMIT = 500;

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
    try {
      // Retried off the event loop while locked; refused when the file on disk is not the one open.
      await durableWrite(this.db, () => this.insert(id, ms, d));
    } finally {
      this.db.pragma(`synchronous = ${Number(previous)}`);
    }
    return (await this.get(id))!;
  }

  private insert(id: string, ms: number, d: CallbackDetails): void {
    this.db
      .prepare(
        `INSERT INTO callbacks (id, status, created_ms, updated_ms, name, phone, preferred_time, preferred_date,
           reason, channel_id, consent, attempts, next_attempt_ms)
         VALUES (?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, ?)`,
      )
      .run(id, ms, ms, d.name, d.phone, d.preferredTime, d.preferredDate, d.reason ?? null, d.channelId ?? null, ms);
  }

  async get(id: string): Promise<CallbackRequest | undefined> {
    const row = this.db.prepare<[string], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE id = ?`).get(id);
    return row ? callbackFromRow(row) : undefined;
  }

  async list(filter: { status?: CallbackStatus; limit?: number } = {}): Promise<CallbackRequest[]> {
    const limit = Math.max(1, Math.min(MAX_LIST_LIMIT, Math.floor(filter.limit ?? 100)));
    // seq breaks ties between requests created in the same millisecond: newest really first.
    const rows = filter.status
      ? this.db
          .prepare<[string, number], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks WHERE status = ? ORDER BY created_ms DESC, seq DESC LIMIT ?`)
          .all(filter.status, limit)
      : this.db.prepare<[number], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks ORDER BY created_ms DESC, seq DESC LIMIT ?`).all(limit);
    return rows.map(callbackFromRow);
  }

  async markDone(id: string, now: Date): Promise<CallbackRequest | undefined> {
    // Done wins over delivery: a request staff already handled needs no notification.
    this.db
      .prepare(
        `UPDATE callbacks SET status = 'done', updated_ms = ?, next_attempt_ms = NULL, lease_owner = NULL, lease_until_ms = NULL
         WHERE id = ? AND status <> 'done'`,
      )
      .run(now.getTime(), id);
    return this.get(id);
  }

  async claimDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<CallbackRequest[]> {
    const ms = now.getTime();
    const claim = this.db.transaction(() => {
      const rows = this.db
        .prepare<[number, number, number], CallbackRow>(
          `SELECT ${CALLBACK_COLUMNS} FROM callbacks
           WHERE status = 'new' AND (next_attempt_ms IS NULL OR next_attempt_ms <= ?)
             AND (lease_until_ms IS NULL OR lease_until_ms <= ?)
           ORDER BY created_ms, seq LIMIT ?`,
        )
        .all(ms, ms, Math.max(0, Math.floor(limit)));
      const take = this.db.prepare<[string, number, string]>('UPDATE callbacks SET lease_owner = ?, lease_until_ms = ? WHERE id = ?');
      for (const r of rows) take.run(owner, ms + leaseMs, r.id);
      return rows;
    });
    // IMMEDIATE: the select and the lease update happen under one write lock, so a second
    // process cannot claim the same rows in between.
    return claim.immediate().map(callbackFromRow);
  }

  async markNotified(id: string, _owner: string, now: Date): Promise<void> {
    // A delivery that happened is a fact whoever held the lease; only 'new' moves to 'notified'.
    this.db
      .prepare(
        `UPDATE callbacks SET status = 'notified', updated_ms = ?, attempts = attempts + 1, next_attempt_ms = NULL,
           last_error = NULL, lease_owner = NULL, lease_until_ms = NULL
         WHERE id = ? AND status = 'new'`,
      )
      .run(now.getTime(), id);
  }

  async markFailed(id: string, owner: string, error: string, nextAttemptAt: Date, now: Date): Promise<void> {
    // Only the lease holder reschedules; a lost lease means another outbox owns the request now.
    this.db
      .prepare(
        `UPDATE callbacks SET attempts = attempts + 1, last_error = ?, next_attempt_ms = ?, updated_ms = ?,
           lease_owner = NULL, lease_until_ms = NULL
         WHERE id = ? AND status = 'new' AND lease_owner = ?`,
      )
      .run(error.slice(0, 500), nextAttemptAt.getTime(), now.getTime(), id, owner);
  }

  async purgeDone(before: Date): Promise<number> {
    return this.db.prepare<[number]>(`DELETE FROM callbacks WHERE status = 'done' AND updated_ms < ?`).run(before.getTime()).changes;
  }

  /** Counts by status, for the start-up log and health checks (no personal data). */
  async counts(): Promise<Record<CallbackStatus, number>> {
    const out: Record<CallbackStatus, number> = { new: 0, notified: 0, done: 0 };
    for (const r of this.db.prepare<[], { status: CallbackStatus; n: number }>('SELECT status, COUNT(*) AS n FROM callbacks GROUP BY status').all()) {
      out[r.status] = r.n;
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }
}
