// The built-in Direct Line 3.0 subset, independent of HTTP: who may do what with which
// conversation, and how activities flow between the browser and the bot (in process).
import type { Activity, ChannelAccount, TurnContext } from 'botbuilder';
import type { Clock } from '../clock';
import { type Logger, withTurnLogger } from '../logging';
import type { RateLimiter } from '../http/rateLimit';
import {
  ConversationStore,
  type ActivityGroup,
  type Conversation,
  type ConversationPersistence,
  type Subscriber,
} from './store';
import { randomId, type TokenClaims, type TokenSigner } from './tokens';

/** The one adapter method we need (src/adapter.ts BotAdapter.processInProcess). */
export interface InProcessAdapter {
  processInProcess(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<Activity[]>;
}

export interface ServiceOptions {
  adapter: InProcessAdapter;
  logic: (context: TurnContext) => Promise<void>;
  signer: TokenSigner;
  store: ConversationStore;
  clock: Clock;
  logger: Logger;
  tokenTtlSeconds: number;
  maxTextChars: number;
  perConversation: RateLimiter;
  bot: { id: string; name: string };
  /** Seconds a stream URL stays usable for connecting. */
  streamTokenTtlSeconds?: number;
  /** Where conversations survive a restart (the bot's state store); none = memory only. */
  persistence?: ConversationPersistence;
  /** How many of the latest activities are kept across a restart. */
  persistRecent?: number;
}

/** Field limits for what a browser may post (everything else a chat needs is far smaller). */
const POST_LIMITS = {
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
} as const;

/** A Direct Line style failure: HTTP status plus { error: { code, message } }. */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
  body() {
    return { error: { code: this.code, message: this.message } };
  }
}

export interface ConversationInfo {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl: string;
}

export interface IssuedToken {
  token: string;
  conversationId: string;
  userId: string;
  expires_in: number;
}

const ACCEPTED_TYPES = new Set(['message', 'event', 'typing', 'invoke']);
// In-process "service URL": nothing is ever sent to it (expectReplies), but botbuilder wants one.
const SERVICE_URL = 'http://127.0.0.1/directline-inprocess';
const CHANNEL_ID = 'directline';

