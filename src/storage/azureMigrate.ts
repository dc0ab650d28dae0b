// One-way copy of a single-instance SQLite database (DATA_DIR/bot.db) into Azure Storage, for the
// move to several instances. Safe to re-run: what already exists in Azure is left alone, so a
// second run after a cut-over only adds what the old instance wrote in between.
import type { ContainerClient } from '@azure/storage-blob';
import type { SqliteDatabase } from './sqliteDb';
import { stateBlobName } from './azureBlobStateStorage';
import type { AzureTableCallbackStore } from '../callbacks/azureTableCallbackStore';
import type { CallbackRequest, CallbackStatus, PreferredTime } from '../callbacks/types';

export interface MigrationReport {
  state: { copied: number; skipped: number };
  callbacks: { copied: number; skipped: number };
}

interface StateRow {
  key: string;
  doc: string;
}

interface CallbackRow {
  id: string;
  status: CallbackStatus;
  created_ms: number;
  updated_ms: number;
  name: string;
  phone: string;
  preferred_time: PreferredTime;
  preferred_date: string;
  reason: string | null;
  channel_id: string | null;
  attempts: number;
  next_attempt_ms: number | null;
  last_error: string | null;
}

/** Leases are not copied: they belong to the old instance's outbox, which is stopped. */
function toRequest(r: CallbackRow): CallbackRequest {
  const iso = (ms: number) => new Date(ms).toISOString();
  const req: CallbackRequest = {
    id: r.id,
    status: r.status,
    createdAt: iso(r.created_ms),
    updatedAt: iso(r.updated_ms),
    name: r.name,
    phone: r.phone,
    preferredTime: r.preferred_time,
    preferredDate: r.preferred_date,
    consent: true,
    attempts: r.attempts,
  };
  if (r.reason !== null) req.reason = r.reason;
  if (r.channel_id !== null) req.channelId = r.channel_id;
  if (r.next_attempt_ms !== null) req.nextAttemptAt = iso(r.next_attempt_ms);
  if (r.last_error !== null) req.lastError = r.last_error;
  return req;
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
  const rows = db.prepare<[], CallbackRow>(
    `SELECT id, status, created_ms, updated_ms, name, phone, preferred_time, preferred_date, reason, channel_id,
            attempts, next_attempt_ms, last_error
     FROM callbacks ORDER BY created_ms, seq`,
  );
  for (const row of rows.all()) {
    if (options.dryRun) {
      if (await target.callbackStore.get(row.id)) report.callbacks.skipped++;
      else report.callbacks.copied++;
      continue;
    }
    const outcome = await target.callbackStore.importRequest(toRequest(row));
    if (outcome === 'created') report.callbacks.copied++;
    else report.callbacks.skipped++;
  }
  return report;
}
