// The phrase index (src/matching/phraseSet.ts PhraseIndex) only skips phrases that cannot occur:
// out-of-scope topics and the location and symptom phrases found with it are exactly what the plain
// scan of every phrase finds, for every labelled message, in both languages.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcherParts } from '../../src/matching';
import { createExtractor } from '../../src/matching/extract';
import { createTopicDetector } from '../../src/matching/outOfScope';
import { projectRoot } from '../../src/paths';
import { labelledMessages } from '../perf/labelled';

const set = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
const messages = labelledMessages({ withHeldOut: false });

describe.each([
  ['English', set.en],
  ['Spanish', set.es],
])('the phrase index on the %s knowledge', (_name, knowledge) => {
  const parts = createMatcherParts(knowledge);
  const ix = parts.index;
  // Built as buildIndex.ts builds them, scanning every phrase.
  const plainTopics = createTopicDetector(
    knowledge.outOfScope,
    ix.rewriter,
    new Set(ix.idf.keys()),
    ix.entries.flatMap((e) => e.keywords),
    { plainPhraseScan: true },
  );
  const plainExtractor = createExtractor(knowledge.locations, ix.rewriter, { plainPhraseScan: true });

  it('finds the same topics, places and symptoms as the plain scan on every labelled message', () => {
    expect(messages.length).toBeGreaterThan(5000);
    let topics = 0;
    let places = 0;
    for (const text of messages) {
      const read = parts.read(text);
      // The whole message and each question in it alone, as the matcher reads them.
      for (const terms of [read.analysis.terms, ...read.questions.map((q) => q.terms)]) {
        const found = ix.topics.detect(terms);
        expect(found, text).toEqual(plainTopics.detect(terms));
        const located = ix.extractor.locations(terms);
        expect(located, text).toEqual(plainExtractor.locations(terms));
        for (const location of knowledge.locations)
          expect(ix.extractor.symptoms(terms, location.id), text).toEqual(plainExtractor.symptoms(terms, location.id));
        if (found.length > 0) topics++;
        if (located.length > 0) places++;
      }
    }
    // The comparison means something only if the sets hit topics and places often.
    expect(topics).toBeGreaterThan(300);
    expect(places).toBeGreaterThan(300);
    // Every labelled message, read whole and question by question: seconds on a quiet machine, more on a busy one.
  }, 120_000);
});
