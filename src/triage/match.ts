// Finds where a compiled pattern occurs in a message. Pure. The message's words are looked up
// once (which pattern words each typed word matches, typos included: see detect.ts), so matching
// is set lookups, and a pattern whose first word is absent costs one map lookup.
import { DEFAULT_GAP, type CompiledPattern, type PatternSlot, type PhraseGroup, type Phrase } from './pattern';

/** Word positions (in one sentence) of one occurrence: every matched word, in order. */
export type Hit = number[];

export interface SentenceHit {
  sentence: number;
  hit: Hit;
}

/** Per message: which pattern-word keys each word matches, and where each key occurs. */
export interface MessageWords {
  /** keysAt[sentence][position] */
  keysAt: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>;
  /** key → [sentence, position] pairs, in text order */
  where: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** contrastAt[sentence][position]: a "but"-like word stands before this word; no match spans it. */
  contrastAt: ReadonlyArray<ReadonlyArray<boolean>>;
  /** fillerAt[sentence][position]: a filler word ("really", "is", "a bit") that does not count toward a gap. */
  fillerAt: ReadonlyArray<ReadonlyArray<boolean>>;
  /** statementAt[sentence][position]: a new statement starts here ("my chest is fine, my knee hurts"). */
  statementAt: ReadonlyArray<ReadonlyArray<boolean>>;
}

/** After a comma or "and", these start a new statement: a short-gap match does not reach into it. */
const STATEMENT_STARTS: ReadonlySet<string> = new Set([
  // Not "it" / "they": they usually point back at the body part just named ("my toes and they look blue").
  'i',
  'my',
  'im',
  'ive',
  'he',
  'she',
  'we',
  'hes',
  'shes',
  'his',
  'her',
  'their',
  'theres',
  'there',
  'now',
  'then',
  'today',
]);

/**
 * Words that carry no content between two pattern words, so they don't use up a gap: "my calf is
 * really, really tight and swollen" is as close as "calf swollen". Intensifiers, copulas, articles.
 */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'really',
  'very',
  'so',
  'super',
  'quite',
  'bit',
  'a',
  'an',
  'the',
  'proper',
  'properly',
  'totally',
  'completely',
  'literally',
  'kinda',
  'kind',
  'of',
  'pretty',
  'all',
  'just',
  'still',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  'be',
  'am',
  'im',
  'its',
  'has',
  'have',
  'had',
  'now',
  'rn',
  'like',
  'omg',
  'lol',
  'extremely',
  'seriously',
  'absolutely',
  'fully',
  'too',
  'badly',
  'well',
  'getting',
  'gotten',
  'got',
  'become',
  'became',
  'looks',
  'look',
  'looking',
  'feels',
  'feel',
  'feeling',
  'felt',
  'sort',
  'somewhat',
  'massively',
  'hugely',
  'insanely',
  'crazy',
  'ridiculously',
  'actually',
  'also',
  'definitely',
  'honestly',
  'gone',
  'went',
  'ive',
  'weirdly',
  'oddly',
  'tbh',
]);

/** A language's filler words, statement starts and words for "and" (another language than English: src/triage/lang/). */
export interface MatchWords {
  filler: ReadonlySet<string>;
  statementStarts: ReadonlySet<string>;
  and: ReadonlySet<string>;
  /** Positions of phrases that only say where, not what (English "on the left side"): filler too. */
  locatorAt?: (words: readonly string[]) => boolean[];
}

const SIDE_OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'his', 'her', 'their', 'that', 'this', 'your']);
/** Most words between "on the" and "side": "on the knee surgery side", "on the bad side". */
const SIDE_MAX_WORDS = 3;

/**
 * "on the … side" names which leg, not how it is, so it uses up no gap: "my calf on the knee surgery side is
 * swollen" is as close as "my calf is swollen". The words inside still match patterns of their own.
 */
function sideLocators(words: readonly string[]): boolean[] {
  const at = words.map(() => false);
  words.forEach((word, i) => {
    if (word !== 'on' || !SIDE_OWNERS.has(words[i + 1] as string)) return;
    for (let end = i + 2; end <= i + 2 + SIDE_MAX_WORDS && end < words.length; end += 1) {
      if (words[end] !== 'side') continue;
      for (let k = i; k <= end; k += 1) at[k] = true;
      return;
    }
  });
  return at;
}

/** The lower leg, placed under a knee: "calf below my bad knee", "the shin under her operated knee". */
const LOWER_LEG_PARTS: ReadonlySet<string> = new Set(['calf', 'calves', 'shin', 'shins', 'leg']);
const BELOW_WORDS: ReadonlySet<string> = new Set(['below', 'under', 'beneath', 'underneath']);
/** Most words between the owner and "knee": "below my bad knee", "under the operated left knee". */
const KNEE_LOCATOR_MAX_WORDS = 2;

