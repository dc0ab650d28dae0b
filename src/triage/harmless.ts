// A symptom word that the message itself explains as harmless: a warm knee in a Dallas August, white toes
// from a cold plunge or Raynaud's, blue shins from new jeans, toes that won't move in tight climbing shoes,
// "Numb Toes is the name of my band", a knee that never could straighten. Pure; English words
// (src/triage/words/harmless.ts). Each check gives way to anything that makes the symptom matter: an injury,
// a fever, an operation, a clot risk.
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { phraseAt } from './phrases';
import { agesIn, CHILD_AGE } from './ages';
import { CHILD_WORDS } from './cues';
import { NEGATION_CUES } from './words/negation';
import { FIRST_PERSON, RELATIVE_WORDS } from './words/people';
import { INJURY_WORDS } from './words/secondLine';
import { NOT_INJURY_PHRASES } from './words/secondLineSigns';
import {
  BENIGN_BUMP_NAMES,
  BRUISE_COLOUR_WORDS,
  BRUISE_NAMES,
  BUILT_PHRASES,
  CAUSE_GUARDS,
  CAUSE_REMOVED_WORDS,
  CLEARED_DENIED,
  CLEARED_PHRASES,
  CONSTITUTIONAL_PHRASES,
  DREAM_PHRASES,
  FEELING_BACK_PHRASES,
  FEELING_GONE_WORDS,
  GROWTH_BUMP_BELOW,
  GROWTH_BUMP_BOTH,
  GROWTH_BUMP_CONCERNS,
  GROWTH_BUMP_FIXED,
  GROWTH_BUMP_KNEE,
  GROWTH_BUMP_NOT_CHANGE,
  GROWTH_BUMP_NOT_INJURY,
  GROWTH_BUMP_PLACES,
  GROWTH_BUMP_SAME,
  GROWTH_BUMP_SPORTS,
  HARMLESS_CAUSES,
  KIND_WORDS,
  LIFELONG_PHRASES,
  LUMP_CHANGE_WORDS,
  LUMP_WORDS,
  NAMED_BY_WORDS,
  NAMED_THINGS,
  NAMING_WORDS,
  NEW_OR_ONE_SIDED_PHRASES,
  ON_FEET_PHRASES,
  OUTLASTED_PHRASES,
  OWN_PHRASES,
  POSTURES_THAT_PASS,
  SHOE_WORDS,
  SQUEEZE_WORDS,
  STILL_CONDITIONS,
  TAKE_OFF_VERBS,
  TIRED_DEAD_WORDS,
  TOPIC_SWITCHES,
  type HarmlessKind,
} from './words/harmless';

const hasPhrase = (words: readonly string[], phrases: ReadonlyArray<readonly string[]>): boolean =>
  words.some((_, i) => phrases.some((p) => phraseAt(words, i, p)));

/** Something in the message that makes a symptom matter whatever else explains it ("fell asleep" is no fall). */
function guarded(all: readonly string[]): boolean {
  return all.some(
    (w, i) =>
      CAUSE_GUARDS.has(w) ||
      (INJURY_WORDS.has(w) && !NOT_INJURY_PHRASES.some((p) => p.includes(w) && phraseAt(all, i - p.indexOf(w), p))),
  );
}

/**
 * The numbness or tingling outlasted what caused it ("the wraps are off and it still hasn't gone away"): a
 * posture or tight gear explains it no longer (harmless causes here, `unlessPassing` in red-flags.yaml).
 */
export function outlastsItsCause(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ words }) => outlasted(words));
}

function outlasted(words: readonly string[]): boolean {
  return words.some((_, i) =>
    OUTLASTED_PHRASES.some(
      (p) =>
        phraseAt(words, i, p) &&
        !(p[0] === 'still' && p.length <= 3 && STILL_CONDITIONS.has(words[i + p.length] as string)),
    ),
  );
}

/**
 * Numbness or tingling that passed once its cause was taken away, told in a later clause or the next sentence
 * (post-r23): "my foot went numb. I loosened my shoe and it went away", "toes went numb under the sleeve, pulled it
 * off and they were back to normal". Only numbness or tingling words in the match; never with an injury, fever or
 * operation in the message, never once it outlasted the cause ("… and it's still numb"), and never when it came
 * back ("again"). The sentence before is not read: "it passed yesterday. Today my foot is numb" is a report.
 */
