// The built-in Direct Line (REST + WebSocket) and the page's token endpoint, on one server.
import type { TurnContext } from 'botbuilder';
import type restify from 'restify';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import { createRateLimiter } from '../http/rateLimit';
import type { Logger } from '../logging';
import { registerDirectLineRoutes } from './routes';
import { DirectLineService, type InProcessAdapter } from './service';
import { ConversationStore, DEFAULT_LIMITS, type StoreLimits } from './store';
import { attachStream } from './stream';
import { createTokenSigner } from './tokens';
import { registerTokenRoute } from './tokenRoute';

export { DirectLineService } from './service';
export type { InProcessAdapter } from './service';
export type { TokenResponse } from './tokenRoute';

export interface DirectLineDeps {
  adapter: InProcessAdapter;
  logic: (context: TurnContext) => Promise<void>;
  config: AppConfig;
  logger: Logger;
  clock: Clock;
  /** Tests: memory limits, a fake Azure fetch, faster sweeps. */
  limits?: Partial<StoreLimits>;
  fetchImpl?: typeof fetch;
  sweepIntervalMs?: number;
  botName?: string;
}

export interface DirectLineHandle {
  service: DirectLineService;
  close(): Promise<void>;
}

export function registerDirectLine(server: restify.Server, deps: DirectLineDeps): DirectLineHandle {
  const { config, logger, clock } = deps;
  const store = new ConversationStore({ ...DEFAULT_LIMITS, ...deps.limits });
  const service = new DirectLineService({
    adapter: deps.adapter,
    logic: deps.logic,
    signer: createTokenSigner(config.directLine.signingKey),
    store,
    clock,
    logger,
    tokenTtlSeconds: config.directLine.tokenTtlSeconds,
    maxTextChars: config.limits.maxTextChars,
    perConversation: createRateLimiter(config.limits.perConversationPerMinute),
    bot: { id: config.bot.appId ?? 'knee-pain-bot', name: deps.botName ?? 'Clinic assistant' },
  });

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

  const sweep = setInterval(() => {
    const removed = store.sweep(clock.now().getTime());
    if (removed > 0) logger.debug({ removed, open: store.size }, 'direct line conversations expired');
  }, deps.sweepIntervalMs ?? 60_000);
  sweep.unref();

  return {
    service,
    async close() {
      clearInterval(sweep);
      await stream.close();
      await service.drain(5_000);
    },
  };
}
