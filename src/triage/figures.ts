// Words that look like a report but are not one: a joke about a hard race ("I want to die, my marathon
// time was awful 😂") and a stranger's story retold ("one guy said his knee swelled up like a balloon").
// Pure; English words (the Spanish profile does not use these checks).
import { FIRST_PERSON, MEANING_QUESTION_OPENINGS, RELATIVE_WORDS } from './cues';
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { phraseAt } from './phrases';
import {
  CAUSE_GUARDS,
  CHORE_WORDS,
  DOUBT_WORDS,
  FEELINGS_DIED_OF,
  HOBBY_WORDS,
  JOKE_BREAKERS,
  PAST_DEATH_MARKERS,
  REQUEST_WORDS,
  TEASED_PEOPLE,
  TREATMENT_WORDS,
  TEASING_BLOCKERS,
} from './words/harmless';
import { INJURY_WORDS } from './words/secondLine';
import { STRANGER_WORDS } from './words/people';
import { LAUGH_WORDS as TYPED_LAUGHS } from './words/workoutSoreness';

/** Words of dying that sports talk uses for effort. */
const DEATH_WORDS: ReadonlySet<string> = new Set(['die', 'dying', 'died', 'dead']);
/** Laughter typed or read from an emoji (normalize.ts reads 😂 🤣 as "lol"). */
const LAUGH_WORDS: ReadonlySet<string> = new Set([
  'lol',
  'lmao',
  'lmfao',
  'haha',
  'hahaha',
  'rofl',
  'jk',
  'kidding',
  'joking',
]);
/** A race or a hard session. */
const EFFORT_WORDS: ReadonlySet<string> = new Set([
  'marathon',
  'race',
  'mile',
  'miles',
  'km',
  'workout',
  'hill',
  'pace',
  'pb',
  'pr',
  'splits',
  'ultra',
  'parkrun',
  'triathlon',
  'gym',
  'session',
  'training',
  'finish',
]);
/**
 * Being seen in something, the teen's "I'd rather die than wear a knee brace to prom lol": embarrassment,
 * said with a laugh, is no wish to die.
 */
const SEEN_IN_WORDS: ReadonlySet<string> = new Set([
  'wear',
  'wearing',
  'seen',
  'prom',
  'homecoming',
  'dance',
  'formal',
  'photos',
  'pictures',
  'outfit',
  'dress',
  'kneebrace',
  'brace',
  'crutches',
]);
/** Said with these, death talk is meant: never a joke. */
const MEANT_WORDS: ReadonlySet<string> = new Set([
  'myself',
  'suicide',
  'suicidal',
  'pills',
  'tablets',
  'overdose',
  'end',
  'ending',
  'life',
  'live',
  'living',
  'ways',
  'anymore',
  'burden',
  'hopeless',
  'point',
]);

/**
 * "I want to die, my marathon time was awful 😂": the match is about dying, the message laughs and
 * talks about a race or a session, and nothing in it says the thought is meant.
 */
export function isEffortJoke(sentences: readonly Sentence[], sentence: Sentence, hit: Hit): boolean {
  if (!hit.some((i) => DEATH_WORDS.has(sentence.words[i] as string))) return false;
  const words = sentences.flatMap((s) => s.words);
  if (words.some((w) => MEANT_WORDS.has(w))) return false;
  // The joke is about a race, a session, a sport or hobby given up ("I'd rather die than give up tennis lol"),
  // being seen in something ("rather die than wear a knee brace to prom lol"), or an exercise ("wanna die every time my trainer says wall sits 💀").
  const about = words.some(
    (w) => EFFORT_WORDS.has(w) || HOBBY_WORDS.has(w) || EXERCISE_UNITS.has(w) || SEEN_IN_WORDS.has(w),
  );
  return (words.some((w) => LAUGH_WORDS.has(w)) && about) || oneMoreRep(sentence, hit);
}

/**
 * "the IT band work was brutal, I wanted to die on that table 😂 book me again in 2 wks": dying said of a
 * treatment already over (past tense), with a real laugh and an everyday request, and nothing that says the
 * thought is meant or a mood is low. "I want to die" (now) is never this: the crisis alarm stays.
 */
export function isTreatmentJoke(sentences: readonly Sentence[], sentence: Sentence, hit: Hit): boolean {
  const at = hit.findIndex((i) => DEATH_WORDS.has(sentence.words[i] as string));
  if (at < 0) return false;
  const death = hit[at] as number;
  // The past is the match's own verb, or said just before it ("thought i would die"), not a story's frame.
  const before = sentence.words.slice(Math.max(0, (hit[0] as number) - 2), death + 1);
  if (!before.some((w) => PAST_DEATH_MARKERS.has(w))) return false;
  const words = sentences.flatMap((s) => s.words);
  if (words.some((w) => MEANT_WORDS.has(w) || JOKE_BREAKERS.has(w))) return false;
  return (
    words.some((w) => TYPED_LAUGHS.has(w)) &&
    words.some((w) => TREATMENT_WORDS.has(w)) &&
    words.some((w) => REQUEST_WORDS.has(w))
  );
}

