// The curator pattern language for red flags (documented for curators in knowledge/red-flags.yaml).
// Parsing is strict so a typo in the YAML fails at start-up with a clear reason, not silently.
//
//   pattern  = slot { " " slot }, with "..." allowed between two slots (a long gap)
//   slot     = phrase { "|" phrase }          one of these
//   phrase   = word { "+" word }              words side by side ("out+of+place")
//   word     = [a-z0-9]+ [ "*" ]              "*" = any word starting with it
//   $name    = a word class (src/triage/classes.ts): every alternative of the class, as if typed

import { WORD_CLASSES } from './classes';

/** One word of a phrase: a whole word, or a word prefix (`swell*`). */
export interface WordAlt {
  text: string;
  prefix: boolean;
  /** "text" or "text*": identifies the word in per-message word indexes. */
  key: string;
}

/** Words that must stand side by side. */
export type Phrase = WordAlt[];

export interface PatternSlot {
  /** Any one of these phrases. */
  alts: Phrase[];
  /** Most other words allowed between the previous slot and this one. */
  maxGap: number;
  /**
   * The alternatives by the key of their first word, each list in `alts` order: at a word, only
   * the phrases that can start there are tried (a $class can expand to dozens of alternatives).
   */
  byFirstKey: ReadonlyMap<string, PhraseGroup>;
}

/** Phrases sharing a first word, with their places among the slot's alternatives (earlier ones win). */
export interface PhraseGroup {
  phrases: Phrase[];
  orders: number[];
}

export interface CompiledPattern {
  source: string;
  slots: PatternSlot[];
}

/** Words allowed between two slots by default ("calf swollen" ~ "calf is really swollen"). */
export const DEFAULT_GAP = 3;
/** Words allowed across `...` (still within one sentence). */
const LONG_GAP = 12;
const MIN_PREFIX = 3;

export class PatternError extends Error {}

const WORD = /^[a-z0-9]+$/;

/** The word classes a pattern's `$name` may use: English by default, a language's own otherwise. */
export type WordClasses = Readonly<Record<string, readonly string[]>>;

// Compiled patterns are never changed after parsing, so they are shared: the knowledge schema
// compiles every pattern to validate it and the detector asks for the same sources again, and a
// slot such as "$swollen|fat" recurs across dozens of patterns. This halves start-up's pattern work;
// tests/triage/patternCache.test.ts proves a cached pattern equals a fresh parse.
const patternsByClasses = new WeakMap<WordClasses, Map<string, CompiledPattern>>();
const slotsByClasses = new WeakMap<WordClasses, Map<string, Pick<PatternSlot, 'alts' | 'byFirstKey'>>>();

function memoFor<T>(memo: WeakMap<WordClasses, Map<string, T>>, classes: WordClasses): Map<string, T> {
  let byKey = memo.get(classes);
  if (byKey === undefined) memo.set(classes, (byKey = new Map()));
  return byKey;
}

/** Parses one pattern (or returns the same source's earlier parse); throws PatternError naming what is wrong. */
export function parsePattern(source: string, classes: WordClasses = WORD_CLASSES): CompiledPattern {
  const byClasses = memoFor(patternsByClasses, classes);
  let compiled = byClasses.get(source);
  if (compiled === undefined) byClasses.set(source, (compiled = parseFresh(source, classes)));
  return compiled;
}

/** parsePattern without the cache (exported for the test that proves the cache changes nothing). */
export function parseFresh(source: string, classes: WordClasses = WORD_CLASSES, shareSlots = true): CompiledPattern {
  const parts = source
    .trim()
    .split(/\s+/)
    .filter((p) => p.length > 0);
  if (parts.length === 0) throw new PatternError('pattern is empty');
  if (parts[0] === '...' || parts[parts.length - 1] === '...') {
    throw new PatternError(`"${source}": "..." must sit between two words`);
  }
  const slots: PatternSlot[] = [];
  let gap = DEFAULT_GAP;
  for (const part of parts) {
    if (part === '...') {
      if (gap === LONG_GAP) throw new PatternError(`"${source}": two "..." in a row`);
      gap = LONG_GAP;
      continue;
    }
    const slot = shareSlots ? sharedSlot(part, source, classes) : parseSlot(part, source, classes);
    slots.push({ ...slot, maxGap: slots.length === 0 ? 0 : gap });
    gap = DEFAULT_GAP;
  }
  return { source, slots };
}

