// Language evidence from function words, shared by matching (the language detector), triage (the
// doubt reads English only) and dialogs (a Spanish message is answered in Spanish). One home, in the
// text toolkit, so triage need not depend on matching. Pure: counts function words of each language.
import { foldToWords } from './fold';

/** The languages the word lists below tell apart (the knowledge's Language). */
type WordLanguage = 'en' | 'es';

const SPANISH: ReadonlySet<string> = new Set([
  'de',
  'la',
  'que',
  'el',
  'en',
  'los',
  'se',
  'del',
  'las',
  'un',
  'por',
  'con',
  'una',
  'su',
  'para',
  'es',
  'al',
  'lo',
  'como',
  'mas',
  'pero',
  'sus',
  'le',
  'ya',
  'este',
  'porque',
  'esta',
  'estoy',
  'cuando',
  'muy',
  'sin',
  'sobre',
  'tambien',
  'hasta',
  'hay',
  'donde',
  'desde',
  'mi',
  'mis',
  'y',
  'yo',
  'tengo',
  'puedo',
  'duele',
  'dolor',
  'rodilla',
  'rodillas',
  'pierna',
  'piernas',
  'hinchada',
  'hinchado',
  'correr',
  'corro',
  'hola',
  'gracias',
  'ayuda',
  'cita',
  'llamar',
  'medico',
  'tobillo',
  'pie',
  'rotula',
  'apoyar',
  'caminar',
  'necesito',
  'quiero',
  'horario',
  'abierto',
]);

const ENGLISH: ReadonlySet<string> = new Set([
  'the',
  'and',
  'my',
  'is',
  'it',
  'to',
  'of',
  'i',
  'in',
  'on',
  'can',
  'what',
  'how',
  'knee',
  'pain',
  'when',
  'after',
  'run',
  'running',
  'hurts',
  'have',
  'has',
  'with',
  'for',
  'this',
  'that',
  'do',
  'does',
  'you',
  'are',
  'be',
  'not',
  // Contractions, folded ("don't" → "don t", or typed "dont"): only English has them.
  'don',
  'dont',
  'didn',
  'didnt',
  'doesn',
  'doesnt',
  'isn',
  'isnt',
  'wasn',
  'couldn',
  'wouldn',
  'shouldn',
  'haven',
  'aren',
  'cant',
  'wont',
  'im',
  'ive',
]);

/** The language the function words among already folded words clearly point to, if any. */
export function functionWordLanguage(words: readonly string[]): WordLanguage | undefined {
  let spanish = 0;
  let english = 0;
  for (const w of words) {
    if (SPANISH.has(w)) spanish += 1;
    if (ENGLISH.has(w)) english += 1;
  }
  if (spanish >= 2 && spanish > english * 2) return 'es';
  if (english >= 2 && english > spanish * 2) return 'en';
  return undefined;
}

/** True when the message reads as Spanish rather than English (a few shared words are not enough). */
export function looksSpanish(text: string): boolean {
  // Lower case, accents off ("está" → "esta"), punctuation to spaces.
  return functionWordLanguage(foldToWords(text).split(' ')) === 'es';
}
