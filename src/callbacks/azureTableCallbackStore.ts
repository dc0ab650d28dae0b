// Callback requests and their outbox bookkeeping in one Azure Table, shared by every bot instance.
//
// Guarantees, same as the SQLite store:
// - create() resolves only after the service acknowledged the insert (Table writes are durable on ack);
// - claimDue() takes a lease with an eTag-conditional Replace: if another instance changed the row
//   first the service answers 412 and this instance skips the row, so two outboxes never hold the
//   same request at once;
// - list() is newest first; page() is the staff queue (sorted and paged here: a clinic's volume is
//   small); redactBefore() removes personal data past retention;
// - create() with an idempotency key already used returns that request: a marker row per key
//   (partition 'callback-key') is inserted first, and only its winner creates the request.
//
// Layout: one partition (a clinic's volume is small, and one partition keeps every query a single
// range), RowKey = request id. `dueAt` folds "next attempt" and "lease expiry" into one string so
// "what can be claimed now" is a single filter: an open status and dueAt le now (dueAt is '' for a
// request that owes staff nothing: see owesNotification).
//
// Rows written before handling and delivery were separated are read as they were meant (see
// azureTableRows.ts) and rewritten in the new form at their next change.
import { randomUUID } from 'node:crypto';
import { CALLBACK_LIST_LIMITS, DELIVERY_ERROR_MAX_CHARS } from '../limits';
import { odata, type TableClient } from '@azure/data-tables';
import {
  CALLBACK_KEY_PARTITION,
  CALLBACK_PARTITION,
  type CallbackEntity,
  deliveryOf,
  entityToRequest,
  newestFirst,
  nextSeq,
  plainEntity,
  requestToEntity,
  statusCode,
  statusOf,
  tableClientFor,
  VALID_KEY,
} from './azureTableRows';
import {
  applyHandling,
  applyReschedule,
  canTransition,
  clampLimit,
  compareQueue,
  decodeCursor,
  encodeCursor,
  matchesSearch,
  parseSearch,
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
  HandleResult,
  HandlingAction,
  RescheduleResult,
} from './types';
import { OPEN_STATUSES } from './types';
import { validateDetails, validateTime } from './validate';

// Tests and tools build a client for the same table through the store's module.
export { tableClientFor } from './azureTableRows';

export interface AzureTableCallbackStoreOptions {
  connectionString: string;
  tableName: string;
  /** Retries of a read-modify-write that lost an eTag race (markDone etc.), not of claims. */
  maxConflictRetries?: number;
}

export class AzureTableCallbackStore implements CallbackStore {
  private readonly client: TableClient;
  private readonly maxConflictRetries: number;

  private constructor(client: TableClient, maxConflictRetries: number) {
    this.client = client;
    this.maxConflictRetries = maxConflictRetries;
  }

  /** Creates the table if missing (idempotent), so a fresh storage account needs no manual step. */
  static async open(opts: AzureTableCallbackStoreOptions): Promise<AzureTableCallbackStore> {
    const client = tableClientFor(opts.connectionString, opts.tableName);
    await client.createTable();
    return new AzureTableCallbackStore(client, opts.maxConflictRetries ?? 8);
  }

  async create(details: CallbackDetails, now: Date): Promise<CallbackRequest> {
    const valid = validateDetails(details);
    let id: string = randomUUID();
    if (valid.idempotencyKey !== undefined) {
      const claimed = await this.claimKey(valid.idempotencyKey, id);
      if (claimed !== id) {
        // The same draft sent again (a resend after a crash): the request it already made, or,
        // when that process died between the marker and the request, the request under that id.
        const existing = await this.get(claimed);
        if (existing) return existing;
        id = claimed;
      }
    }
    const iso = now.toISOString();
    const request: CallbackRequest = {
      ...valid,
      id,
      createdAt: iso,
      updatedAt: iso,
      status: 'new',
      delivery: 'pending',
      attempts: 0,
      reachAttempts: 0,
      history: [],
      // Due at once, as in the SQLite store.
      nextAttemptAt: iso,
    };
    const entity = requestToEntity(request, nextSeq(now));
    try {
      await this.client.createEntity(entity);
    } catch (err) {
      // Two resends racing after a crash: the other one stored it.
      if (statusCode(err) === 409 && valid.idempotencyKey !== undefined) {
        const existing = await this.get(id);
        if (existing) return existing;
      }
      throw err;
    }
    return entityToRequest(entity);
  }

