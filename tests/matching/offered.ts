// The entry ids a match offers, best first: the answer and its runners-up, or a did-you-mean's options.
import type { MatchResult } from '../../src/matching/types';

export const offeredIds = (r: MatchResult): string[] =>
  r.kind === 'answer'
    ? [r.best.entry.id, ...r.candidates.map((c) => c.entry.id)]
    : r.kind === 'clarify'
      ? r.candidates.map((c) => c.entry.id)
      : [];

/** The entry a match puts first (answered or offered first). */
export const firstOffered = (r: MatchResult): string | undefined => offeredIds(r)[0];
