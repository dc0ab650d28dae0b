// Who a message is about, across a conversation. A parent names the child once ("my son is 14 …")
// and then writes "he was limping, the knee woke him up": read alone, that has no child in it, and the
// child's same-day check (a limp or night pain) would be missed. The dialog keeps the child named
// earlier as the subject and passes it to triage (TriageContext) for messages that point to them.
// Pure; the word lists live in words/people.ts and lang/es/cues/whose.ts.
import { agesIn, CHILD_AGE, olderPersonIn } from './ages';
import { CHILD_WORDS } from './cues';
import { triageLanguage, type TriageLanguageId } from './lang';
import { ADULT_PERSON_WORDS, CHILD_WORDS as CHILD_WORDS_ES, THIRD_PERSON_WORDS } from './lang/es/cues/whose';
import type { Sentence } from './normalize';
import { recentlyUsed } from '../recentlyUsed';
import { injuredNow } from './suspect';
import { CHILD_PAIN_PLACES } from './words/secondLine';
import { ANYONE_WORDS, BOY_WORDS, GIRL_WORDS, HE_WORDS, MAN_WORDS, SHE_WORDS, WOMAN_WORDS } from './words/people';

/** A child named in the conversation, and which pronouns can point to them. */
export interface ChildSubject {
  he: boolean;
  she: boolean;
}

/** What triage is told about the conversation beside the message itself. */
export interface TriageContext {
  /** A child named earlier is who the message is about ("he's limping now"). */
  subject?: 'child';
  /** A fall or blow told in an earlier message ("I fell in the kitchen" … "I can't bend it very far"). */
  injured?: boolean;
  /** An age of 55 or more (or an older person's word) told in an earlier message: the Ottawa age. */
  older?: boolean;
  /** The knee (or hip, thigh, groin) named in an earlier message. */
  knee?: boolean;
}

/** The parts of an injury story one message tells: a present fall or blow, an Ottawa age, the knee. */
export interface StoryParts {
  injured: boolean;
  older: boolean;
  knee: boolean;
}

/**
 * What this message tells of an injury story, to be kept for the next messages (dialogs/subject.ts). English
 * only: the Spanish rules name the fall in the same message.
 */
export function storyParts(
  text: string | SubjectText,
  language: TriageLanguageId = 'en',
  year = new Date().getFullYear(),
): StoryParts {
  if (language !== 'en') return { injured: false, older: false, knee: false };
  const { sentences, words } = readText(text, language);
  return {
    injured: injuredNow(sentences, year),
    older: olderPersonIn(words),
    knee: words.some((w) => CHILD_PAIN_PLACES.has(w)),
  };
}

/**
 * A message tokenized once for the readings below: dialogs/subject.ts reads each message for the
 * story, the child named and the child pointed to, and each of these tokenized it again.
 */
export interface SubjectText {
  readonly sentences: readonly Sentence[];
  readonly words: readonly string[];
}

/**
 * The last texts read, by language and text: every turn reads its message here (about a thirtieth of an
 * FAQ turn's CPU was this tokenization), and buttons and common questions come back all the time. A pure
 * function of both, read only (SubjectText is readonly; no reading below writes it).
 */
const recentTexts = recentlyUsed<SubjectText>(500);

/** The text as the readings below tokenize it (pass the result to them instead of the text). */
export function readSubjectText(text: string, language: TriageLanguageId = 'en'): SubjectText {
  const key = `${language}\u0000${text}`;
  const held = recentTexts.get(key);
  if (held !== undefined) return held;
  const read = readSubjectTextPlain(text, language);
  recentTexts.set(key, read);
  return read;
}

/** readSubjectText without the memo (tests compare the two). */
export function readSubjectTextPlain(text: string, language: TriageLanguageId = 'en'): SubjectText {
  const sentences = triageLanguage(language).tokenize(text);
  return { sentences, words: sentences.flatMap((s) => s.words) };
}

function readText(text: string | SubjectText, language: TriageLanguageId): SubjectText {
  return typeof text === 'string' ? readSubjectText(text, language) : text;
}

function wordsOf(text: string | SubjectText, language: TriageLanguageId): readonly string[] {
  return readText(text, language).words;
}

/** The child this message names, if any ("my son is 14", "our daughter", "mi hijo de 12 años"). */
export function childNamed(text: string | SubjectText, language: TriageLanguageId = 'en'): ChildSubject | undefined {
  const words = wordsOf(text, language);
  if (language === 'es') {
    const named = words.some((w) => CHILD_WORDS_ES.has(w)) || agesIn(words).some((age) => age < CHILD_AGE);
    return named ? { he: true, she: true } : undefined;
  }
  const boy = words.some((w) => BOY_WORDS.has(w));
  const girl = words.some((w) => GIRL_WORDS.has(w));
  if (boy || girl) return { he: boy, she: girl };
  const child = words.some((w) => CHILD_WORDS.has(w)) || agesIn(words).some((age) => age < CHILD_AGE);
  return child ? { he: true, she: true } : undefined;
}

/**
 * The message points to the child named earlier: a pronoun that fits them ("he", "her knee"), and no
 * other person it could point to instead ("my husband says he …"; "my wife told me he …" is still the son).
 */
export function pointsToChild(
  text: string | SubjectText,
  child: ChildSubject,
  language: TriageLanguageId = 'en',
): boolean {
  const words = wordsOf(text, language);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  if (language === 'es') return has(THIRD_PERSON_WORDS) && !has(ADULT_PERSON_WORDS);
  if (has(ANYONE_WORDS)) return false;
  const viaHe = child.he && has(HE_WORDS) && !has(MAN_WORDS);
  const viaShe = child.she && has(SHE_WORDS) && !has(WOMAN_WORDS);
  return viaHe || viaShe;
}
