// When may the Spanish triage speak? Every message is read by both triages (the higher tier wins,
// dialogs/decisions/language.ts), but the Spanish one knows neither English negation nor English
// hypotheticals, and its Spanglish cues include English words: left alone it alarmed on 14 % of the
// English near misses ("my calf isn't swollen", "what if it locks?"). So it speaks only when the
// message holds Spanish: an accent, ñ or ¿¡, a word only the Spanish vocabulary has, or no English
// word at all ("kiero morirme"). Vocabularies come from each language's knowledge and triage words,
// so a new Spanish entry or flag widens the evidence by itself. Measured on every labelled Spanish
// message: the gated triage answers exactly as the ungated one (tests/triage/combined.test.ts).
import type { Knowledge, KnowledgeSet } from '../../knowledge/types';
import { foldToWords, SPANISH_MARKS, wordsIn as words } from '../../text';
import { createTriage, type Triage, type TriageOptions } from '../detect';
import { ENGLISH } from './en';
import { SPANISH } from './es';
import { SPANISH_COMMON_WORDS } from './es/commonWords';
import { COMMON_WORDS } from '../commonWords';
import * as bodyClasses from '../words/bodyClasses';
import * as hypothetical from '../words/hypothetical';
import * as negation from '../words/negation';
import * as people from '../words/people';
import * as secondLine from '../words/secondLine';
import * as secondLineSigns from '../words/secondLineSigns';
import * as symptomClasses from '../words/symptomClasses';
import * as time from '../words/time';
import * as warningSigns from '../words/warningSigns';
import type { TriageLanguage } from './types';

/** English the Spanish patterns carry for Spanglish that the English side reads by other words. */
const ENGLISH_ALSO = ['suicidal', 'tattoo', 'tattoos', 'tattooed'];
/**
 * Everyday English words that are also Spanish ("my actual question", "a total of", "the final mile"): not
 * evidence of Spanish by themselves. Short Spanish function words (sin, con, pie) stay evidence.
 */
const ENGLISH_HOMOGRAPHS = [
  'actual',
  'final',
  'total',
  'era',
  'solo',
  'tan',
  'sale',
  'salsa',
  'rodeo',
  'mosquito',
  'favor',
  // the VA (Veterans Affairs): "treated for a knee infection at the VA"
  'va',
];
/** Spanish too short for the vocabularies (one letter): "knee hot y con fever". */
const SPANISH_ALSO = ['y'];
/** English messages written in both languages on purpose (their Spanish is not English vocabulary). */
const BILINGUAL_MESSAGES = new Set(['not-english']);

function vocabulary(knowledge: KnowledgeSet['en'], lang: TriageLanguage, common: readonly string[]): Set<string> {
  const { entries, clinic, synonyms, outOfScope, redFlags, locations } = knowledge;
  const messages = Object.entries(knowledge.messages).filter(([key]) => !BILINGUAL_MESSAGES.has(key));
  return new Set([
    ...words([entries, messages, clinic, synonyms, outOfScope, redFlags, locations]),
    ...words(Object.values(lang.classes)),
    ...words(common),
  ]);
}

/** The two vocabularies of spanishEvidence: every English word, and the Spanish words English lacks. */
function vocabularies(set: KnowledgeSet): { english: Set<string>; spanishOnly: Set<string> } {
  const english = vocabulary(set.en, ENGLISH, COMMON_WORDS);
  for (const w of words([
    bodyClasses,
    hypothetical,
    negation,
    people,
    secondLine,
    secondLineSigns,
    symptomClasses,
    time,
    warningSigns,
  ]))
    english.add(w);
  for (const w of [...ENGLISH_ALSO, ...ENGLISH_HOMOGRAPHS]) english.add(w);
  // The Spanish side's own Spanglish (English words in its classes) is English here.
  const spanishOnly = new Set([
    ...[...vocabulary(set.es, SPANISH, SPANISH_COMMON_WORDS)].filter((w) => !english.has(w)),
    ...SPANISH_ALSO,
  ]);
  return { english, spanishOnly };
}

