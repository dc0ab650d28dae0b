// The data the long-post reranker (src/matching/rerank.ts) is trained on: every English eval set
// that evalSets.ts marks heldOut: false, plus each entry's own title and questions. Held-out sets
// are never read here. The hash lets a test notice tuning data or entries that changed since the
// committed model was trained.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../../src/knowledge/types';
import { SETS } from './evalSets';
import { readLabelled } from './evaluate';

export const OUT_OF_SCOPE = 'out-of-scope';

export interface TrainingRow {
  text: string;
  /** Acceptable labels (entry ids this knowledge has, or 'out-of-scope'), at least one. */
  labels: string[];
  /** 'phrasing' for an entry's own title or question, else the eval file it comes from. */
  source: string;
}

export function rerankTrainingRows(root: string, knowledge: Knowledge): TrainingRow[] {
  const ids = new Set(knowledge.entries.map((e) => e.id));
  const rows: TrainingRow[] = [];
  for (const e of knowledge.entries)
    for (const text of [e.title, ...e.questions]) rows.push({ text, labels: [e.id], source: 'phrasing' });
  const files = [...new Set(SETS.filter((s) => !s.heldOut).flatMap((s) => s.files))];
  for (const file of files) {
    const path = join(root, 'tests/eval', file);
    if (!existsSync(path)) continue;
    for (const r of readLabelled(path)) {
      const labels = r.expect.filter((id) => id === OUT_OF_SCOPE || ids.has(id));
      if (labels.length > 0) rows.push({ text: r.text, labels, source: file });
    }
  }
  return rows;
}

export function dataHash(rows: readonly TrainingRow[]): string {
  const h = createHash('sha256');
  for (const r of rows) h.update(`${r.source}\t${r.labels.join('|')}\t${r.text}\n`);
  return h.digest('hex').slice(0, 16);
}
