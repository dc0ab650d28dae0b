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
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return undefined;
  const lower = text.toLowerCase();
  let out = '';
  // Something other than a letter, a digit or an apostrophe since the last word: a space is due.
  let gap = false;
  for (let i = 0; i < lower.length;) {
    const c = lower.charCodeAt(i);
    if (isAsciiLetterOrDigit(c)) {
      let end = i + 1;
      while (end < lower.length && isAsciiLetterOrDigit(lower.charCodeAt(end))) end++;
      if (gap && out !== '') out += ' ';
      gap = false;
      out += lower.slice(i, end);
      i = end;
    } else {
      // Apostrophes are dropped without a break ("don't" → dont); anything else separates words.
      if (c !== 0x27 && c !== 0x60) gap = true;
      i++;
    }
  }
  return out;
}

/** a-z or 0-9 (the text is already lower case). */
function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
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
