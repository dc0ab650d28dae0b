// The Spanish harmless-cause check (the English one: src/triage/harmless.ts, the same core): "la rodilla
// está roja porque me hice un tatuaje", "el hormigueo en los pies es por el azúcar, ya lo ve mi doctor".
// Each cause gives way to anything that makes the symptom matter (cues/harmless.ts CAUSE_GUARDS, an injury).
import type { Hit } from '../../match';
import type { Sentence } from '../../normalize';
import { explainedByHarmlessCause, type HarmlessCauseWords } from '../../harmless';
import { hasPhrase } from '../../phrases';
import type { WordClasses } from '../../pattern';
import {
  CAUSE_GUARDS,
  CAUSE_LEAD_REACH,
  CAUSE_LEADS,
  GUARD_PHRASES,
  HARMLESS_CAUSES,
  DENIED_NO_NEXT,
  INJURY_DENIALS,
  KIND_CLASSES,
  KIND_EXTRA_WORDS,
  BUCKLE_WORDS,
  EASED_PHRASES,
  EASING_WORDS,
  GEAR_REACH,
  GEAR_WORDS,
  LOOSEN_VERBS,
  LOOSENING_WORDS,
  NUMB_CONDITIONS,
  STAINS,
  STIFF_WORDS,
  STILL_THERE_WORDS,
  type SpanishHarmlessKind,
} from './cues/harmless';
import { INJURY_WORDS, NOT_INJURY_PHRASES } from './cues/secondLine';

const anywhere = (words: readonly string[], list: Parameters<typeof hasPhrase>[3]): boolean =>
  hasPhrase(words, 0, words.length, list);

/** A class's single words ("dormid*" a prefix), as a test of one typed word. */
function classWords(classes: WordClasses, names: readonly string[]): (word: string) => boolean {
  const entries = names.flatMap((name) => classes[name] ?? []).filter((e) => !e.includes('+'));
  const exact = new Set(entries.filter((e) => !e.endsWith('*')));
  const prefixes = entries.filter((e) => e.endsWith('*')).map((e) => e.slice(0, -1));
  const seen = new Map<string, boolean>();
  // Matched words repeat across hits and messages: each is tested once (bounded, like detect.ts's word cache).
  return (word) => {
    let is = seen.get(word);
    if (is === undefined) {
      is = exact.has(word) || prefixes.some((p) => word.startsWith(p));
      if (seen.size >= SEEN_LIMIT) seen.clear();
      seen.set(word, is);
    }
    return is;
  };
}
const SEEN_LIMIT = 20_000;

/** "por la diabetes", "es de la ciática": a long-standing condition told as the cause. */
function conditionAsCause(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      NUMB_CONDITIONS.has(w) && words.slice(Math.max(0, i - CAUSE_LEAD_REACH), i).some((v) => CAUSE_LEADS.has(v)),
  );
}

/** "se quita aflojando el zapato": a shoe or strap loosened and the feeling gone, and nothing says it stayed. */
function loosenedAway(words: readonly string[]): boolean {
  return (
    words.some(
      (w, i) => LOOSEN_VERBS.has(w) && words.slice(i + 1, i + 1 + GEAR_REACH).some((g) => GEAR_WORDS.has(g)),
    ) &&
    anywhere(words, EASED_PHRASES) &&
    !words.some((w) => STILL_THERE_WORDS.has(w))
  );
}

/** How far before an injury word a denial reaches: "nunca me he golpeado", "no me he caído". */
const INJURY_DENIAL_REACH = 3;

/**
 * An injury ("me caí"; not "me caí de la risa", nor one denied: "nunca me he golpeado"), a fever, an
 * operation … anywhere in the message.
 */
function guarded(all: readonly string[]): boolean {
  if (all.some((w) => CAUSE_GUARDS.has(w)) || anywhere(all, GUARD_PHRASES)) return true;
  // "no" only before a pronoun or helper ("no me he caído"): "no sé, me caí" is no denial
  const denied = (i: number): boolean =>
    all
      .slice(Math.max(0, i - INJURY_DENIAL_REACH), i)
      .some((v, k, near) => INJURY_DENIALS.has(v) || (v === 'no' && DENIED_NO_NEXT.has(near[k + 1] as string)));
  return all.some((w, i) => INJURY_WORDS.has(w) && !denied(i)) && !anywhere(all, NOT_INJURY_PHRASES);
}

/** The check for the Spanish classes (built once per language profile). */
export function spanishHarmlessCause(
  classes: WordClasses,
): (sentences: readonly Sentence[], s: number, hit: Hit) => boolean {
  const kinds = Object.keys(KIND_CLASSES) as SpanishHarmlessKind[];
  const inClass = Object.fromEntries(kinds.map((k) => [k, classWords(classes, KIND_CLASSES[k])])) as Record<
    SpanishHarmlessKind,
    (word: string) => boolean
  >;
  const words: HarmlessCauseWords<SpanishHarmlessKind> = {
    kinds,
    isKind: (kind, word) => inClass[kind](word) || KIND_EXTRA_WORDS[kind].has(word),
    weakKind: 'numb',
    guarded,
    causeNamed: (kind, near) =>
      anywhere(near, HARMLESS_CAUSES[kind]) || (kind === 'numb' && (conditionAsCause(near) || loosenedAway(near))),
  };
  return (sentences, s, hit) =>
    stainedColour(sentences, s, hit, inClass.colour) ||
    (stiffnessEasing(sentences[s] as Sentence, hit) && !guarded(sentences.flatMap((x) => x.words))) ||
    explainedByHarmlessCause(words, sentences, s, hit);
}

/**
 * "la rodilla tiesa un ratito, luego se me afloja caminando": the loosening word of the match comes after
 * stiffness and eases with time or movement in its clause; not with a fall ("se me afloja y me caigo"), nor
 * after an injury (then it is the knee giving way).
 */
function stiffnessEasing({ words, clause }: Sentence, hit: Hit): boolean {
  const loosening = hit.find((i) => LOOSENING_WORDS.has(words[i] as string));
  if (loosening === undefined || !words.slice(0, loosening).some((w) => STIFF_WORDS.has(w))) return false;
  const own = words.filter((_, i) => clause[i] === clause[loosening]);
  return own.some((w) => EASING_WORDS.has(w)) && !own.some((w) => BUCKLE_WORDS.has(w));
}

/**
 * "morada de pintura", "roja de la tinta": a colour word followed by the stain that made it (also after a
 * pause that ends the sentence: "la pierna morada... de pintura jaja").
 */
function stainedColour(
  sentences: readonly Sentence[],
  s: number,
  hit: Hit,
  isColour: (word: string) => boolean,
): boolean {
  const { words } = sentences[s] as Sentence;
  const last = hit[hit.length - 1] as number;
  if (!isColour(words[last] as string)) return false;
  const after = last === words.length - 1 ? (sentences[s + 1]?.words ?? []) : words.slice(last + 1);
  if (after[0] !== 'de' && after[0] !== 'del') return false;
  return STAINS.has((after[1] === 'la' || after[1] === 'el' ? after[2] : after[1]) as string);
}
