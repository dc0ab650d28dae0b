// Number words read as digits, one list per language: the matcher reads "two weeks" as "2 weeks"
// (src/matching), and a phone number said in words uses the single digits (./spokenDigits.ts).
import { wordTable } from './wordTable';

export const DIGIT_WORDS_EN = wordTable<string>({
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
});

export const NUMBER_WORDS_EN = wordTable<string>({
  ...DIGIT_WORDS_EN,
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  hundred: '100',
});

/** "uno"/"una" and "cero" are left out: in a sentence they are mostly "a" and "one (of them)", not numbers. */
export const DIGIT_WORDS_ES = wordTable<string>({
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
});

export const NUMBER_WORDS_ES = wordTable<string>({
  ...DIGIT_WORDS_ES,
  diez: '10',
  quince: '15',
  veinte: '20',
  treinta: '30',
  cuarenta: '40',
  cincuenta: '50',
  cien: '100',
});
