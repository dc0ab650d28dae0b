// Callback requests and their outbox bookkeeping in one Azure Table, shared by every bot instance.
//
// Guarantees, same as the SQLite store:
// - create() resolves only after the service acknowledged the insert (Table writes are durable on ack);
// - claimDue() takes a lease with an eTag-conditional Replace: if another instance changed the row
//   first the service answers 412 and this instance skips the row, so two outboxes never hold the
//   same request at once;
// - list() is newest first; purgeDone() removes finished requests past retention.
//
// Layout: one partition (a clinic's volume is small, and one partition keeps every query a single
// range), RowKey = request id. `dueAt` folds "next attempt" and "lease expiry" into one string so
// "what can be claimed now" is a single filter: status eq 'new' and dueAt le now.
import { randomUUID } from 'node:crypto';
import { odata, TableClient, type TableEntityResult } from '@azure/data-tables';
import type { CallbackDetails, CallbackRequest, CallbackStatus, CallbackStore, PreferredTime } from './types';
import { validateDetails } from './validate';

export const CALLBACK_PARTITION = 'callback';
/** Same cap as the SQLite store, so staff tools behave alike on both. */
const MAX_LIST_LIMIT = 500;

/** What one row holds. Optional request fields are simply absent (Replace writes drop them). */
export interface CallbackEntity {
  partitionKey: string;
  rowKey: string;
  name: string;
  phone: string;
  preferredTime: string;
  preferredDate: string;
  reason?: string;
  channelId?: string;
  consent: boolean;
  createdAt: string;
  updatedAt: string;
  status: string;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  leaseOwner?: string;
  leaseUntil?: string;
  /** ISO instant from which the row may be claimed ('' = never: notified or done). */
  dueAt: string;
  /** Newest-first tie-breaker for rows created in the same millisecond by this process. */
  seq: string;
}

export interface AzureTableCallbackStoreOptions {
  connectionString: string;
  tableName: string;
  /** Retries of a read-modify-write that lost an eTag race (markDone etc.), not of claims. */
  maxConflictRetries?: number;
}

