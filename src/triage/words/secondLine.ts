// Cues of the second line of defence (suspect.ts): injury, function loss, severity, age, a lifeless
// limb, a child's warning signs. The specific signs (a lump, hopelessness, a hot joint, compartment
// syndrome, cancer history) are in secondLineSigns.ts.
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

/**
 * A walking aid someone uses day to day ("I can walk a little with my cane", "mum's walker"): a frail or
 * older faller, read like an older person for the Ottawa X-ray rule (NICE falls guidance: a fall in a frail
 * adult is checked). 'cane' and 'rollator' stand alone; 'walker' and 'stick' only after an owner or "with a"
 * (ages.ts), so "a keen walker" or "hit by a hockey stick" are not read.
 */
export const DAILY_AID_WORDS: ReadonlySet<string> = new Set(['cane', 'canes', 'rollator', 'zimmer']);
export const OWNED_AID_WORDS: ReadonlySet<string> = new Set(['walker', 'stick', 'walking-stick']);
export const AID_OWNER_WORDS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'mums', 'moms', 'dads']);

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
/**
 * A parent telling a child's age by name: "Wrestling mom here … Mateo is 14 and …" (r24 post). A bare number after
 * "is" is an age only when a parent writes, the number ends the phrase, and what "is" N is no measure ("pain is 7").
 */
export const PARENT_WORDS: ReadonlySet<string> = new Set([
  'mom',
  'mum',
  'mommy',
  'mama',
  'dad',
  'daddy',
  'papa',
  'parent',
  'parents',
  'stepmom',
  'stepdad',
  'grandma',
]);
export const IS_AGE_NEXT: ReadonlySet<string> = new Set(['and', 'now', 'but', 'so', 'this', 'going', '']);
export const NOT_AGE_SUBJECTS: ReadonlySet<string> = new Set([
  ...['pain', 'score', 'it', 'its', 'that', 'this', 'what', 'which', 'there', 'swelling', 'temp', 'temperature'],
  ...['fever', 'level', 'rating', 'count', 'number', 'mileage', 'weight', 'bmi', 'pace', 'cadence', 'knee', 'bend'],
  ...['flexion', 'angle', 'size', 'shoe', 'day', 'week', 'time', 'pulse', 'rate', 'hr', 'grade', 'total', 'reading'],
  ...['result', 'record', 'ranking', 'rank', 'seed', 'jersey', 'number', 'room', 'bed', 'game', 'match', 'mile'],
]);
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
export const LIMP_WORDS: ReadonlySet<string> = new Set([
  'limp',
  'limping',
  'limps',
  'limped',
  // sparing the leg: "he's been favoring his right leg"
  'favoring',
  'favouring',
  'favors',
  'favours',
]);

/** Woken by the pain at night ("he's been waking up in the night with it"): waking and night in one sentence. */
export const WAKING_WORDS: ReadonlySet<string> = new Set(['waking', 'wakes', 'woke', 'woken', 'wake']);
export const NIGHT_WORDS: ReadonlySet<string> = new Set(['night', 'nights', 'nighttime', 'overnight']);

export const CHILD_PAIN_PLACES: ReadonlySet<string> = new Set(['knee', 'knees', 'hip', 'hips', 'thigh', 'groin']);

/** How recent it is ("an hour ago", "this morning", "just now"): a fresh injury weighs more. */
export const FRESH_WORDS: ReadonlySet<string> = new Set([
  'today',
  'tonight',
  'yesterday',
  'now',
  'just',
  'immediately',
  'instantly',
  'straightaway',
  'minutes',
  'hour',
  'hours',
  'morning',
  'afternoon',
  'evening',
  'suddenly',
]);

/** A long story ("for months", "for years", "since 2019"): chronic, not an emergency by itself. */
export const LONG_TIME_WORDS: ReadonlySet<string> = new Set([
  'weeks',
  'months',
  'years',
  'month',
  'year',
  'always',
  'chronic',
  'ages',
]);

/** A limp in everyday words: a gait verb said to be off ("walks funny", "runs weird", "running differently"). */
export const GAIT_VERBS: readonly string[] = ['walk', 'walks', 'walking', 'walked', 'run', 'runs', 'running', 'ran'];
export const GAIT_ODD_WORDS: readonly string[] = [
  'funny',
  'funnily',
  'weird',
  'weirdly',
  'odd',
  'oddly',
  'strange',
  'strangely',
  'differently',
  'awkwardly',
  'unevenly',
  'wonky',
];
/** A leg dragged along when walking ("he's kinda dragging that leg"): a limp in other words (not "dragging his feet"). */
export const DRAGGED_LEG_PHRASES: ReadonlyArray<readonly string[]> = ['drag', 'drags', 'dragging', 'dragged'].flatMap(
  (verb) =>
    ['that', 'his', 'her', 'the', 'one', 'their', 'my', 'a', 'this'].flatMap((whose) =>
      ['leg', 'foot'].map((part) => [verb, whose, part]),
    ),
);
/** A foot held turned out while walking ("walks with that foot turned out"): the gait of a slipped hip. */
export const TURNED_OUT_PHRASES: ReadonlyArray<readonly string[]> = [
  ['foot', 'turned', 'out'],
  ['foot', 'turns', 'out'],
  ['foot', 'turning', 'out'],
  ['foot', 'pointing', 'out'],
  ['foot', 'points', 'out'],
  ['feet', 'turned', 'out'],
  ['toes', 'turned', 'out'],
  ['leg', 'turned', 'out'],
];

