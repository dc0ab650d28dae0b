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
  return fold(text)
    .replace(/['`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
