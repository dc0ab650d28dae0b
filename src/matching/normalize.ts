// Text normalisation shared by the index (knowledge side) and the query side. Both sides must go
// through exactly the same steps, otherwise "kneecaps" in a message would never meet "kneecap" in
// an entry. Pure functions, no state.
import { fold } from '../text';
import { NUMBER_WORDS_EN } from '../text/numberWords';
import { wordTable } from '../text/wordTable';

/** The shared fold (src/text): lower case, accents off, quotes and dashes straightened. */
export const foldText = fold;

// Contractions are expanded before punctuation goes, because the apostrophe tells them apart
// ("it's" → "it is", but "its" stays). Possessive 's is dropped: "runner's knee" → "runner knee".
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan't\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(\w+)'d\b/g, '$1 would'],
  [/\b(it|that|what|there|here|who|where|how|he|she)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/s'(?=\s|$)/g, 's'],
];

// The same contractions typed without the apostrophe, as people do on phones. Only forms that are
// not also ordinary words ("its", "were", "well", "id" are left alone).
const BARE_CONTRACTIONS = wordTable<string[]>({
  cant: ['can', 'not'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  isnt: ['is', 'not'],
  wont: ['will', 'not'],
  shouldnt: ['should', 'not'],
  couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  // "she's 81" typed without the apostrophe is not a typo of "shoes".
  shes: ['she', 'is'],
  hes: ['he', 'is'],
  theyre: ['they', 'are'],
  whats: ['what', 'is'],
  thats: ['that', 'is'],
  hows: ['how', 'is'],
  wheres: ['where', 'is'],
});

function expandContractions(folded: string): string {
  // Every pattern needs an apostrophe: most text has none, and the twelve regexes cost more
  // than the rest of tokenising (they dominated building the index of a large knowledge).
  if (!folded.includes("'")) return folded;
  let out = folded;
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Folded text → surface tokens (letters/digits), contractions expanded, number words as digits.
 * Hyphens and slashes split words ("it-band" → "it band"); "10k" stays one token.
 */
export function tokenize(text: string): string[] {
  const prepared = expandContractions(foldText(text));
  const raw = prepared.split(/[^\p{L}\p{N}]+/u);
  const out: string[] = [];
  for (const token of raw) {
    if (!token) continue;
    const bare = BARE_CONTRACTIONS[token];
    if (bare) out.push(...bare);
    else out.push(NUMBER_WORDS_EN[token] ?? token);
  }
  return markSelfAge(out);
}

/** Words after "I'm 15" that make the number something other than an age ("I'm 12 weeks post-op"). */
const NOT_AGE_UNITS = new Set(
  'minute minutes min mins hour hours hr hrs day days week weeks wk wks month months mile miles mi km k kilometers kilometres lb lbs pound pounds kg kilo kilos stone st percent times reps sets steps x foot feet ft inch inches in tall cm m'.split(
    ' ',
  ),
);

/** From this age a writer's own age says "older adult" (arthritis, balance and falls are theirs). */
export const OLDER_AGE = 50;

/**
 * "I'm 15 and play ball": a teen says their age without "years old". "I am N" (N 9–17, no unit
 * after it) gets "year old" added, so the child-age synonyms read it as a young person's message.
 * "I'm 61", "I am 68 years old": "older adult" is added (synonyms.yaml reads it with "senior").
 */
function markSelfAge(tokens: string[]): string[] {
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i - 2] !== 'i' || tokens[i - 1] !== 'am' || !/^\d{1,2}$/.test(tokens[i]!)) continue;
    const age = Number(tokens[i]);
    const next = tokens[i + 1];
    if (age >= OLDER_AGE) {
      const unit = next === undefined || next.startsWith('year') || next === 'yo' || !NOT_AGE_UNITS.has(next);
      if (unit && !/^\d/.test(next ?? '')) tokens.splice(i + 1, 0, 'older', 'adult');
      continue;
    }
    // A number right after ("I'm 5'11") is a height; "year(s)" is already read by the synonyms.
    if (
      age < 9 ||
      age > 17 ||
      (next !== undefined && (NOT_AGE_UNITS.has(next) || /^\d/.test(next) || next.startsWith('year')))
    )
      continue;
    tokens.splice(i + 1, 0, 'year', 'old');
  }
  return tokens;
}

