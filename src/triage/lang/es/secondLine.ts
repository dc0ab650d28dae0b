// The Spanish second line of defence: when no Spanish red-flag pattern matched but the message still
// sounds like one (a fall and "me duele horrible", an older person's fall, "ya no puedo más"), name
// the flag to ask ONE targeted safety question about, as src/triage/suspect.ts does for English:
// cues first, then a logistic regression trained on the labelled Spanish messages (suspectModel.json,
// scripts/train-triage-model.ts; features.ts). Never an alarm by itself: the dialog asks, and the
// answer decides.
import path from 'node:path';
import type { Knowledge, RedFlag } from '../../../knowledge/types';
import { compileModel, MIN_WORDS, type SuspectModel } from '../../classifier';
import type { Sentence } from '../../normalize';
import { phraseAt, phrasesAt } from '../../phrases';
import { assertSafetyQuestionWording, SAFETY_QUESTIONS, type SafetyQuestion } from '../../safetyQuestions';
import type { Suspect } from '../../suspect';
import { asksInGeneral, isAboutAnimal, isHypothetical, isNegated, isPastOrResolved } from './context';
import {
  ABILITY_VERBS,
  ACQUAINTANCE_WORDS,
  AGE_BEFORE,
  AGE_UNITS,
  BRIEF_PHRASES,
  CHILD_WARNING_WORDS,
  COPING_PHRASES,
  EVERYDAY_DISCOMFORT_WORDS,
  FUNCTION_LOSS_WORDS,
  HOPELESS_PHRASES,
  INJURY_WORDS,
  LIFELESS_WORDS,
  LIMB_WORDS,
  NOT_AGE_AFTER,
  NOT_INJURY_PHRASES,
  OLDER_WORDS,
  PAIN_WORDS,
  SELF_WORDS,
  WRITER_FINE_PHRASES,
  SEVERITY_PHRASES,
  SEVERITY_WORDS,
} from './cues/secondLine';
import { ANIMAL_WORDS, CHILD_WORDS, LOWER_LIMB_WORDS, RELATIVE_WORDS } from './cues/whose';
import { spanishMessageFeatures } from './features';
import { readModelFile } from '../../../text/modelFile';
import type { WithRows } from '../../../text/linear';
// Never loaded this way (readModelFile reads it, rows on demand): the import only keeps the file in dist/.
import type _inDist from './suspectModel.json';

/** Ages from this up make a fall worth an X-ray question (Ottawa knee rule: 55+). */
const OLDER_AGE = 55;
const CHILD_AGE = 18;

/** A cue at a position counts when it is a present report: not negated, feared, over or an animal's. */
function present(sentences: readonly Sentence[], s: number, at: number, year: number): boolean {
  const sentence = sentences[s] as Sentence;
  return (
    !isNegated(sentences, s, [at]) &&
    !isHypothetical(sentence, [at]) &&
    !isPastOrResolved(sentence, [at], year, false) &&
    !isAboutAnimal(sentence, [at])
  );
}

function presentWord(sentences: readonly Sentence[], set: ReadonlySet<string>, year: number): boolean {
  return sentences.some((sentence, s) => sentence.words.some((w, i) => set.has(w) && present(sentences, s, i, year)));
}

/** "me caí", "se resbaló", "me pegaron" told as present (not "me caí de la risa", "hace años me caí"). */
export function injuredNow(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some(({ words }, s) =>
    words.some(
      (w, i) =>
        INJURY_WORDS.has(w) &&
        !NOT_INJURY_PHRASES.some((p) => p.includes(w) && phraseAt(words, i - p.indexOf(w), p)) &&
        present(sentences, s, i, year),
    ),
  );
}

