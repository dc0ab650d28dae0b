// The second line of defence: when no red-flag pattern matched but the message still sounds like
// one, name the flag to ask ONE targeted safety question about (safetyQuestions.ts). Two parts:
//   cues       — severity and function loss after an injury, an older person's fall, a lifeless leg,
//                a child's knee pain with a limp, night pain or fever (word lists in cues.ts)
//   classifier — a logistic regression over the labelled messages (classifier.ts, suspectModel.json)
// Pure. Never an alarm by itself: the dialog asks, and the answer decides.
import type { Knowledge, RedFlag } from '../knowledge/types';
import { logOdds, MIN_WORDS, type CompiledModel } from './classifier';
import {
  ABILITY_VERBS,
  BREATHLESS_PHRASES,
  CALF_COMPLAINT_WORDS,
  DURING_EFFORT_REACH,
  DURING_EFFORT_WORDS,
  EFFORT_WORDS,
  BLOOD_THINNER_PHRASES,
  BLOOD_THINNER_WORDS,
  BODY_ABILITY_VERBS,
  BODY_PART_WORDS,
  BODY_VERB_PHRASES,
  GET_WHERE,
  GET_WORDS,
  BODY_SYMPTOM_WORDS,
  BONE_WORDS,
  CANCER_WORDS,
  ENDING_PHRASES,
  FEVER_WORDS,
  HARD_FEEL_WORDS,
  HARD_MUSCLE_WORDS,
  JOINT_HOT_WORDS,
  JOINT_RED_WORDS,
  JOINT_SWOLLEN_WORDS,
  JOINT_WORDS,
  KNOCK_WORDS,
  LOAD_UP_WORDS,
  LOAD_WORDS,
  KEPT_RUNNING_WORDS,
  ON_THROUGH_WORDS,
  MILD_WORDS,
  QUICK_SWELLING_WORDS,
  STRESS_BONE_WORDS,
  STRESS_PAIN_WORDS,
  OUT_OF_PROPORTION_PHRASES,
  STRETCH_PAIN_PHRASES,
  WENT_DOWN_HOW,
  ANIMAL_WORDS,
  CHILD_PAIN_PLACES,
  CHILD_WARNING_WORDS,
  CHILD_WORDS,
  GROWING_WORDS,
  HARD_WORDS,
  LIMP_WORDS,
  NIGHT_WORDS,
  WAKING_WORDS,
  LUMP_WORDS,
  CRISIS_POINT_OBJECTS,
  FUNCTION_LOSS_WORDS,
  GAIT_ODD_WORDS,
  GAIT_VERBS,
  TURNED_OUT_PHRASES,
  DRAGGED_LEG_PHRASES,
  HOPELESS_PHRASES,
  INABILITY_CUES,
  INJURY_WORDS,
  LIFELESS_WORDS,
  LIMB_WORDS,
  NOT_INJURY_PHRASES,
  OLDER_WORDS,
  OTHER_PERSON_WORDS,
  RELATIVE_WORDS,
  SELF_WORDS,
  SEVERITY_WORDS,
  BEREAVED_WORDS,
  BOTHER_WORDS,
  EVERYDAY_BOTHER_WORDS,
  CARE_STOP_PHRASES,
  FAREWELL_PHRASES,
  MEANS_GOT_VERBS,
  MEANS_WORDS,
  MOOD_OR_LIFE,
  MINIMISING_DEATH_WORDS,
  MINIMISING_FILLER,
  MINIMISING_FRAMES,
  MINIMISING_GAP,
  RESIGNED_PHRASES,
  REUNION_PHRASES,
  REUNION_WISH_WORDS,
  OTHERS_GONE_PHRASES,
  UNDERSTOOD_WHY_PHRASES,
  DONE_PHRASES,
  TOOL_BEFORE_WEAPON,
  OVERDOSE_ALL_PHRASES,
  OVERDOSE_INTENT_REACH,
  OVERDOSE_INTENT_WORDS,
  OVERDOSE_NOT_AFTER,
  OVERDOSE_PILL_WORDS,
  OVERDOSE_TAKE_WORDS,
} from './cues';
import { agesIn, CHILD_AGE, olderPersonIn } from './ages';
import { deniesFractureSigns, saysAllClear } from './allClear';
import { messageFeatures } from './features';
import { asksInGeneral } from './hypothetical';
import type { Hit } from './match';
import { isNegated } from './negation';
import type { Sentence } from './normalize';
import { isPastOrResolved } from './pastResolved';
import { phraseAt, phrasesAt } from './phrases';
import { isAboutAnimal } from './thirdParty';
import { OPERATION_WORDS } from './words/postOp';
import type { TriageContext } from './subject';
import { assertSafetyQuestionWording, SAFETY_QUESTIONS, type SafetyQuestion } from './safetyQuestions';