  /** The request id this idempotency key belongs to: `id` when this call is the first to use it. */
  private async claimKey(key: string, id: string): Promise<string> {
    try {
      await this.client.createEntity({ partitionKey: CALLBACK_KEY_PARTITION, rowKey: key, requestId: id });
      return id;
    } catch (err) {
      if (statusCode(err) !== 409) throw err;
      const marker = await this.client.getEntity<{ requestId: string }>(CALLBACK_KEY_PARTITION, key);
      return String(marker.requestId);
    }
  }

  /** Inserts a complete request as-is (migration); an existing id is left untouched. */
  async importRequest(request: CallbackRequest): Promise<'created' | 'exists'> {
    try {
      // A key already taken by another request (cannot happen from one SQLite file) keeps its owner.
      if (
        request.idempotencyKey !== undefined &&
        (await this.claimKey(request.idempotencyKey, request.id)) !== request.id
      )
        return 'exists';
      await this.client.createEntity(requestToEntity(request, nextSeq(new Date(request.createdAt))));
      return 'created';
    } catch (err) {
      if (statusCode(err) === 409) return 'exists';
      throw err;
    }
  }

  async get(id: string): Promise<CallbackRequest | undefined> {
    const row = await this.read(id);
    return row ? entityToRequest(row.entity) : undefined;
  }

  async list(filter: { status?: CallbackStatus; limit?: number } = {}): Promise<CallbackRequest[]> {
    // Filtered here, not in the query: old rows say 'notified' for what is now 'new'.
    const rows = (await this.all()).filter((e) => !filter.status || entityToRequest(e).status === filter.status);
    // The service orders by RowKey (random ids), so newest-first is done here.
    const limit = Math.max(
      1,
      Math.min(CALLBACK_LIST_LIMITS.max, Math.floor(filter.limit ?? CALLBACK_LIST_LIMITS.defaultList)),
    );
    return rows.sort(newestFirst).slice(0, limit).map(entityToRequest);
  }

  async page(query: CallbackQuery): Promise<CallbackPage> {
    const sort = query.sort ?? 'newest';
    const limit = clampLimit(query.limit);
    const after = query.cursor !== undefined ? decodeCursor(query.cursor, sort) : undefined;
    const search = parseSearch(query.q);
    const keyed = (await this.all())
      .map((e) => {
        const r = entityToRequest(e);
        return { r, key: queueKey(r, e.seq) };
      })
      .filter(({ r }) =>
        query.status === 'open'
          ? OPEN_STATUSES.includes(r.status)
          : query.status === undefined || r.status === query.status,
      )
      .filter(({ r }) => !search || matchesSearch(r, search))
      .filter(({ key }) => !after || compareQueue(key, after, sort) > 0)
      .sort((a, b) => compareQueue(a.key, b.key, sort));
    const shown = keyed.slice(0, limit);
    const items = shown.map((x) => x.r);
    return keyed.length > limit ? { items, nextCursor: encodeCursor(shown.at(-1)!.key, sort) } : { items };
  }

  async counts(): Promise<CallbackCounts> {
    const out: CallbackCounts = { new: 0, called: 0, unreachable: 0, done: 0 };
    for (const e of await this.all()) out[statusOf(e.status)] += 1;
    return out;
  }

