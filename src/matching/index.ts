// The matcher: message → answer / clarify / unknown / out-of-scope. This file only wires the parts:
//   buildIndex.ts  everything computed once from the knowledge (immutable)
//   read.ts        a message read: the sentences that ask (posts.ts), places, diagnoses, word weights
//   query.ts       a read message as a scoring query (place, symptom and diagnosis lifts)
//   score.ts       the one scoring function and its bounds (constants in tuning.ts)
//   topK.ts        the best k entries, full and pruned (they agree exactly)
//   decide.ts      bands, out-of-scope, overview-vs-condition ties
// Analysis (normalize.ts, fuzzy.ts = fuse.js typo look-up, phrases.ts = synonyms) is shared by the
// knowledge side and the message side.
import type { Knowledge, KneeLocation } from '../knowledge/types';
import { analyze } from './analyzer';
import { buildIndex, type MatcherIndex } from './buildIndex';
import { createPostReranker, toScored, type PostReranker } from './blend';
import { decide } from './decide';
import { createQueryBuilder, type QueryOf } from './query';
import { createReader, type ReadMessage } from './read';
import type { RerankModel } from './rerank';
import path from 'node:path';
import { readModelFile, type LazyModel } from '../text/modelFile';
// Never loaded this way (readModelFile reads it, rows on demand): the import only keeps the file in dist/.
import type _inDist from './rerankModel.json';
import { breakTies } from './ties';
import { round } from './score';
import { createTopK, type TopK } from './topK';
import type { MatchLanguage } from './lang/index';
import { DEFAULT_TUNING, type MatcherTuning } from './tuning';
import type { Matcher, MatchResult, ScoredEntry, Understanding } from './types';
import { recentlyUsed } from '../recentlyUsed';

export type { Matcher, MatchResult } from './types';

/**
 * Tuning overrides, the language when the knowledge object does not say (`{ language: 'es' }`), and
 * the long-post reranker's model (default: rerankModel.json for English knowledge; null: none).
 */
export type MatcherOptions = Partial<MatcherTuning> & {
  language?: MatchLanguage;
  rerankModel?: RerankModel | null;
  /** Match every text afresh, never from the by-text memo (tests: the memo must never change a result). */
  withoutMemo?: boolean;
};

export interface MatcherParts {
  readonly index: MatcherIndex;
  readonly topK: TopK;
  /** The long-post reranker (none for a language it was not trained on, or when turned off). */
  readonly reranker?: PostReranker;
  read(text: string): ReadMessage;
  /** The words name the knee as written (see read.ts). */
  namesKnee(analysis: ReadMessage['analysis']): boolean;
  kneeOnceInPassing(analysis: ReadMessage['analysis']): boolean;
  query: QueryOf;
}

let committedRerank: LazyModel<RerankModel> | undefined;
/** The committed reranker (read once; each matcher compiles its own rows). */
function committedRerankModel(): LazyModel<RerankModel> {
  return (committedRerank ??= readModelFile<RerankModel>(path.join(__dirname, 'rerankModel.json')));
}

export function createMatcherParts(knowledge: Knowledge, options: MatcherOptions = {}): MatcherParts {
  const { language, rerankModel, withoutMemo: _withoutMemo, ...tuning } = options;
  const cfg: MatcherTuning = { ...DEFAULT_TUNING, ...tuning };
  const ix = buildIndex(knowledge, cfg, language);
  const topK = createTopK(ix);
  // The committed model was trained on the English knowledge and tuning sets.
  const model = rerankModel === undefined && ix.language.id === 'en' ? committedRerankModel() : rerankModel;
  const reranker = model && cfg.rerankWeight > 0 ? createPostReranker(ix, model) : undefined;
  const reader = createReader(ix);

  return {
    index: ix,
    topK,
    reranker,
    read: reader.read,
    namesKnee: reader.namesKnee,
    kneeOnceInPassing: reader.kneeOnceInPassing,
    query: createQueryBuilder(ix, reader.analyze),
  };
}

/** Clinic actions a post's ask names only in passing ("can you help?", "where does it hurt?"). */
const LEAD_EXEMPT: ReadonlySet<string> = new Set(['help', 'assess', 'warning-signs']);

/** How many texts' results createMatcher keeps (a few hundred small objects). */
const MEMO_TEXTS = 500;

