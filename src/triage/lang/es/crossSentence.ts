// Spanish signs told across sentences, for the strong cues (strongCues.ts): the rules read one sentence
// at a time, people do not. The symptom words are the pattern classes themselves (one home).
import type { Sentence } from '../../normalize';
import type { Phrase } from './cues/phrase';
import { hasPhrase, phraseAt } from '../../phrases';
import { SPANISH_CLASSES } from './classes';
import { isHypothetical, isNegated, isPastOrResolved } from './context';
import {
  CHEST_CLUTCH_PHRASES,
  CRAMP_PREFIXES,
  CRY_WORDS,
  HARMLESS_CAUSES,
  LATER_TODAY_PHRASES,
  PINPOINT_PHRASES,
  RECENT_FILLERS,
  RECENT_UNITS,
  STRESS_BONE_WORDS,
  STRETCH_WORDS,
  SWEAT_OR_PALE_WORDS,
  TIGHT_SKIN_WORDS,
  TODAY_PHRASES,
  TOUCH_WORDS,
  UNRELIEVED_PHRASES,
  VOW_WORDS,
} from './cues/crossSentence';
import { CHILD_WORDS, RELATIVE_WORDS } from './cues/whose';

interface ClassWords {
  phrases: Phrase[];
  prefixes: string[];
}

/** A pattern class as phrases and prefixes ("hinchad*"), to find its members in a sentence. */
function classWords(...names: string[]): ClassWords {
  const all = names.flatMap((name) => SPANISH_CLASSES[name] ?? []);
  return {
    phrases: all.filter((w) => !w.endsWith('*')).map((w) => w.split('+')),
    prefixes: all.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
  };
}

const SWELLING = classWords('hinchado', 'grande');
const QUICK = classWords('rapido');
const POP = classWords('tronido');
const THINNER = classWords('anticoagulante');
// red or hot skin, and a fever however told; not the weather's "calor"/"temperatura", nor "tibia" the bone
const RED_OR_HOT = classWords('rojo', 'caliente');
const FEVER = classWords('fiebre');
const NOT_SKIN = new Set(['calor', 'tibia', 'temperatura']);
const KNEE = classWords('rodilla', 'rotula');
const CALF = classWords('pantorrilla');
const SHIN = classWords('shin');
const HARD = classWords('piedra');
const PAIN = classWords('dolor');
const FOOT = classWords('pie');
const OTHER_PEOPLE = new Set([...RELATIVE_WORDS, ...CHILD_WORDS, 'esposo', 'esposa']);

function saysAt(words: readonly string[], i: number, cls: ClassWords): boolean {
  const w = words[i] as string;
  if (NOT_SKIN.has(w)) return false;
  return cls.prefixes.some((p) => w.startsWith(p)) || cls.phrases.some((p) => phraseAt(words, i, p));
}

/** The sentences where a member of `cls` is told as present (not denied, asked about or over). */
function presentIn(sentences: readonly Sentence[], cls: ClassWords, year: number): number[] {
  return sentences.flatMap((sentence, s) =>
    sentence.words.some(
      (_, i) =>
        saysAt(sentence.words, i, cls) &&
        !isNegated(sentences, s, [i]) &&
        !isHypothetical(sentence, [i]) &&
        !isPastOrResolved(sentence, [i], year, false),
    )
      ? [s]
      : [],
  );
}

/** Somewhere in the message, a member of `cls` told as present. */
function presentSomewhere(sentences: readonly Sentence[], cls: ClassWords, year: number): boolean {
  return presentIn(sentences, cls, year).length > 0;
}

/** "hace 1 hora", "hace como 40 min": the injury was minutes or hours ago. */
function recentlyAgo(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (w !== 'hace') return false;
    let j = i + 1;
    while (j < i + 4 && (RECENT_FILLERS.has(words[j] as string) || /^\d+$/.test(words[j] as string))) j += 1;
    return j > i + 1 && RECENT_UNITS.has(words[j] as string);
  });
}

