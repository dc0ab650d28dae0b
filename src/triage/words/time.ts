// Time: long past, spans up to now, resolution ("fine now"), denial ("but never gave way") and
// what keeps something present ("still", "again").
// Matched against triage-normalised words ("can't" → cant, "does not" → doesnt).

/** Long-past time in the same clause: "it swelled up last year". */
export const LONG_PAST_PHRASES: ReadonlyArray<readonly string[]> = [
  ['last', 'year'],
  ['years', 'ago'],
  ['year', 'ago'],
  ['months', 'ago'],
  ['month', 'ago'],
  ['last', 'season'],
  ['last', 'summer'],
  ['last', 'winter'],
  ['last', 'spring'],
  ['last', 'fall'],
  ['last', 'autumn'],
  ['high', 'school'],
  ['in', 'college'],
  ['as', 'a', 'kid'],
  ['as', 'a', 'child'],
  ['as', 'a', 'teenager'],
  ['when', 'i', 'was', 'younger'],
  ['when', 'i', 'was', 'a'],
  ['when', 'i', 'was', 'in'],
  ['used', 'to'],
  ['years', 'back'],
  ['long', 'ago'],
  ['long', 'time', 'ago'],
  ['in', 'the', 'past'],
  ['last', 'month'],
  ['previously'],
  ['childhood'],
  ['decade'],
  ['decades'],
  ['years', 'earlier'],
  ['once', 'before'],
  // a decade: "in the 90s" (tokenised "the 90 s"), "the 1990s"
  ['the', '60', 's'],
  ['the', '70', 's'],
  ['the', '80', 's'],
  ['the', '90', 's'],
  ['the', '1960', 's'],
  ['the', '1970', 's'],
  ['the', '1980', 's'],
  ['the', '1990', 's'],
  ['the', '2000', 's'],
];

/** "when she was 3", "when he was little": a childhood that is over (not "when he was tackled"). */
export const CHILDHOOD_AFTER_WAS: ReadonlySet<string> = new Set([
  'little',
  'younger',
  'small',
  'baby',
  'toddler',
  'kid',
  'child',
  'teenager',
  'teen',
]);

/** "over the last month", "since last year", "for the past year": a span up to now, not a past event. */
export const SPAN_TO_NOW: ReadonlySet<string> = new Set(['since', 'from', 'over', 'during', 'for', 'throughout']);

/** "back in 2019", "back in the spring" (not "it popped back in"): "back in" + one of these is long past. */
export const BACK_IN_WHEN: ReadonlySet<string> = new Set([
  'the',
  'my',
  'high',
  'college',
  'uni',
  'university',
  'school',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'covid',
  'lockdown',
  'those',
  'them',
  'day',
  'days',
]);

