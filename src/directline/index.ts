// The built-in Direct Line (REST + WebSocket) and the page's token endpoint, on one server.
import type { Storage, TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import { createRateLimiter } from '../http/rateLimit';
import type { Knowledge } from '../knowledge/types';
import type { Logger } from '../logging';
import { directLineTexts } from './errors';
import { registerDirectLineRoutes } from './routes';
import { DirectLineService, type InProcessAdapter } from './service';
import { StoragePersistence } from './persistence';
import { ConversationStore, type StoreLimits } from './store';
import { attachStream } from './stream';
import { createTokenSigner, type TokenSigner } from './tokens';
import { registerTokenRoute } from './tokenRoute';

export interface DirectLineDeps {
  adapter: InProcessAdapter;
  logic: (context: TurnContext) => Promise<void>;
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  /** The wording (knowledge/messages/system.yaml) and the clinic's name for the bot's display name. */
  knowledge: Pick<Knowledge, 'messages' | 'clinic'>;
  /** Tests: memory limits, a fake Azure fetch, faster sweeps. */
  limits?: Partial<StoreLimits>;
  fetchImpl?: typeof fetch;
  sweepIntervalMs?: number;
  botName?: string;
  /**
   * The bot's state store: conversations and their recent activities are kept there so web
   * chats survive a restart (and the token key, when DIRECT_LINE_SIGNING_KEY is not set).
   * Without it, conversations live in memory only.
   */
  storage?: Storage;
}

export interface DirectLineHandle {
  service: DirectLineService;
  /** Resolves once the token key and the conversation index are read from the store. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function registerDirectLine(server: restify.Server, deps: DirectLineDeps): DirectLineHandle {
  const { config, logger, clock } = deps;
  const store = new ConversationStore({
    idleMs: config.directLine.idleMinutes * 60_000,
    maxTotalBytes: config.directLine.memoryMb * 1024 * 1024,
    ...deps.limits,
  });
  const text = directLineTexts(deps.knowledge);
  const persistence = deps.storage ? new StoragePersistence(deps.storage) : undefined;
  // Tokens are checked with the key in force; with a store it is read (or made) there at start.
  let signer: TokenSigner = createTokenSigner(config.directLine.signingKey);
  const service = new DirectLineService({
    adapter: deps.adapter,
    logic: deps.logic,
    signer: { issue: (...a) => signer.issue(...a), verify: (...a) => signer.verify(...a) },
    store,
    persistence,
    clock,
    logger,
    tokenTtlSeconds: config.directLine.tokenTtlSeconds,
    maxTextChars: config.limits.maxTextChars,
    text,
    perConversation: createRateLimiter(config.limits.perConversationPerMinute),
    bot: {
      id: config.bot.appId ?? 'knee-pain-bot',
      name: deps.botName ?? text('directline-bot-name', { clinicName: deps.knowledge.clinic.name }),
    },
  });
  const ready = persistence
    ? Promise.all([persistence.signingKey(config.directLine.signingKey), persistence.loadIndex()]).then(([key]) => {
        signer = createTokenSigner(key);
      })
    : Promise.resolve();

  registerDirectLineRoutes(server, service, logger);
  // Starting a chat is cheaper to abuse than sending a message, so it shares the per-address budget.
  registerTokenRoute(server, {
    config,
    service,
    logger,
    clock,
    perAddress: createRateLimiter(config.limits.perAddressPerMinute),
    fetchImpl: deps.fetchImpl,
  });
  const stream = attachStream(server, service, logger);

  let sweeping = false;
  const sweep = setInterval(() => {
    const now = clock.now().getTime();
    const removed = store.sweep(now, (id) => service.forget(id));
    if (removed > 0)
      logger.debug({ removed, open: store.size, bytes: store.bytes }, 'direct line conversations expired');
    if (!persistence || sweeping) return;
    // Also those nobody came back for after a restart (never loaded into memory).
    sweeping = true;
    persistence
      .sweep(now, store.idleMs)
      .catch((err: unknown) =>
        logger.warn({ err: { message: (err as Error)?.message } }, 'direct line: sweeping the store failed'),
      )
      .finally(() => (sweeping = false));
  }, deps.sweepIntervalMs ?? 60_000);
  sweep.unref();

  return {
    service,
    ready,
    async close() {
      clearInterval(sweep);
      await stream.close();
      await service.drain(5_000);
      await service.flush();
      await persistence?.sweep(clock.now().getTime(), store.idleMs).catch(() => undefined);
    },
  };
}