/** Vocabularies not built yet: warmSpanishEvidence() builds them (src/index.ts, after listening). */
const unbuilt = new Set<() => unknown>();

/** Builds the vocabularies of every spanishEvidence made so far (otherwise the first message does). */
export function warmSpanishEvidence(): void {
  for (const build of [...unbuilt]) build();
}

/**
 * A test for Spanish in a message, from both languages' knowledge. The vocabularies (a tenth of
 * start-up) are built when first needed or warmed, not on the start-up path.
 */
export function spanishEvidence(set: KnowledgeSet): (text: string) => boolean {
  let built: ReturnType<typeof vocabularies> | undefined;
  const build = (): ReturnType<typeof vocabularies> => {
    unbuilt.delete(build);
    return (built ??= vocabularies(set));
  };
  unbuilt.add(build);
  return (text) => {
    if (SPANISH_MARKS.test(text)) return true;
    const { english, spanishOnly } = built ?? build();
    const tokens = foldToWords(withoutNames(text)).split(' ').filter(Boolean);
    return tokens.some((w) => spanishOnly.has(w)) || !tokens.some((w) => english.has(w));
  };
}

/** A capitalised word inside a sentence: a name ("hiked Palo Duro", "we live in Las Colinas"). */
const NAME_INSIDE = /(?<![.!?¿¡\n]\s*)(?<!^\s*)(?<![\p{L}'’])\p{Lu}\p{Ll}+/gu;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * The text without the names inside its sentences: Texas is full of Spanish place names ("did 11 miles at
 * Palo Duro"), and a name is no sign that the writer speaks Spanish. Not when most words are capitalised
 * ("Me Duele La Rodilla"): then capitals say nothing about names.
 */
function withoutNames(text: string): string {
  const words = text.match(/\p{L}+/gu) ?? [];
  const titled = words.filter((w) => TITLE_WORD.test(w)).length;
  if (titled * 10 > words.length * 3) return text;
  return text.replace(NAME_INSIDE, ' ');
}

/** The same triage, silent on messages `speaks` rejects. */
export function onlyWhen(triage: Triage, speaks: (text: string) => boolean): Triage {
  // A turn asks classify and then suspect about one text: the (pure) gate is read once for it.
  let last: { text: string; yes: boolean } | undefined;
  const gate = (text: string): boolean => (last?.text === text ? last : (last = { text, yes: speaks(text) })).yes;
  return {
    ...(triage.language ? { language: triage.language } : {}),
    classify: (text, context) => (gate(text) ? triage.classify(text, context) : { kind: 'none' }),
    assess: (text, context) => (gate(text) ? triage.assess(text, context) : null),
    suspect: (text) => (gate(text) ? triage.suspect(text) : null),
    signsNamed: (text) => (gate(text) ? triage.signsNamed(text) : []),
    dismissed: (text, context) => (gate(text) ? (triage.dismissed?.(text, context) ?? new Set()) : new Set()),
  };
}

/** The Spanish triage as the bot runs it beside the English one: silent on messages without Spanish. */
export function createSpanishTriage(set: KnowledgeSet, options: Omit<TriageOptions, 'language'> = {}): Triage {
  return onlyWhen(createTriage(set.es, { ...options, language: 'es' }), spanishEvidence(set));
}

/**
 * The triages the bot runs, built one way for src/app.ts and tests/dialogs/harness.ts alike so the two
 * cannot drift: English, and beside it (when there is Spanish knowledge) the gated Spanish one.
 */
export function createBotTriages(
  set: { en: Knowledge; es?: Knowledge },
  options: Omit<TriageOptions, 'language'> = {},
): { en: Triage; es?: Triage } {
  const en = createTriage(set.en, options);
  return set.es ? { en, es: createSpanishTriage({ en: set.en, es: set.es }, options) } : { en };
}
