import { describe, expect, it } from 'vitest';
import { withCreateHook } from '../../src/callbacks/notifyingStore';
import { SqliteCallbackStore } from '../../src/callbacks/sqliteCallbackStore';
import { sampleDetails } from './callbackStoreContract';

describe('withCreateHook', () => {
  it('calls back after a committed create, and passes everything else through', async () => {
    const inner = SqliteCallbackStore.open(':memory:');
    const seen: string[] = [];
    const store = withCreateHook(inner, (id) => seen.push(id));
    const r = await store.create(sampleDetails(), new Date());
    expect(seen).toEqual([r.id]);
    expect((await inner.get(r.id))?.id).toBe(r.id);
    expect((await store.list()).map((x) => x.id)).toEqual([r.id]);
    await store.close();
  });

  it('a throwing hook does not fail the create; a failed create does not call it', async () => {
    const inner = SqliteCallbackStore.open(':memory:');
    const store = withCreateHook(inner, () => {
      throw new Error('outbox gone');
    });
    await expect(store.create(sampleDetails(), new Date())).resolves.toMatchObject({ status: 'new' });
    let called = 0;
    const counting = withCreateHook(inner, () => called++);
    await expect(counting.create(sampleDetails({ consent: false as unknown as true }), new Date())).rejects.toThrow();
    expect(called).toBe(0);
    await inner.close();
  });
});

describe('withCreateHook and a changed time', () => {
  const time = { preferredTime: 'afternoon' as const, preferredDate: '2026-12-01' };

  it("nudges the outbox after a real change once staff couldn't reach the patient too", async () => {
    const inner = SqliteCallbackStore.open(':memory:');
    const seen: string[] = [];
    const store = withCreateHook(inner, (id) => seen.push(id));
    const r = await store.create(sampleDetails(), new Date('2026-11-25T16:00:00Z'));
    await store.handle(r.id, 'unreachable', 'JD', new Date('2026-11-25T16:30:00Z'));
    seen.length = 0;
    await store.reschedule(r.id, time, new Date('2026-11-25T17:00:00Z'));
    expect(seen).toEqual([r.id]);
    await store.close();
  });

  it('nudges the outbox after a real change of a request still new, not after a repeat or a refusal', async () => {
    const inner = SqliteCallbackStore.open(':memory:');
    const seen: string[] = [];
    const store = withCreateHook(inner, (id) => seen.push(id));
    const r = await store.create(sampleDetails(), new Date('2026-11-25T16:00:00Z'));
    seen.length = 0;
    await expect(store.reschedule(r.id, time, new Date('2026-11-25T17:00:00Z'))).resolves.toMatchObject({
      ok: true,
      changed: true,
    });
    expect(seen).toEqual([r.id]);
    await store.reschedule(r.id, time, new Date('2026-11-25T17:01:00Z'));
    expect(seen).toEqual([r.id]);
    await store.handle(r.id, 'done', 'JD', new Date('2026-11-25T17:02:00Z'));
    await expect(
      store.reschedule(r.id, { ...time, preferredTime: 'morning' }, new Date('2026-11-25T17:03:00Z')),
    ).resolves.toMatchObject({ ok: false, reason: 'conflict' });
    expect(seen).toEqual([r.id]);
    await store.close();
  });
});
