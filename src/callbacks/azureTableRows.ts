// One callback request as one Azure Table row, and back: the mapping, the derived fields (dueAt, seq)
// and how rows written before handling and delivery were separated are read (status 'notified' is
// 'new' with delivery 'delivered'; a missing delivery is inferred from the attempts).
import { TableClient, type TableEntityResult } from '@azure/data-tables';
import { owesNotification, parseHistory, parseTimeChange } from './handling';
import type { CallbackRequest, CallbackStatus, DeliveryStatus, PreferredTime } from './types';

export const CALLBACK_PARTITION = 'callback';
/** Idempotency markers: RowKey = key, requestId = the request that key made. */
export const CALLBACK_KEY_PARTITION = 'callback-key';

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
  preferredAt?: string;
  preferredTimeText?: string;
  urgent?: boolean;
  language?: string;
  idempotencyKey?: string;
  createdAt: string;
  updatedAt: string;
  /** Handling status; rows from before the split may still say 'notified'. */
  status: string;
  /** Absent on rows from before the split. */
  delivery?: string;
  reachAttempts?: number;
  /** JSON array of handling changes. */
  history?: string;
  redactedAt?: string;
  /** JSON of the patient's latest change of time (TimeChange). */
  timeChange?: string;
  attempts: number;
  nextAttemptAt?: string;
  lastError?: string;
  leaseOwner?: string;
  leaseUntil?: string;
  /** ISO instant from which the row may be claimed ('' = never: delivered, handled or redacted). */
  dueAt: string;
  /** Newest-first tie-breaker for rows created in the same millisecond by this process. */
  seq: string;
}

/** Azure rejects these in keys; an id containing one cannot exist, so lookups answer "not found". */
// eslint-disable-next-line no-control-regex -- control characters are exactly what Azure refuses
export const VALID_KEY = /^[^/\\#?\u0000-\u001f\u007f-\u009f]{1,512}$/;

let seqCounter = 0;
export function nextSeq(now: Date): string {
  seqCounter = (seqCounter + 1) % 1e9;
  return `${String(now.getTime()).padStart(15, '0')}-${String(seqCounter).padStart(9, '0')}`;
}

export function statusCode(err: unknown): number | undefined {
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

/** Delivery for rows written before it had its own field. */
export function deliveryOf(e: Pick<CallbackEntity, 'status' | 'delivery' | 'attempts' | 'lastError'>): DeliveryStatus {
  if (e.delivery === 'pending' || e.delivery === 'delivered' || e.delivery === 'failed') return e.delivery;
  if (e.status === 'notified') return 'delivered';
  if (e.lastError !== undefined && e.lastError !== '') return 'failed';
  return Number(e.attempts) > 0 ? 'delivered' : 'pending';
}

export function statusOf(raw: string): CallbackStatus {
  if (raw === 'notified') return 'new';
  return raw === 'called' || raw === 'unreachable' || raw === 'done' ? raw : 'new';
}

export function entityToRequest(e: CallbackEntity): CallbackRequest {
  const r: CallbackRequest = {
    id: e.rowKey,
    name: e.name ?? '',
    phone: e.phone ?? '',
    preferredTime: e.preferredTime as PreferredTime,
    preferredDate: e.preferredDate,
    consent: true,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    status: statusOf(e.status),
    delivery: deliveryOf(e),
    attempts: Number(e.attempts),
    reachAttempts: Number(e.reachAttempts ?? 0),
    history: parseHistory(e.history),
  };
  const text = (v: unknown) => typeof v === 'string' && v !== '';
  if (text(e.reason)) r.reason = e.reason;
  if (text(e.channelId)) r.channelId = e.channelId;
  if (text(e.preferredAt)) r.preferredAt = e.preferredAt;
  if (text(e.preferredTimeText)) r.preferredTimeText = e.preferredTimeText;
  if (e.urgent === true) r.urgent = true;
  if (e.language === 'en' || e.language === 'es') r.language = e.language;
  if (text(e.idempotencyKey)) r.idempotencyKey = e.idempotencyKey;
  if (text(e.nextAttemptAt)) r.nextAttemptAt = e.nextAttemptAt;
  if (text(e.lastError)) r.lastError = e.lastError;
  if (text(e.redactedAt)) r.redactedAt = e.redactedAt;
  const timeChange = parseTimeChange(e.timeChange);
  if (timeChange) r.timeChange = timeChange;
  return r;
}

/** When the outbox may next claim this request ('' = never). */
function dueAtOf(r: CallbackRequest): string {
  if (!owesNotification(r)) return '';
  return r.nextAttemptAt ?? r.createdAt;
}

/** The row for a request (used by create, every change and the SQLite → Azure migration). */
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
    delivery: r.delivery,
    reachAttempts: r.reachAttempts,
    history: JSON.stringify(r.history),
    attempts: r.attempts,
    dueAt: dueAtOf(r),
    seq,
  };
  if (r.reason !== undefined) e.reason = r.reason;
  if (r.channelId !== undefined) e.channelId = r.channelId;
  if (r.preferredAt !== undefined) e.preferredAt = r.preferredAt;
  if (r.preferredTimeText !== undefined) e.preferredTimeText = r.preferredTimeText;
  if (r.urgent) e.urgent = true;
  if (r.language !== undefined) e.language = r.language;
  if (r.idempotencyKey !== undefined) e.idempotencyKey = r.idempotencyKey;
  if (r.nextAttemptAt !== undefined) e.nextAttemptAt = r.nextAttemptAt;
  if (r.lastError !== undefined) e.lastError = r.lastError;
  if (r.redactedAt !== undefined) e.redactedAt = r.redactedAt;
  if (r.timeChange !== undefined) e.timeChange = JSON.stringify(r.timeChange);
  return e;
}

/** Strips service metadata (etag, timestamp, odata.*) so a row can be written back with Replace. */
export function plainEntity(row: TableEntityResult<CallbackEntity>): CallbackEntity {
  const e: CallbackEntity = {
    partitionKey: row.partitionKey,
    rowKey: row.rowKey,
    name: row.name ?? '',
    phone: row.phone ?? '',
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
  for (const k of [
    'reason',
    'channelId',
    'nextAttemptAt',
    'lastError',
    'leaseOwner',
    'leaseUntil',
    'preferredAt',
    'preferredTimeText',
    'language',
    'idempotencyKey',
    'delivery',
    'history',
    'redactedAt',
    'timeChange',
  ] as const) {
    const v = row[k];
    if (typeof v === 'string' && v !== '') e[k] = v;
  }
  if (row.urgent === true) e.urgent = true;
  if (row.reachAttempts !== undefined) e.reachAttempts = Number(row.reachAttempts);
  return e;
}

export function newestFirst(a: CallbackEntity, b: CallbackEntity): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.seq < b.seq ? 1 : a.seq > b.seq ? -1 : 0;
}