/** Azure rejects these in keys; an id containing one cannot exist, so lookups answer "not found". */
const VALID_KEY = /^[^/\\#?\u0000-\u001f\u007f-\u009f]{1,512}$/;

let seqCounter = 0;
function nextSeq(now: Date): string {
  seqCounter = (seqCounter + 1) % 1e9;
  return `${String(now.getTime()).padStart(15, '0')}-${String(seqCounter).padStart(9, '0')}`;
}

function statusCode(err: unknown): number | undefined {
  const s = (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

/** Table service clients refuse plain http unless told; only emulators (Azurite) serve http. */
export function tableClientFor(connectionString: string, tableName: string): TableClient {
  const endpoint = /TableEndpoint=([^;]+)/i.exec(connectionString)?.[1] ?? '';
  const insecure =
    endpoint.startsWith('http://') ||
    /UseDevelopmentStorage=true/i.test(connectionString) ||
    (endpoint === '' && /DefaultEndpointsProtocol=http(;|$)/i.test(connectionString));
  return TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection: insecure });
}

export function entityToRequest(e: CallbackEntity): CallbackRequest {
  const r: CallbackRequest = {
    id: e.rowKey,
    name: e.name,
    phone: e.phone,
    preferredTime: e.preferredTime as PreferredTime,
    preferredDate: e.preferredDate,
    consent: true,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    status: e.status as CallbackStatus,
    attempts: e.attempts,
  };
  if (e.reason !== undefined && e.reason !== '') r.reason = e.reason;
  if (e.channelId !== undefined && e.channelId !== '') r.channelId = e.channelId;
  if (e.nextAttemptAt !== undefined && e.nextAttemptAt !== '') r.nextAttemptAt = e.nextAttemptAt;
  if (e.lastError !== undefined && e.lastError !== '') r.lastError = e.lastError;
  return r;
}

/** The row for a request (used by create and by the SQLite → Azure migration). */
export function requestToEntity(r: CallbackRequest, seq: string): CallbackEntity {
  const e: CallbackEntity = {
    partitionKey: CALLBACK_PARTITION,
    rowKey: r.id,
    name: r.name,
    phone: r.phone,
    preferredTime: r.preferredTime,
    preferredDate: r.preferredDate,
    consent: true,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    status: r.status,
    attempts: r.attempts,
    dueAt: r.status === 'new' ? (r.nextAttemptAt ?? r.createdAt) : '',
    seq,
  };
  if (r.reason !== undefined) e.reason = r.reason;
  if (r.channelId !== undefined) e.channelId = r.channelId;
  if (r.nextAttemptAt !== undefined) e.nextAttemptAt = r.nextAttemptAt;
  if (r.lastError !== undefined) e.lastError = r.lastError;
  return e;
}

/** Strips service metadata (etag, timestamp, odata.*) so a row can be written back with Replace. */
function plainEntity(row: TableEntityResult<CallbackEntity>): CallbackEntity {
  const e: CallbackEntity = {
    partitionKey: row.partitionKey,
    rowKey: row.rowKey,
    name: row.name,
    phone: row.phone,
    preferredTime: row.preferredTime,
    preferredDate: row.preferredDate,
    consent: row.consent,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    status: row.status,
    attempts: Number(row.attempts),
    dueAt: row.dueAt ?? '',
    seq: row.seq ?? row.createdAt,
  };
  for (const k of ['reason', 'channelId', 'nextAttemptAt', 'lastError', 'leaseOwner', 'leaseUntil'] as const) {
    const v = row[k];
    if (typeof v === 'string' && v !== '') e[k] = v;
  }
  return e;
}

function newestFirst(a: CallbackEntity, b: CallbackEntity): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.seq < b.seq ? 1 : a.seq > b.seq ? -1 : 0;
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
    const iso = now.toISOString();
    const request: CallbackRequest = {
      ...validateDetails(details),
      id: randomUUID(),
      createdAt: iso,
      updatedAt: iso,
      status: 'new',
      attempts: 0,
      // Due at once, as in the SQLite store.
      nextAttemptAt: iso,
    };
    const entity = requestToEntity(request, nextSeq(now));
    await this.client.createEntity(entity);
    return entityToRequest(entity);
  }

  /** Inserts a complete request as-is (migration); an existing id is left untouched. */
  async importRequest(request: CallbackRequest): Promise<'created' | 'exists'> {
    try {
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
    const rows = await this.query(
      filter.status
        ? odata`PartitionKey eq ${CALLBACK_PARTITION} and status eq ${filter.status}`
        : odata`PartitionKey eq ${CALLBACK_PARTITION}`,
    );
    // The service orders by RowKey (random ids), so newest-first is done here.
    const limit = Math.max(1, Math.min(MAX_LIST_LIMIT, Math.floor(filter.limit ?? 100)));
    return rows.map((r) => r.entity).sort(newestFirst).slice(0, limit).map(entityToRequest);
  }

  async markDone(id: string, now: Date): Promise<CallbackRequest | undefined> {
    const updated = await this.mutate(id, (e) => {
      if (e.status === 'done') return null; // already done: keep its original finish time
      // Done wins over delivery: a request staff already handled needs no notification.
      e.status = 'done';
      e.updatedAt = now.toISOString();
      e.dueAt = '';
      delete e.nextAttemptAt;
      delete e.leaseOwner;
      delete e.leaseUntil;
      return e;
    });
    return updated ? entityToRequest(updated) : undefined;
  }

  async claimDue(now: Date, limit: number, leaseMs: number, owner: string): Promise<CallbackRequest[]> {
    const max = Math.max(0, Math.floor(limit));
    if (max === 0) return [];
    const nowIso = now.toISOString();
    const candidates = await this.query(
      odata`PartitionKey eq ${CALLBACK_PARTITION} and status eq ${'new'} and dueAt ne ${''} and dueAt le ${nowIso}`,
    );
    // Oldest first, so a backlog drains in the order patients asked.
    candidates.sort((a, b) => -newestFirst(a.entity, b.entity));
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const claimed: CallbackRequest[] = [];
    for (const { entity, etag } of candidates) {
      if (claimed.length >= max) break;
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

  async markNotified(id: string, _owner: string, now: Date): Promise<void> {
    await this.mutate(id, (e) => {
      // A delivery that happened is a fact whoever holds the lease now; only 'new' moves on.
      if (e.status !== 'new') return null;
      e.status = 'notified';
      e.attempts += 1;
      e.updatedAt = now.toISOString();
      e.dueAt = '';
      delete e.nextAttemptAt;
      delete e.leaseOwner;
      delete e.leaseUntil;
      delete e.lastError;
      return e;
    });
  }

  async markFailed(id: string, owner: string, error: string, nextAttemptAt: Date, now: Date): Promise<void> {
    await this.mutate(id, (e) => {
      // Only the lease holder reschedules; a lost lease means another outbox owns the request now.
      if (e.status !== 'new' || e.leaseOwner !== owner) return null;
      const next = nextAttemptAt.toISOString();
      e.attempts += 1;
      e.lastError = error.slice(0, 500);
      e.nextAttemptAt = next;
      e.dueAt = next;
      e.updatedAt = now.toISOString();
      delete e.leaseOwner;
      delete e.leaseUntil;
      return e;
    });
  }

  async purgeDone(before: Date): Promise<number> {
    const rows = await this.query(
      odata`PartitionKey eq ${CALLBACK_PARTITION} and status eq ${'done'} and updatedAt lt ${before.toISOString()}`,
    );
    let purged = 0;
    for (const { entity, etag } of rows) {
      try {
        // Conditional: a row changed since the query (reopened, say) is not ours to delete.
        await this.client.deleteEntity(entity.partitionKey, entity.rowKey, { etag });
        purged += 1;
      } catch (err) {
        if (statusCode(err) === 404 || statusCode(err) === 412) continue;
        throw err;
      }
    }
    return purged;
  }

  /** Cheap round trip that proves the table is reachable and authorised. */
  async healthy(timeoutMs = 3000): Promise<boolean> {
    try {
      const pages = this.client
        .listEntities({ queryOptions: { filter: odata`PartitionKey eq ${CALLBACK_PARTITION}`, select: ['RowKey'] }, abortSignal: AbortSignal.timeout(timeoutMs) })
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
  private async mutate(id: string, change: (e: CallbackEntity) => CallbackEntity | null): Promise<CallbackEntity | undefined> {
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
