// Spanish cues spread over several sentences that are strong enough for an alarm when no single
// sentence matches a pattern: a parent tells of the child in one sentence and of the limp in another
// ("mi chamaco tiene 14 … Pensamos que era del entrenamiento, pero ahora camina cojeando"), or an
// older person's fall that hurts the leg (Ottawa knee rule: 55 or older gets a same-day X-ray).
import type { Sentence } from '../../normalize';
import { isHypothetical, isNegated, isPastOrResolved } from './context';
import { PAIN_WORDS } from './cues/secondLine';
import { CHILD_WORDS, LIMP_WORDS, LOWER_LIMB_WORDS } from './cues/whose';
import { injuredNow, isOlder } from './secondLine';

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
        LIMP_WORDS.has(w) &&
        !isNegated(sentences, s, [i]) &&
        !isHypothetical(sentence, [i]) &&
        !isPastOrResolved(sentence, [i], year, false),
    ),
  );
}

export function spanishStrongCueFlags(sentences: readonly Sentence[], year: number): string[] {
  const all = sentences.flatMap((s) => s.words);
  const child = all.some((w) => CHILD_WORDS.has(w)) && !namesAnAdultAge(sentences);
  const leg = all.some((w) => LOWER_LIMB_WORDS.has(w));
  if (child && leg && presentLimp(sentences, year)) return ['child-hip-knee-pain'];
  if (isOlder(all) && leg && all.some((w) => PAIN_WORDS.has(w)) && injuredNow(sentences, year))
    return ['ottawa-fracture-signs'];
  return [];
}
