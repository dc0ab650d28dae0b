// The restify server: request limits and validation in front of the Bot Framework endpoint.
import restify from 'restify';
import type { BotAdapter, TurnLogic } from './adapter';
import type { AppConfig } from './config';
import { checkActivity } from './http/activityGuard';
import { limitedBodyReader } from './http/bodyLimit';
import { clientAddressFrom, clientAddressOf, isLoopback, setClientAddress } from './http/clientAddress';
import type { InFlight } from './http/inflight';
import { createRateLimiter } from './http/rateLimit';
import { type Logger, withTurnLogger } from './logging';

export interface ServerDeps {
  config: AppConfig;
  logger: Logger;
  adapter: BotAdapter;
  logic: TurnLogic;
  inflight: InFlight;
  version: string;
  knowledgeEntries: number;
  storageKind: string;
  storageHealthy: () => Promise<boolean>;
  /** The store's own verdict with a reason (SQLite: file, disk space, a write round-trip). */
  storageHealth?: (timeoutMs: number) => Promise<{ ok: true } | { ok: false; reason: string }>;
  now?: () => number;
}

/** /healthz answers within about this long even when the store hangs. */
const HEALTH_TIMEOUT_MS = 1_000;

export function createServer(deps: ServerDeps): restify.Server {
  const { config, logger, adapter, logic, inflight } = deps;
  const now = deps.now ?? Date.now;
  const server = restify.createServer({ name: 'knee-pain-bot', handleUncaughtExceptions: false });

  // Slow or stalled clients must not hold sockets forever.
  server.server.requestTimeout = config.limits.requestTimeoutMs;
  server.server.headersTimeout = Math.min(config.limits.requestTimeoutMs, 60_000);
  server.server.keepAliveTimeout = 5_000;

  server.pre((req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // Resolved once, so the bot's and the Direct Line's limits agree on who is asking.
    setClientAddress(req, clientAddressFrom(req, config.trustProxyHops));
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // 256 KB cap on the decoded body (gzip and deflate inflate under the same cap; other encodings
  // 415), on every route, before any authentication; restify's parser then answers 400 for bad JSON.
  server.use(
    limitedBodyReader(config.limits.maxBodyBytes, (req, refused) =>
      logger.warn(
        { status: refused.status, reason: refused.message, url: req.url, encoding: req.headers['content-encoding'] },
        'request body refused',
      ),
    ),
  );
  server.use(restify.plugins.bodyParser({ maxBodySize: config.limits.maxBodyBytes, mapParams: false }));

  server.on('restifyError', (req, res, err, callback) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) logger.error({ err: { message: err.message }, url: req.url }, 'request failed');
    return callback();
  });

  const perConversation = createRateLimiter(config.limits.perConversationPerMinute);
  const perAddress = createRateLimiter(config.limits.perAddressPerMinute);

  server.post('/api/messages', async (req, res) => {
    const started = now();
    const requestId = req.id();
    const verdict = checkActivity(req.body);
    if (!verdict.ok) {
      res.send(verdict.status, { error: verdict.message });
      logger.info({ requestId, status: verdict.status, reason: verdict.message }, 'activity refused');
      return;
    }
    const activity = verdict.activity;
    // Two separate budgets: an address (one client, however many conversation ids it invents) and a
    // conversation. A refused address does not spend any conversation's budget.
    const address = clientAddressOf(req);
    // The machine itself is not one patient: by default its requests (the emulator, a test harness,
    // a proxy on the same host without TRUST_PROXY) spend only their conversation's budget.
    const addressLimited = config.limits.limitLoopback || !isLoopback(address);
    const retryAfter =
      (addressLimited ? perAddress.hit(address, started) : 0) ||
      perConversation.hit(`${activity.channelId}/${activity.conversation.id}`, started);
    if (retryAfter > 0) {
      res.setHeader('Retry-After', String(retryAfter));
      res.send(429, { error: 'too many messages; please wait a moment' });
      logger.warn({ requestId, channelId: activity.channelId }, 'rate limited');
      return;
    }

    inflight.begin();
    try {
      const authHeader = String(req.headers.authorization ?? '');
      const result = await adapter.processRequest(
        activity,
        authHeader,
        withTurnLogger(logic, logger.child({ requestId })),
      );
      if (result.authError) logger.warn({ requestId, reason: result.authError }, 'unauthenticated request refused');
      if (result.body === undefined) res.send(result.status);
      else res.send(result.status, result.body);
      logger.info(
        { requestId, channelId: activity.channelId, type: activity.type, status: result.status, ms: now() - started },
        'turn',
      );
    } catch (error) {
      logger.error({ requestId, err: { message: (error as Error)?.message } }, 'turn crashed');
      res.send(500, { error: 'internal error' });
    } finally {
      inflight.end();
    }
  });

  server.get('/healthz', async (_req, res) => {
    let verdict: { ok: boolean; reason?: string };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<{ ok: false; reason: string }>((resolve) => {
      // The store's own check stops at HEALTH_TIMEOUT_MS; this catches one that hangs outright.
      timer = setTimeout(
        () => resolve({ ok: false, reason: `the store did not answer within ${2 * HEALTH_TIMEOUT_MS} ms` }),
        2 * HEALTH_TIMEOUT_MS,
      );
    });
    try {
      const check = deps.storageHealth
        ? deps.storageHealth(HEALTH_TIMEOUT_MS)
        : deps.storageHealthy().then((ok) => (ok ? { ok } : { ok, reason: 'the store is unreachable' }));
      verdict = await Promise.race([check, timedOut]);
    } catch (error) {
      verdict = { ok: false, reason: (error as Error)?.message ?? 'the store check failed' };
    } finally {
      clearTimeout(timer);
    }
    // Warn per probe; the store itself logs each new problem once at error.
    if (!verdict.ok) logger.warn({ reason: verdict.reason }, 'health check failed');
    res.setHeader('Cache-Control', 'no-store');
    res.send(verdict.ok ? 200 : 503, {
      status: verdict.ok ? 'ok' : 'degraded',
      version: deps.version,
      knowledgeEntries: deps.knowledgeEntries,
      storage: { kind: deps.storageKind, reachable: verdict.ok, ...(verdict.ok ? {} : { reason: verdict.reason }) },
      turnsInFlight: inflight.size,
    });
  });

  return server;
}
