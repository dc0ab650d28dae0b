// A phone number dictated in words becomes digits; ordinary prose with a number word stays as it is.
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../src/callbacks/phone';
import { spokenDigits } from '../../src/text';

describe('spokenDigits', () => {
  it('turns a dictated run of digit words into digits, in English and Spanish', () => {
    expect(spokenDigits('my cell is two one four, five five five, oh nine one two')).toBe('my cell is 2145550912');
    expect(spokenDigits('dos uno cuatro cinco cinco cinco cero uno nueve dos')).toBe('2145550192');
  });

  it('leaves prose alone: fewer than four digit words in a row, or digits already written', () => {
    for (const text of ['one more thing', 'i ran five miles in one hour', 'dos o tres días', '214 555 0912'])
      expect(spokenDigits(text)).toBe(text);
  });

  it('lets the phone parser read a number said in words', () => {
    const parsed = parsePhone('two one four five five five oh nine one two');
    expect(parsed.ok && parsed.e164).toBe('+12145550912');
  });
});
