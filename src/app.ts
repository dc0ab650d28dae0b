// Composition root: builds every part once, at start, and wires them together.
import type restify from 'restify';
import { BotAdapter, installTurnErrorHandler, type TurnLogic } from './adapter';
import { createBot } from './bot';
import { withCreateHook } from './callbacks/notifyingStore';
import { CallbackOutbox } from './callbacks/outbox';
import { registerStaffRoutes } from './callbacks/staffApi';
import { InboundNormalizer } from './channels/inbound';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { AppConfig } from './config';
import { registerDirectLine } from './directline';
import { InFlight } from './http/inflight';
import { loadKnowledge } from './knowledge/load';
import { fillTemplate } from './knowledge/template';
import type { Knowledge } from './knowledge/types';
import { createLogger, type Logger } from './logging';
import { createMatcher } from './matching';
import { createUnansweredLog } from './matching/unansweredLog';
import { TextLimitMiddleware } from './middleware/textLimit';
import { createServer } from './server';
import { createStores, type StateStores } from './storage';
import { JsonConversationState, JsonUserState } from './storage/jsonBotState';
import { createTriage } from './triage';
import { registerLegalPages } from './web/legal';
import { registerWebPage } from './web/page';
import { version } from './version';

export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
  stores?: StateStores;
  knowledge?: Knowledge;
  /** Start the callback outbox (default true). */
  outbox?: boolean;
}

export interface App {
  server: restify.Server;
  adapter: BotAdapter;
  /** The bot's turn handler (what the adapter runs for each activity). */
  logic: TurnLogic;
  knowledge: Knowledge;
  stores: StateStores;
  outbox: CallbackOutbox;
  logger: Logger;
  /** Listens and resolves with the base URL (http://host:port). */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting, lets turns in flight finish, stops the outbox, closes storage. */
  close(drainMs?: number): Promise<void>;
}

/** Wording the hosting layer needs (knowledge/messages/system.yaml); a missing key stops the start. */
function systemMessage(knowledge: Knowledge, key: string): string {
  const text = knowledge.messages[key];
  if (!text) throw new Error(`messages/system.yaml: ${key}: is missing (the bot needs this wording)`);
  return text;
}

export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const knowledge = overrides.knowledge ?? loadKnowledge(config.knowledgeDir);
  const matcher = createMatcher(knowledge);
  const triage = createTriage(knowledge);
  const stores = overrides.stores ?? (await createStores(config, clock));

  const conversationState = new JsonConversationState(stores.storage);
  const userState = new JsonUserState(stores.storage);
  const unanswered = createUnansweredLog(config.storage === 'memory' ? undefined : config.dataDir, {
    onError: (err) => logger.warn({ err: { message: (err as Error)?.message } }, 'unanswered log write failed'),
  });
  const outbox = new CallbackOutbox({ store: stores.callbackStore, config, logger, clock });
  // A new request wakes the outbox at once instead of waiting for its next poll.
  const callbackStore = withCreateHook(stores.callbackStore, () => outbox.kick());
  const { bot } = createBot({
    knowledge,
    matcher,
    triage,
    conversationState,
    userState,
    callbackStore,
    clock,
    unanswered,
    logger,
  });

  const adapter = new BotAdapter(config);
  adapter.use(
    new TextLimitMiddleware(
      config.limits.maxTextChars,
      fillTemplate(systemMessage(knowledge, 'text-truncated'), { max: config.limits.maxTextChars.toLocaleString('en-US') }),
    ),
  );
  adapter.use(new InboundNormalizer(conversationState));
  installTurnErrorHandler(
    adapter,
    conversationState,
    logger,
    fillTemplate(systemMessage(knowledge, 'turn-error'), { phone: knowledge.clinic.phone.display }),
    systemMessage(knowledge, 'turn-conflict'),
  );
  const logic: TurnLogic = (context) => bot.run(context);

  const inflight = new InFlight();
  const server = createServer({
    config,
    logger,
    adapter,
    logic,
    inflight,
    version,
    knowledgeEntries: knowledge.entries.length,
    storageKind: config.storage,
    storageHealthy: () => stores.healthy(),
  });
  registerStaffRoutes(server, { store: stores.callbackStore, config, clock });
  const directLine = registerDirectLine(server, {
    adapter,
    logic,
    config,
    logger,
    clock,
    botName: `${knowledge.clinic.name} assistant`,
    storage: stores.storage,
  });
  await directLine.ready;
  registerWebPage(server, { config, knowledge });
  registerLegalPages(server, { config, knowledge });

  if (overrides.outbox !== false) outbox.start();

  let closed = false;
  return {
    server,
    adapter,
    logic,
    knowledge,
    stores,
    outbox,
    logger,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host ?? '0.0.0.0', () => {
          const address = server.address();
          const shownHost = host && host !== '0.0.0.0' ? host : 'localhost';
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    async close(drainMs = 10_000) {
      if (closed) return;
      closed = true;
      const stopped = new Promise<void>((resolve) => server.server.close(() => resolve()));
      server.server.closeIdleConnections();
      // Open web chat streams would hold server.close() forever; they reconnect elsewhere.
      const streamsClosed = directLine.close();
      const drained = await inflight.drained(drainMs);
      if (!drained) logger.warn({ turnsInFlight: inflight.size }, 'shutdown: turns still in flight after the grace period');
      server.server.closeAllConnections();
      await stopped;
      await streamsClosed;
      await outbox.stop();
      await stores.close();
    },
  };
}
