// Cues of the second line of defence (suspect.ts): injury, function loss, severity, age, a lifeless
// limb, a child's warning signs, a growing lump, hopelessness.
// Matched against triage-normalised words ("can't" → cant, "does not" → doesnt).
import { GRANDPARENT_WORDS } from './people';

/** An injury or a fall: "fell", "tripped", "landed on it", "got tackled". */
export const INJURY_WORDS: ReadonlySet<string> = new Set([
  'fell',
  'fall',
  'falls',
  'fallen',
  'falling',
  'tripped',
  'trip',
  'slipped',
  'slip',
  'tumbled',
  'tumble',
  'stumbled',
  'landed',
  'landing',
  'collapsed',
  'knocked',
  'crashed',
  'crash',
  'tackle',
  'tackled',
  'collision',
  'collided',
  'accident',
  'twisted',
  'twist',
  'hit',
  'kicked',
  'injury',
  'injured',
  'wiped',
  'bashed',
  'smashed',
  'struck',
]);

/** What a person can no longer do, after a negation: "can't walk", "couldn't get up", "unable to stand". */
export const ABILITY_VERBS: ReadonlySet<string> = new Set([
  'walk',
  'stand',
  'move',
  'get',
  'lift',
  'bend',
  'straighten',
  'step',
  'put',
  'bear',
  'hold',
  'climb',
  'stay',
  'use',
  'raise',
  'kick',
  'wiggle',
  'flex',
  'feel',
  'take',
  'manage',
  'go',
  'drive',
  'weight',
]);

export const INABILITY_CUES: ReadonlySet<string> = new Set([
  'cant',
  'couldnt',
  'unable',
  'wont',
  'wouldnt',
  'impossible',
  'barely',
  'hardly',
]);

/** Function loss said without "can't": "hobbling", "on crutches", "had to be carried". */
export const FUNCTION_LOSS_WORDS: ReadonlySet<string> = new Set([
  'hobbling',
  'hobble',
  'limping',
  'limp',
  'dragging',
  'crutches',
  'crutch',
  'wheelchair',
  'carried',
  'stretcher',
  'floor',
  'ground',
  'useless',
  'helpless',
  'stuck',
  'immobile',
  'hopping',
]);

/** Pain described as severe ("8/10" already reads as "severe", normalize.ts). */
export const SEVERITY_WORDS: ReadonlySet<string> = new Set([
  'severe',
  'agony',
  'agonising',
  'agonizing',
  'excruciating',
  'unbearable',
  'screaming',
  'horrendous',
  'horrific',
  'worst',
  'intense',
  'crying',
  'tears',
  'sobbing',
  'intolerable',
  'extreme',
  'awful',
  'terrible',
  'killing',
]);

/** An older person: "my 80-year-old mum", "grandma", "elderly". Ages are read from numbers (suspect.ts). */
export const OLDER_WORDS: ReadonlySet<string> = new Set([
  ...GRANDPARENT_WORDS,
  'elderly',
  'pensioner',
  'senior',
  'seniors',
  'retired',
  'osteoporosis',
]);

/** "went down hard", "went down on my knee": a fall said with "went down" (not "went down the stairs"). */
export const WENT_DOWN_HOW: ReadonlySet<string> = new Set([
  'hard',
  'heavily',
  'heavy',
  'awkwardly',
  'badly',
  'on',
  'onto',
]);

export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'yo', 'y']);

/** "I'm 58 and …", "she's 12", "aged 70": a bare number after these is an age, unless a unit follows. */
export const AGE_BEFORE: ReadonlySet<string> = new Set(['im', 'hes', 'shes', 'aged', 'age']);
export const NOT_AGE_AFTER: ReadonlySet<string> = new Set([
  'kg',
  'kgs',
  'kilos',
  'lb',
  'lbs',
  'pounds',
  'stone',
  'st',
  'miles',
  'mile',
  'km',
  'k',
  'm',
  'minutes',
  'mins',
  'min',
  'hours',
  'hrs',
  'days',
  'weeks',
  'months',
  'percent',
  'cm',
  'inches',
  'foot',
  'feet',
  'ft',
  'times',
  'reps',
  'sets',
  'degrees',
  'steps',
  'mph',
  'bpm',
  'am',
  'pm',
  'oclock',
  'in',
  'out',
  'of',
]);

/** A leg that has stopped working: "my leg feels dead", "lifeless", "floppy", "like it's not mine". */
export const LIFELESS_WORDS: ReadonlySet<string> = new Set([
  'dead',
  'lifeless',
  'floppy',
  'paralysed',
  'paralyzed',
  'paralysis',
  'numb',
  'numbness',
  'asleep',
  'heavy',
  'limp',
  'useless',
  'drop',
  'dragging',
]);

