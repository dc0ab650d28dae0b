// `npx tsx scripts/migrate-sqlite-to-azure.ts [--from <bot.db>] [--dry-run]`
// Copies conversation/user state and callback requests from the single-instance SQLite file into
// the Azure account named by AZURE_STORAGE_CONNECTION_STRING (container AZURE_STORAGE_CONTAINER,
// table AZURE_CALLBACKS_TABLE). Re-runnable: existing blobs and rows are never overwritten.
// Stop the SQLite instance first (or run again after the cut-over) — see docs/scaling.md.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from '../src/config';
import { systemClock } from '../src/clock';
import { databaseFile } from '../src/storage/sqliteDb';
import { createAzureStores } from '../src/storage/azureStores';
import { migrateSqliteToAzure } from '../tools/azureMigrate';
import { BlobServiceClient } from '@azure/storage-blob';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  // The target is Azure whatever STORAGE says in .env (it usually still says sqlite).
  const config = loadConfig({ ...process.env, STORAGE: 'azure' });
  const from = argValue('--from') ?? databaseFile(config.dataDir);
  const dryRun = process.argv.includes('--dry-run');
  if (!fs.existsSync(from)) {
    process.stderr.write(`No SQLite database at ${from} (use --from <file>)\n`);
    return 1;
  }
  // Read-only: the migration never changes the source, so it can be repeated or abandoned.
  const db = new Database(from, { readonly: true, fileMustExist: true });
  // Creates container and table if missing, and proves the account is reachable.
  const stores = await createAzureStores(config, systemClock);
  try {
    const container = BlobServiceClient.fromConnectionString(config.azure.connectionString!).getContainerClient(
      config.azure.container,
    );
    const report = await migrateSqliteToAzure(db, { container, callbackStore: stores.callbackStore }, { dryRun });
    const verb = dryRun ? 'would copy' : 'copied';
    process.stdout.write(
      `${verb} ${report.state.copied} state documents (${report.state.skipped} already in Azure), ` +
        `${report.callbacks.copied} callback requests (${report.callbacks.skipped} already in Azure) ` +
        `into container "${config.azure.container}" and table "${config.azure.callbacksTable}"\n`,
    );
    return 0;
  } finally {
    db.close();
    await stores.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `${err instanceof ConfigError ? err.message : `Migration failed: ${(err as Error).message}`}\n`,
    );
    process.exit(1);
  },
);
