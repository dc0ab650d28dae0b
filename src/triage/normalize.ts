// Triage's own tokeniser. Unlike the matcher's normaliser it keeps sentence and clause boundaries
// and negations ("can't", "not"), because negation and context decide whether a red flag is real.

import { FILLED_OBJECTS, OBJECT_SIZE_WORDS, RED_OBJECTS, ROUND_OBJECTS } from './words/similes';
import { fixMisheard, mergeGearNouns } from './readBack';
import { emojiReader } from './emoji';
import { wordTable } from '../text/wordTable';
import { spokenPunctuation } from '../text';

export interface Sentence {
  /** Normalised words, in order. */
  words: string[];
  /** clause[i] is the clause number (within this sentence) of words[i]. */
  clause: number[];
  /** What separates words[i] from words[i-1]: nothing, a comma-like break, or "but"-like contrast. */
  breakBefore: Array<'none' | 'comma' | 'contrast'>;
  /** Ended with "?" (or is phrased as a question: starts with a question word). */
  question: boolean;
}

// Two-word negations become one token, so patterns and cue lists only need one spelling.
const JOIN_NOT = wordTable<string>({
  can: 'cant',
  could: 'couldnt',
  will: 'wont',
  do: 'dont',
  does: 'doesnt',
  did: 'didnt',
  is: 'isnt',
  are: 'arent',
  was: 'wasnt',
  were: 'werent',
  have: 'havent',
  has: 'hasnt',
  had: 'hadnt',
  would: 'wouldnt',
  should: 'shouldnt',
});

// Spellings of the same word typed without care.
const SAME_AS = wordTable<string>({
  cannot: 'cant',
  cnt: 'cant',
  cnat: 'cant',
  carnt: 'cant',
  cudnt: 'couldnt',
  cldnt: 'couldnt',
  dnt: 'dont',
  doesent: 'doesnt',
  dosnt: 'doesnt',
  didint: 'didnt',
  wasent: 'wasnt',
  isent: 'isnt',
  // Southern and country speech: "it ain't going back", "ain't no swelling" read like isn't; "cain't", "nothin'".
  aint: 'isnt',
  caint: 'cant',
  nothin: 'nothing',
  nuthin: 'nothing',
  nuthing: 'nothing',
  // "taking all of em", "took em all": country and texting speech for them.
  em: 'them',
  // "knee" is too short for the automatic typo rule, and it is in almost every red flag.
  kne: 'knee',
  knne: 'knee',
  kneee: 'knee',
  nee: 'knee',
  kee: 'knee',
  kneww: 'knee',
  kness: 'knees',
  // Texting shorthand.
  cannae: 'cant',
  canna: 'cant',
  dinnae: 'dont',
  didnae: 'didnt',
  wasnae: 'wasnt',
  isnae: 'isnt',
  wouldnae: 'wouldnt',
  soo: 'so',
  realy: 'really',
  rly: 'really',
  v: 'very',
  thru: 'through',
  tho: 'though',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  u: 'you',
  ur: 'your',
  pls: 'please',
  b4: 'before',
  nite: 'night',
  nites: 'nights',
  tonite: 'tonight',
  w: 'with',
  calve: 'calf',
  brethe: 'breathe',
  breath: 'breath',
  hrs: 'hours',
  hr: 'hour',
  yrs: 'years',
  yr: 'year',
  wks: 'weeks',
  wk: 'week',
  mths: 'months',
  mnths: 'months',
  mins: 'minutes',
  min: 'minutes',
  calfs: 'calves',
  claf: 'calf',
  clave: 'calf',
  foots: 'foot',
  fot: 'foot',
  feets: 'feet',
  toez: 'toes',
});

/**
 * Texting shorthand for "kill myself" ("lowkey wanna kms"), unless it counts kilometres: after a number or a
 * word that counts or owns distance ("10 kms", "a few kms", "upped my kms").
 */
const KMS = /(?:\b([a-z0-9_]+)[ -]+)?\bkms\b/g;
const KMS_COUNTED_AFTER = new Set([
  'few',
  'many',
  'more',
  'less',
  'fewer',
  'extra',
  'of',
  'the',
  'those',
  'these',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
  'some',
  'total',
  'weekly',
  'hundred',
  'thousand',
  'several',
  'couple',
  'in',
]);
const readKms = (match: string, before: string | undefined): string =>
  before !== undefined && (/^[0-9_]+$/.test(before) || KMS_COUNTED_AFTER.has(before))
    ? match
    : `${before ?? ''} kill myself`;