/**
 * "below my … knee" after a calf or shin names which leg, not how it is, so it uses up no gap: "calf below my bad
 * knee is swollen" is as close as "calf below my knee is swollen". The words inside still match patterns of their own.
 */
function belowKneeLocators(words: readonly string[], at: boolean[]): void {
  words.forEach((word, i) => {
    if (!BELOW_WORDS.has(word) || !SIDE_OWNERS.has(words[i + 1] as string)) return;
    const part = words[i - 1] === 'just' || words[i - 1] === 'right' ? words[i - 2] : words[i - 1];
    if (!LOWER_LEG_PARTS.has(part as string)) return;
    for (let end = i + 2; end <= i + 2 + KNEE_LOCATOR_MAX_WORDS && end < words.length; end += 1) {
      if (words[end] !== 'knee') continue;
      for (let k = i; k <= end; k += 1) at[k] = true;
      return;
    }
  });
}

/** Phrases that only say which leg: "on the bad side", "below my bad knee". */
function legLocators(words: readonly string[]): boolean[] {
  const at = sideLocators(words);
  belowKneeLocators(words, at);
  return at;
}

const ENGLISH_MATCH_WORDS: MatchWords = {
  filler: FILLER_WORDS,
  statementStarts: STATEMENT_STARTS,
  and: new Set(['and']),
  locatorAt: legLocators,
};

export function buildMessageWords(
  sentences: ReadonlyArray<{ words: readonly string[]; breakBefore: ReadonlyArray<string> }>,
  keysOf: (word: string) => ReadonlySet<string>,
  language: MatchWords = ENGLISH_MATCH_WORDS,
): MessageWords {
  const keysAt: Array<Array<ReadonlySet<string>>> = [];
  const contrastAt = sentences.map((sentence) => sentence.breakBefore.map((kind) => kind === 'contrast'));
  const fillerAt = sentences.map((sentence) => {
    const locator = language.locatorAt?.(sentence.words);
    return sentence.words.map((word, i) => language.filler.has(word) || locator?.[i] === true);
  });
  const statementAt = sentences.map((sentence) =>
    sentence.words.map(
      (word, i) =>
        i > 0 &&
        language.statementStarts.has(word) &&
        (sentence.breakBefore[i] !== 'none' || language.and.has(sentence.words[i - 1] as string)),
    ),
  );
  const where = new Map<string, Array<readonly [number, number]>>();
  sentences.forEach((sentence, s) => {
    const row: Array<ReadonlySet<string>> = [];
    sentence.words.forEach((word, position) => {
      const keys = keysOf(word);
      row.push(keys);
      for (const key of keys) {
        let list = where.get(key);
        if (list === undefined) where.set(key, (list = []));
        list.push([s, position]);
      }
    });
    keysAt.push(row);
  });
  return { keysAt, where, contrastAt, fillerAt, statementAt };
}

/** Every occurrence in the message (or one sentence of it), at most one per start position. */
export function findHits(pattern: CompiledPattern, message: MessageWords, onlySentence?: number): SentenceHit[] {
  return [...iterateHits(pattern, message, onlySentence)];
}

/** Like findHits, one occurrence at a time, so a caller that needs only the first present one stops early. */
export function* iterateHits(
  pattern: CompiledPattern,
  message: MessageWords,
  onlySentence?: number,
): Generator<SentenceHit> {
  const first = pattern.slots[0];
  if (first === undefined) return;
  const starts: Array<readonly [number, number]> = [];
  let lists = 0;
  forEachSharedKey(first, message.where, (at) => {
    lists += 1;
    for (const position of at) if (onlySentence === undefined || position[0] === onlySentence) starts.push(position);
  });
  if (starts.length === 0) return;
  if (lists > 1) starts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let previous: readonly [number, number] | undefined;
  // (slot, end of the previous slot) pairs known not to complete, per sentence: keeps long, repetitive
  // messages linear instead of trying the same tail again from every start.
  let failed = new Set<number>();
  for (const at of starts) {
    if (previous !== undefined && previous[0] !== at[0]) failed = new Set<number>();
    if (previous !== undefined && previous[0] === at[0] && previous[1] === at[1]) continue;
    previous = at;
    const row: Row = {
      keys: message.keysAt[at[0]] as Row['keys'],
      contrast: message.contrastAt[at[0]] as Row['contrast'],
      filler: message.fillerAt[at[0]] as Row['filler'],
      statement: message.statementAt[at[0]] as Row['statement'],
    };
    for (const phrase of phrasesStartingAt(first, at[1], row)) {
      if (!phraseAt(phrase, at[1], row)) continue;
      const rest = complete(pattern, 1, at[1] + phrase.length - 1, row, failed);
      if (rest !== null) {
        yield { sentence: at[0], hit: [...range(at[1], phrase.length), ...rest] };
        break;
      }
    }
  }
}

