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
import { DirectLineError, type DirectLineTexts } from './errors';
import { randomId, type TokenClaims, type TokenSigner } from './tokens';
import { safeName, validateActivity } from './validate';

// Routes and the stream import the error from here, as before the split.
export { DirectLineError } from './errors';

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
  /** The wording of errors and transcript names (knowledge/messages/system.yaml). */
  text: DirectLineTexts;
  perConversation: RateLimiter;
  bot: { id: string; name: string };
  /** Seconds a stream URL stays usable for connecting. */
  streamTokenTtlSeconds?: number;
  /** Where conversations survive a restart (the bot's state store); none = memory only. */
  persistence?: ConversationPersistence;
  /** How many of the latest activities are kept across a restart. */
  persistRecent?: number;
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

// In-process "service URL": nothing is ever sent to it (expectReplies), but botbuilder wants one.
const SERVICE_URL = 'http://127.0.0.1/directline-inprocess';
const CHANNEL_ID = 'directline';

export class DirectLineService {
  private readonly pending = new Set<Promise<void>>();
  /** Conversations with a save scheduled (one write per tick however many appends). */
  private readonly dirty = new Set<Conversation>();
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly o: ServiceOptions) {}

  /** The wording for routes that answer without the service (uploads, unexpected errors). */
  text(...args: Parameters<DirectLineTexts>): string {
    return this.o.text(...args);
  }

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
    if (!token) throw new DirectLineError(401, 'Unauthorized', this.o.text('directline-token-required'));
    const v = this.o.signer.verify(token, this.nowMs());
    if (!v.ok) {
      // Direct Line answers 403 for an expired token; directlinejs stops retrying on it.
      if (v.reason === 'expired')
        throw new DirectLineError(403, 'TokenExpired', this.o.text('directline-token-expired'));
      throw new DirectLineError(403, 'BadArgument', this.o.text('directline-token-invalid'));
    }
    if (v.claims.purpose !== purpose)
      throw new DirectLineError(403, 'BadArgument', this.o.text('directline-token-wrong-purpose'));
    if (conversationId !== undefined && v.claims.conv !== conversationId) {
      throw new DirectLineError(403, 'Forbidden', this.o.text('directline-token-wrong-conversation'));
    }
    return v.claims;
  }

  /**
   * POST /conversations: starts (or resumes) the token's conversation; greets on first start. The
   * page's locale rides on the opening conversationUpdate, as Web Chat puts it on every message,
   * so the welcome is already in the page's language.
   */
  async start(claims: TokenClaims, streamBase: string, locale?: string): Promise<ConversationInfo> {
    const found = await this.find(claims.conv);
    if (found) return this.info(found, claims, streamBase, undefined);
    const { conversation, created } = this.o.store.getOrCreate(claims.conv, claims.user, this.nowMs());
    if (created) {
      this.persistSoon(conversation);
      this.enqueueTurn(conversation, {
        type: 'conversationUpdate',
        membersAdded: [this.botAccount(), this.userAccount(conversation)],
        ...(locale ? { locale } : {}),
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
    if (!conversation) throw new DirectLineError(404, 'NotFound', this.o.text('directline-conversation-not-found'));
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
    const posted = validateActivity(body, this.o.maxTextChars, this.o.text);
    const conversation = await this.existing(claims.conv);
    const retryAfter = this.o.perConversation.hit(conversation.id, this.nowMs());
    if (retryAfter > 0) {
      throw new DirectLineError(429, 'TooManyRequests', this.o.text('directline-too-many-messages'), retryAfter);
    }
    const now = this.nowMs();
    // The token decides who is speaking, never the body.
    const incoming = {
      ...posted,
      channelId: CHANNEL_ID,
      serviceUrl: SERVICE_URL,
      timestamp: new Date(now).toISOString(),
      from: { ...this.userAccount(conversation), name: safeName(posted.from, this.o.text('directline-user-name')) },
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
    if (!c) throw new DirectLineError(404, 'NotFound', this.o.text('directline-conversation-not-found'));
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
      replies = [{ type: 'message', text: this.o.text('directline-turn-failed') } as Activity];
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
    return { id: c.userId, name: this.o.text('directline-user-name'), role: 'user' };
  }
}
