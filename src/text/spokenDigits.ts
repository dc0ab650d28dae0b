// A phone number said in words, as voice typing and careful people write it: "two one four, five
// five five, oh nine one two", "dos uno cuatro…". Turned into digits so the phone parser can read it.
// Only a run of digit words (with commas, dashes or "and" between) is changed; "one" in "one more
// thing" stays, because a lone digit word is not a number anyone dictates.

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  cero: '0',
  uno: '1',
  una: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
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
