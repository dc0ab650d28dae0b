// Equal scores: which entry comes first. Scores are rounded to 3 decimals, so entries a rounding
// unit apart have the same evidence as far as the score can tell ("my knee hurts" reaches three
// entries through "knee" and "pain" alone), and which of them leads then turned on the idf of
// unrelated phrasings: adding an entry anywhere could reorder a "did you mean". Among near-equals
// (short messages; a long post's order is decided in decide.ts):
//   1. the entry that explains more of the message (precision);
//   2. whose best phrasing is a question or title rather than a keyword (keywords are often one
//      word: "can a hip problem cause knee pain" over "weak hips" for "…coming from my hip?");
//   3. whose best phrasing holds more of the message's words together;
//   4. which the message says more completely by weight, in whole tenths ("what is causing my knee
//      pain" over "when will my knee stop hurting" for "my knee hurts"): idf weights move a little
//      whenever an entry is added, and that alone must not reorder a "did you mean";
//   5. then knowledge order, as before.
import type { MatcherIndex } from './buildIndex';
import type { Query, Top } from './score';

/** Reorders the leading near-tie of `top` (sorted by score) in place; the list stays sorted by score. */
export function breakTies(ix: MatcherIndex, q: Query, top: Top[]): Top[] {
  const first = top[0];
  if (!first || q.post) return top;
  let n = 1;
  while (n < top.length && first.s - top[n]!.s <= ix.cfg.tieEpsilon + 1e-9) n++;
  if (n < 2) return top;
  const asked = new Set(q.ids);
  const evidence = top.slice(0, n).map((t) => {
    if (t.unit < 0) return { t, shared: 0, own: false, covered: 0 };
    let shared = 0;
    let matched = 0;
    const { ids, start } = ix.unitTerms;
    for (let j = start[t.unit]!; j < start[t.unit + 1]!; j++) {
      if (!asked.has(ids[j]!)) continue;
      shared++;
      matched += ix.idf.get(ix.idfTerms[ids[j]!]!)!;
    }
    const weight = ix.unitWeight[t.unit]!;
    // In tenths: finer differences are idf noise that any added entry moves.
    const covered = weight > 0 ? Math.floor((10 * matched) / weight + 1e-9) / 10 : 0;
    return { t, shared, own: !ix.unitIsKeyword[t.unit], covered };
  });
  evidence.sort(
    (a, b) =>
      b.t.precision - a.t.precision ||
      Number(b.own) - Number(a.own) ||
      b.shared - a.shared ||
      b.covered - a.covered ||
      a.t.e - b.t.e,
  );
  const best = first.s;
  evidence.forEach((x, i) => {
    top[i] = x.t;
    // The preferred entry takes the group's top score; the others stay just below, in order.
    x.t.s = i === 0 ? best : Math.min(x.t.s, top[i - 1]!.s);
  });
  return top;
}
