import { describe, expect, it } from 'vitest';
import { formatPartialDigits, formatPhone, parsePhone, partialDigits, phoneInText } from '../../src/callbacks/phone';
import { CLINIC_E164, CLINIC_PHONE } from '../helpers/clinic';

describe('parsePhone', () => {
  it.each([
    ['(214) 555-0143', '+12145550143', '(214) 555-0143'],
    ['214.555.0143', '+12145550143', '(214) 555-0143'],
    ['+1 214 555 0143', '+12145550143', '(214) 555-0143'],
    ['2145550143', '+12145550143', '(214) 555-0143'],
    ['1-214-555-0143', '+12145550143', '(214) 555-0143'],
    ['  my number is 214-555-0143 ', '+12145550143', '(214) 555-0143'],
    ['+44 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
    ['0044 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
    ['011 44 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
    ['+49 30 901820', '+4930901820', '+49 30 901820'],
  ])('accepts %s', (input, e164, display) => {
    expect(parsePhone(input)).toEqual({ ok: true, e164, display });
  });

  it.each([
    '',
    '   ',
    'abc',
    'no thanks',
    '12345',
    '555-0143',
    '0000000000',
    '+1 111 555 0143',
    '214 555 01433',
    '9'.repeat(80),
  ])('rejects %j', (input) => {
    expect(parsePhone(input).ok).toBe(false);
  });

  it('tells apart empty input and the clinic’s own number', () => {
    expect(parsePhone('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(parsePhone(CLINIC_PHONE, { clinicE164: CLINIC_E164 })).toEqual({ ok: false, reason: 'clinic' });
    expect(parsePhone(CLINIC_PHONE).ok).toBe(true);
  });

  it('formats stored numbers for people', () => {
    expect(formatPhone('+12145550143')).toBe('(214) 555-0143');
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
  });
});

describe('phoneInText: a number inside what people type', () => {
  it.each([
    ['my cell is 469 555 0182 thanks', '+14695550182'],
    ['eight... no wait, 972 not 214. 972 555 0147', '+19725550147'],
    ['call 817-555-0100, sorry I mean 817 555 0199', '+18175550199'],
    ['two one four five five five zero one four three', '+12145550143'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('%s → %s', (text, e164) => {
    const r = phoneInText(text);
    expect(r.ok && r.e164).toBe(e164);
  });

  it('no number, or only part of one, is not a number', () => {
    expect(phoneInText('after 5 works').ok).toBe(false);
    expect(phoneInText('I ran 10 miles on 3 days').ok).toBe(false);
  });

  it("the clinic's own number is refused as such", () => {
    expect(phoneInText(`it is ${CLINIC_PHONE} right?`, { clinicE164: CLINIC_E164 })).toEqual({
      ok: false,
      reason: 'clinic',
    });
  });
});

describe('partialDigits: a number given in parts', () => {
  it.each([
    ['my cell is two one four', '214'],
    ['area code 972', '972'],
    ['555', '555'],
    ['el codigo es ocho uno siete', '817'],
  ])('%s → %s', (text, digits) => expect(partialDigits(text)).toBe(digits));

  it('other words, or a whole number, are not a part', () => {
    expect(partialDigits('after 5 works')).toBeUndefined();
    expect(partialDigits('2145550143')).toBeUndefined();
    expect(formatPartialDigits('214555')).toBe('214-555');
  });
});
