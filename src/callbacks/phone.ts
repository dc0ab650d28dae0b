// Phone numbers as people type them → E.164 for staff and tel: links. US numbers need no country
// code; anything else needs one ("+44 …", or the "00"/"011" international prefixes).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { spokenDigits } from '../text';

export type PhoneResult =
  | { ok: true; e164: string; /** "(214) 555-0143" at home, "+44 20 7946 0958" abroad */ display: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'clinic' };

/** Longer input is not a phone number, and parsing it costs time for nothing. */
const MAX_INPUT = 60;

export function parsePhone(
  input: string,
  opts: { defaultCountry?: CountryCode; clinicE164?: string } = {},
): PhoneResult {
  const country = opts.defaultCountry ?? 'US';
  // "two one four, five five five…" (voice typing) reads as the digits it says.
  let text = spokenDigits(input ?? '').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_INPUT) return { ok: false, reason: 'invalid' };
  // "00 44 …" is the international prefix in most of the world; libphonenumber reads it as local digits.
  text = text.replace(/^00\s*(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed || !parsed.isValid()) return { ok: false, reason: 'invalid' };
  const e164 = parsed.number;
  // Someone typing the clinic's own number wants to reach us, not to be called by us.
  if (opts.clinicE164 && e164 === opts.clinicE164) return { ok: false, reason: 'clinic' };
  const display = parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
  return { ok: true, e164, display };
}

/** E.164 → how people read it, for summaries and staff messages. */
export function formatPhone(e164: string, defaultCountry: CountryCode = 'US'): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
}