// Function words that carry no topic. "what", "how" and "when" are here because people swap them
// freely ("what can I do" = "how do I"); the phrases where they matter are synonyms that run before
// stop words go ("how long" → duration, "what time" → hours). Deliberately kept OUT: "why", "where",
// "me" ("call me" ≠ "call"), "not", "back", "up", "down", "off", "before", "after".
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so of to in on at by for from with into onto about as is am are was were be been ' +
    'being do does did doing have has had having i my mine myself we our ours you your yours he him his she her ' +
    'hers it its they them their this that these those there here then than too very just really quite also ' +
    'can could would should will shall may might must get got getting some any all both each few more most ' +
    'other such own same only ever again still even much many lot lots bit kind sort thing things like ' +
    'hi hello hey thanks thank please ok okay yeah yes anyone anybody someone guys guy folks im would ' +
    'which who whom whose over under what how when ' +
    'u ur ya yall'
  )
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Real words one letter or two from a word of the knowledge, taken as typed and never "corrected"
 * (the answers' own words are known already). Base forms: a stem that matches covers "sprinting",
 * "seemed". Add to it when `npm run ask` shows a real word turned into another ("went→want").
 */
export const REAL_WORDS: ReadonlySet<string> = new Set(
  (
    'undergo overdo overdone smart skill fool peroneal arise crave spur seattle jogger abound arts attacker avid bath beat became ' +
    'beer beg began bind black bore bridle built burst cage cake calm cast chain chase cheat clock ' +
    'closet code comment competitive concern cope core count crash create creative curb dancer deal dear ' +
    'decrease die died dirt dread driven dying eater fail folly forum gale given gods grit hang harm ' +
    'head hell hilly house housework hunt inform intention internal invest keen knot lake lead lest live ' +
    'loop loud lying male match meditation mess metal miler mind nick nose overcome paint party patch ' +
    'pleasure poor pose power present rack rainy recur rode sake sand sane scratch seed seem seize sent ' +
    'shame share shift shirt shout shut sight sitter slam sofa sold spare spend spike sprint squad stab ' +
    'stack steak steep stone stove stream stuff suck sweet taken tempt test thin throw tilt title toll ' +
    'town trick truck trusty waist weed went white wide widely wild winter wish wore world wrench ' +
    // Round 17: skin→shin, pokes→poles, laser→later, tone→tore, relation→reaction, haul→hall.
    'skin poke laser tone relation haul ' +
    // Round 20: favorite→favoring, bought→brought, stake→shake, mode→more, roles→roler, boot→book.
    'favorite bought stake mode role boot'
  ).split(' '),
);

/** Stop words that should be skipped inside a synonym phrase ("back of my knee" = "back of knee"). */
export const PHRASE_FILLERS: ReadonlySet<string> = new Set([
  'the',
  'my',
  'your',
  'a',
  'an',
  'his',
  'her',
  'our',
  'their',
  'both',
  'this',
  'that',
  'these',
  'those',
  'left',
  'right',
]);

/**
 * Light suffix stemmer: plurals, -ing, -ed, a final silent e. Conservative on purpose (no -er, -ly,
 * -ion): a wrong merge ("outer" → "out") costs more than a missed one, and synonyms cover the rest.
 */
export function stem(token: string): string {
  let w = token;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(ss|us|is)$/.test(w)) {
    /* "stress", "bursitis", "meniscus": not plurals */
  } else if (/(sses|xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);

  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));

  // "prevention"/"prevent", "hydration"/"hydrate", "motivation"/"motivated" meet.
  else if (w.length > 6 && w.endsWith('tion')) w = w.slice(0, -3);
  // "weekly"/"week", "gradually"/"gradual".
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);

  // "stride"/"striding", "ache"/"aching" meet at "strid"/"ach"; "knee" keeps its double e.
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  // "running" → "runn" → "run"; "rolling" → "roll" keeps ll (a real double in the base word).
  if (w.length >= 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1] ?? '')) {
    return w.slice(0, -1);
  }
  return w;
}
