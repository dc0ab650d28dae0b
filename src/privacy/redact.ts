// Strips personal data from text before it reaches a log or the unanswered-question file.
// Deliberately over-eager: a false redaction costs a curator a word, a missed one leaks a patient.

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Seven or more digits, allowing the separators people type: +1 (214) 555-0143, 214.555.0143 …
const PHONE = /\+?\(?\d(?:[\s().\-/]{0,3}\d){6,}/g;
// After these, whatever follows is a name, whatever its case ("my name is jane doe").
const NAME_SURE =
  /\b(my name is|my name's|my names|name is|name:|call me|ask for)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/giu;
// After these, only capitalised words are taken as a name ("I'm Carlos", not "I'm having pain").
const NAME_MAYBE =
  /\b(I am|I'm|I’m|i'm|i’m|im|Im|This is|this is|It's|it's)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;
// Words that follow "call me …" or "I'm …" without being a name.
const NOT_NAMES = new Set(
  'i a an the my not so very just really in on at it its back when whenever after before between about asap please any anytime morning afternoon evening today tomorrow tonight now later if knee running sure ok okay fine good back'.split(
    ' ',
  ),
);

function nameOrKeep(whole: string, intro: string, name: string): string {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return NOT_NAMES.has(first) ? whole : `${intro} [name]`;
}

export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(PHONE, '[phone]')
    .replace(NAME_SURE, nameOrKeep)
    .replace(NAME_MAYBE, nameOrKeep);
}
