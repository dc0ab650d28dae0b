// Retention: conversation and user state (callback drafts included: they live in the dialog state)
// that nobody has touched for STATE_RETENTION_HOURS is deleted, every PURGE_INTERVAL_MINUTES.
// The SQLite store overwrites what it deletes (secure_delete) and truncates its WAL afterwards.
// Callback requests have their own retention (CALLBACK_RETENTION_DAYS, the callback outbox).
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import type { Logger } from '../logging';
import type { StateStores } from '../storage';

export interface Retention {
  /** Purges once now; resolves with how many state rows went. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): void;
}

export function createRetention(deps: {
  stores: StateStores;
  config: AppConfig;
  logger: Logger;
  clock: Clock;
}): Retention {
  const { stores, config, logger, clock } = deps;
  const idleMs = config.retention.stateIdleHours * 3_600_000;
  let timer: NodeJS.Timeout | undefined;
  let first: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  const runOnce = async (): Promise<number> => {
    if (!stores.purgeIdleState) return 0; // Azure: a Blob lifecycle rule does this (docs/privacy.md)
    if (running) return running;
    running = (async () => {
      try {
        const removed = await stores.purgeIdleState!(new Date(clock.now().getTime() - idleMs));
        if (removed > 0)
          logger.info(
            { event: 'state-purged', removed, idleHours: config.retention.stateIdleHours },
            'idle conversation state deleted',
          );
        return removed;
      } catch (err) {
        logger.warn({ err: { message: (err as Error)?.message } }, 'state purge failed; the next run tries again');
        return 0;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  return {
    runOnce,
    start() {
      if (timer) return;
      // First run soon after start (a restart after a long stop catches up), then on the interval.
      first = setTimeout(() => void runOnce(), 60_000);
      first.unref();
      timer = setInterval(() => void runOnce(), config.retention.purgeIntervalMinutes * 60_000);
      timer.unref();
    },
    stop() {
      if (first) clearTimeout(first);
      if (timer) clearInterval(timer);
      first = timer = undefined;
    },
  };
}
