// What the learned reranker (rerank.ts) may change in a long post's result, and what it may not.
// It never creates an answer from nothing: out-of-scope and "not sure" stay as decided, and it
// only reorders entries the word-overlap scoring found (the decided candidates and the post's best
// rerankPool entries; clinic actions only when the matcher kept them). Order: matcher score +
// rerankWeight × probability. It answers directly only when it is confident and the entry has the
// evidence a "did you mean" needs; it turns an answer into a "did you mean" when it puts another
// entry first and gives the answered one little chance.
import type { KneeLocation } from '../knowledge/types';
import type { Analysis } from './analyzer';
import type { Tok } from './phrases';
import type { MatcherIndex } from './buildIndex';
import type { WithRows } from '../text/linear';
import { createReranker, rerankFeatures, type RerankModel } from './rerank';
import { round, type Top } from './score';
import { createTopK, type TopK } from './topK';
import type { MatchResult, ScoredEntry } from './types';

/** A long post as the matcher read it. */
interface PostRead {
  analysis: Analysis;
  asking?: Analysis;
  named?: readonly number[];
  location?: KneeLocation;
  /** The clauses that ask, when there are two or more (each is then matched alone, index.ts). */
  questions?: readonly Analysis[];
}

interface Probabilities {
  /** By entry index. */
  entry: Float64Array;
  outOfScope: number;
}

/** The reranker's features of a long post (scripts/train-rerank-model.ts trains on the same). */
export function postFeatures(ix: MatcherIndex, read: PostRead): string[] {
  return rerankFeatures({
    analysis: read.analysis,
    asking: read.asking,
    location: read.location,
    named: (read.named ?? []).flatMap((i) => ix.diagnoses[i]!.entries.map((e) => ix.entries[e]!.id)),
    frames: read.asking ? questionFrames(ix, read.asking.tokens) : [],
  });
}

/** "how long", "should i", "can i": each question word in the asking words and the word after it. */
function questionFrames(ix: MatcherIndex, tokens: readonly Tok[]): string[] {
  const frames: string[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next && ix.language.questionWords.has(t.surface)) frames.push(`${t.surface} ${next.stem}`);
  });
  return frames;
}

/** Scored entries with the evidence a curator reads in `npm run ask`. */
export function toScored(ix: MatcherIndex, top: readonly Top[]): ScoredEntry[] {
  return top.map(({ e, s, recall, precision, unit }): ScoredEntry => {
    const why: string[] = [];
    if (unit >= 0) why.push(`best ${ix.unitLabels[unit]} recall ${recall.toFixed(2)}`);
    why.push(`precision ${precision.toFixed(2)}`);
    return { entry: ix.entries[e]!, score: s, why };
  });
}

export interface PostReranker {
  /** The best rerankPool entries (the matcher scores a long post with this; its first topK decide). */
  readonly pool: TopK;
  /** The decided result of a long post, reordered (and perhaps answered or asked) with the model. */
  rerank(read: PostRead, pool: readonly Top[], result: MatchResult): MatchResult;
}

export function createPostReranker(ix: MatcherIndex, model: WithRows<RerankModel>): PostReranker {
  const reranker = createReranker(
    model,
    ix.entries.map((e) => e.id),
  );
  return {
    pool: createTopK(ix, ix.cfg.rerankPool),
    rerank(read, pool, result) {
      if (result.kind !== 'answer' && result.kind !== 'clarify') return result;
      const extra = toScored(ix, pool).filter((c) => c.entry.kind !== 'clinic');
      // Two questions in one post: each is answered alone (index.ts withSecond); the model only reorders.
      const mayAnswer = (read.questions?.length ?? 0) < 2;
      return blend(ix, result, extra, reranker.probabilities(postFeatures(ix, read)), mayAnswer);
    },
  };
}

function blend(
  ix: MatcherIndex,
  result: Extract<MatchResult, { kind: 'answer' | 'clarify' }>,
  extra: readonly ScoredEntry[],
  p: Probabilities,
  mayAnswer: boolean,
): MatchResult {
  const cfg = ix.cfg;
  const shown = result.kind === 'answer' ? [result.best, ...result.candidates] : result.candidates;
  // A request for a clinic action the matcher put first ("what are your hours?") stands: word overlap
  // reads those well, and the model learned from knee stories.
  if (shown[0]?.entry.kind === 'clinic') return result;
  const prob = (c: ScoredEntry): number => p.entry[ix.indexOfEntry.get(c.entry)!] ?? 0;
  const byEntry = new Map<ScoredEntry['entry'], ScoredEntry>();
  for (const c of [...shown, ...extra]) if (!byEntry.has(c.entry)) byEntry.set(c.entry, c);
  const combined = (c: ScoredEntry): number => c.score + cfg.rerankWeight * prob(c);
  const order = [...byEntry.values()].sort((x, y) => combined(y) - combined(x));
  const first = order[0]!;
  const offered = order.slice(0, 3);
  // The model's own first choice, whatever the word overlap says.
  const modelFirst = order.reduce((a, c) => (prob(c) > prob(a) ? c : a), first);
  // Confident: clear of every other reading the model sees (any entry, or out of scope), not only
  // of the entries shown.
  const confident =
    mayAnswer &&
    prob(first) >= cfg.rerankAnswerProb &&
    prob(first) - Math.max(p.outOfScope, runnerUp(p.entry, ix.indexOfEntry.get(first.entry)!)) >=
      cfg.rerankAnswerMargin &&
    first.score >= cfg.rerankEvidence;
  const note = (c: ScoredEntry): void => void c.why.push(`reranker ${prob(c).toFixed(2)}`);
  if (result.kind === 'answer') {
    // The matcher's answer leads on word overlap, but the model prefers another entry and gives the
    // answered one little chance: a "did you mean" with both beats a confident wrong answer.
    const doubted = modelFirst.entry !== result.best.entry && prob(result.best) < cfg.rerankDoubtProb;
    if (doubted && !offered.includes(modelFirst)) offered.splice(offered.length - 1, 1, modelFirst);
    if (!doubted && (first.entry === result.best.entry || prob(result.best) >= cfg.rerankOverruleProb)) return result;
  } else if (confident) {
    offered.forEach(note);
    return { kind: 'answer', best: first, candidates: offered, understanding: result.understanding };
  }
  // Keep the list sorted by score, as callers expect: the first takes the best score shown.
  const top = Math.max(...offered.map((c) => c.score));
  offered.forEach((c, i) => {
    c.score = i === 0 ? top : round(Math.max(0, Math.min(c.score, offered[i - 1]!.score - 0.001)));
    note(c);
  });
  return { kind: 'clarify', candidates: offered, understanding: result.understanding };
}

/** The highest probability of any entry but the one at `skip`. */
function runnerUp(entry: Float64Array, skip: number): number {
  let best = 0;
  for (let i = 0; i < entry.length; i++) if (i !== skip && entry[i]! > best) best = entry[i]!;
  return best;
}