/**
 * The classifier's body gate (suspect.ts): its question about a body flag is asked only when the message
 * speaks of the body or of what happened to it. Its features are words, and "see you at practice tonight"
 * shares enough of them with a sports injury to reach the threshold; in a group chat that question is noise
 * to a whole room. Beside these, INJURY_WORDS, LIMP_WORDS, SEVERITY_WORDS, LIMB_WORDS, JOINT_SWOLLEN_WORDS,
 * JOINT_HOT_WORDS, JOINT_RED_WORDS, FEVER_WORDS, KNOCK_WORDS and a lost function ("can't bend") count too.
 * Words common in chatter are left out ("back", "head", "hand", "break", "cut", "cold").
 */
export const BODY_PART_WORDS: ReadonlySet<string> = new Set([
  ...['knee', 'knees', 'kneecap', 'kneecaps', 'patella', 'leg', 'legs', 'calf', 'calves', 'shin', 'shins'],
  ...['ankle', 'ankles', 'foot', 'feet', 'toe', 'toes', 'heel', 'heels', 'hip', 'hips', 'thigh', 'thighs'],
  ...['groin', 'quad', 'quads', 'hamstring', 'hamstrings', 'glute', 'glutes', 'acl', 'mcl', 'pcl', 'lcl'],
  ...['meniscus', 'ligament', 'ligaments', 'tendon', 'tendons', 'cartilage', 'muscle', 'muscles'],
  ...['bone', 'bones', 'joint', 'joints', 'femur', 'tibia', 'fibula', 'kneepit', 'chest', 'heart', 'lung', 'lungs'],
  ...['arm', 'arms', 'shoulder', 'wrist', 'elbow', 'spine', 'neck', 'skin', 'body', 'limb', 'limbs'],
  ...['wound', 'gash', 'blood', 'bloody', 'scar', 'incision', 'stitches', 'bruise', 'bruised', 'bruising'],
  ...['lump', 'lumps', 'bump', 'bumps', 'breath', 'breathe', 'breathing', 'breathless', 'vein', 'veins'],
  ...['shinbone', 'thighbone', 'fluid', 'cyst', 'weight', 'wieght', 'kg', 'kilos', 'lbs'],
]);
/** Pain, symptoms, signs and aids: "hurts", "aching", "locked", "bleeding", "on crutches". */
export const BODY_SYMPTOM_WORDS: ReadonlySet<string> = new Set([
  ...['pain', 'pains', 'painful', 'hurt', 'hurts', 'hurting', 'sore', 'soreness', 'ache', 'aches', 'aching'],
  ...['achy', 'tender', 'stiff', 'stiffness', 'stabbing', 'throbbing', 'burning'],
  ...['numb', 'numbness', 'tingling', 'tingly', 'tingle', 'tingles', 'pins', 'needles'],
  ...['weakness', 'floppy', 'paralysed', 'paralyzed', 'cramp', 'cramps', 'cramping', 'spasm', 'spasms'],
  ...['locked', 'locking', 'locks', 'stuck', 'buckle', 'buckled', 'buckles', 'buckling', 'unstable', 'wobbly'],
  ...['collapse', 'collapses', 'collapsing', 'pop', 'popped', 'popping', 'snapped', 'crack', 'cracked'],
  ...['crunching', 'clicking', 'clicks', 'clunks', 'clunk', 'grinding', 'ruptured', 'rupture', 'throb', 'throbs'],
  ...['gasping', 'wheezing', 'winded', 'crawl', 'crawling', 'crawled', 'hop'],
  ...['swell', 'swells', 'bleeding', 'bleed', 'bleeds', 'bled', 'pus', 'oozing', 'infected', 'infection'],
  ...['rash', 'blotchy', 'pale', 'mottled', 'clammy', 'dizzy', 'faint'],
  ...['fainted', 'vomiting', 'sick', 'ill', 'unwell', 'shaking', 'sweating', 'sweaty'],
  ...['sprain', 'sprained', 'strain', 'strained', 'torn', 'tore', 'tear', 'broken', 'fracture', 'fractured'],
  ...['dislocated', 'dislocation', 'deformed', 'crooked', 'misshapen', 'sideways', 'injuries', 'hurted'],
  ...['agony', 'painkillers', 'ibuprofen', 'tylenol', 'paracetamol', 'advil', 'icing', 'brace'],
  ...['hobbling', 'hobble', 'hobbled', 'crutches', 'crutch', 'wheelchair', 'stretcher', 'hopping', 'immobile'],
]);
/**
 * Common verbs that speak of the body only with the word after: "gives out", "gave way", "went down",
 * "went over on it", "blew up" (the knee swelling), "can't get up / out of the chair".
 */
export const BODY_VERB_PHRASES: ReadonlyArray<readonly string[]> = [
  ...['give', 'gives', 'gave', 'giving', 'given'].flatMap((v) => [
    [v, 'out'],
    [v, 'way'],
  ]),
  ...['went', 'go', 'goes', 'going', 'gone'].flatMap((v) => [
    [v, 'down'],
    [v, 'over', 'on'],
  ]),
  ['blew', 'up'],
  ['blown', 'up'],
];
/** Lost function after "can't", "couldn't", "unable": the body's own movements (not "can't go", "can't make it"). */
export const BODY_ABILITY_VERBS: ReadonlySet<string> = new Set([
  ...['walk', 'stand', 'bend', 'straighten', 'step', 'bear', 'weight', 'climb', 'kick', 'wiggle', 'flex'],
  ...['feel', 'move', 'lift', 'raise', 'squat', 'kneel', 'sleep', 'run', 'jog', 'sit', 'extend', 'hop'],
  ...['steps', 'stairs', 'bare', 'wieght', 'weigh'],
]);
/** "can't get up", "won't even try to get out of his chair": a getting after the inability, within four words. */
export const GET_WORDS: ReadonlySet<string> = new Set(['get', 'getting', 'got']);
export const GET_WHERE: ReadonlySet<string> = new Set(['up', 'out', 'down']);
