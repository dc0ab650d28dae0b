// Whose body part is it? An animal's ("my dog's knee dislocated") is not a red flag. Pure.
import {
  ACQUAINTANCE_WORDS,
  ACTED_ON_WORDS,
  ANIMAL_ACTS_ON,
  ANIMAL_OBJECT_CUES,
  ANIMAL_PRONOUNS,
  ANIMAL_WORDS,
  DETERMINERS,
  FAMILY_HISTORY_WORDS,
  FICTION_FRAME_WORDS,
  FIRST_PERSON,
  GRANDPARENT_WORDS,
  HAD_WORDS,
  IN_CARE_PHRASES,
  MEDIA_VERBS,
  MEDIA_WORDS,
  NEGATION_CUES,
  NOT_MINE_BEFORE,
  OTHER_SUBJECTS,
  OTHERS_POSSESSIVES,
  OWN_PART_WORDS,
  OWN_WELL_REACH,
  OWN_WELL_WORDS,
  PREPOSITIONS_BEFORE_ME,
  OWN_APART_PHRASES,
  RELATIVE_WORDS,
  SELF_WORDS,
  STILL_PRESENT,
  THIRD_PERSON_PEOPLE,
  WRITING_VERBS,
} from './cues';
import type { Hit } from './match';
import { hasPhrase } from './phrases';
import { ACTION_CLASSES } from './words/actionClasses';
import { BODY_CLASSES } from './words/bodyClasses';
import type { Sentence } from './normalize';

/** "my dog's knee dislocated": the body part belongs to an animal (a word just before the match). */
export function isAboutAnimal(sentence: Sentence, hit: Hit): boolean {
  const first = hit[0] as number;
  const { words } = sentence;
  const animal = (i: number): boolean =>
    ANIMAL_WORDS.has(words[i] as string) && !animalIsObject(words, i) && !animalIsCause(words, i);
  for (let i = Math.max(0, first - 3); i < first; i += 1) if (animal(i)) return true;
  // "my dog went lame, his leg is swollen": his/her/its after an animal was named.
  const owner = words.slice(Math.max(0, first - 2), first).some((w) => ANIMAL_PRONOUNS.has(w));
  if (owner && words.slice(0, first).some((_, i) => animal(i))) return true;
  // "my dog hurt his leg and can't walk on it": an animal is the subject and no person is (only "my" dog).
  const animalAt = words.findIndex((_, i) => animal(i));
  if (animalAt < 0 || animalAt > first) return false;
  return words.every((w, i) => !isPerson(w) || (i === animalAt - 1 && w === 'my'));
}

const GRANDPARENTS: ReadonlySet<string> = new Set(GRANDPARENT_WORDS);
function isPerson(word: string): boolean {
  return FIRST_PERSON.has(word) || THIRD_PERSON_PEOPLE.has(word) || GRANDPARENTS.has(word);
}

/**
 * "the horse fell on it, it just gives out", "my horse threw me": the animal did it to the person, so the "it"
 * or "his" that follows is the person's, not the animal's.
 */
function animalIsCause(words: readonly string[], at: number): boolean {
  const verb = words.slice(at + 1, at + 3).findIndex((w) => ANIMAL_ACTS_ON.has(w));
  if (verb < 0) return false;
  const after = words.slice(at + 2 + verb, at + 5 + verb);
  // "it" only after "on"/"into": "fell on it" is the knee, "kicked it" may be a ball.
  return after.some(
    (w, k) => ACTED_ON_WORDS.has(w) && (w !== 'it' || ['on', 'onto', 'into'].includes(after[k - 1] ?? '')),
  );
}

/** "tripped over the dog", "walking my dogs": the animal is what the person fell over, not who is hurt. */
function animalIsObject(words: readonly string[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && DETERMINERS.has(words[i] as string)) i -= 1;
  return i >= 0 && ANIMAL_OBJECT_CUES.has(words[i] as string);
}