/** "no puedo pararme", "no pude ni levantarme": nopuede and an ability verb within 3 words. */
function cannotDo(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some(({ words }, s) =>
    words.some(
      (w, i) =>
        w === 'nopuede' &&
        words.slice(i + 1, i + 4).some((v) => ABILITY_VERBS.has(v)) &&
        !isPastOrResolved(sentences[s] as Sentence, [i], year, false) &&
        !isHypothetical(sentences[s] as Sentence, [i]) &&
        !isAboutAnimal(sentences[s] as Sentence, [i]),
    ),
  );
}

function severe(sentences: readonly Sentence[], year: number): boolean {
  const brief = (words: readonly string[], i: number): boolean => phrasesAt(words, i + 1, BRIEF_PHRASES).length > 0;
  if (
    sentences.some(({ words }, s) =>
      words.some((w, i) => SEVERITY_WORDS.has(w) && !brief(words, i) && present(sentences, s, i, year)),
    )
  )
    return true;
  return sentences.some(({ words }, s) =>
    words.some((_, i) => phrasesAt(words, i, SEVERITY_PHRASES).length > 0 && present(sentences, s, i, year)),
  );
}

/** "la pierna muerta", "el pie flojo" after an injury (a leg tired after a run is not this). */
function lifelessLimb(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some(({ words }, s) =>
    words.some(
      (w, i) =>
        LIFELESS_WORDS.has(w) &&
        words.slice(Math.max(0, i - 4), i + 5).some((v) => LIMB_WORDS.has(v)) &&
        present(sentences, s, i, year),
    ),
  );
}

function hopeless(sentences: readonly Sentence[], year: number): boolean {
  return sentences.some(
    ({ words }, s) =>
      !words.some((w) => EVERYDAY_DISCOMFORT_WORDS.has(w)) &&
      words.some((_, i) => phrasesAt(words, i, HOPELESS_PHRASES).length > 0 && present(sentences, s, i, year)),
  );
}

/** Holding on or asking how to cope, not denied ("ya no le echo ganas" is the opposite). */
function coping(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ words }) =>
    words.some(
      (_, i) => phrasesAt(words, i, COPING_PHRASES).length > 0 && !['no', 'ni', 'nunca'].includes(words[i - 1] ?? ''),
    ),
  );
}

/** "de 80 años", "tiene 72", "mi mamá de 81". */
export function agesIn(words: readonly string[]): number[] {
  const ages: number[] = [];
  words.forEach((word, i) => {
    if (!/^\d{1,3}$/.test(word)) return;
    const next = words[i + 1] as string;
    // "de 13 años", "tiene 80" (not "hace 5 años", "desde los 20 años")
    if (AGE_BEFORE.has(words[i - 1] as string) && (AGE_UNITS.has(next) || !NOT_AGE_AFTER.has(next)))
      ages.push(Number(word));
  });
  return ages;
}

/** An older person: a word for one, or an age of 55 or more ("mi tía de 70", "tiene 81 años"). */
export function isOlder(words: readonly string[]): boolean {
  return words.some((w) => OLDER_WORDS.has(w)) || agesIn(words).some((age) => age >= OLDER_AGE && age < 110);
}

