// From scored candidates to what the bot does: answer, "did you mean", "not sure", or out of scope.
// Bands: answer when ≥ sureThreshold and not tied, or ≥ answerThreshold and a margin ahead;
// clarify (2–3 within clarifyWindow) when ≥ clarifyThreshold; otherwise unknown with suggestions.
import type { KneeLocation } from '../knowledge/types';
import type { Analysis } from './analyzer';
import type { MatcherIndex } from './buildIndex';
import { round } from './score';
import type { MatchResult, ScoredEntry, Understanding } from './types';

export interface DecideInput {
  candidates: ScoredEntry[];
  analysis: Analysis;
  /** The message names the knee (or a knee structure). */
  aboutKnee: boolean;
  /** The writer speaks of their own body ("I", "me", "my knee"), not only a pet's. */
  ownBody: boolean;
  understanding: Understanding;
  /** A long post: it needs postMargin to be answered without asking. */
  post: boolean;
  /** Entries about a diagnosis a long post names and does not doubt ("I think it's my ITB"). */
  named?: ReadonlySet<number>;
  /** "location outer (from "outside of my knee")", for the why. */
  locationNote?: string;
}

/** Stems that deny the word after them (English and Spanish). */
const DENIALS: ReadonlySet<string> = new Set(['no', 'sin', 'none', 'nada', 'never', 'nunca']);

function onlyDenials(terms: readonly string[]): boolean {
  if (!terms.some((t) => !DENIALS.has(t))) return false;
  return terms.every((t, i) => DENIALS.has(t) || (i > 0 && DENIALS.has(terms[i - 1]!)));
}

/** Knee words for structures that also reach the hip. */
const SPANNING_KNEE_TERMS: ReadonlySet<string> = new Set(['iliotibial']);