/**
 * "My dad had a septic knee once, is it hereditary?": someone else HAD it (a few words before the match, the
 * relative its subject: "my aunt was on dialysis and had numb feet"),
 * and the message talks about family history, a time that is over, or the person's own knee (a later
 * clause with "I" / "my"). "My dad fell and can't get up" (no "had") and "my son had a fever and now his
 * knee is hot" (now) stay reports.
 */
export function isRelativesPastEvent(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  const { words, clause } = sentence;
  const first = hit[0] as number;
  // "had" may open the match itself: "had to be carried out".
  const had = words.slice(Math.max(0, first - 3), first + 1).findIndex((w) => HAD_WORDS.has(w));
  if (had < 0) return false;
  const hadAt = Math.max(0, first - 3) + had;
  if (!relativeIsSubject(words, hadAt)) return false;
  const all = sentences.flatMap((s) => s.words);
  if (all.some((w) => STILL_PRESENT.has(w) || w === 'now')) return false;
  if (all.some((w) => FAMILY_HISTORY_WORDS.has(w))) return true;
  // The person's own concern in another clause or sentence: "…, should I worry about my knee?" Not the writer
  // tending the relative's body ("it hurts when I move her toes"): that clause is still the relative's story.
  const laterClauses = [
    ...clausesOf(sentence).filter((c) => c.from > first && c.index !== clause[first]),
    ...sentences.slice(sentenceIndex + 1).flatMap(clausesOf),
  ];
  return laterClauses.some((c) => c.words.some((w) => FIRST_PERSON.has(w)) && !namesOthersBody(c.words));
}

/** The words of each clause of a sentence, with where it starts. */
function clausesOf(sentence: Sentence): { index: number; from: number; words: string[] }[] {
  const out: { index: number; from: number; words: string[] }[] = [];
  sentence.words.forEach((w, i) => {
    const index = sentence.clause[i] as number;
    const last = out[out.length - 1];
    if (last !== undefined && last.index === index) last.words.push(w);
    else out.push({ index, from: i, words: [w] });
  });
  return out;
}

const LIMB_WORDS: ReadonlySet<string> = new Set([...BODY_CLASSES.legpart, ...BODY_CLASSES.footpart]);
/** "her toes", "his leg": someone else's limb named. */
function namesOthersBody(words: readonly string[]): boolean {
  return words.some((w, i) => OTHERS_POSSESSIVES.has(w) && LIMB_WORDS.has(words[i + 1] as string));
}

/**
 * "my teammate heard a pop and her knee swelled up … Mine's fine, I just want to know …": someone else's sign,
 * and after it the writer sets their own knee apart ("mine", "my own knee"): they ask for themselves. Someone
 * else is named before the match in its sentence with the writer not speaking in between, and the match has
 * no "my" of its own. Not a child's (a parent speaks for the child); detect.ts keeps emergencies.
 */
export function isOthersBesideOwn(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean {
  const { words } = sentences[sentenceIndex] as Sentence;
  const first = hit[0] as number;
  const last = hit[hit.length - 1] as number;
  if (hit.some((i) => FIRST_PERSON.has(words[i] as string))) return false;
  if (words.some((w) => CHILD_WORDS.has(w))) return false;
  let someoneElse = false;
  for (let i = first - 1; i >= 0 && !someoneElse; i -= 1) {
    const word = words[i] as string;
    // "the guy next to me at PT was on crutches": "me" after a preposition is not the writer speaking.
    if (SELF_WORDS.has(word) && !(word === 'me' && PREPOSITIONS_BEFORE_ME.has(words[i - 1] as string))) return false;
    someoneElse = RELATIVE_WORDS.has(word) || ACQUAINTANCE_WORDS.has(word) || OTHER_SUBJECTS.has(word);
  }
  if (!someoneElse) return false;
  const after = [...words.slice(last + 1), ...sentences.slice(sentenceIndex + 1).flatMap((x) => x.words)];
  return (
    after.some((w, i) => w === 'mine' && !NOT_MINE_BEFORE.has(after[i - 1] as string)) ||
    hasPhrase(after, 0, after.length, OWN_APART_PHRASES) ||
    ownSaidWell(after)
  );
}

/** "my knee's doing well": the writer's own knee, then how well it is, a few words on (not "… not good"). */
function ownSaidWell(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      w === 'my' &&
      OWN_PART_WORDS.has(words[i + 1] as string) &&
      words
        .slice(i + 2, i + 2 + OWN_WELL_REACH)
        .some((x, k, span) => OWN_WELL_WORDS.has(x) && !span.slice(0, k).some((y) => NEGATION_CUES.has(y))),
  );
}

