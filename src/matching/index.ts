// The matcher: message → answer / clarify / unknown / out-of-scope. This file only wires the parts:
//   buildIndex.ts  everything computed once from the knowledge (immutable)
//   posts.ts       long posts: which sentences ask, two questions in one message
//   score.ts       the one scoring function and its bounds (constants in tuning.ts)
//   topK.ts        the best k entries, full and pruned (they agree exactly)
//   decide.ts      bands, out-of-scope, overview-vs-condition ties
// Analysis (normalize.ts, fuzzy.ts = fuse.js typo look-up, phrases.ts = synonyms) is shared by the
// knowledge side and the message side.
import type { Knowledge, KneeLocation } from '../knowledge/types';
import type { Tok } from './phrases';
import { analyze, type Analysis } from './analyzer';
import { buildIndex, LOCATION_CODE, type MatcherIndex } from './buildIndex';
import { createPostReranker, toScored, type PostReranker } from './blend';
import { decide } from './decide';
import { mentionsKnee } from './outOfScope';
import { splitPost, wordCount, type PostPart } from './posts';
import type { RerankModel } from './rerank';
import defaultRerankModel from './rerankModel.json';
import type { Query } from './score';
import { breakTies } from './ties';
import { createTopK, type TopK } from './topK';
import type { MatchLanguage } from './lang/index';
import { DEFAULT_TUNING, type MatcherTuning } from './tuning';
import type { Matcher, MatchResult, ScoredEntry, Understanding } from './types';

export type { Matcher, MatchResult } from './types';

/**
 * Tuning overrides, the language when the knowledge object does not say (`{ language: 'es' }`), and
 * the long-post reranker's model (default: rerankModel.json for English knowledge; null: none).
 */
export type MatcherOptions = Partial<MatcherTuning> & { language?: MatchLanguage; rerankModel?: RerankModel | null };

/** A message read for matching: its analysis and how much each term counts. */
interface ReadMessage {
  analysis: Analysis;
  /** term → weight factor (1 in a sentence that asks, storyWeight in the story); absent = 1. */
  factors?: ReadonlyMap<string, number>;
  /** The clauses that ask, analysed alone, when there are two or more (for a second answer). */
  questions: Analysis[];
  /** The place named in a sentence that says it hurts, when sentences name different places. */
  sorePlace?: { location: KneeLocation; alias: string };
  /**
   * A long post's places named as places: by a phrase ("outer side of my knee") or by one word in
   * a clause that names the knee or a pain ("the back of my knee", "it aches on the inside"; not
   * "cut back my mileage").
   */
  placed?: ReadonlySet<KneeLocation>;
  /** A long post (at least postMinWords words). */
  post: boolean;
  /** Diagnoses a long post names, sentence by sentence, not denied or doubted (ix.diagnoses indexes). */
  named?: readonly number[];
  /** The sentences that ask, in a message that has story sentences too. */
  asking?: Analysis;
  /** The writer speaks of their own body (see ownBody). */
  own?: boolean;
  truncated: boolean;
  /**
   * Whether the part cut off a long message names the knee: it is not about another body part or topic
   * ("…rides on an empty stomach… [cut] …my knees were feeling sore"), though only the part read is
   * matched. A function, read only when the part read names no knee: analysing the rest of every long
   * post cost the matcher's p99 a third.
   */
  kneeLater?: () => boolean;
}

export interface MatcherParts {
  readonly index: MatcherIndex;
  readonly topK: TopK;
  /** The long-post reranker (none for a language it was not trained on, or when turned off). */
  readonly reranker?: PostReranker;
  read(text: string): ReadMessage;
  query(read: ReadMessage): { query: Query; understanding: Understanding; locationNote?: string };
}