/** The match speaks of dying: a check that must not explain such words away (a dream of dying may be a wish). */
export function speaksOfDeath(sentence: Sentence, hit: Hit): boolean {
  return hit.some((i) => DEATH_WORDS.has(sentence.words[i] as string));
}

/**
 * "I want to die... of embarrassment", "could die of shame", "dying of laughter": dying of a feeling, said
 * right after the match (a "..." may split it into the next sentence), and nothing in the message says the
 * thought is meant.
 */
export function isFeelingDiedOf(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  if (!speaksOfDeath(sentence, hit)) return false;
  if (sentences.some((x) => x.words.some((w) => MEANT_WORDS.has(w)))) return false;
  const last = hit[hit.length - 1] as number;
  const rest = sentence.words.slice(last + 1);
  const after = rest.length > 0 ? rest : (sentences[s + 1]?.words ?? []);
  if (FEELINGS_DIED_OF.has(after[0] as string)) return true; // "dying laughing"
  if (after[0] !== 'of' && after[0] !== 'from') return false;
  // "of pure embarrassment", "of the cringe"
  return after.slice(1, 4).some((w) => FEELINGS_DIED_OF.has(w));
}

/** "One more … of these": a count of exercise the joke is about. */
const ONE_MORE: ReadonlyArray<readonly string[]> = [['one', 'more'], ['another'], ['any', 'more']];
/**
 * A unit of exercise: "one more wall sit", "another set of lunges", "one more hill". Only words that name
 * exercise and nothing else ("another round of chemo and I'd rather be dead" is meant).
 */
const EXERCISE_UNITS: ReadonlySet<string> = new Set([
  'sit',
  'sits',
  'squat',
  'squats',
  'lunge',
  'lunges',
  'burpee',
  'burpees',
  'plank',
  'planks',
  'rep',
  'reps',
  'lap',
  'laps',
  'sprint',
  'sprints',
  'interval',
  'intervals',
  'hill',
  'hills',
  'mile',
  'miles',
  'km',
  'workout',
  'marathon',
  'race',
  'parkrun',
  'pushup',
  'pushups',
  'situp',
  'situps',
  'deadlift',
  'deadlifts',
]);

/**
 * "If I have to do one more wall sit I'm gonna die": "one more" / "another" with a unit of exercise
 * before the death words in the same sentence is the effort joke (not "one more day like this").
 */
function oneMoreRep(sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  const first = hit[0] as number;
  for (let i = 0; i < first; i += 1) {
    const phrase = ONE_MORE.find((p) => phraseAt(words, i, p));
    if (phrase === undefined) continue;
    const after = words.slice(i + phrase.length, Math.min(first, i + phrase.length + 4));
    if (after.some((w) => EXERCISE_UNITS.has(w))) return true;
  }
  return false;
}

const SAID_WORDS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'wrote',
  'writes',
  'posted',
  'mentioned',
  'described',
  'describes',
  'explained',
  // a story heard or read: "a horror story about a guy whose calf swelled up", "heard about a man whose …"
  'story',
  'stories',
  'heard',
  'read',
]);

/**
 * "one guy said his knee swelled up like a balloon": a stranger's story retold, a few words before
 * the match, with no "I" or "my" in what was said. Not "someone said my knee looks swollen".
 */
export function isStrangersStory(sentence: Sentence, hit: Hit): boolean {
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const { words } = sentence;
  const start = Math.max(0, first - 6);
  const before = words.slice(start, first);
  const said = before.findIndex((w) => SAID_WORDS.has(w));
  if (said < 0) return false;
  // "one guy said …", or "my coach told us about a guy whose …" (or "about her cousin whose …"): the other
  // person before or just after "said".
  const strangerBefore = before.slice(0, said).some((w) => STRANGER_WORDS.has(w));
  const after = before.slice(said + 1);
  const about = after.indexOf('about');
  const strangerAfter =
    about >= 0 && after.slice(about + 1, about + 4).some((w) => STRANGER_WORDS.has(w) || RELATIVE_WORDS.has(w));
  if (!strangerBefore && !strangerAfter) return false;
  // What was said is about someone else: no "I" or "my" from "said" (or, in "told me about a guy whose …",
  // from the stranger) to the end of the match.
  const from = strangerBefore ? start + said : start + said + 1 + about + 1;
  return !words.slice(from, last + 1).some((w) => FIRST_PERSON.has(w));
}

/** Seeing other people's injuries at work: "as an ER nurse I see a lot of kneecap dislocations". */
const CASELOAD_VERBS: ReadonlySet<string> = new Set(['see', 'treat', 'handle', 'deal', 'saw', 'seen', 'treated']);
const CASELOAD_AMOUNTS: ReadonlySet<string> = new Set([
  'lot',
  'lots',
  'many',
  'worst',
  'plenty',
  'kinds',
  'tons',
  'loads',
]);

const CASE_WORDS: ReadonlySet<string> = new Set(['patient', 'patients', 'client', 'clients', 'resident', 'residents']);
const CASE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'one', 'this', 'that', 'another', 'our']);

