// The last check before a callback request is stored: whatever the channel or dialog did, the
// store only accepts what staff can act on, with consent recorded.
import { CALLBACK_LIMITS } from '../limits';
import type { CallbackDetails, CallbackTime, PreferredTime } from './types';

class CallbackValidationError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    // Field names only: the value may be personal data.
    super(`Invalid callback request: ${field} ${reason}`);
    this.name = 'CallbackValidationError';
  }
}

/** The callback fields' limits (src/limits.ts), under the name the dialogs import. */
export const LIMITS = CALLBACK_LIMITS;
const KEY = /^[A-Za-z0-9._:-]+$/;
/** E.164, with an extension kept RFC 3966 style ("+14695550187;ext=402"). */
const E164 = /^\+[1-9]\d{6,14}(?:;ext=\d{1,7})?$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIMES: readonly PreferredTime[] = ['morning', 'afternoon', 'any'];

/** Returns a trimmed copy, or throws CallbackValidationError naming the bad field. */
export function validateDetails(d: CallbackDetails): CallbackDetails {
  const name = typeof d.name === 'string' ? d.name.trim() : '';
  if (name.length === 0 || name.length > LIMITS.name)
    throw new CallbackValidationError('name', `must be 1–${LIMITS.name} characters`);
  if (typeof d.phone !== 'string' || !E164.test(d.phone)) throw new CallbackValidationError('phone', 'must be E.164');
  if (!TIMES.includes(d.preferredTime))
    throw new CallbackValidationError('preferredTime', `must be one of ${TIMES.join(', ')}`);
  if (typeof d.preferredDate !== 'string' || !DATE.test(d.preferredDate))
    throw new CallbackValidationError('preferredDate', 'must be YYYY-MM-DD');
  if (d.consent !== true) throw new CallbackValidationError('consent', 'must be given');
  const reason = typeof d.reason === 'string' && d.reason.trim() !== '' ? d.reason.trim() : undefined;
  if (reason !== undefined && reason.length > LIMITS.reason)
    throw new CallbackValidationError('reason', `must be at most ${LIMITS.reason} characters`);
  const channelId = typeof d.channelId === 'string' && d.channelId !== '' ? d.channelId : undefined;
  if (channelId !== undefined && channelId.length > LIMITS.channelId)
    throw new CallbackValidationError('channelId', 'is too long');
  const out: CallbackDetails = {
    name,
    phone: d.phone,
    preferredTime: d.preferredTime,
    preferredDate: d.preferredDate,
    consent: true,
  };
  if (reason !== undefined) out.reason = reason;
  if (channelId !== undefined) out.channelId = channelId;
  if (d.preferredAt !== undefined) {
    const ms = typeof d.preferredAt === 'string' ? Date.parse(d.preferredAt) : NaN;
    if (Number.isNaN(ms)) throw new CallbackValidationError('preferredAt', 'must be an ISO 8601 instant');
    out.preferredAt = new Date(ms).toISOString();
  }
  const timeText = typeof d.preferredTimeText === 'string' ? d.preferredTimeText.trim().replace(/\s+/g, ' ') : '';
  if (timeText.length > LIMITS.preferredTimeText)
    throw new CallbackValidationError('preferredTimeText', `must be at most ${LIMITS.preferredTimeText} characters`);
  if (timeText !== '') out.preferredTimeText = timeText;
  if (d.urgent !== undefined && typeof d.urgent !== 'boolean')
    throw new CallbackValidationError('urgent', 'must be true or false');
  if (d.urgent === true) out.urgent = true;
  if (d.language !== undefined && d.language !== 'en' && d.language !== 'es')
    throw new CallbackValidationError('language', 'must be en or es');
  if (d.language !== undefined) out.language = d.language;
  if (d.idempotencyKey !== undefined) {
    const k = d.idempotencyKey;
    if (typeof k !== 'string' || k.length === 0 || k.length > LIMITS.idempotencyKey || !KEY.test(k)) {
      throw new CallbackValidationError(
        'idempotencyKey',
        `must be 1–${LIMITS.idempotencyKey} letters, digits or . _ : -`,
      );
    }
    out.idempotencyKey = k;
  }
  return out;
}

/** A new time for a stored request (reschedule): the same rules as the time fields of a new one. */
export function validateTime(t: CallbackTime): CallbackTime {
  if (!TIMES.includes(t.preferredTime))
    throw new CallbackValidationError('preferredTime', `must be one of ${TIMES.join(', ')}`);
  if (typeof t.preferredDate !== 'string' || !DATE.test(t.preferredDate))
    throw new CallbackValidationError('preferredDate', 'must be YYYY-MM-DD');
  const out: CallbackTime = { preferredTime: t.preferredTime, preferredDate: t.preferredDate };
  if (t.preferredAt !== undefined) {
    const ms = typeof t.preferredAt === 'string' ? Date.parse(t.preferredAt) : NaN;
    if (Number.isNaN(ms)) throw new CallbackValidationError('preferredAt', 'must be an ISO 8601 instant');
    out.preferredAt = new Date(ms).toISOString();
  }
  const timeText = typeof t.preferredTimeText === 'string' ? t.preferredTimeText.trim().replace(/\s+/g, ' ') : '';
  if (timeText.length > LIMITS.preferredTimeText)
    throw new CallbackValidationError('preferredTimeText', `must be at most ${LIMITS.preferredTimeText} characters`);
  if (timeText !== '') out.preferredTimeText = timeText;
  return out;
}
