// Location and symptom extraction from free text ("pain on the outside of my knee" → outer), for
// the assessment (so it does not ask again) and to steer the matcher towards that location.
import type { KneeLocation, LocationInfo } from '../knowledge/types';
import type { PhraseRewriter } from './phrases';
import { compilePhrases, findAll, type CompiledPhrase } from './phraseSet';

interface LocationHit {
  location: KneeLocation;
  /** The curated alias that matched. */
  alias: string;
}

export interface Extractor {
  location(terms: readonly string[]): LocationHit | undefined;
  symptoms(terms: readonly string[], location: KneeLocation): string[];
}

// A mention that boils down to one of these says nothing specific ("sore" → "pain" matches every
// message), so it could never be evidence for a particular symptom.
const TOO_GENERIC = new Set(['pain', 'knee', 'run']);

export function createExtractor(locations: readonly LocationInfo[], rewriter: PhraseRewriter): Extractor {
  const aliasPhrases = compilePhrases(
    locations.flatMap((loc) => [loc.label, ...loc.aliases].map((phrase) => ({ phrase, value: loc.id }))),
    rewriter,
  );
  const symptomPhrases = new Map<KneeLocation, CompiledPhrase<string>[]>();
  for (const loc of locations) {
    const items = loc.symptomQuestions.flatMap((q) => q.mentions.map((phrase) => ({ phrase, value: q.id })));
    symptomPhrases.set(
      loc.id,
      compilePhrases(items, rewriter).filter((p) => !p.terms.every((t) => TOO_GENERIC.has(t))),
    );
  }

  return {
    location(terms) {
      const hits = findAll(terms, aliasPhrases);
      if (hits.length === 0) return undefined;
      // Most specific (longest) alias wins; on a tie the one mentioned first.
      hits.sort((a, b) => b.terms.length - a.terms.length || a.at - b.at);
      const best = hits[0]!;
      return { location: best.value, alias: best.source };
    },
    symptoms(terms, location) {
      const found = new Set<string>();
      for (const hit of findAll(terms, symptomPhrases.get(location) ?? [], 2)) found.add(hit.value);
      return [...found];
    },
  };
}
