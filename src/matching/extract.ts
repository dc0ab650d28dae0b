// Location and symptom extraction from free text ("pain on the outside of my knee" → outer), for
// the assessment (so it does not ask again) and to steer the matcher towards that location.
import type { KneeLocation, LocationInfo } from '../knowledge/types';
import type { PhraseRewriter } from './phrases';
import { compilePhrases, PhraseIndex } from './phraseSet';

interface LocationHit {
  location: KneeLocation;
  /** The curated alias that matched. */
  alias: string;
  /**
   * The alias's terms after synonyms: "outer side" is just "lateral" ("side" is a little word), so
   * it names a place no more surely than "outside" alone ("being outside").
   */
  terms: readonly string[];
}

export interface Extractor {
  location(terms: readonly string[]): LocationHit | undefined;
  /** Every place named, most specific (longest alias) first, then in the order mentioned. */
  locations(terms: readonly string[]): LocationHit[];
  symptoms(terms: readonly string[], location: KneeLocation): string[];
}

// A mention that boils down to one of these says nothing specific ("sore" → "pain" matches every
// message), so it could never be evidence for a particular symptom.
const TOO_GENERIC = new Set(['pain', 'knee', 'run']);

/** @param options plainPhraseScan: try every phrase on every message (tests: the index changes nothing). */
export function createExtractor(
  locations: readonly LocationInfo[],
  rewriter: PhraseRewriter,
  options: { plainPhraseScan?: boolean } = {},
): Extractor {
  const plain = { plain: options.plainPhraseScan };
  const aliasPhrases = new PhraseIndex(
    compilePhrases(
      locations.flatMap((loc) => [loc.label, ...loc.aliases].map((phrase) => ({ phrase, value: loc.id }))),
      rewriter,
    ),
    plain,
  );
  const symptomPhrases = new Map<KneeLocation, PhraseIndex<string>>();
  for (const loc of locations) {
    const items = loc.symptomQuestions.flatMap((q) => q.mentions.map((phrase) => ({ phrase, value: q.id })));
    symptomPhrases.set(
      loc.id,
      new PhraseIndex(
        compilePhrases(items, rewriter).filter((p) => !p.terms.every((t) => TOO_GENERIC.has(t))),
        plain,
      ),
    );
  }

  function allHits(terms: readonly string[]): LocationHit[] {
    // Most specific (longest) alias first; on a tie the one mentioned first.
    return aliasPhrases
      .findAll(terms)
      .sort((a, b) => b.terms.length - a.terms.length || a.at - b.at)
      .map((h) => ({ location: h.value, alias: h.source, terms: h.terms }));
  }
  return {
    location: (terms) => allHits(terms)[0],
    locations: allHits,
    symptoms(terms, location) {
      const found = new Set<string>();
      for (const hit of symptomPhrases.get(location)?.findAll(terms, 2) ?? []) found.add(hit.value);
      return [...found];
    },
  };
}
