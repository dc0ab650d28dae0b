// Recognises which offered choice a short reply means: "2", "#2", "two", "the second one",
// "option 2", the label or value (any case/punctuation), a small typo, or a label inside a short
// reply. Pure. It never guesses on long free text: a long message is a question, not a pick.
import type { Choice } from '../rendering/reply';
import { editBudget, editDistance, foldToWords, isPlainAscii } from '../text';
import { wordTable } from '../text/wordTable';

/** Replies longer than this many words are free text, never a choice. */
const MAX_CHOICE_WORDS = 6;

const NUMBER_WORDS = wordTable<number>({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
  '7th': 7,
  '8th': 8,
  '9th': 9,
  '10th': 10,
});

// Filler around an ordinal: "option 2", "number two", "the 2nd one", "2 please".
const ORDINAL_FILLER = new Set([
  'option',
  'choice',
  'number',
  'no',
  'nr',
  'num',
  'the',
  'one',
  'please',
  'pls',
  'i',
  'pick',
  'choose',
  'take',
  'want',
  'id',
  'like',
  'reply',
  'answer',
  'is',
  'its',
  'it',
  'ok',
  'okay',
]);

const YES_WORDS = new Set([
  'yes',
  'y',
  'yeah',
  'yea',
  'yep',
  'yup',
  'sure',
  'ok',
  'okay',
  'correct',
  'right',
  'absolutely',
  'definitely',
  'indeed',
  'affirmative',
]);
const NO_WORDS = new Set(['no', 'n', 'nope', 'nah', 'not', 'negative', 'never']);
/** The first word of a question asked back ("is ice ok?", "can I say no?"): it answers nothing. */
const QUESTION_LEADS = new Set([
  'is',
  'are',
  'am',
  'can',
  'could',
  'should',
  'would',
  'will',
  'does',
  'do',
  'did',
  'what',
  'whats',
  'how',
  'why',
  'when',
  'where',
  'which',
  'who',
  'may',
]);
/** "ok thx", "ok cool", "okay thank you": thanks for the last answer, not a yes to the question. */
const ACK_WORDS = new Set([
  'ok',
  'okay',
  'k',
  'cool',
  'thanks',
  'thank',
  'you',
  'thx',
  'ty',
  'great',
  'nice',
  'awesome',
  'gracias',
]);
const NEGATIONS = new Set(['not', 'no', 'neither', 'none', 'nor', 'isnt', 'dont', 'doesnt', 'arent', 'never']);
const STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'my',
  'i',
  'its',
  'it',
  'is',
  'please',
  'pls',
  'one',
  'on',
  'in',
  'at',
  'to',
  'me',
  'for',
  'thanks',
  'thank',
  'you',
  'ok',
  'okay',
  'just',
  'that',
  'this',
  'lets',
  'go',
  'with',
]);

/** Lower case, accents and punctuation removed, whitespace collapsed; "#2" keeps its digit. */
export const normalizeChoiceText = foldToWords;

/**
 * normalizeChoiceText(text) === folded, without folding a text that cannot fold to it: folding keeps
 * only letters, digits and single spaces, so plain ASCII never gets longer. (A turn compares the
 * message with every button offered earlier in the conversation, and most labels are shorter.)
 */
export function foldsTo(text: string, folded: string): boolean {
  if (text.length < folded.length && isPlainAscii(text)) return false;
  return normalizeChoiceText(text) === folded;
}

function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/** "2", "#2", "two", "option 2", "the second one" → 2; anything else → undefined. */
export function parseOrdinal(text: string): number | undefined {
  const tokens = words(normalizeChoiceText(text));
  let found: number | undefined;
  for (const t of tokens) {
    const n = /^\d{1,2}$/.test(t) ? Number(t) : NUMBER_WORDS[t];
    if (t === 'one' && found !== undefined) continue; // "the second one"
    if (n !== undefined) {
      if (found !== undefined) return undefined; // "1 or 2": ambiguous
      found = n;
    } else if (!ORDINAL_FILLER.has(t)) {
      return undefined; // "2 weeks ago" is not a choice
    }
  }
  return found;
}

// The shared edit distance (src/text), re-exported for callers of this module.
export { editDistance };

/** Typos allowed for a string of this length: the shared "choice" budget. */
function typoBudget(length: number): number {
  return editBudget('choice', length);
}

/** A choice with its normalised label/value and content words, computed once per call. */
interface Prepared {
  choice: Choice;
  forms: string[];
  contentWords: string[];
}

