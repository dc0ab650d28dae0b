// Words for what is expected in the first weeks after a knee operation (postOp.ts): swelling and warmth,
// numbness from the nerve block, bruising that tracks down the leg, stiffness and weight limits the surgeon
// or physio set. Sources: AAOS OrthoInfo "Total Knee Replacement" (recovery: swelling and warmth for weeks
// to months; bruising), NHS "Knee replacement — recovery", NHS "Arthroscopy". Their warning signs (fever,
// spreading redness, wound drainage, calf pain or swelling, shortness of breath, worse pain) are DANGER_WORDS.
// Triage-normalised words ("post-op" → post op).
import { wordTable } from '../../text/wordTable';

/** A knee operation named: "my TKR", "the scope", "ACL reconstruction", "post op". */
export const OPERATION_WORDS: ReadonlySet<string> = new Set([
  ...['surgery', 'surgeries', 'surgical', 'op', 'operation', 'operated', 'postop', 'postoperative'],
  ...['replacement', 'tkr', 'tka', 'uka', 'pkr', 'arthroplasty', 'revision', 'osteotomy'],
  ...['arthroscopy', 'arthroscopic', 'scope', 'scoped', 'reconstruction', 'reconstructed', 'aclr'],
  ...['meniscectomy', 'menisectomy', 'repair', 'repaired', 'debridement'],
]);

/** A time that places the operation in the last few weeks, said anywhere in the message. */
// "this morning" is one word by then (normalize.ts)
export const RECENT_WORDS: ReadonlySet<string> = new Set([
  'today',
  'tonight',
  'yesterday',
  'thismorning',
  'postop',
  'pod',
]);
export const RECENT_PHRASES: ReadonlyArray<readonly string[]> = [
  ['post', 'op'],
  ['this', 'afternoon'],
  ['last', 'night'],
  ['last', 'week'],
  ['hours', 'ago'],
];
/**
 * Spelt-out counts before "days" / "weeks" ("three weeks out", "a couple of weeks"). A word table (no prototype):
 * looked up by a person's word, so "constructor weeks" is not a count.
 */
export const COUNT_WORDS = wordTable<number>({
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  few: 3,
  couple: 2,
  several: 4,
});
export const DAY_WORDS: ReadonlySet<string> = new Set(['day', 'days']);
export const WEEK_WORDS: ReadonlySet<string> = new Set(['week', 'weeks', 'wk', 'wks']);
/** Most days and weeks after the operation that swelling, warmth and stiffness are still expected (12 weeks). */
export const MAX_DAYS = 90;
export const MAX_WEEKS = 12;
/** A time long after: "3 years since my scope", "6 months out" (then a hot, swollen knee is new). */
export const LONG_AGO_WORDS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'decade']);
export const MONTH_WORDS: ReadonlySet<string> = new Set(['month', 'months']);
/** From this many months on, the first weeks are over. */
export const MIN_LONG_MONTHS = 3;

/** The nerve block or spinal that numbs the leg for a day or so. */
export const ANAESTHETIC_WORDS: ReadonlySet<string> = new Set([
  ...['block', 'spinal', 'epidural', 'anesthetic', 'anaesthetic', 'anesthesia', 'anaesthesia', 'anesthesiologist'],
  ...['anaesthetist', 'anesthetist', 'lidocaine', 'bupivacaine', 'numbing'],
]);
/** The operation was a day or two ago at most: the block may still be working. */
export const VERY_RECENT_WORDS: ReadonlySet<string> = new Set([
  'today',
  'tonight',
  'yesterday',
  'thismorning',
  'hours',
]);
export const VERY_RECENT_PHRASES: ReadonlyArray<readonly string[]> = [
  ['this', 'afternoon'],
  ['last', 'night'],
  ['day', '0'],
  ['day', '1'],
  ['1', 'day'],
  ['a', 'day'],
];
/** "the block wore off days ago but my foot is still numb": the numbness is no longer the block's. */
export const WORN_OFF_WORDS: ReadonlySet<string> = new Set(['wore', 'worn']);

