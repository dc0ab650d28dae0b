// Bot state in Azure Blob Storage, shared by every instance behind the load balancer.
//
// Reads and deletes go through botbuilder-azure-blobs' BlobsStorage (same blob names and JSON, so
// state written by a plain BlobsStorage bot stays readable). Writes add one guarantee BlobsStorage
// alone does not give a bot: botbuilder's BotState.saveChanges always writes with eTag "*", so two
// overlapping turns of one conversation on two instances would silently overwrite each other
// (the later turn wins, the earlier one's progress is lost). Here a "*" write of an object that
// this storage read is made conditional on the eTag it was read with, so the second writer gets
// a StateConflictError instead, and the bot can tell the user to resend (see isStateConflict).
import type { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { BlobsStorage } from 'botbuilder-azure-blobs';

/** Thrown when a write lost an optimistic-concurrency race; the message matches BlobsStorage's. */
export class StateConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'StateConflictError';
  }
}

/**
 * True for a stale-eTag write from any botbuilder Storage (ours, BlobsStorage, MemoryStorage all
 * say "eTag conflict"), also when wrapped as `cause`. The turn's state was not saved.
 */
export function isStateConflict(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    if (e instanceof StateConflictError) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /eTag conflict/i.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Blob name for a state key, exactly as BlobsStorage derives it (collapse empty path parts, URI-encode, ≤1024). */
export function stateBlobName(key: string): string {
  if (!key) throw new Error('Please provide a non-empty key');
  const sanitized = key.split('/').reduce((acc, part, idx) => (part ? [acc, part].join(idx < 255 ? '/' : '') : acc));
  return encodeURIComponent(sanitized).substring(0, 1024);
}

export interface AzureBlobStateStorageOptions {
  /** Make BotState's "*" writes conditional on the eTag read in the same turn (default true). */
  guardConcurrentTurns?: boolean;
}

export class AzureBlobStateStorage implements Storage {
  /** eTag each state object was read (or last written) with; keyed by the object BotState caches. */
  private readonly versions = new WeakMap<object, string>();
  private readonly guard: boolean;

  constructor(
    private readonly blobs: BlobsStorage,
    private readonly container: ContainerClient,
    options: AzureBlobStateStorageOptions = {},
  ) {
    this.guard = options.guardConcurrentTurns ?? true;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items = await this.blobs.read(keys);
    for (const item of Object.values(items) as StoreItem[]) {
      if (item && typeof item.eTag === 'string') this.versions.set(item, item.eTag);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item as StoreItem)));
  }

  async delete(keys: string[]): Promise<void> {
    await this.blobs.delete(keys);
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag, ...data } = item;
    const ifMatch = this.conditionFor(item, eTag);
    const body = JSON.stringify(data);
    try {
      const res = await this.container.getBlockBlobClient(stateBlobName(key)).upload(body, Buffer.byteLength(body), {
        conditions: ifMatch ? { ifMatch } : {},
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      // A second save in the same turn must be conditional on what we just wrote.
      if (res.etag) this.versions.set(item, res.etag);
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 412) throw new StateConflictError(key);
      throw err;
    }
  }

  private conditionFor(item: StoreItem, eTag: unknown): string | undefined {
    if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') return eTag; // caller's explicit eTag
    if (eTag === '*' && this.guard) return this.versions.get(item); // BotState's blanket "*"
    return undefined;
  }
}
