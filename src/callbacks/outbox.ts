// Delivers stored callback requests to the staff webhook. The store is the queue: a request is
// written before the patient sees a confirmation, and stays 'new' until a delivery succeeds, so
// a crash or restart at any point only delays it. Each POST carries Idempotency-Key = request id,
// so a receiver that saw a delivery whose answer was lost can drop the repeat.
//
// A time the patient changes after sending reuses the same queue rather than a second one: the store
// puts the request (still 'new', or 'unreachable' after a missed try) back to delivery 'pending', due
// now, so the change survives a crash exactly like a new request does. Its POST has its own key
// (id:time-N) and event 'time-changed'.
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config';
import type { Clock } from '../clock';
import type { Logger } from '../logging';
import type { CallbackRequest, CallbackStore } from './types';
import { assertWebhookMessages, notificationKey, webhookBody } from './webhookPayload';

export interface OutboxTuning {
  /** How often to look for due requests. */
  pollMs: number;
  batchSize: number;
  /** Per-request HTTP timeout. */
  timeoutMs: number;
  /** First retry delay; doubles each failure up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claimed request is reserved for this outbox; must outlast one delivery. */
  leaseMs: number;
  /** How often personal data past retention is removed. */
  purgeEveryMs: number;
}

const DEFAULT_TUNING: OutboxTuning = {
  pollMs: 5_000,
  batchSize: 10,
  timeoutMs: 10_000,
  baseDelayMs: 5_000,
  maxDelayMs: 15 * 60_000,
  leaseMs: 60_000,
  purgeEveryMs: 6 * 60 * 60_000,
};

export interface OutboxOptions {
  store: CallbackStore;
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  tuning?: Partial<OutboxTuning>;
  /** 0..1; injectable so tests can pin the jitter. */
  random?: () => number;
  fetch?: typeof fetch;
  /** Identifies this instance's leases; unique per process by default. */
  owner?: string;
  /** The clinic's IANA zone, for times in the notification (a patient's "after 5pm"). */
  timeZone?: string;
  /** The knowledge's messages: the notification's wording is in staff.yaml. */
  messages: Readonly<Record<string, string>>;
}

/**
 * Exponential back-off with "equal jitter": half the delay is fixed, half random, so retries from
 * many requests spread out but never come sooner than half the nominal delay.
 */
export function backoffDelay(
  failuresSoFar: number,
  tuning: Pick<OutboxTuning, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const nominal = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** Math.min(failuresSoFar, 30));
  return Math.round(nominal / 2 + (nominal / 2) * random());
}

/** Seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const t = Date.parse(header);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now.getTime());
}

/** A short reason without personal data or the webhook URL (which holds a secret for Slack/Teams). */
function describeError(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timeout';
    const cause = (err as Error & { cause?: { code?: unknown } }).cause;
    if (cause && typeof cause.code === 'string') return `network: ${cause.code}`;
    return `network: ${err.name}`;
  }
  return 'network: unknown';
}

export class CallbackOutbox {
  private readonly tuning: OutboxTuning;
  private readonly random: () => number;
  private readonly fetchFn: typeof fetch;
  private readonly owner: string;
  private pollTimer?: NodeJS.Timeout;
  private purgeTimer?: NodeJS.Timeout;
  private inFlight?: Promise<number>;
  private started = false;
  private stopped = false;