export interface Suspicion {
  /** The red flag the question is about. */
  flag: RedFlag;
  question: SafetyQuestion;
  /** What raised it, for logs and tests. */
  source: 'cues' | 'classifier' | 'doubt';
  /** The message is about someone else ("my mum fell"): the question is asked about "them". */
  someoneElse: boolean;
}

export type Suspect = (
  sentences: readonly Sentence[],
  dismissed: ReadonlySet<string>,
  year: number,
) => Suspicion | null;

/** `compiled`: the second line's model, compiled once by createTriage (detect.ts) and shared with the doubt. */
export function createSuspicion(knowledge: Knowledge, compiled: CompiledModel): Suspect {
  assertSafetyQuestionWording(knowledge);
  const byId = new Map(knowledge.redFlags.map((flag) => [flag.id, flag]));
  /** A flag that exists in the knowledge, has a question and was not just dismissed by the rules. */
  const askable = (id: string, dismissed: ReadonlySet<string>): { flag: RedFlag; question: SafetyQuestion } | null => {
    const flag = byId.get(id);
    const question = SAFETY_QUESTIONS[id];
    return flag && question && !dismissed.has(id) ? { flag, question } : null;
  };

  function candidate(
    sentences: readonly Sentence[],
    dismissed: ReadonlySet<string>,
    year: number,
  ): Omit<Suspicion, 'someoneElse'> | null {
    for (const id of cueFlags(sentences, year)) {
      const found = askable(id, dismissed);
      if (found) return { ...found, source: 'cues' };
    }
    // "calf sore after running and short of breath": the rules read the breath as the run's and explained the flag
    // away (so it is among the dismissed); the cue reads negation and the past itself, and a clot is worth the asking.
    if (calfAndBreathless(sentences, year)) {
      const found = askable('calf-swelling-breathless', NOTHING_DISMISSED);
      if (found) return { ...found, source: 'cues' };
    }
    // An animal's leg ("my dog's leg is swollen and he won't walk") is for a vet: the classifier can't tell.
    if (sentences.some((s) => s.words.some((w) => ANIMAL_WORDS.has(w)))) return null;
    if (sentences.reduce((n, s) => n + s.words.length, 0) < MIN_WORDS) return null;
    const odds = logOdds(compiled, messageFeatures(sentences));
    let best: { score: number; found: { flag: RedFlag; question: SafetyQuestion } } | null = null;
    const aboutAnActivity = sentences.some(pointOfAnActivity);
    const namesLowerLeg = sentences.some((s) => s.words.some((w) => LOWER_LEG_WORDS.has(w)));
    // "I live alone and don't want to bother anyone, I'll ice it": not wanting to be a bother, said with
    // only everyday words of living and wanting, puts off care; it is no crisis cue without another one.
    const bother = sentences.some((s) => s.words.some((w) => BOTHER_WORDS.has(w)));
    const speaksOfMood = sentences.some((s) =>
      s.words.some(
        (w, i) => moodOrLife(w) && !(bother && EVERYDAY_BOTHER_WORDS.has(w)) && !minimisingDeath(s.words, i),
      ),
    );
    const bodyTalk = sentences.some(speaksOfTheBody);
    for (let c = 1; c < odds.length; c += 1) {
      const score = odds[c] as number;
      if (score < compiled.threshold || (best !== null && score <= best.score)) continue;
      // "I don't see the point of stretching" shares words with hopelessness but is about stretching.
      if (aboutAnActivity && compiled.classes[c] === 'self-harm') continue;
      // A question about ending a life only when the message says something about mood, life or means:
      // letter pieces of "thigh" and "sometimes" are not "think" and "sometimes I" (words/secondLineSigns.ts).
      if (!speaksOfMood && compiled.classes[c] === 'self-harm') continue;
      // A question about a body flag only when the message speaks of the body or of what happened to it:
      // "see you at practice tonight" in a group chat is no question about a swollen knee.
      if (!bodyTalk && compiled.classes[c] !== 'self-harm') continue;
      // A question about the calf only when the message speaks of the leg below the knee: "my whole knee
      // looks swollen" is not asked about a swollen calf.
      if (CALF_FLAGS.has(compiled.classes[c] as string) && !namesLowerLeg) continue;
      const found = askable(compiled.classes[c] as string, dismissed);
      if (found) best = { score, found };
    }
    return best && { ...best.found, source: 'classifier' };
  }

  // General talk ("what if my leg went numb?") is checked last: it is the rarer case and costs more.
  return (sentences, dismissed, year) => {
    if (sentences.length === 0) return null;
    const found = candidate(sentences, dismissed, year);
    return found && !sentences.some(asksInGeneral) ? { ...found, someoneElse: aboutSomeoneElse(sentences) } : null;
  };
}

