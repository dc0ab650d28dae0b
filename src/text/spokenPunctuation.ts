// Punctuation said aloud by voice typing that did not turn it into marks: "her knee hurts at night comma
// no fall period what kind of doctor". Read back as the marks, so sentences and clauses split where the
// speaker meant them. "comma", "question mark", "exclamation point" and "semicolon" are not prose, so they
// always count; "period", "full stop" and "new line" are ordinary words too ("my period", "a new line of
// shoes"), so they count only in a message that dictates one of the others as well.

/** Marks that are never anything else. */
const ALWAYS = /\b(?:comma|question mark|exclamation (?:point|mark)|semicolon)\b/gi;
/** Marks that are ordinary words too: read as marks only where dictation is shown. */
const SOMETIMES = /\b(?:period|full stop|new (?:line|paragraph))\b/gi;
const MARKS: Readonly<Record<string, string>> = {
  comma: ',',
  'question mark': '?',
  'exclamation point': '!',
  'exclamation mark': '!',
  semicolon: ';',
  period: '.',
  'full stop': '.',
  'new line': '\n',
  'new paragraph': '\n',
};
const mark = (said: string): string => MARKS[said.toLowerCase().replace(/\s+/g, ' ')] ?? said;

/** The text with dictated punctuation words written as marks. */
export function spokenPunctuation(text: string): string {
  if (!new RegExp(ALWAYS.source, 'i').test(text)) return text;
  return text.replace(ALWAYS, mark).replace(SOMETIMES, mark);
}
