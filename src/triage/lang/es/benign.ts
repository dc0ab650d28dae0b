// Everyday patterns that look like red flags in Spanish, each told by what it is and what it lacks:
//  - a child's growing pains: both legs ache at night, with no limp, fever, swelling or injury (NHS, "Growing
//    pains"); one knee, a limp or a fever still alarms (a limp or a fever is its own match);
//  - a bump just below the kneecap in a sporty child that hurts with sport and has no limp, no growth, no night
//    pain (Osgood-Schlatter: NHS, AAOS OrthoInfo), not the tumour flag's hard lump;
//  - a child who grew ("creció diez centímetros este año", "mi hijo está creciendo") is a growth spurt, not a lump
//    that grows (Osgood-Schlatter comes with growth spurts: NHS);
//  - a cramp that woke one ("un calambre en el chamorro anoche, me despertó") is not night pain;
//  - how the leg landed in a fall ("caí con la rodilla torcida") is the twist that hurt it, not a deformity seen
//    now ("quedó con la rodilla torcida", "se le ve chueca" still alarm: their shape word is not the landing's).
// Words: cues/benign.ts.
import type { Hit } from '../../match';
import type { Sentence } from '../../normalize';
import { hasPhrase } from '../../phrases';
import {
  ACTIVITY_WORDS,
  AGE_LEADS,
  BELOW_WORDS,
  BOTH_LEGS_WORDS,
  BOTH_PHRASES,
  BUMP_WORDS,
  CHILD_AGE_MAX,
  COUNTED_UNITS,
  CHILD_GUARD_PHRASES,
  CHILD_GUARD_WORDS,
  CRAMP_PREFIXES,
  GROWER_REACH,
  GROWING_WORDS,
  GUARD_DENIAL_REACH,
  GUARD_DENIALS,
  HEIGHT_REACH,
  HEIGHT_WORDS,
  KNEECAP_WORDS,
  LANDING_ON,
  LANDING_OWNERS,
  LANDING_PARTS,
  LANDING_SHAPES,
  LANDING_VERBS,
  NIGHT_WORDS,
  ONE_SIDE_PHRASES,
  OWN_PAIN_PARTS,
} from './cues/benign';
import { CHILD_WORDS } from './cues/whose';

const has = (words: readonly string[], list: Parameters<typeof hasPhrase>[3]): boolean =>
  hasPhrase(words, 0, words.length, list);

/** A child: a child word, or an age up to 16 ("mi hijo de 6", "tiene 11", "11 años"; not "dolor de 2 semanas"). */
function aboutChild(all: readonly string[]): boolean {
  return all.some((w, i) => {
    if (CHILD_WORDS.has(w)) return true;
    if (!/^\d{1,2}$/.test(w) || Number(w) > CHILD_AGE_MAX || Number(w) < 2) return false;
    if (/^anos?$/.test(all[i + 1] ?? '')) return true;
    return AGE_LEADS.has(all[i - 1] as string) && !COUNTED_UNITS.has(all[i + 1] as string);
  });
}

/** The growing word at `i` is a child growing taller: a height just after it ("creció diez centímetros"), or the
 * child just before it ("mi hijo está creciendo"), with no lump between. */
export function growsTaller(words: readonly string[], i: number): boolean {
  if (words.slice(i + 1, i + 1 + HEIGHT_REACH).some((w) => HEIGHT_WORDS.has(w))) return true;
  const before = words.slice(Math.max(0, i - GROWER_REACH), i);
  const child = before.findLastIndex((w) => CHILD_WORDS.has(w));
  return child >= 0 && !before.slice(child).some((w) => BUMP_WORDS.has(w));
}

/** A limp, fever, swelling, injury or growth said anywhere, and not denied ("no cojea", "sin fiebre"); a child growing
 * taller is no guard. */
function childGuarded(all: readonly string[]): boolean {
  if (has(all, CHILD_GUARD_PHRASES)) return true;
  return all.some(
    (w, i) =>
      CHILD_GUARD_WORDS.has(w) &&
      !all.slice(Math.max(0, i - GUARD_DENIAL_REACH), i).some((v) => GUARD_DENIALS.has(v)) &&
      !(GROWING_WORDS.has(w) && growsTaller(all, i)),
  );
}

function growingPains(all: readonly string[], matched: readonly string[]): boolean {
  if (!matched.some((w) => NIGHT_WORDS.has(w))) return false;
  const both = all.some((w) => BOTH_LEGS_WORDS.has(w)) || has(all, BOTH_PHRASES);
  return both && !has(all, ONE_SIDE_PHRASES) && aboutChild(all) && !childGuarded(all);
}

/** "abajo de la rodilla", "debajito de la rótula": below-word, then the knee within three words. */
function belowTheKnee(words: readonly string[]): boolean {
  return words.some((w, i) => BELOW_WORDS.has(w) && words.slice(i + 1, i + 4).some((v) => KNEECAP_WORDS.has(v)));
}

/** Pain at night told, not denied ("no le duele en la noche" is the reassurance). */
function nightPainSaid(all: readonly string[]): boolean {
  return all.some((w, i) => {
    if (!NIGHT_WORDS.has(w)) return false;
    const before = all.slice(Math.max(0, i - NIGHT_DENIAL_REACH), i);
    const denial = before.findIndex((v) => GUARD_DENIALS.has(v));
    return denial < 0 || !before.slice(denial).some((v) => PAIN_VERBS.has(v));
  });
}
const NIGHT_DENIAL_REACH = 5;
const PAIN_VERBS: ReadonlySet<string> = new Set(['duele', 'duelen', 'molesta', 'molestan', 'despierta']);

function sportyChildsBump(all: readonly string[], matched: readonly string[]): boolean {
  if (!matched.some((w) => BUMP_WORDS.has(w))) return false;
  return (
    belowTheKnee(all) &&
    aboutChild(all) &&
    all.some((w) => ACTIVITY_WORDS.has(w)) &&
    !nightPainSaid(all) &&
    !childGuarded(all)
  );
}

const isCramp = (w: string): boolean => CRAMP_PREFIXES.some((p) => w.startsWith(p));

/** The match is waking at night, a cramp is named before it in its sentence, and the match names no knee or bone
 * ("me despierta el dolor de rodilla … y me dan calambres" is night pain beside a cramp). */
function crampAtNight(words: readonly string[], hit: Hit): boolean {
  const night = hit.find((i) => NIGHT_WORDS.has(words[i] as string));
  if (night === undefined || hit.some((i) => OWN_PAIN_PARTS.has(words[i] as string))) return false;
  return words.slice(0, night).some(isCramp);
}

/** Every shape word of the match stands right after "fall + con/sobre + la/mi/su + rodilla/pierna/pie". */
function landingTwist(words: readonly string[], hit: Hit): boolean {
  const shapes = hit.filter((i) => LANDING_SHAPES.has(words[i] as string));
  return (
    shapes.length > 0 &&
    shapes.every(
      (i) =>
        LANDING_PARTS.has(words[i - 1] as string) &&
        LANDING_OWNERS.has(words[i - 2] as string) &&
        LANDING_ON.has(words[i - 3] as string) &&
        LANDING_VERBS.has(words[i - 4] as string),
    )
  );
}

export function isEverydayPattern(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const matched = hit.map((i) => words[i] as string);
  const all = sentences.flatMap((x) => x.words);
  return (
    crampAtNight(words, hit) || landingTwist(words, hit) || growingPains(all, matched) || sportyChildsBump(all, matched)
  );
}
