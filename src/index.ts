// Entry point for `npm start`: configuration, composition, listen, graceful shutdown.
import { warmHolidays } from './clinic/holidays';
import dotenv from 'dotenv';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logging';
import { warmSpanishEvidence } from './triage';

/** How long after listening the holiday calendar is loaded (see below). */
const HOLIDAY_WARM_DELAY_MS = 2000;

async function main(): Promise<void> {
  const startedAt = performance.now();
  dotenv.config({ quiet: true });
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let app;
  try {
    app = await createApp(config, { logger });
  } catch (error) {
    // Knowledge and storage errors are already one clear line (file, path, reason).
    process.stderr.write(`Start-up failed: ${(error as Error).message}\n`);
    process.exit(1);
  }

  let url: string;
  try {
    url = await app.listen(config.port, config.host);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(
      `Start-up failed: cannot listen on ${config.host ?? '0.0.0.0'}:${config.port}: ${e.code ?? e.message}\n`,
    );
    process.exit(1);
  }
  // Whatever kills the process leaves one line saying why (a crash is otherwise silent in the logs).
  process.on('uncaughtException', (error) => {
    logger.fatal(
      { err: { name: error.name, message: error.message, stack: error.stack } },
      'uncaught exception: stopping',
    );
    logger.flush();
    process.exit(1);
  });
  if (!config.bot.appId) {
    logger.warn('MicrosoftAppId is empty: /api/messages accepts unauthenticated requests — for local use only');
  }
  logger.info(
    {
      url,
      storage: config.storage,
      knowledgeEntries: app.knowledge.entries.length,
      startupMs: Math.round(performance.now() - startedAt),
    },
    `knee-pain bot listening on ${url} (web chat at /, Bot Framework endpoint at /api/messages)`,
  );
  // The holiday calendar loads lazily (about 0.25 s of synchronous work): load it a little after the
  // bot is reachable, so the first health checks and turns are not held behind it.
  // The language check's vocabularies (about a tenth of start-up) and the Spanish matcher likewise.
  setTimeout(() => {
    warmHolidays(new Date().getUTCFullYear());
    warmSpanishEvidence();
    app.warm();
  }, HOLIDAY_WARM_DELAY_MS).unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests, finishing turns in flight');
    try {
      await app.close();
      logger.info('stopped cleanly');
      logger.flush();
      process.exit(0);
    } catch (error) {
      logger.error({ err: { message: (error as Error).message } }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
