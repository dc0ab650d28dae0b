// Names in a callback request: "Sam Lee", "my name is Sam", "me llamo Ana Ruiz", "soy Ana" — and
// what is not a name (a question, a refusal, a time, a command word). Pure (no botbuilder).
import { LIMITS } from '../../src/callbacks/validate';
import { foldToWords } from '../../src/text';

/** Words that answer a different question than "what's your name?". */
const NOT_NAMES = new Set([
  'phone',
  'call',
  'callback',
  'call back',
  'call me',
  'call me back',
  'yes',
  'no',
  'ok',
  'okay',
  'skip',
  'help',
  'hello',
  'hi',
  'hey',
  'thanks',
  'thank you',
  'morning',
  'afternoon',
  'none',
  'nothing',
  'idk',
  'why',
  'what',
  'any time',
  'anytime',
  'whenever',
  'evening',
  'tomorrow',
  'today',
  'now',
  'asap',
  'later',
  'soon',
  'sure',
  'yep',
  'nope',
  'nah',
  'dunno',
  'anonymous',
  'nobody',
  'no one',
  'noone',
  'me',
  'myself',
  'test',
  'stop',
  'cancel',
  // Spanish: answers to another question, folded (no accents)
  'si',
  'claro',
  'gracias',
  'hola',
  'manana',
  'hoy',
  'tarde',
  'en la manana',
  'en la tarde',
  'cuando sea',
  'ahora',
  'nadie',
  'yo',
  'ayuda',
  'cancelar',
  'llamar',
  'espanol',
  'ingles',
  'prefiero espanol',
]);

/** A question typed where the name goes ("what are your hours?"), not a name. */
const QUESTION =
  /\?|^(?:what|when|where|why|how|which|who|can you|could you|do you|does|is it|is there|are you|are there|should)\b/i;
/** "I'd rather not", "do I have to", "not telling": a refusal, not a name. */
const REFUSAL =
  /\b(?:rather not|prefer not|not telling|wont say|dont want|do i have to|none of your|no thanks|not now|dont have|skip|prefiero no|no quiero|no gracias|para que|omitir)\b/i;
/** Words no name is made of: pain, knees, times, requests. */
export const NOT_NAME_WORDS =
  /\b(?:knee|knees|pain|hurts?|hurting|sore|injury|run|running|please|call|phone|number|morning|afternoon|evening|tonight|today|tomorrow|am|pm|monday|tuesday|wednesday|thursday|friday|saturday|sunday|appointment|doctor|help|back|want|need|would|like|yes|no|rodilla|dolor|duele|llamar|llamen|telefono|numero|manana|tarde|hoy|cita|ayuda|quiero|necesito|por favor|espanol|ingles|prefiero)\b/i;

const NAME_INTRO =
  /^(?:(?:her|his|their|the patient'?s|patient'?s|the|my (?:mom|mother|dad|father|son|daughter|wife|husband|child|kid)'?s) (?:name is|name's|names)|su nombre es|se llama|my name is|my name's|my names|name is|name:|i am|i'm|im|it's|its|this is|call me|it is|(?:he|she)(?:'s| is)|me llamo|mi nombre es|soy|habla|nombre:)\s+/i;

/**
 * The name to ask for, from "Sam Lee", "my name is Sam", "I'm Sam." — or undefined when the text
 * is not plausibly a name: a question, a refusal, a time, a number, a long sentence, a command word.
 */
export function parseName(text: string): string | undefined {
  let t = text.trim().replace(/\s+/g, ' ');
  if (QUESTION.test(t) || REFUSAL.test(t.replace(/['’]/g, '')) || NOT_NAMES.has(foldToWords(t))) return undefined;
  t = t
    .replace(NAME_INTRO, '')
    .replace(/[.!?,;:]+$/u, '')
    .trim();
  if (t.length === 0 || t.length > LIMITS.name) return undefined;
  if (NOT_NAMES.has(foldToWords(t))) return undefined;
  if (t.split(' ').length > 5) return undefined;
  if (/\d/.test(t)) return undefined;
  if (NOT_NAME_WORDS.test(foldToWords(t))) return undefined;
  // Letters (any script), spaces, apostrophes, hyphens and dots: "Mary-Jo O'Neil Jr."
  if (!/^[\p{L}\p{M}][\p{L}\p{M}' ’.-]*$/u.test(t)) return undefined;
  return t;
}

/** "I'm Robert Chen", "my name is Robert Chen", "this is Ana": a capitalised name introduced inside a sentence. */
export const NAME_IN_SENTENCE =
  /(?:^|[\s,.!])(?:my name is|my name's|name is|name's|name:|nombre:|i am|i'm|im|this is|it's|(?:he|she)(?:['’]s| is)|patient|paciente|me llamo|mi nombre es|se llama|su nombre es|soy)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})/iu;
/** "Mark, 972 555 0135", "…for her: Ana Ruiz 214 555 4477": a capitalised name given just before the number. */
export const NAME_BEFORE_PHONE =
  /(?:^|[:;]\s*|[.?!]\s+)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})\s*[,;:-]?\s*(?=\+?\(?\d[\d\s().-]{8,}\d)/u;
/** A run of digits, spaces and phone punctuation long enough to be a phone number. */
