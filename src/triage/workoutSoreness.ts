// "Did my first spin class yesterday and I can barely walk today, my quads are so sore lol", "my knee feels like
// it's dislocated after leg day haha, so sore": muscle soreness a day or two after a new or hard session (DOMS)
// said the way people say it, not a leg that takes no weight or a knee out of place. A session is named, the
// soreness is said (of the muscles, or laughed about), and nothing in the message names an injury, a swelling,
// one side only, or dark urine (rhabdomyolysis after a first spin class is no DOMS). Pure; English words.
import type { Hit } from './match';
import type { Sentence } from './normalize';
import { INJURY_WORDS } from './words/secondLine';
import { CAUSE_GUARDS } from './words/harmless';
import {
  CALF_SIGN_WORDS,
  LAUGH_WORDS,
  LONG_SPAN_WORDS,
  MOVE_WORDS,
  MUSCLE_WORDS,
  NOT_SORENESS_WORDS,
  RUN_WORDS,
  SIMILE_WORDS,
  SORENESS_WORDS,
  SPAN_LASTED_BEFORE,
  WORKOUT_WORDS,
} from './words/workoutSoreness';

export function isWorkoutSoreness(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  const matched = hit.map((i) => words[i] as string);
  const first = hit[0] as number;
  // Hard to walk, sit or take the stairs; or "feels like it's dislocated".
  const moving = matched.some((w) => MOVE_WORDS.has(w));
  const at = hit.find((i) => SIMILE_WORDS.has(words[i] as string));
  const simile = at !== undefined && words.slice(Math.max(0, first - 4), at).includes('like');
  if (!moving && !simile) return false;
  const all = sentences.flatMap((x) => x.words);
  if (all.some((w) => NOT_SORENESS_WORDS.has(w) || INJURY_WORDS.has(w) || LONG_SPAN_WORDS.has(w))) return false;
  if (!all.some((w) => WORKOUT_WORDS.has(w))) return false;
  const sore = all.some((w) => SORENESS_WORDS.has(w));
  return (
    (sore && (all.some((w) => MUSCLE_WORDS.has(w)) || all.some((w) => LAUGH_WORDS.has(w)))) || all.includes('doms')
  );
}

/**
 * "both calves sore first week back running postpartum, like DOMS": both calves, sore after running or a session
 * (or DOMS named), and nothing of one side, swelling, warmth, tenderness to squeeze, an injury, a flight or an
 * operation, breathlessness, or soreness that has lasted weeks. A clot is one calf (calf-pain-swelling).
 */
export function isBothCalvesSoreness(sentences: readonly Sentence[], s: number, hit: Hit): boolean {
  const { words } = sentences[s] as Sentence;
  if (!hit.some((i) => words[i] === 'calves')) return false;
  const all = sentences.flatMap((x) => x.words);
  if (!all.includes('both')) return false;
  if (
    all.some((w) => NOT_SORENESS_WORDS.has(w) || INJURY_WORDS.has(w) || CAUSE_GUARDS.has(w) || CALF_SIGN_WORDS.has(w))
  )
    return false;
  const lasted = all.some(
    (w, i) => LONG_SPAN_WORDS.has(w) && all.slice(Math.max(0, i - 3), i).some((x) => SPAN_LASTED_BEFORE.has(x)),
  );
  if (lasted || all.includes('since')) return false;
  const sore = all.some((w) => SORENESS_WORDS.has(w));
  return all.includes('doms') || (sore && all.some((w) => RUN_WORDS.has(w) || WORKOUT_WORDS.has(w)));
}