/**
 * A knee swelling within minutes or hours of an injury, the parts in different sentences ("Me golpeé
 * la rodilla hace 1 hora. Ya parece toronja."): with a pop heard, pop-and-swelling; else rapid-swelling.
 * On a blood thinner ("Tomo Xarelto. Me pegué y se está hinchando") any swelling after a knock counts: it
 * may be bleeding into the joint. `injured` is the caller's present-injury reading.
 */
export function swellingSoonAfterInjury(sentences: readonly Sentence[], year: number, injured: boolean): string[] {
  if (!injured || !presentSomewhere(sentences, SWELLING, year)) return [];
  // "corriendo rápido" is how fast someone ran, not how fast it swelled
  const says = (list: Phrase[]): boolean => sentences.some(({ words }) => hasPhrase(words, 0, words.length, list));
  const soon =
    sentences.some(
      ({ words }) =>
        recentlyAgo(words) ||
        words.some((_, i) => saysAt(words, i, QUICK) && !/(?:ando|iendo)$/.test(words[i - 1] ?? '')),
    ) ||
    (says(TODAY_PHRASES) && says(LATER_TODAY_PHRASES)) ||
    presentSomewhere(sentences, THINNER, year);
  if (!soon) return [];
  return presentSomewhere(sentences, POP, year) ? ['pop-and-swelling'] : ['rapid-swelling'];
}

/** A shin or bone that hurts, and one exact spot tender to the touch in a present sentence. */
export function pinpointBonePain(sentences: readonly Sentence[], year: number): boolean {
  if (!sentences.some(({ words }) => words.some((w) => STRESS_BONE_WORDS.has(w)))) return false;
  return sentences.some((sentence) => {
    const { words } = sentence;
    const at = words.findIndex((_, i) => PINPOINT_PHRASES.some((p) => phraseAt(words, i, p)));
    return (
      at >= 0 &&
      words.some((w) => TOUCH_WORDS.has(w)) &&
      !isHypothetical(sentence, [at]) &&
      !isPastOrResolved(sentence, [at], year, false)
    );
  });
}

/**
 * A knee told as red or hot in one sentence and a fever in another ("Ahora está colorada y le arde.
 * Anoche sudó frío con temblorina"): a joint infection. Only with the knee named and no calf (a red,
 * hot calf is the clot flag).
 */
export function infectedKneeAcrossSentences(sentences: readonly Sentence[], year: number): boolean {
  const names = (cls: ClassWords): boolean =>
    sentences.some(({ words }) => words.some((_, i) => saysAt(words, i, cls)));
  if (!names(KNEE) || names(CALF)) return false;
  // the fever someone else's ("mi hijo anda con fiebre") beside the writer's own red knee: not one illness
  const other = (s: number): boolean => (sentences[s]?.words ?? []).some((w) => OTHER_PEOPLE.has(w));
  const red = presentIn(sentences, RED_OR_HOT, year);
  return presentIn(sentences, FEVER, year).some((f) => red.some((r) => !other(f) || other(r)));
}

/**
 * The two signs of pressure building in the muscle, told together with no blow named: a calf or shin
 * hard as wood or stone, and pain on moving the toes ("después del partido la pantorrilla está dura como
 * madera y me duele horrible si muevo los dedos"). The rules ask for an injury; a hard game is enough
 * when both signs are there. Not a cramp, which hardens the calf and passes.
 */
