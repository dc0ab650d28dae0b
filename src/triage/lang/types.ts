// What triage needs to know about a language: how to read a message into sentences, the word
// classes its patterns use, and the context checks that decide whether a matched phrase is a present
// report (negated, hypothetical, over, someone else's). One profile per language (en.ts, es/).
import type { TriageContext } from '../subject';
import type { Hit, MatchWords } from '../match';
import type { Sentence } from '../normalize';
import type { WordClasses } from '../pattern';
import type { Knowledge } from '../../knowledge/types';
import type { Suspect } from '../suspect';

export type TriageLanguageId = 'en' | 'es';

export interface TriageLanguage {
  id: TriageLanguageId;
  /** Splits a message into normalised sentences (the pattern words are written in this form). */
  tokenize(text: string): Sentence[];
  /** The `$name` classes patterns may use. */
  classes: WordClasses;
  /** Real words, never read as typos of a pattern word. */
  commonWords: Iterable<string>;
  /** Words that stand for each other in patterns ("my" ~ "his"; "mi" ~ "su"). */
  sameRole: ReadonlyArray<readonly string[]>;
  /** A pattern holding one of these carries its own negation ("cant walk", "nopuede caminar"). */
  negationCues: ReadonlySet<string>;
  /** Words that don't use up a gap, and words that start a new statement after a comma or "and". */
  matchWords?: MatchWords;
  isNegated(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean;
  isHypothetical(sentence: Sentence, hit: Hit): boolean;
  isPastOrResolved(sentence: Sentence, hit: Hit, currentYear: number, transient: boolean): boolean;
  isAboutAnimal(sentence: Sentence, hit: Hit): boolean;
  /** A film, series, book or game, not a person's own body (the whole message may set the frame). */
  isAboutFiction(sentence: Sentence, sentences?: readonly Sentence[], sentenceIndex?: number): boolean;
  isRelativesPastEvent(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean;
  /** Someone else's sign beside the writer's own knee set apart ("… Mine's fine"): asked for themselves. */
  isOthersBesideOwn?(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean;
  /** The other person is already being seen ("he's being seen at Parkland"): their emergency needs no alarm either. */
  isOthersInCare?(sentences: readonly Sentence[]): boolean;
  isMeaningQuestion(sentence: Sentence, hit: Hit): boolean;
  /** A question about warning signs; the message beside it, where a question spans two ("… ? ¿es peligroso?"). */
  asksAboutWarningSigns(sentence: Sentence, sentences?: readonly Sentence[], sentenceIndex?: number): boolean;
  /** Talk in general or hypothetically, whatever it names ("¿qué pasa si …?", "what does it mean …"). */
  asksInGeneral(sentence: Sentence): boolean;
  /** Flags whose cues, spread over several sentences, are strong enough for the alarm when the rules are silent. */
  strongCueFlags(sentences: readonly Sentence[], year: number, context?: TriageContext): string[];
  /** Words that look like a report but are not: a joke about a hard race, a stranger's story retold. */
  isFigureOfSpeech?(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean;
  /**
   * A body sign the message itself accounts for: expected after a recent operation, muscle soreness after a new
   * class, someone else's injury remembered. Never read for a crisis flag (evenIfHypothetical: detect.ts).
   */
  isAccountedFor?(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean;
  /** The sign outlasted a passing cause ("still hasn't gone away"): a flag's `unlessPassing` explains nothing then. */
  outlastsItsCause?(sentences: readonly Sentence[]): boolean;
  /** A symptom said in teasing ("his knee 'gives out' at chore time 🙄"); never read for an emergency (detect.ts). */
  isTeasing?(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean;
  /** The knee was never otherwise ("never could"): not a new same-day sign (detect.ts skips emergencies). */
  isLifelong?(sentences: readonly Sentence[], sentenceIndex: number): boolean;
  /** The writer's own anatomy, said outright ("just how I'm built"): not a new sign, whatever its tier. */
  isBuiltThatWay?(sentences: readonly Sentence[], sentenceIndex: number): boolean;
  /** Topic number per sentence ("separately, my own knee …" starts a new one): a flag's parts must share one. */
  topicsOf?(sentences: readonly Sentence[]): number[];
  /** A closed past story or a question asked for work or teaching (English only). */
  isAllClearStory?(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean;
  /**
   * A requiresAll part named in a past sentence still names it for a present one ("skinned my knee last
   * Thursday … now it's red, hot"). English only: the Spanish profile does not yet tell a story's
   * later past-tense sentences from the present, so there it would revive a resolved story.
   */
  pastSentenceNames?: boolean;
  /**
   * true: a flag whose matches an `unless` only explained away ("for the last 3 weeks … limp": the 3 is no age)
   * still lets the cues across sentences raise it (strongCueFlags); a negated or past report still stops them.
   */
  cuesOutweighUnless?: boolean;
  /**
   * true: a red-flag sign asked about in a meaning question ("¿qué significa cuando la rodilla se dobla sola?") gets
   * the warning-signs answer, as a question about it in general; otherwise it is only dismissed (no alarm).
   */
  meaningAsksWarningSigns?: boolean;
  /** Whether the second line (the statistical safety question) is trained for this language. */
  secondLine: boolean;
  /** A second line of its own (cues only), for a language the statistical model is not trained on. */
  createSuspect?(knowledge: Knowledge): Suspect;
}