export function createMatcherParts(knowledge: Knowledge, options: MatcherOptions = {}): MatcherParts {
  const { language, rerankModel, ...tuning } = options;
  const cfg: MatcherTuning = { ...DEFAULT_TUNING, ...tuning };
  const ix = buildIndex(knowledge, cfg, language);
  const topK = createTopK(ix);
  // The committed model was trained on the English knowledge and tuning sets.
  const model =
    rerankModel === undefined && ix.language.id === 'en' ? (defaultRerankModel as unknown as RerankModel) : rerankModel;
  const reranker = model && cfg.rerankWeight > 0 ? createPostReranker(ix, model) : undefined;
  const analyzeText = (text: string): Analysis => analyze(text, ix.rewriter, ix.analyzeOptions);
  // An activity's own entry is the one whose title names it ("Knee pain from cycling"): activity stem → entries.
  const activityEntries = new Map<string, number[]>();
  ix.entries.forEach((e, i) => {
    if (e.location || e.kind === 'clinic') return;
    for (const t of new Set(analyzeText(e.title).terms))
      if (ix.activityTerms.has(t)) activityEntries.set(t, [...(activityEntries.get(t) ?? []), i]);
  });

  function read(text: string): ReadMessage {
    const truncated = text.length > cfg.maxChars;
    const cut = truncated ? text.slice(0, cfg.maxChars) : text;
    const kneeLater = (): boolean =>
      truncated && mentionsKnee(analyzeText(text.slice(cfg.maxChars)).terms, ix.kneeTerms);
    return { ...readParts(cut, truncated), own: ownBody(cut), kneeLater };
  }

  /**
   * "I…", "me", or "my" within two words before a knee word, in the words as written (before
   * synonyms fold "me duele" into "dolor"): the writer's own knee, not only a pet's.
   */
  function ownBody(text: string): boolean {
    const { selfWords, possessive, tokenize, stem } = ix.language;
    const words = tokenize(text);
    return words.some(
      (w, i) =>
        selfWords.has(w) ||
        (ix.kneeTerms.has(stem(w)) && words.slice(Math.max(0, i - 2), i).some((p) => possessive.has(p))),
    );
  }

  function readParts(cut: string, truncated: boolean): ReadMessage {
    // One sentence with no comma (most short questions): nothing to split, skip the sentence work.
    const parts = /[.!?;,\n]/.test(cut.trimEnd().slice(0, -1)) ? splitPost(cut, ix.language) : [];
    const post = wordCount(cut) >= cfg.postMinWords;
    if (parts.length < 2) {
      const analysis = analyzeText(cut);
      return { analysis, questions: [], truncated, post, named: post ? namedIn([analysis]) : undefined };
    }
    const analysed = parts.map((p) => ({ part: p, analysis: analyzeText(p.text) }));
    const analysis = concat(analysed.map((a) => a.analysis));
    const asking = analysed.filter((a) => a.part.asks);
    const named = post ? namedIn(analysed.map((a) => a.analysis)) : undefined;
    return {
      analysis,
      named,
      sorePlace: sorePlace(analysed.map((a) => a.part.text)),
      placed: post ? placedIn(analysed.map((a) => a.analysis)) : undefined,
      factors: post ? storyFactors(analysed, named ?? []) : undefined,
      // A post with no sentence that asks usually ends on what it wants ("I need some ideas…").
      asking:
        asking.length > 0 && asking.length < analysed.length
          ? concat(asking.map((a) => a.analysis))
          : asking.length === 0
            ? analysed[analysed.length - 1]!.analysis
            : undefined,
      questions: asking.length >= 2 ? asking.map((a) => a.analysis) : [],
      truncated,
      post,
    };
  }

  /**
   * "I got hit on the outside of my knee and now the inside hurts": when sentences name different
   * places, the place is the one named where the message says it hurts (the first such sentence).
   */
  function sorePlace(sentences: readonly string[]): ReadMessage['sorePlace'] {
    const clauses = sentences.flatMap((s) => s.split(CLAUSE_BREAK));
    const hits = clauses.map((c) => {
      const terms = analyzeText(c).terms;
      return { hit: ix.extractor.location(terms), terms };
    });
    const places = new Set(hits.flatMap((h) => (h.hit ? [h.hit.location] : [])));
    if (places.size < 2) return undefined;
    const sore = hits.filter((h) => h.hit && h.terms.some((t) => ix.painTerms.has(t)));
    const preferred = sore.length > 0 && new Set(sore.map((h) => h.hit!.location)).size === 1 ? sore[0] : undefined;
    return preferred?.hit;
  }

  /** Places a long post names as places (see ReadMessage.placed), sentence by sentence. */
  function placedIn(sentences: readonly Analysis[]): Set<KneeLocation> {
    const placed = new Set<KneeLocation>();
    for (const { terms, tokens } of sentences) {
      const sore = terms.some((t) => ix.painTerms.has(t)) || mentionsKnee(terms, ix.kneeTerms);
      for (const hit of ix.extractor.locations(terms)) {
        // A phrase of two or more terms, or one that is a knee word itself ("kneecap"), is a place.
        if (hit.terms.length > 1 || mentionsKnee(hit.terms, ix.kneeTerms) || (sore && usedAsPlace(tokens, hit.alias)))
          placed.add(hit.location);
      }
    }
    return placed;
  }

  /** A one-word place is used as a place at least once, not only in idioms ("came back", "back to running"). */
  function usedAsPlace(tokens: readonly Tok[], alias: string): boolean {
    const { stem, placeIdioms } = ix.language;
    const word = stem(alias);
    return tokens.some(
      (t, i) =>
        t.stem === word &&
        !t.from &&
        !placeIdioms.before.has(tokens[i - 1]?.surface ?? '') &&
        !placeIdioms.after.has(tokens[i + 1]?.surface ?? '') &&
        !prepositionAt(tokens, i),
    );
  }

  /** "one foot in front of the other", "in back of the truck": a preposition, unless the knee follows. */
  function prepositionAt(tokens: readonly Tok[], i: number): boolean {
    if (tokens[i - 1]?.surface !== 'in' || tokens[i + 1]?.surface !== 'of') return false;
    const next = tokens.slice(i + 2).find((t) => !ix.language.keyKeeps.has(t.surface));
    return next === undefined || !ix.kneeTerms.has(next.stem);
  }

  /**
   * The diagnoses named and not denied or doubted in the words just before the name ("I've got
   * popliteal tendonitis", not "I doubt it is the cartilage" or "my dad thinks it could be
   * arthritis"; "I have osteoarthritis and can't run" still names it).
   */
  function namedIn(sentences: readonly Analysis[]): number[] {
    const found = new Set<number>();
    const mine = sentences.some((a) => saysMyKnee(a.tokens));
    for (const a of sentences) {
      const present = new Set(a.terms);
      ix.diagnoses.forEach((d, i) => {
        if (!d.terms.every((t) => present.has(t)) || (d.person && mine)) return;
        const at = a.tokens.findIndex((t) => t.stem === d.terms[0]);
        const doubted = a.tokens.some(
          (t, j) => j < at && at - j <= cfg.doubtWindow && ix.language.doubtWords.has(t.surface),
        );
        if (!doubted) found.add(i);
      });
    }
    return [...found];
  }

  /** "my knee", "my left knee": a possessive just before a knee word (side words skipped). */
  function saysMyKnee(tokens: readonly Tok[]): boolean {
    const { possessive, keyKeeps } = ix.language;
    return tokens.some((t, i) => {
      if (!ix.kneeTerms.has(t.stem)) return false;
      let j = i - 1;
      while (j >= 0 && keyKeeps.has(tokens[j]!.surface)) j--;
      return j >= 0 && possessive.has(tokens[j]!.surface);
    });
  }

  /**
   * In a long post the words of the sentences that ask count fully and the story's words count
   * storyWeight: the story still gives context (place, activity, timing) but no longer outweighs
   * the question. Only when the asking sentences carry content of their own ("any advice?" does
   * not), and never for short messages.
   */
  function storyFactors(
    analysed: Array<{ part: PostPart; analysis: Analysis }>,
    named: readonly number[],
  ): Map<string, number> | undefined {
    const asking = new Set(analysed.filter((a) => a.part.asks).flatMap((a) => a.analysis.terms));
    if (asking.size === 0 || asking.size === new Set(analysed.flatMap((a) => a.analysis.terms)).size) return undefined;
    let content = 0;
    let words = 0;
    for (const t of asking) {
      const w = ix.idf.get(t);
      if (w === undefined) continue;
      content += w;
      words++;
    }
    if (words < 2 || content < cfg.specificWeight) return undefined;
    // A diagnosis the story names ("my doctor said it's osteoarthritis") keeps its full say.
    const keep = new Set(named.flatMap((i) => ix.diagnoses[i]!.terms));
    // …and so does an activity the story says hurts ("when I cycle I get pain at the front").
    for (const { analysis: a } of analysed) {
      const terms = a.terms;
      if (!terms.some((t) => ix.painTerms.has(t)) && !mentionsKnee(terms, ix.kneeTerms)) continue;
      for (const t of terms) if (ix.activityTerms.has(t)) keep.add(t);
    }
    const factors = new Map<string, number>();
    for (const a of analysed)
      for (const t of a.analysis.terms) if (!asking.has(t) && !keep.has(t)) factors.set(t, cfg.storyWeight);
    return factors;
  }

  function query(message: ReadMessage): { query: Query; understanding: Understanding; locationNote?: string } {
    const terms = message.analysis.terms;
    let hit = message.sorePlace ?? ix.extractor.location(terms);
    // A bare "back" or "inside" only names a place on the knee when the knee is in the message
    // ("easing back into running" is not about the back of the knee). understand() is looser: it
    // reads an answer to "where does it hurt?", where "the back" is enough.
    // In a long post the place must be named as a place in one clause: its idioms ("cut back",
    // "a week back", "the back leg") do not put the pain behind the knee.
    let named = hit && (message.placed ? message.placed.has(hit.location) : true);
    // The first place named may be only an idiom ("came back… pain on the outside"): then the most
    // specific place the post does name as a place.
    if (hit && !named && message.placed && !message.sorePlace) {
      const placed = ix.extractor.locations(terms).find((h) => message.placed!.has(h.location));
      if (placed) [hit, named] = [placed, true];
    }
    const steer =
      hit && named && (mentionsKnee(terms, ix.kneeTerms) || hit.alias.split(/\s+/).length > 1)
        ? hit.location
        : undefined;
    const understanding: Understanding = {
      location: steer,
      symptomIds: steer ? ix.extractor.symptoms(terms, steer) : [],
      truncated: message.truncated,
    };
    const pointedBy = new Map<number, number>();
    const place = steer ? ix.knowledge.locations.find((l) => l.id === steer) : undefined;
    for (const sq of place?.symptomQuestions ?? []) {
      if (!understanding.symptomIds.includes(sq.id)) continue;
      for (const id of sq.pointsTo) {
        const e = ix.indexOfId.get(id);
        if (e !== undefined) pointedBy.set(e, (pointedBy.get(e) ?? 0) + 1);
      }
    }
    const lift = new Map<number, number>();
    for (const [e, hits] of pointedBy) lift.set(e, Math.min(cfg.symptomBoostCap, cfg.symptomBoost * hits));
    // A post that names a diagnosis ("diagnosed with osteoarthritis", "my ACL is torn") asks in its
    // light, whatever the question's own words ("can I keep running?").
    if (cfg.postNamedBoost > 0) {
      for (const i of message.named ?? [])
        for (const e of ix.diagnoses[i]!.entries) lift.set(e, Math.min(1, (lift.get(e) ?? 0) + cfg.postNamedBoost));
    }
    const unique = [...new Set(terms)];
    const factor = (t: string): number => message.factors?.get(t) ?? 1;
    const known = unique.filter((t) => ix.idf.has(t));
    const query: Query = {
      ids: Int32Array.from(known, (t) => ix.termId.get(t)!),
      weights: Float64Array.from(known, (t) => ix.idf.get(t)! * factor(t)),
      total: unique.reduce((sum, t) => sum + (ix.idf.get(t) ?? cfg.unknownWordWeight) * factor(t), 0),
      wanted: steer ? LOCATION_CODE[steer] : 0,
      lift,
      post: message.post,
      anyPlace: steer && message.post ? ownActivity(terms) : undefined,
    };
    return { query, understanding, locationNote: steer ? `location ${steer} (from "${hit?.alias}")` : undefined };
  }

  /**
   * The entries of the activity a long post's story is about (its word at least twice: "rides",
   * "the bike", "my cycling"): the place the post names is where that activity hurts, so those
   * entries keep their score beside the place's own.
   */
  function ownActivity(terms: readonly string[]): Set<number> | undefined {
    let out: Set<number> | undefined;
    for (const [t, entries] of activityEntries)
      if (terms.filter((x) => x === t).length >= cfg.postActivityMentions)
        for (const e of entries) (out ??= new Set()).add(e);
    return out;
  }

  return { index: ix, topK, reranker, read, query };
}

