// Negation: the words that negate what follows, how far a negation reaches, and the idioms and
// answers that only look like one ("won't go away", "no, only when running").
// Matched against triage-normalised words ("can't" → cant, "does not" → doesnt).

/** Words that negate what follows: "no swelling", "I don't have a fever", "without any numbness". */
export const NEGATION_CUES: ReadonlySet<string> = new Set([
  'no',
  // "non-tender", "non tender" (clinical notes); "non-stop" is read as nonstop first (normalize.ts)
  'non',
  'not',
  'never',
  'without',
  'none',
  'nor',
  'neither',
  'nothing',
  'zero',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'wont',
  'wouldnt',
  'cant',
  'couldnt',
  'denies',
  'denied',
  'absent',
  'lack',
  'lacks',
  'nope',
]);

/** How many words after a negation cue it still applies to ("no pain or swelling" = 3). */
export const NEGATION_REACH = 6;

/** A negation cue followed by one of these is not a negation of a symptom ("I don't know why"). */
export const NEGATION_IDIOMS: ReadonlyArray<readonly string[]> = [
  ['dont', 'know'],
  ['didnt', 'know'],
  ['not', 'sure'],
  ['no', 'idea'],
  ['no', 'clue'],
  ['no', 'reason'],
  ['no', 'matter'],
  ['not', 'only'],
  ['not', 'just'],
  ['no', 'doubt'],
  ['not', 'kidding'],
  // A frankness marker, not a denial: "not gonna lie, I looked up how many pills it would take".
  ['not', 'gonna', 'lie'],
  ['not', 'going', 'to', 'lie'],
  ['not', 'to', 'lie'],
  ['wont', 'lie'],
  ['no', 'lie'],
  ['no', 'lying'],
  ['never', 'mind'],
  ['no', 'joke'],
  ['dont', 'understand'],
  ['cant', 'tell'],
  ['cant', 'explain'],
  ['no', 'way'],
  ['nothing', 'helps'],
  ['nothing', 'works'],
  ['cant', 'remember'],
  ['dont', 'remember'],
  // Persistence said with a negation: "pain that won't go away", "the swelling hasn't gone down".
  ['wont', 'go'],
  ['doesnt', 'go'],
  ['didnt', 'go'],
  ['never', 'went'],
  ['never', 'goes'],
  ['isnt', 'going'],
  ['not', 'going', 'away'],
  ['not', 'going', 'down'],
  ['not', 'gone'],
  ['hasnt', 'gone'],
  ['havent', 'gone'],
  ['wont', 'stop'],
  ['doesnt', 'stop'],
  ['wont', 'settle'],
  ['hasnt', 'settled'],
  ['not', 'settling'],
  ['not', 'getting', 'better'],
  ['isnt', 'getting', 'better'],
  ['not', 'improving'],
  ['isnt', 'improving'],
  ['wont', 'ease'],
  ['not', 'easing'],
  ['cant', 'get', 'rid'],
  ['not', 'stopping'],
  ['no', 'better'],
  ['no', 'relief'],
  ['nothing', 'touches'],
  ['dont', 'touch'],
  ['doesnt', 'touch'],
  ['wont', 'budge'],
  ['no', 'end'],
  ['wont', 'let'],
  ['wouldnt', 'let'],
  ['doesnt', 'let'],
  ['dont', 'let'],
  ['cant', 'touch'],
  ['cant', 'even'],
  ['not', 'normal'],
  ['isnt', 'normal'],
  ['dont', 'think', 'its', 'normal'],
];

/** "nothing" right after one of these is what something did ("painkillers doing nothing"), not a negation of what follows. */
export const NOTHING_AS_OBJECT_AFTER: ReadonlySet<string> = new Set([
  'doing',
  'do',
  'does',
  'did',
  'done',
  'helped',
  'changed',
  'changes',
  'achieved',
  'touched',
]);

/**
 * "its probly nothing, knee just swole up tight": "nothing" after a hedge is the writer playing it down, a whole
 * statement, not a negation of the symptom that follows.
 */
export const NOTHING_AS_DOWNPLAY_AFTER: ReadonlySet<string> = new Set([
  'probably',
  'prolly',
  'probly',
  'likely',
  'maybe',
  'hopefully',
  'its',
]);

/** "no" directly followed by one of these is an answer ("No, my calf is swollen"), not a negation. */
export const NO_AS_ANSWER_BEFORE: ReadonlySet<string> = new Set([
  'i',
  'my',
  'it',
  'its',
  'the',
  'im',
  'ive',
  'this',
  'that',
  'he',
  'she',
  'we',
  'you',
  'actually',
  'wait',
  'but',
  'now',
  'then',
  'sadly',
  'unfortunately',
  'honestly',
  'really',
  'though',
  'sorry',
]);

/** Inside a negation's reach, these start a new statement and end it ("no pain and my calf is swollen"). */
export const SCOPE_BREAK_AFTER_AND: ReadonlySet<string> = new Set([
  'i',
  'my',
  'it',
  'its',
  'im',
  'ive',
  'the',
  'this',
  'that',
  'he',
  'she',
  'they',
  'we',
  'there',
  'now',
  'then',
  'today',
  'suddenly',
]);