/** The question about a flag the rules raised and the model doubted (doubt.ts): it has a question by construction. */
export function doubtedSuspicion(flag: RedFlag, sentences: readonly Sentence[]): Suspicion {
  const question = SAFETY_QUESTIONS[flag.id] as SafetyQuestion;
  return { flag, question, source: 'doubt', someoneElse: aboutSomeoneElse(sentences) };
}

/** "it's not like I'm dying": a death word said to make a problem small, not a word about one's life. */
function minimisingDeath(words: readonly string[], i: number): boolean {
  if (!MINIMISING_DEATH_WORDS.has(words[i] as string)) return false;
  let start = i;
  while (start > 0 && i - start < MINIMISING_GAP && MINIMISING_FILLER.has(words[start - 1] as string)) start -= 1;
  // the frame ends right before the filler (or the death word): "not like" + "im" + "dying"
  for (let end = start; end <= i; end += 1)
    if (MINIMISING_FRAMES.some((p) => end - p.length >= 0 && phraseAt(words, end - p.length, p))) return true;
  return false;
}

const MOOD_PREFIXES = [...MOOD_OR_LIFE].filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
/** A word of MOOD_OR_LIFE, whole or by its prefix. */
function moodOrLife(word: string): boolean {
  return MOOD_OR_LIFE.has(word) || MOOD_PREFIXES.some((p) => word.startsWith(p));
}

/**
 * The body, a symptom, an injury or a lost function named anywhere, negated or not ("no swelling" still
 * speaks of the knee): the classifier's body gate (words/secondLine.ts BODY_PART_WORDS).
 */
export function speaksOfTheBody({ words }: Sentence): boolean {
  return words.some(
    (w, i) =>
      BODY_TALK_SETS.some((set) => set.has(w)) ||
      BODY_VERB_PHRASES.some((p) => phraseAt(words, i, p)) ||
      (INABILITY_CUES.has(w) && words.slice(i + 1, i + 5).some((x) => BODY_ABILITY_VERBS.has(x))) ||
      (GET_WORDS.has(w) &&
        GET_WHERE.has(words[i + 1] as string) &&
        words.slice(Math.max(0, i - 4), i).some((x) => INABILITY_CUES.has(x))),
  );
}
const BODY_TALK_SETS: ReadonlyArray<ReadonlySet<string>> = [
  BODY_PART_WORDS,
  BODY_SYMPTOM_WORDS,
  INJURY_WORDS,
  LIMP_WORDS,
  SEVERITY_WORDS,
  LIMB_WORDS,
  JOINT_SWOLLEN_WORDS,
  JOINT_HOT_WORDS,
  JOINT_RED_WORDS,
  FEVER_WORDS,
  KNOCK_WORDS,
];

/** "my 80 year old mum tripped … she is in pain": someone else, and the writer never speaks of themselves. */
function aboutSomeoneElse(sentences: readonly Sentence[]): boolean {
  const words = sentences.flatMap((s) => s.words);
  if (words.some((w) => SELF_WORDS.has(w))) return false;
  return words.some(
    (w) => OTHER_PERSON_WORDS.has(w) || RELATIVE_WORDS.has(w) || CHILD_WORDS.has(w) || OLDER_WORDS.has(w),
  );
}

/** A cue at a position counts when it is a present report: not negated, long past or resolved, or an animal's. */
function present(sentence: Sentence, at: number, year: number): boolean {
  const hit: Hit = [at];
  return !isNegated([sentence], 0, hit) && !isPastOrResolved(sentence, hit, year) && !isAboutAnimal(sentence, hit);
}

/** Does a word of `set` stand somewhere in the message as a present report? */
function presentCue(sentences: readonly Sentence[], set: ReadonlySet<string>, year: number): boolean {
  return sentences.some((sentence) => sentence.words.some((w, i) => set.has(w) && present(sentence, i, year)));
}

