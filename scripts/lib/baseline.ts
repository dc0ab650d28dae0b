// The baseline the matcher must beat (issue 3): fuse.js alone over whole questions, keywords and
// titles with near-default options. Only `npm run eval` uses it.
import Fuse from 'fuse.js';
import type { Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import type { Matcher, MatchResult, Understanding } from '../../src/matching/types';

const NOTHING: Understanding = { symptomIds: [], truncated: false };

export function createBaselineMatcher(knowledge: Knowledge, threshold = 0.6): Matcher {
  // fuse.js defaults (threshold 0.6, location 0, distance 100) plus the three keys; includeScore
  // to report a 0..1 confidence (fuse's 0 = perfect, so confidence = 1 - score).
  const fuse = new Fuse<KnowledgeEntry>(knowledge.entries, {
    keys: ['questions', 'keywords', 'title'],
    includeScore: true,
    threshold,
  });
  return {
    match(text: string): MatchResult {
      const hits = fuse.search(text, { limit: 3 });
      const candidates = hits.map((h) => ({
        entry: h.item,
        score: 1 - (h.score ?? 1),
        why: ['fuse.js whole-phrase score'],
      }));
      const best = candidates[0];
      if (!best) return { kind: 'unknown', suggestions: [], understanding: NOTHING };
      return { kind: 'answer', best, candidates, understanding: NOTHING };
    },
    understand(): Understanding {
      return NOTHING;
    },
  };
}