/** The flags the cues point to, most specific first. */
function spanishCueFlags(sentences: readonly Sentence[], year: number): string[] {
  const words = sentences.flatMap((s) => s.words);
  const has = (set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
  const ages = agesIn(words);
  const injured = injuredNow(sentences, year);
  const out: string[] = [];
  if (hopeless(sentences, year)) out.push('self-harm');
  if (injured && lifelessLimb(sentences, year)) out.push('numb-foot');
  const lostFunction = cannotDo(sentences, year) || presentWord(sentences, FUNCTION_LOSS_WORDS, year);
  // an older person's fall that hurts the leg or knee (not "se cayó pero ya camina bien")
  const hurtLeg = has(LOWER_LIMB_WORDS) || words.some((w) => PAIN_WORDS.has(w));
  if (injured && isOlder(words) && hurtLeg) out.push('ottawa-fracture-signs', 'cannot-bear-weight');
  if (injured && (lostFunction || severe(sentences, year))) out.push('cannot-bear-weight');
  const child = has(CHILD_WORDS) || ages.some((age) => age < CHILD_AGE);
  if (child && has(LOWER_LIMB_WORDS) && presentWord(sentences, CHILD_WARNING_WORDS, year))
    out.push('child-hip-knee-pain');
  return out;
}

/** "mi abuelita se cayó … le duele mucho": someone else, and the writer never speaks of themselves. */
function aboutSomeoneElse(sentences: readonly Sentence[]): boolean {
  const words = sentences.flatMap((s) => s.words);
  if (words.some((w) => SELF_WORDS.has(w))) return false;
  return words.some((w) => RELATIVE_WORDS.has(w) || CHILD_WORDS.has(w) || OLDER_WORDS.has(w));
}

function writerFineAfterOthersAccident(sentences: readonly Sentence[]): boolean {
  const words = sentences.flatMap((s) => s.words);
  if (words.some((w) => (RELATIVE_WORDS.has(w) && !ACQUAINTANCE_WORDS.has(w)) || CHILD_WORDS.has(w))) return false;
  return sentences.some(({ words: ws }) => ws.some((_, i) => phrasesAt(ws, i, WRITER_FINE_PHRASES).length > 0));
}

/** The Spanish second line, built once per triage (Suspect: see src/triage/suspect.ts). */
/** The calf questions only when the message names the leg below the knee (as in English). */
const CALF_FLAGS: ReadonlySet<string> = new Set(['calf-pain-swelling', 'calf-swelling-breathless']);

export function createSpanishSuspicion(
  knowledge: Knowledge,
  model: WithRows<SuspectModel> = readModelFile<SuspectModel>(path.join(__dirname, 'suspectModel.json')),
): Suspect {
  assertSafetyQuestionWording(knowledge);
  const compiled = compileModel(model);
  const byId = new Map(knowledge.redFlags.map((flag) => [flag.id, flag]));
  const askable = (id: string, dismissed: ReadonlySet<string>): { flag: RedFlag; question: SafetyQuestion } | null => {
    const flag = byId.get(id);
    const question = SAFETY_QUESTIONS[id];
    return flag && question && !dismissed.has(id) ? { flag, question } : null;
  };
  return (sentences, dismissed, year) => {
    if (sentences.length === 0 || sentences.some(asksInGeneral)) return null;
    // An animal's leg is for a vet ("la pata" alone is also one's own leg in Mexican Spanish).
    if (sentences.some((s) => s.words.some((w) => ANIMAL_WORDS.has(w) && !w.startsWith('pat')))) return null;
    // Someone else's accident (not a relative's or child's), and the writer says they are fine.
    if (writerFineAfterOthersAccident(sentences)) return null;
    for (const id of spanishCueFlags(sentences, year)) {
      const found = askable(id, dismissed);
      if (found) return { ...found, source: 'cues', someoneElse: aboutSomeoneElse(sentences) };
    }
    if (sentences.reduce((n, s) => n + s.words.length, 0) < MIN_WORDS) return null;
    const features = spanishMessageFeatures(sentences);
    const odds = compiled.logOdds(features);
    // The leg below the knee, by its word classes ("$pierna", "$pantorrilla"; not negated).
    const namesLowerLeg = features.includes('$pierna') || features.includes('$pantorrilla');
    const holdingOn = coping(sentences);
    let best: { score: number; found: { flag: RedFlag; question: SafetyQuestion } } | null = null;
    for (let c = 1; c < odds.length; c += 1) {
      const score = odds[c] as number;
      if (score < compiled.threshold || (best !== null && score <= best.score)) continue;
      if (CALF_FLAGS.has(compiled.classes[c] as string) && !namesLowerLeg) continue;
      if (compiled.classes[c] === 'self-harm' && holdingOn) continue;
      const found = askable(compiled.classes[c] as string, dismissed);
      if (found) best = { score, found };
    }
    return best && { ...best.found, source: 'classifier', someoneElse: aboutSomeoneElse(sentences) };
  };
}