/** The words of each expected kind, as they appear in a match. */
export const SWELLING_WORDS: ReadonlySet<string> = new Set([
  ...['puffy', 'puffed', 'puffier', 'puffiness', 'puff', 'fluid', 'effusion', 'inflated', 'bloated', 'enlarged'],
  ...['warm', 'warmer', 'warmth'],
]);
export const SWELLING_PREFIXES: readonly string[] = ['swell', 'swol'];
/** "hot" is said loosely of a knee that is warm, but only taken so when the writer has ruled out a fever. */
export const HOT_WORDS: ReadonlySet<string> = new Set(['hot', 'hotter']);
export const NUMB_WORDS: ReadonlySet<string> = new Set(['numb', 'numbness', 'numbe', 'numbed', 'dead', 'asleep']);
export const NUMB_PREFIXES: readonly string[] = ['tingl'];
export const BRUISE_COLOURS: ReadonlySet<string> = new Set([
  ...['purple', 'purplish', 'blue', 'bluish', 'blueish', 'black', 'green', 'greenish', 'yellow', 'yellowish'],
]);
export const BRUISE_WORDS: ReadonlySet<string> = new Set(['bruise', 'bruises', 'bruising', 'bruised', 'bruisy']);
/** Straightening, bending or weight limits: expected while the surgeon's or physio's plan says so. */
export const STIFF_WORDS: ReadonlySet<string> = new Set([
  ...['straighten', 'straight', 'bend', 'bending', 'extend', 'extension', 'flex', 'flexion', 'stiff', 'stiffness'],
  ...['weight', 'weightbear', 'weightbearing', 'bear', 'bearing'],
]);
/** Walking aids are part of the first weeks' plan: "how do I do stairs on crutches?" */
export const WALKING_AID_WORDS: ReadonlySet<string> = new Set(['crutches', 'crutch', 'walker', 'cane', 'sticks']);
/** The plan named: "surgeon said toe touch only", "PT says keep doing the hangs", "partial weight for 4 weeks". */
export const PLAN_WORDS: ReadonlySet<string> = new Set([
  ...['surgeon', 'surgeons', 'doctor', 'doc', 'pt', 'physio', 'physiotherapist', 'therapist', 'protocol'],
  ...['instructions', 'allowed', 'cleared', 'nwb', 'pwb', 'ttwb', 'wbat', 'rehab', 'exercises', 'hangs'],
]);
export const PLAN_PHRASES: ReadonlyArray<readonly string[]> = [
  ['toe', 'touch'],
  ['partial', 'weight'],
  ['non', 'weight'],
  ['weight', 'as', 'tolerated'],
  ['supposed', 'to'],
];

/**
 * What an operation does not explain, anywhere in the message unless denied ("no fever", "calf not sore"):
 * the warning signs in the sources above, a part other than the knee, words for a cold or pale limb, and a new
 * injury (with secondLine's INJURY_WORDS: a fall, a twist).
 */
export const DANGER_WORDS: ReadonlySet<string> = new Set([
  ...['fever', 'fevers', 'feverish', 'febrile', 'chills', 'chill', 'shivering', 'shivers', 'shivery', 'rigors'],
  ...['temp', 'temperature', 'sweats', 'red', 'redness', 'reddish', 'redder', 'pink', 'pinker', 'inflamed'],
  ...['pus', 'oozing', 'ooze', 'oozes', 'leaking', 'leaks', 'draining', 'drains', 'drainage', 'weeping'],
  ...['streak', 'streaks', 'streaking', 'spreading', 'spread', 'gaping', 'opened', 'opening', 'infected'],
  ...['infection', 'septic', 'smell', 'smells', 'smelly', 'worse', 'worsening', 'severe', 'agony', 'unbearable'],
  ...['excruciating', 'unwell', 'sick', 'flu', 'awful', 'tense', 'calf', 'calves', 'breath', 'breathless'],
  ...['breathing', 'chest', 'cold', 'colder', 'pale', 'white', 'pulse', 'icy', 'freezing', 'mottled'],
  // a new injury to the operated knee (a graft can tear, a fall can break): "felt a pop at PT … swelled up"
  ...['pop', 'popped', 'popping', 'snap', 'snapped', 'clunk', 'gave', 'buckled', 'tore', 'torn', 'rupture'],
]);
/**
 * Pink toes are blood getting through, not redness (r37): "he can wiggle his toes and they're pink and warm".
 * Said of the foot (FOOT_WORDS within PINK_FOOT_REACH words), with no wound named in the sentence.
 */
