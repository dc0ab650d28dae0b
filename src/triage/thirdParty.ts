// Whose body part is it? An animal's ("my dog's knee dislocated") is not a red flag. Pure.
import {
  ANIMAL_OBJECT_CUES,
  ANIMAL_PRONOUNS,
  ANIMAL_WORDS,
  DETERMINERS,
  FAMILY_HISTORY_WORDS,
  FICTION_FRAME_WORDS,
  FIRST_PERSON,
  GRANDPARENT_WORDS,
  HAD_WORDS,
  MEDIA_VERBS,
  MEDIA_WORDS,
  RELATIVE_WORDS,
  STILL_PRESENT,
  THIRD_PERSON_PEOPLE,
  WRITING_VERBS,
} from './cues';
import type { Hit } from './match';
import type { Sentence } from './normalize';

/** "my dog's knee dislocated": the body part belongs to an animal (a word just before the match). */
export function isAboutAnimal(sentence: Sentence, hit: Hit): boolean {
  const first = hit[0] as number;
  const { words } = sentence;
  const animal = (i: number): boolean => ANIMAL_WORDS.has(words[i] as string) && !animalIsObject(words, i);
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

/** "tripped over the dog", "walking my dogs": the animal is what the person fell over, not who is hurt. */
function animalIsObject(words: readonly string[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && DETERMINERS.has(words[i] as string)) i -= 1;
  return i >= 0 && ANIMAL_OBJECT_CUES.has(words[i] as string);
}

/**
 * "My dad had a septic knee once, is it hereditary?": someone else HAD it (a few words before the match),
 * and the message talks about family history, a time that is over, or the person's own knee (a later
 * clause with "I" / "my"). "My dad fell and can't get up" (no "had") and "my son had a fever and now his
 * knee is hot" (now) stay reports.
 */
export function isRelativesPastEvent(sentences: readonly Sentence[], sentenceIndex: number, hit: Hit): boolean {
  const sentence = sentences[sentenceIndex] as Sentence;
  const { words, clause } = sentence;
  const first = hit[0] as number;
  const had = words.slice(Math.max(0, first - 3), first).findIndex((w) => HAD_WORDS.has(w));
  if (had < 0) return false;
  const hadAt = Math.max(0, first - 3) + had;
  if (!words.slice(Math.max(0, hadAt - 4), hadAt).some((w) => RELATIVE_WORDS.has(w))) return false;
  const all = sentences.flatMap((s) => s.words);
  if (all.some((w) => STILL_PRESENT.has(w) || w === 'now')) return false;
  if (all.some((w) => FAMILY_HISTORY_WORDS.has(w))) return true;
  // The person's own concern in another clause or sentence: "…, should I worry about my knee?"
  const later = sentences.slice(sentenceIndex + 1).flatMap((s) => s.words);
  const laterClauses = words.filter((_, i) => i > first && clause[i] !== clause[first]);
  return [...later, ...laterClauses].some((w) => FIRST_PERSON.has(w));
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
