// Reading back what a message meant before matching: voice-to-text mishearings of red-flag words
// ("my need is swollen" = knee) and gear named after a body part ("kneecap strap"). Called by the
// tokeniser (normalize.ts) on each sentence's words, clause numbers and breaks, which it edits in place.
import { ANYONE_WORDS, MAN_WORDS, RELATIVE_WORDS, WOMAN_WORDS } from './words/people';

const POSSESSIVE: ReadonlySet<string> = new Set([
  'my',
  'his',
  'her',
  'their',
  'your',
  'our',
  'the',
  'left',
  'right',
  'sons',
  'daughters',
]);
/**
 * A person whose "'s" the tokeniser dropped ("my husband's need is red hot" → husband need): a knee only when
 * a symptom follows ("my husband needs surgery" is the verb).
 */
const PERSON_OWNERS: ReadonlySet<string> = new Set([
  ...RELATIVE_WORDS,
  ...MAN_WORDS,
  ...WOMAN_WORDS,
  ...ANYONE_WORDS,
  ...['papa', 'kid', 'child', 'hubby', 'wifey', 'baby', 'boy', 'girl'],
]);
/** After "need" (heard for knee) these mean the verb or noun "need", not a knee. */
const NEED_VERB_NEXT: ReadonlySet<string> = new Set([
  'to',
  'for',
  'a',
  'an',
  'some',
  'help',
  'of',
  'it',
  'more',
  'any',
  'advice',
  'is',
  'was',
  'and',
  'or',
  'now',
  'here',
  'this',
  'that',
]);
const HALF_NEXT: ReadonlySet<string> = new Set([
  'is',
  'was',
  'feels',
  'looks',
  'swollen',
  'swelled',
  'swelling',
  'hurts',
  'hurting',
  'sore',
  'painful',
  'aches',
  'aching',
  'throbbing',
  'tender',
  'red',
  'hot',
  'warm',
  'puffy',
  'huge',
  'bigger',
  'keeps',
  // said of a "need" (knee) too: "his need is swole up and red hot"
  'swole',
  'swolled',
  'swolen',
  'puffed',
  'inflamed',
  'bruised',
]);
const HALF_RACE: ReadonlySet<string> = new Set([
  'marathon',
  'marathons',
  'race',
  'pb',
  'time',
  'training',
  'plan',
  'mile',
  'miles',
  'km',
  'way',
]);
const NUMB_BEFORE: ReadonlySet<string> = new Set([
  'is',
  'feels',
  'felt',
  'gone',
  'went',
  'getting',
  'was',
  'are',
  'go',
  'goes',
  'going',
  'totally',
  'completely',
  'so',
  'very',
  'all',
  'bit',
  'and',
  'still',
  'stays',
  'stayed',
  'to',
]);
const LIMB_WORDS: ReadonlySet<string> = new Set([
  'foot',
  'feet',
  'toes',
  'toe',
  'leg',
  'legs',
  'knee',
  'shin',
  'calf',
  'ankle',
  'sole',
  'heel',
]);
const SWOLLEN_SOUNDS: ReadonlySet<string> = new Set([
  'swallowed',
  'swallow',
  'swallen',
  'stolen',
  'swolen',
  'swollow',
  'swallon',
]);
const GIVE_WORDS: ReadonlySet<string> = new Set(['gave', 'give', 'gives', 'giving', 'given']);
const WEIGHT_SOUNDS: ReadonlySet<string> = new Set(['way', 'wait', 'weigh', 'wade', 'wate', 'whey', 'wight']);
const BEAR_SOUNDS: ReadonlySet<string> = new Set(['bare', 'bear', 'bearing', 'baring', 'bare', 'bair']);
const PUT_WORDS: ReadonlySet<string> = new Set([
  'put',
  'putting',
  'bear',
  'bare',
  'take',
  'taking',
  'any',
  'no',
  'full',
  'some',
  'my',
]);

/**
 * Voice-to-text mishearings of the red-flag words, read back only where the sound-alike cannot
 * mean itself: "my need is swollen" (knee), "my half is swollen" (calf), "my foot is number" (numb),
 * "can't way bare on it" / "can't put wait on it" (weight).
 */