function prepare(choice: Choice): Prepared {
  const forms = [
    ...new Set([normalizeChoiceText(choice.label), normalizeChoiceText(choice.value)].filter((f) => f !== '')),
  ];
  const contentWords = [...new Set(forms.flatMap(words).filter((w) => !STOPWORDS.has(w)))];
  return { choice, forms, contentWords };
}

function unique<T>(items: T[]): T | undefined {
  const set = [...new Set(items)];
  return set.length === 1 ? set[0] : undefined;
}

/** Whole-word containment: "front" in "the front one", not "no" in "knot". */
function containsPhrase(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Whole words of `phrase` inside `text`, both folded the way typed choices are. */
export function saysPhrase(text: string, phrase: string): boolean {
  const p = normalizeChoiceText(phrase);
  return p !== '' && containsPhrase(normalizeChoiceText(text), p);
}

function yesNoChoice(choices: Prepared[], normalized: string): Choice | undefined {
  const tokens = words(normalized);
  if (tokens.length === 0 || tokens.length > 3) return undefined;
  // "is ice ok?", "what does ok mean": a question asked back, not a yes or a no to the one waiting.
  if (tokens.length > 1 && QUESTION_LEADS.has(tokens[0]!)) return undefined;
  const hasYes = tokens.some((t) => YES_WORDS.has(t));
  const hasNo = tokens.some((t) => NO_WORDS.has(t));
  if (hasYes === hasNo) return undefined; // neither, or "yes no"
  if (tokens.length > 1 && tokens.every((t) => ACK_WORDS.has(t))) return undefined;
  const wanted = hasYes ? 'yes' : 'no';
  // "Yes" or a label that starts with it ("Yes, please call me").
  return unique(
    choices.filter((c) => c.forms.some((f) => f === wanted || f.startsWith(`${wanted} `))).map((c) => c.choice),
  );
}

/**
 * The choice a reply means, or undefined when it is not clearly one of them.
 * Order: exact label/value, ordinal, yes/no synonyms, small typo, label inside a short reply,
 * then a word only one choice has ("front" for "Front of the knee").
 */
export function recognizeChoice(text: string, choices: Choice[]): Choice | undefined {
  if (choices.length === 0 || typeof text !== 'string') return undefined;
  const normalized = normalizeChoiceText(text);
  if (normalized === '') return undefined;
  const tokens = words(normalized);
  if (tokens.length > MAX_CHOICE_WORDS) return undefined;
  const prepared = choices.map(prepare);

  // 1. An exact label or value wins even over ordinals ("2" might be a value).
  const exact = unique(prepared.filter((p) => p.forms.includes(normalized)).map((p) => p.choice));
  if (exact) return exact;

  // 2. Ordinals.
  const n = parseOrdinal(text);
  if (n !== undefined) return n >= 1 && n <= choices.length ? choices[n - 1] : undefined;

  // 3. yes/no synonyms when the choices are yes/no.
  const yn = yesNoChoice(prepared, normalized);
  if (yn) return yn;

  // 4. One small typo against a whole label or value.
  const typo = unique(
    prepared
      .filter((p) =>
        p.forms.some((f) => editDistance(normalized, f, 2) <= typoBudget(Math.min(f.length, normalized.length))),
      )
      .map((p) => p.choice),
  );
  if (typo) return typo;

  const negated = tokens.some((t) => NEGATIONS.has(t));

  // 5. A whole label or value inside a short reply ("front of the knee please").
  const containing = prepared.filter((p) => p.forms.some((f) => containsPhrase(normalized, f)));
  if (containing.length > 0) {
    // Prefer the longest matched form: "not sure" over "no".
    const best = longestMatch(containing, normalized);
    if (best && (!negated || best.forms.some((f) => words(f).some((w) => NEGATIONS.has(w))))) return best.choice;
    return undefined;
  }
  if (negated) return undefined; // "not the front" must not pick "Front"

  // 6. A content word only one choice has (with a small typo allowed on longer words).
  const content = tokens.filter((t) => !STOPWORDS.has(t));
  if (content.length === 0 || content.length > 3) return undefined;
  const hits = prepared.filter((p) =>
    content.every((t) =>
      p.contentWords.some((w) => w === t || editDistance(t, w, 1) <= typoBudget(Math.min(t.length, w.length))),
    ),
  );
  return hits.length === 1 ? hits[0]!.choice : undefined;
}

function longestMatch(candidates: Prepared[], normalized: string): Prepared | undefined {
  let best: Prepared | undefined;
  let bestLen = -1;
  let tie = false;
  for (const c of candidates) {
    const len = Math.max(...c.forms.filter((f) => containsPhrase(normalized, f)).map((f) => f.length));
    if (len > bestLen) {
      best = c;
      bestLen = len;
      tie = false;
    } else if (len === bestLen) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
