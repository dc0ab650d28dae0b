// One-way copy of a single-instance SQLite database (DATA_DIR/bot.db) into Azure Storage, for the
// move to several instances. Safe to re-run: what already exists in Azure is left alone, so a
// second run after a cut-over only adds what the old instance wrote in between.
import type { ContainerClient } from '@azure/storage-blob';
import type { SqliteDatabase } from '../src/storage/sqliteDb';
import { stateBlobName } from '../src/storage/azureBlobStateStorage';
import type { AzureTableCallbackStore } from '../src/callbacks/azureTableCallbackStore';
import { CALLBACK_COLUMNS, callbackFromRow, type CallbackRow } from '../src/callbacks/sqliteCallbackStore';

export interface MigrationReport {
  state: { copied: number; skipped: number };
  callbacks: { copied: number; skipped: number };
}

interface StateRow {
  key: string;
  doc: string;
}

export async function migrateSqliteToAzure(
  db: SqliteDatabase,
  target: { container: ContainerClient; callbackStore: AzureTableCallbackStore },
  options: { dryRun?: boolean } = {},
): Promise<MigrationReport> {
  const report: MigrationReport = { state: { copied: 0, skipped: 0 }, callbacks: { copied: 0, skipped: 0 } };

  // all(), not iterate(): the loop awaits the network, and a clinic's database fits in memory.
  for (const row of db.prepare<[], StateRow>('SELECT key, doc FROM bot_state ORDER BY key').all()) {
    const blob = target.container.getBlockBlobClient(stateBlobName(row.key));
    if (options.dryRun) {
      if (await blob.exists()) report.state.skipped++;
      else report.state.copied++;
      continue;
    }
    try {
      // If-None-Match "*": never overwrite state an Azure-backed instance already moved on.
      await blob.upload(row.doc, Buffer.byteLength(row.doc), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      report.state.copied++;
    } catch (err) {
      const code = (err as { statusCode?: number }).statusCode;
      if (code !== 409 && code !== 412) throw err;
      report.state.skipped++;
    }
  }

  // Oldest first, in SQLite's own order, so same-millisecond requests keep their newest-first order.
  const rows = db.prepare<[], CallbackRow>(`SELECT ${CALLBACK_COLUMNS} FROM callbacks ORDER BY created_ms, seq`);
  for (const row of rows.all()) {
    if (options.dryRun) {
      if (await target.callbackStore.get(row.id)) report.callbacks.skipped++;
      else report.callbacks.copied++;
      continue;
    }
    // Leases are not copied (not among the columns): they belong to the old instance's stopped outbox.
    const outcome = await target.callbackStore.importRequest(callbackFromRow(row));
    if (outcome === 'created') report.callbacks.copied++;
    else report.callbacks.skipped++;
  }
  return report;
}