export function passedOnceCauseRemoved(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  const matched = hit.map((i) => sentence.words[i] as string);
  const symptom = matched.filter((w) => KIND_WORDS.numb.has(w) || KIND_WORDS.tingle.has(w));
  if (symptom.length === 0) return false;
  // A cold, pale or blue foot is never explained this way.
  if (matched.some((w) => KIND_WORDS.cold.has(w) || KIND_WORDS.colour.has(w))) return false;
  const span = [...sentence.words, ...(sentences[s + 1]?.words ?? [])];
  // Anything later that says it stayed or came back ("… it went away. Now it's numb again") keeps it a report.
  const rest = sentences.slice(s).flatMap((x) => x.words);
  if (rest.includes('again') || outlasted(rest) || guarded(sentences.flatMap((x) => x.words))) return false;
  const removed = span.some(
    (w, i) => CAUSE_REMOVED_WORDS.has(w) || (TAKE_OFF_VERBS.has(w) && span.slice(i + 1, i + 5).includes('off')),
  );
  return removed && span.some((_, i) => CLEARED_PHRASES.some((p) => phraseAt(span, i, p) && !clearedDenied(span, i)));
}

/** "not back to normal", "hasn't passed", "it's not really gone now": a cleared phrase said as not so. */
const clearedDenied = (words: readonly string[], i: number): boolean =>
  words.slice(Math.max(0, i - 2), i).some((w) => CLEARED_DENIED.has(w));

/**
 * "My feet are dead, I've been on them since 6am", "feet are dead after 25k steps": "dead" as worn out by long
 * hours on one's feet, said in the sentence (any clause) or the one after. Only when "dead" is the match's one
 * numbness word (never "can't feel", "numb"), and never with an injury, fever or operation in the message.
 */
export function isTiredFeet(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  const matched = hit.map((i) => sentence.words[i] as string);
  if (!matched.includes('dead') && !matched.includes('deadish')) return false;
  if (!matched.some((w) => TIRED_LIMBS.has(w))) return false;
  if (matched.some((w) => (KIND_WORDS.numb.has(w) && !TIRED_DEAD_WORDS.has(w)) || NEGATION_CUES.has(w))) return false;
  const span = [...sentence.words, ...(sentences[s + 1]?.words ?? [])];
  if (guarded(sentences.flatMap((x) => x.words))) return false;
  // Numbness said beside it ("dead and I can't feel them", "dead and tingly") is a report, whatever the hours.
  const numbBeside = span.some(
    (w, i) =>
      (KIND_WORDS.numb.has(w) && !TIRED_DEAD_WORDS.has(w)) ||
      KIND_WORDS.tingle.has(w) ||
      (NEGATION_CUES.has(w) && span.slice(i + 1, i + 3).some((x) => KIND_WORDS.numb.has(x))),
  );
  return !numbBeside && hasPhrase(span, ON_FEET_PHRASES);
}

const TIRED_LIMBS: ReadonlySet<string> = new Set(['foot', 'feet', 'leg', 'legs', 'toes']);

/** One language's words for the harmless-cause check (English below; Spanish in lang/es/harmless.ts). */
export interface HarmlessCauseWords<K extends string> {
  /** Is this word of the match a symptom word of this kind (a temperature, a colour, numbness)? */
  isKind(kind: K, word: string): boolean;
  kinds: readonly K[];
  /** A kind whose words are ambiguous ("feel", "move"): dropped when the match names another kind too. */
  weakKind?: K;
  /** Something in the message (an injury, a fever, an operation) that makes the symptom matter. */
  guarded(all: readonly string[]): boolean;
  /** An everyday cause of this kind, said in `near` (the symptom's sentence and the ones either side); `matched`: the match's own words. */
  causeNamed(kind: K, near: readonly string[], matched: readonly string[]): boolean;
}

/**
 * Every kind of symptom word in the match has an everyday cause named beside it (in its sentence or the one
 * before or after), and nothing in the message makes the symptom matter.
 */
export function explainedByHarmlessCause<K extends string>(
  lang: HarmlessCauseWords<K>,
  sentences: readonly Sentence[],
  s: number,
  hit: Hit,
): boolean {
  // The match's own words first: most matches name no kind, and the message-wide guard costs more.
  const words = hit.map((i) => (sentences[s] as Sentence).words[i] as string);
  const present = lang.kinds.filter((k) => words.some((w) => lang.isKind(k, w)));
  const kinds = present.length > 1 ? present.filter((k) => k !== lang.weakKind) : present;
  if (kinds.length === 0) return false;
  if (lang.guarded(sentences.flatMap((x) => x.words))) return false;
  const near = sentences.slice(Math.max(0, s - 1), s + 2).flatMap((x) => x.words);
  return kinds.every((kind) => lang.causeNamed(kind, near, words));
}