export function decide(ix: MatcherIndex, input: DecideInput): MatchResult {
  const cfg = ix.cfg;
  const { candidates, analysis, understanding } = input;
  const terms = analysis.terms;
  if (terms.length === 0) return { kind: 'unknown', suggestions: [], understanding };
  // "no pain at all", "no swelling. no locking": a reply that only denies things asks for nothing;
  // matching the denied words would answer about exactly what the person does not have.
  if (onlyDenials(terms)) return { kind: 'unknown', suggestions: [], understanding };

  // Another body part or an unrelated topic, and no word about the knee: out of scope, even if
  // some knee entry shares a word ("tight", "sore") with the message. Only for body parts the
  // knee advice itself talks about ("band exercises for my hips") may a confident advice answer
  // stand; a knee condition or place never does ("my hip clicks" is not a meniscus question).
  // A topic word denied ("no calf swelling", "no swollen calf") is not what the message is about.
  const topicTerms = terms.filter((_, i) => !terms.slice(Math.max(0, i - 2), i).some((t) => DENIALS.has(t)));
  let topicHits = input.aboutKnee ? [] : ix.topics.detect(topicTerms);
  // Someone else's knee (a pet's): the topic holds though the knee is named, unless the writer
  // speaks of their own body too.
  if (input.aboutKnee && !input.ownBody) topicHits = ix.topics.detect(terms).filter((h) => h.topic.evenWithKnee);
  // A question about something else that the writer's knee only prompts (how to pray with it).
  if (input.aboutKnee && input.ownBody) topicHits = ix.topics.detect(terms).filter((h) => h.topic.evenWithOwnKnee);
  // The IT band runs from the hip to the knee: when it is the message's only knee word and the
  // message names the hip ("outer hip pain, is that my ITB?"), the hip is what hurts.
  if (input.aboutKnee && terms.every((t) => !ix.kneeTerms.has(t) || SPANNING_KNEE_TERMS.has(t))) {
    const hits = ix.topics.detect(terms);
    if (hits.some((h) => h.topic.id === 'hip')) topicHits = hits.filter((h) => h.topic.id === 'hip');
  }
  if (topicHits.length > 0) {
    const best = candidates[0];
    const adviceStands =
      topicHits.every((h) => h.weak) &&
      best !== undefined &&
      best.score >= cfg.sureThreshold &&
      best.entry.kind !== 'condition' &&
      best.entry.kind !== 'location' &&
      // The knee's warning signs are not another body part's: the topic's own safety line is.
      best.entry.action !== 'warning-signs';
    // "ice or heat?", "cortisone or the gel ones?": the topic word is one an entry's own phrasings
    // use, and that entry is a likely reading: the knee question goes on to the usual bands.
    const ownWord =
      best !== undefined &&
      best.score >= cfg.clarifyThreshold &&
      topicHits.every(
        (h) =>
          h.topic.homonyms === true &&
          h.weak &&
          h.terms.every((t) => ix.phrasingTerms[ix.indexOfEntry.get(best.entry)!]!.has(t)),
      );
    if (!adviceStands && !ownWord) return { kind: 'out-of-scope', topic: topicHits[0]!.topic.label, understanding };
  }

  const explain = (list: ScoredEntry[]): void => explainTop(ix, list, analysis, input.locationNote);
  const group = candidates.filter((c) => candidates[0]!.score - c.score < cfg.margin);
  let tie =
    group.length >= 2
      ? placeTie(ix, group, new Set(terms), understanding.symptomIds, understanding.location)
      : undefined;
  // A long post's story names the place, but which of its causes it describes is rarely clear from
  // word overlap: the "did you mean" offers the place's overview (which lists its causes) first.
  let reordered = false;
  // Unless the post names that cause itself ("pain on the outside… I think it's my ITB").
  const namedFirst = tie !== undefined && input.named?.has(ix.indexOfEntry.get(tie[0]!.entry)!) === true;
  if (tie && input.post && tie[0]!.entry.kind !== 'location' && !namedFirst) {
    const o = tie.find((c) => c.entry.kind === 'location');
    if (o) {
      tie = [o, ...tie.filter((c) => c !== o)];
      reordered = true;
    }
  }
  if (tie) {
    // Keep the list sorted by score (callers rely on it): the preferred entry takes the top
    // score, the rest of the group stays just below it.
    const top = candidates[0]!.score;
    tie[0]!.score = top;
    for (const c of tie.slice(1)) c.score = round(Math.max(0, Math.min(c.score, top - 0.001)));
    tie
      .slice(1)
      .sort((x, y) => y.score - x.score)
      .forEach((c, i) => (tie[i + 1] = c));
    candidates.splice(0, tie.length, ...tie);
    const [preferred, other] = tie as [ScoredEntry, ScoredEntry];
    // One place either way, and the others are its follow-ups: answer directly when the score
    // is good enough (everything outside the group is at least a margin behind). Not in a long
    // post: its story names the place, but which of the place's causes it describes is rarely
    // clear from word overlap alone, so the bot answers with the place's overview (which offers
    // its causes) or asks, never picks one cause.
    if (!reordered && preferred.score >= cfg.answerThreshold && (!input.post || preferred.entry.kind === 'location')) {
      explain(candidates);
      preferred.why.push(`place tie: preferred over ${other.entry.id}`);
      return { kind: 'answer', best: preferred, candidates: candidates.slice(0, 3), understanding };
    }
  }
  // "Do knee sleeves do anything or just let you lift more?": when the two leading entries are close
  // and one of them has only the activity as its own evidence, the activity says who asks and the
  // other entry (with a specific word of its own) what they ask about.
  const asked = !tie && preferAsked(ix, candidates, new Set(terms));
  const [first, second] = candidates;
  if (!first || first.score < cfg.clarifyThreshold) {
    const suggestions = candidates.filter((c) => c.score >= cfg.suggestThreshold).slice(0, 3);
    explain(suggestions);
    return { kind: 'unknown', suggestions, understanding };
  }
  const gap = first.score - (second?.score ?? 0);
  // Even a high score is no answer when another entry has just as much evidence.
  const margin = input.post ? cfg.postMargin : cfg.margin;
  const sure = input.post ? cfg.postSureThreshold : cfg.sureThreshold;
  if (
    (first.score >= sure && gap >= cfg.minGap) ||
    (first.score >= (input.post ? cfg.postAnswerThreshold : cfg.answerThreshold) && (gap >= margin || asked))
  ) {
    explain(candidates);
    return { kind: 'answer', best: first, candidates: candidates.slice(0, 3), understanding };
  }
  const close = candidates.filter((c) => first.score - c.score <= cfg.clarifyWindow).slice(0, 3);
  const offered = close.length >= 2 ? close : candidates.slice(0, 2);
  explain(offered);
  return { kind: 'clarify', candidates: offered, understanding };
}