/** An injury reported as present: "fell", "tripped", "got tackled" (not "fell asleep", "hit the wall"). */
export function injuredNow(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some(({ words }, s) =>
    words.some(
      (w, i) =>
        (INJURY_WORDS.has(w) ||
          (w === 'down' && words[i - 1] === 'went' && WENT_DOWN_HOW.has(words[i + 1] as string))) &&
        !NOT_INJURY_PHRASES.some((p) => p.includes(w) && phraseAt(words, i - p.indexOf(w), p)) &&
        present(sentences[s] as Sentence, i, year),
    ),
  );
}

/** The flags the cues point to, most specific first. */
function cueFlags(sentences: readonly Sentence[], year: number): string[] {
  const words = sentences.flatMap((s) => s.words);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  const ages = agesIn(words);
  const injured = injuredNow(sentences, year);
  const out: string[] = [];
  if (sentences.some((s) => hopeless(s, year))) out.push('self-harm');
  // Wanting to join someone, no death named ("she's ready to go be with dad now"): worth asking, not the alarm.
  if (reunionWish(sentences, year)) out.push('self-harm');
  if (sentences.some((s) => lifelessLimb(s, injured, year))) out.push('numb-foot');
  const lostFunction = sentences.some((s) => cannotDo(s, year)) || presentCue(sentences, FUNCTION_LOSS_WORDS, year);
  const older = olderPersonIn(words);
  if (injured && older && !deniesFractureSigns(sentences)) out.push('ottawa-fracture-signs', 'cannot-bear-weight');
  if (injured && (lostFunction || presentCue(sentences, SEVERITY_WORDS, year))) out.push('cannot-bear-weight');
  const child = has(CHILD_WORDS) || ages.some((age) => age < CHILD_AGE);
  if (child && presentCue(sentences, CHILD_WARNING_WORDS, year)) out.push('child-hip-knee-pain');
  return out;
}

/** A sore or swollen calf named and breathlessness not tied to the effort, each a present report. */
function calfAndBreathless(sentences: readonly Sentence[], year: number): boolean {
  return (
    sentences.some((s) => s.words.some((w) => CALF_WORDS.has(w))) &&
    presentCue(sentences, CALF_COMPLAINT_WORDS, year) &&
    breathlessNotFromEffort(sentences, year)
  );
}

/**
 * Breathlessness said now and not tied to the effort itself: "calf sore after running and short of breath" (asked:
 * it may be a clot), not "out of breath during my tempo run" or "gasping on the hill sprints" (the run's).
 */
function breathlessNotFromEffort(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some(({ words }, s) =>
    words.some((_, i) =>
      phrasesAt(words, i, BREATHLESS_PHRASES).some((p) => {
        if (!present(sentences[s] as Sentence, i, year)) return false;
        const near = [
          ...words.slice(Math.max(0, i - DURING_EFFORT_REACH), i),
          ...words.slice(i + p.length, i + p.length + DURING_EFFORT_REACH),
        ];
        const during = near.some(
          (w, j) =>
            DURING_EFFORT_WORDS.has(w) &&
            near.slice(j + 1, j + 1 + DURING_EFFORT_REACH).some((x) => EFFORT_WORDS.has(x)),
        );
        return !during;
      }),
    ),
  );
}

/**
 * Evidence spread over several sentences that is strong enough for the alarm itself, not only a
 * question: a child (a child word or an age under 18) who limps, with the knee, hip, thigh or groin
 * named ("My son is 14 … lately he walks with a limp"); a lump that is hard and growing ("a bump has
 * appeared … it's hard like bone … bigger than in September"). Each cue must be a present report.
 */