/** Clinic actions a post's ask names only in passing ("can you help?", "where does it hurt?"). */
const LEAD_EXEMPT: ReadonlySet<string> = new Set(['help', 'assess', 'warning-signs']);

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
      const offered = new Set(alone.filter((t) => t.s >= ix.cfg.answerThreshold).map((t) => t.e));
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
    const result = decide(ix, {
      candidates,
      analysis: message.analysis,
      aboutKnee: mentionsKnee(message.analysis.terms, ix.kneeTerms) || message.kneeLater?.() === true,
      ownBody: message.own ?? true,
      understanding,
      locationNote,
      post: message.post,
      named: message.named ? new Set(message.named.flatMap((i) => ix.diagnoses[i]!.entries)) : undefined,
    });
    if (!pool || !parts.reranker) return result;
    return parts.reranker.rerank({ ...message, location: understanding.location }, pool, result);
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

  return {
    match(text: string): MatchResult {
      const message = parts.read(text);
      return withSecond(matchRead(message), message);
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

/** Where a sentence turns to another clause ("…hit on the outside, and now the inside hurts"). */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|now|then|y|pero|ahora|luego)\b/i;

function concat(list: readonly Analysis[]): Analysis {
  return {
    terms: list.flatMap((a) => a.terms),
    tokens: list.flatMap((a) => a.tokens),
    corrections: list.flatMap((a) => a.corrections),
    rewrites: list.flatMap((a) => a.rewrites),
  };
}