/**
 * A caseload, not a report: "I / we see (treat, deal with) a lot of / the worst …" a few words before the
 * match, with no "my" between, in the same sentence ("I work in the ER so I see the worst knees, dislocations").
 */
export function isCaseload(sentence: Sentence, hit: Hit): boolean {
  const first = hit[0] as number;
  const { words } = sentence;
  // One case at work: "we had a patient with a cold, pale foot today" (a / one / this patient, no "my" after).
  for (let i = Math.max(1, first - 8); i < first; i += 1) {
    if (!CASE_WORDS.has(words[i] as string) || !CASE_DETERMINERS.has(words[i - 1] as string)) continue;
    if (!words.slice(i + 1, first).some((w) => w === 'my' || w === 'i')) return true;
  }
  for (let i = Math.max(1, first - 10); i < first; i += 1) {
    const subject = words[i - 1];
    if (!CASELOAD_VERBS.has(words[i] as string) || (subject !== 'i' && subject !== 'we')) continue;
    const between = words.slice(i + 1, first);
    if (between.includes('my')) return false;
    return between.slice(0, 4).some((w) => CASELOAD_AMOUNTS.has(w));
  }
  return false;
}

/** Asking what a term means: "can you explain what a patellar dislocation is?", "what's a Baker's cyst?" */
const DEFINE_VERBS: ReadonlySet<string> = new Set(['explain', 'define', 'describe', 'definition', 'meaning']);
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our', 'mine']);

/**
 * A question about a word, not a report: a defining verb or "what (is) a/an" before the match, and no
 * one's own body part in the sentence ("what is a dislocation" — not "what is my kneecap doing out of place").
 */
export function isDefinitionQuestion(sentence: Sentence, hit: Hit): boolean {
  if (!sentence.question) return false;
  const { words } = sentence;
  const first = hit[0] as number;
  if (words.some((w) => POSSESSIVES.has(w))) return false;
  const before = words.slice(Math.max(0, first - 6), first);
  const asksWhat = before.some(
    (w, i) => (w === 'what' || w === 'whats') && ['a', 'an', 'is'].includes(before[i + 1] as string),
  );
  const defines = before.some((w) => DEFINE_VERBS.has(w));
  // "what does it mean when a kneecap dislocates?": what an event means, said of "a" knee, nobody's.
  const meansOfAny =
    MEANING_QUESTION_OPENINGS.some((phrase) => phraseAt(words, 0, phrase)) &&
    before.some((w) => w === 'a' || w === 'an') &&
    !words.some((w) => FIRST_PERSON.has(w));
  if (meansOfAny) return true;
  // "explain what a … is" asks for a meaning; "I can't walk, explain" has "i" after the cue.
  if ((asksWhat || defines) && !words.slice(first).some((w) => FIRST_PERSON.has(w))) return true;
  return isTopicQuestion(sentence, first);
}

/** What people look up about a condition: how it heals, how long, how it is treated. */
const TOPIC_WORDS: ReadonlySet<string> = new Set([
  'recovery',
  'recover',
  'recovering',
  'heal',
  'healing',
  'treatment',
  'treated',
  'treat',
  'rehab',
  'prognosis',
  'usual',
  'typical',
  'typically',
  'average',
  'timeline',
]);

/** How things usually are: a question with one of these and nobody in it asks in general. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['usually', 'typically', 'generally', 'normally', 'commonly']);

/**
 * "What's the usual recovery time for a patella dislocation?": a question about a condition named with
 * "a"/"an", what it looks up (recovery, treatment), and nobody in the sentence ("I", "my"). Not "how long
 * will my dislocated kneecap take to heal?" nor "is a dislocated kneecap an emergency?" (no topic word).
 */
function isTopicQuestion(sentence: Sentence, first: number): boolean {
  const { words } = sentence;
  if (words.some((w) => FIRST_PERSON.has(w))) return false;
  // "Are bone tumors in the knee usually painful?": what is usual for a condition, asked about nobody.
  if (words.some((w) => GENERIC_WORDS.has(w))) return true;
  const article = words.slice(Math.max(0, first - 2), first).some((w) => w === 'a' || w === 'an');
  return article && words.slice(0, first).some((w) => TOPIC_WORDS.has(w));
}

/**
 * "he swears his knee 'gives out' every time we ask him to take out the trash 🙄": a symptom said of someone else
 * to strike at chore time, with doubt in the message, is teasing, not a report. Never when an injury, a fever,
 * an operation or a sign there now is named, and never for an emergency (detect.ts).
 */
export function isChoreExcuse(sentences: readonly Sentence[], sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  if (hit.length === 0 || !words.some((w) => CHORE_WORDS.has(w)) || !words.some((w) => TEASED_PEOPLE.has(w)))
    return false;
  const all = sentences.flatMap((x) => x.words);
  if (!all.some((w) => DOUBT_WORDS.has(w))) return false;
  return !all.some((w) => INJURY_WORDS.has(w) || CAUSE_GUARDS.has(w) || TEASING_BLOCKERS.has(w));
}