export function strongCueFlags(sentences: readonly Sentence[], year: number, context: TriageContext = {}): string[] {
  const words = sentences.flatMap((s) => s.words);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  const out: string[] = [];
  // The child may have been named in an earlier message: "he was limping this morning" (subject.ts).
  const child = context.subject === 'child' || has(CHILD_WORDS) || agesIn(words).some((age) => age < CHILD_AGE);
  // Woken by it: at night, or woken with the child named after the verb ("it woke her up crying twice this week").
  const wokenAtNight = presentCue(
    sentences.filter(
      (s) =>
        s.words.some((w) => NIGHT_WORDS.has(w)) ||
        s.words.some((w, i) => WAKING_WORDS.has(w) && WOKEN_PERSON.has(s.words[i + 1] as string)),
    ),
    WAKING_WORDS,
    year,
  );
  // The knee may have been named earlier too: "my son is 14, his knee hurts" … "he limps a bit at night now".
  const place = has(CHILD_PAIN_PLACES) || (context.subject === 'child' && context.knee === true);
  if (child && place && (limpsNow(sentences, year) || wokenAtNight)) out.push('child-hip-knee-pain');
  // Ottawa: 55 or older with a fresh injury to the knee gets an X-ray, however well they walk. The age, the
  // fall and the knee may be told over several messages ("I'm 72, my knee hurts" … "I fell in the kitchen"),
  // as long as this message tells one of them.
  const olderHere = olderPersonIn(words);
  const injuredHere = injuredNow(sentences, year);
  const kneeHere = has(CHILD_PAIN_PLACES);
  const older = olderHere || context.older === true;
  const injured = injuredHere || context.injured === true;
  const knee = kneeHere || context.knee === true;
  // Not when the message says all is well now: "… not the knee. Nothing hurts today".
  // Nor when it says the X-ray signs are absent: "… I can walk just fine and bend it all the way".
  if (
    older &&
    knee &&
    injured &&
    (olderHere || injuredHere || kneeHere) &&
    !saysAllClear(sentences) &&
    !deniesFractureSigns(sentences)
  )
    out.push('ottawa-fracture-signs');
  if (presentCue(sentences, LUMP_WORDS, year) && presentCue(sentences, GROWING_WORDS, year) && has(HARD_WORDS))
    out.push('tumour-signs');
  // A joint infection told over several sentences: two of swollen / hot / red, a fever, the knee named.
  const jointSigns = [JOINT_SWOLLEN_WORDS, JOINT_HOT_WORDS, JOINT_RED_WORDS].filter((set) =>
    presentCue(sentences, set, year),
  ).length;
  if (jointSigns >= 2 && has(JOINT_WORDS) && presentCue(sentences, FEVER_WORDS, year)) out.push('hot-swollen-joint');
  // "knee wont heal. im a burden. ending it": ending it, next to hopelessness in another sentence.
  const ending = sentences.some((sentence) =>
    sentence.words.some(
      (_, i) => phrasesAt(sentence.words, i, ENDING_PHRASES).length > 0 && present(sentence, i, year),
    ),
  );
  if (ending && sentences.some((sentence) => hopeless(sentence, year))) out.push('self-harm');
  if (readyingToDie(sentences, year)) out.push('self-harm');
  // Compartment syndrome: two of pain out of proportion, a hard calf or shin, pain when the toes are stretched.
  const phraseIn = (phrases: ReadonlyArray<readonly string[]>): boolean =>
    sentences.some((sentence) =>
      sentence.words.some((_, i) => phrasesAt(sentence.words, i, phrases).length > 0 && present(sentence, i, year)),
    );
  const hardMuscle = sentences.some(
    ({ words }) => words.some((w) => HARD_MUSCLE_WORDS.has(w)) && words.some((w) => HARD_FEEL_WORDS.has(w)),
  );
  const compartment = [phraseIn(OUT_OF_PROPORTION_PHRASES), hardMuscle, phraseIn(STRETCH_PAIN_PHRASES)];
  if (compartment.filter(Boolean).length >= 2) out.push('compartment-syndrome');
  // "two guys from my unit aren't around now. I'm starting to get why they did it"; the understanding
  // must end the sentence, so "I get why they did it that way" (a decision about care) is not read.
  const understood = sentences.some((sentence) =>
    sentence.words.some(
      (_, i) =>
        phrasesAt(sentence.words, i, UNDERSTOOD_WHY_PHRASES).length > 0 &&
        i + 5 >= sentence.words.length &&
        !isNegated([sentence], 0, [i]),
    ),
  );
  // Their being gone is told in the past, so it is not read as a present report.
  const othersGone = sentences.some((sentence) =>
    sentence.words.some((_, i) => phrasesAt(sentence.words, i, OTHERS_GONE_PHRASES).length > 0),
  );
  if (understood && othersGone) out.push('self-harm');
  // A weapon in one sentence, being done closing another: "The pistol's in the truck. … I'm done too."
  const weapon = sentences.some(({ words }) =>
    words.some((w, i) => MEANS_WORDS.has(w) && !TOOL_BEFORE_WEAPON.has(words[i - 1] as string)),
  );
  const done = sentences.some((sentence) =>
    sentence.words.some((_, i) =>
      phrasesAt(sentence.words, i, DONE_PHRASES).some(
        (p) => i + p.length === sentence.words.length && !isNegated([sentence], 0, [i]),
      ),
    ),
  );
  if (weapon && done) out.push('self-harm');
  // Pills named, and in another sentence the thought of taking them all: "still have 40 oxy from the scope. some
  // nights im tempted to take them all" (in one sentence the rules catch it: red-flags.yaml).
  if (has(OVERDOSE_PILL_WORDS) && sentences.some((sentence) => takesThemAll(sentence, year))) out.push('self-harm');
  // One calf named, and later "it's hot and swollen" (past a "but"), with no knee or joint to be the "it".
  // One side bigger than the other is swelling too: "it's visibly bigger than the right and kind of warm".
  const calfSigns =
    [JOINT_SWOLLEN_WORDS, JOINT_HOT_WORDS, JOINT_RED_WORDS].filter((set) => presentCue(sentences, set, year)).length +
    (sentences.some((sentence) => biggerThanTheOther(sentence, year)) &&
    !presentCue(sentences, JOINT_SWOLLEN_WORDS, year)
      ? 1
      : 0);
  if (calfSigns >= 2 && has(CALF_WORDS) && !has(JOINT_WORDS)) out.push('calf-pain-swelling');
  // A cancer history and pain in a bone now: "had breast cancer five years ago … a new deep ache in my thigh bone".
  if (has(CANCER_WORDS) && presentCue(sentences, BONE_WORDS, year) && has(PAIN_NOW_WORDS)) out.push('tumour-signs');
  if (has(JOINT_WORDS) && swellsOnABloodThinner(sentences, year)) out.push('rapid-swelling');
  if (loadedBoneLimp(sentences, year)) out.push('bone-stress-injury-limp');
  return out;
}

