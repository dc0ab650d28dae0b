// Checks an incoming body before it reaches the adapter: CloudAdapter answers 500 to malformed
// activities, and we want a clear 4xx for anything a channel would never send.
import type { Activity } from 'botbuilder';

export type GuardVerdict = { ok: true; activity: Activity } | { ok: false; status: number; message: string };

const MAX_DEPTH = 32;
const MAX_ID_LENGTH = 512;

/** Iterative, so a hostile 100k-deep body cannot overflow the stack while being measured. */
export function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ v: unknown; d: number }> = [{ v: value, d: 0 }];
  while (stack.length > 0) {
    const { v, d } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= maxDepth) return true;
    for (const child of Object.values(v as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push({ v: child, d: d + 1 });
    }
  }
  return false;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;

export function checkActivity(body: unknown): GuardVerdict {
  const bad = (message: string): GuardVerdict => ({ ok: false, status: 400, message });
  if (!isPlainObject(body)) return bad('the body must be a JSON object (an activity)');
  if (exceedsDepth(body, MAX_DEPTH)) return bad(`the activity is nested more than ${MAX_DEPTH} levels deep`);
  if (typeof body.type !== 'string' || body.type.length === 0 || body.type.length > 64) {
    return bad('activity.type is required');
  }
  if (!isId(body.channelId)) return bad('activity.channelId is required');
  if (!isPlainObject(body.conversation) || !isId(body.conversation.id)) {
    return bad('activity.conversation.id is required');
  }
  if (body.from !== undefined && body.from !== null && (!isPlainObject(body.from) || !isId(body.from.id))) {
    return bad('activity.from.id must be a non-empty string');
  }
  if (body.type === 'message' && !isPlainObject(body.from)) return bad('activity.from.id is required');
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string') {
    return bad('activity.text must be a string');
  }
  const expectReplies = body.deliveryMode === 'expectReplies';
  if (typeof body.serviceUrl !== 'string' || !/^https?:\/\//i.test(body.serviceUrl)) {
    // Replies travel to serviceUrl on normal delivery; with expectReplies they come back in the response.
    if (!expectReplies) return bad('activity.serviceUrl is required');
    body.serviceUrl = 'http://localhost/expect-replies';
  }
  if (body.text === null) delete body.text;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    if (typeof body[field] === 'string') {
      const d = new Date(body[field] as string);
      if (Number.isNaN(d.getTime())) delete body[field];
      else body[field] = d;
    } else if (body[field] !== undefined) {
      delete body[field];
    }
  }
  return { ok: true, activity: body as unknown as Activity };
}
