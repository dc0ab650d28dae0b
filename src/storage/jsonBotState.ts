// ConversationState and UserState with a cheaper change check. botbuilder's BotState decides whether
// to save by hashing the state (its own replacer-driven stringify, then SHA-256) on every load and
// every save: three to six hashes per turn, about a twentieth of an FAQ turn. Here the "hash" is
// the state's native JSON text, which is exactly what the storage writes, so "changed" means
// "would store something different". Loading, saving, clearing and deleting behave as in BotState;
// all five of its turn-cache methods are overridden, on a key of our own (BotState's is private).
import {
  type BotState,
  ConversationState,
  type StatePropertyAccessor,
  type StoreItem,
  type TurnContext,
  UserState,
} from 'botbuilder';
import { readJson, writeJson } from './stateJson';

interface CachedState {
  state: StoreItem;
  hash: string;
}

let unserializable = 0;
/** Starts the stand-in "snapshot" of a state JSON cannot hold (never valid JSON, never written). */
const UNSERIALIZABLE = '\u0000unserializable ';

/** The state as stored, without its eTag; something JSON cannot hold always counts as a change. */
export function stateSnapshot(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  try {
    return JSON.stringify(rest);
  } catch {
    // A circular value: let the write go ahead and fail loudly in the storage.
    unserializable += 1;
    return `${UNSERIALIZABLE}${unserializable}`;
  }
}

// TypeScript requires a mixin's base constructor to take `...args: any[]` (TS2545).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type BotStateClass = new (...args: any[]) => BotState;

function withJsonSnapshots<TBase extends BotStateClass>(Base: TBase) {
  return class extends Base {
    /** Where this turn's copy lives in turnState. */
    private readonly cacheKey = Symbol('state');

    override async load(context: TurnContext, force = false): Promise<StoreItem> {
      const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
      if (!force && cached?.state) return cached.state;
      const key = await this.storageKey(context);
      const items = await this.storage.read([key]);
      const state: StoreItem = items[key] ?? {};
      // The SQLite store hands over the text it parsed: the same string stateSnapshot would make.
      const hash = readJson.take(state) ?? stateSnapshot(state);
      context.turnState.set(this.cacheKey, { state, hash } satisfies CachedState);
      return state;
    }

    /** The state this turn has loaded, or undefined (the accessors' path without an await). */
    loaded(context: TurnContext): StoreItem | undefined {
      return (context.turnState.get(this.cacheKey) as CachedState | undefined)?.state;
    }

    override createProperty<T = unknown>(name: string): StatePropertyAccessor<T> {
      return new JsonPropertyAccessor<T>(this, name);
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
      if (!force && cached === undefined) return;
      cached ??= { state: {}, hash: '' };
      const snapshot = stateSnapshot(cached.state);
      if (!force && cached.hash === snapshot) return;
      const key = await this.storageKey(context);
      cached.state.eTag = '*';
      // The store writes this text rather than serialising the state a second time.
      if (!snapshot.startsWith(UNSERIALIZABLE)) writeJson.give(cached.state, snapshot);
      try {
        await this.storage.write({ [key]: cached.state });
      } finally {
        writeJson.take(cached.state); // a store that did not take it (not SQLite) leaves nothing behind
      }
      cached.hash = snapshot; // the eTag is not part of it
      context.turnState.set(this.cacheKey, cached);
    }

    /** A fresh, empty state; the empty hash makes the next saveChanges write it. */
    override async clear(context: TurnContext): Promise<void> {
      context.turnState.set(this.cacheKey, { state: {}, hash: '' } satisfies CachedState);
    }

    override async delete(context: TurnContext): Promise<void> {
      context.turnState.delete(this.cacheKey);
      const key = await this.storageKey(context);
      await this.storage.delete([key]);
    }

    override get(context: TurnContext): StoreItem | undefined {
      const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
      return typeof cached === 'object' && typeof cached.state === 'object' ? cached.state : undefined;
    }
  };
}

/** What a property accessor needs of its state (the mixin's classes). */
interface LoadableState {
  load(context: TurnContext): Promise<StoreItem>;
  loaded(context: TurnContext): StoreItem | undefined;
}

/**
 * botbuilder's BotStatePropertyAccessor, as native async functions that skip the await when the
 * turn has already loaded the state (every access but the first): the same reads, defaults and
 * writes, without its generator-based awaiter and the promises it chains (a few per access, and a
 * turn makes dozens of accesses).
 */
class JsonPropertyAccessor<T> implements StatePropertyAccessor<T> {
  constructor(
    private readonly state: LoadableState,
    readonly name: string,
  ) {}

  async get(context: TurnContext, defaultValue?: T): Promise<T> {
    const obj = this.state.loaded(context) ?? (await this.state.load(context));
    if (!Object.prototype.hasOwnProperty.call(obj, this.name) && defaultValue !== undefined) {
      // As botbuilder: an object default is copied, so the caller's default is never stored itself.
      obj[this.name] = typeof defaultValue === 'object' ? JSON.parse(JSON.stringify(defaultValue)) : defaultValue;
    }
    return obj[this.name] as T;
  }

  async set(context: TurnContext, value: T): Promise<void> {
    const obj = this.state.loaded(context) ?? (await this.state.load(context));
    obj[this.name] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    const obj = this.state.loaded(context) ?? (await this.state.load(context));
    if (Object.prototype.hasOwnProperty.call(obj, this.name)) delete obj[this.name];
  }
}

export class JsonConversationState extends withJsonSnapshots(ConversationState) {}
export class JsonUserState extends withJsonSnapshots(UserState) {}