const NOT_ABLE = new Set(['not', 'isnt', 'arent', 'wasnt', 'werent', 'never']);

/** Words that start a new clause: what follows is a separate statement ("no fever but it is hot"). */
const CLAUSE_WORDS = new Set(['but', 'though', 'although', 'however', 'except', 'whereas', 'yet', 'tho']);

const QUESTION_START = new Set([
  'what',
  'when',
  'how',
  'why',
  'which',
  'should',
  'is',
  'are',
  'do',
  'does',
  'can',
  'could',
  'would',
  'will',
  'whats',
  'hows',
  'isnt',
  'shouldnt',
  'am',
]);

/**
 * Emojis people use for a symptom or a body part are read as the word ("🔥 knee" = hot knee,
 * "🤒" = fever, "🎈" = ballooned). Only emojis with one clear meaning; faces stay punctuation.
 */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '🔥': 'hot',
  '🥵': 'hot',
  '🤒': 'fever',
  '🧊': 'ice',
  '🎈': 'balloon',
  '🦶': 'foot',
  '🦵': 'leg',
  '🫁': 'lungs',
  '🩸': 'blood',
  '🔒': 'locked',
  '🤕': 'hurt',
  '🚑': 'ambulance',
  '💙': 'blue',
  // laughing: a joke is near ("I want to die, my marathon time was awful 😂")
  '😂': 'lol',
  '🤣': 'lol',
  // "I'm dead" (laughing): "wanna die every time my trainer says wall sits 💀"
  '💀': 'lol',
  '🔵': 'blue',
  // a roll of the eyes: the writer doubts what is said ("his knee 'gives out' when it's time for the trash 🙄")
  '🙄': 'eyeroll',
};
/** 🔥 is "hot" only beside one of these (./emoji.ts). */
const readEmoji = emojiReader(
  EMOJI_WORDS,
  /swell|swollen|puffy|inflam|red\b|redness|fever|temperature|chills|🤒|🥵|🎈/i,
);

const PAIN_WORD = String.raw`(?:pain|pains|painful|hurts?|hurting|aches?|aching|sore|soreness|agony|discomfort)`;
const SCORE = String.raw`(\d{1,2}(?:\.\d)?)\s*(?:\/|out of)\s*10\b`;
/** A score out of 10 up to four words after a pain word ("pain is like 8/10"), or right before one ("8/10 pain"). */
const PAIN_SCORE_AFTER = new RegExp(String.raw`\b(${PAIN_WORD}(?:\s+[a-z']+){0,4}?)\s+${SCORE}`, 'g');
const PAIN_SCORE_BEFORE = new RegExp(String.raw`\b${SCORE}\s+(${PAIN_WORD})\b`, 'g');
/** 7 and up is severe, 3 and below mild; in between the text stays as it is. */
function painScore(match: string, score: string, put: (word: string) => string): string {
  const n = Number(score);
  return n >= 7 ? put('severe') : n <= 3 ? put('mild') : match;
}

/** One regex alternative for a list of names: longest first, a space also matches a hyphen or nothing. */
const anyOf = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '[- ]?'))
    .join('|');
const ROUND = `(?:${anyOf(ROUND_OBJECTS)})(?:e?s)?`;
const SIZED = `(?:(?:${anyOf(OBJECT_SIZE_WORDS)}) )?`;
// Not a container of something: "popped like a bowl of rice krispies" is a sound, not a round swelling.
const SIZE_SIMILE = new RegExp(
  String.raw`\b(?:like|size of|as big as|big as|bigger than|as large as|as round as) (?:a|an|two|my|the)? ?${SIZED}${ROUND}\b(?! of\b)`,
  'g',
);
const OBJECT_UNDER_SKIN = new RegExp(
  String.raw`\b(?:a|an) ${SIZED}(?:${ROUND}|${anyOf(FILLED_OBJECTS)}) (?:under|beneath|inside) (?:the|my|his|her) skin\b`,
  'g',
);
// "puffed up like a water balloon": said of swelling, a filled thing is a size simile too (alone, "feels like
// a water balloon" is a texture and stays as written).
const SWELLED_LIKE_FILLED = new RegExp(
  String.raw`\b((?:swell(?:ed|s|ing)?|swole|swoll?en|puffed|puffy|blew|blown|blowed|ballooned)(?: (?:up|out))?) like (?:a|an) ${SIZED}(?:${anyOf(FILLED_OBJECTS)})s?\b`,
  'g',
);
const OBJECT_SIZED = new RegExp(String.raw`\b${ROUND}[- ]?sized?\b`, 'g');
const RED_SIMILE = new RegExp(
  String.raw`\b(?:like|as red as|red as|redder than|(?:the )?colou?r of) (?:a|an|the)? ?(?:ripe )?(?:${anyOf(RED_OBJECTS)})(?:e?s)?\b`,
  'g',
);