/** Calls `visit` with the message's positions of each key that starts one of the slot's phrases. */
function forEachSharedKey<T>(slot: PatternSlot, where: ReadonlyMap<string, T>, visit: (value: T) => void): void {
  // Walk the smaller side: a message has a few dozen keys, a $class slot can have more.
  if (slot.byFirstKey.size <= where.size) {
    for (const key of slot.byFirstKey.keys()) {
      const value = where.get(key);
      if (value !== undefined) visit(value);
    }
  } else {
    for (const [key, value] of where) if (slot.byFirstKey.has(key)) visit(value);
  }
}

const NO_PHRASES: readonly Phrase[] = [];

/** The slot's phrases whose first word the word at `position` matches, in the slot's own order. */
function phrasesStartingAt(slot: PatternSlot, position: number, row: Row): readonly Phrase[] {
  const keys = row.keys[position];
  if (keys === undefined || keys.size === 0) return NO_PHRASES;
  let single: PhraseGroup | undefined;
  let merged: Array<{ phrase: Phrase; order: number }> | undefined;
  for (const key of keys) {
    const group = slot.byFirstKey.get(key);
    if (group === undefined) continue;
    if (single === undefined) {
      single = group;
      continue;
    }
    // A word matching two keys that both start phrases here (rare): restore the slot's order.
    merged ??= withOrder(single);
    merged.push(...withOrder(group));
  }
  if (single === undefined) return NO_PHRASES;
  if (merged === undefined) return single.phrases;
  return merged.sort((a, b) => a.order - b.order).map((p) => p.phrase);
}

function withOrder(group: PhraseGroup): Array<{ phrase: Phrase; order: number }> {
  return group.phrases.map((phrase, k) => ({ phrase, order: group.orders[k] as number }));
}

/** One sentence's lookups. */
interface Row {
  keys: ReadonlyArray<ReadonlySet<string>>;
  contrast: ReadonlyArray<boolean>;
  filler: ReadonlyArray<boolean>;
  statement: ReadonlyArray<boolean>;
}

function complete(
  pattern: CompiledPattern,
  slotIndex: number,
  previousEnd: number,
  row: Row,
  failed: Set<number>,
): number[] | null {
  const slot = pattern.slots[slotIndex];
  if (slot === undefined) return [];
  const memoKey = slotIndex * 1_000_000 + previousEnd;
  if (failed.has(memoKey)) return null;
  const result = completeFrom(pattern, slot, slotIndex, previousEnd, row, failed);
  if (result === null) failed.add(memoKey);
  return result;
}

function completeFrom(
  pattern: CompiledPattern,
  slot: CompiledPattern['slots'][number],
  slotIndex: number,
  previousEnd: number,
  row: Row,
  failed: Set<number>,
): number[] | null {
  // Filler words between two pattern words don't count toward the gap.
  let skipped = 0;
  for (let position = previousEnd + 1; position < row.keys.length; position += 1) {
    // "numb knee scar, but my foot is fine": a match never reaches across a "but".
    if (row.contrast[position]) return null;
    // A short gap stays within one statement; "..." may reach into the next.
    if (row.statement[position] && slot.maxGap <= DEFAULT_GAP) return null;
    for (const phrase of phrasesStartingAt(slot, position, row)) {
      if (!phraseAt(phrase, position, row)) continue;
      const rest = complete(pattern, slotIndex + 1, position + phrase.length - 1, row, failed);
      if (rest !== null)
        return phrase.length === 1 ? [position, ...rest] : [...range(position, phrase.length), ...rest];
    }
    if (!row.filler[position]) skipped += 1;
    if (skipped > slot.maxGap || position - previousEnd > slot.maxGap * 2 + 4) return null;
  }
  return null;
}

function phraseAt(phrase: Phrase, position: number, row: Row): boolean {
  for (let k = 0; k < phrase.length; k += 1) {
    const at = row.keys[position + k];
    if (at === undefined || !at.has((phrase[k] as Phrase[number]).key)) return false;
    if (k > 0 && row.contrast[position + k]) return false;
  }
  return true;
}

function range(from: number, length: number): number[] {
  return Array.from({ length }, (_, k) => from + k);
}
