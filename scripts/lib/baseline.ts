// The baseline the matcher must beat (issue 3): fuse.js alone over whole questions, keywords and
// titles with near-default options. Only `npm run eval` (and one floor test) use it.
//
// fuse.js's bitap search costs about 7 ms per character of query here (a long forum post takes
// seconds), so scoring every labelled message one by one took over an hour. `precomputedBaseline`
// answers the same searches, spread over child processes and remembered on disk: the results depend
// only on the knowledge, the fuse.js version and the text, so they are keyed by all three.
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import type { Matcher, MatchResult, ScoredEntry, Understanding } from '../../src/matching/types';

const NOTHING: Understanding = { symptomIds: [], truncated: false };
const THRESHOLD = 0.6;
const WHY = ['fuse.js whole-phrase score'];

/** One search's result as stored: [entry id, confidence] for the top three. */
export type BaselineHits = Array<[string, number]>;

function createFuse(knowledge: Knowledge): Fuse<KnowledgeEntry> {
  // fuse.js defaults (threshold 0.6, location 0, distance 100) plus the three keys; includeScore
  // to report a 0..1 confidence (fuse's 0 = perfect, so confidence = 1 - score).
  return new Fuse<KnowledgeEntry>(knowledge.entries, {
    keys: ['questions', 'keywords', 'title'],
    includeScore: true,
    threshold: THRESHOLD,
  });
}

/** The plain baseline: one fuse.js search per message. */
export function baselineSearch(knowledge: Knowledge): (text: string) => BaselineHits {
  const fuse = createFuse(knowledge);
  return (text) => fuse.search(text, { limit: 3 }).map((h) => [h.item.id, 1 - (h.score ?? 1)]);
}

function toResult(hits: BaselineHits, byId: ReadonlyMap<string, KnowledgeEntry>): MatchResult {
  const candidates: ScoredEntry[] = hits.flatMap(([id, score]) => {
    const entry = byId.get(id);
    return entry ? [{ entry, score, why: WHY }] : [];
  });
  const best = candidates[0];
  if (!best) return { kind: 'unknown', suggestions: [], understanding: NOTHING };
  return { kind: 'answer', best, candidates, understanding: NOTHING };
}

function matcherFrom(knowledge: Knowledge, search: (text: string) => BaselineHits): Matcher {
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
  return {
    match: (text) => toResult(search(text), byId),
    understand: () => NOTHING,
  };
}

export function createBaselineMatcher(knowledge: Knowledge): Matcher {
  return matcherFrom(knowledge, baselineSearch(knowledge));
}

/** What the baseline's answers depend on: the searched fields, the options and fuse.js's version. */
function cacheKey(knowledge: Knowledge): string {
  const pkg = join(__dirname, '../../node_modules/fuse.js/package.json');
  const fuseVersion = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const fields = knowledge.entries.map((e) => [e.id, e.questions, e.keywords, e.title]);
  return createHash('sha256').update(JSON.stringify({ fuseVersion, THRESHOLD, fields })).digest('hex').slice(0, 16);
}

/**
 * Runs the searches in `workers` child processes (scripts/lib/baselineWorker.ts); the answers come
 * back in the order of `texts`. Dealt round-robin from the longest text down, since fuse.js's cost
 * grows with the query's length and a contiguous slice of long posts would leave the other cores idle.
 */
async function searchInParallel(language: string, texts: string[], workers: number): Promise<BaselineHits[]> {
  const order = texts.map((_, i) => i).sort((a, b) => (texts[b] as string).length - (texts[a] as string).length);
  const dealt = Array.from({ length: workers }, (_, w) => order.filter((_, k) => k % workers === w));
  const answers: BaselineHits[] = new Array<BaselineHits>(texts.length);
  await Promise.all(
    dealt
      .filter((indexes) => indexes.length > 0)
      .map(
        (indexes) =>
          new Promise<void>((resolve, reject) => {
            // The child is TypeScript: under tsx it inherits tsx's loader with our execArgv; elsewhere
            // (vitest) it gets tsx's.
            const tsx = process.execArgv.some((a) => a.includes('tsx'));
            const child = fork(join(__dirname, 'baselineWorker.ts'), [language], {
              stdio: 'inherit',
              execArgv: tsx ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
            });
            child.once('message', (hits) => {
              (hits as BaselineHits[]).forEach((h, k) => (answers[indexes[k] as number] = h));
              resolve();
              child.kill();
            });
            child.once('error', reject);
            child.once('exit', (code) => {
              if (code) reject(new Error(`baseline worker exited with ${code}`));
            });
            child.send(indexes.map((i) => texts[i]));
          }),
      ),
  );
  return answers;
}

/**
 * The baseline matcher for `texts`, searched up front on every core and cached under
 * node_modules/.cache (so a second `npm run eval` on the same knowledge is quick). `language` names
 * the knowledge the worker loads ('en' or 'es'). Asking it about another text searches on the spot.
 */
export async function precomputedBaseline(
  knowledge: Knowledge,
  language: string,
  texts: string[],
  dir = join(__dirname, '../../node_modules/.cache/knee-pain-bot'),
): Promise<Matcher> {
  const file = join(dir, `fuse-baseline-${language}-${cacheKey(knowledge)}.json`);
  const known = new Map<string, BaselineHits>(
    existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, BaselineHits>) : [],
  );
  const missing = [...new Set(texts)].filter((t) => !known.has(t));
  if (missing.length > 0) {
    const workers = Math.max(1, Math.min(os.availableParallelism(), 8));
    const hits = await searchInParallel(language, missing, workers);
    missing.forEach((t, i) => known.set(t, hits[i] ?? []));
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(Object.fromEntries(known)));
  }
  const search = baselineSearch(knowledge);
  return matcherFrom(knowledge, (text) => known.get(text) ?? search(text));
}
