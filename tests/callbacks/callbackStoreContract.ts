// The CallbackStore contract every implementation must honour (SQLite here, Azure Table in
// tests/azure). A store that passes never loses, duplicates or double-delivers a request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withCreateHook } from '../../src/callbacks/notifyingStore';
import { CallbackOutbox } from '../../src/callbacks/outbox';
import type { CallbackDetails, CallbackStore } from '../../src/callbacks/types';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logging';
import { knowledgeMessages } from '../helpers/messages';

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
      expect(created).toMatchObject({
        ...sampleDetails(),
        status: 'new',
        delivery: 'pending',
        attempts: 0,
        reachAttempts: 0,
        history: [],
        createdAt: at(0).toISOString(),
        updatedAt: at(0).toISOString(),
      });
      expect(await store.get(created.id)).toEqual(created);
      const other = await store.create(sampleDetails(), at(0));
      expect(other.id).not.toBe(created.id);
    });

    it('keeps optional fields optional', async () => {
      const { reason: _r, channelId: _c, ...bare } = sampleDetails();
      const created = await store.create(bare as CallbackDetails, at(0));
      expect(created.reason).toBeUndefined();
      expect(created.channelId).toBeUndefined();
      for (const k of [
        'preferredAt',
        'preferredTimeText',
        'urgent',
        'language',
        'idempotencyKey',
        'redactedAt',
      ] as const) {
        expect(created[k], k).toBeUndefined();
      }
    });

    it('keeps what the conversation learnt: a specific time, urgency, language', async () => {
      const created = await store.create(
        sampleDetails({
          preferredAt: '2026-11-25T23:00:00Z',
          preferredTimeText: '  after 5pm   today ',
          urgent: true,
          language: 'es',
          idempotencyKey: 'draft-1',
        }),
        at(0),
      );
      const expected = {
        preferredAt: '2026-11-25T23:00:00.000Z',
        preferredTimeText: 'after 5pm today',
        urgent: true,
        language: 'es',
        idempotencyKey: 'draft-1',
      };
      expect(created).toMatchObject(expected);
      expect(await store.get(created.id)).toMatchObject(expected);
      await expect(store.create(sampleDetails({ preferredAt: 'after five' }), at(0))).rejects.toThrow(/preferredAt/);
      await expect(store.create(sampleDetails({ language: 'fr' as 'es' }), at(0))).rejects.toThrow(/language/);
    });

    it('a resend with the same idempotency key returns the stored request: no second row, no second delivery', async () => {
      const first = await store.create(sampleDetails({ idempotencyKey: 'draft-abc' }), at(0));
      const again = await store.create(sampleDetails({ idempotencyKey: 'draft-abc' }), at(5000));
      expect(again).toEqual(first);
      const other = await store.create(sampleDetails({ idempotencyKey: 'draft-xyz' }), at(6000));
      expect(other.id).not.toBe(first.id);
      // Requests without a key are never merged.
      const plain1 = await store.create(sampleDetails(), at(7000));
      const plain2 = await store.create(sampleDetails(), at(7000));
      expect(plain1.id).not.toBe(plain2.id);
      expect((await store.list()).map((r) => r.id).sort()).toEqual([first.id, other.id, plain1.id, plain2.id].sort());
      expect((await store.claimDue(at(10_000), 10, 30_000, 'o')).filter((r) => r.id === first.id)).toHaveLength(1);
      // Still the same after delivery and handling: the resend sees the request as it now stands.
      await store.markNotified(first.id, 'o', at(10_001));
      await store.handle(first.id, 'called', 'JD', at(10_002));
      expect(await store.create(sampleDetails({ idempotencyKey: 'draft-abc' }), at(20_000))).toMatchObject({
        id: first.id,
        status: 'called',
        delivery: 'delivered',
      });
      // Concurrent resends of one draft make one request.
      const racing = await Promise.all(
        [1, 2, 3, 4].map(() => store.create(sampleDetails({ idempotencyKey: 'draft-race' }), at(30_000))),
      );
      expect(new Set(racing.map((r) => r.id)).size).toBe(1);
    });

    it('refuses a request without consent or with an unnormalised phone', async () => {
      await expect(store.create({ ...sampleDetails(), consent: false as unknown as true }, at(0))).rejects.toThrow(
        /consent/,
      );
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
      expect(await store.list({ status: 'called' })).toEqual([]);
    });

    it('delivery is separate from handling: a delivered request is still new until someone calls', async () => {
      const r = await store.create(sampleDetails(), at(0));
      const [claimed] = await store.claimDue(at(10), 10, 30_000, 'outbox-1');
      expect(claimed?.id).toBe(r.id);
      await store.markNotified(r.id, 'outbox-1', at(20));
      expect(await store.get(r.id)).toMatchObject({
        status: 'new',
        delivery: 'delivered',
        attempts: 1,
        updatedAt: at(0).toISOString(),
      });
      expect((await store.list({ status: 'new' })).map((x) => x.id)).toEqual([r.id]);
      expect(await store.counts()).toEqual({ new: 1, called: 0, unreachable: 0, done: 0 });
      const done = await store.markDone(r.id, at(30), 'JD');
      expect(done).toMatchObject({ status: 'done', delivery: 'delivered', updatedAt: at(30).toISOString() });
      // Marking done again changes nothing.
      expect(await store.markDone(r.id, at(40))).toMatchObject({ status: 'done', updatedAt: at(30).toISOString() });
    });

    it('handling: new → unreachable (counted) → called → done, with who and when for every change', async () => {
      const r = await store.create(sampleDetails(), at(0));
      expect(await store.handle(r.id, 'unreachable', 'JD', at(1000))).toMatchObject({
        ok: true,
        request: { status: 'unreachable', reachAttempts: 1 },
      });
      expect(await store.handle(r.id, 'unreachable', 'AB', at(2000))).toMatchObject({
        ok: true,
        request: { status: 'unreachable', reachAttempts: 2 },
      });
      const called = await store.handle(r.id, 'called', 'AB', at(3000));
      expect(called).toMatchObject({
        ok: true,
        request: { status: 'called', reachAttempts: 2, updatedAt: at(3000).toISOString() },
      });
      // Once called, only done: a second "called" (a colleague on a stale page) is a conflict.
      const again = await store.handle(r.id, 'called', 'JD', at(3500));
      expect(again).toMatchObject({ ok: false, reason: 'conflict', request: { status: 'called' } });
      expect(await store.handle(r.id, 'unreachable', 'JD', at(3600))).toMatchObject({ ok: false, reason: 'conflict' });
      expect(await store.handle(r.id, 'done', 'JD', at(4000))).toMatchObject({ ok: true, request: { status: 'done' } });
      expect(await store.handle(r.id, 'called', 'JD', at(5000))).toMatchObject({
        ok: false,
        reason: 'conflict',
        request: { status: 'done' },
      });
      const final = await store.get(r.id);
      expect(final?.history).toEqual([
        { status: 'unreachable', by: 'JD', at: at(1000).toISOString() },
        { status: 'unreachable', by: 'AB', at: at(2000).toISOString() },
        { status: 'called', by: 'AB', at: at(3000).toISOString() },
        { status: 'done', by: 'JD', at: at(4000).toISOString() },
      ]);
      expect(await store.handle('00000000-0000-4000-8000-000000000000', 'done', 'JD', at(0))).toEqual({
        ok: false,
        reason: 'not-found',
      });
      expect(await store.counts()).toEqual({ new: 0, called: 0, unreachable: 0, done: 1 });
    });

    it('a request handled before delivery needs no notification', async () => {
      const r = await store.create(sampleDetails(), at(0));
      await store.handle(r.id, 'called', 'JD', at(1));
      expect(await store.claimDue(at(2), 10, 30_000, 'o')).toEqual([]);
      const u = await store.create(sampleDetails(), at(3));
      await store.handle(u.id, 'unreachable', 'JD', at(4));
      expect(await store.claimDue(at(5), 10, 30_000, 'o')).toEqual([]);
    });

    it('queues open requests first, urgent ones at the top, then called, then done; newest or oldest first', async () => {
      const oldNew = await store.create(sampleDetails({ name: 'Old new' }), at(0));
      const urgentOld = await store.create(sampleDetails({ name: 'Urgent old', urgent: true }), at(1000));
      const called = await store.create(sampleDetails({ name: 'Called' }), at(2000));
      const done = await store.create(sampleDetails({ name: 'Done' }), at(3000));
      const unreachable = await store.create(sampleDetails({ name: 'Unreachable' }), at(4000));
      const urgentDone = await store.create(sampleDetails({ name: 'Urgent done', urgent: true }), at(5000));
      const newest = await store.create(sampleDetails({ name: 'Newest' }), at(6000));
      await store.handle(called.id, 'called', 'JD', at(7000));
      await store.handle(done.id, 'done', 'JD', at(7000));
      await store.handle(unreachable.id, 'unreachable', 'JD', at(7000));
      await store.handle(urgentDone.id, 'done', 'JD', at(7000));
      const ids = async (q: Parameters<CallbackStore['page']>[0]) => (await store.page(q)).items.map((r) => r.name);
      expect(await ids({})).toEqual([
        'Urgent old',
        'Newest',
        'Unreachable',
        'Old new',
        'Called',
        'Urgent done',
        'Done',
      ]);
      expect(await ids({ sort: 'oldest' })).toEqual([
        'Urgent old',
        'Old new',
        'Unreachable',
        'Newest',
        'Called',
        'Done',
        'Urgent done',
      ]);
      expect(await ids({ status: 'open' })).toEqual(['Urgent old', 'Newest', 'Unreachable', 'Old new']);
      expect(await ids({ status: 'done' })).toEqual(['Urgent done', 'Done']);
      expect(await ids({ status: 'unreachable' })).toEqual(['Unreachable']);
      expect(oldNew && urgentOld && newest).toBeTruthy();
    });

    it('pages by cursor without gaps or repeats, also within one millisecond', async () => {
      const made: string[] = [];
      for (let i = 0; i < 7; i++)
        made.push((await store.create(sampleDetails({ name: `P${i}` }), at(i < 4 ? 0 : i))).id);
      await store.handle(made[1]!, 'called', 'JD', at(10));
      for (const sort of ['newest', 'oldest'] as const) {
        const seen: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.page({ sort, limit: 3, ...(cursor ? { cursor } : {}) });
          seen.push(...page.items.map((r) => r.id));
          cursor = page.nextCursor;
          pages++;
        } while (cursor && pages < 10);
        expect(pages).toBe(3);
        expect(seen).toEqual((await store.page({ sort, limit: 50 })).items.map((r) => r.id));
        expect(new Set(seen)).toEqual(new Set(made));
      }
      // The same-millisecond four keep insertion order (newest first = last inserted first).
      expect((await store.page({ status: 'new', limit: 50 })).items.slice(-3).map((r) => r.name)).toEqual([
        'P3',
        'P2',
        'P0',
      ]);
      await expect(store.page({ cursor: 'not-a-cursor' })).rejects.toThrow(/cursor/);
    });

    it('finds a request by its reference, its phone number as typed, or part of the name', async () => {
      const a = await store.create(sampleDetails({ name: 'Jamie Runner', phone: '+12145550143' }), at(0));
      const b = await store.create(sampleDetails({ name: 'Ana Lopez', phone: '+442079460958' }), at(1));
      const found = async (q: string) => (await store.page({ q })).items.map((r) => r.id);
      expect(await found(a.id.slice(0, 8).toUpperCase())).toEqual([a.id]);
      expect(await found(` ${b.id.slice(0, 8)} `)).toEqual([b.id]);
      expect(await found(a.id)).toEqual([a.id]);
      expect(await found('(214) 555-0143')).toEqual([a.id]);
      expect(await found('0143')).toEqual([a.id]);
      expect(await found('+44 20 7946 0958')).toEqual([b.id]);
      expect(await found('lopez')).toEqual([b.id]);
      expect(await found('nobody')).toEqual([]);
      expect(await found('100%')).toEqual([]);
      expect(await found('')).toHaveLength(2);
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
      expect(await store.get(r.id)).toMatchObject({
        status: 'new',
        delivery: 'failed',
        attempts: 1,
        lastError: 'HTTP 500',
        nextAttemptAt: at(60_000).toISOString(),
      });
      // Not due before nextAttemptAt, due from it.
      expect(await store.claimDue(at(59_999), 10, 30_000, 'holder')).toEqual([]);
      expect((await store.claimDue(at(60_000), 10, 30_000, 'holder')).map((x) => x.id)).toEqual([r.id]);
      await store.markNotified(r.id, 'holder', at(60_001));
      const final = await store.get(r.id);
      expect(final).toMatchObject({ status: 'new', delivery: 'delivered', attempts: 2 });
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

    it('removes names, phones and reasons after retention whatever the status, keeping reference, dates and status', async () => {
      const oldNew = await store.create(
        sampleDetails({ preferredTimeText: 'after 5pm', idempotencyKey: 'k-old' }),
        at(0),
      );
      const oldDone = await store.create(sampleDetails(), at(0));
      const young = await store.create(sampleDetails(), at(5000));
      await store.handle(oldDone.id, 'done', 'JD', at(1000));
      expect(await store.redactBefore(at(2000), at(9000))).toBe(2);
      for (const id of [oldNew.id, oldDone.id]) {
        const r = (await store.get(id))!;
        expect(r).toMatchObject({
          id,
          name: '',
          phone: '',
          redactedAt: at(9000).toISOString(),
          createdAt: at(0).toISOString(),
        });
        expect(r.reason).toBeUndefined();
        expect(r.preferredTimeText).toBeUndefined();
        expect(JSON.stringify(r)).not.toMatch(/Jamie|555\D?01\d\d|outer knee|after 5pm/);
      }
      expect((await store.get(oldDone.id))?.status).toBe('done');
      expect((await store.get(oldDone.id))?.history).toHaveLength(1);
      expect(await store.get(young.id)).toMatchObject({ name: 'Jamie Runner', phone: '+12145550143' });
      // Already redacted rows are not counted again, never delivered, and still found by reference.
      expect(await store.redactBefore(at(2000), at(9500))).toBe(0);
      expect((await store.claimDue(at(10_000), 10, 30_000, 'o')).map((r) => r.id)).toEqual([young.id]);
      expect((await store.page({ q: oldNew.id.slice(0, 8) })).items.map((r) => r.id)).toEqual([oldNew.id]);
      expect((await store.page({ q: '555-0143' })).items.map((r) => r.id)).toEqual([young.id]);
    });

    describe('reschedule: the patient changes the time after sending', () => {
      const later = {
        preferredTime: 'afternoon' as const,
        preferredDate: '2026-12-01',
        preferredAt: '2026-12-01T23:00:00Z',
        preferredTimeText: ' after 5pm   Tuesday ',
      };

      it('stores the new time, moves updatedAt and records the old time as changed by the patient', async () => {
        const r = await store.create(sampleDetails({ urgent: true, language: 'es' }), at(0));
        const result = await store.reschedule(r.id, later, at(5000));
        expect(result).toMatchObject({ ok: true, changed: true });
        const expected = {
          id: r.id,
          status: 'new',
          urgent: true,
          language: 'es',
          preferredTime: 'afternoon',
          preferredDate: '2026-12-01',
          preferredAt: '2026-12-01T23:00:00.000Z',
          preferredTimeText: 'after 5pm Tuesday',
          createdAt: at(0).toISOString(),
          updatedAt: at(5000).toISOString(),
          timeChange: {
            by: 'patient',
            at: at(5000).toISOString(),
            from: { preferredTime: 'morning', preferredDate: '2026-11-30' },
            count: 1,
          },
        };
        expect(result.ok && result.request).toMatchObject(expected);
        expect(await store.get(r.id)).toMatchObject(expected);
        // Handling history stays the staff's own: a change of time is not a status change.
        expect((await store.get(r.id))?.history).toEqual([]);
        if (sut.reopen) expect(await (await sut.reopen()).get(r.id)).toMatchObject(expected);
      });

      it('the same change twice is one change; a second different change counts two and keeps the time before it', async () => {
        const r = await store.create(sampleDetails({ preferredTimeText: 'mornings' }), at(0));
        await store.reschedule(r.id, later, at(1000));
        const again = await store.reschedule(r.id, { ...later, preferredTimeText: 'after 5' }, at(2000));
        expect(again).toMatchObject({ ok: true, changed: false, request: { updatedAt: at(1000).toISOString() } });
        expect((await store.get(r.id))?.timeChange?.count).toBe(1);
        // A day and part of day without a specific time: the specific time and wording go.
        const second = await store.reschedule(
          r.id,
          { preferredTime: 'morning', preferredDate: '2026-12-02' },
          at(3000),
        );
        expect(second).toMatchObject({ ok: true, changed: true });
        const now = (await store.get(r.id))!;
        expect(now).toMatchObject({
          preferredTime: 'morning',
          preferredDate: '2026-12-02',
          updatedAt: at(3000).toISOString(),
          timeChange: {
            at: at(3000).toISOString(),
            from: { preferredTime: 'afternoon', preferredDate: '2026-12-01', preferredAt: '2026-12-01T23:00:00.000Z' },
            count: 2,
          },
        });
        expect(now.preferredAt).toBeUndefined();
        expect(now.preferredTimeText).toBeUndefined();
      });

      it('is refused once the request was called or done, or redacted, and for an unknown id', async () => {
        const called = await store.create(sampleDetails(), at(0));
        const done = await store.create(sampleDetails(), at(0));
        const unreachable = await store.create(sampleDetails(), at(0));
        await store.handle(called.id, 'called', 'JD', at(100));
        await store.handle(done.id, 'done', 'JD', at(100));
        await store.handle(unreachable.id, 'unreachable', 'JD', at(100));
        for (const [id, status] of [
          [called.id, 'called'],
          [done.id, 'done'],
        ] as const) {
          expect(await store.reschedule(id, later, at(200))).toMatchObject({
            ok: false,
            reason: 'conflict',
            request: { status, preferredTime: 'morning', updatedAt: at(100).toISOString() },
          });
          expect((await store.get(id))?.timeChange).toBeUndefined();
        }
        // Still to call after a missed try: the change is kept (staff see it in the queue).
        expect(await store.reschedule(unreachable.id, later, at(200))).toMatchObject({
          ok: true,
          changed: true,
          request: { status: 'unreachable', reachAttempts: 1, preferredTime: 'afternoon' },
        });
        expect(await store.reschedule('00000000-0000-4000-8000-000000000000', later, at(0))).toEqual({
          ok: false,
          reason: 'not-found',
        });
        const old = await store.create(sampleDetails(), at(0));
        await store.redactBefore(at(1), at(300));
        expect(await store.reschedule(old.id, later, at(400))).toMatchObject({ ok: false, reason: 'conflict' });
        await expect(store.reschedule(called.id, { ...later, preferredDate: '1 Dec' }, at(500))).rejects.toThrow(
          /preferredDate/,
        );
      });

      it('a delivered request is queued once more for staff, still new or unreachable alike', async () => {
        const r = await store.create(sampleDetails(), at(0));
        const u = await store.create(sampleDetails(), at(0));
        for (const c of await store.claimDue(at(1), 10, 30_000, 'o')) await store.markNotified(c.id, 'o', at(2));
        await store.handle(u.id, 'unreachable', 'JD', at(3));
        expect(await store.claimDue(at(4), 10, 30_000, 'o')).toEqual([]);
        await store.reschedule(r.id, later, at(10));
        await store.reschedule(u.id, later, at(10));
        expect(await store.get(r.id)).toMatchObject({ delivery: 'pending', attempts: 1 });
        expect(await store.get(u.id)).toMatchObject({ status: 'unreachable', delivery: 'pending', attempts: 1 });
        const claimed = await store.claimDue(at(11), 10, 30_000, 'o');
        expect(claimed.map((x) => x.id).sort()).toEqual([r.id, u.id].sort());
        for (const c of claimed) {
          expect(c).toMatchObject({ preferredTime: 'afternoon', timeChange: { count: 1 } });
          await store.markNotified(c.id, 'o', at(12), { timeChangedAt: c.timeChange?.at });
        }
        expect(await store.get(r.id)).toMatchObject({ delivery: 'delivered', attempts: 2 });
        expect(await store.get(u.id)).toMatchObject({ status: 'unreachable', delivery: 'delivered', attempts: 2 });
        expect(await store.claimDue(at(13), 10, 30_000, 'o')).toEqual([]);
      });

      it('unreachable: never claimed without a change of time; a failed notice is retried; a staff try ends it', async () => {
        // Marked "couldn't reach" before the first notice went out: no notice owed for that alone.
        const early = await store.create(sampleDetails(), at(0));
        await store.handle(early.id, 'unreachable', 'JD', at(1));
        expect(await store.claimDue(at(2), 10, 30_000, 'o')).toEqual([]);
        // The patient moves the time: owed now, retried after a failure like any notice.
        await store.reschedule(early.id, later, at(3));
        const [first] = await store.claimDue(at(4), 10, 30_000, 'o');
        expect(first).toMatchObject({ id: early.id, status: 'unreachable', timeChange: { count: 1 } });
        await store.markFailed(early.id, 'o', 'HTTP 500', at(1000), at(5));
        expect(await store.claimDue(at(6), 10, 30_000, 'o')).toEqual([]);
        expect((await store.claimDue(at(1000), 10, 30_000, 'o')).map((x) => x.id)).toEqual([early.id]);
        // Staff try again meanwhile (they saw the new time in the queue): nothing more is sent.
        await store.handle(early.id, 'unreachable', 'AB', at(1001));
        expect(await store.claimDue(at(40_000), 10, 30_000, 'o2')).toEqual([]);
        expect(await store.get(early.id)).toMatchObject({ status: 'unreachable', reachAttempts: 2 });
      });

      it("couldn't reach, then the patient moves the time: the outbox is nudged and sends the time-changed event", async () => {
        const posts: Array<{ key: string | null; body: Record<string, unknown> }> = [];
        const fetchStub: typeof fetch = async (_url, init) => {
          posts.push({
            key: new Headers(init?.headers).get('idempotency-key'),
            body: JSON.parse(String(init?.body)) as Record<string, unknown>,
          });
          return new Response('{}', { status: 200 });
        };
        const clock = fixedClock(at(0).toISOString());
        const outbox = new CallbackOutbox({
          messages: knowledgeMessages,
          store,
          config: loadConfig({ STORAGE: 'sqlite', CALLBACK_WEBHOOK_URL: 'https://hooks.example/cb' }),
          logger: silentLogger,
          clock,
          fetch: fetchStub,
          timeZone: 'America/Chicago',
        });
        // The store as the bot uses it: each committed create and change of time nudges the outbox.
        const nudged: string[] = [];
        const bot = withCreateHook(store, (id) => nudged.push(id));
        const r = await bot.create(sampleDetails(), clock.now());
        expect(await outbox.runOnce()).toBe(1);
        await store.handle(r.id, 'unreachable', 'JD', at(1000));
        expect(await outbox.runOnce()).toBe(0);
        clock.set(at(2000).toISOString());
        await bot.reschedule(r.id, later, clock.now());
        expect(nudged).toEqual([r.id, r.id]);
        expect(await outbox.runOnce()).toBe(1);
        expect(await outbox.runOnce()).toBe(0);
        expect(posts.map((p) => p.key)).toEqual([r.id, `${r.id}:time-1`]);
        expect(posts[1]!.body).toMatchObject({
          event: 'time-changed',
          status: 'unreachable',
          preferredTime: 'afternoon',
          timeChange: { count: 1, previousPreferredTime: 'morning', previousPreferredDate: '2026-11-30' },
        });
        expect(await store.get(r.id)).toMatchObject({ status: 'unreachable', delivery: 'delivered', reachAttempts: 1 });
      });

      it('a change made while the old time is being delivered is still delivered after it', async () => {
        const r = await store.create(sampleDetails(), at(0));
        const [inFlight] = await store.claimDue(at(1), 10, 30_000, 'o');
        await store.reschedule(r.id, later, at(2));
        // The delivery of the old time finishes: the new time is still owed to staff.
        await store.markNotified(r.id, 'o', at(3), { timeChangedAt: inFlight!.timeChange?.at });
        expect(await store.get(r.id)).toMatchObject({ delivery: 'pending' });
        const [next] = await store.claimDue(at(4), 10, 30_000, 'o2');
        expect(next).toMatchObject({ id: r.id, preferredTime: 'afternoon' });
        await store.markNotified(r.id, 'o2', at(5), { timeChangedAt: next!.timeChange?.at });
        expect(await store.get(r.id)).toMatchObject({ delivery: 'delivered' });
      });
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
