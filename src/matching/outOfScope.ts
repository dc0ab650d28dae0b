// Out-of-scope topics (other body parts, race fuelling, gear, chit-chat). A topic only counts when
// the message does not also talk about the knee: "heel striking and knee pain" is a knee question.
import type { OutOfScopeTopic } from '../knowledge/types';
import type { PhraseRewriter } from './phrases';
import { compilePhrases, findAll, type CompiledPhrase } from './phraseSet';

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
  /** Every stem used by any topic keyword. */
  readonly topicTerms: ReadonlySet<string>;
}

/** @param kneeTerms the index's knee stems (its language's); English by default. */
export function mentionsKnee(terms: readonly string[], kneeTerms: ReadonlySet<string> = KNEE_TERMS): boolean {
  return terms.some((t) => kneeTerms.has(t));
}

export function createTopicDetector(
  topics: readonly OutOfScopeTopic[],
  rewriter: PhraseRewriter,
  knowledgeTerms: ReadonlySet<string> = new Set(),
): TopicDetector {
  const phrases: CompiledPhrase<OutOfScopeTopic>[] = compilePhrases(
    topics.flatMap((topic) => topic.keywords.map((phrase) => ({ phrase, value: topic }))),
    rewriter,
  );
  const topicTerms = new Set(phrases.flatMap((p) => p.terms));
  return {
    topicTerms,
    detect(terms) {
      const seen = new Set<string>();
      const hits: TopicHit[] = [];
      for (const hit of findAll(terms, phrases, 1)) {
        if (seen.has(hit.value.id)) continue;
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