  constructor(private readonly opts: OutboxOptions) {
    assertWebhookMessages(opts.messages);
    this.tuning = { ...DEFAULT_TUNING, ...opts.tuning };
    // A lease shorter than a delivery could let a second outbox send the same request meanwhile.
    this.tuning.leaseMs = Math.max(this.tuning.leaseMs, this.tuning.timeoutMs * 3);
    this.random = opts.random ?? Math.random;
    this.fetchFn = opts.fetch ?? fetch;
    this.owner = opts.owner ?? `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  }

  get enabled(): boolean {
    return this.opts.config.callbacks.webhookUrl !== undefined;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    const log = this.opts.logger;
    if (this.enabled) {
      log.info(
        { format: this.opts.config.callbacks.webhookFormat },
        'callback outbox: delivering new requests to the staff webhook',
      );
      this.schedulePoll(0);
    } else {
      void this.logWaiting();
    }
    void this.purgeQuietly();
    this.purgeTimer = setInterval(() => void this.purgeQuietly(), this.tuning.purgeEveryMs);
    this.purgeTimer.unref();
  }

  /** Stops polling and waits for a delivery in progress, so shutdown never cuts one in half. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.pollTimer = undefined;
    this.purgeTimer = undefined;
    if (this.inFlight) await this.inFlight.catch(() => 0);
  }

  /** Asks for a delivery pass soon (after a new request), instead of at the next poll. */
  kick(): void {
    if (this.started && !this.stopped && this.enabled && !this.inFlight) this.schedulePoll(0);
  }

  /** One delivery pass over due requests; resolves with how many were delivered. */
  runOnce(): Promise<number> {
    if (!this.enabled) return Promise.resolve(0);
    // One pass at a time per outbox; callers during a pass share its result.
    if (!this.inFlight) {
      this.inFlight = this.deliverDue().finally(() => {
        this.inFlight = undefined;
      });
    }
    return this.inFlight;
  }

  /**
   * Removes names, phone numbers and reasons from every request created more than
   * CALLBACK_RETENTION_DAYS ago, whatever its status; logs counts only. Returns how many.
   */
  async purgeOnce(): Promise<number> {
    const days = this.opts.config.callbacks.retentionDays;
    const now = this.opts.clock.now();
    const before = new Date(now.getTime() - days * 24 * 60 * 60_000);
    const n = await this.opts.store.redactBefore(before, now);
    if (n > 0)
      this.opts.logger.info(
        { redacted: n, retentionDays: days },
        'callback requests past retention: personal data removed',
      );
    return n;
  }

  /** Once at start without a webhook: staff must look at the store themselves. Counts only. */
  private async logWaiting(): Promise<void> {
    let waiting: number | undefined;
    try {
      const c = await this.opts.store.counts();
      waiting = c.new + c.unreachable;
    } catch {
      waiting = undefined;
    }
    this.opts.logger.warn(
      { waiting },
      'callback outbox: CALLBACK_WEBHOOK_URL is not set; callback requests wait in the store (see /staff, GET /api/callbacks or npm run callbacks)',
    );
  }

  private async purgeQuietly(): Promise<void> {
    try {
      await this.purgeOnce();
    } catch (err) {
      this.opts.logger.error({ err: describeError(err) }, 'callback retention purge failed');
    }
  }

  private schedulePoll(delayMs: number): void {
    if (this.stopped) return;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      void this.runOnce()
        .catch((err: unknown) => this.opts.logger.error({ err: describeError(err) }, 'callback outbox pass failed'))
        .finally(() => this.schedulePoll(this.tuning.pollMs));
    }, delayMs);
    this.pollTimer.unref();
  }

  private async deliverDue(): Promise<number> {
    let delivered = 0;
    // Keep going while full batches come back, so a backlog drains in one pass.
    for (;;) {
      const batch = await this.opts.store.claimDue(
        this.opts.clock.now(),
        this.tuning.batchSize,
        this.tuning.leaseMs,
        this.owner,
      );
      for (const request of batch) {
        if (await this.deliver(request)) delivered++;
      }
      if (batch.length < this.tuning.batchSize || this.stopped) return delivered;
    }
  }

  private async deliver(request: CallbackRequest): Promise<boolean> {
    const { config, store, clock, logger } = this.opts;
    const url = config.callbacks.webhookUrl!;
    let failure: string;
    let retryAfter: number | undefined;
    try {
      const res = await this.fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': notificationKey(request) },
        body: JSON.stringify(
          webhookBody(request, config.callbacks.webhookFormat, {
            publicBaseUrl: config.web.publicBaseUrl,
            timeZone: this.opts.timeZone,
            messages: this.opts.messages,
          }),
        ),
        signal: AbortSignal.timeout(this.tuning.timeoutMs),
      });
      // Drain the body so the connection can be reused; its content does not matter.
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) {
        // Names the change sent, so one the patient made meanwhile stays pending (see the store).
        await store.markNotified(request.id, this.owner, clock.now(), { timeChangedAt: request.timeChange?.at });
        logger.info(
          { callbackId: request.id, attempts: request.attempts + 1, timeChanges: request.timeChange?.count ?? 0 },
          'callback request delivered to staff',
        );
        return true;
      }
      failure = `HTTP ${res.status}`;
      if (res.status === 429 || res.status === 503)
        retryAfter = retryAfterMs(res.headers.get('retry-after'), clock.now());
    } catch (err) {
      failure = describeError(err);
    }
    const now = clock.now();
    const delay = Math.min(
      this.tuning.maxDelayMs,
      Math.max(backoffDelay(request.attempts, this.tuning, this.random), retryAfter ?? 0),
    );
    const next = new Date(now.getTime() + delay);
    await store.markFailed(request.id, this.owner, failure, next, now);
    // Many failures in a row usually mean a broken webhook setting: louder, but keep trying.
    const level = request.attempts + 1 >= 5 ? 'error' : 'warn';
    logger[level](
      { callbackId: request.id, attempts: request.attempts + 1, error: failure, retryInMs: delay },
      'callback delivery failed; will retry',
    );
    return false;
  }
}
