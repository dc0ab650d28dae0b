// A phone number said in words, as voice typing and careful people write it: "two one four, five
// five five, oh nine one two", "dos uno cuatro…". Turned into digits so the phone parser can read it.
// Only a run of four or more digit words (spaces, commas, dots or dashes between) is changed; "one" in "one more
// thing" stays, because a lone digit word is not a number anyone dictates.
import { DIGIT_WORDS_EN, DIGIT_WORDS_ES } from './numberWords';

/** The digit words of both languages, and the ones said only when dictating ("oh", "o", "cero", "uno"). */
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  ...DIGIT_WORDS_EN,
  ...DIGIT_WORDS_ES,
  oh: '0',
  o: '0',
  cero: '0',
  uno: '1',
  una: '1',
};
const WORD = Object.keys(DIGIT_WORDS).join('|');
/** At least four digit words (or digits) in a row: short of a phone number's parts, never ordinary prose. */
const RUN = new RegExp(`\\b(?:(?:${WORD}|\\d)\\b[\\s,.-]*){4,}`, 'gi');

/** The text with every dictated run of digits written as digits ("two one four" → "214"). */
export function spokenDigits(text: string): string {
  return text.replace(RUN, (run) => {
    const digits = run
      .split(/[\s,.-]+/)
      .filter((w) => w !== '')
      .map((w) => DIGIT_WORDS[w.toLowerCase()] ?? w)
      .join('');
    return /\s$/.test(run) ? `${digits} ` : digits;
  });
}