/** "tempted to take them all", "thinking about swallowing the whole bottle": an intent, a taking, all of them. */
function takesThemAll(sentence: Sentence, year: number): boolean {
  const { words } = sentence;
  return words.some((w, i) => {
    if (!OVERDOSE_TAKE_WORDS.has(w)) return false;
    const all = phrasesAt(words, i + 1, OVERDOSE_ALL_PHRASES)[0];
    if (all === undefined || OVERDOSE_NOT_AFTER.has(words[i + 1 + all.length] as string)) return false;
    const intent = words.slice(Math.max(0, i - OVERDOSE_INTENT_REACH), i).some((x) => OVERDOSE_INTENT_WORDS.has(x));
    return intent && present(sentence, i, year);
  });
}

/** A word of `words` at i, or a phrase of `phrases` starting there, as a present report somewhere in the message. */
function presentAt(
  sentences: readonly Sentence[],
  year: number,
  at: (words: readonly string[], i: number) => boolean,
): boolean {
  return sentences.some((sentence) =>
    sentence.words.some((_, i) => at(sentence.words, i) && present(sentence, i, year)),
  );
}

/**
 * On a blood thinner, a knock, however small, and a knee swollen within hours: bleeding into the joint is a
 * same-day check ("I'm on warfarin … bumped my knee kneeling at church, within a couple hours it's really
 * swollen"). A mild swelling ("a little puffy") or one that has gone down is not that.
 */
function swellsOnABloodThinner(sentences: readonly Sentence[], year: number): boolean {
  const onThinner = presentAt(
    sentences,
    year,
    (words, i) => BLOOD_THINNER_WORDS.has(words[i] as string) || phrasesAt(words, i, BLOOD_THINNER_PHRASES).length > 0,
  );
  if (!onThinner) return false;
  const knocked = presentAt(
    sentences,
    year,
    (words, i) =>
      (INJURY_WORDS.has(words[i] as string) || KNOCK_WORDS.has(words[i] as string)) &&
      !NOT_INJURY_PHRASES.some(
        (p) => p.includes(words[i] as string) && phraseAt(words, i - p.indexOf(words[i] as string), p),
      ),
  );
  const swollen = presentAt(
    sentences,
    year,
    (words, i) =>
      JOINT_SWOLLEN_WORDS.has(words[i] as string) && !words.slice(Math.max(0, i - 2), i).some((w) => MILD_WORDS.has(w)),
  );
  return knocked && swollen && sentences.some(({ words }) => words.some((w) => QUICK_SWELLING_WORDS.has(w)));
}