/** Resolution in the same or the following clause: "…but it's fine now", "the swelling went down". */
export const RESOLVED_PHRASES: ReadonlyArray<readonly string[]> = [
  ['fine', 'now'],
  ['ok', 'now'],
  ['okay', 'now'],
  ['better', 'now'],
  ['good', 'now'],
  ['gone', 'now'],
  ['normal', 'now'],
  ['all', 'good'],
  ['went', 'away'],
  ['gone', 'away'],
  ['swelling', 'went', 'down'],
  ['swelling', 'gone', 'down'],
  ['swelling', 'has', 'gone', 'down'],
  ['it', 'went', 'down'],
  ['it', 'has', 'gone', 'down'],
  ['went', 'back', 'down'],
  ['gone', 'back', 'down'],
  ['swelling', 'is', 'gone'],
  ['now', 'its', 'fine'],
  ['now', 'its', 'ok'],
  ['now', 'its', 'okay'],
  ['now', 'its', 'better'],
  ['now', 'its', 'normal'],
  ['now', 'it', 'is', 'fine'],
  ['now', 'fine'],
  ['unlocked'],
  ['cleared', 'up'],
  ['resolved'],
  ['healed'],
  ['recovered'],
  ['settled', 'down'],
  ['subsided'],
  ['not', 'anymore'],
  ['back', 'to', 'normal'],
  ['fully', 'better'],
  ['fine', 'since'],
  ['been', 'fine'],
  ['was', 'fine', 'after'],
  ['fine', 'again'],
  ['all', 'better'],
  // not "disappeared under the swelling"
  ['swelling', 'disappeared'],
  ['it', 'disappeared'],
  ['has', 'disappeared'],
  ['pain', 'disappeared'],
  ['then', 'disappeared'],
  ['disappeared', 'completely'],
  ['numbness', 'disappeared'],
  ['tingling', 'disappeared'],
  ['they', 'disappeared'],
  ['its', 'gone'],
  ['and', 'fine'],
  ['and', 'its', 'fine'],
  ['and', 'its', 'ok'],
  ['and', 'its', 'okay'],
  ['then', 'fine'],
  ['then', 'it', 'was', 'fine'],
  ['wore', 'off'],
  ['eased', 'off'],
  ['went', 'back', 'to', 'normal'],
  ['been', 'solid'],
  ['been', 'perfect'],
  ['no', 'problems', 'since'],
  ['no', 'issues', 'since'],
  ['fine', 'ever', 'since'],
  ['all', 'good', 'now'],
  ['gone', 'by'],
  // Over in moments: "pins and needles for a minute after sitting cross-legged".
  ['for', 'a', 'minute'],
  ['for', 'a', 'second'],
  ['for', 'a', 'sec'],
  ['for', 'a', 'moment'],
  ['for', 'a', 'few', 'seconds'],
  ['for', 'a', 'split', 'second'],
  // Feeling or warmth back, pain gone, moving again: "toes were freezing but warmed up after",
  // "the pain at night is gone since …", "but now I'm running again".
  ['warmed', 'up', 'after'],
  ['warmed', 'up', 'again'],
  ['warmed', 'back'],
  ['warm', 'again'],
  ['feeling', 'came', 'back'],
  ['colour', 'came', 'back'],
  ['color', 'came', 'back'],
  ['pain', 'is', 'gone'],
  ['pain', 'stopped'],
  ['pain', 'has', 'stopped'],
  ['ache', 'is', 'gone'],
  ['aches', 'are', 'gone'],
  ['back', 'on', 'my', 'feet'],
  ['never', 'since'],
  ['not', 'since'],
  ['fine', 'after'],
  ['fine', 'by'],
  ['ok', 'by'],
  ['okay', 'by'],
  // Stable again, back to normal life, or lifelong and unchanged: "now it's solid", "now I'm back
  // running", "swell at the end of the day and go down overnight", "always been that way".
  ['now', 'its', 'solid'],
  ['now', 'its', 'stable'],
  ['now', 'im', 'back'],
  ['now', 'im', 'walking', 'fine'],
  ['now', 'walking', 'fine'],
  ['go', 'down', 'overnight'],
  ['goes', 'down', 'overnight'],
  ['down', 'by', 'morning'],
  ['always', 'been', 'that', 'way'],
  ['always', 'been', 'like', 'that'],
  ['always', 'been', 'this', 'way'],
  ['always', 'been', 'like', 'this'],
  ['so', 'far', 'nothing'],
  ['so', 'far', 'so', 'good'],
  ['held', 'up', 'fine'],
  ['held', 'up', 'ok'],
  ['it', 'held', 'up'],
];

/** Present-time words that keep a past mention alive: "it locked last year and it's locked again". */
export const STILL_PRESENT: ReadonlySet<string> = new Set([
  'still',
  'again',
  'currently',
  'today',
  'tonight',
  'anymore',
]);

export const PAIN_WORDS: ReadonlySet<string> = new Set([
  'pain',
  'pains',
  'ache',
  'aches',
  'aching',
  'soreness',
  'throbbing',
  'swelling',
  'tingling',
  'hurting',
  'cramp',
]);

export const DENIAL_START: ReadonlySet<string> = new Set(['never', 'didnt', 'hasnt', 'havent', 'wasnt', 'not']);

export const DENIED_EVENTS: ReadonlySet<string> = new Set([
  'gave',
  'given',
  'give',
  'buckled',
  'collapsed',
  'happened',
  'did',
  'locked',
  'popped',
  'dislocated',
  'swelled',
  'went',
]);

export const BACK_TO_SPORT: ReadonlySet<string> = new Set(['running', 'jogging', 'training', 'racing', 'sprinting']);

export const NEAR_MISS_WORDS: ReadonlySet<string> = new Set(['almost', 'nearly']);

/** "almost immediately", "nearly twice the size": degree, not a near miss. */
export const DEGREE_AFTER_ALMOST: ReadonlySet<string> = new Set([
  'immediately',
  'instantly',
  'straight',
  'right',
  'twice',
  'double',
  'doubled',
  'straightaway',
  'all',
  'every',
  'constant',
  'constantly',
  'always',
  'unbearable',
]);

/** A subject before a denial in a later clause: "but it never actually gave way". */
export const DENIAL_SUBJECTS: ReadonlySet<string> = new Set(['it', 'its', 'he', 'she', 'they', 'the', 'knee']);

/** Adverbs between a denial and the event: "never actually gave way". */
export const DENIAL_ADVERBS: ReadonlySet<string> = new Set(['actually', 'really', 'fully', 'properly', 'once']);

/** After "running" these make it a symptom, not a sport: "running a fever". */
export const NOT_SPORT_AFTER: ReadonlySet<string> = new Set(['a', 'an', 'fever', 'temperature', 'temp']);