export function createMatcher(knowledge: Knowledge, options: MatcherOptions = {}): Matcher {
  const parts = createMatcherParts(knowledge, options);
  const ix = parts.index;

  function matchRead(message: ReadMessage): MatchResult {
    const { query, understanding, locationNote } = parts.query(message);
    // A long post is scored once for the reranker's larger pool; its first topK are the usual candidates.
    const pool = message.post && parts.reranker ? parts.reranker.pool.best(query) : undefined;
    const best = pool ? pool.slice(0, ix.cfg.topK) : parts.topK.best(query);
    let candidates = message.analysis.terms.length === 0 ? [] : toScored(ix, breakTies(ix, query, best));
    // A post's story ("my own diagnosis is…", "what time I run", "to look at my knee") does not
    // ask for a clinic action: those are candidates only when the sentences that ask, matched
    // alone, would offer them.
    const asking = message.post ? message.asking : undefined;
    if (asking && candidates.some((c) => c.entry.kind === 'clinic')) {
      const alone = parts.topK.best(
        parts.query({ analysis: asking, questions: [], truncated: false, post: false }).query,
      );
      // "What can you do to help the knee?" asks what helps the knee, not what the bot can do.
      const aboutBot = (e: number): boolean => ix.entries[e]!.action !== 'help' || !parts.namesKnee(asking);
      const offered = new Set(alone.filter((t) => t.s >= ix.cfg.answerThreshold && aboutBot(t.e)).map((t) => t.e));
      candidates = candidates.filter((c) => c.entry.kind !== 'clinic' || offered.has(ix.indexOfEntry.get(c.entry)!));
      // "…Where is your clinic located?": a clear request for a clinic action leads, whatever the
      // story, with the score it has alone (a story's "my son drives me" must not tie it).
      const [a, b] = alone;
      const lead = a ? candidates.findIndex((c) => ix.indexOfEntry.get(c.entry) === a.e) : -1;
      if (
        a &&
        lead >= 0 &&
        ix.entries[a.e]!.kind === 'clinic' &&
        !LEAD_EXEMPT.has(ix.entries[a.e]!.action ?? '') &&
        a.s >= ix.cfg.sureThreshold &&
        a.s - (b?.s ?? 0) >= ix.cfg.margin
      ) {
        const [c] = candidates.splice(lead, 1);
        c!.score = Math.max(c!.score, candidates[0]?.score ?? 0, a.s);
        candidates.unshift(c!);
      }
    }
    // "…rack pulls from just below the knee… her low back still hurts, even sneezing": a long post
    // that names a body part far from the knee twice or more and the knee once, not as the writer's
    // own, is about that body part (round 23: low-back and shoulder posts got a knee "did you mean").
    const namesKnee = parts.namesKnee(message.analysis);
    const inPassing =
      namesKnee &&
      message.post &&
      parts.kneeOnceInPassing(message.analysis) &&
      ix.topics.mentions(message.analysis.terms, (t) => t.kneeInPassing === true) >= 2;
    const result = decide(ix, {
      candidates,
      analysis: message.analysis,
      aboutKnee: (namesKnee && !inPassing && !message.kneeSound) || (!inPassing && message.kneeLater?.() === true),
      ownBody: message.own ?? true,
      understanding,
      locationNote,
      post: message.post,
      named: message.named ? new Set(message.named.flatMap((i) => ix.diagnoses[i]!.entries)) : undefined,
    });
    // A title read as the ask that finds nothing ("BJJ Knees" names only who asks): the whole post is read alike.
    if (message.titleAsks && result.kind === 'unknown')
      return matchRead({ ...message, factors: undefined, titleAsks: false });
    if (!pool || !parts.reranker) return askedElsewhere(result, message);
    return askedElsewhere(
      parts.reranker.rerank({ ...message, location: understanding.location }, pool, result),
      message,
    );
  }

  /**
   * A long post answered from its story while the sentences that ask, read alone, clearly ask about
   * another entry ("…tore my meniscus… Are swelling and pain still normal after the surgery?"): the
   * story's diagnosis and the ask disagree, so the bot offers both ("did you mean") instead of
   * answering one. The answer stays first (top-1 unchanged); only the asked entry is added.
   */
  function askedElsewhere(result: MatchResult, message: ReadMessage): MatchResult {
    const asking = message.post ? message.asking : undefined;
    if (!asking || result.kind !== 'answer' || result.best.entry.kind === 'clinic') return result;
    // The story says where it hurts and the ask only asks about it ("…pain behind his knee. What could
    // cause that?"): the place's overview (which lists its causes) answers the ask, which alone has no place.
    const place = result.understanding.location;
    if (place !== undefined && result.best.entry.kind === 'location' && result.best.entry.location === place)
      return result;
    const alone = parts.topK.best(
      parts.query({ analysis: asking, questions: [], truncated: false, post: false }).query,
    );
    // Clinic actions are read from the whole post (matchRead); the ask alone only weighs knee topics.
    const asked = alone.find((t) => ix.entries[t.e]!.kind !== 'clinic');
    if (!asked || asked.s < ix.cfg.postAskedThreshold) return result;
    const answered = alone.find((t) => t.e === ix.indexOfEntry.get(result.best.entry));
    if (answered && asked.s - answered.s <= ix.cfg.clarifyWindow) return result;
    const other = toScored(ix, [asked])[0]!;
    other.score = round(Math.min(other.score, result.best.score - 0.001));
    other.why.push('what the sentences that ask ask about, read alone');
    result.best.why.push(`the ask alone reads ${other.entry.id}`);
    return { kind: 'clarify', candidates: [result.best, other], understanding: result.understanding };
  }

  /**
   * Two questions in one message ("What are your hours? Also, is it ok to keep running on it?"):
   * each asking clause is matched alone; when two clauses are each answered confidently by
   * different entries, the first is answered and the other offered as `second`. When the whole
   * message only got a "did you mean" but each question alone is clear, both are answered.
   */
  function withSecond(result: MatchResult, message: ReadMessage): MatchResult {
    if (message.questions.length < 2 || (result.kind !== 'answer' && result.kind !== 'clarify')) return result;
    const answers: ScoredEntry[] = [];
    let clear = 0;
    for (const q of message.questions) {
      const alone = matchRead({ analysis: q, questions: [], truncated: false, post: false });
      if (alone.kind !== 'answer' || alone.best.score < ix.cfg.secondThreshold) continue;
      // In a post, "should I start from the beginning?" does not ask for the assessment (LEAD_EXEMPT).
      const action = alone.best.entry.action;
      if (message.post && alone.best.entry.kind === 'clinic' && action && LEAD_EXEMPT.has(action)) continue;
      clear++;
      if (!answers.some((a) => a.entry === alone.best.entry)) answers.push(alone.best);
    }
    if (result.kind === 'answer') {
      const second = answers.find((a) => a.entry !== result.best.entry);
      if (!second) return result;
      second.why.push('second question in the message');
      return { ...result, second };
    }
    // A "did you mean" becomes two answers only when every question in the message is clear on its
    // own and they differ: a real post's "Is it normal? Will it improve?" are not.
    const [first, next] = answers;
    if (!first || !next || clear < message.questions.length) return result;
    if (message.post) {
      // A post's questions are answered one by one only when the whole post points that way too:
      // the one answered first is its first "did you mean" choice, or a clinic request ("what are
      // your hours?") among them (among them was not enough: "what could be the problem? can
      // anything be done?" answered a cycling story with other causes of knee pain; round 12,
      // leave-one-set-out answered wrong 2.8 → 1.9 %), and a diagnosis the post names ("x-rays
      // show mild arthritis") is one of them ("how long will it take?" is asked about it).
      const mine = (e: ScoredEntry['entry']): boolean => e === first.entry || e === next.entry;
      if (!result.candidates.some((c) => c.entry === first.entry)) return result;
      if (result.candidates[0]?.entry !== first.entry && first.entry.kind !== 'clinic') return result;
      const named = (message.named ?? []).flatMap((i) => ix.diagnoses[i]!.entries);
      if (named.length > 0 && !named.some((e) => mine(ix.entries[e]!))) return result;
    }
    first.why.push('first of the questions in the message');
    next.why.push('second question in the message');
    return {
      kind: 'answer',
      best: first,
      candidates: [first, ...result.candidates.filter((c) => c.entry !== first.entry)].slice(0, 3),
      understanding: result.understanding,
      second: next,
    };
  }

  // Results by text: matching is a pure function of the text, and the same texts come back all the time
  // (buttons, greetings, the common questions), some asked about twice a turn. Most recently used last.
  // Callers only read a result (never change it), so one object can answer every time.
  const memo = recentlyUsed<MatchResult>(MEMO_TEXTS);
  const matchFresh = (text: string): MatchResult => {
    const message = parts.read(text);
    return withSecond(matchRead(message), message);
  };

  return {
    match(text: string): MatchResult {
      if (options.withoutMemo === true) return matchFresh(text);
      const held = memo.get(text);
      if (held !== undefined) return held;
      const result = matchFresh(text);
      memo.set(text, result);
      return result;
    },
    understand(text: string, location?: KneeLocation): Understanding {
      const truncated = text.length > ix.cfg.maxChars;
      const analysis = analyze(truncated ? text.slice(0, ix.cfg.maxChars) : text, ix.rewriter, ix.analyzeOptions);
      const hit = ix.extractor.location(analysis.terms);
      const where = location ?? hit?.location;
      return { location: where, symptomIds: where ? ix.extractor.symptoms(analysis.terms, where) : [], truncated };
    },
  };
}

/**
 * A matcher built the first time it is asked (or warmed): the same matcher createMatcher builds, a
 * little later. For a language most conversations never use (start-up time: the Spanish index).
 */
export function lazyMatcher(build: () => Matcher): Matcher & { warm(): void } {
  let built: Matcher | undefined;
  const matcher = (): Matcher => (built ??= build());
  return {
    match: (text) => matcher().match(text),
    understand: (text, location) => matcher().understand(text, location),
    warm: () => void matcher(),
  };
}
