// One home for the size limits the bot enforces. Each number is written once here and read by the
// code that enforces it and by the wording that tells a person about it ({max} in the messages).

/** What one chat message may hold; longer text is read up to here (config.limits.maxTextChars). */
export const MESSAGE_MAX_CHARS = 2000;
/** The message that raised an act-now reply, kept with it to read updates against (dialogs/safety.ts). */
export const SAFETY_SAID_MAX_CHARS = 500;
/** A request body on any route, measured after decompression (config.limits.maxBodyBytes). */
export const REQUEST_BODY_MAX_BYTES = 256 * 1024;

/** A callback request's fields (src/callbacks/validate.ts, the callback dialog's questions). */
export const CALLBACK_LIMITS = {
  name: 100,
  reason: 500,
  channelId: 200,
  preferredTimeText: 120,
  idempotencyKey: 100,
} as const;

/** Lists of callback requests: one page of the staff queue, list(), `npm run callbacks --limit`. */
export const CALLBACK_LIST_LIMITS = { max: 500, defaultPage: 50, defaultList: 100 } as const;
/** A staff search (reference, phone or name). */
export const STAFF_SEARCH_MAX_CHARS = 100;
/** What is kept of a failed notification's error (lastError), in both stores. */
export const DELIVERY_ERROR_MAX_CHARS = 500;
/** What is kept of an unanswered question in the log (after redaction). */
export const UNANSWERED_LOG_MAX_CHARS = 500;

/** What a browser may post to the built-in Direct Line (everything else a chat needs is far smaller). */
export const DIRECT_LINE_POST_LIMITS = {
  /** The whole activity as received, serialised. */
  activityBytes: 16 * 1024,
  /** `value` (card submits, event payloads). */
  valueBytes: 4 * 1024,
  /** `entities`: Web Chat sends one small ClientCapabilities entry. */
  entities: 5,
  entityBytes: 1024,
  nameChars: 100,
  localeChars: 20,
  idChars: 200,
  /** A display name kept in the transcript (it is shown back). */
  displayNameChars: 64,
} as const;