const ENGLISH_HARMLESS: HarmlessCauseWords<HarmlessKind> = {
  isKind: (kind, word) => KIND_WORDS[kind].has(word),
  kinds: Object.keys(KIND_WORDS) as HarmlessKind[],
  // "feel", "move" are numbness only when the match names no temperature or colour ("can't feel my toes").
  weakKind: 'numb',
  guarded,
  causeNamed,
};

/**
 * "knee feels hot … it's August in Dallas and 104 outside", "can't move my toes in these new climbing shoes,
 * they're so tight": an everyday cause explains every kind of symptom word in the match.
 */
export function isExplainedByHarmlessCause(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  return explainedByHarmlessCause(ENGLISH_HARMLESS, sentences, s, hit);
}

/** Colour words of an inflamed joint, which no lifelong habit explains. */
const WARM_COLOURS: ReadonlySet<string> = new Set(['red', 'redness', 'swollen', 'puffy']);

/** "104 outside", "95 degrees": a summer temperature in °F. */
const hotDay = (words: readonly string[]): boolean =>
  words.some(
    (w, i) =>
      /^\d{2,3}$/.test(w) &&
      Number(w) >= 85 &&
      Number(w) <= 125 &&
      ['outside', 'out', 'degrees', 'f'].includes(words[i + 1] as string),
  );

function causeNamed(kind: HarmlessKind, all: readonly string[], matched: readonly string[]): boolean {
  // A posture or tight gear explains no numbness or tingling that outlasted it.
  if ((kind === 'numb' || kind === 'tingle') && outlasted(all)) return false;
  if (hasPhrase(all, HARMLESS_CAUSES[kind])) return true;
  // A posture, when the feeling came back: "leg hanging off the armrest … came back with pins and needles".
  if ((kind === 'numb' || kind === 'tingle') && hasPhrase(all, POSTURES_THAT_PASS) && feelingCameBack(all)) return true;
  if (kind === 'heat' && hotDay(all)) return true;
  // A bruise that has tracked down the leg: its colours, a bruise named beside them, nothing cold in the match.
  if (
    kind === 'colour' &&
    all.some((w) => BRUISE_NAMES.has(w)) &&
    matched.every((w) => !KIND_WORDS.colour.has(w) || BRUISE_COLOUR_WORDS.has(w)) &&
    !matched.some((w) => KIND_WORDS.cold.has(w))
  )
    return true;
  // Cold or purplish feet that have always been so: how this person is, not a leg without blood (a red or
  // swollen knee is never explained this way).
  const coldColour = kind === 'cold' || (kind === 'colour' && matched.every((w) => !WARM_COLOURS.has(w)));
  if (
    coldColour &&
    (hasPhrase(all, CONSTITUTIONAL_PHRASES) || hasPhrase(all, LIFELONG_PHRASES)) &&
    !hasPhrase(all, NEW_OR_ONE_SIDED_PHRASES)
  )
    return true;
  // Footwear that squeezes: "these new climbing shoes … so tight".
  return kind === 'numb' && all.some((w) => SHOE_WORDS.has(w)) && all.some((w) => SQUEEZE_WORDS.has(w));
}

/** The feeling came back ("gone once I stood up"), never the feeling itself gone ("the feeling gone once I stood"). */
function feelingCameBack(all: readonly string[]): boolean {
  return all.some(
    (_, i) =>
      FEELING_BACK_PHRASES.some((p) => phraseAt(all, i, p)) &&
      !(all[i] === 'gone' && all.slice(Math.max(0, i - 2), i).some((w) => FEELING_GONE_WORDS.has(w))),
  );
}

/**
 * A symptom used as a name: "Numb Toes is the name of my band", "a trail called Dead Leg". The match is
 * followed by "is/was the name of", or a naming word ("called", "named") stands just before it with a named
 * thing (a band, a team, a trail …) a few words before that.
 */
/** What a band's, a show's or an event's name runs into ("Red Hot Chili Peppers show", "Red Hot Pickleball tourney"). */
const STAGE_NAMED_THINGS: ReadonlySet<string> = new Set([
  ...['show', 'concert', 'gig', 'tour', 'band', 'album', 'song'],
  ...['tourney', 'tournament', 'invitational', 'festival', 'fest', 'league'],
]);
/** Linking words: a name does not run on through them ("my knee hurts at my show"). */
const NAME_BREAKERS: ReadonlySet<string> = new Set([
  ...['my', 'his', 'her', 'their', 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'and', 'or', 'but'],
  ...['at', 'in', 'on', 'during', 'after', 'before', 'since', 'from', 'to', 'for', 'of', 'with', 'when', 'while'],
]);

