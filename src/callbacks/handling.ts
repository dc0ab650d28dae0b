// The rules both stores share: which handling changes are allowed, who may be recorded, what a
// search means, and the staff queue's order and cursor. Pure, so SQLite and Azure answer alike.
import type {
  CallbackRequest,
  CallbackSort,
  CallbackStatus,
  CallbackTime,
  HandlingAction,
  HandlingChange,
  TimeChange,
} from './types';
import { OPEN_STATUSES } from './types';
import { CALLBACK_LIST_LIMITS, STAFF_SEARCH_MAX_CHARS } from '../limits';

/** Longest handling history kept per request (a request that needs 50 tries needs a person). */
const MAX_HISTORY = 50;
export const MAX_PAGE_SIZE = CALLBACK_LIST_LIMITS.max;
const DEFAULT_PAGE_SIZE = CALLBACK_LIST_LIMITS.defaultPage;

const NEXT: Record<CallbackStatus, readonly HandlingAction[]> = {
  new: ['called', 'unreachable', 'done'],
  // Another try that fails counts one more attempt; a later try may reach them.
  unreachable: ['called', 'unreachable', 'done'],
  called: ['done'],
  done: [],
};

export function canTransition(from: CallbackStatus, to: HandlingAction): boolean {
  return NEXT[from].includes(to);
}

export const HANDLING_ACTIONS: readonly HandlingAction[] = ['called', 'unreachable', 'done'];

/** "a.b." / "jd" / "Zoë" → "AB" / "JD" / "ZOË"; undefined when not 1–4 letters. */
export function normaliseInitials(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const t = input.normalize('NFC').replace(/[\s.]/g, '').toUpperCase();
  return /^\p{L}{1,4}$/u.test(t) ? t : undefined;
}

/** The short reference a patient is given ("6F1C2A4E"): the id's first 8 characters. */
export function referenceOf(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** The request after a handling change (the caller has checked canTransition). */
export function applyHandling(r: CallbackRequest, action: HandlingAction, by: string, now: Date): CallbackRequest {
  const change: HandlingChange = { status: action, by, at: now.toISOString() };
  return {
    ...r,
    status: action,
    updatedAt: change.at,
    reachAttempts: r.reachAttempts + (action === 'unreachable' ? 1 : 0),
    history: [...r.history, change].slice(-MAX_HISTORY),
  };
}

/** Same day, part of day and specific time (the patient's wording may differ: "after 5" / "after 5pm"). */
function sameTime(r: CallbackTime, t: CallbackTime): boolean {
  return r.preferredTime === t.preferredTime && r.preferredDate === t.preferredDate && r.preferredAt === t.preferredAt;
}

/**
 * The request with the patient's new time (validated by the caller), or 'conflict' when it can no
 * longer change: staff called or closed it, or it was redacted. The same time again changes
 * nothing (`changed: false`), so a repeated message or a retried write is harmless. A real change
 * is queued for one more staff notification (delivery pending, due now), whether the request is
 * still 'new' or staff could not reach the patient yet: the next try should be at the new time.
 */
export function applyReschedule(
  r: CallbackRequest,
  time: CallbackTime,
  now: Date,
): { request: CallbackRequest; changed: boolean } | 'conflict' {
  if (!OPEN_STATUSES.includes(r.status) || r.redactedAt !== undefined) return 'conflict';
  if (sameTime(r, time)) return { request: r, changed: false };
  const at = now.toISOString();
  const from: TimeChange['from'] = { preferredTime: r.preferredTime, preferredDate: r.preferredDate };
  if (r.preferredAt !== undefined) from.preferredAt = r.preferredAt;
  const { preferredAt: _a, preferredTimeText: _t, lastError: _e, ...rest } = r;
  const next: CallbackRequest = {
    ...rest,
    preferredTime: time.preferredTime,
    preferredDate: time.preferredDate,
    ...(time.preferredAt !== undefined ? { preferredAt: time.preferredAt } : {}),
    ...(time.preferredTimeText !== undefined ? { preferredTimeText: time.preferredTimeText } : {}),
    updatedAt: at,
    timeChange: { by: 'patient', at, from, count: (r.timeChange?.count ?? 0) + 1 },
  };
  next.delivery = 'pending';
  next.nextAttemptAt = at;
  return { request: next, changed: true };
}

/**
 * Whether the outbox owes staff a notification of this request: one still 'new' (the request, or
 * its change of time), or one 'unreachable' whose time the patient changed since the last try
 * (applyReschedule set a next attempt; the next staff try clears it). Never once delivered or redacted.
 */
export function owesNotification(
  r: Pick<CallbackRequest, 'status' | 'delivery' | 'redactedAt' | 'nextAttemptAt'>,
): boolean {
  if (r.delivery === 'delivered' || r.redactedAt !== undefined) return false;
  return r.status === 'new' || (r.status === 'unreachable' && r.nextAttemptAt !== undefined);
}

/** Safe to parse a stored time change; junk reads as none. */
export function parseTimeChange(raw: unknown): TimeChange | undefined {
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    const v = JSON.parse(raw) as Partial<TimeChange> | null;
    if (!v || typeof v.at !== 'string' || !v.from || typeof v.from.preferredDate !== 'string') return undefined;
    return {
      by: 'patient',
      at: v.at,
      from: {
        preferredTime: v.from.preferredTime!,
        preferredDate: v.from.preferredDate,
        ...(typeof v.from.preferredAt === 'string' ? { preferredAt: v.from.preferredAt } : {}),
      },
      count: typeof v.count === 'number' && v.count > 0 ? v.count : 1,
    };
  } catch {
    return undefined;
  }
}