/**
 * "if i can't play this season i want to disappear": a negation inside an if / when clause stays there; the
 * main clause starts at its own subject, one of these.
 */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'whenever', 'once', 'unless']);
export const MAIN_CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  'im',
  'ive',
  'id',
  'ill',
  'he',
  'hes',
  'she',
  'shes',
  'they',
  'theyre',
  'we',
  'my',
  'his',
  'their',
]);

/**
 * "can't play anymore, scholarship gone, wrote letters …": a negation closed by "anymore" (or "any
 * longer") before a comma is a whole statement of loss; what follows the comma is not negated.
 */
export const SCOPE_CLOSING_WORDS: ReadonlySet<string> = new Set(['anymore', 'longer']);

/**
 * "not doing great tbh, been thinking about ending it", "honestly not ok and keep thinking about ending things":
 * a negated state of mind or of sleep is a whole statement; when a comma or "and" follows it, what comes next is
 * not negated (negation.ts). The words a negated state ends on.
 */
export const NEGATED_STATE_WORDS: ReadonlySet<string> = new Set([
  ...['great', 'good', 'well', 'ok', 'okay', 'alright', 'fine', 'right', 'myself', 'place', 'headspace'],
  ...['sleeping', 'eating', 'coping', 'managing', 'handling'],
]);
/** Words that may trail a negated state before the comma: "not great tbh,", "not ok at all lately,". */
export const NEGATED_STATE_TRAIL: ReadonlySet<string> = new Set([
  ...['tbh', 'honestly', 'lately', 'recently', 'rn', 'atm', 'really', 'tho', 'though', 'today', 'mentally'],
  ...['at', 'all', 'these', 'days', 'this', 'week', 'either', 'much', 'too', 'so', 'well'],
]);

export const SCOPE_BREAK_WORDS: ReadonlySet<string> = new Set([
  'because',
  'cause',
  'so',
  'since',
  'until',
  'till',
  'unless',
  'now',
]);

/** "never … like this / before" says it is happening now, for the first time. */
export const NEVER_BEFORE_WORDS: ReadonlySet<string> = new Set(['before', 'like']);

/** A lone answer after the symptom negates it: "calf swelling: none", "fever? no". */
export const TRAILING_NO: ReadonlySet<string> = new Set([
  'no',
  'none',
  'nope',
  'not',
  'never',
  'negative',
  'nah',
  'nil',
  'free',
  'absent',
]);

export const TRAILING_FILLER: ReadonlySet<string> = new Set([
  'really',
  'at',
  'all',
  'whatsoever',
  'thankfully',
  'luckily',
  'so',
  'far',
  'yet',
  'thank',
  'god',
]);

export const ANSWER_WORDS: ReadonlySet<string> = new Set(['no', 'nope', 'nah']);

export const BODY_PARTS: ReadonlySet<string> = new Set([
  'knee',
  'knees',
  'kneecap',
  'kneecaps',
  'patella',
  'leg',
  'legs',
  'foot',
  'feet',
  'toe',
  'toes',
  'calf',
  'calves',
  'shin',
  'shins',
  'ankle',
  'ankles',
  'thigh',
  'joint',
  'it',
  'its',
  'my',
  'his',
  'her',
  'the',
]);

/**
 * "I can't bend my knee": the negation is about the action, not the body part after it, so a flag
 * that needs the word "knee" still has it. Actions done WITH a body part, not opinions ("I don't
 * think my knee is swollen" stays negated).
 */
export const ACTIONS_ON_BODY_PART: ReadonlySet<string> = new Set([
  'bend',
  'straighten',
  'move',
  'lift',
  'raise',
  'extend',
  'flex',
  'kick',
  'wiggle',
  'turn',
  'rotate',
  'use',
  'stretch',
  'put',
  'bear',
  'unbend',
  'unlock',
  'touch',
  'hold',
  'support',
]);

/** Words that may stand between such an action and its body part ("can't even bend my knee properly"). */
export const ACTION_OBJECT_FILLER: ReadonlySet<string> = new Set([
  'my',
  'his',
  'her',
  'their',
  'your',
  'our',
  'the',
  'a',
  'that',
  'this',
  'even',
  'really',
  'fully',
  'properly',
  'right',
  'left',
  'bad',
  'injured',
  'hurt',
  'sore',
]);

/** After "…? no," these confirm the answer is a denial, not "no, it's worse". */
export const ANSWER_NO_FOLLOWERS: ReadonlySet<string> = new Set([
  'never',
  'only',
  'just',
  'thankfully',
  'luckily',
  'fine',
  'ok',
  'okay',
  'not',
  'didnt',
  'doesnt',
  'hasnt',
  'isnt',
  'wasnt',
  'havent',
  'dont',
  'nothing',
  'normal',
  'good',
]);

export const FINE_WORDS: ReadonlySet<string> = new Set([
  'fine',
  'ok',
  'okay',
  'alright',
  'good',
  'normal',
  'grand',
  'perfect',
]);

export const FINE_FILLER: ReadonlySet<string> = new Set([
  'is',
  'its',
  'was',
  'seems',
  'feels',
  'looks',
  'totally',
  'perfectly',
  'completely',
  'all',
  'absolutely',
  'now',
  'though',
  'still',
]);
