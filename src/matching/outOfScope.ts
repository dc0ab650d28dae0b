// Out-of-scope topics (other body parts, race fuelling, gear, chit-chat). A topic only counts when
// the message does not also talk about the knee: "heel striking and knee pain" is a knee question.
import type { OutOfScopeTopic } from '../knowledge/types';
import type { PhraseRewriter } from './phrases';
import { compilePhrases, PhraseIndex, type CompiledPhrase } from './phraseSet';

/** Stems (after synonyms) that put a message about the knee. */
export const KNEE_TERMS: ReadonlySet<string> = new Set([
  'knee',
  'patella',
  'patellofemoral',
  'patellar',
  'iliotibial',
  'popliteus',
  'pcl',
  'mcl',
  'acl',
  'meniscus',
  'baker',
  'cruciate',
  'anserine',
  'pes',
  'plica',
  'osgood',
]);

interface TopicHit {
  topic: OutOfScopeTopic;
  keyword: string;
  /** Stems of the keyword. */
  terms: string[];
  /**
   * A single word the knowledge itself uses ("hip": weak hips cause knee pain; "calves": foam
   * roll your calves), so the message may still be a knee-care question. Phrases ("before a
   * race") are deliberate markers and never weak.
   */
  weak: boolean;
}

export interface TopicDetector {
  detect(terms: readonly string[]): TopicHit[];
  /** How many times (positions) the terms name a topic that `which` picks, outside its exceptions. */
  mentions(terms: readonly string[], which: (topic: OutOfScopeTopic) => boolean): number;
  /** Every stem used by any topic keyword. */
  readonly topicTerms: ReadonlySet<string>;
}

/** @param kneeTerms the index's knee stems (its language's); English by default. */
export function mentionsKnee(terms: readonly string[], kneeTerms: ReadonlySet<string> = KNEE_TERMS): boolean {
  return terms.some((t) => kneeTerms.has(t));
}

/**
 * @param kneePhrases the knowledge entries' own keywords of two or more words ("gel injections",
 *   "knee sleeve"): a topic word found only inside one of them is that entry's word, not the topic's
 *   (the longest phrase wins, as with synonyms): "gel injections for arthritis" is not race fuel.
 * @param options plainPhraseScan: try every phrase on every message (tests: the phrase index must
 *   never change a result).
 */
export function createTopicDetector(
  topics: readonly OutOfScopeTopic[],
  rewriter: PhraseRewriter,
  knowledgeTerms: ReadonlySet<string> = new Set(),
  kneePhrases: readonly string[] = [],
  options: { plainPhraseScan?: boolean } = {},
): TopicDetector {
  const phrases: CompiledPhrase<OutOfScopeTopic>[] = compilePhrases(
    topics.flatMap((topic) => topic.keywords.map((phrase) => ({ phrase, value: topic }))),
    rewriter,
  );
  const topicTerms = new Set(phrases.flatMap((p) => p.terms));
  // A topic's own exceptions ("walk the dog") cover its words the same way.
  const covering = new PhraseIndex(
    compilePhrases(
      [
        ...kneePhrases.map((phrase) => ({ phrase, value: 'knee' as const })),
        ...topics.flatMap((t) => t.except ?? []).map((phrase) => ({ phrase, value: 'except' as const })),
      ],
      rewriter,
    ).filter((p) => p.terms.length >= 2 && p.terms.some((t) => topicTerms.has(t))),
    { plain: options.plainPhraseScan },
  );
  const topicPhrases = new PhraseIndex(phrases, { plain: options.plainPhraseScan });
  /**
   * Each covered position of the message's terms → the length of the longest knee phrase and of the
   * longest exception covering it (maxima: the order phrases are found in does not matter).
   */
  function coveredAt(terms: readonly string[]): Map<number, { knee: number; except: number }> {
    const at = new Map<number, { knee: number; except: number }>();
    for (let i = 0; i < terms.length; i++)
      for (const p of covering.occurringAt(terms, i))
        for (let k = 0; k < p.terms.length; k++) {
          const c = at.get(i + k) ?? { knee: 0, except: 0 };
          c[p.value] = Math.max(c[p.value], p.terms.length);
          at.set(i + k, c);
        }
    return at;
  }
  return {
    topicTerms,
    mentions(terms, which) {
      const covered = coveredAt(terms);
      let n = 0;
      for (let i = 0; i < terms.length; i++) {
        const found = topicPhrases.occurringAt(terms, i).some(
          (p) =>
            which(p.value) &&
            p.terms.some((_, k) => {
              const c = covered.get(i + k);
              return c === undefined || (c.except < p.terms.length && c.knee <= p.terms.length);
            }),
        );
        if (found) n++;
      }
      return n;
    },
    detect(terms) {
      const seen = new Set<string>();
      const hits: TopicHit[] = [];
      let covered: Map<number, { knee: number; except: number }> | undefined;
      for (const hit of topicPhrases.findAll(terms, 1)) {
        if (seen.has(hit.value.id)) continue;
        // A topic word or phrase that only occurs inside a topic's exception ("until race day" is a
        // deadline, not race-day food) or a LONGER knee phrase is not the topic; a knee phrase only as
        // long is still the topic's ("weight loss" is both a knee and a training-goal keyword: "keto
        // diet for weight loss").
        covered ??= coveredAt(terms);
        const inside = (i: number): boolean => {
          const c = covered!.get(i);
          return c !== undefined && (c.except >= hit.terms.length || c.knee > hit.terms.length);
        };
        const free = (i: number): boolean =>
          hit.terms.every((t, k) => terms[i + k] === t) && hit.terms.some((_, k) => !inside(i + k));
        if (!terms.some((_, i) => free(i))) continue;
        seen.add(hit.value.id);
        hits.push({
          topic: hit.value,
          keyword: hit.source,
          terms: hit.terms,
          weak: hit.terms.length === 1 && knowledgeTerms.has(hit.terms[0]!),
        });
      }
      return hits;
    },
  };
}
