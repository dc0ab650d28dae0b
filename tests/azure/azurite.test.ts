import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobServiceClient } from '@azure/storage-blob';
import { TableServiceClient } from '@azure/data-tables';
import { startAzurite, type RunningAzurite } from '../helpers/azurite';

describe('Azurite test helper', () => {
  let azurite: RunningAzurite | undefined;
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    await azurite?.stop();
  });

  it('serves blob and table on the ports in its connection string', async () => {
    const a = azurite!;
    expect(a.connectionString).toContain(`:${a.blobPort}/`);
    expect(a.connectionString).toContain(`:${a.tablePort}/`);
    const blobs = BlobServiceClient.fromConnectionString(a.connectionString);
    await blobs.getContainerClient('probe').createIfNotExists();
    expect(await blobs.getContainerClient('probe').exists()).toBe(true);
    const tables = TableServiceClient.fromConnectionString(a.connectionString, { allowInsecureConnection: true });
    await tables.createTable('probe');
    const names: string[] = [];
    for await (const t of tables.listTables()) names.push(t.name ?? '');
    expect(names).toContain('probe');
  });

  it('stops cleanly so ports are released', async () => {
    const other = await startAzurite();
    const port = other.blobPort;
    await other.stop();
    const blobs = BlobServiceClient.fromConnectionString(other.connectionString, { retryOptions: { maxTries: 1 } });
    await expect(blobs.getContainerClient('gone').exists()).rejects.toThrow();
    expect(port).toBeGreaterThan(0);
  });
});