/**
 * "my brother dislocated his knee … he's being seen at Parkland": the other person is already in a clinician's
 * hands, so even an emergency of theirs needs no alarm when the writer asks for themselves (detect.ts).
 */
export function isOthersInCare(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => hasPhrase(sentence.words, 0, sentence.words.length, IN_CARE_PHRASES));
}
const CHILD_WORDS: ReadonlySet<string> = new Set(ACTION_CLASSES.child.filter((w) => !w.includes('+')));

/** How far back the relative may stand from "had": "my aunt was on dialysis and had numb feet". */
const SUBJECT_REACH = 8;

/**
 * A relative is who "had" it: named a few words before, with the writer not speaking in between
 * ("my coworker blew out her knee and had to be carried out"; not "my dad drove and I had to be carried").
 */
function relativeIsSubject(words: readonly string[], hadAt: number): boolean {
  for (let i = hadAt - 1; i >= Math.max(0, hadAt - SUBJECT_REACH); i -= 1) {
    const word = words[i] as string;
    if (RELATIVE_WORDS.has(word)) return true;
    if (SELF_WORDS.has(word)) return false;
  }
  return false;
}

/**
 * Fiction or media ("watching Grey's Anatomy and they had a knee dislocation episode", "in my novel a
 * character dislocates her kneecap"): a media word in the sentence, and no real person in it except the
 * one watching, reading or writing ("my novel", "I watched"). "I was watching a movie and my knee locked"
 * is a report.
 */
export function isAboutFiction(sentence: Sentence, sentences?: readonly Sentence[], sentenceIndex?: number): boolean {
  const { words } = sentence;
  // "I had a nightmare that my knee was stuck": a dream is not a report ("dreaming about not waking up" is a wish).
  if (
    words.some(
      (w, i) =>
        DREAM_WORDS.has(w) &&
        words[i - 1] === 'a' &&
        (words[i + 1] === 'that' || words[i + 1] === 'where' || words[i + 1] === 'about'),
    )
  )
    return true;
  // "In the story her knee swells up …": the sentence opens inside the story.
  if (
    words[0] === 'in' &&
    FICTION_FRAME_WORDS.has(words[2] as string) &&
    !words.slice(3).some((w) => FIRST_PERSON.has(w))
  )
    return true;
  // "I'm writing a short story … She can't put weight on it": a later sentence with no real "I" in it.
  if (
    sentences !== undefined &&
    sentenceIndex !== undefined &&
    sentences.slice(0, sentenceIndex).some(writesFiction) &&
    !words.some((w) => FIRST_PERSON.has(w))
  )
    return true;
  if (!words.some((w) => MEDIA_WORDS.has(w))) return false;
  return words.every((w, i) => {
    if (!FIRST_PERSON.has(w) && !THIRD_PERSON_PEOPLE.has(w)) return true;
    const next = words[i + 1] as string;
    return MEDIA_WORDS.has(next) || MEDIA_VERBS.has(next);
  });
}

const DREAM_WORDS: ReadonlySet<string> = new Set(['dream', 'dreamt', 'dreamed', 'nightmare', 'nightmares', 'dreaming']);

/** "I'm writing a short story", "wrote a scene where …": a writing verb with something made up just after it. */
function writesFiction(sentence: Sentence): boolean {
  const { words } = sentence;
  return words.some(
    (w, i) => WRITING_VERBS.has(w) && words.slice(i + 1, i + 5).some((n) => FICTION_FRAME_WORDS.has(n)),
  );
}
