// Which language the conversation speaks, message by message, and safety across both languages.
// Pure (no botbuilder). The detector itself (function words of each language) lives in
// src/text/language.ts; this file decides what a turn does with its verdict:
//   - an explicit choice wins ("Español", "en español por favor", "English please");
//   - a message that reads as Spanish switches to Spanish, one that reads as English back to English;
//   - a Spanish greeting or command on its own ("hola", "gracias", "ayuda") is Spanish;
//   - anything too short or mixed to tell ("ok", "sí", "me duele la knee") keeps the current language;
//   - the first hint is the channel's locale (Web Chat sends 'es-US' from a Spanish page).
// Red flags never depend on that guess: both triages read every message and the higher tier wins.
import { TIER_RANK, type Knowledge, type Language, type RedFlag } from '../../src/knowledge/types';
import { functionWordLanguage } from '../../src/text/language';
import type { LanguageDetector } from '../../src/matching/languageDetector';
import { foldToWords } from '../../src/text';
import type { Triage, TriageContext, TriageOutcome, TriageResult } from '../../src/triage';
import { isSpanishCommand } from '../commands';

/** "español", "en español por favor", "spanish please", "hablo español", "prefiero español". */
const WANTS_SPANISH =
  /^(?:(?:gracias|thanks|thank you|ok|okay|sorry|perdon|hola|hi|en|in|quiero|prefiero|hablo|habla|hable|hablame|hableme|puede|puedes|por favor|please|solo|only)\s+)*(?:espanol|spanish|castellano)(?:\s+(?:por favor|porfa|please|pls|gracias))?$/;
/** "english", "in english please", "prefiero ingles", "en ingles". */
const WANTS_ENGLISH =
  /^(?:(?:gracias|thanks|thank you|ok|okay|sorry|perdon|hola|hi|in|en|speak|please|i prefer|prefiero|quiero|can you|could you|only)\s+)*(?:english|ingles)(?:\s+(?:please|pls|por favor|thanks))?$/;
/**
 * The same asked as a sentence: "sorry, can you switch to English?", "can you answer in english
 * please", "switch to spanish", "¿puede contestar en español?", "cámbiale a inglés".
 */
const ASKS_FOR =
  /^(?:(?:sorry|ok|okay|oh|hi|hey|please|perdon|disculpe|oiga|por favor)\s+)*(?:(?:can|could|would|will) you\s+(?:please\s+)?|(?:puede|puedes|podria|podrias)\s+(?:por favor\s+)?|please\s+|por favor\s+)?(?:answer|reply|respond|speak|talk|write|switch|change|continue|go on|go back|carry on|contestar|contestarme|responder|responderme|hablar|hablarme|escribir|escribirme|seguir|continuar|cambiar|cambia|cambiale)(?:\s+(?:back|me|to me|conmigo))?\s+(?:to|in|into|en|a|al)\s+(english|ingles|espanol|spanish|castellano)(?:\s+(?:please|pls|instead|por favor|porfa|thanks|gracias))*$/;

/** An explicit request for a language (a button or typed), or undefined. */
export function languageRequest(text: string): Language | undefined {
  const t = foldToWords(text).trim();
  if (WANTS_SPANISH.test(t)) return 'es';
  if (WANTS_ENGLISH.test(t)) return 'en';
  const asked = ASKS_FOR.exec(t)?.[1];
  if (asked) return asked === 'english' || asked === 'ingles' ? 'en' : 'es';
  return undefined;
}

/** "prefiero español", "hablo español" anywhere in a longer message: a Spanish speaker's preference. */
const PREFERS_SPANISH = /\b(?:prefiero|hablo|en|speak|prefer)\s+(?:espanol|spanish)\b/;

export function prefersSpanish(text: string): boolean {
  return PREFERS_SPANISH.test(foldToWords(text));
}

/** The language a channel locale names ('es-US', 'es' → Spanish; anything else English). */
export function localeLanguage(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'es' ? 'es' : primary === 'en' ? 'en' : undefined;
}

/**
 * The language of this turn: an explicit request, else what the message clearly reads as, else
 * the conversation's language so far (or the channel's locale on a first message).
 */
export function turnLanguage(
  text: string,
  current: Language | undefined,
  locale?: string,
  detect: LanguageDetector = listsOnly,
): Language {
  const asked = languageRequest(text);
  if (asked) return asked;
  if (isSpanishCommand(text)) return 'es';
  return detect(text) ?? current ?? localeLanguage(locale) ?? 'en';
}

/** The function-word lists alone (without the knowledge's vocabularies: unit tests, English-only setups). */
function listsOnly(text: string): Language | undefined {
  return functionWordLanguage(foldToWords(text).split(' '));
}

