// The botbuilder Storage contract every state store must honour (SQLite here, Azure Blob in
// tests/azure). MemoryStorage is the reference behaviour; the suite runs against it too.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import type { Storage } from 'botbuilder';

export interface StorageUnderTest {
  storage: Storage;
  /** Opens a fresh instance on the same backing data (simulates a restart); omit if not durable. */
  reopen?: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

let keySeq = 0;
/** Keys like those botbuilder uses, unique per test so a shared backend cannot leak between tests. */
const key = (what: string) => `webchat/conversations/c-${process.pid}-${Date.now()}-${++keySeq}/${what}`;

export function runStorageContract(name: string, make: () => Promise<StorageUnderTest>): void {
  describe(`Storage contract: ${name}`, () => {
    let sut: StorageUnderTest;
    beforeEach(async () => {
      sut = await make();
    });
    afterEach(async () => {
      await sut.cleanup();
    });

    it('reads nothing for unknown keys and an empty key list', async () => {
      expect(await sut.storage.read([key('missing')])).toEqual({});
      expect(await sut.storage.read([])).toEqual({});
    });

    it('writes and reads back documents with an eTag, nested values intact', async () => {
      const k1 = key('a');
      const k2 = key('b');
      const doc = {
        step: 3,
        location: 'outer',
        answers: { stairs: true, list: [1, 'two', null] },
        text: 'ünïcode ✓ "quotes"',
      };
      await sut.storage.write({ [k1]: doc, [k2]: { n: 1 } });
      const items = await sut.storage.read([k1, k2, key('missing')]);
      expect(Object.keys(items).sort()).toEqual([k1, k2].sort());
      expect(items[k1]).toMatchObject(doc);
      expect(typeof items[k1].eTag).toBe('string');
      expect(items[k1].eTag.length).toBeGreaterThan(0);
      expect(items[k2]).toMatchObject({ n: 1 });
    });

    it('does not change the object passed to write', async () => {
      const k = key('immutable');
      const doc = { a: 1 };
      await sut.storage.write({ [k]: doc });
      expect(doc).toEqual({ a: 1 });
    });

    it('gives a new eTag on every write', async () => {
      const k = key('etag');
      await sut.storage.write({ [k]: { v: 1 } });
      const first = (await sut.storage.read([k]))[k];
      await sut.storage.write({ [k]: { ...first, v: 2 } });
      const second = (await sut.storage.read([k]))[k];
      expect(second.v).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('rejects a write with a stale eTag and keeps the newer data', async () => {
      const k = key('conflict');
      await sut.storage.write({ [k]: { v: 1 } });
      const stale = (await sut.storage.read([k]))[k];
      await sut.storage.write({ [k]: { ...stale, v: 2 } });
      await expect(sut.storage.write({ [k]: { ...stale, v: 3 } })).rejects.toThrow();
      expect((await sut.storage.read([k]))[k].v).toBe(2);
    });

    it("overwrites with eTag '*' and with no eTag", async () => {
      const k = key('star');
      await sut.storage.write({ [k]: { v: 1 } });
      await sut.storage.write({ [k]: { v: 2, eTag: '*' } });
      expect((await sut.storage.read([k]))[k].v).toBe(2);
      await sut.storage.write({ [k]: { v: 3 } });
      expect((await sut.storage.read([k]))[k].v).toBe(3);
    });

    it('writes with the current eTag succeed repeatedly (the BotState read-modify-write cycle)', async () => {
      const k = key('cycle');
      await sut.storage.write({ [k]: { turn: 0 } });
      for (let turn = 1; turn <= 5; turn++) {
        const cur = (await sut.storage.read([k]))[k];
        await sut.storage.write({ [k]: { ...cur, turn } });
      }
      expect((await sut.storage.read([k]))[k].turn).toBe(5);
    });

    it('deletes, and deleting a missing key is not an error', async () => {
      const k = key('del');
      await sut.storage.write({ [k]: { v: 1 } });
      await sut.storage.delete([k, key('never-existed')]);
      expect(await sut.storage.read([k])).toEqual({});
    });

    it('lets exactly one of two concurrent writers with the same eTag win', async () => {
      const k = key('race');
      await sut.storage.write({ [k]: { v: 0 } });
      const base = (await sut.storage.read([k]))[k];
      const results = await Promise.allSettled([
        sut.storage.write({ [k]: { ...base, v: 'a' } }),
        sut.storage.write({ [k]: { ...base, v: 'b' } }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const winner = results[0]!.status === 'fulfilled' ? 'a' : 'b';
      expect((await sut.storage.read([k]))[k].v).toBe(winner);
    });

    it('keeps concurrent writes to different keys', async () => {
      const keys = Array.from({ length: 20 }, (_, i) => key(`many-${i}`));
      await Promise.all(keys.map((k, i) => sut.storage.write({ [k]: { i } })));
      const items = await sut.storage.read(keys);
      expect(keys.map((k) => items[k]?.i)).toEqual(keys.map((_, i) => i));
    });

    it('keeps data and eTags across a reopen (restart)', async (ctx) => {
      if (!sut.reopen) {
        ctx.skip();
        return;
      }
      const k = key('durable');
      await sut.storage.write({ [k]: { dialogStack: [{ id: 'assessment', state: { step: 2 } }] } });
      const before = (await sut.storage.read([k]))[k];
      const again = await sut.reopen();
      const after = (await again.read([k]))[k];
      expect(after).toEqual(before);
      // The old eTag still guards the item after the restart.
      await again.write({ [k]: { ...after, step: 3 } });
      await expect(again.write({ [k]: { ...after, step: 4 } })).rejects.toThrow();
    });
  });
}