export const LIMB_WORDS: ReadonlySet<string> = new Set([
  'leg',
  'legs',
  'foot',
  'feet',
  'toes',
  'toe',
  'ankle',
  'calf',
  'shin',
  'knee',
]);

/** A child or teenager (ages below 18 are read from numbers too). */
export const CHILD_WORDS: ReadonlySet<string> = new Set([
  'son',
  'daughter',
  'kid',
  'kids',
  'child',
  'boy',
  'girl',
  'teen',
  'teenager',
  'toddler',
  'stepson',
  'stepdaughter',
  'grandson',
  'granddaughter',
  'nephew',
  'niece',
  'pupil',
  'student',
]);

/** With a child's knee pain these call for a same-day look (hip problems show up as knee pain). */
export const CHILD_WARNING_WORDS: ReadonlySet<string> = new Set([
  'limp',
  'limping',
  'limps',
  'hip',
  'groin',
  'thigh',
  'night',
  'nights',
  'fever',
  'temperature',
  'wakes',
  'waking',
  'woke',
]);

/** A limp: with a child's knee, hip, thigh or groin anywhere in the message, strong enough for the alarm. */
export const LIMP_WORDS: ReadonlySet<string> = new Set(['limp', 'limping', 'limps', 'limped']);

/** Woken by the pain at night ("he's been waking up in the night with it"): waking and night in one sentence. */
export const WAKING_WORDS: ReadonlySet<string> = new Set(['waking', 'wakes', 'woke', 'woken', 'wake']);
export const NIGHT_WORDS: ReadonlySet<string> = new Set(['night', 'nights', 'nighttime', 'overnight']);

export const CHILD_PAIN_PLACES: ReadonlySet<string> = new Set(['knee', 'knees', 'hip', 'hips', 'thigh', 'groin']);

/** A lump that is hard and growing, said across sentences ("a bump has appeared … it's hard like bone … bigger"). */
export const LUMP_WORDS: ReadonlySet<string> = new Set(['lump', 'bump', 'mass', 'growth', 'knot', 'lumps', 'bumps']);

export const GROWING_WORDS: ReadonlySet<string> = new Set([
  'bigger',
  'grown',
  'growing',
  'grows',
  'larger',
  'enlarging',
]);

export const HARD_WORDS: ReadonlySet<string> = new Set(['hard', 'firm', 'bony', 'solid', 'fixed', 'bone']);

/** Injury words in phrases that are no injury: "fell asleep", "hit the wall" (a marathon), "fell behind". */
export const NOT_INJURY_PHRASES: ReadonlyArray<readonly string[]> = [
  ['fell', 'asleep'],
  ['fall', 'asleep'],
  ['falls', 'asleep'],
  ['falling', 'asleep'],
  ['fell', 'behind'],
  ['fall', 'behind'],
  ['fell', 'apart'],
  ['fell', 'in', 'love'],
  ['fell', 'ill'],
  ['fell', 'sick'],
  ['fell', 'short'],
  ['fall', 'short'],
  ['fell', 'through'],
  ['fall', 'season'],
  ['last', 'fall'],
  ['this', 'fall'],
  ['in', 'the', 'fall'],
  ['hit', 'the', 'wall'],
  ['hit', 'a', 'wall'],
  ['hit', 'the', 'gym'],
  ['hit', 'a', 'pr'],
  ['hit', 'my', 'goal'],
  ['hit', 'a', 'plateau'],
  ['hit', 'my', 'target'],
  ['hit', 'the', 'road'],
  ['hit', 'the', 'trails'],
  ['hit', 'the', 'track'],
  ['hit', 'my', 'stride'],
];

/**
 * Hopelessness said indirectly ("nothing matters anymore", "I can't go on"): worth asking directly about
 * thoughts of suicide (asking does not put the idea there; it is what crisis lines advise).
 */
