// What a browser may post to the built-in Direct Line, and only what a chat needs of it.
import type { Activity } from 'botbuilder';
import { DIRECT_LINE_POST_LIMITS } from '../limits';
import { DirectLineError, type DirectLineTexts } from './errors';

const POST_LIMITS = DIRECT_LINE_POST_LIMITS;

const ACCEPTED_TYPES = new Set(['message', 'event', 'typing', 'invoke']);

/**
 * What a browser may post, and only what a chat needs of it: anything else is dropped, and
 * junk or oversize fields are refused (400/413) before anything is stored. Only `text` was
 * capped before, and a visitor could park megabytes in `value` or `channelData` for an hour.
 */
export function validateActivity(
  body: unknown,
  maxTextChars: number,
  text: DirectLineTexts,
): Partial<Activity> & { type: string } {
  const L = POST_LIMITS;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DirectLineError(400, 'BadArgument', text('directline-body-not-activity'));
  }
  if (Buffer.byteLength(JSON.stringify(body)) > L.activityBytes) {
    throw new DirectLineError(
      413,
      'ActivityTooLarge',
      text('directline-activity-too-large', { kb: L.activityBytes / 1024 }),
    );
  }
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || !ACCEPTED_TYPES.has(a.type)) {
    throw new DirectLineError(400, 'BadArgument', text('directline-activity-type'));
  }
  if (a.text !== undefined && typeof a.text !== 'string')
    throw new DirectLineError(400, 'BadArgument', text('directline-text-not-string'));
  if (typeof a.text === 'string' && a.text.length > maxTextChars) {
    throw new DirectLineError(400, 'MessageTooLong', text('directline-message-too-long', { max: maxTextChars }));
  }
  // Uploads are off in this chat; an attachment can only be abuse or a confused client.
  if (a.attachments !== undefined && !(Array.isArray(a.attachments) && a.attachments.length === 0)) {
    throw new DirectLineError(400, 'BadArgument', text('directline-no-attachments'));
  }
  const shortString = (key: string, max: number) => {
    const v = a[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.length > max)
      throw new DirectLineError(400, 'BadArgument', text('directline-field-too-long', { field: key, max }));
    return v;
  };
  const out: Record<string, unknown> = { type: a.type };
  if (typeof a.text === 'string') out.text = a.text;
  if (a.textFormat === 'plain' || a.textFormat === 'markdown') out.textFormat = a.textFormat;
  const locale = shortString('locale', L.localeChars);
  if (locale !== undefined) out.locale = locale;
  const name = shortString('name', L.nameChars);
  if (name !== undefined) out.name = name;
  const replyToId = shortString('replyToId', L.idChars);
  if (replyToId !== undefined) out.replyToId = replyToId;
  if (a.value !== undefined) {
    if (Buffer.byteLength(JSON.stringify(a.value) ?? '') > L.valueBytes) {
      throw new DirectLineError(413, 'ValueTooLarge', text('directline-value-too-large', { kb: L.valueBytes / 1024 }));
    }
    out.value = a.value;
  }
  if (a.entities !== undefined) {
    if (!Array.isArray(a.entities) || a.entities.length > L.entities) {
      throw new DirectLineError(400, 'BadArgument', text('directline-too-many-entities', { max: L.entities }));
    }
    const entities = a.entities.filter(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        !Array.isArray(e) &&
        Buffer.byteLength(JSON.stringify(e)) <= L.entityBytes,
    );
    if (entities.length !== a.entities.length)
      throw new DirectLineError(400, 'BadArgument', text('directline-entity-too-large', { bytes: L.entityBytes }));
    if (entities.length) out.entities = entities;
  }
  // channelData: only Web Chat's own bookkeeping (it matches its sent message to our echo by
  // clientActivityID); whatever else a client puts there is neither used nor kept.
  if (typeof a.channelData === 'object' && a.channelData !== null) {
    const cd = a.channelData as Record<string, unknown>;
    const kept: Record<string, string> = {};
    for (const key of ['clientActivityID', 'clientTimestamp'] as const) {
      const v = cd[key];
      if (typeof v === 'string' && v.length <= L.idChars) kept[key] = v;
    }
    if (Object.keys(kept).length) out.channelData = kept;
  }
  if (a.from !== undefined) out.from = a.from;
  return out as Partial<Activity> & { type: string };
}

/** Keep a display name only if it is short plain text; it is shown back in the transcript. */
export function safeName(from: unknown, fallback: string): string {
  const name = typeof from === 'object' && from !== null ? (from as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.length > 0 && name.length <= POST_LIMITS.displayNameChars ? name : fallback;
}

/** A language tag as pages send it ("es-US", "en", "es-419"); anything else is ignored, not refused. */
const LOCALE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

/**
 * The page's locale from the body of POST /conversations (`{ "locale": "es-US" }`), so the
 * opening conversationUpdate carries it and the welcome comes in the page's language. Optional:
 * Direct Line clients that send no body (or junk) simply start without one.
 */
export function startLocale(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const locale = (body as Record<string, unknown>).locale;
  return typeof locale === 'string' && locale.length <= POST_LIMITS.localeChars && LOCALE_TAG.test(locale)
    ? locale
    : undefined;
}
