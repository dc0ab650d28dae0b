// JsonConversationState / JsonUserState must behave exactly like botbuilder's ConversationState /
// UserState (same storage keys, same writes, same clear/delete/force semantics); only the change
// check is cheaper. Each scenario runs against both and compares what reached the storage.
import {
  type BotState,
  ConversationState,
  MemoryStorage,
  type Storage,
  type StoreItems,
  TestAdapter,
  type TurnContext,
  UserState,
} from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { JsonConversationState, JsonUserState, stateSnapshot } from '../../src/storage/jsonBotState';

/** MemoryStorage that records every call. */
class RecordingStorage implements Storage {
  readonly inner = new MemoryStorage();
  readonly calls: string[] = [];
  async read(keys: string[]): Promise<StoreItems> {
    this.calls.push(`read ${keys.join(',')}`);
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    const plain = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, stateSnapshot(v)]));
    this.calls.push(`write ${JSON.stringify(plain)}`);
    return this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    this.calls.push(`delete ${keys.join(',')}`);
    return this.inner.delete(keys);
  }
}

type Scenario = (context: TurnContext, state: BotState) => Promise<void>;

/** Runs each turn's scenario with a fresh state object over one storage; returns the storage calls. */
async function run(make: (storage: Storage) => BotState, turns: Scenario[]): Promise<string[]> {
  const storage = new RecordingStorage();
  const state = make(storage);
  const adapter = new TestAdapter(async (context) => {
    await turns.shift()!(context, state);
  });
  while (turns.length > 0) await adapter.send('hi');
  return storage.calls;
}

async function bothAgree(kind: 'conversation' | 'user', turns: () => Scenario[]): Promise<string[]> {
  const ours = await run(
    (s) => (kind === 'conversation' ? new JsonConversationState(s) : new JsonUserState(s)),
    turns(),
  );
  const theirs = await run((s) => (kind === 'conversation' ? new ConversationState(s) : new UserState(s)), turns());
  expect(ours).toEqual(theirs);
  return ours;
}

const counter: Scenario = async (context, state) => {
  const prop = state.createProperty<{ n: number }>('counter');
  const value = await prop.get(context, { n: 0 });
  await prop.set(context, { n: value.n + 1 });
  await state.saveChanges(context);
};
const readOnly: Scenario = async (context, state) => {
  await state.createProperty<{ n: number }>('counter').get(context);
  await state.saveChanges(context);
};

describe('JsonConversationState and JsonUserState', () => {
  it('read once per turn and write only what changed, like botbuilder', async () => {
    const calls = await bothAgree('conversation', () => [counter, readOnly, counter, readOnly]);
    expect(calls.filter((c) => c.startsWith('write'))).toHaveLength(2);
    expect(calls.filter((c) => c.startsWith('read'))).toHaveLength(4);
    await bothAgree('user', () => [counter, readOnly, counter]);
  });

  it('keep the state through load, get and a second save in one turn', async () => {
    await bothAgree('conversation', () => [
      async (context, state) => {
        const loaded = await state.load(context);
        expect(state.get(context)).toBe(loaded);
        (loaded as Record<string, unknown>).x = 1;
        await state.saveChanges(context);
        await state.saveChanges(context); // unchanged since the first save: no second write
        (loaded as Record<string, unknown>).x = 2;
        await state.saveChanges(context);
      },
      readOnly,
    ]);
  });

  it('write on force even when nothing changed, and when nothing was loaded', async () => {
    await bothAgree('conversation', () => [
      counter,
      async (context, state) => {
        await state.load(context);
        await state.saveChanges(context, true);
      },
      async (context, state) => state.saveChanges(context, true),
    ]);
  });

  it('reload from storage on load(force)', async () => {
    await bothAgree('conversation', () => [
      counter,
      async (context, state) => {
        await state.load(context);
        await state.load(context, true);
        await state.load(context);
      },
    ]);
  });

  it('clear: empties the state and the next save writes it', async () => {
    await bothAgree('conversation', () => [
      counter,
      async (context, state) => {
        await state.load(context);
        await state.clear(context);
        expect(state.get(context)).toEqual({});
        await state.saveChanges(context);
      },
      readOnly,
    ]);
  });

  it('delete: removes it from storage and from the turn', async () => {
    await bothAgree('conversation', () => [
      counter,
      async (context, state) => {
        await state.load(context);
        await state.delete(context);
        expect(state.get(context)).toBeUndefined();
        await state.saveChanges(context);
      },
      readOnly,
    ]);
  });

  it('ignores the eTag when deciding whether the state changed', () => {
    expect(stateSnapshot({ a: 1, eTag: '1' })).toBe(stateSnapshot({ a: 1, eTag: '*' }));
    expect(stateSnapshot({ a: 1 })).not.toBe(stateSnapshot({ a: 2 }));
  });

  it('treats a value JSON cannot hold as changed, so the storage reports it', async () => {
    const storage = new MemoryStorage();
    const state = new JsonConversationState(storage);
    await expect(
      new TestAdapter(async (context) => {
        const loaded = (await state.load(context)) as Record<string, unknown>;
        loaded.self = loaded;
        await state.saveChanges(context);
      }).send('hi'),
    ).rejects.toThrow(/circular/i);
  });
});