function parseSlot(part: string, source: string, classes: WordClasses): Pick<PatternSlot, 'alts' | 'byFirstKey'> {
  const alts = expandClasses(part, source, classes).map((phrase) => parsePhrase(phrase, source));
  return { alts, byFirstKey: indexByFirstKey(alts) };
}

function sharedSlot(part: string, source: string, classes: WordClasses): Pick<PatternSlot, 'alts' | 'byFirstKey'> {
  const bySlot = memoFor(slotsByClasses, classes);
  let slot = bySlot.get(part);
  if (slot === undefined) bySlot.set(part, (slot = parseSlot(part, source, classes)));
  return slot;
}

function indexByFirstKey(alts: Phrase[]): Map<string, PhraseGroup> {
  const index = new Map<string, PhraseGroup>();
  alts.forEach((phrase, order) => {
    const key = (phrase[0] as WordAlt).key;
    const group = index.get(key);
    if (group === undefined) index.set(key, { phrases: [phrase], orders: [order] });
    else {
      group.phrases.push(phrase);
      group.orders.push(order);
    }
  });
  return index;
}

/** "$swollen|fat" → every alternative of the class, then "fat". */
function expandClasses(part: string, source: string, classes: WordClasses): string[] {
  const out = new Set<string>();
  for (const alt of part.split('|')) {
    if (!alt.startsWith('$')) {
      out.add(alt);
      continue;
    }
    const members = classes[alt.slice(1)];
    if (members === undefined) {
      throw new PatternError(
        `"${source}": unknown word class "${alt}" (known: ${Object.keys(classes)
          .map((k) => `$${k}`)
          .join(', ')})`,
      );
    }
    for (const member of members) out.add(member);
  }
  return [...out];
}

function parsePhrase(phrase: string, source: string): Phrase {
  if (phrase === '') throw new PatternError(`"${source}": "|" must sit between two choices`);
  return phrase.split('+').map((word) => {
    if (word === '') throw new PatternError(`"${source}": "+" must join two words`);
    return parseWord(word, source);
  });
}

function parseWord(alt: string, source: string): WordAlt {
  const prefix = alt.endsWith('*');
  const text = prefix ? alt.slice(0, -1) : alt;
  if (!WORD.test(text)) {
    throw new PatternError(
      `"${source}": "${alt}" is not a word (use lower-case letters/digits, "a|b" for either, "word*" for a prefix, "a+b" for words side by side, "..." for a long gap; write "can't" as "cant")`,
    );
  }
  if (prefix && text.length < MIN_PREFIX) {
    throw new PatternError(`"${source}": prefix "${alt}" is too short (at least ${MIN_PREFIX} letters before *)`);
  }
  return { text, prefix, key: prefix ? `${text}*` : text };
}

/**
 * Every distinct word (by key) of these patterns, in first-seen order, for indexing. A slot shared
 * by many patterns (see parsePattern) is read once: a $class can hold dozens of words.
 */
export function distinctPatternWords(patterns: Iterable<CompiledPattern>): WordAlt[] {
  const slotsRead = new Set<readonly Phrase[]>();
  const byKey = new Map<string, WordAlt>();
  for (const pattern of patterns) {
    for (const { alts } of pattern.slots) {
      if (slotsRead.has(alts)) continue;
      slotsRead.add(alts);
      for (const phrase of alts) for (const alt of phrase) if (!byKey.has(alt.key)) byKey.set(alt.key, alt);
    }
  }
  return [...byKey.values()];
}