export const HOPELESS_PHRASES: ReadonlyArray<readonly string[]> = [
  ['no', 'point'],
  ['dont', 'see', 'the', 'point'],
  ['cant', 'see', 'the', 'point'],
  ['whats', 'the', 'point'],
  ['nothing', 'matters'],
  ['hopeless'],
  ['pointless'],
  ['cant', 'go', 'on'],
  ['cant', 'do', 'this', 'anymore'],
  ['cant', 'take', 'it', 'anymore'],
  ['cant', 'take', 'this', 'anymore'],
  ['give', 'up', 'on', 'everything'],
  ['better', 'off', 'if', 'i'],
  ['if', 'i', 'disappeared'],
  ['want', 'it', 'all', 'to', 'stop'],
  ['want', 'everything', 'to', 'stop'],
  ['no', 'way', 'out'],
  ['a', 'burden'],
  ['worthless'],
  ['tired', 'of', 'living'],
  ['tired', 'of', 'everything'],
  ['sick', 'of', 'living'],
  ['dont', 'want', 'to', 'do', 'this', 'anymore'],
  ['nothing', 'to', 'live', 'for'],
  ['no', 'way', 'forward'],
  ['see', 'a', 'way', 'forward'],
  ['cant', 'face', 'another'],
  ['want', 'it', 'to', 'be', 'over'],
];

/** "the point of anything / of living" is hopelessness; "the point of stretching" is a question about stretching. */
export const CRISIS_POINT_OBJECTS: ReadonlySet<string> = new Set([
  'anything',
  'it',
  'life',
  'living',
  'going',
  'trying',
  'carrying',
  'me',
  'this',
  'all',
  'everything',
  'anymore',
  'being',
]);

/**
 * Cross-sentence cues (suspect.ts strongCueFlags). A joint infection: two signs of an angry joint and
 * a fever, each said in its own sentence ("the whole knee was puffy. … red all the way round, hot …
 * shaking with chills").
 */
export const JOINT_SWOLLEN_WORDS: ReadonlySet<string> = new Set([
  'swollen',
  'swelling',
  'swelled',
  'puffy',
  'puffed',
  'ballooned',
  'swole',
]);
export const JOINT_HOT_WORDS: ReadonlySet<string> = new Set(['hot', 'warm', 'burning', 'boiling']);
export const JOINT_RED_WORDS: ReadonlySet<string> = new Set(['red', 'redness', 'angry', 'inflamed']);
export const FEVER_WORDS: ReadonlySet<string> = new Set([
  'fever',
  'feverish',
  'febrile',
  'chills',
  'rigors',
  'shivering',
  'shivers',
  'sweats',
  'temperature',
  'temp',
]);
/** A knee or joint named, for the joint cue. */
export const JOINT_WORDS: ReadonlySet<string> = new Set(['knee', 'knees', 'kneecap', 'joint']);

/** "ending it", "end it all", said in its own sentence next to hopelessness ("im a burden. ending it"). */
export const ENDING_PHRASES: ReadonlyArray<readonly string[]> = [
  ['ending', 'it'],
  ['end', 'it'],
  ['ending', 'things'],
  ['end', 'things'],
  ['ending', 'everything'],
  ['end', 'everything'],
];

/** Compartment syndrome signs, two of three in any sentences. */
export const OUT_OF_PROPORTION_PHRASES: ReadonlyArray<readonly string[]> = [
  ['worse', 'than', 'it', 'should'],
  ['worse', 'than', 'expected'],
  ['out', 'of', 'proportion'],
  ['despite', 'morphine'],
  ['despite', 'iv'],
  ['despite', 'painkillers'],
  ['pain', 'escalating'],
  ['escalating', 'pain'],
];
export const HARD_MUSCLE_WORDS: ReadonlySet<string> = new Set(['calf', 'shin', 'compartment', 'leg']);
export const HARD_FEEL_WORDS: ReadonlySet<string> = new Set([
  'hard',
  'firm',
  'tense',
  'rigid',
  'wood',
  'rock',
  'burst',
  'bursting',
  'tight',
]);
export const STRETCH_PAIN_PHRASES: ReadonlyArray<readonly string[]> = [
  ['pull', 'my', 'toes'],
  ['stretching', 'my', 'foot'],
  ['stretching', 'my', 'toes'],
  ['toe', 'flexion'],
  ['toe', 'extension'],
  ['passive', 'stretch'],
  ['move', 'my', 'toes'],
  ['moving', 'my', 'toes'],
];

/** A cancer history and new pain in a bone, in any sentences. */
export const CANCER_WORDS: ReadonlySet<string> = new Set([
  'cancer',
  'lymphoma',
  'myeloma',
  'sarcoma',
  'leukaemia',
  'leukemia',
  'melanoma',
  'tumour',
  'tumor',
  'oncologist',
  'chemo',
  'chemotherapy',
  'metastatic',
]);
export const BONE_WORDS: ReadonlySet<string> = new Set(['bone', 'bones', 'femur', 'tibia', 'shinbone', 'thighbone']);
