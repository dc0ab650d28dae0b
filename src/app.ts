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
import { trackConnections } from './http/connections';
import { InFlight } from './http/inflight';
import { loadKnowledgeSet } from './knowledge/load';
import { fillTemplate } from './knowledge/template';
import type { Knowledge } from './knowledge/types';
import { createLogger, type Logger, turnLogger } from './logging';
import { createMatcher, lazyMatcher } from './matching';
import { createUnansweredLog, vocabularyFrom } from './matching/unansweredLog';
import { createLanguageDetector } from './matching/languageDetector';
import { TextLimitMiddleware } from './middleware/textLimit';
import { createServer } from './server';
import { registerStaffPage } from './staff/page';
import { createStores, type StateStores } from './storage';
import { isStoreUnavailable } from './storage/sqliteDb';
import { createRetention, type Retention } from './privacy/retention';
import { JsonUserState } from './storage/jsonBotState';
import { MemberConversationState } from './channels/conversationScope';
import { createBotTriages } from './triage';
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
  /** Run the retention purge on its schedule (default true; tests call retention.runOnce()). */
  retentionSchedule?: boolean;
  /** How long a state write keeps retrying while another process holds the database lock. */
  busyBudgetMs?: number;
}

export interface App {
  server: restify.Server;
  adapter: BotAdapter;
  /** The bot's turn handler (what the adapter runs for each activity). */
  logic: TurnLogic;
  knowledge: Knowledge;
  stores: StateStores;
  outbox: CallbackOutbox;
  retention: Retention;
  logger: Logger;
  /** Builds what start-up left for later (the Spanish matcher), so the first turn that needs it does not wait. */
  warm(): void;
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
  // Both languages from the folder; a test's own (English) knowledge runs without Spanish.
  const set = overrides.knowledge ? undefined : loadKnowledgeSet(config.knowledgeDir);
  const knowledge = overrides.knowledge ?? set!.en;
  const matcher = createMatcher(knowledge);
  // The Spanish one is silent on messages with no Spanish in them (src/triage/lang/evidence.ts).
  const triages = createBotTriages(set ?? { en: knowledge }, { clock });
  const triage = triages.en;
  const spanish = set && {
    knowledge: set.es,
    // Built at the first Spanish turn or by warm() just after listening (index.ts), not before the
    // bot answers: about a twelfth of start-up, for a language most conversations never use.
    matcher: lazyMatcher(() => createMatcher(set.es)),
    triage: triages.es!,
    detect: createLanguageDetector(set.en, set.es),
  };
  const stores =
    overrides.stores ?? (await createStores(config, clock, { logger, busyBudgetMs: overrides.busyBudgetMs }));

  // Per member in Teams channels/group chats and Slack channels (src/channels/conversationScope.ts).
  const conversationState = new MemberConversationState(stores.storage);
  const userState = new JsonUserState(stores.storage);
  const unanswered = createUnansweredLog(config.storage === 'memory' ? undefined : config.dataDir, {
    // Built at the first line logged, not at start-up: the knowledge never changes once loaded.
    vocabulary: () =>
      vocabularyFrom([
        knowledge.entries,
        knowledge.messages,
        knowledge.clinic,
        knowledge.synonyms,
        knowledge.outOfScope,
        knowledge.redFlags,
        knowledge.locations,
        ...(set
          ? [set.es.entries, set.es.messages, set.es.synonyms, set.es.outOfScope, set.es.redFlags, set.es.locations]
          : []),
      ]),
    onError: (err) => logger.warn({ err: { message: (err as Error)?.message } }, 'unanswered log write failed'),
  });
  const outbox = new CallbackOutbox({
    store: stores.callbackStore,
    config,
    logger,
    clock,
    timeZone: knowledge.clinic.timeZone,
    messages: knowledge.messages,
  });
  // A new request wakes the outbox at once instead of waiting for its next poll.
  const callbackStore = withCreateHook(stores.callbackStore, () => outbox.kick());
  const { bot } = createBot({
    knowledge,
    matcher,
    triage,
    spanish,
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
      fillTemplate(systemMessage(knowledge, 'text-truncated'), {
        max: config.limits.maxTextChars.toLocaleString('en-US'),
      }),
    ),
  );
  adapter.use(new InboundNormalizer(conversationState, [knowledge.clinic.name]));
  installTurnErrorHandler(
    adapter,
    conversationState,
    logger,
    fillTemplate(systemMessage(knowledge, 'turn-error'), { phone: knowledge.clinic.phone.display }),
    systemMessage(knowledge, 'turn-conflict'),
  );
  // A store that cannot take the write (locked by another process, file gone): say so and give the
  // phone number, and leave the conversation state alone (deleting it would fail the same way).
  const storeBusy = fillTemplate(systemMessage(knowledge, 'store-busy'), { phone: knowledge.clinic.phone.display });
  const otherErrors = adapter.onTurnError;
  adapter.onTurnError = async (context, error) => {
    if (!isStoreUnavailable(error)) return otherErrors(context, error);
    turnLogger(context, logger).error(
      {
        event: 'state-store-unavailable',
        problem: error.problem,
        reason: error.message,
        channelId: context.activity?.channelId,
      },
      'turn state could not be saved',
    );
    try {
      await context.sendActivity(storeBusy);
    } catch (sendError) {
      logger.warn({ err: { message: (sendError as Error)?.message } }, 'could not send the store-busy notice');
    }
  };
  const logic: TurnLogic = (context) => bot.run(context);

  const inflight = new InFlight();
  const retention = createRetention({ stores, config, logger, clock });
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
    ...(stores.health ? { storageHealth: (timeoutMs: number) => stores.health!(timeoutMs) } : {}),
  });
  registerStaffRoutes(server, { store: stores.callbackStore, config, clock });
  registerStaffPage(server, { store: stores.callbackStore, config, knowledge, clock, logger });
  const directLine = registerDirectLine(server, {
    adapter,
    logic,
    config,
    logger,
    clock,
    knowledge,
    storage: stores.storage,
  });
  await directLine.ready;
  registerWebPage(server, { config, knowledge, spanish: set?.es });
  registerLegalPages(server, { config, knowledge, spanish: set?.es });
  const connections = trackConnections(server.server);

  if (overrides.outbox !== false) outbox.start();
  if (overrides.retentionSchedule !== false) retention.start();

  let closed = false;
  return {
    server,
    adapter,
    logic,
    knowledge,
    stores,
    outbox,
    retention,
    logger,
    warm() {
      spanish?.matcher.warm();
    },
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
      retention.stop();
      // Open web chat streams would hold the server open; they reconnect elsewhere.
      const streamsClosed = directLine.close();
      // Every request already sent gets its answer (with Connection: close); nothing is reset.
      const clean = await connections.drain(drainMs);
      if (!clean)
        logger.warn(
          { turnsInFlight: inflight.size },
          'shutdown: connections still busy after the grace period were closed',
        );
      await inflight.drained(Math.max(0, drainMs / 10));
      await streamsClosed;
      await outbox.stop();
      await stores.close();
    },
  };
}