/** Lower case, accents and curly quotes folded, apostrophes inside words dropped ("can't" → cant). */
function foldForTriage(text: string): string {
  // Unicode folding is the slow part; plain ASCII (most messages) does not need it.
  // Voice typing's spoken marks ("… at night comma no fall period") split clauses and sentences as meant.
  const said = spokenPunctuation(text);
  const folded = /^\p{ASCII}*$/u.test(said)
    ? said
    : readEmoji(said)
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '');
  return (
    folded
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
      .replace(/\ba ?& ?e\b/g, 'er') // UK "A&E" is the ER
      // A trailing-off "..." before "into", "and", "but" goes on with the same thought: "jump off a bridge... into the lake";
      // so does a qualifier that limits it: "can't bear weight on my left leg... for more than 3 seconds in tree pose".
      .replace(/\.{2,}\s*(?=(?:into|onto|and|but|or|then|for|from|while|during|because|until|only)\b)/g, ' ')
      // "after the crash this morning": a time stamp, one word, so "cold … morning" (a cold morning run) can't read it.
      .replace(/\bthis morning\b/g, 'thismorning')
      .replace(/&/g, ' and ')
      // Idioms that only look like a fall or a swelling: "fell behind on my PT" (no fall), "blew up at me" (anger,
      // not "my knee blew up on me").
      .replace(
        /\b(?:fell|fall|falls|falling|fallen) (behind(?= (?:on|in|with|again|schedule)\b|\s*[,.!?]|\s*$)|off the wagon)/g,
        'got $1',
      )
      .replace(/\b(?:blew|blow|blows|blowing|blown) up at\b/g, 'yelled at')
      // "now and then" is how often, not now: "gets stuck now and then" is not "stuck now".
      .replace(/\b(?:every )?now and (?:then|again)\b/g, 'occasionally')
      // Colour similes first ("looks like a tomato" is red, and round too), then size similes: "like a
      // football", "the size of an orange", "a grapefruit under the skin", "golf-ball sized" are a swelling.
      .replace(RED_SIMILE, (m) => `red ${m}`)
      .replace(SIZE_SIMILE, 'like a balloon')
      .replace(SWELLED_LIKE_FILLED, '$1 like a balloon')
      .replace(OBJECT_UNDER_SKIN, 'like a balloon under the skin')
      .replace(OBJECT_SIZED, 'like a balloon')
      // "ice cold" is how cold it is, not an ice pack: "gone white and ice cold" is not "white … ice".
      .replace(/\bice[- ]cold\b/g, 'icy cold')
      // "fizzing like when it falls asleep": the simile names the tingling, not a leg that slept in a chair.
      .replace(
        /\blike (?:when )?(?:it|my|your|a|the|his|her) (?:(?:foot|leg|toes) )?(?:falls|fell|goes|went|has gone|is) (?:asleep|to sleep)\b/g,
        'tingly',
      )
      // Similes: "feels like ice" is icy, "white like wax" waxy.
      .replace(/\b(?:like|as) (ice|wax|stone)\b/g, (_m, w: string) =>
        w === 'ice' ? 'icy' : w === 'wax' ? 'waxy' : 'stone cold',
      )
      // "knee's swollen", "baker's cyst": drop 's after a noun; keep "it's" → its, "that's" → thats.
      .replace(/\b(it|that|what|there|here|who|where|he|she|let)'s\b/g, '$1s')
      .replace(/([a-z])'s\b/g, '$1')
      .replace(/([a-z])'(?=[a-z])/g, '$1')
      // Pain scores: "the pain is 8/10", "9 out of 10 pain" read as severe, "3/10 pain" as mild.
      .replace(PAIN_SCORE_AFTER, (m: string, before: string, score: string) =>
        painScore(m, score, (word) => `${before} ${word} `),
      )
      .replace(PAIN_SCORE_BEFORE, (m: string, score: string, after: string) =>
        painScore(m, score, (word) => ` ${word} ${after}`),
      )
      .replace(/(\d)\.(?=\d)/g, '$1_')
      .replace(KMS, readKms)
  ); // keep "2.5" from ending a sentence
}

/** Splits a message into sentences of normalised words with clause numbers. */
export function tokenize(text: string): Sentence[] {
  return splitSentences(foldForTriage(text), tokenizeSentence);
}

/** The sentences of a folded message, each read by a language's `readSentence`; empty ones dropped. */
export function splitSentences(folded: string, readSentence: (piece: string) => Sentence): Sentence[] {
  // A sentence ends at . ! ? ; or a line break; keep the terminator to spot questions.
  const pieces = folded.match(/[^.!?;\n]+[.!?;\n]*/g) ?? [];
  return pieces.map((piece) => readSentence(piece)).filter((sentence) => sentence.words.length > 0);
}

function tokenizeSentence(piece: string): Sentence {
  const words: string[] = [];
  const clause: number[] = [];
  const breakBefore: Array<'none' | 'comma' | 'contrast'> = [];
  let clauseNo = 0;
  let pending: 'none' | 'comma' | 'contrast' = 'none';
  // Commas, colons, dashes, brackets and emojis separate clauses; everything else that is not a
  // letter or digit just separates words.
  // An emoji left after the read-back (a face, a gesture) is punctuation too: "can't stand on it 😩 it's been 3 hrs".
  const parts = piece.split(/(\s[-–—]+\s|[,:()[\]{}"/]|\s[-–—]+$|\p{Extended_Pictographic}+)/u);
  for (const part of parts) {
    if (/^(\s[-–—]+\s|[,:()[\]{}"/]|\s[-–—]+|\p{Extended_Pictographic}+)$/u.test(part)) {
      if (words.length > 0 && clause[clause.length - 1] === clauseNo) clauseNo += 1;
      if (pending === 'none') pending = 'comma';
      continue;
    }
    // "6kg", "39c", "3am": the number and the unit are two words.
    for (const raw of part.replace(/\b(\d+)([a-z]{1,5})\b/g, '$1 $2').split(/[^a-z0-9_]+/)) {
      if (raw === '') continue;
      // "kneeeee", "sooo swollen": a letter typed three or more times counts twice.
      const squeezed = /([a-z])\1\1/.test(raw) ? raw.replace(/([a-z])\1{2,}/g, '$1$1') : raw;
      let word = SAME_AS[squeezed] ?? squeezed;
      const previous = words[words.length - 1];
      // "red n hot", "pins n needles": a lone n between two words is "and".
      if (word === 'n' && previous !== undefined) word = 'and';
      if (word === 'not' && previous !== undefined && JOIN_NOT[previous] && clause[clause.length - 1] === clauseNo) {
        words[words.length - 1] = JOIN_NOT[previous] as string;
        continue;
      }
      if (CLAUSE_WORDS.has(word)) {
        if (words.length > 0 && clause[clause.length - 1] === clauseNo) clauseNo += 1;
        pending = 'contrast';
        continue;
      }
      // "not able to" / "isn't able to" mean unable.
      if (
        word === 'able' &&
        previous !== undefined &&
        NOT_ABLE.has(previous) &&
        clause[clause.length - 1] === clauseNo
      ) {
        words[words.length - 1] = 'unable';
        continue;
      }
      // "non-stop" is one word (nonstop), not a negation of "stop".
      if (word === 'stop' && previous === 'non' && clause[clause.length - 1] === clauseNo) {
        words[words.length - 1] = 'nonstop';
        continue;
      }
      // "knee cap" is how many people write kneecap.
      if ((word === 'cap' || word === 'caps') && previous === 'knee' && clause[clause.length - 1] === clauseNo) {
        words[words.length - 1] = word === 'cap' ? 'kneecap' : 'kneecaps';
        continue;
      }
      word = word.replace(/_/g, '.');
      words.push(word);
      clause.push(clauseNo);
      breakBefore.push(words.length === 1 ? 'none' : pending);
      pending = 'none';
    }
  }
  fixMisheard(words, clause, breakBefore);
  mergeGearNouns(words, clause, breakBefore);
  const question = /\?/.test(piece) || (words.length > 0 && QUESTION_START.has(words[0] as string));
  return { words, clause, breakBefore, question };
}
