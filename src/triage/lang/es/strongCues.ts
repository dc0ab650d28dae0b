// Spanish cues spread over several sentences that are strong enough for an alarm when no single
// sentence matches a pattern: a parent tells of the child in one sentence and of the limp in another
// ("mi chamaco tiene 14 … Pensamos que era del entrenamiento, pero ahora camina cojeando"), or an
// older person's fall that hurts the leg (Ottawa knee rule: 55 or older gets a same-day X-ray).
import type { TriageContext } from '../../subject';
import type { Sentence } from '../../normalize';
import { isHypothetical, isNegated, isPastOrResolved } from './context';
import {
  clutchedChestAndSweat,
  infectedKneeAcrossSentences,
  pinpointBonePain,
  swellingSoonAfterInjury,
  tightCalfWithStretchPain,
  tightShinPainUnrelieved,
} from './crossSentence';
import { hasPhrase } from '../../phrases';
import type { Phrase } from './cues/phrase';
import {
  BURDEN_PHRASES,
  GIVING_AWAY_PHRASES,
  GONE_SOON_PHRASES,
  NO_POINT_PHRASES,
  NOTHING_MATTERS_PHRASES,
  OTHERS_GONE_PHRASES,
  SLEEP_AWAY_PHRASES,
  UNDERSTOOD_WHY_PHRASES,
} from './cues/crisis';
import {
  BONE_WORDS,
  CANT_GET_UP_PHRASES,
  CANCER_WORDS,
  HARD_GROWING_WORDS,
  LUMP_WORDS,
  MUSCLE_WORDS,
  PAIN_WORDS,
  PULSING_WORDS,
} from './cues/secondLine';
import { CHILD_WORDS, LIMP_WORDS, LOWER_LIMB_WORDS, ODD_GAIT_WORDS, RELATIVE_WORDS, WALK_WORDS } from './cues/whose';
import { agesIn, injuredNow, isOlder } from './secondLine';
import { growsTaller } from './benign';

/** "de 30 años", "tiene 45 años": an adult son or daughter, not a child. */
function namesAnAdultAge(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ words }) =>
    words.some((w, i) => /^\d+$/.test(w) && Number(w) > 17 && /^anos?$/.test(words[i + 1] ?? '')),
  );
}

/** A limp told as present (not denied, feared or over) in some sentence of the message. */
function presentLimp(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some((sentence, s) =>
    sentence.words.some(
      (w, i) =>
        (LIMP_WORDS.has(w) || (WALK_WORDS.has(w) && ODD_GAIT_WORDS.has(sentence.words[i + 1] as string))) &&
        !isNegated(sentences, s, [i]) &&
        !isHypothetical(sentence, [i]) &&
        !isPastOrResolved(sentence, [i], year, false),
    ),
  );
}