export class DirectLineService {
  private readonly pending = new Set<Promise<void>>();
  /** Conversations with a save scheduled (one write per tick however many appends). */
  private readonly dirty = new Set<Conversation>();
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly o: ServiceOptions) {}

  private nowMs(): number {
    return this.o.clock.now().getTime();
  }

  /** A fresh conversation id and user id, and a token for exactly that pair. */
  issueToken(): IssuedToken {
    const conversationId = randomId('dl-');
    const userId = randomId('dl_');
    return {
      conversationId,
      userId,
      token: this.o.signer.issue(conversationId, userId, 'conversation', this.o.tokenTtlSeconds, this.nowMs()),
      expires_in: this.o.tokenTtlSeconds,
    };
  }

  /** Checks a bearer token; with a conversation id, also that the token belongs to it. */
  authorize(
    token: string | undefined,
    conversationId?: string,
    purpose: TokenClaims['purpose'] = 'conversation',
  ): TokenClaims {
    if (!token) throw new DirectLineError(401, 'Unauthorized', 'A token is required.');
    const v = this.o.signer.verify(token, this.nowMs());
    if (!v.ok) {
      // Direct Line answers 403 for an expired token; directlinejs stops retrying on it.
      if (v.reason === 'expired') throw new DirectLineError(403, 'TokenExpired', 'The token has expired.');
      throw new DirectLineError(403, 'BadArgument', 'The token is not valid.');
    }
    if (v.claims.purpose !== purpose) throw new DirectLineError(403, 'BadArgument', 'The token is not valid here.');
    if (conversationId !== undefined && v.claims.conv !== conversationId) {
      throw new DirectLineError(403, 'Forbidden', 'The token is not valid for this conversation.');
    }
    return v.claims;
  }

  /** POST /conversations: starts (or resumes) the token's conversation; greets on first start. */
  async start(claims: TokenClaims, streamBase: string): Promise<ConversationInfo> {
    const found = await this.find(claims.conv);
    if (found) return this.info(found, claims, streamBase, undefined);
    const { conversation, created } = this.o.store.getOrCreate(claims.conv, claims.user, this.nowMs());
    if (created) {
      this.persistSoon(conversation);
      this.enqueueTurn(conversation, {
        type: 'conversationUpdate',
        membersAdded: [this.botAccount(), this.userAccount(conversation)],
      } as Partial<Activity>);
    }
    return this.info(conversation, claims, streamBase, undefined);
  }

  /** GET /conversations/:id: a fresh stream URL for a conversation that still exists. */
  async reconnect(claims: TokenClaims, watermark: string | undefined, streamBase: string): Promise<ConversationInfo> {
    const conversation = await this.existing(claims.conv);
    return this.info(conversation, claims, streamBase, watermark);
  }

  /** POST /tokens/refresh: same conversation and user, new expiry (404 once the conversation is gone). */
  async refresh(claims: TokenClaims): Promise<Omit<IssuedToken, 'userId'>> {
    // Only live conversations: a page resuming after expiry must start afresh, not hang on a 404 later.
    const c = await this.existing(claims.conv);
    this.o.store.touch(c, this.nowMs());
    this.persistSoon(c); // a visitor reading across pages keeps the conversation from expiring
    return {
      conversationId: claims.conv,
      token: this.o.signer.issue(claims.conv, claims.user, 'conversation', this.o.tokenTtlSeconds, this.nowMs()),
      expires_in: this.o.tokenTtlSeconds,
    };
  }

  /** GET /conversations/:id/activities?watermark= */
  async activities(claims: TokenClaims, watermark: string | undefined): Promise<ActivityGroup> {
    const conversation = await this.existing(claims.conv);
    this.o.store.touch(conversation, this.nowMs());
    return this.o.store.since(conversation, watermark);
  }

  /** Subscribes a stream (after ensureLoaded); returns the backlog after the watermark and an unsubscribe function. */
  subscribe(
    conversationId: string,
    watermark: string | undefined,
    push: Subscriber,
  ): { backlog: ActivityGroup; unsubscribe: () => void } {
    const conversation = this.o.store.get(conversationId, this.nowMs());
    if (!conversation) throw new DirectLineError(404, 'NotFound', 'The conversation was not found or has expired.');
    conversation.subscribers.add(push);
    return {
      backlog: this.o.store.since(conversation, watermark),
      unsubscribe: () => conversation.subscribers.delete(push),
    };
  }

  /**
   * POST /conversations/:id/activities: echoes the activity into the conversation (Web Chat
   * waits for that echo to mark a message as sent), shows typing, then runs the bot turn.
   */
  async post(claims: TokenClaims, body: unknown): Promise<{ id: string }> {
    const posted = this.validate(body);
    const conversation = await this.existing(claims.conv);
    const retryAfter = this.o.perConversation.hit(conversation.id, this.nowMs());
    if (retryAfter > 0) {
      throw new DirectLineError(429, 'TooManyRequests', 'Too many messages; please wait a moment.', retryAfter);
    }
    const now = this.nowMs();
    // The token decides who is speaking, never the body.
    const incoming = {
      ...posted,
      channelId: CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      timestamp: new Date(now).toISOString(),
      from: { ...this.userAccount(conversation), name: safeName(posted.from) },
      recipient: this.botAccount(),
      conversation: { id: conversation.id },
    } as unknown as Activity; // timestamps travel as ISO strings, as in any JSON activity

    // The user's own typing is accepted and dropped: the bot does nothing with it.
    if (incoming.type === 'typing') return { id: `${conversation.id}|typing` };

    const [echo] = this.o.store.append(conversation, [incoming], now);
    if (incoming.type === 'message') {
      this.o.store.append(
        conversation,
        [this.fromBot(conversation, { type: 'typing' } as Activity, now, echo!.id)],
        now,
      );
    }
    this.persistSoon(conversation);
    this.enqueueTurn(conversation, { ...incoming, id: echo!.id });
    return { id: echo!.id! };
  }

  /** Throws 404 unless the conversation is live (loading it from persistence if need be). */
  async ensureLoaded(conversationId: string): Promise<void> {
    await this.existing(conversationId);
  }

  /** Deletes a conversation the sweep expired from persistence. */
  forget(conversationId: string): void {
    this.o.persistence?.remove(conversationId).catch((err: unknown) => {
      this.o.logger.warn(
        { err: { message: (err as Error)?.message } },
        'direct line: could not delete an expired conversation',
      );
    });
  }

  /** Writes every conversation with unsaved activities (shutdown). */
  async flush(): Promise<void> {
    await this.flushing;
    await this.saveDirty();
  }

  private persistSoon(c: Conversation): void {
    if (!this.o.persistence) return;
    const first = this.dirty.size === 0;
    this.dirty.add(c);
    if (first) setImmediate(() => void (this.flushing = this.flushing.then(() => this.saveDirty())));
  }

  private async saveDirty(): Promise<void> {
    const persistence = this.o.persistence;
    if (!persistence) return;
    const batch = [...this.dirty];
    this.dirty.clear();
    for (const c of batch) {
      // Typing indicators are moments, not history.
      const snap = this.o.store.snapshot(c, this.o.persistRecent ?? 50);
      snap.log = snap.log.filter((e) => e.activity.type !== 'typing');
      try {
        await persistence.save(snap);
      } catch (err) {
        this.o.logger.warn(
          { err: { message: (err as Error)?.message } },
          'direct line: could not save a conversation (it will not survive a restart)',
        );
      }
    }
  }

  /** Waits (bounded) for turns in flight, for a clean shutdown. */
  async drain(timeoutMs: number): Promise<void> {
    const all = Promise.allSettled([...this.pending]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
    if (timer) clearTimeout(timer);
  }

  /** In memory, or read back from persistence (after a restart, or evicted for memory). */
  private async find(conversationId: string): Promise<Conversation | undefined> {
    const now = this.nowMs();
    const inMemory = this.o.store.get(conversationId, now);
    if (inMemory || !this.o.persistence) return inMemory;
    let saved;
    try {
      saved = await this.o.persistence.load(conversationId);
    } catch (err) {
      this.o.logger.warn(
        { err: { message: (err as Error)?.message } },
        'direct line: could not read a saved conversation',
      );
      return undefined;
    }
    return saved ? this.o.store.adopt(saved, this.nowMs()) : undefined;
  }

  private async existing(conversationId: string): Promise<Conversation> {
    const c = await this.find(conversationId);
    if (!c) throw new DirectLineError(404, 'NotFound', 'The conversation was not found or has expired.');
    return c;
  }

  private info(
    c: Conversation,
    claims: TokenClaims,
    streamBase: string,
    watermark: string | undefined,
  ): ConversationInfo {
    const now = this.nowMs();
    const streamToken = this.o.signer.issue(c.id, claims.user, 'stream', this.o.streamTokenTtlSeconds ?? 300, now);
    const query = new URLSearchParams({ t: streamToken });
    if (watermark !== undefined && watermark !== '') query.set('watermark', watermark);
    return {
      conversationId: c.id,
      token: this.o.signer.issue(c.id, claims.user, 'conversation', this.o.tokenTtlSeconds, now),
      expires_in: this.o.tokenTtlSeconds,
      streamUrl: `${streamBase}/v3/directline/conversations/${encodeURIComponent(c.id)}/stream?${query.toString()}`,
    };
  }

  /**
   * What a browser may post, and only what a chat needs of it: anything else is dropped, and
   * junk or oversize fields are refused (400/413) before anything is stored. Only `text` was
   * capped before, and a visitor could park megabytes in `value` or `channelData` for an hour.
   */
  private validate(body: unknown): Partial<Activity> & { type: string } {
    const L = POST_LIMITS;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DirectLineError(400, 'BadArgument', 'The body must be an activity object.');
    }
    if (Buffer.byteLength(JSON.stringify(body)) > L.activityBytes) {
      throw new DirectLineError(413, 'ActivityTooLarge', `An activity can be at most ${L.activityBytes / 1024} KB.`);
    }
    const a = body as Record<string, unknown>;
    if (typeof a.type !== 'string' || !ACCEPTED_TYPES.has(a.type)) {
      throw new DirectLineError(400, 'BadArgument', 'Only message, event, typing and invoke activities are accepted.');
    }
    if (a.text !== undefined && typeof a.text !== 'string')
      throw new DirectLineError(400, 'BadArgument', 'text must be a string.');
    if (typeof a.text === 'string' && a.text.length > this.o.maxTextChars) {
      throw new DirectLineError(400, 'MessageTooLong', `Messages can be at most ${this.o.maxTextChars} characters.`);
    }
    // Uploads are off in this chat; an attachment can only be abuse or a confused client.
    if (a.attachments !== undefined && !(Array.isArray(a.attachments) && a.attachments.length === 0)) {
      throw new DirectLineError(400, 'BadArgument', 'Attachments are not accepted in this chat.');
    }
    const shortString = (key: string, max: number) => {
      const v = a[key];
      if (v === undefined) return undefined;
      if (typeof v !== 'string' || v.length > max)
        throw new DirectLineError(400, 'BadArgument', `${key} must be a string of at most ${max} characters.`);
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
        throw new DirectLineError(413, 'ValueTooLarge', `value can be at most ${L.valueBytes / 1024} KB.`);
      }
      out.value = a.value;
    }
    if (a.entities !== undefined) {
      if (!Array.isArray(a.entities) || a.entities.length > L.entities) {
        throw new DirectLineError(400, 'BadArgument', `entities must be a list of at most ${L.entities}.`);
      }
      const entities = a.entities.filter(
        (e) =>
          typeof e === 'object' &&
          e !== null &&
          !Array.isArray(e) &&
          Buffer.byteLength(JSON.stringify(e)) <= L.entityBytes,
      );
      if (entities.length !== a.entities.length)
        throw new DirectLineError(
          400,
          'BadArgument',
          `each entity must be an object of at most ${L.entityBytes} bytes.`,
        );
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

  private enqueueTurn(c: Conversation, activity: Partial<Activity>): void {
    const incoming = {
      channelId: CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      timestamp: new Date(this.nowMs()).toISOString(),
      from: this.userAccount(c),
      recipient: this.botAccount(),
      ...activity,
      conversation: { id: c.id },
    } as Activity;
    const run = c.queue.then(() => this.runTurn(c, incoming));
    c.queue = run;
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  private async runTurn(c: Conversation, incoming: Activity): Promise<void> {
    const started = this.nowMs();
    // The activity id this service assigned identifies the turn in every log line it causes.
    const logger = this.o.logger.child({ requestId: incoming.id });
    let replies: Activity[];
    try {
      replies = await this.o.adapter.processInProcess(incoming, withTurnLogger(this.o.logic, logger));
    } catch (error) {
      logger.error({ err: { message: (error as Error)?.message }, channelId: CHANNEL_ID }, 'direct line turn failed');
      replies = [
        { type: 'message', text: 'Sorry, something went wrong on our side. Please try again in a moment.' } as Activity,
      ];
    }
    const now = this.nowMs();
    logger.info({ channelId: CHANNEL_ID, type: incoming.type, replies: replies.length, ms: now - started }, 'turn');
    const visible = replies
      .filter((r) => r.type !== 'trace' && r.type !== 'delay')
      .map((r) => this.fromBot(c, r, now, incoming.id));
    this.o.store.append(c, visible, now);
    this.persistSoon(c);
  }

  private fromBot(c: Conversation, reply: Activity, nowMs: number, replyToId: string | undefined): Activity {
    return {
      ...reply,
      channelId: CHANNEL_ID,
      timestamp: reply.timestamp ?? new Date(nowMs).toISOString(),
      from: this.botAccount(),
      recipient: this.userAccount(c),
      replyToId: reply.replyToId ?? replyToId,
    } as Activity;
  }

  private botAccount(): ChannelAccount {
    return { id: this.o.bot.id, name: this.o.bot.name, role: 'bot' };
  }

  private userAccount(c: Conversation): ChannelAccount {
    return { id: c.userId, name: 'You', role: 'user' };
  }
}

/** Keep a display name only if it is short plain text; it is shown back in the transcript. */
function safeName(from: unknown): string {
  const name = typeof from === 'object' && from !== null ? (from as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.length > 0 && name.length <= 64 ? name : 'You';
}
