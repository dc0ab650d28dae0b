// Bot state on Azure Blob Storage (Azurite): the shared Storage contract, plus what two instances
// sharing one conversation need — a stale write is refused, never silently lost, never a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityTypes, ConversationState, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BlobServiceClient } from '@azure/storage-blob';
import { runStorageContract } from '../storage/storageContract';
import { startAzurite, type RunningAzurite } from '../helpers/azurite';
import {
  AzureBlobStateStorage,
  StateConflictError,
  isStateConflict,
  stateBlobName,
} from '../../src/storage/azureBlobStateStorage';

let azurite: RunningAzurite | undefined;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

let containerSeq = 0;
async function freshContainer(): Promise<{ name: string; cs: string }> {
  const cs = azurite!.connectionString;
  const name = `state-${process.pid}-${++containerSeq}`;
  await BlobServiceClient.fromConnectionString(cs).getContainerClient(name).createIfNotExists();
  return { name, cs };
}

function guarded(cs: string, name: string): AzureBlobStateStorage {
  const container = BlobServiceClient.fromConnectionString(cs).getContainerClient(name);
  return new AzureBlobStateStorage(new BlobsStorage(cs, name), container);
}

runStorageContract('BlobsStorage on Azurite', async () => {
  const { name, cs } = await freshContainer();
  return {
    storage: new BlobsStorage(cs, name),
    reopen: async () => new BlobsStorage(cs, name),
    cleanup: async () => {},
  };
});

runStorageContract('AzureBlobStateStorage on Azurite', async () => {
  const { name, cs } = await freshContainer();
  return { storage: guarded(cs, name), reopen: async () => guarded(cs, name), cleanup: async () => {} };
});

/** A turn's TurnContext for one conversation, without any network (state keys need ids only). */
function turn(conversationId: string): TurnContext {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    channelId: 'test',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'runner' },
    recipient: { id: 'bot', name: 'bot' },
    text: 'hi',
  };
  return new TurnContext(new TestAdapter(), activity);
}

