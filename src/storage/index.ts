// Chooses where state and callback requests live (STORAGE=sqlite | memory | azure).
import { MemoryStorage, type Storage } from 'botbuilder';
import type { AppConfig } from '../config';
import type { Clock } from '../clock';
import type { CallbackStore } from '../callbacks/types';
import { SqliteCallbackStore } from '../callbacks/sqliteCallbackStore';
import type { Logger } from '../logging';
import {
  databaseFile,
  guardOf,
  type HealthVerdict,
  openDatabase,
  SHORT_BUSY_TIMEOUT_MS,
  type SqliteDatabase,
} from './sqliteDb';
import { SqliteStorage } from './sqliteStorage';

export interface StateStores {
  storage: Storage;
  callbackStore: CallbackStore;
  healthy(): Promise<boolean>;
  /** Why the store is unhealthy, for /healthz (stores that can tell; else healthy() is used). */
  health?(timeoutMs?: number): Promise<HealthVerdict>;
  /** Retention: deletes conversation and user state idle since `before`; returns rows removed. */
  purgeIdleState?(before: Date): Promise<number>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Problems with the database file (deleted, replaced, locked, read-only) are logged here at error. */
  logger?: Logger;
  /** How long a write keeps retrying while another process holds the lock (ms). */
  busyBudgetMs?: number;
  /** How often the database file is checked even when nobody asks /healthz (ms). */
  watchMs?: number;
}

interface AzureStoresModule {
  createAzureStores(config: AppConfig, clock: Clock): Promise<StateStores>;
}

/** Both stores on one SQLite database; close() closes it once. */
function sqliteStores(db: SqliteDatabase, storage: Storage, options: StoreOptions = {}): StateStores {
  const callbackStore = new SqliteCallbackStore(db);
  const guard = guardOf(db)!;
  // A deleted or replaced file is noticed (and logged) within watchMs even if nobody asks /healthz.
  const watch = guard.onDisk ? setInterval(() => guard.fileProblem(), options.watchMs ?? 10_000) : undefined;
  watch?.unref();
  const health = (timeoutMs?: number) => guard.check(timeoutMs);
  return {
    storage,
    callbackStore,
    health,
    async healthy() {
      return (await health()).ok;
    },
    async purgeIdleState(before) {
      return storage instanceof SqliteStorage ? storage.purgeIdle(before.getTime()) : 0;
    },
    async close() {
      if (watch) clearInterval(watch);
      // SqliteStorage first: it commits writes still queued for the next group commit.
      if (storage instanceof SqliteStorage) storage.close();
      if (db.open) db.close();
    },
  };
}

export async function createStores(config: AppConfig, clock: Clock, options: StoreOptions = {}): Promise<StateStores> {
  const onProblem = (reason: string) =>
    options.logger?.error({ event: 'state-database-problem', reason }, `state database: ${reason}`);
  const open = (file: string) =>
    openDatabase(file, { busyTimeoutMs: SHORT_BUSY_TIMEOUT_MS, busyBudgetMs: options.busyBudgetMs, onProblem });
  switch (config.storage) {
    case 'sqlite': {
      const db = open(databaseFile(config.dataDir));
      const storage = new SqliteStorage(db, { busyBudgetMs: options.busyBudgetMs, now: () => clock.now().getTime() });
      return sqliteStores(db, storage, options);
    }
    case 'memory':
      // Tests and throwaway runs: state in memory, callbacks still through the real SQL store.
      return sqliteStores(open(':memory:'), new MemoryStorage(), options);
    case 'azure': {
      // Loaded only when chosen, so a missing or broken Azure SDK never affects sqlite users.
      // A computed specifier keeps the compiler from requiring the module to exist.
      const specifier: string = './azureStores.js';
      const mod = (await import(specifier)) as Partial<AzureStoresModule> & { default?: Partial<AzureStoresModule> };
      const create = mod.createAzureStores ?? mod.default?.createAzureStores;
      if (typeof create !== 'function') throw new Error('src/storage/azureStores does not export createAzureStores');
      return create(config, clock);
    }
    default: {
      const never: never = config.storage;
      throw new Error(`Unknown storage kind: ${String(never)}`);
    }
  }
}
