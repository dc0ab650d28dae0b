// The best k entries for a query, two ways that must agree exactly (tests/matching/topK.test.ts
// checks every labelled message):
//   - full: every unit and entry any message term touches;
//   - pruned (max-score style): message terms are taken rarest first; each entry they reach is
//     scored exactly (all message terms, summed in message order, so the numbers are bit-identical
//     to the full pass), and once the k-th best score is above what an entry matching only the
//     remaining common terms could reach (upperBound), those terms' long posting lists ("knee",
//     "pain") are never walked. When that proof would need more candidates than half the postings,
//     it gives up (undefined) and the full pass runs.
import type { MatcherIndex } from './buildIndex';
import { byScore, entryBound, score, upperBound, type Query, type Top } from './score';

export interface TopK {
  full(q: Query): Top[];
  pruned(q: Query): Top[] | undefined;
  /** pruned when it can prove its result, else full. */
  best(q: Query): Top[];
}

const EMPTY = new Int32Array(0);

/** @param k how many to keep (the matcher's topK; the long-post reranker's pool is larger). */
export function createTopK(ix: MatcherIndex, k = ix.cfg.topK): TopK {
  const entryCount = ix.entries.length;
  const unitCount = ix.unitEntry.length;
  // Scratch buffers reused by every query (single-threaded, so safe): no allocation per unit.
  const qPos = new Int32Array(ix.idfTerms.length).fill(-1);
  const candidateMark = new Uint8Array(entryCount);
  const unitScore = new Float64Array(unitCount);
  const entryScore = new Float64Array(entryCount);
  const entryBestUnit = new Int32Array(entryCount).fill(-1);
  const entryBestRecall = new Float64Array(entryCount);

  function full(q: Query): Top[] {
    const touchedUnits: number[] = [];
    const touchedEntries: number[] = [];
    for (let i = 0; i < q.ids.length; i++) {
      const t = ix.idfTerms[q.ids[i]!]!;
      const w = q.weights[i]!;
      const up = ix.unitPostings.get(t) ?? EMPTY;
      for (let j = 0; j < up.length; j++) {
        const u = up[j]!;
        if (unitScore[u] === 0) touchedUnits.push(u);
        unitScore[u] += w;
      }
      const ep = ix.entryPostings.get(t) ?? EMPTY;
      for (let j = 0; j < ep.length; j++) {
        const e = ep[j]!;
        if (entryScore[e] === 0) touchedEntries.push(e);
        entryScore[e] += w;
      }
    }
    for (const u of touchedUnits) {
      const value = unitScore[u]! * ix.unitValue[u]!;
      const owner = ix.unitEntry[u]!;
      if (value > entryBestRecall[owner]!) {
        entryBestRecall[owner] = value;
        entryBestUnit[owner] = u;
      }
      unitScore[u] = 0;
    }
    const top: Top[] = [];
    for (const e of touchedEntries) {
      const precision = q.total > 0 ? Math.min(1, entryScore[e]! / q.total) : 0;
      const recall = entryBestRecall[e]!;
      const unit = entryBestUnit[e]!;
      const s = score(ix, q, e, recall, precision, unit);
      entryScore[e] = 0;
      entryBestRecall[e] = 0;
      entryBestUnit[e] = -1;
      if (s <= 0) continue;
      const last = top[k - 1];
      if (last && byScore({ e, s }, last) >= 0) continue;
      insertTop(top, { e, s, recall, precision, unit }, k);
    }
    return top;
  }

  function pruned(q: Query): Top[] | undefined {
    const qIds = q.ids;
    const qW = q.weights;
    const m = qIds.length;
    const order = Array.from({ length: m }, (_, i) => i);
    const dfs = order.map((i) => ix.entryPostings.get(ix.idfTerms[qIds[i]!]!)?.length ?? 0);
    order.sort((a, b) => dfs[a]! - dfs[b]! || a - b);
    // suffix[j] = total weight of the terms from the j-th rarest on.
    const suffix = new Float64Array(m + 1);
    for (let j = m - 1; j >= 0; j--) suffix[j] = suffix[j + 1]! + qW[order[j]!]!;
    let totalPostings = 0;
    for (let j = 0; j < m; j++) totalPostings += dfs[j]!;
    // Scoring a candidate costs a few times one posting of the full pass: when the proof needs
    // more candidates than half the postings, the full pass is cheaper.
    const budget = Math.max(64, totalPostings >> 1);
    for (let i = 0; i < m; i++) qPos[qIds[i]!] = i;
    const marked: number[] = [];
    const top: Top[] = [];
    // Sums of the message-term weights a term list matches, added in message order (as the full
    // pass adds them) so the floating-point results are identical. Up to 31 terms a bit mask keeps
    // that order for free; longer messages sort positions.
    const small = m <= 31;
    const positions: number[] = [];
    let firstPos = -1;
    const sumOf = (ids: Int32Array, from: number, to: number): number => {
      if (small) {
        let mask = 0;
        for (let j = from; j < to; j++) {
          const p = qPos[ids[j]!]!;
          if (p >= 0) mask |= 1 << p;
        }
        firstPos = mask === 0 ? -1 : 31 - Math.clz32(mask & -mask);
        let sum = 0;
        while (mask !== 0) {
          const low = mask & -mask;
          sum += qW[31 - Math.clz32(low)]!;
          mask ^= low;
        }
        return sum;
      }
      positions.length = 0;
      for (let j = from; j < to; j++) {
        const p = qPos[ids[j]!]!;
        if (p >= 0) positions.push(p);
      }
      if (positions.length === 0) {
        firstPos = -1;
        return 0;
      }
      positions.sort((x, y) => x - y);
      firstPos = positions[0]!;
      let sum = 0;
      for (const p of positions) sum += qW[p]!;
      return sum;
    };
    const eStart = ix.entryTermIds.start;
    const eIds = ix.entryTermIds.ids;
    const hasLift = q.lift.size > 0;
    const consider = (e: number): void => {
      if (candidateMark[e]) return;
      candidateMark[e] = 1;
      marked.push(e);
      const matched = sumOf(eIds, eStart[e]!, eStart[e + 1]!);
      if (firstPos < 0) return;
      // An entry whose matched weight cannot lift it above the current k-th best is not looked
      // at further (its score could only tie below: ties go to the earlier entry, so strict <).
      if (top.length === k && !(hasLift && q.lift.has(e)) && entryBound(ix, e, matched, q) < top[k - 1]!.s) return;
      // recall: best unit; ties go to the unit touched first in the full pass (earliest first
      // matched message term, then lower unit index).
      let recall = 0;
      let bestUnit = -1;
      let bestFirst = Infinity;
      for (let u = ix.entryUnitStart[e]!, uend = ix.entryUnitStart[e + 1]!; u < uend; u++) {
        const sum = sumOf(ix.unitTerms.ids, ix.unitTerms.start[u]!, ix.unitTerms.start[u + 1]!);
        if (firstPos < 0) continue;
        const value = sum * ix.unitValue[u]!;
        if (value > recall || (value === recall && value > 0 && firstPos < bestFirst)) {
          recall = value;
          bestUnit = u;
          bestFirst = firstPos;
        }
      }
      const precision = q.total > 0 ? Math.min(1, matched / q.total) : 0;
      const s = score(ix, q, e, recall, precision, bestUnit);
      if (s <= 0) return;
      const last = top[k - 1];
      if (last && byScore({ e, s }, last) >= 0) return;
      insertTop(top, { e, s, recall, precision, unit: bestUnit }, k);
    };
    try {
      for (const e of q.lift.keys()) consider(e);
      for (let j = 0; j < m; j++) {
        const list = ix.entryPostings.get(ix.idfTerms[qIds[order[j]!]!]!) ?? EMPTY;
        if (marked.length + list.length > budget) return undefined;
        for (let i = 0; i < list.length; i++) consider(list[i]!);
        const rest = suffix[j + 1]!;
        if (rest <= 0 || (top.length === k && upperBound(ix, rest, q) < top[k - 1]!.s)) break;
      }
      return top;
    } finally {
      for (let i = 0; i < m; i++) qPos[qIds[i]!] = -1;
      for (const e of marked) candidateMark[e] = 0;
    }
  }

  return {
    full,
    pruned,
    best(q: Query): Top[] {
      return (ix.pruningSafe ? pruned(q) : undefined) ?? full(q);
    },
  };
}

/** Keeps `list` sorted by score and at most `k` long. */
function insertTop(list: Top[], item: Top, k: number): void {
  if (list.length === k && byScore(item, list[k - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && byScore(item, list[i - 1]!) < 0) i--;
  list.splice(i, 0, item);
  if (list.length > k) list.pop();
}