  async handle(id: string, action: HandlingAction, by: string, now: Date): Promise<HandleResult> {
    let conflict = false;
    const updated = await this.mutate(id, (e) => {
      const current = entityToRequest(e);
      conflict = !canTransition(current.status, action);
      if (conflict) return null;
      // Handled by a person (every action leaves 'new'): a notification still waiting to go out,
      // the request or a change of time, is no longer needed (no next attempt, so dueAt ''; no lease).
      const { nextAttemptAt: _n, ...handled } = applyHandling(current, action, by, now);
      return requestToEntity(handled, e.seq);
    });
    if (!updated) return { ok: false, reason: 'not-found' };
    const request = entityToRequest(updated);
    return conflict ? { ok: false, reason: 'conflict', request } : { ok: true, request };
  }

  async reschedule(id: string, time: CallbackTime, now: Date): Promise<RescheduleResult> {
    const t = validateTime(time);
    let outcome = 'changed' as 'conflict' | 'same' | 'changed';
    // eTag-guarded like handle(): a staff change or an outbox claim in between makes this re-read
    // and decide again (a request called meanwhile is refused, not moved).
    const updated = await this.mutate(id, (e) => {
      const applied = applyReschedule(entityToRequest(e), t, now);
      outcome = applied === 'conflict' ? 'conflict' : applied.changed ? 'changed' : 'same';
      // A real change is due again at once (dueAt = now) with no lease: a delivery in flight
      // carries the old time, and its markNotified leaves this one pending.
      return applied === 'conflict' || !applied.changed ? null : requestToEntity(applied.request, e.seq);
    });
    if (!updated) return { ok: false, reason: 'not-found' };
    const request = entityToRequest(updated);
    if (outcome === 'conflict') return { ok: false, reason: 'conflict', request };
    return { ok: true, request, changed: outcome === 'changed' };
  }

  async markDone(id: string, now: Date, by = 'API'): Promise<CallbackRequest | undefined> {
    const result = await this.handle(id, 'done', by, now);
    return result.ok || result.reason === 'conflict' ? result.request : undefined;
  }

  async claimDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<CallbackRequest[]> {
    const max = Math.max(0, Math.floor(limit));
    if (max === 0) return [];
    const nowIso = now.toISOString();
    // dueAt is '' for whatever owes staff nothing (see owesNotification): 'unreachable' rows are due
    // only after the patient changed the time.
    const candidates = await this.query(
      odata`PartitionKey eq ${CALLBACK_PARTITION} and (status eq ${'new'} or status eq ${'unreachable'}) and dueAt ne ${''} and dueAt le ${nowIso}`,
    );
    // Oldest first, so a backlog drains in the order patients asked.
    candidates.sort((a, b) => -newestFirst(a.entity, b.entity));
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const claimed: CallbackRequest[] = [];
    for (const { entity, etag } of candidates) {
      if (claimed.length >= max) break;
      if (deliveryOf(entity) === 'delivered' || entity.redactedAt) continue;
      const next: CallbackEntity = { ...entity, leaseOwner: owner, leaseUntil, dueAt: leaseUntil };
      try {
        await this.client.updateEntity(next, 'Replace', { etag });
        claimed.push(entityToRequest(next));
      } catch (err) {
        // 412: another instance claimed (or changed) it between our query and this write; 404: purged.
        if (statusCode(err) === 412 || statusCode(err) === 404) continue;
        throw err;
      }
    }
    return claimed;
  }

  async markNotified(id: string, _owner: string, _now: Date, sent?: { timeChangedAt?: string }): Promise<void> {
    await this.mutate(id, (e) => {
      // A delivery that happened is a fact whoever holds the lease now. Handling is untouched.
      const r = entityToRequest(e);
      if (r.delivery === 'delivered') return null;
      // The patient changed the time after this notification was built: that change is still owed.
      if (sent && (r.timeChange?.at ?? '') !== (sent.timeChangedAt ?? '')) return null;
      const { nextAttemptAt: _n, lastError: _l, ...rest } = r;
      return requestToEntity({ ...rest, delivery: 'delivered', attempts: r.attempts + 1 }, e.seq);
    });
  }