/** Puts the asked-about entry first (see the call) when the two leading entries are within a margin; true if it did. */
function preferAsked(ix: MatcherIndex, candidates: ScoredEntry[], q: ReadonlySet<string>): boolean {
  const [a, b] = candidates;
  if (!a || !b || a.score - b.score >= ix.cfg.margin) return false;
  const termsOf = (c: ScoredEntry): ReadonlySet<string> => ix.entryTerms[ix.indexOfEntry.get(c.entry)!]!;
  const own = (c: ScoredEntry, other: ScoredEntry): string[] =>
    [...q].filter((t) => termsOf(c).has(t) && !termsOf(other).has(t));
  const onlyActivity = (list: string[]): boolean => list.length > 0 && list.every((t) => ix.activityTerms.has(t));
  const specific = (list: string[]): boolean =>
    list.some(
      (t) => !ix.activityTerms.has(t) && !ix.genericTerms.has(t) && (ix.idf.get(t) ?? 0) >= ix.cfg.tieSpecificIdf,
    );
  const [ownA, ownB] = [own(a, b), own(b, a)];
  if (onlyActivity(ownB) && specific(ownA)) {
    a.why.push(`asked about; ${b.entry.id} only names the activity`);
    return true;
  }
  if (!(onlyActivity(ownA) && specific(ownB))) return false;
  b.score = a.score;
  a.score = round(Math.max(0, a.score - 0.001));
  b.why.push(`asked about; ${a.entry.id} only names the activity`);
  candidates.splice(0, 2, b, a);
  return true;
}

/**
 * The overview of a place and its conditions score alike ("outer knee pain" vs IT band
 * syndrome, "behind the knee" vs four back-of-knee conditions). A condition wins only on
 * evidence the overview's own phrasings lack: a specific word of the condition ("iliotibial",
 * "below", "grind") or a symptom pointing to it. With no such evidence the overview wins: its
 * answer covers the place's conditions and offers them as follow-ups. Returns the group
 * reordered with the preferred entry first, or undefined when the group is not one place's
 * overview and conditions, or when several conditions have evidence (then the bot asks).
 */
function placeTie(
  ix: MatcherIndex,
  group: ScoredEntry[],
  q: ReadonlySet<string>,
  symptomIds: readonly string[],
  location?: KneeLocation,
): ScoredEntry[] | undefined {
  const overview = group.find((c) => c.entry.kind === 'location');
  if (!overview) return undefined;
  const oi = ix.indexOfEntry.get(overview.entry)!;
  const conditions = group.filter((c) => c !== overview);
  if (!conditions.every((c) => ix.overviewOf.get(ix.indexOfEntry.get(c.entry)!) === oi)) return undefined;
  const place = location ? ix.knowledge.locations.find((l) => l.id === location) : undefined;
  const oTerms = ix.phrasingTerms[oi]!;
  const evidenced = conditions.filter((c) => {
    const pointed = (place?.symptomQuestions ?? []).some(
      (sq) => symptomIds.includes(sq.id) && sq.pointsTo.includes(c.entry.id),
    );
    if (pointed) return true;
    const cTerms = ix.entryTerms[ix.indexOfEntry.get(c.entry)!]!;
    for (const t of q)
      if (cTerms.has(t) && !oTerms.has(t) && (ix.idf.get(t) ?? 0) >= ix.cfg.tieSpecificIdf) return true;
    return false;
  });
  if (evidenced.length > 1) return undefined;
  const preferred = evidenced[0] ?? overview;
  return [preferred, ...group.filter((c) => c !== preferred)];
}

/** Adds the evidence a curator reads in `npm run ask` and the debug log. */
function explainTop(ix: MatcherIndex, top: ScoredEntry[], analysis: Analysis, locationNote?: string): void {
  for (const c of top.slice(0, 3)) {
    const terms = ix.entryTerms[ix.indexOfEntry.get(c.entry) ?? -1];
    const matched = [...new Set(analysis.terms)].filter((t) => terms?.has(t));
    c.why.unshift(`matched ${matched.map((t) => `'${t}'`).join(', ') || 'nothing'}`);
    for (const fix of analysis.corrections) c.why.push(`typo ${fix}`);
    for (const r of analysis.rewrites) c.why.push(`synonym ${r}`);
    if (locationNote) c.why.push(locationNote);
  }
}
