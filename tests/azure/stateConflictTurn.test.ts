// A stale eTag in a real turn (the full app on Azure state, Azurite): another instance saves the
// same conversation while this turn runs. The user gets a polite reply, the request never fails,
// and the conversation keeps its place (the other instance's saved state is not thrown away).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BlobServiceClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { systemClock } from '../../src/clock';
import { createAzureStores } from '../../src/storage/azureStores';
import { AzureBlobStateStorage } from '../../src/storage/azureBlobStateStorage';
import { choicesOf, startTestBot, type TestBot } from '../helpers/server';
import { startAzurite, type RunningAzurite } from '../helpers/azurite';

/**
 * This instance's storage, with a hook: when armed, the next conversation-state write is preceded
 * by another instance re-saving the same conversation (a read and a write of its own), so this
 * turn's save carries a stale eTag — the double-tap race, made deterministic.
 */
class RacedStorage implements Storage {
  armed = false;
  conflicts = 0;
  constructor(
    private readonly inner: Storage,
    private readonly otherInstance: Storage,
  ) {}
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    const key = Object.keys(changes).find((k) => k.includes('/conversations/'));
    if (this.armed && key) {
      this.armed = false;
      const current = (await this.otherInstance.read([key]))[key];
      if (current) await this.otherInstance.write({ [key]: current });
    }
    try {
      await this.inner.write(changes);
    } catch (err) {
      this.conflicts++;
      throw err;
    }
  }
}

let azurite: RunningAzurite | undefined;
let bot: TestBot | undefined;
let raced: RacedStorage;
beforeAll(async () => {
  azurite = await startAzurite();
  const env = {
    STORAGE: 'azure',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_CONTAINER: 'raced',
  };
  const stores = await createAzureStores(loadConfig({ ...env, DATA_DIR: '/nonexistent-unused' }), systemClock);
  const cs = azurite.connectionString;
  const other = new AzureBlobStateStorage(
    new BlobsStorage(cs, 'raced'),
    BlobServiceClient.fromConnectionString(cs).getContainerClient('raced'),
  );
  raced = new RacedStorage(stores.storage, other);
  bot = await startTestBot(env, { stores: { ...stores, storage: raced } });
}, 120_000);
afterAll(async () => {
  await bot?.close();
  await azurite?.stop();
});

describe('a turn that loses an eTag race', () => {
  it('answers politely and keeps the conversation where the other instance left it', async () => {
    const conv = bot!.conversation({ channelId: 'webchat' });
    await conv.say('hi');
    await conv.say('where does my knee hurt? help me work it out');
    const firstQuestion = await conv.say('Back of the knee');
    const asked = firstQuestion
      .filter((a) => a.type === 'message')
      .map((a) => a.text ?? '')
      .pop()!;
    expect(choicesOf(firstQuestion).some((c) => /^no\b/i.test(c.label))).toBe(true);

    raced.armed = true;
    const racedTurn = await conv.say('No'); // the HTTP call itself must succeed (no 500)
    expect(raced.conflicts).toBe(1);
    const texts = racedTurn.filter((a) => a.type === 'message').map((a) => a.text ?? '');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts[texts.length - 1]).toMatch(/sorry|again/i);

    // The stored state is the other instance's (still waiting for the answer to the first
    // question): answering again continues the assessment instead of starting over.
    const retry = await conv.say('No');
    const retryTexts = retry.filter((a) => a.type === 'message').map((a) => a.text ?? '');
    expect(retryTexts.join(' ')).not.toContain(asked);
    expect(choicesOf(retry).some((c) => /^no\b/i.test(c.label))).toBe(true);
  });
});