  async markFailed(id: string, owner: string, error: string, nextAttemptAt: Date, _now: Date): Promise<void> {
    await this.mutate(id, (e) => {
      // Only the lease holder reschedules; a lost lease means another outbox owns the request now.
      const r = entityToRequest(e);
      if (r.delivery === 'delivered' || e.leaseOwner !== owner) return null;
      return requestToEntity(
        {
          ...r,
          delivery: 'failed',
          attempts: r.attempts + 1,
          lastError: error.slice(0, DELIVERY_ERROR_MAX_CHARS),
          nextAttemptAt: nextAttemptAt.toISOString(),
        },
        e.seq,
      );
    });
  }

  async redactBefore(before: Date, now: Date): Promise<number> {
    const rows = await this.query(
      odata`PartitionKey eq ${CALLBACK_PARTITION} and createdAt lt ${before.toISOString()}`,
    );
    let redacted = 0;
    for (const { entity } of rows) {
      if (entity.redactedAt) continue;
      let changed = false;
      await this.mutate(entity.rowKey, (e) => {
        changed = !e.redactedAt;
        if (!changed) return null;
        // Names, numbers and the patient's own words go; the reference, dates and statuses stay.
        const { reason: _r, preferredTimeText: _t, nextAttemptAt: _n, ...rest } = entityToRequest(e);
        return requestToEntity({ ...rest, name: '', phone: '', redactedAt: now.toISOString() }, e.seq);
      });
      if (changed) redacted += 1;
    }
    return redacted;
  }

  /** Every request row (the partition is small: a clinic's requests). */
  private async all(): Promise<CallbackEntity[]> {
    return (await this.query(odata`PartitionKey eq ${CALLBACK_PARTITION}`)).map((r) => r.entity);
  }

  /** Cheap round trip that proves the table is reachable and authorised. */
  async healthy(timeoutMs = 3000): Promise<boolean> {
    try {
      const pages = this.client
        .listEntities({
          queryOptions: { filter: odata`PartitionKey eq ${CALLBACK_PARTITION}`, select: ['RowKey'] },
          abortSignal: AbortSignal.timeout(timeoutMs),
        })
        .byPage({ maxPageSize: 1 });
      await pages.next();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    // The SDK keeps no open handles beyond pooled keep-alive sockets; nothing to release.
  }

  private async read(id: string): Promise<{ entity: CallbackEntity; etag: string } | undefined> {
    if (!VALID_KEY.test(id)) return undefined;
    try {
      const row = await this.client.getEntity<CallbackEntity>(CALLBACK_PARTITION, id);
      return { entity: plainEntity(row), etag: row.etag };
    } catch (err) {
      if (statusCode(err) === 404) return undefined;
      throw err;
    }
  }

  private async query(filter: string): Promise<Array<{ entity: CallbackEntity; etag: string }>> {
    const out: Array<{ entity: CallbackEntity; etag: string }> = [];
    for await (const row of this.client.listEntities<CallbackEntity>({ queryOptions: { filter } })) {
      out.push({ entity: plainEntity(row), etag: row.etag });
    }
    return out;
  }

  /**
   * Read-modify-write guarded by the row's eTag, retried when another instance wrote in between.
   * `change` returns null for "nothing to do". Returns the row as it now stands (undefined: no row).
   */
  private async mutate(
    id: string,
    change: (e: CallbackEntity) => CallbackEntity | null,
  ): Promise<CallbackEntity | undefined> {
    for (let attempt = 0; ; attempt++) {
      const row = await this.read(id);
      if (!row) return undefined;
      const next = change({ ...row.entity });
      if (next === null) return row.entity;
      try {
        await this.client.updateEntity(next, 'Replace', { etag: row.etag });
        return next;
      } catch (err) {
        if (statusCode(err) === 404) return undefined;
        if (statusCode(err) !== 412 || attempt >= this.maxConflictRetries) throw err;
      }
    }
  }
}