/** The safer of two triage outcomes: a red flag beats anything; between two, the higher tier. */
export function saferOutcome(a: TriageOutcome, b: TriageOutcome): TriageOutcome {
  if (a.kind === 'red-flag' && b.kind === 'red-flag') {
    const first = TIER_RANK[b.result.tier] < TIER_RANK[a.result.tier] ? b : a;
    const other = first === a ? b : a;
    const ids = new Set(first.result.flags.map((f) => f.id));
    const flags = [...first.result.flags, ...other.result.flags.filter((f) => !ids.has(f.id))].sort(
      (x, y) => TIER_RANK[x.tier] - TIER_RANK[y.tier],
    );
    return { kind: 'red-flag', result: { tier: first.result.tier, flags } };
  }
  if (a.kind === 'red-flag') return a;
  if (b.kind === 'red-flag') return b;
  if (a.kind === 'warning-signs-question') return a;
  return b;
}

/**
 * The other reading's red flag without the flags `own` (the reading of the language the message is written in)
 * saw and dismissed; `own` when none is left.
 */
function ruledOut(
  own: TriageOutcome,
  other: TriageOutcome & { kind: 'red-flag' },
  dismissed: ReadonlySet<string> | undefined,
): TriageOutcome {
  if (dismissed === undefined || dismissed.size === 0) return saferOutcome(own, other);
  const flags = other.result.flags.filter((f) => !dismissed.has(f.id));
  if (flags.length === other.result.flags.length) return saferOutcome(own, other);
  if (flags.length === 0) return own;
  const top = flags.reduce((x, y) => (TIER_RANK[y.tier] < TIER_RANK[x.tier] ? y : x));
  return { kind: 'red-flag', result: { tier: top.tier, flags } };
}

/**
 * One Triage that reads every message in both languages (each reading knows its own language; the
 * first is asked first for the second line's safety question); the result's flags are in whichever language found them — render them
 * with inLanguage().
 */
export function bothLanguages(first: Triage, second: Triage): Triage {
  // Each reading says its language, so the order the two are given in does not matter.
  const firstLanguage = first.language ?? 'en';
  const secondLanguage = second.language ?? (firstLanguage === 'en' ? 'es' : 'en');
  const classify = (text: string, context?: TriageContext): TriageOutcome => {
    const a = first.classify(text, context);
    const b = second.classify(text, context);
    // "what happens if someone types they have chest pain": the reading of the language the message
    // is written in knows its "what if"; the other one only knows the borrowed symptom words. (A flag
    // that stands even when hypothetical, such as self-harm, is a red flag in both readings.)
    // (Read only when the two readings disagree that way: most messages need no language here.)
    const written = (): Language | undefined => functionWordLanguage(foldToWords(text).split(' '));
    if (a.kind === 'warning-signs-question' && b.kind === 'red-flag' && written() === firstLanguage) return a;
    if (b.kind === 'warning-signs-question' && a.kind === 'red-flag' && written() === secondLanguage) return b;
    // "dislocated my kneecap 20 yrs ago playing futbol, now it aches": one Spanish word lets the Spanish reading
    // in, and it does not know English time words. In an English message the English reading's verdict on a
    // sign it saw (past, resolved, negated, explained) stands; a flag only the Spanish words carry still counts.
    if (a.kind !== 'red-flag' && b.kind === 'red-flag' && firstLanguage === 'en' && written() === 'en')
      return ruledOut(a, b, first.dismissed?.(text, context));
    if (b.kind !== 'red-flag' && a.kind === 'red-flag' && secondLanguage === 'en' && written() === 'en')
      return ruledOut(b, a, second.dismissed?.(text, context));
    return saferOutcome(a, b);
  };
  return {
    classify,
    assess(text, context) {
      const outcome = classify(text, context);
      return outcome.kind === 'red-flag' ? outcome.result : null;
    },
    suspect: (text) => first.suspect(text) ?? second.suspect(text),
    dismissed: (text, context) =>
      new Set([...(first.dismissed?.(text, context) ?? []), ...(second.dismissed?.(text, context) ?? [])]),
    signsNamed(text) {
      const named = first.signsNamed(text);
      return [...named, ...second.signsNamed(text).filter((f) => !named.some((n) => n.id === f.id))];
    },
  };
}

/** The same flags, with their wording in `knowledge`'s language (ids are shared across languages). */
export function inLanguage(result: TriageResult, knowledge: Knowledge): TriageResult {
  return { ...result, flags: result.flags.map((f) => flagIn(f, knowledge)) };
}

function flagIn(flag: RedFlag, knowledge: Knowledge): RedFlag {
  return knowledge.redFlags.find((f) => f.id === flag.id) ?? flag;
}
