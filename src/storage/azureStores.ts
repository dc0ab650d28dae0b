// STORAGE=azure: conversation/user state in Azure Blob Storage and callback requests in Azure Table
// storage, so any number of bot instances behind a load balancer share one conversation's place and
// one outbox. Container and table are created on start if missing; a bad connection string or an
// unreachable account stops the start here rather than failing the first patient's turn.
import { BlobServiceClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import { AzureTableCallbackStore } from '../callbacks/azureTableCallbackStore';
import { AzureBlobStateStorage } from './azureBlobStateStorage';

/** Structurally the StateStores of src/storage/index.ts (kept local so this file has no cycle). */
export interface AzureStateStores {
  storage: Storage;
  callbackStore: AzureTableCallbackStore;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

class AzureStorageConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AzureStorageConfigError';
  }
}

// Azure's naming rules, checked up front so the error names the setting instead of a 400 later.
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;
const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

/** A turn waits on state; a slow or dead account should fail the turn in seconds, not minutes. */
const statePipeline: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, tryTimeoutInMs: 10_000, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
};

const HEALTH_TIMEOUT_MS = 3_000;

export async function createAzureStores(config: AppConfig, _clock: Clock): Promise<AzureStateStores> {
  const connectionString = config.azure.connectionString;
  if (!connectionString) {
    throw new AzureStorageConfigError('AZURE_STORAGE_CONNECTION_STRING is required when STORAGE=azure');
  }
  const { container: containerName, callbacksTable } = config.azure;
  if (!CONTAINER_NAME.test(containerName)) {
    throw new AzureStorageConfigError(
      `AZURE_STORAGE_CONTAINER "${containerName}" is not a valid container name (3–63 lowercase letters, digits, single hyphens)`,
    );
  }
  if (!TABLE_NAME.test(callbacksTable)) {
    throw new AzureStorageConfigError(
      `AZURE_CALLBACKS_TABLE "${callbacksTable}" is not a valid table name (3–63 letters and digits, starting with a letter)`,
    );
  }

  const container = BlobServiceClient.fromConnectionString(connectionString, statePipeline).getContainerClient(
    containerName,
  );
  await container.createIfNotExists();
  const blobs = new BlobsStorage(connectionString, containerName, { storagePipelineOptions: statePipeline });
  const storage = new AzureBlobStateStorage(blobs, container);

  const callbackStore = await AzureTableCallbackStore.open({ connectionString, tableName: callbacksTable });

  return {
    storage,
    callbackStore,
    async healthy() {
      const [blobOk, tableOk] = await Promise.all([
        container
          .exists({ abortSignal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) })
          .then((exists) => exists)
          .catch(() => false),
        callbackStore.healthy(HEALTH_TIMEOUT_MS),
      ]);
      return blobOk && tableOk;
    },
    async close() {
      await callbackStore.close();
    },
  };
}
