// Scoring a matcher against labelled messages (tests/eval/*.jsonl). Shared by `npm run eval` and the
// vitest floor tests, so both count exactly the same way. Not part of the bot's runtime build.
import { readFileSync } from 'node:fs';
import type { Matcher, MatchResult } from '../../src/matching/types';

const OUT_OF_SCOPE = 'out-of-scope';

export interface LabelledMessage {
  text: string;
  /** Acceptable entry ids, or ['out-of-scope'] (with ids too when either outcome is right). */
  expect: string[];
  /** For a message with two questions: acceptable ids for the second one. */
  second?: string[];
}

function idList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.every((e): e is string => typeof e === 'string') ? list : undefined;
}

export function readLabelled(file: string): LabelledMessage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, i }) => {
      const row = JSON.parse(line) as { text?: unknown; expect?: unknown; second?: unknown };
      const expect = idList(row.expect);
      const second = idList(row.second);
      if (typeof row.text !== 'string' || !expect || expect.length === 0 || (row.second !== undefined && !second)) {
        throw new Error(
          `${file}:${i + 1}: needs {"text": string, "expect": string | string[], "second"?: string | string[]}`,
        );
      }
      return second ? { text: row.text, expect, second } : { text: row.text, expect };
    });
}

/** The id the person would see first: the answer, the first "did you mean", else the outcome. */
export function topLabel(result: MatchResult): string {
  if (result.kind === 'answer') return result.best.entry.id;
  if (result.kind === 'clarify') return result.candidates[0]?.entry.id ?? 'clarify';
  return result.kind;
}

export interface EvalReport {
  inScope: number;
  outOfScope: number;
  /** In-scope messages whose answer, or first "did you mean" choice, is right. */
  top1: number;
  /** In-scope messages answered directly and rightly. */
  answeredRight: number;
  /** In-scope messages answered directly with a wrong entry (the costly mistake). */
  answeredWrong: number;
  /** In-scope messages that got a "did you mean". */
  clarified: number;
  /** Out-of-scope messages that got out-of-scope or "not sure" (or an answer they allow). */
  outOfScopeCorrect: number;
  /** Out-of-scope messages that got a knee answer. */
  outOfScopeAnswered: number;
  /** Messages labelled only with entries this knowledge does not have yet: not scored. */
  pending: Array<{ text: string; expected: string }>;
  /** Messages with a labelled second question, and how many of them got it offered rightly. */
  secondAsked: number;
  secondRight: number;
  /** "expected → got" for every miss, for the confusion list. */
  misses: Array<{ text: string; expected: string; got: string }>;
}

/**
 * @param knownIds the entry ids of the knowledge being scored. Labels naming other ids (entries
 *   another branch adds) are dropped; a message left with no label is "pending", not a miss, so the
 *   numbers complete themselves once that knowledge is merged.
 */
export function evaluate(
  matcher: Matcher,
  rows: readonly LabelledMessage[],
  knownIds?: ReadonlySet<string>,
): EvalReport {
  const r: EvalReport = {
    inScope: 0,
    outOfScope: 0,
    top1: 0,
    answeredRight: 0,
    answeredWrong: 0,
    clarified: 0,
    outOfScopeCorrect: 0,
    outOfScopeAnswered: 0,
    pending: [],
    secondAsked: 0,
    secondRight: 0,
    misses: [],
  };
  const usable = (ids: readonly string[]): string[] =>
    knownIds ? ids.filter((id) => id === OUT_OF_SCOPE || knownIds.has(id)) : [...ids];
  for (const row of rows) {
    const expect = usable(row.expect);
    if (expect.length === 0) {
      r.pending.push({ text: row.text, expected: row.expect.join('|') });
      continue;
    }
    const result = matcher.match(row.text);
    const got = topLabel(result);
    const second = row.second ? usable(row.second) : [];
    if (second.length > 0 && expect.some((id) => id !== OUT_OF_SCOPE)) {
      r.secondAsked++;
      if (result.kind === 'answer' && result.second && second.includes(result.second.entry.id)) r.secondRight++;
    }
    if (expect.includes(OUT_OF_SCOPE)) {
      r.outOfScope++;
      const allowed = (result.kind === 'answer' || result.kind === 'clarify') && expect.includes(got);
      if (result.kind === 'out-of-scope' || result.kind === 'unknown' || allowed) r.outOfScopeCorrect++;
      else {
        if (result.kind === 'answer') r.outOfScopeAnswered++;
        r.misses.push({ text: row.text, expected: expect.join('|'), got });
      }
      continue;
    }
    r.inScope++;
    const right = (result.kind === 'answer' || result.kind === 'clarify') && expect.includes(got);
    if (result.kind === 'clarify') r.clarified++;
    if (result.kind === 'answer') {
      if (right) r.answeredRight++;
      else r.answeredWrong++;
    }
    if (right) r.top1++;
    else r.misses.push({ text: row.text, expected: expect.join('|'), got });
  }
  return r;
}

export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** "expected → got" pairs, most frequent first. */
export function worstConfusions(report: EvalReport, limit = 8): Array<{ pair: string; count: number }> {
  const counts = new Map<string, number>();
  for (const m of report.misses) {
    const pair = `${m.expected} → ${m.got}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([pair, count]) => ({ pair, count }))
    .sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair))
    .slice(0, limit);
}

interface Latency {
  p50: number;
  p99: number;
  max: number;
}

export interface LatencyReport {
  /** Each message once, on a fresh matcher (typo cache cold): what a new message costs. */
  firstSeen: Latency;
  /**
   * Per message the median of `repeats` runs, then percentiles across messages. The median takes
   * out the moments the process waited for a core on a shared machine, not the work itself.
   */
  steady: Latency;
  queries: number;
}

/**
 * Per-query latency in milliseconds (wall clock, process.hrtime). `fresh` builds a new matcher;
 * first-seen times are the per-message median over `freshRounds` fresh matchers (cold caches each
 * time), for the same reason as the steady median.
 */
export function measureLatency(
  fresh: () => Matcher,
  texts: readonly string[],
  repeats = 7,
  freshRounds = 3,
): LatencyReport {
  const time = (matcher: Matcher, text: string): number => {
    const start = process.hrtime.bigint();
    matcher.match(text);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const firstRuns: number[][] = texts.map(() => []);
  let matcher = fresh();
  for (let round = 0; round < freshRounds; round++) {
    if (round > 0) matcher = fresh();
    texts.forEach((text, i) => firstRuns[i]!.push(time(matcher, text)));
  }
  const first = firstRuns.map(median);
  const steady = texts.map((text) => median(Array.from({ length: repeats }, () => time(matcher, text))));
  return { firstSeen: percentiles(first), steady: percentiles(steady), queries: texts.length };
}

function percentiles(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}
