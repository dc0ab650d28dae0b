// Phone numbers as people type them → E.164 for staff and tel: links. US numbers need no country
// code; anything else needs one ("+44 …", or the "00"/"011" international prefixes).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { spokenDigits } from '../text';
import { DIGIT_WORDS_EN, DIGIT_WORDS_ES } from '../text/numberWords';
import { wordTable } from '../text/wordTable';

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
  // Someone typing the clinic's own number wants to reach us, not to be called by us.
  if (opts.clinicE164 && parsed.number === opts.clinicE164) return { ok: false, reason: 'clinic' };
  // An office line's extension ("ext 402", "x402") is kept, RFC 3966 style, so staff can dial it.
  const e164 = withExtension(parsed.number, parsed.ext);
  return { ok: true, e164, display: formatPhone(e164, country) };
}

/** The stored form of a number with an extension: "+14695550187;ext=402" (a valid tel: URI body). */
const EXT_MARK = ';ext=';

function withExtension(e164: string, ext: string | undefined): string {
  return ext ? `${e164}${EXT_MARK}${ext}` : e164;
}

/** A stored number split into its E.164 part and its extension (undefined when none). */
export function splitExtension(stored: string): { e164: string; ext?: string } {
  const at = stored.indexOf(EXT_MARK);
  return at < 0 ? { e164: stored } : { e164: stored.slice(0, at), ext: stored.slice(at + EXT_MARK.length) };
}

/** Stored number → how people read it, for summaries and staff messages ("(469) 555-0187 ext. 402"). */
export function formatPhone(stored: string, defaultCountry: CountryCode = 'US'): string {
  const { e164, ext } = splitExtension(stored);
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return stored;
  const main = parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
  return ext ? `${main} ext. ${ext}` : main;
}

/** A run of digits with phone punctuation between them ("214. 972 555-0147", "(469) 555 0182"). */
const DIGIT_RUN = /\+?\(?\d[\d\s().,-]*\d|\d/g;

/**
 * The number a message gives, as people type it in a sentence: "972 not 214. 972 555 0147" (the
 * correction, said last, wins), "my cell is 469 555 0182 thanks", dictated digits. Each run of
 * digits is tried from the last one back, longest first ("+44 20 7946 0958" is not read as the US
 * "207 946 0958"), dropping leading groups that belong to an earlier, corrected number.
 */
export function phoneInText(
  input: string,
  opts: { defaultCountry?: CountryCode; clinicE164?: string } = {},
): PhoneResult {
  // "it's 469 555 0136, not 469 555 0163": the number after "not" is the wrong one.
  const said = spokenDigits(input).replace(NOT_THIS_NUMBER, ' ');
  const found = numberInText(said, opts);
  if (!found.ok || splitExtension(found.e164).ext) return found;
  const ext = EXTENSION.exec(said);
  if (!ext) return found;
  const e164 = withExtension(found.e164, ext[1]);
  return { ok: true, e164, display: formatPhone(e164, opts.defaultCountry) };
}

/** "ext 402", "ext. 402", "x402", "extension 402", "extensión 402". */
const EXTENSION = /(?:\bext(?:ension|ensi[oó]n)?\.?|\bx)\s*(\d{1,7})\b/iu;
/** What introduces the rejected number of a correction, and the filler before its digits ("not the ..."). */
const REJECTS = String.raw`(?:not|no|instead of|rather than|en vez de|en lugar de)\s*(?:the\s+|el\s+)?[.…]*\s*`;
/** The number a correction rejects: "not 469 555 0163", "en vez de 0163" (digits, maybe elided "..."). */
const NOT_THIS_NUMBER = new RegExp(String.raw`\b${REJECTS}\+?\(?\d(?:[\d\s()-]|\.(?=\d))*\d`, 'giu');
/** "0136 not 0163": the right ending, then the rejected one. */
const CORRECTED_ENDING = new RegExp(String.raw`(\d{2,6})\s*[,.]?\s*${REJECTS}(\d{2,6})\b`, 'iu');

/**
 * A corrected ending ("it's ...0136 not ...0163", "0136 not 0163"): the stored number with the
 * rejected last digits replaced by the right ones; undefined when the message is not such a fix.
 */
export function correctedEnding(input: string, stored: string): string | undefined {
  const m = CORRECTED_ENDING.exec(spokenDigits(input));
  if (!m || m[1]!.length !== m[2]!.length) return undefined;
  const { e164, ext } = splitExtension(stored);
  if (!e164.endsWith(m[2]!)) return undefined;
  const fixed = e164.slice(0, e164.length - m[2]!.length) + m[1]!;
  const parsed = parsePhoneNumberFromString(fixed);
  return parsed?.isValid() ? withExtension(parsed.number, ext) : undefined;
}

function numberInText(input: string, opts: { defaultCountry?: CountryCode; clinicE164?: string }): PhoneResult {
  const whole = parsePhone(input, opts);
  if (whole.ok || whole.reason === 'clinic' || whole.reason === 'empty') return whole;
  const runs = [...spokenDigits(input.slice(0, 600)).matchAll(DIGIT_RUN)].map((m) => m[0]);
  let clinic = false;
  for (let r = runs.length - 1; r >= 0; r--) {
    const groups = runs[r]!.match(/\+?\d+/g) ?? [];
    for (let i = 0; i < groups.length; i++) {
      const candidate = groups.slice(i).join('');
      if (candidate.replace(/\D/g, '').length < 7) break;
      const parsed = parsePhone(candidate, opts);
      if (parsed.ok) return parsed;
      if (parsed.reason === 'clinic') clinic = true;
    }
  }
  return { ok: false, reason: clinic ? 'clinic' : 'invalid' };
}

const DIGIT_WORDS = wordTable<string>({
  ...DIGIT_WORDS_EN,
  ...DIGIT_WORDS_ES,
  oh: '0',
  cero: '0',
  uno: '1',
});
/** Words around a number given in parts: "my cell is two one four", "the area code is 972". */
const AROUND_DIGITS = new Set(
  'my the cell cellphone mobile phone number is its it s area code starts with first part then and rest mi el celular numero telefono es empieza con codigo de primero luego y'.split(
    ' ',
  ),
);

/**
 * The digits of a number given in parts ("my cell is two one four", then "555 0147"): the digits
 * when the message holds nothing else but those words, and too few for a whole number; else undefined.
 */
export function partialDigits(input: string): string | undefined {
  const words = input
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let digits = '';
  for (const w of words) {
    if (/^\d+$/.test(w)) digits += w;
    else if (DIGIT_WORDS[w] !== undefined) digits += DIGIT_WORDS[w];
    else if (!AROUND_DIGITS.has(w)) return undefined;
  }
  return digits.length > 0 && digits.length < 10 ? digits : undefined;
}

/** "214" → "214", "2145" → "214-5", "214555" → "214-555": the part of a number given so far, grouped. */
export function formatPartialDigits(digits: string): string {
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].filter((g) => g !== '').join('-');
}