export interface ParsedSearch {
  /** Lower-case start of the id (the reference, or a pasted id). */
  idPrefix?: string;
  /** Digits to find inside the E.164 number. */
  phoneDigits?: string;
  /** Part of the name, as typed. */
  name?: string;
}

/** What a search box entry can mean; a request matches when any part does. */
export function parseSearch(q: string | undefined): ParsedSearch | undefined {
  const t = (q ?? '').trim().slice(0, STAFF_SEARCH_MAX_CHARS);
  if (t === '') return undefined;
  const out: ParsedSearch = {};
  const compact = t.toLowerCase().replace(/\s+/g, '');
  if (/^[0-9a-f][0-9a-f-]{3,35}$/.test(compact)) out.idPrefix = compact;
  const digits = t.replace(/\D/g, '');
  if (/^[\d\s()+.-]+$/.test(t) && digits.length >= 4) out.phoneDigits = digits;
  if (/\p{L}/u.test(t) && t.length >= 2) out.name = t;
  return out;
}

export function matchesSearch(r: CallbackRequest, s: ParsedSearch): boolean {
  if (s.idPrefix && r.id.toLowerCase().startsWith(s.idPrefix)) return true;
  if (s.phoneDigits && r.phone.replace(/\D/g, '').includes(s.phoneDigits)) return true;
  if (s.name && r.name.toLowerCase().includes(s.name.toLowerCase())) return true;
  return false;
}

/** Queue group: 0 to call (new, unreachable), 1 called, 2 done. */
function groupOf(status: CallbackStatus): number {
  return OPEN_STATUSES.includes(status) ? 0 : status === 'called' ? 1 : 2;
}

/** 0 for an urgent request still to call (listed first), else 1. */
function urgentRankOf(r: Pick<CallbackRequest, 'status' | 'urgent'>): number {
  return r.urgent && groupOf(r.status) === 0 ? 0 : 1;
}

/** A position in the queue: group, urgency, creation time, then the store's insertion order. */
export interface QueueKey {
  g: number;
  u: number;
  c: number;
  s: number | string;
}

export function queueKey(r: CallbackRequest, seq: number | string): QueueKey {
  return { g: groupOf(r.status), u: urgentRankOf(r), c: Date.parse(r.createdAt), s: seq };
}

/** Negative when a comes first in the queue. */
export function compareQueue(a: QueueKey, b: QueueKey, sort: CallbackSort): number {
  if (a.g !== b.g) return a.g - b.g;
  if (a.u !== b.u) return a.u - b.u;
  const dir = sort === 'oldest' ? 1 : -1;
  if (a.c !== b.c) return dir * (a.c - b.c);
  if (a.s === b.s) return 0;
  return dir * (a.s < b.s ? -1 : 1);
}

export class CursorError extends Error {
  constructor() {
    super('cursor is not one this server gave out');
    this.name = 'CursorError';
  }
}

/** Opaque cursor: the last item's queue key and the sort it belongs to. */
export function encodeCursor(key: QueueKey, sort: CallbackSort): string {
  return Buffer.from(JSON.stringify([key.g, key.u, key.c, key.s, sort === 'oldest' ? 1 : 0]), 'utf8').toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string, sort: CallbackSort): QueueKey {
  try {
    if (cursor.length > 200) throw new CursorError();
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(v) || v.length !== 5) throw new CursorError();
    const [g, u, c, s, o] = v as unknown[];
    const int = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x);
    if (!int(g) || !int(u) || !int(c) || !(int(s) || typeof s === 'string') || o !== (sort === 'oldest' ? 1 : 0))
      throw new CursorError();
    return { g: g as number, u: u as number, c: c as number, s: s as number | string };
  } catch {
    throw new CursorError();
  }
}

export function clampLimit(limit: number | undefined, def = DEFAULT_PAGE_SIZE): number {
  return Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(limit ?? def)));
}

/** Safe to parse a stored history column/property; junk reads as no history. */
export function parseHistory(raw: unknown): HandlingChange[] {
  if (typeof raw !== 'string' || raw === '') return [];
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v)
      ? (v.filter((x) => x && typeof x === 'object' && typeof x.status === 'string') as HandlingChange[])
      : [];
  } catch {
    return [];
  }
}
