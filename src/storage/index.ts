// Chooses where state and callback requests live (STORAGE=sqlite | memory | azure).
import { MemoryStorage, type Storage } from 'botbuilder';
import type { AppConfig } from '../config';
import type { Clock } from '../clock';
import type { CallbackStore } from '../callbacks/types';
import { SqliteCallbackStore } from '../callbacks/sqliteCallbackStore';
import { databaseFile, openDatabase, type SqliteDatabase } from './sqliteDb';
import { SqliteStorage } from './sqliteStorage';

export interface StateStores {
  storage: Storage;
  callbackStore: CallbackStore;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

interface AzureStoresModule {
  createAzureStores(config: AppConfig, clock: Clock): Promise<StateStores>;
}

/** Both stores on one SQLite database; close() closes it once. */
function sqliteStores(db: SqliteDatabase, storage: Storage): StateStores {
  const callbackStore = new SqliteCallbackStore(db);
  const health = db.prepare('SELECT 1 AS ok');
  return {
    storage,
    callbackStore,
    async healthy() {
      try {
        return db.open && (health.get() as { ok: number } | undefined)?.ok === 1;
      } catch {
        return false;
      }
    },
    async close() {
      // SqliteStorage first: it commits writes still queued for the next group commit.
      if (storage instanceof SqliteStorage) storage.close();
      if (db.open) db.close();
    },
  };
}

export async function createStores(config: AppConfig, clock: Clock): Promise<StateStores> {
  switch (config.storage) {
    case 'sqlite': {
      const db = openDatabase(databaseFile(config.dataDir));
      return sqliteStores(db, new SqliteStorage(db));
    }
    case 'memory':
      // Tests and throwaway runs: state in memory, callbacks still through the real SQL store.
      return sqliteStores(openDatabase(':memory:'), new MemoryStorage());
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
