import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone } from '../../src/callbacks/phone';
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