export function tightCalfWithStretchPain(sentences: readonly Sentence[], year: number): boolean {
  if (sentences.some(({ words }) => words.some((w) => CRAMP_PREFIXES.some((p) => w.startsWith(p))))) return false;
  const calfOrShin = (words: readonly string[]): boolean =>
    words.some((_, i) => saysAt(words, i, SHIN) || saysAt(words, i, CALF));
  const hard = presentIn(sentences, HARD, year).some((s) => calfOrShin((sentences[s] as Sentence).words));
  // or the skin told tight and shiny in a sentence of its own, the shin or calf named in another
  // ("un dolor en la espinilla … La piel está tirante y brillosa"), not the knee's
  const tightSkin =
    sentences.some(({ words }) => calfOrShin(words)) &&
    sentences.some(
      (sentence, s) =>
        !sentence.words.some((_, i) => saysAt(sentence.words, i, KNEE)) &&
        sentence.words.some(
          (w, i) =>
            TIGHT_SKIN_WORDS.has(w) &&
            !isNegated(sentences, s, [i]) &&
            !isHypothetical(sentence, [i]) &&
            !isPastOrResolved(sentence, [i], year, false),
        ),
    );
  if (!hard && !tightSkin) return false;
  return sentences.some((sentence, s) => {
    const { words } = sentence;
    const move = words.findIndex(
      (w, i) => STRETCH_WORDS.has(w) && words.slice(i + 1, i + 5).some((_, k) => saysAt(words, i + 1 + k, FOOT)),
    );
    if (move < 0) return false;
    const pain = words.findIndex((w, i) => CRY_WORDS.has(w) || saysAt(words, i, PAIN));
    return pain >= 0 && !isNegated(sentences, s, [pain]) && !isPastOrResolved(sentence, [pain, move], year, false);
  });
}

/**
 * A calf or shin hard as wood or tight as can be, and pain that nothing calms, not even painkillers ("corrí un
 * medio maratón sin entrenar … la espinilla está tiesa y apretadísima, el dolor no se calma con nada ni con
 * pastillas"): pressure in the muscle after a hard effort as after a blow. Not a cramp.
 */
export function tightShinPainUnrelieved(sentences: readonly Sentence[], year: number): boolean {
  if (sentences.some(({ words }) => words.some((w) => CRAMP_PREFIXES.some((p) => w.startsWith(p))))) return false;
  const calfOrShin = (words: readonly string[]): boolean =>
    words.some((_, i) => saysAt(words, i, SHIN) || saysAt(words, i, CALF));
  const hard = presentIn(sentences, HARD, year).some((s) => calfOrShin((sentences[s] as Sentence).words));
  if (!hard) return false;
  return sentences.some((sentence) => {
    const at = sentence.words.findIndex((_, i) => UNRELIEVED_PHRASES.some((p) => phraseAt(sentence.words, i, p)));
    return at >= 0 && !isHypothetical(sentence, [at]) && !isPastOrResolved(sentence, [at], year, false);
  });
}

/**
 * A hand held to the chest in one clause, sweating or pale in another ("con la mano en el pecho, dice que son
 * agruras pero está pálido y sudado"): chest pain, whatever name he gives it. Not the vow "con la mano en el
 * pecho le digo …", nor a pallor with a harmless cause ("pálido de coraje").
 */
export function clutchedChestAndSweat(sentences: readonly Sentence[], year: number): boolean {
  const present = (sentence: Sentence, s: number, i: number): boolean =>
    !isNegated(sentences, s, [i]) && !isHypothetical(sentence, [i]) && !isPastOrResolved(sentence, [i], year, false);
  const clutch = sentences.some((sentence, s) =>
    sentence.words.some((_, i) => {
      const phrase = CHEST_CLUTCH_PHRASES.find((p) => phraseAt(sentence.words, i, p));
      if (phrase === undefined || !present(sentence, s, i)) return false;
      const after = sentence.words.slice(i + phrase.length, i + phrase.length + 4);
      return !after.some((w) => VOW_WORDS.has(w));
    }),
  );
  if (!clutch) return false;
  return sentences.some((sentence, s) =>
    sentence.words.some(
      (w, i) =>
        SWEAT_OR_PALE_WORDS.has(w) &&
        !sentence.words.slice(i + 1, i + 4).some((v) => HARMLESS_CAUSES.has(v)) &&
        present(sentence, s, i),
    ),
  );
}
