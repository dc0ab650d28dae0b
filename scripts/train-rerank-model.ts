// Trains the long-post reranker (src/matching/rerank.ts) and writes src/matching/rerankModel.json.
// Run: npx tsx scripts/train-rerank-model.ts   (again whenever the tuning sets or the entries change;
// tests/matching/rerank.test.ts fails while the committed model's data hash is stale).
// Data: scripts/lib/rerankData.ts (tuning sets only, never a held-out set). Before writing, it prints
// a K-fold cross-validation over the tuning posts: each fold's posts are matched by a matcher whose
// model never saw them, beside the matcher without the reranker.
// Options: --cv-only (print, do not write).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load';
import type { Knowledge } from '../src/knowledge/types';
import { postFeatures } from '../src/matching/blend';
import { createMatcher, createMatcherParts, type MatcherOptions } from '../src/matching/index';
import { wordCount } from '../src/matching/posts';
import { createReranker, type RerankModel } from '../src/matching/rerank';
import { DEFAULT_TUNING } from '../src/matching/tuning';
import { evaluate, rate, type EvalReport } from './lib/evaluate';
import { trainLogistic, type Example, type TrainOptions } from './lib/logistic';
import { dataHash, OUT_OF_SCOPE, rerankTrainingRows, type TrainingRow } from './lib/rerankData';

const root = join(__dirname, '..');
export const RERANK_MODEL_FILE = join(root, 'src/matching/rerankModel.json');
const FOLDS = 5;
export const TRAINING: TrainOptions = { epochs: 30, rate: 0.2, l2: 1e-3, minCount: 2, seed: 7, keep: 0.2 };
/** A long post counts this much more than a short question or a phrasing (the model reads posts only). */
const POST_WEIGHT = 2;

interface Prepared {
  row: TrainingRow;
  features: string[];
  post: boolean;
}

function prepare(knowledge: Knowledge, rows: readonly TrainingRow[]): Prepared[] {
  const parts = createMatcherParts(knowledge, { rerankModel: null });
  return rows.map((row) => {
    const read = parts.read(row.text);
    const location = parts.query(read).understanding.location;
    return {
      row,
      features: postFeatures(parts.index, { ...read, location }),
      post: wordCount(row.text) >= DEFAULT_TUNING.postMinWords,
    };
  });
}

function examples(list: readonly Prepared[], classes: readonly string[]): Example[] {
  const at = new Map(classes.map((c, i) => [c, i]));
  return list.map((p) => ({
    features: p.features,
    target: new Map(p.row.labels.map((l) => [at.get(l)!, 1 / p.row.labels.length])),
    weight: p.post ? POST_WEIGHT : 1,
  }));
}

export function classesOf(knowledge: Knowledge): string[] {
  return [...knowledge.entries.map((e) => e.id), OUT_OF_SCOPE];
}

export function trainRerankModel(knowledge: Knowledge, rows: readonly TrainingRow[], opts = TRAINING): RerankModel {
  const classes = classesOf(knowledge);
  const model = trainLogistic(examples(prepare(knowledge, rows), classes), classes, opts);
  return { ...model, dataHash: dataHash(rows) };
}

export interface CrossValidation {
  without: EvalReport;
  with: EvalReport;
  /** In-scope posts whose right entry is the model's own first choice (no word overlap at all). */
  modelAlone: number;
  /** Eval file → in-scope posts, right first choices without and with the reranker. */
  byFile: Map<string, { inScope: number; without: number; with: number }>;
}