export function isAName(sentence: Sentence, hit: Hit): boolean {
  const { words } = sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  const after = words.slice(last + 1, last + 5);
  if ((after[0] === 'is' || after[0] === 'was') && after[1] === 'the' && after[2] === 'name') return true;
  // "The Blue Foot is a taco place": said to be a named thing right after.
  if (
    (after[0] === 'is' || after[0] === 'was') &&
    (after[1] === 'a' || after[1] === 'an') &&
    after.slice(2).some((w) => NAMED_THINGS.has(w))
  )
    return true;
  // "the team name is the Pins and Needles": a name given just before.
  const lead = words.slice(Math.max(0, first - 3), first);
  if (lead.includes('name') && lead.includes('is') && lead.indexOf('name') < lead.indexOf('is')) return true;
  // "Red Hot Chili Peppers show": the name goes on, with no break or linking word, into the show it names
  // (not "chest pain during my run": "during my" links, and a run is no show).
  const named = words.slice(last + 2, last + 4).findIndex((w) => STAGE_NAMED_THINGS.has(w));
  const between = words.slice(last + 1, last + 2 + named);
  if (named >= 0 && between.every((w, i) => sentence.breakBefore[last + 1 + i] === 'none' && !NAME_BREAKERS.has(w)))
    return true;
  // "a band called Numb Toes": the naming word right before the match (not "the team doc called it dislocated").
  const naming = first - 1;
  if (
    NAMING_WORDS.has(words[naming] as string) &&
    words.slice(Math.max(0, naming - 4), naming).some((w) => NAMED_THINGS.has(w))
  )
    return true;
  return false;
}

/**
 * "can't straighten my knees all the way when I sit on the floor … never could": the sentence or the next
 * says the knee was never otherwise, and no injury is named. Not for emergencies (detect.ts).
 */
export function isLifelong(sentences: readonly Sentence[], s: number): boolean {
  if (guarded(sentences.flatMap((x) => x.words))) return false;
  return [s, s + 1].some(
    (i) => sentences[i] !== undefined && hasPhrase((sentences[i] as Sentence).words, LIFELONG_PHRASES),
  );
}

/**
 * "my kneecap sits kinda high … it's just how I'm built": the sentence or the next says this is the writer's
 * anatomy, and no injury or other cause for worry is named. For every tier but a crisis (detect.ts).
 */
export function isBuiltThatWay(sentences: readonly Sentence[], s: number): boolean {
  if (guarded(sentences.flatMap((x) => x.words))) return false;
  return [s, s + 1].some(
    (i) => sentences[i] !== undefined && hasPhrase((sentences[i] as Sentence).words, BUILT_PHRASES),
  );
}

/**
 * A dream told beside the match: "my knee swelled up like a balloon... in my dream lol", "had a dream last
 * night my leg was bent the wrong way". In the sentence with no waking between the dream and the match ("had
 * a nightmare and woke up with my calf swollen" is a report), or opening the next one (a "..." splits them).
 * Death words are left alone (detect via en.ts): dreaming of dying may be a wish.
 */
export function isDreamt(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  for (let i = 0; i < words.length; i += 1) {
    if (!DREAM_PHRASES.some((p) => phraseAt(words, i, p))) continue;
    const between = i < first ? words.slice(i, first) : words.slice(last + 1, i);
    if (!between.some((w) => WAKING_WORDS.has(w))) return true;
  }
  const next = sentences[s + 1];
  return next !== undefined && DREAM_PHRASES.some((p) => phraseAt(next.words, 0, p));
}
const WAKING_WORDS: ReadonlySet<string> = new Set(['woke', 'wake', 'waking', 'awoke', 'awake', 'woken']);

/**
 * Topic numbers, one per sentence: a sentence opening with "separately", "unrelated", or speaking of "my own"
 * knee starts a new topic ("my kid has strep with a fever. separately, my own knee aches"), so the parts of
 * a flag named in two topics are not one report.
 */
export function topicsOf(sentences: readonly Sentence[]): number[] {
  let topic = 0;
  return sentences.map((sentence, i) => {
    const { words } = sentence;
    // Only a turn to the writer: "separately, he is limping" goes on about the same child.
    const toWriter = words.some((w) => FIRST_PERSON.has(w));
    const switches = (TOPIC_SWITCHES.some((p) => phraseAt(words, 0, p)) && toWriter) || hasPhrase(words, OWN_PHRASES);
    if (i > 0 && switches) topic += 1;
    return topic;
  });
}