/**
 * More walking or running, a loaded bone that hurts, and a limp now, each in its own sentence: a bone stress
 * injury close to breaking ("adding miles for a step challenge … my lower shin has been sore … now I'm limping").
 * Not after an operation: walking more with a limp after a new hip is the surgeon's plan (postOp.ts).
 */
function loadedBoneLimp(sentences: readonly Sentence[], year: number): boolean {
  if (sentences.some(({ words }) => words.some((w) => OPERATION_WORDS.has(w)))) return false;
  const loaded = sentences.some(
    ({ words }) =>
      words.some(
        (w, i) => LOAD_UP_WORDS.has(w) && words.slice(Math.max(0, i - 3), i + 6).some((x) => LOAD_WORDS.has(x)),
      ) || keptRunningOnBone(words),
  );
  if (!loaded) return false;
  const bonePain = sentences.some(
    (sentence) =>
      sentence.words.some((w, i) => STRESS_BONE_WORDS.has(w) && present(sentence, i, year)) &&
      sentence.words.some((w, i) => STRESS_PAIN_WORDS.has(w) && present(sentence, i, year)),
  );
  return bonePain && limpsNow(sentences, year);
}

/** "running on a sore shin", "trained through the shin pain": running kept up on a bone that hurts. */
function keptRunningOnBone(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (!KEPT_RUNNING_WORDS.has(w)) return false;
    const on = words.slice(i + 1, i + 3).findIndex((x) => ON_THROUGH_WORDS.has(x));
    if (on < 0) return false;
    const after = words.slice(i + 2 + on, i + 7 + on);
    return after.some((x) => STRESS_BONE_WORDS.has(x)) && after.some((x) => STRESS_PAIN_WORDS.has(x));
  });
}

const CALF_WORDS: ReadonlySet<string> = new Set(['calf', 'calves']);
const NOTHING_DISMISSED: ReadonlySet<string> = new Set();
const BIGGER_WORDS: ReadonlySet<string> = new Set(['bigger', 'fatter', 'thicker', 'larger', 'puffier', 'wider']);
const OTHER_SIDE_WORDS: ReadonlySet<string> = new Set(['other', 'left', 'right', 'good']);

/** "bigger than the right", "fatter than my other one": one side against the other, as a present report. */
function biggerThanTheOther(sentence: Sentence, year: number): boolean {
  const { words } = sentence;
  return words.some(
    (w, i) =>
      BIGGER_WORDS.has(w) &&
      words[i + 1] === 'than' &&
      words.slice(i + 2, i + 5).some((x) => OTHER_SIDE_WORDS.has(x)) &&
      present(sentence, i, year),
  );
}
/** The statistical line's clot questions need the lower leg named (see candidate()). */
const CALF_FLAGS: ReadonlySet<string> = new Set(['calf-pain-swelling', 'calf-swelling-breathless']);
const LOWER_LEG_WORDS: ReadonlySet<string> = new Set([
  ...CALF_WORDS,
  'leg',
  'legs',
  'shin',
  'shins',
  'ankle',
  'ankles',
  'foot',
  'feet',
  'dvt',
  'clot',
  'clots',
]);
const PAIN_NOW_WORDS: ReadonlySet<string> = new Set([
  'ache',
  'aching',
  'pain',
  'hurts',
  'hurting',
  'sore',
  'throbbing',
]);

const WOKEN_PERSON: ReadonlySet<string> = new Set(['her', 'him', 'them']);

/** A limp, in the word or in everyday words: "walks funny", "runs weird", "that foot turned out". */
function limpsNow(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some((sentence) =>
    sentence.words.some(
      (w, i) =>
        (LIMP_WORDS.has(w) ||
          (GAIT_VERB_SET.has(w) && GAIT_ODD_SET.has(sentence.words[i + 1] as string)) ||
          TURNED_OUT_PHRASES.some((p) => phraseAt(sentence.words, i, p)) ||
          DRAGGED_LEG_PHRASES.some((p) => phraseAt(sentence.words, i, p))) &&
        present(sentence, i, year),
    ),
  );
}
const GAIT_VERB_SET: ReadonlySet<string> = new Set(GAIT_VERBS);
const GAIT_ODD_SET: ReadonlySet<string> = new Set(GAIT_ODD_WORDS);

