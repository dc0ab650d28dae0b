// ConversationState and UserState with a cheaper change check. botbuilder's BotState decides whether
// to save by hashing the state (its own replacer-driven stringify, then SHA-256) on every load and
// every save: three to six hashes per turn, about a twentieth of an FAQ turn. Here the "hash" is
// the state's native JSON text, which is exactly what the storage writes, so "changed" means
// "would store something different". Loading, saving, clearing and deleting behave as in BotState;
// all five of its turn-cache methods are overridden, on a key of our own (BotState's is private).
import { type BotState, ConversationState, type StoreItem, type TurnContext, UserState } from 'botbuilder';

interface CachedState {
  state: StoreItem;
  hash: string;
}

let unserializable = 0;

/** The state as stored, without its eTag; something JSON cannot hold always counts as a change. */
export function stateSnapshot(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  try {
    return JSON.stringify(rest);
  } catch {
    // A circular value: let the write go ahead and fail loudly in the storage.
    unserializable += 1;
    return `\u0000unserializable ${unserializable}`;
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
      context.turnState.set(this.cacheKey, { state, hash: stateSnapshot(state) } satisfies CachedState);
      return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
      let cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
      if (!force && cached === undefined) return;
      cached ??= { state: {}, hash: '' };
      const snapshot = stateSnapshot(cached.state);
      if (!force && cached.hash === snapshot) return;
      const key = await this.storageKey(context);
      cached.state.eTag = '*';
      await this.storage.write({ [key]: cached.state });
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

export class JsonConversationState extends withJsonSnapshots(ConversationState) {}
export class JsonUserState extends withJsonSnapshots(UserState) {}