export const PINK_WORDS: ReadonlySet<string> = new Set(['pink', 'pinker', 'pinked']);
export const FOOT_WORDS: ReadonlySet<string> = new Set([
  ...['toes', 'toe', 'foot', 'feet', 'toenails', 'nails', 'nailbeds', 'nail'],
]);
export const WOUND_WORDS: ReadonlySet<string> = new Set([
  ...['incision', 'wound', 'scar', 'stitches', 'staples', 'cut', 'skin', 'dressing', 'bandage', 'around'],
]);
export const PINK_FOOT_REACH = 5;
/**
 * "the bruising … looks awful": how a bruise looks, not how bad the pain is (never with a wound named in the
 * sentence: "the incision looks awful" is asked about; "looks worse" stays a warning sign).
 */
export const LOOKS_WORDS: ReadonlySet<string> = new Set(['looks', 'look', 'looked', 'looking']);
export const APPEARANCE_DANGER_WORDS: ReadonlySet<string> = new Set(['awful']);
/** A knee operation named in two words: "his new knee", "had my knee done", "had my knee replaced". */
export const OPERATION_PHRASES: ReadonlyArray<readonly string[]> = [
  ['post', 'op'],
  ['new', 'knee'],
  ['new', 'knees'],
  ['knee', 'done'],
  ['knees', 'done'],
  // "had my knee replaced 3 weeks ago" (left25)
  ['knee', 'replaced'],
  ['knees', 'replaced'],
  ['was', 'replaced'],
  ['were', 'replaced'],
  ['got', 'replaced'],
];
/** Body parts that make a swelling or warmth not the knee's own: the calf or the leg is the clot check. */
export const NOT_KNEE_PARTS: ReadonlySet<string> = new Set([
  ...['calf', 'calves', 'shin', 'shins', 'leg', 'legs', 'foot', 'feet', 'ankle', 'ankles', 'toes', 'toe'],
  ...['thigh', 'thighs', 'groin'],
]);
/**
 * The calf named only as where a massage may go ("the surgeon okayed massage on my thigh and calf", r24 post): no sign
 * of a clot when nothing in that sentence says it is sore, swollen, warm or tight.
 */
export const MASSAGE_WORDS: ReadonlySet<string> = new Set([
  'massage',
  'massages',
  'massaged',
  'massaging',
  'rub',
  'rubbing',
]);
/** How near the calf a sign word must be to count ("still a little puffy and warm … massage of the calf" is the knee). */
export const CALF_SIGN_REACH = 4;
export const CALF_SIGN_WORDS: ReadonlySet<string> = new Set([
  ...['sore', 'swollen', 'swelling', 'swelled', 'puffy', 'pain', 'painful', 'tender', 'hurts', 'hurting', 'aching'],
  ...['aches', 'warm', 'hot', 'red', 'tight', 'cramp', 'cramping', 'hard', 'bigger', 'fatter', 'clot'],
]);
/** After a denied word: "calf not sore", "calf is fine". */
export const DENIED_AFTER: ReadonlySet<string> = new Set([
  ...['not', 'isnt', 'arent', 'no', 'fine', 'ok', 'okay', 'normal', 'good', 'soft'],
]);
