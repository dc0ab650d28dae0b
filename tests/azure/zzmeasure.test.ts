import { it } from 'vitest';
import { startAzurite } from '../helpers/azurite';
import { AzureTableCallbackStore } from '../../src/callbacks/azureTableCallbackStore';
import { sampleDetails } from '../callbacks/callbackStoreContract';
it('measure', async () => {
  const az = await startAzurite();
  try {
    const store = await AzureTableCallbackStore.open({ connectionString: az.connectionString, tableName: 'measure' });
    const t0 = Date.now();
    const N = 1000;
    for (let i = 0; i < N; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => store.create(sampleDetails(), new Date(Date.UTC(2026, 10, 1) + (i + j) * 1000))));
    const t1 = Date.now();
    const c0 = Date.now(); const one = await store.create(sampleDetails(), new Date()); const c1 = Date.now();
    const l0 = Date.now(); const l = await store.list({ limit: 50 }); const l1 = Date.now();
    const g0 = Date.now(); await store.get(one.id); const g1 = Date.now();
    const k0 = Date.now(); const cl = await store.claimDue(new Date(), 10, 60000, 'x'); const k1 = Date.now();
    for (const r of (await store.list({ limit: 500 })).slice(0, 300)) await store.markDone(r.id, new Date(Date.UTC(2026, 10, 2)));
    const p0 = Date.now(); const purged = await store.purgeDone(new Date()); const p1 = Date.now();
    console.log(JSON.stringify({ createManyMsPerRow: (t1 - t0) / N, createOneMs: c1 - c0, list50Of1001Ms: l1 - l0, getMs: g1 - g0, claim10Ms: k1 - k0, claimed: cl.length, listed: l.length, purged, purgeMs: p1 - p0 }));
  } finally { await az.stop(); }
}, 300000);