/** "nothing matters anymore", "I can't go on", "no point" (not "no point stretching it", "the point of physio"). */
function hopeless(sentence: Sentence, year: number): boolean {
  const { words } = sentence;
  for (let i = 0; i < words.length; i += 1) {
    for (const phrase of phrasesAt(words, i, HOPELESS_PHRASES)) {
      const end = i + phrase.length;
      if (
        phrase[phrase.length - 1] === 'point' &&
        words[end] !== undefined &&
        !CRISIS_POINT_OBJECTS.has(words[end] === 'of' || words[end] === 'in' ? (words[end + 1] as string) : words[end])
      )
        continue;
      // "hopeless at tennis", "hopeless with computers": no good at something, not without hope.
      if (phrase.length === 1 && (words[end] === 'at' || words[end] === 'with')) continue;
      // "tired of everything hurting", "sick of everything swelling up": the knee's trouble, not life.
      if (phrase[phrase.length - 1] === 'everything' && words[end] !== undefined && /(?:ing|s)$/.test(words[end]))
        continue;
      if (present(sentence, i, year)) return true;
    }
  }
  return false;
}

/**
 * Signs of readying to die, said in passing over several sentences: a wish to join someone who died ("after my
 * husband passed … I'd just like to go be with him"), or two of a means got hold of, affairs settled, care given
 * up and resignation, one being a means or affairs settled ("bought a rope today. … you can cancel my appt").
 */
function readyingToDie(sentences: readonly Sentence[], year: number): boolean {
  const at = (phrases: ReadonlyArray<readonly string[]>): boolean =>
    sentences.some((sentence) =>
      sentence.words.some((_, i) => phrasesAt(sentence.words, i, phrases).length > 0 && present(sentence, i, year)),
    );
  if (reunionWish(sentences, year) && sentences.some((s) => s.words.some((w) => BEREAVED_WORDS.has(w)))) return true;
  const means = sentences.some((sentence) =>
    sentence.words.some(
      (w, i) =>
        MEANS_GOT_VERBS.has(w) &&
        sentence.words.slice(i + 1, i + 4).some((x) => MEANS_WORDS.has(x)) &&
        present(sentence, i, year),
    ),
  );
  const farewell = at(FAREWELL_PHRASES);
  if (!means && !farewell) return false;
  const resigned = at(RESIGNED_PHRASES) || sentences.some((sentence) => hopeless(sentence, year));
  return [means, farewell, at(CARE_STOP_PHRASES), resigned].filter(Boolean).length >= 2;
}

/** "I'd just like to go be with him", "she's ready to go be with dad": a wish, then a reunion within four words. */
function reunionWish(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some((sentence) =>
    sentence.words.some(
      (_, i) =>
        phrasesAt(sentence.words, i, REUNION_PHRASES).length > 0 &&
        sentence.words.slice(Math.max(0, i - 4), i).some((w) => REUNION_WISH_WORDS.has(w)) &&
        present(sentence, i, year),
    ),
  );
}

/** "the point of stretching", "no point in physio": "point" about an activity, not about living. */
function pointOfAnActivity(sentence: Sentence): boolean {
  const { words } = sentence;
  return words.some(
    (w, i) =>
      w === 'point' &&
      (words[i + 1] === 'of' || words[i + 1] === 'in') &&
      !CRISIS_POINT_OBJECTS.has(words[i + 2] as string),
  );
}

/**
 * "my leg feels lifeless", "since the fall my foot is floppy": a limb and a lifeless word close
 * together, after an injury ("legs feel dead after the marathon" is tired legs, not this).
 */
function lifelessLimb(sentence: Sentence, injured: boolean, year: number): boolean {
  if (!injured) return false;
  const { words } = sentence;
  for (let i = 0; i < words.length; i += 1) {
    if (!LIFELESS_WORDS.has(words[i] as string)) continue;
    const near = words.slice(Math.max(0, i - 4), i + 5);
    if (near.some((w) => LIMB_WORDS.has(w)) && present(sentence, i, year)) return true;
  }
  return false;
}

/** "can't walk", "couldn't get up", "unable to stand": an inability cue and an ability verb within 3 words. */
function cannotDo(sentence: Sentence, year: number): boolean {
  const { words } = sentence;
  return words.some(
    (word, i) =>
      INABILITY_CUES.has(word) &&
      words.slice(i + 1, i + 4).some((w) => ABILITY_VERBS.has(w)) &&
      !isPastOrResolved(sentence, [i], year) &&
      !isAboutAnimal(sentence, [i]),
  );
}
