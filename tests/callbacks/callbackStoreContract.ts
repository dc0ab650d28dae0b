// The CallbackStore contract every implementation must honour (SQLite here, Azure Table in
// tests/azure). A store that passes never loses, duplicates or double-delivers a request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallbackDetails, CallbackStore } from '../../src/callbacks/types';

export interface CallbackStoreUnderTest {
  store: CallbackStore;
  /** A second, independent instance on the same backing data (another process, or a restart). */
  reopen?: () => Promise<CallbackStore>;
  cleanup: () => Promise<void>;
}

export const sampleDetails = (over: Partial<CallbackDetails> = {}): CallbackDetails => ({
  name: 'Jamie Runner',
  phone: '+12145550143',
  preferredTime: 'morning',
  preferredDate: '2026-11-30',
  reason: 'outer knee pain after long runs',
  consent: true,
  channelId: 'webchat',
  ...over,
});

const T0 = Date.parse('2026-11-25T16:00:00Z');
const at = (offsetMs: number) => new Date(T0 + offsetMs);

export function runCallbackStoreContract(name: string, make: () => Promise<CallbackStoreUnderTest>): void {
  describe(`CallbackStore contract: ${name}`, () => {
    let sut: CallbackStoreUnderTest;
    let store: CallbackStore;
    beforeEach(async () => {
      sut = await make();
      store = sut.store;
    });
    afterEach(async () => {
      await sut.cleanup();
    });

    it('creates a new request with an unguessable id, times and the details', async () => {
      const created = await store.create(sampleDetails(), at(0));
      expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(created).toMatchObject({ ...sampleDetails(), status: 'new', attempts: 0, createdAt: at(0).toISOString(), updatedAt: at(0).toISOString() });
      expect(await store.get(created.id)).toEqual(created);
      const other = await store.create(sampleDetails(), at(0));
      expect(other.id).not.toBe(created.id);
    });

    it('keeps optional fields optional', async () => {
      const { reason: _r, channelId: _c, ...bare } = sampleDetails();
      const created = await store.create(bare as CallbackDetails, at(0));
      expect(created.reason).toBeUndefined();
      expect(created.channelId).toBeUndefined();
    });

    it('refuses a request without consent or with an unnormalised phone', async () => {
      await expect(store.create({ ...sampleDetails(), consent: false as unknown as true }, at(0))).rejects.toThrow(/consent/);
      await expect(store.create(sampleDetails({ phone: '(214) 555-0143' }), at(0))).rejects.toThrow(/phone/);
      await expect(store.create(sampleDetails({ name: '  ' }), at(0))).rejects.toThrow(/name/);
      expect(await store.list()).toEqual([]);
    });

    it('answers undefined for unknown ids', async () => {
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await store.get('not/a valid#key')).toBeUndefined();
      expect(await store.markDone('00000000-0000-4000-8000-000000000000', at(0))).toBeUndefined();
    });

    it('lists newest first, filters by status, honours the limit', async () => {
      const a = await store.create(sampleDetails({ name: 'A' }), at(0));
      const b = await store.create(sampleDetails({ name: 'B' }), at(1000));
      const c = await store.create(sampleDetails({ name: 'C' }), at(2000));
      expect((await store.list()).map((r) => r.id)).toEqual([c.id, b.id, a.id]);
      expect((await store.list({ limit: 2 })).map((r) => r.id)).toEqual([c.id, b.id]);
      await store.markDone(b.id, at(3000));
      expect((await store.list({ status: 'done' })).map((r) => r.id)).toEqual([b.id]);
      expect((await store.list({ status: 'new' })).map((r) => r.id)).toEqual([c.id, a.id]);
      expect(await store.list({ status: 'notified' })).toEqual([]);
    });

    it('moves new → notified → done', async () => {
      const r = await store.create(sampleDetails(), at(0));
      const [claimed] = await store.claimDue(at(10), 10, 30_000, 'outbox-1');
      expect(claimed?.id).toBe(r.id);
      await store.markNotified(r.id, 'outbox-1', at(20));
      expect(await store.get(r.id)).toMatchObject({ status: 'notified', attempts: 1, updatedAt: at(20).toISOString() });
      const done = await store.markDone(r.id, at(30));
      expect(done).toMatchObject({ status: 'done', updatedAt: at(30).toISOString() });
      // Marking done again changes nothing.
      expect(await store.markDone(r.id, at(40))).toMatchObject({ status: 'done', updatedAt: at(30).toISOString() });
    });

    it('claims only due, unleased, new requests, oldest first', async () => {
      const a = await store.create(sampleDetails(), at(0));
      const b = await store.create(sampleDetails(), at(1));
      const c = await store.create(sampleDetails(), at(2));
      await store.markDone(c.id, at(3));
      const first = await store.claimDue(at(10), 1, 30_000, 'one');
      expect(first.map((r) => r.id)).toEqual([a.id]);
      // a is leased by 'one'; another owner gets b only.
      const second = await store.claimDue(at(11), 10, 30_000, 'two');
      expect(second.map((r) => r.id)).toEqual([b.id]);
      expect(await store.claimDue(at(12), 10, 30_000, 'three')).toEqual([]);
      // After the lease runs out (an outbox died mid-delivery) the request is claimable again.
      const again = await store.claimDue(at(11 + 30_000), 10, 30_000, 'three');
      expect(again.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    });

    it('never hands the same request to two concurrent claimers', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 12; i++) ids.add((await store.create(sampleDetails(), at(i))).id);
      const claims = await Promise.all(['w1', 'w2', 'w3', 'w4'].map((w) => store.claimDue(at(100), 5, 60_000, w)));
      const claimed = claims.flat().map((r) => r.id);
      expect(new Set(claimed).size).toBe(claimed.length);
      expect(new Set(claimed)).toEqual(ids);
    });

    it('a failed delivery is rescheduled by its lease holder only', async () => {
      const r = await store.create(sampleDetails(), at(0));
      await store.claimDue(at(0), 1, 30_000, 'holder');
      await store.markFailed(r.id, 'intruder', 'HTTP 500', at(999_999), at(1));
      expect(await store.get(r.id)).toMatchObject({ attempts: 0 });
      await store.markFailed(r.id, 'holder', 'HTTP 500', at(60_000), at(2));
      expect(await store.get(r.id)).toMatchObject({ status: 'new', attempts: 1, lastError: 'HTTP 500', nextAttemptAt: at(60_000).toISOString() });
      // Not due before nextAttemptAt, due from it.
      expect(await store.claimDue(at(59_999), 10, 30_000, 'holder')).toEqual([]);
      expect((await store.claimDue(at(60_000), 10, 30_000, 'holder')).map((x) => x.id)).toEqual([r.id]);
      await store.markNotified(r.id, 'holder', at(60_001));
      const final = await store.get(r.id);
      expect(final).toMatchObject({ status: 'notified', attempts: 2 });
      expect(final?.lastError).toBeUndefined();
      expect(await store.claimDue(at(120_000), 10, 30_000, 'holder')).toEqual([]);
    });

    it('a request marked done before delivery is never delivered', async () => {
      const r = await store.create(sampleDetails(), at(0));
      await store.markDone(r.id, at(1));
      expect(await store.claimDue(at(2), 10, 30_000, 'o')).toEqual([]);
      await store.markNotified(r.id, 'o', at(3));
      expect((await store.get(r.id))?.status).toBe('done');
    });

    it('purges done requests last updated before the cut-off, and nothing else', async () => {
      const oldDone = await store.create(sampleDetails(), at(0));
      const newDone = await store.create(sampleDetails(), at(0));
      const stillNew = await store.create(sampleDetails(), at(0));
      await store.markDone(oldDone.id, at(1000));
      await store.markDone(newDone.id, at(5000));
      expect(await store.purgeDone(at(2000))).toBe(1);
      expect(await store.get(oldDone.id)).toBeUndefined();
      expect(await store.get(newDone.id)).toBeDefined();
      expect(await store.get(stillNew.id)).toBeDefined();
      expect(await store.purgeDone(at(2000))).toBe(0);
    });

    it('keeps every request across a restart, and a second instance sees the leases', async (ctx) => {
      if (!sut.reopen) {
        ctx.skip();
        return;
      }
      const r = await store.create(sampleDetails(), at(0));
      await store.claimDue(at(1), 10, 30_000, 'first');
      const second = await sut.reopen();
      expect(await second.get(r.id)).toMatchObject({ ...sampleDetails(), id: r.id, status: 'new' });
      expect(await second.claimDue(at(2), 10, 30_000, 'second')).toEqual([]);
      expect((await second.claimDue(at(30_001), 10, 30_000, 'second')).map((x) => x.id)).toEqual([r.id]);
    });
  });
}
