// The one text fold every normaliser starts from (matching, choice recognition, the Spanish check):
// compatibility forms unified (full-width letters, ligatures), lower case, accents off, curly
// quotes straightened, dashes made plain. What each caller does next (tokens, stems, punctuation)
// is its own business; the fold is shared so "Café", "CAFE" and "ｃａｆé" are the same word everywhere.

const ASCII_ONLY = /^\p{ASCII}*$/u;

/** Lower case, accents removed, quotes and dashes straightened. Pure. */
export function fold(text: string): string {
  // Plain ASCII (most messages) needs no Unicode decomposition: same result, a fraction of the work.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // combining marks: "café" → "cafe"
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** fold, then apostrophes dropped and everything but letters and digits to single spaces. */
export function foldToWords(text: string): string {
  return asciiWords(text) ?? foldToWordsGeneral(text);
}

/** foldToWords by its definition, for any text (the fast path below must agree with it on ASCII). */
export function foldToWordsGeneral(text: string): string {
  return fold(text)
    .replace(/['`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * foldToWords of a plain-ASCII text in one pass, or undefined when the text is not plain ASCII. A
 * turn folds its message a dozen times (commands, the language, buttons, staff talk, each in its own
 * module) and most messages are ASCII: the Unicode regular expressions and the intermediate strings
 * of the general path cost two to three times this. The same result as foldToWordsGeneral
 * (tests/matching/text.test.ts checks every labelled message and every knowledge text).
 */
export function asciiWords(text: string): string | undefined {
  // Two small functions, not one with two loops: start-up folds long non-ASCII texts, and V8 then
  // optimised the check loop alone; the code after it deoptimised on every later call.
  return isPlainAscii(text) ? asciiToWords(text) : undefined;
}

/** No character above U+007F. */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The fold of a plain-ASCII text: its letters and digits, lower case, words one space apart. Written
 * byte by byte into a scratch buffer and decoded once, so a call allocates only its result (building
 * the string piece by piece made ten times the garbage). Synchronous, so one buffer serves all calls.
 */
let scratch = Buffer.allocUnsafe(1024);
function asciiToWords(text: string): string {
  if (text.length > scratch.length) scratch = Buffer.allocUnsafe(text.length);
  let n = 0;
  // Something other than a letter, a digit or an apostrophe since the last word: a space is due.
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20; // A-Z → a-z
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && n > 0) scratch[n++] = 0x20;
      gap = false;
      scratch[n++] = c;
    } else if (c !== 0x27 && c !== 0x60) {
      // Apostrophes are dropped without a break ("don't" → dont); anything else separates words.
      gap = true;
    }
  }
  return scratch.toString('latin1', 0, n);
}

/** Marks only Spanish spelling has: ñ, ¿ ¡ and accented vowels. */
export const SPANISH_MARKS = /[ñ¿¡áéíóúü]/i;

/**
 * Every word of two or more letters in the strings inside `values` (arrays, sets, records), folded:
 * the vocabulary of a knowledge set, for telling its language from another's.
 */
export function wordsIn(values: unknown): string[] {
  const flat = JSON.stringify(values, (_key, v: unknown) => (v instanceof Set ? [...v] : v));
  return foldToWords(flat)
    .split(' ')
    .filter((w) => /^[a-z]{2,}$/.test(w));
}