/**
 * "bony bump below his knee that's sore when he kneels, doctor said Osgood-Schlatter last spring": a lump a
 * clinician (or a scan) already named as a growth-related one, and nothing says it is growing, new, or comes
 * with night pain, night sweats, weight loss or a fever. For every tier but a crisis (en.ts: isAccountedFor).
 */
const SEASON_BEFORE: ReadonlySet<string> = new Set(['last', 'this', 'next', 'in', 'since']);
export function isNamedBenignBump(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  const all = sentences.flatMap((x) => x.words);
  // The bump is the match ("a bony bump"), or the match says how the bump feels ("the bump … is tender") and no
  // injury or fever is named (a fall on it is checked like any other).
  const bumpIs = hit.some((i) => LUMP_WORDS.has(sentence.words[i] as string));
  // "last fall" is a season, not a fall.
  const seasonless = all.filter((w, i) => !(w === 'fall' && SEASON_BEFORE.has(all[i - 1] as string)));
  if (!bumpIs && !(sentence.words.some((w) => LUMP_WORDS.has(w)) && !guarded(seasonless))) return false;
  if (!hasPhrase(all, BENIGN_BUMP_NAMES) || !all.some((w) => NAMED_BY_WORDS.has(w))) return false;
  // "growing pains", "growth plate" name the bump; "growing" alone says it changes.
  return !all.some(
    (w, i) => LUMP_CHANGE_WORDS.has(w) && !BENIGN_BUMP_NAMES.some((p) => phraseAt(all, i, p)) && w !== 'growth',
  );
}

/** Words a negation reaches back over: "no fever", "it doesnt wake him up at night". */
const NEGATION_REACH = 5;

/** A word said plainly, not after "no", "not", "doesn't" a few words before it in its sentence. */
function saidPlainly(sentence: Sentence, i: number): boolean {
  const before = sentence.words.slice(Math.max(0, i - NEGATION_REACH), i);
  return !before.some((w) => NEGATION_CUES.has(w));
}

/**
 * "is it normal he has a hard bump? right below the kneecap, both sides, his dad had the same at his age": the
 * bony bump of a growing, jumping knee (Osgood-Schlatter, Sinding-Larsen-Johansson), nobody has named yet. The
 * bump is in the match; the message places it just below the kneecap (or the top of the shin) and tells two of
 * the pattern: both knees, a relative who had the same, a child's or teen's age, a jumping sport. Never when
 * anything says the bump is changing or new, or comes with night or rest pain, a limp, a fever, redness, weight
 * loss or an injury, said plainly (a "no fever" is not one). For every tier but a crisis (en.ts: isAccountedFor).
 */
export function isGrowthAgeBump(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const sentence = sentences[s] as Sentence;
  if (!hit.some((i) => LUMP_WORDS.has(sentence.words[i] as string))) return false;
  const all = sentences.flatMap((x) => x.words);
  const placed =
    hasPhrase(all, GROWTH_BUMP_PLACES) ||
    all.some((w, i) => GROWTH_BUMP_BELOW.has(w) && all.slice(i + 1, i + 5).some((next) => GROWTH_BUMP_KNEE.has(next)));
  if (!placed) return false;
  const concern = sentences.some((x) =>
    x.words.some(
      (w, i) =>
        (GROWTH_BUMP_CONCERNS.has(w) ||
          CAUSE_GUARDS.has(w) ||
          (INJURY_WORDS.has(w) && !GROWTH_BUMP_NOT_INJURY.has(w)) ||
          (LUMP_CHANGE_WORDS.has(w) &&
            ![...BENIGN_BUMP_NAMES, ...GROWTH_BUMP_NOT_CHANGE].some((p) => phraseAt(x.words, i, p)))) &&
        saidPlainly(x, i),
    ),
  );
  if (concern || hasPhrase(all, GROWTH_BUMP_FIXED)) return false;
  const ages = agesIn(all);
  const pattern = [
    all.some((w) => GROWTH_BUMP_BOTH.has(w)),
    all.some((w) => RELATIVE_WORDS.has(w)) && all.some((w) => GROWTH_BUMP_SAME.has(w)),
    all.some((w) => CHILD_WORDS.has(w)) || (ages.length > 0 && ages.every((a) => a >= 8 && a < CHILD_AGE)),
    all.some((w) => GROWTH_BUMP_SPORTS.has(w)),
  ];
  return pattern.filter(Boolean).length >= 2;
}
