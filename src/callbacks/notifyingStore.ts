// Lets the outbox deliver a new request within moments instead of at its next poll, without the
// dialog knowing the outbox exists: the store the bot uses calls back after each committed create,
// and after each committed change of time (which the store queued as one more notification).
import type { CallbackStore } from './types';

export function withCreateHook(store: CallbackStore, onCreated: (id: string) => void): CallbackStore {
  const nudge = (id: string) => {
    try {
      onCreated(id);
    } catch {
      // A failing nudge must never turn a stored request into an error for the patient.
    }
  };
  // A Proxy keeps every other method (and extras such as counts()) exactly as the store has them.
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'create') {
        return async (...args: Parameters<CallbackStore['create']>) => {
          const created = await target.create(...args);
          nudge(created.id);
          return created;
        };
      }
      if (prop === 'reschedule') {
        return async (...args: Parameters<CallbackStore['reschedule']>) => {
          const result = await target.reschedule(...args);
          // A real change owes staff a notification, new or unreachable alike (see applyReschedule).
          if (result.ok && result.changed) nudge(result.request.id);
          return result;
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