export function spanishStrongCueFlags(
  sentences: readonly Sentence[],
  year: number,
  context: TriageContext = {},
): string[] {
  const all = sentences.flatMap((s) => s.words);
  // The child may have been named in an earlier message: "ahora cojea" (subject.ts).
  const child =
    context.subject === 'child' ||
    (all.some((w) => CHILD_WORDS.has(w)) && !namesAnAdultAge(sentences)) ||
    agesIn(all).some((age) => age < 18);
  const leg = all.some((w) => LOWER_LIMB_WORDS.has(w));
  if (child && leg && presentLimp(sentences, year)) return ['child-hip-knee-pain'];
  // things given away in one sentence, being gone soon in another ("ya regalé mis herramientas … antes
  // de que yo ya no esté"): the crisis line
  const says = (list: Phrase[]): boolean => sentences.some(({ words }) => hasPhrase(words, 0, words.length, list));
  if (says(GIVING_AWAY_PHRASES) && says(GONE_SOON_PHRASES)) return ['self-harm'];
  // a burden in one sentence, no point going on or the pills kept in another
  if (says(BURDEN_PHRASES) && says(NO_POINT_PHRASES)) return ['self-harm'];
  // others gone, and now their act understood ("ya no están … ahora entiendo por qué lo hicieron")
  if (says(OTHERS_GONE_PHRASES) && says(UNDERSTOOD_WHY_PHRASES)) return ['self-harm'];
  if (says(SLEEP_AWAY_PHRASES) && (says(NOTHING_MATTERS_PHRASES) || says(NO_POINT_PHRASES))) return ['self-harm'];
  // a hand to the chest and a sweaty or pale face, told by whoever sees it: chest pain (911)
  if (clutchedChestAndSweat(sentences, year)) return ['chest-pain'];
  // a red or hot knee in one sentence, a fever in another: a joint infection (emergency room)
  if (infectedKneeAcrossSentences(sentences, year)) return ['hot-swollen-joint'];
  // a calf hard as wood and pain on moving the toes, after a hard game as after a blow
  if (tightCalfWithStretchPain(sentences, year)) return ['compartment-syndrome'];
  // or hard and tight with a pain that nothing calms, painkillers included
  if (tightShinPainUnrelieved(sentences, year)) return ['compartment-syndrome'];
  // an older person's fall, then not up since, in another sentence: can't bear weight (and the X-ray)
  if (isOlder(all) && injuredNow(sentences, year) && cannotGetUp(sentences, year))
    return ['cannot-bear-weight', 'ottawa-fracture-signs'];
  if (isOlder(all) && leg && all.some((w) => PAIN_WORDS.has(w)) && injuredNow(sentences, year))
    return ['ottawa-fracture-signs'];
  // a blow "hace 1 hora", then "ya parece toronja" in another sentence
  const swelling = swellingSoonAfterInjury(sentences, year, injuredNow(sentences, year));
  if (swelling.length > 0) return swelling;
  // a sore shin, then "hay un lugar exacto que duele al tocar"
  if (pinpointBonePain(sentences, year)) return ['bone-stress-injury'];
  // a lump in one sentence that beats in another ("una bolita … se siente que late"; not "me late que …")
  if (
    all.some((w) => LUMP_WORDS.has(w)) &&
    presentWord(sentences, PULSING_WORDS, year, (words, i) => words[i - 1] !== 'me')
  )
    return ['tumour-signs'];
  // a lump in one sentence told as hard or growing in another ("un bulto … Pero no se mueve, está duro
  // como hueso y ahora está más grande"), not a muscle knot ("tengo una bolita, el músculo está duro") nor a child
  // who grew taller ("creció diez centímetros este año")
  if (
    all.some((w) => LUMP_WORDS.has(w)) &&
    !all.some((w) => MUSCLE_WORDS.has(w)) &&
    presentWord(sentences, HARD_GROWING_WORDS, year, (words, i) => !growsTaller(words, i))
  )
    return ['tumour-signs'];
  // the writer's own cancer history, and bone pain now ("tuve cáncer de mama … me duele el hueso")
  if (ownCancer(sentences) && presentWord(sentences, BONE_WORDS, year, (words) => words.some((w) => PAIN_WORDS.has(w))))
    return ['tumour-signs'];
  return [];
}

/** A word of `set`, told as present and passing `also`, somewhere in the message. */
function presentWord(
  sentences: readonly Sentence[],
  set: ReadonlySet<string>,
  year: number,
  also: (words: readonly string[], i: number) => boolean,
): boolean {
  return sentences.some((sentence, s) =>
    sentence.words.some(
      (w, i) =>
        set.has(w) &&
        also(sentence.words, i) &&
        !isNegated(sentences, s, [i]) &&
        !isHypothetical(sentence, [i]) &&
        !isPastOrResolved(sentence, [i], year, false),
    ),
  );
}

/** Cancer named without a relative just before it ("mi mamá tuvo cáncer" is hers). */
function ownCancer(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ words }) =>
    words.some((w, i) => CANCER_WORDS.has(w) && !words.slice(Math.max(0, i - 5), i).some((v) => RELATIVE_WORDS.has(v))),
  );
}

/** "no se ha levantado", "ni al baño ha podido ir", in a sentence not told as over or long past. */
function cannotGetUp(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some(
    (sentence) =>
      hasPhrase(sentence.words, 0, sentence.words.length, CANT_GET_UP_PHRASES) &&
      !isPastOrResolved(sentence, [sentence.words.length - 1], year, false),
  );
}