describe('two instances, one conversation', () => {
  it('refuses the later of two overlapping turns instead of losing the earlier one', async () => {
    const { name, cs } = await freshContainer();
    // Two instances: separate storage objects and ConversationStates on the same container.
    const stateA = new ConversationState(guarded(cs, name));
    const stateB = new ConversationState(guarded(cs, name));
    const progressA = stateA.createProperty<number>('step');
    const progressB = stateB.createProperty<number>('step');

    const setup = turn('conv-overlap');
    await progressA.set(setup, 1);
    await stateA.saveChanges(setup);

    const onA = turn('conv-overlap');
    const onB = turn('conv-overlap');
    expect(await progressA.get(onA)).toBe(1);
    expect(await progressB.get(onB)).toBe(1);
    await progressB.set(onB, 2);
    await stateB.saveChanges(onB);
    await progressA.set(onA, 5);

    const err = await stateA.saveChanges(onA).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StateConflictError);
    expect(isStateConflict(err)).toBe(true);

    const check = turn('conv-overlap');
    expect(await progressA.get(check)).toBe(2);
  });

  it('plain BlobsStorage under BotState would have lost that update silently (why the guard exists)', async () => {
    const { name, cs } = await freshContainer();
    const stateA = new ConversationState(new BlobsStorage(cs, name));
    const stateB = new ConversationState(new BlobsStorage(cs, name));
    const pA = stateA.createProperty<string[]>('answers');
    const pB = stateB.createProperty<string[]>('answers');
    const setup = turn('conv-lost');
    await pA.set(setup, []);
    await stateA.saveChanges(setup);

    const onA = turn('conv-lost');
    const onB = turn('conv-lost');
    await pA.set(onA, [...((await pA.get(onA)) ?? []), 'from A']);
    await pB.set(onB, [...((await pB.get(onB)) ?? []), 'from B']);
    await stateB.saveChanges(onB);
    await stateA.saveChanges(onA); // BotState writes eTag "*": no error…
    expect(await pA.get(turn('conv-lost'))).toEqual(['from A']); // …and B's answer is gone.
  });

  it('guardConcurrentTurns: false gives back plain last-writer-wins', async () => {
    const { name, cs } = await freshContainer();
    const container = BlobServiceClient.fromConnectionString(cs).getContainerClient(name);
    const unguarded = () =>
      new ConversationState(
        new AzureBlobStateStorage(new BlobsStorage(cs, name), container, { guardConcurrentTurns: false }),
      );
    const [stateA, stateB] = [unguarded(), unguarded()];
    const pA = stateA.createProperty<number>('n');
    const pB = stateB.createProperty<number>('n');
    const setup = turn('conv-unguarded');
    await pA.set(setup, 0);
    await stateA.saveChanges(setup);
    const onA = turn('conv-unguarded');
    const onB = turn('conv-unguarded');
    await pA.get(onA);
    await pB.get(onB);
    await pB.set(onB, 2);
    await stateB.saveChanges(onB);
    await pA.set(onA, 1);
    await stateA.saveChanges(onA);
    expect(await pA.get(turn('conv-unguarded'))).toBe(1);
  });

  it('alternating turns on two instances keep building one state (no false conflicts)', async () => {
    const { name, cs } = await freshContainer();
    const states = [new ConversationState(guarded(cs, name)), new ConversationState(guarded(cs, name))];
    const props = states.map((s) => s.createProperty<string[]>('answers'));
    for (let i = 0; i < 6; i++) {
      const which = i % 2;
      const ctx = turn('conv-alternate');
      const answers = (await props[which]!.get(ctx, [])) ?? [];
      await props[which]!.set(ctx, [...answers, `turn ${i} on ${which === 0 ? 'A' : 'B'}`]);
      await states[which]!.saveChanges(ctx);
      // A second save in the same turn (the dialog saved first, then the bot) is no conflict.
      await props[which]!.set(ctx, [...(await props[which]!.get(ctx))!]);
      await states[which]!.saveChanges(ctx, true);
    }
    expect(await props[0]!.get(turn('conv-alternate'))).toEqual([
      'turn 0 on A',
      'turn 1 on B',
      'turn 2 on A',
      'turn 3 on B',
      'turn 4 on A',
      'turn 5 on B',
    ]);
  });

  it('a conflict during a turn ends in a polite retry message, not a crash', async () => {
    const { name, cs } = await freshContainer();
    const storage = guarded(cs, name);
    const convState = new ConversationState(storage);
    const step = convState.createProperty<number>('step');
    // The conversation is under way (its state exists), as in every turn after the first.
    const earlier = turn('Convo1'); // TestAdapter's conversation id
    await step.set(earlier, 1);
    await convState.saveChanges(earlier);

    // The pattern the adapter's onTurnError follows (see docs/scaling.md).
    const adapter = new TestAdapter(async (ctx) => {
      const n = (await step.get(ctx, 0)) ?? 0;
      // Another instance finishes a turn of this conversation while this one is mid-turn.
      const other = new ConversationState(guarded(cs, name));
      const otherCtx = turn(ctx.activity.conversation.id);
      await other.createProperty<number>('step').set(otherCtx, 100);
      await other.saveChanges(otherCtx, true);
      await step.set(ctx, n + 1);
      await convState.saveChanges(ctx);
    });
    adapter.onTurnError = async (ctx, error) => {
      if (!isStateConflict(error)) throw error;
      await ctx.sendActivity('Sorry, two of your messages crossed paths. Could you send that again?');
    };
    await adapter.send('hello').assertReply('Sorry, two of your messages crossed paths. Could you send that again?');
    // The other instance's state stands; this turn's step was not written over it.
    expect(await step.get(turn(adapter.conversation.conversation.id))).toBe(100);
  });
});

describe('state blobs', () => {
  it('are named and stored exactly as BlobsStorage names and stores them (interchangeable)', async () => {
    const { name, cs } = await freshContainer();
    const key = 'msteams/conversations/a:1/b c/users/u#1';
    await guarded(cs, name).write({ [key]: { text: 'Mon–Fri café 🏃', n: 1 } });
    const viaPlain = await new BlobsStorage(cs, name).read([key]);
    expect(viaPlain[key]).toMatchObject({ text: 'Mon–Fri café 🏃', n: 1 });
    const blob = BlobServiceClient.fromConnectionString(cs).getContainerClient(name).getBlobClient(stateBlobName(key));
    const props = await blob.getProperties();
    expect(props.contentType).toBe('application/json');
    // Byte length, not character length: multi-byte text must not be cut short.
    expect(props.contentLength).toBe(Buffer.byteLength(JSON.stringify({ text: 'Mon–Fri café 🏃', n: 1 })));
  });

  it('isStateConflict recognises conflicts from any store and nothing else', () => {
    expect(isStateConflict(new StateConflictError('k'))).toBe(true);
    expect(isStateConflict(new Error('Storage: error writing "k" due to eTag conflict.'))).toBe(true);
    expect(isStateConflict(new Error('turn failed', { cause: new StateConflictError('k') }))).toBe(true);
    expect(isStateConflict(new Error('connect ECONNREFUSED'))).toBe(false);
    expect(isStateConflict(undefined)).toBe(false);
    expect(isStateConflict('eTag conflict')).toBe(false);
  });
});
