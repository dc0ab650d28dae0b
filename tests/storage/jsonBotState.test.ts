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
import { openDatabase } from '../../src/storage/sqliteDb';
import { SqliteStorage } from '../../src/storage/sqliteStorage';

/** A storage (MemoryStorage, or SQLite, which hands JSON text to and from JsonBotState) that records every call. */
class RecordingStorage implements Storage {
  readonly calls: string[] = [];
  readonly keys = new Set<string>();
  constructor(readonly inner: Storage) {}
  async read(keys: string[]): Promise<StoreItems> {
    this.calls.push(`read ${keys.join(',')}`);
    return this.inner.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    const plain = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, stateSnapshot(v)]));
    this.calls.push(`write ${JSON.stringify(plain)}`);
    for (const key of Object.keys(changes)) this.keys.add(key);
    return this.inner.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    this.calls.push(`delete ${keys.join(',')}`);
    return this.inner.delete(keys);
  }
}

type Scenario = (context: TurnContext, state: BotState) => Promise<void>;

type Store = 'memory' | 'sqlite';
const newStore = (store: Store): Storage =>
  store === 'memory' ? new MemoryStorage() : new SqliteStorage(openDatabase(':memory:'), { ownsDb: true });

/**
 * Runs each turn's scenario with a fresh state object over one storage; returns the storage calls
 * and, last, what the storage holds in the end.
 */
async function run(store: Store, make: (storage: Storage) => BotState, turns: Scenario[]): Promise<string[]> {
  const storage = new RecordingStorage(newStore(store));
  const state = make(storage);
  const adapter = new TestAdapter(async (context) => {
    await turns.shift()!(context, state);
  });
  while (turns.length > 0) await adapter.send('hi');
  const keys = [...storage.keys];
  const held = await storage.inner.read(keys);
  return [...storage.calls, `held ${JSON.stringify(keys.map((k) => [k, held[k] && stateSnapshot(held[k])]))}`];
}

async function bothAgree(kind: 'conversation' | 'user', turns: () => Scenario[]): Promise<string[]> {
  let ours: string[] = [];
  for (const store of ['memory', 'sqlite'] as const) {
    ours = await run(
      store,
      (s) => (kind === 'conversation' ? new JsonConversationState(s) : new JsonUserState(s)),
      turns(),
    );
    const theirs = await run(
      store,
      (s) => (kind === 'conversation' ? new ConversationState(s) : new UserState(s)),
      turns(),
    );
    expect(ours).toEqual(theirs);
  }
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

  it('property accessors read, default, set and delete like botbuilder', async () => {
    const shared = { items: [1] };
    await bothAgree('conversation', () => [
      async (context, state) => {
        const list = state.createProperty<{ items: number[] }>('list');
        const got = await list.get(context, shared);
        got.items.push(2); // a copy of the default: `shared` itself is never stored or changed
        expect(await list.get(context)).toEqual({ items: [1, 2] });
        expect(await state.createProperty<string>('absent').get(context)).toBeUndefined();
        await state.createProperty<number>('count').set(context, 0);
        expect(await state.createProperty<number>('count').get(context, 5)).toBe(0);
        await state.saveChanges(context);
      },
      async (context, state) => {
        const list = state.createProperty<{ items: number[] }>('list');
        expect(await list.get(context)).toEqual({ items: [1, 2] });
        await list.delete(context);
        await state.createProperty('never-set').delete(context);
        expect(await list.get(context)).toBeUndefined();
        await state.saveChanges(context);
      },
      readOnly,
    ]);
    expect(shared).toEqual({ items: [1] });
  });

  it('SQLite: a document read and changed outside the bot state is stored as changed (no stale text)', async () => {
    const storage = newStore('sqlite');
    await storage.write({ k: { n: 1 } });
    const read = (await storage.read(['k']))['k'] as { n: number };
    read.n = 2;
    await storage.write({ k: read });
    expect((await storage.read(['k']))['k']).toMatchObject({ n: 2 });
  });

  it('ignores the eTag when deciding whether the state changed', () => {
    expect(stateSnapshot({ a: 1, eTag: '1' })).toBe(stateSnapshot({ a: 1, eTag: '*' }));
    expect(stateSnapshot({ a: 1 })).not.toBe(stateSnapshot({ a: 2 }));
  });

  it.each(['memory', 'sqlite'] as const)(
    'treats a value JSON cannot hold as changed, so the storage reports it (%s)',
    async (store) => {
      const storage = newStore(store);
      const state = new JsonConversationState(storage);
      await expect(
        new TestAdapter(async (context) => {
          const loaded = (await state.load(context)) as Record<string, unknown>;
          loaded.self = loaded;
          await state.saveChanges(context);
        }).send('hi'),
      ).rejects.toThrow(/circular/i);
    },
  );
});
