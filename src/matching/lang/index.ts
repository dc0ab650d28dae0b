// What the matcher needs to know about a language, in one object: how text becomes words and stems,
// which words carry no topic, which words put a message about the knee, and how a sentence that
// asks is recognised. English (en.ts) and Spanish (es.ts) each keep their word lists in their own
// file; everything else in src/matching is the same for both.
import { ENGLISH } from './en';
import { SPANISH } from './es';

import type { Language } from '../../knowledge/types';

export type MatchLanguage = Language;

export interface LanguageProfile {
  readonly id: MatchLanguage;
  /** Text → surface tokens (folded, contractions expanded, number words as digits). */
  tokenize(text: string): string[];
  /** Light, conservative stemmer (plurals, verb endings; Spanish: gender too). */
  stem(token: string): string;
  /** Function words that carry no topic. */
  readonly stopWords: ReadonlySet<string>;
  /** Real words that are never read as typos of a knowledge word ("went" is not "want"). */
  readonly realWords: ReadonlySet<string>;
  /** Words skipped inside a synonym phrase in a message ("back of my knee" = "back of knee"). */
  readonly phraseFillers: ReadonlySet<string>;
  /** Of those, the ones a curated key keeps ("right away"). */
  readonly keyKeeps: ReadonlySet<string>;
  /** Surface words that put a message about the knee (stemmed and synonym-rewritten at build). */
  readonly kneeWords: readonly string[];
  /** Words that say something hurts (after synonyms), to tell the sore place from a place only mentioned. */
  readonly painWords: readonly string[];
  /** Words too generic to tie a long post's story to a clinic action ("knee", "pain"). */
  readonly genericWords: readonly string[];
  /**
   * Names of diagnoses ("osteoarthritis", "ACL", "Baker's cyst"): a long post that names one lifts
   * the entry (or two) about it, whatever sentence of the story names it (after synonyms).
   */
  readonly diagnosisWords: readonly string[];
  /**
   * Of the diagnosisWords, those that say whose knee it is ("child"), not what is wrong with it:
   * a post that speaks of "my knee" does not name them ("playing football with my 2 boys, twisted
   * my knee" is the parent's knee).
   */
  readonly personWords: readonly string[];
  /**
   * Activities with a knee entry of their own ("cycling", "squat"): in a long post's story, one
   * named in a sentence that speaks of the knee or a pain is the context the question asks in
   * ("when I cycle I get pain at the front… should I push through?"), so it keeps its full say.
   */
  readonly activityWords: readonly string[];
  /** Surface words that deny or doubt what a sentence names ("not", "doubt", "thinks"). */
  readonly doubtWords: ReadonlySet<string>;
  /** Of those, the ones that fear a condition or want to keep it off ("worried", "prevent"); optional. */
  readonly fearWords?: ReadonlySet<string>;
  /** Surface words of a question about keeping a condition off ("anything to prevent this?"); optional. */
  readonly preventWords?: ReadonlySet<string>;
  /** Surface words for someone else ("she", "him"): a question that uses them asks about that person; optional. */
  readonly thirdPerson?: ReadonlySet<string>;
  /**
   * How a report says a structure is sound right after its name ("his ACL and MCL were fine", "the
   * meniscus is more or less healthy"): a linking verb, a few hedge words, then a word for sound.
   * Surface words. Only with the linking verb: "I have osteoarthritis but I feel fine" still names it.
   */
  readonly soundAfter: {
    readonly links: ReadonlySet<string>;
    readonly hedges: ReadonlySet<string>;
    readonly words: ReadonlySet<string>;
  };
  /**
   * Surface words by which the writer speaks of their own body ("I", "me"; "my" just before the
   * knee word): "my dog tore his ACL" is about a pet's knee, "I tripped over my dog" about theirs.
   */
  readonly selfWords: ReadonlySet<string>;
  readonly possessive: ReadonlySet<string>;
  /**
   * A one-word place ("back", "inside") is not a place on the knee right after one of `before`
   * ("came back", "a few months back") or right before one of `after` ("back to running", "back
   * on the treadmill", "back to back"): a long post's story is full of these idioms.
   */
  readonly placeIdioms: { readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  /**
   * Question words and modals ("how", "should", "can"): the long-post reranker reads what a
   * sentence that asks asks by each of them and the word after ("how long", "should i", "can i").
   */
  readonly questionWords: ReadonlySet<string>;
  /** True when a sentence (or clause) asks something. */
  asks(sentence: string): boolean;
  /** Where a sentence holding two questions splits (index of the comma), or -1. */
  secondQuestionAt(sentence: string): number;
}

const PROFILES: Readonly<Record<MatchLanguage, LanguageProfile>> = { en: ENGLISH, es: SPANISH };

export function languageProfile(language: MatchLanguage = 'en'): LanguageProfile {
  return PROFILES[language];
}

export { SPANISH };