export function fixMisheard(
  words: string[],
  clause: number[],
  breakBefore: Array<'none' | 'comma' | 'contrast'>,
): void {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const prev = words[i - 1];
    const next = words[i + 1];
    const owned = prev !== undefined && (POSSESSIVE.has(prev) || PERSON_OWNERS.has(prev));
    if (
      (word === 'need' || word === 'needs') &&
      owned &&
      (next === undefined || !NEED_VERB_NEXT.has(next) || next === 'is' || next === 'was')
    ) {
      // "my need is swollen" is a knee; "the need is real" is rare enough next to a symptom word.
      const symptomAfter = (from: number): boolean =>
        words.slice(from, from + 3).some((w) => HALF_NEXT.has(w) || w === 'stuck' || w === 'locked' || w === 'numb');
      if (next === 'is' || next === 'was') {
        if (!symptomAfter(i + 2)) continue;
      } else if (!POSSESSIVE.has(prev as string) && (next === undefined || !HALF_NEXT.has(next))) continue;
      words[i] = word === 'need' ? 'knee' : 'knees';
      if (next === 'cap' || next === 'caps') {
        words[i] = next === 'cap' ? 'kneecap' : 'kneecaps';
        words[i + 1] = '';
      }
    } else if (
      word === 'half' &&
      prev !== undefined &&
      POSSESSIVE.has(prev) &&
      next !== undefined &&
      HALF_NEXT.has(next) &&
      !words.some((w) => HALF_RACE.has(w))
    ) {
      words[i] = 'calf';
    } else if (
      SWOLLEN_SOUNDS.has(word) &&
      prev !== undefined &&
      NUMB_BEFORE.has(prev) &&
      words.slice(Math.max(0, i - 4), i).some((w) => LIMB_WORDS.has(w))
    ) {
      // "my knee is swallowed" / "calf is stolen": swollen.
      words[i] = 'swollen';
    } else if ((word === 'weigh' || word === 'wait' || word === 'whey') && prev !== undefined && GIVE_WORDS.has(prev)) {
      // "it gave weigh": gave way.
      words[i] = 'way';
    } else if (
      word === 'calm' &&
      prev !== undefined &&
      POSSESSIVE.has(prev) &&
      next !== undefined &&
      HALF_NEXT.has(next) &&
      next !== 'is' &&
      next !== 'was' &&
      next !== 'feels' &&
      next !== 'looks'
    ) {
      // "my calm swollen" (calf); not "my calm is …", which may mean calm.
      words[i] = 'calf';
    } else if (
      (word === 'number' || word === 'num' || word === 'nom') &&
      prev !== undefined &&
      NUMB_BEFORE.has(prev) &&
      words.slice(Math.max(0, i - 4), i).some((w) => LIMB_WORDS.has(w))
    ) {
      words[i] = 'numb';
    } else if (
      WEIGHT_SOUNDS.has(word) &&
      ((next !== undefined && BEAR_SOUNDS.has(next)) ||
        (prev !== undefined && PUT_WORDS.has(prev) && (next === 'on' || next === 'through')))
    ) {
      words[i] = 'weight';
    }
  }
  // Drop the emptied slots ("need cap" became one word) without moving clause marks out of step.
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (words[i] !== '') continue;
    words.splice(i, 1);
    clause.splice(i, 1);
    breakBefore.splice(i, 1);
  }
}

const GEAR_OWNERS: ReadonlySet<string> = new Set(['knee', 'kneecap', 'patella', 'patellar', 'calf', 'ankle', 'shin']);
const GEAR_NOUNS: ReadonlySet<string> = new Set([
  'strap',
  'straps',
  'brace',
  'braces',
  'sleeve',
  'sleeves',
  'tape',
  'taping',
  'support',
  'supports',
  'pad',
  'pads',
  'band',
  'bands',
  'wrap',
  'wraps',
  'bandage',
  'guard',
  'guards',
  'scooter',
  'walker',
  'compression',
]);

/** "the kneecap strap slipped out of place": the knee word names the gear, not the body part. */
export function mergeGearNouns(
  words: string[],
  clause: number[],
  breakBefore: Array<'none' | 'comma' | 'contrast'>,
): void {
  for (let i = words.length - 2; i >= 0; i -= 1) {
    if (
      GEAR_OWNERS.has(words[i] as string) &&
      GEAR_NOUNS.has(words[i + 1] as string) &&
      breakBefore[i + 1] === 'none'
    ) {
      words[i] = `${words[i] as string}${words[i + 1] as string}`;
      words.splice(i + 1, 1);
      clause.splice(i + 1, 1);
      breakBefore.splice(i + 1, 1);
    }
  }
}