/** K-fold over the tuning posts: fold k's posts are scored by a model trained on everything else. */
export function crossValidate(
  knowledge: Knowledge,
  rows: readonly TrainingRow[],
  tuning: MatcherOptions = {},
): CrossValidation {
  const classes = classesOf(knowledge);
  const ids = knowledge.entries.map((e) => e.id);
  const prepared = prepare(knowledge, rows);
  const posts = prepared.filter((p) => p.post && p.row.source !== 'phrasing');
  const fold = new Map(posts.map((p, i) => [p, i % FOLDS]));
  const labelled = (list: Prepared[]) => list.map((p) => ({ text: p.row.text, expect: p.row.labels }));
  const reports: Array<Pick<CrossValidation, 'with' | 'without'>> = [];
  const byFile: CrossValidation['byFile'] = new Map();
  let modelAlone = 0;
  for (let k = 0; k < FOLDS; k++) {
    const train = prepared.filter((p) => fold.get(p) !== k);
    const test = posts.filter((p) => fold.get(p) === k);
    const model = { ...trainLogistic(examples(train, classes), classes, TRAINING), dataHash: '' };
    // Its first knee entry (the reranker never turns a post out of scope).
    const reranker = createReranker(model, ids);
    for (const p of test) {
      const prob = reranker.probabilities(p.features).entry;
      const first = prob.indexOf(Math.max(...prob));
      if (!p.row.labels.includes(OUT_OF_SCOPE) && p.row.labels.includes(ids[first]!)) modelAlone++;
    }
    const plain = createMatcher(knowledge, { ...tuning, rerankModel: null });
    const reranked = createMatcher(knowledge, { ...tuning, rerankModel: model });
    for (const file of new Set(test.map((p) => p.row.source))) {
      const mine = labelled(test.filter((p) => p.row.source === file));
      const report = { without: evaluate(plain, mine), with: evaluate(reranked, mine) };
      reports.push(report);
      const f = byFile.get(file) ?? { inScope: 0, without: 0, with: 0 };
      byFile.set(file, {
        inScope: f.inScope + report.with.inScope,
        without: f.without + report.without.top1,
        with: f.with + report.with.top1,
      });
    }
  }
  const sum = (pick: (c: (typeof reports)[number]) => EvalReport): EvalReport => {
    const all = reports.map(pick);
    const out = { ...all[0]!, misses: all.flatMap((r) => r.misses) };
    for (const key of [
      'inScope',
      'outOfScope',
      'top1',
      'answeredRight',
      'answeredWrong',
      'clarified',
      'outOfScopeCorrect',
      'outOfScopeAnswered',
    ] as const)
      out[key] = all.reduce((n, r) => n + r[key], 0);
    return out;
  };
  return { without: sum((c) => c.without), with: sum((c) => c.with), modelAlone, byFile };
}

export function describe(r: EvalReport): string {
  const pct = (a: number, b: number): string => `${(rate(a, b) * 100).toFixed(1)} %`;
  return (
    `top-1 ${pct(r.top1, r.inScope)}, answered right ${pct(r.answeredRight, r.inScope)}, ` +
    `answered wrong ${pct(r.answeredWrong, r.inScope)} (${r.inScope} in scope); ` +
    `out-of-scope correct ${pct(r.outOfScopeCorrect, r.outOfScope)} (${r.outOfScope})`
  );
}

if (require.main === module) {
  const knowledge = loadKnowledge(join(root, 'knowledge'));
  const rows = rerankTrainingRows(root, knowledge);
  const cv = crossValidate(knowledge, rows);
  console.log(`${FOLDS}-fold cross-validation on the tuning posts (${cv.with.inScope + cv.with.outOfScope} posts):`);
  console.log(`  without the reranker: ${describe(cv.without)}`);
  console.log(`  with the reranker:    ${describe(cv.with)}`);
  console.log(
    `  the model alone (its first choice): top-1 ${((100 * cv.modelAlone) / cv.with.inScope).toFixed(1)} %` +
      ' (the matcher above was hand-tuned on these posts; the model never saw the fold it scores)',
  );
  // By file: our own posts are easier than real ones, and the newest real sets were tuned on least.
  for (const [file, f] of [...cv.byFile].sort()) {
    if (f.inScope === 0) continue;
    const pct = (n: number): string => `${((100 * n) / f.inScope).toFixed(1)} %`;
    console.log(`    ${file.padEnd(22)} top-1 ${pct(f.without)} -> ${pct(f.with)} (${f.inScope} in scope)`);
  }
  if (!process.argv.includes('--cv-only')) {
    const model = trainRerankModel(knowledge, rows);
    writeFileSync(RERANK_MODEL_FILE, `${JSON.stringify(model)}\n`);
    console.log(
      `wrote ${RERANK_MODEL_FILE}: ${model.classes.length} classes, ${Object.keys(model.weights).length} features, ${rows.length} messages`,
    );
  }
}
