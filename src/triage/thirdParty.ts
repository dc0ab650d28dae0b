// Whose body part is it? An animal's ("my dog's knee dislocated") is not a red flag. Pure.
import { ANIMAL_PRONOUNS, ANIMAL_WORDS, FIRST_PERSON, THIRD_PERSON_PEOPLE } from './cues';
import type { Hit } from './match';
import type { Sentence } from './normalize';

/** "my dog's knee dislocated": the body part belongs to an animal (a word just before the match). */
export function isAboutAnimal(sentence: Sentence, hit: Hit): boolean {
  const first = hit[0] as number;
  const { words } = sentence;
  for (let i = Math.max(0, first - 3); i < first; i += 1) if (ANIMAL_WORDS.has(words[i] as string)) return true;
  // "my dog went lame, his leg is swollen": his/her/its after an animal was named.
  const owner = words.slice(Math.max(0, first - 2), first).some((w) => ANIMAL_PRONOUNS.has(w));
  if (owner && words.slice(0, first).some((w) => ANIMAL_WORDS.has(w))) return true;
  // "my dog hurt his leg and can't walk on it": an animal is the subject and no person is (only "my" dog).
  const animalAt = words.findIndex((w) => ANIMAL_WORDS.has(w));
  if (animalAt < 0 || animalAt > first) return false;
  return words.every((w, i) => !(FIRST_PERSON.has(w) || THIRD_PERSON_PEOPLE.has(w)) || (i === animalAt - 1 && w === 'my'));
}
