// Language cues that decide whether a matched red-flag phrase is a real, present report.
// They are about English, not about the clinic, so they live in code (curated flags are in YAML).
// Every list is matched against triage-normalised words ("can't" → cant, "does not" → doesnt).

/** Words that negate what follows: "no swelling", "I don't have a fever", "without any numbness". */
export const NEGATION_CUES: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'without', 'none', 'nor', 'neither', 'nothing', 'zero', 'dont', 'doesnt',
  'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'wont', 'wouldnt', 'cant',
  'couldnt', 'denies', 'denied', 'absent', 'lack', 'lacks', 'nope',
]);

/** How many words after a negation cue it still applies to ("no pain or swelling" = 3). */
export const NEGATION_REACH = 6;

/** A negation cue followed by one of these is not a negation of a symptom ("I don't know why"). */
export const NEGATION_IDIOMS: ReadonlyArray<readonly string[]> = [
  ['dont', 'know'], ['didnt', 'know'], ['not', 'sure'], ['no', 'idea'], ['no', 'clue'], ['no', 'reason'],
  ['no', 'matter'], ['not', 'only'], ['not', 'just'], ['no', 'doubt'], ['not', 'kidding'],
  ['never', 'mind'], ['no', 'joke'], ['dont', 'understand'], ['cant', 'tell'], ['cant', 'explain'],
  ['no', 'way'], ['nothing', 'helps'], ['nothing', 'works'], ['cant', 'remember'], ['dont', 'remember'],
  // Persistence said with a negation: "pain that won't go away", "the swelling hasn't gone down".
  ['wont', 'go'], ['doesnt', 'go'], ['didnt', 'go'], ['never', 'went'], ['never', 'goes'], ['isnt', 'going'],
  ['not', 'going', 'away'], ['not', 'going', 'down'], ['not', 'gone'], ['hasnt', 'gone'], ['havent', 'gone'],
  ['wont', 'stop'], ['doesnt', 'stop'], ['wont', 'settle'], ['hasnt', 'settled'], ['not', 'settling'],
  ['not', 'getting', 'better'], ['isnt', 'getting', 'better'], ['not', 'improving'], ['isnt', 'improving'],
  ['wont', 'ease'], ['not', 'easing'], ['cant', 'get', 'rid'], ['not', 'stopping'], ['no', 'better'],
  ['no', 'relief'], ['nothing', 'touches'], ['dont', 'touch'], ['doesnt', 'touch'], ['wont', 'budge'],
  ['no', 'end'], ['wont', 'let'], ['wouldnt', 'let'], ['doesnt', 'let'], ['dont', 'let'], ['cant', 'touch'], ['cant', 'even'],
  ['not', 'normal'], ['isnt', 'normal'], ['dont', 'think', 'its', 'normal'],
];

/** "no" directly followed by one of these is an answer ("No, my calf is swollen"), not a negation. */
export const NO_AS_ANSWER_BEFORE: ReadonlySet<string> = new Set([
  'i', 'my', 'it', 'its', 'the', 'im', 'ive', 'this', 'that', 'he', 'she', 'we', 'you', 'actually',
  'wait', 'but', 'now', 'then', 'sadly', 'unfortunately', 'honestly', 'really', 'though', 'sorry',
]);

/** Inside a negation's reach, these start a new statement and end it ("no pain and my calf is swollen"). */
export const SCOPE_BREAK_AFTER_AND: ReadonlySet<string> = new Set([
  'i', 'my', 'it', 'its', 'im', 'ive', 'the', 'this', 'that', 'he', 'she', 'they', 'we', 'there',
  'now', 'then', 'today', 'suddenly',
]);
export const SCOPE_BREAK_WORDS: ReadonlySet<string> = new Set(['because', 'cause', 'so', 'since', 'until', 'till', 'unless', 'now']);

/** "never … like this / before" says it is happening now, for the first time. */
export const NEVER_BEFORE_WORDS: ReadonlySet<string> = new Set(['before', 'like']);

/** A lone answer after the symptom negates it: "calf swelling: none", "fever? no". */
export const TRAILING_NO: ReadonlySet<string> = new Set(['no', 'none', 'nope', 'not', 'never', 'negative', 'nah', 'nil', 'free', 'absent']);
export const TRAILING_FILLER: ReadonlySet<string> = new Set(['really', 'at', 'all', 'whatsoever', 'thankfully', 'luckily', 'so', 'far', 'yet', 'thank', 'god']);

/**
 * Hypothetical or general talk before the phrase in the same sentence: "what if my calf swells",
 * "in case I can't put weight on it", "signs of a clot like a swollen calf".
 */
export const HYPOTHETICAL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['what', 'if'], ['if', 'ever'], ['if', 'i', 'ever'], ['in', 'case'], ['incase'], ['suppose'],
  ['supposing'], ['hypothetically'], ['imagine'], ['lets', 'say'], ['warning', 'sign'],
  ['warning', 'signs'], ['red', 'flag'], ['red', 'flags'], ['danger', 'signs'], ['signs', 'of'],
  ['sign', 'of'], ['symptoms', 'of'], ['such', 'as'], ['for', 'example'], ['eg'],
  ['wondering', 'if'], ['wondering', 'whether'], ['just', 'wondering'], ['curious'], ['in', 'general'],
  ['generally'],
  // Reading or hearing about it: "I read that a hot swollen knee with a fever is an emergency".
  ['i', 'read'], ['read', 'that'], ['read', 'online'], ['reading', 'about'], ['heard', 'that'], ['googled'],
  ['article'], ['hate', 'to'], ['would', 'hate'], ['id', 'hate'], ['dread'], ['dont', 'want', 'to', 'end', 'up'], ['they', 'say'], ['people', 'say'], ['on', 'the', 'internet'],
];

/** In a question, these before the phrase (same sentence) make it general ("when should I worry if my calf swells?"). */
export const QUESTION_HYPOTHETICAL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['what', 'if'], ['if'], ['whether'], ['when', 'should'], ['when', 'do'], ['when', 'does'], ['when', 'is'],
  ['when', 'are'], ['when', 'would'], ['when', 'to'], ['when', 'can'], ['how', 'do', 'i', 'know'],
  ['how', 'can', 'i', 'tell'], ['how', 'would', 'i', 'know'], ['how', 'will', 'i', 'know'], ['how', 'do', 'you', 'know'],
  ['how', 'to', 'tell'], ['how', 'do', 'i', 'tell'], ['how', 'do', 'you', 'tell'], ['how', 'can', 'you', 'tell'],
  ['how', 'would', 'i', 'tell'], ['what', 'are'], ['what', 'counts'], ['what', 'happens'], ['is', 'it', 'possible'],
  ['can', 'running'], ['does', 'running'], ['could', 'running'], ['should', 'i', 'worry'], ['prevent'], ['avoid'],
  ['how', 'to', 'stop'], ['can', 'a'], ['can', 'an'], ['could', 'a'], ['does', 'a'], ['does', 'an'], ['is', 'a'], ['is', 'an'],
  ['would', 'a'], ['would', 'an'], ['do', 'runners'],
];

/** "Is it bad if my knee is swollen and hot?" describes this person: not hypothetical. */
export const SELF_REPORT_QUESTIONS: ReadonlyArray<readonly string[]> = [
  ['is', 'it', 'bad'], ['is', 'it', 'normal'], ['is', 'it', 'ok'], ['is', 'it', 'okay'], ['is', 'it', 'serious'],
  ['is', 'this', 'bad'], ['is', 'this', 'normal'], ['is', 'this', 'serious'], ['is', 'that', 'bad'],
  ['should', 'i', 'be', 'worried'], ['should', 'i', 'go'], ['do', 'i', 'need'],
];

/** Long-past time in the same clause: "it swelled up last year". */
export const LONG_PAST_PHRASES: ReadonlyArray<readonly string[]> = [
  ['last', 'year'], ['years', 'ago'], ['year', 'ago'], ['months', 'ago'], ['month', 'ago'], ['last', 'season'],
  ['last', 'summer'], ['last', 'winter'], ['last', 'spring'], ['last', 'fall'], ['last', 'autumn'],
  ['high', 'school'], ['in', 'college'], ['as', 'a', 'kid'], ['as', 'a', 'child'], ['as', 'a', 'teenager'],
  ['when', 'i', 'was', 'younger'], ['when', 'i', 'was', 'a'], ['when', 'i', 'was', 'in'],
  ['used', 'to'], ['years', 'back'], ['long', 'ago'], ['long', 'time', 'ago'], ['in', 'the', 'past'],
  ['last', 'month'], ['previously'], ['childhood'], ['decade'], ['decades'], ['years', 'earlier'], ['once', 'before'],
];

/** "over the last month", "since last year", "for the past year": a span up to now, not a past event. */
export const SPAN_TO_NOW: ReadonlySet<string> = new Set(['since', 'from', 'over', 'during', 'for', 'throughout']);

/** "back in 2019", "back in the spring" (not "it popped back in"): "back in" + one of these is long past. */
export const BACK_IN_WHEN: ReadonlySet<string> = new Set([
  'the', 'my', 'high', 'college', 'uni', 'university', 'school', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn', 'fall', 'winter', 'covid',
  'lockdown', 'those', 'them', 'day', 'days',
]);

/** Resolution in the same or the following clause: "…but it's fine now", "the swelling went down". */
export const RESOLVED_PHRASES: ReadonlyArray<readonly string[]> = [
  ['fine', 'now'], ['ok', 'now'], ['okay', 'now'], ['better', 'now'], ['good', 'now'], ['gone', 'now'],
  ['normal', 'now'], ['all', 'good'], ['went', 'away'], ['gone', 'away'], ['swelling', 'went', 'down'], ['swelling', 'gone', 'down'],
  ['swelling', 'has', 'gone', 'down'], ['it', 'went', 'down'], ['it', 'has', 'gone', 'down'], ['went', 'back', 'down'],
  ['gone', 'back', 'down'], ['swelling', 'is', 'gone'], ['now', 'its', 'fine'], ['now', 'its', 'ok'], ['now', 'its', 'okay'],
  ['now', 'its', 'better'], ['now', 'its', 'normal'], ['now', 'it', 'is', 'fine'], ['now', 'fine'], ['unlocked'],
  ['cleared', 'up'], ['resolved'], ['healed'], ['recovered'], ['settled', 'down'], ['subsided'],
  ['not', 'anymore'], ['back', 'to', 'normal'], ['fully', 'better'], ['fine', 'since'],
  ['been', 'fine'], ['was', 'fine', 'after'], ['fine', 'again'], ['all', 'better'],
  // not "disappeared under the swelling"
  ['swelling', 'disappeared'], ['it', 'disappeared'], ['has', 'disappeared'], ['pain', 'disappeared'], ['then', 'disappeared'],
  ['disappeared', 'completely'], ['numbness', 'disappeared'], ['tingling', 'disappeared'], ['they', 'disappeared'],
  ['its', 'gone'], ['and', 'fine'], ['and', 'its', 'fine'], ['and', 'its', 'ok'], ['and', 'its', 'okay'], ['then', 'fine'], ['then', 'it', 'was', 'fine'], ['wore', 'off'], ['eased', 'off'],
  ['went', 'back', 'to', 'normal'], ['been', 'solid'], ['been', 'perfect'], ['no', 'problems', 'since'],
  ['no', 'issues', 'since'], ['fine', 'ever', 'since'], ['all', 'good', 'now'], ['gone', 'by'],
  // Over in moments: "pins and needles for a minute after sitting cross-legged".
  ['for', 'a', 'minute'], ['for', 'a', 'second'], ['for', 'a', 'sec'], ['for', 'a', 'moment'], ['for', 'a', 'few', 'seconds'],
  ['for', 'a', 'split', 'second'],
  // Feeling or warmth back, pain gone, moving again: "toes were freezing but warmed up after",
  // "the pain at night is gone since …", "but now I'm running again".
  ['warmed', 'up', 'after'], ['warmed', 'up', 'again'], ['warmed', 'back'], ['warm', 'again'], ['feeling', 'came', 'back'],
  ['colour', 'came', 'back'], ['color', 'came', 'back'], ['pain', 'is', 'gone'], ['pain', 'stopped'], ['pain', 'has', 'stopped'],
  ['ache', 'is', 'gone'], ['aches', 'are', 'gone'], ['back', 'on', 'my', 'feet'], ['never', 'since'], ['not', 'since'], ['fine', 'after'], ['fine', 'by'], ['ok', 'by'], ['okay', 'by'],
];

/** Fear of something that has not happened: "I'm scared of my knee giving way one day" (within a few words). */
export const FEAR_PHRASES: ReadonlyArray<readonly string[]> = [
  ['scared', 'of'], ['afraid', 'of'], ['fear', 'of'], ['terrified', 'of'], ['frightened', 'of'], ['nervous', 'about'],
  ['scared', 'that'], ['afraid', 'that'], ['worried', 'that'], ['worry', 'that'], ['paranoid', 'about'], ['fear', 'that'],
];

/** Not a person: "my dog's knee dislocated". */
export const ANIMAL_WORDS: ReadonlySet<string> = new Set([
  'dog', 'dogs', 'cat', 'cats', 'horse', 'horses', 'puppy', 'puppies', 'pup', 'kitten', 'pony', 'pet', 'pets', 'rabbit',
  'hamster', 'greyhound', 'labrador', 'spaniel', 'terrier', 'vet',
]);

/** Present-time words that keep a past mention alive: "it locked last year and it's locked again". */
export const STILL_PRESENT: ReadonlySet<string> = new Set(['still', 'again', 'currently', 'today', 'tonight', 'anymore']);

/**
 * A question ABOUT warning signs in general ("what are the warning signs?", "when should I worry?").
 * Checked only when no red flag was reported.
 */
export const WARNING_SIGN_QUESTION_PHRASES: ReadonlyArray<readonly string[]> = [
  ['warning', 'sign'], ['warning', 'signs'], ['red', 'flag'], ['red', 'flags'], ['redflags'], ['danger', 'signs'],
  ['danger', 'sign'], ['alarm', 'signs'], ['serious', 'signs'], ['serious', 'symptoms'], ['warning', 'symptoms'],
  ['when', 'should', 'i', 'worry'], ['when', 'to', 'worry'], ['when', 'do', 'i', 'worry'], ['should', 'i', 'worry'],
  ['should', 'i', 'be', 'worried'], ['when', 'is', 'it', 'serious'], ['when', 'is', 'knee', 'pain', 'serious'],
  ['is', 'it', 'an', 'emergency'], ['is', 'this', 'an', 'emergency'], ['when', 'is', 'it', 'an', 'emergency'],
  ['what', 'counts', 'as', 'an', 'emergency'], ['go', 'to', 'the', 'er'], ['go', 'to', 'er'],
  ['go', 'to', 'the', 'emergency'], ['go', 'to', 'urgent', 'care'], ['call', '911'], ['emergency', 'room'],
  ['how', 'do', 'i', 'know', 'if', 'its', 'serious'], ['how', 'do', 'i', 'know', 'if', 'it', 'is', 'serious'],
  ['how', 'can', 'i', 'tell', 'if', 'its', 'serious'], ['when', 'is', 'it', 'urgent'], ['something', 'serious'],
  ['which', 'symptoms'], ['what', 'symptoms'], ['what', 'signs'], ['which', 'signs'], ['symptoms', 'that', 'need'],
  ['signs', 'that', 'need'], ['signs', 'should', 'i'], ['symptoms', 'should', 'i'], ['what', 'should', 'i', 'look', 'for'],
  ['what', 'should', 'i', 'look', 'out', 'for'], ['what', 'to', 'look', 'out', 'for'], ['what', 'to', 'look', 'for'],
  ['what', 'to', 'watch', 'for'], ['list', 'the', 'symptoms'], ['list', 'of', 'symptoms'], ['list', 'the', 'signs'],
  ['need', 'urgent', 'care'], ['needs', 'urgent', 'care'], ['go', 'to', 'the', 'hospital'], ['go', 'to', 'hospital'],
  ['see', 'a', 'doctor', 'urgently'], ['go', 'to', 'the', 'ed'],
  ['something', 'to', 'worry', 'about'], ['anything', 'to', 'worry', 'about'], ['worth', 'worrying', 'about'],
  ['cause', 'for', 'concern'], ['reason', 'to', 'worry'],
  // "what knee symptoms need same day care?"
  ['symptoms', 'need'], ['symptoms', 'needs'], ['signs', 'need'], ['what', 'knee', 'symptoms'], ['which', 'knee', 'symptoms'],
  ['need', 'same', 'day', 'care'], ['needs', 'same', 'day', 'care'],
];

/** A question asking how to tell whether something is serious ("how do I know if my injury is serious?"). */
export const HOW_TO_TELL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['how', 'do', 'i', 'know'], ['how', 'can', 'i', 'tell'], ['how', 'to', 'tell'], ['how', 'would', 'i', 'know'],
  ['how', 'do', 'i', 'tell'], ['how', 'do', 'you', 'tell'], ['how', 'can', 'you', 'tell'], ['how', 'would', 'i', 'tell'],
  ['when', 'is'], ['when', 'should'], ['when', 'do'], ['how', 'do', 'you', 'know'], ['is', 'it'],
];
export const SERIOUS_WORDS: ReadonlySet<string> = new Set([
  'serious', 'emergency', 'urgent', 'urgently', 'dangerous', 'worry', 'worried', 'worrying', 'er', '911', 'concern', 'concerned',
  'concerning', 'alarming',
]);
/** "should swelling after running worry me?": a question that asks whether to worry, not a report. */
export const WORRY_QUESTION_WORDS: ReadonlySet<string> = new Set(['worry', 'worried', 'concern', 'concerned', 'alarm', 'alarmed', 'panic']);

/** "signs of a blood clot", "symptoms of an infection": asking about something serious, not reporting it. */
export const SIGNS_WORDS: ReadonlySet<string> = new Set(['signs', 'sign', 'symptoms', 'symptom']);
export const SERIOUS_CONDITIONS: ReadonlySet<string> = new Set([
  'clot', 'clots', 'dvt', 'thrombosis', 'infection', 'infected', 'septic', 'fracture', 'fractured', 'broken',
  'break', 'tear', 'torn', 'acl', 'dislocation', 'dislocated', 'emergency', 'serious', 'embolism',
]);

/** "What if I hear a pop?": a hypothetical question about a red-flag kind of symptom. */
export const WHAT_IF_PHRASES: ReadonlyArray<readonly string[]> = [
  ['what', 'if'], ['what', 'should', 'i', 'do', 'if'], ['what', 'do', 'i', 'do', 'if'], ['what', 'happens', 'if'],
  ['should', 'i', 'worry', 'if'], ['is', 'it', 'serious', 'if'], ['what', 'does', 'it', 'mean', 'if'], ['when', 'should'],
];
export const SYMPTOM_WORDS: ReadonlySet<string> = new Set([
  'pop', 'popped', 'popping', 'snap', 'snapped', 'swell', 'swells', 'swelled', 'swollen', 'swelling', 'lock', 'locks',
  'locked', 'locking', 'numb', 'numbness', 'tingling', 'fever', 'clot', 'dislocate', 'dislocates', 'dislocated',
  'buckle', 'buckles', 'buckled', 'deformed', 'infection', 'infected', 'pale', 'breathless', 'chest', 'collapse',
  'collapses', 'giving', 'gives', 'gave', 'straighten', 'weight', 'calf',
]);

// Person, time and answer words used by the context checks (negation.ts, hypothetical.ts,
// pastResolved.ts, thirdParty.ts).
export const ANIMAL_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'he', 'she', 'it', 'hes', 'shes']);
export const MEANING_WORDS: ReadonlySet<string> = new Set(['mean', 'means', 'meaning', 'indicate', 'indicates', 'signify', 'suggest', 'suggests']);
export const THIRD_PERSON: ReadonlySet<string> = new Set(['his', 'her', 'their', 'he', 'she', 'they', 'hes', 'shes', 'son', 'daughter', 'husband', 'wife']);
export const THIRD_PERSON_PEOPLE: ReadonlySet<string> = new Set(['son', 'daughter', 'husband', 'wife', 'kid', 'child', 'boy', 'girl', 'mum', 'mom', 'dad', 'friend', 'runner', 'player']);
/** Worry before a future: "I worry my knee will give way". */
export const WORRY_WORDS: ReadonlySet<string> = new Set(['worry', 'worried', 'worries', 'afraid', 'scared', 'fear', 'nervous', 'anxious', 'terrified', 'frightened', 'paranoid', 'concerned']);
export const FUTURE_WORDS: ReadonlySet<string> = new Set(['will', 'might', 'may', 'could', 'would', 'gonna', 'going', 'ill', 'itll']);
export const IT_HAPPENED: ReadonlyArray<readonly string[]> = [['it', 'did'], ['it', 'has'], ['and', 'did'], ['then', 'did'], ['it', 'happened'], ['now', 'it']];
export const REPORTED_ADVICE: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'warned', 'advised', 'recommended', 'explained', 'mentioned']);
export const PAIN_WORDS: ReadonlySet<string> = new Set(['pain', 'pains', 'ache', 'aches', 'aching', 'soreness', 'throbbing', 'swelling', 'tingling', 'hurting', 'cramp']);
export const DENIAL_START: ReadonlySet<string> = new Set(['never', 'didnt', 'hasnt', 'havent', 'wasnt', 'not']);
export const DENIED_EVENTS: ReadonlySet<string> = new Set([
  'gave', 'given', 'give', 'buckled', 'collapsed', 'happened', 'did', 'locked', 'popped', 'dislocated', 'swelled', 'went',
]);
export const BACK_TO_SPORT: ReadonlySet<string> = new Set(['running', 'jogging', 'training', 'racing', 'sprinting']);
export const NEAR_MISS_WORDS: ReadonlySet<string> = new Set(['almost', 'nearly']);
/** "almost immediately", "nearly twice the size": degree, not a near miss. */
export const DEGREE_AFTER_ALMOST: ReadonlySet<string> = new Set(['immediately', 'instantly', 'straight', 'right', 'twice', 'double', 'doubled', 'straightaway', 'all', 'every', 'constant', 'constantly', 'always', 'unbearable']);
export const ANSWER_WORDS: ReadonlySet<string> = new Set(['no', 'nope', 'nah']);
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'my', 'me', 'im', 'ive', 'mine', 'myself', 'id', 'ill']);

export const BODY_PARTS: ReadonlySet<string> = new Set([
  'knee', 'knees', 'kneecap', 'kneecaps', 'patella', 'leg', 'legs', 'foot', 'feet', 'toe', 'toes', 'calf', 'calves', 'shin',
  'shins', 'ankle', 'ankles', 'thigh', 'joint', 'it', 'its', 'my', 'his', 'her', 'the',
]);

/**
 * "I can't bend my knee": the negation is about the action, not the body part after it, so a flag
 * that needs the word "knee" still has it. Actions done WITH a body part, not opinions ("I don't
 * think my knee is swollen" stays negated).
 */
export const ACTIONS_ON_BODY_PART: ReadonlySet<string> = new Set([
  'bend', 'straighten', 'move', 'lift', 'raise', 'extend', 'flex', 'kick', 'wiggle', 'turn', 'rotate', 'use', 'stretch',
  'put', 'bear', 'unbend', 'unlock', 'touch', 'hold', 'support',
]);
/** Words that may stand between such an action and its body part ("can't even bend my knee properly"). */
export const ACTION_OBJECT_FILLER: ReadonlySet<string> = new Set([
  'my', 'his', 'her', 'their', 'your', 'our', 'the', 'a', 'that', 'this', 'even', 'really', 'fully', 'properly', 'right', 'left', 'bad', 'injured', 'hurt', 'sore',
]);

/** After "…? no," these confirm the answer is a denial, not "no, it's worse". */
export const ANSWER_NO_FOLLOWERS: ReadonlySet<string> = new Set([
  'never', 'only', 'just', 'thankfully', 'luckily', 'fine', 'ok', 'okay', 'not', 'didnt', 'doesnt', 'hasnt', 'isnt', 'wasnt',
  'havent', 'dont', 'nothing', 'normal', 'good',
]);

export const FINE_WORDS: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'alright', 'good', 'normal', 'grand', 'perfect']);
export const FINE_FILLER: ReadonlySet<string> = new Set(['is', 'its', 'was', 'seems', 'feels', 'looks', 'totally', 'perfectly', 'completely', 'all', 'absolutely', 'now', 'though', 'still']);

/** Verbs that make a clause a statement about a body part ("the kneecap is sideways"), not a bare topic ("pain at rest"). */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'its', 'has', 'have', 'had', 'looks', 'look', 'looked', 'feels', 'felt', 'went', 'gone', 'gave',
  'keeps', 'kept', 'got', 'gets', 'became', 'turned', 'started', 'swelled', 'locked', 'popped',
]);

/** A subject before a denial in a later clause: "but it never actually gave way". */
export const DENIAL_SUBJECTS: ReadonlySet<string> = new Set(['it', 'its', 'he', 'she', 'they', 'the', 'knee']);
/** Adverbs between a denial and the event: "never actually gave way". */
export const DENIAL_ADVERBS: ReadonlySet<string> = new Set(['actually', 'really', 'fully', 'properly', 'once']);
/** After "running" these make it a symptom, not a sport: "running a fever". */
export const NOT_SPORT_AFTER: ReadonlySet<string> = new Set(['a', 'an', 'fever', 'temperature', 'temp']);

/**
 * A question that asks what a symptom means or what causes it, in general: "what does it mean when
 * my knee gives way?", "why do knees lock?". Read at the start of the sentence.
 */
export const MEANING_QUESTION_OPENINGS: ReadonlyArray<readonly string[]> = [
  ['what', 'does', 'it', 'mean'], ['whats', 'it', 'mean'], ['what', 'do', 'you', 'call', 'it'], ['what', 'causes'],
  ['what', 'can', 'cause'], ['what', 'could', 'cause'], ['what', 'would', 'cause'], ['what', 'makes'],
  ['whats', 'the', 'reason'], ['what', 'is', 'the', 'reason'], ['why', 'does'], ['why', 'do'], ['why', 'would'],
  ['why', 'is', 'it', 'that'], ['is', 'it', 'normal', 'for'], ['how', 'common', 'is'], ['how', 'common', 'are'],
];
/** Words that tie a "what does it mean" question to a present injury: then it is a report. */
export const PRESENT_INJURY_WORDS: ReadonlySet<string> = new Set([
  'now', 'today', 'tonight', 'just', 'yesterday', 'ago', 'since', 'after', 'fell', 'fall', 'fallen', 'injury', 'injured',
  'accident', 'tackle', 'tackled', 'landed', 'twisted', 'still', 'morning', 'thismorning', 'currently', 'right', 'suddenly', 'hurt',
  'crash', 'crashed', 'collision', 'game', 'match', 'hit', 'kicked', 'slipped', 'tripped', 'this',
]);

/** Relatives and others whose past illness is family history, not a report ("my dad had a septic knee once"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  'mum', 'mom', 'mother', 'dad', 'father', 'parent', 'parents', 'brother', 'sister', 'grandma', 'grandmother', 'granny',
  'nan', 'nana', 'grandpa', 'grandfather', 'grandad', 'granddad', 'uncle', 'aunt', 'auntie', 'cousin', 'friend',
  'husband', 'wife', 'partner', 'son', 'daughter', 'neighbour', 'neighbor', 'coworker', 'colleague', 'relative', 'family',
]);
/** "had" an event, not "has" one: the relative's episode is over. */
export const HAD_WORDS: ReadonlySet<string> = new Set(['had', 'got', 'developed', 'suffered', 'caught']);
/** Said about family history or the person's own worry: "is it hereditary?", "does it run in families?", "once". */
export const FAMILY_HISTORY_WORDS: ReadonlySet<string> = new Set([
  'hereditary', 'genetic', 'genetics', 'inherited', 'inherit', 'runs', 'run', 'family', 'families', 'once', 'history',
  'died', 'passed', 'ago', 'before', 'previously', 'back',
]);

// The second line of defence (suspect.ts): cues that, combined, make a message worth one safety
// question even when no red-flag pattern matched.

/** An injury or a fall: "fell", "tripped", "landed on it", "got tackled". */
export const INJURY_WORDS: ReadonlySet<string> = new Set([
  'fell', 'fall', 'falls', 'fallen', 'falling', 'tripped', 'trip', 'slipped', 'slip', 'tumbled', 'tumble', 'stumbled',
  'landed', 'landing', 'collapsed', 'knocked', 'crashed', 'crash', 'tackle', 'tackled', 'collision', 'collided',
  'accident', 'twisted', 'twist', 'hit', 'kicked', 'injury', 'injured', 'wiped', 'bashed', 'smashed', 'struck',
]);
/** What a person can no longer do, after a negation: "can't walk", "couldn't get up", "unable to stand". */
export const ABILITY_VERBS: ReadonlySet<string> = new Set([
  'walk', 'stand', 'move', 'get', 'lift', 'bend', 'straighten', 'step', 'put', 'bear', 'hold', 'climb', 'stay', 'use',
  'raise', 'kick', 'wiggle', 'flex', 'feel', 'take', 'manage', 'go', 'drive', 'weight',
]);
export const INABILITY_CUES: ReadonlySet<string> = new Set(['cant', 'couldnt', 'unable', 'wont', 'wouldnt', 'impossible', 'barely', 'hardly']);
/** Function loss said without "can't": "hobbling", "on crutches", "had to be carried". */
export const FUNCTION_LOSS_WORDS: ReadonlySet<string> = new Set([
  'hobbling', 'hobble', 'limping', 'limp', 'dragging', 'crutches', 'crutch', 'wheelchair', 'carried', 'stretcher',
  'floor', 'ground', 'useless', 'helpless', 'stuck', 'immobile', 'hopping',
]);
/** Pain described as severe ("8/10" already reads as "severe", normalize.ts). */
export const SEVERITY_WORDS: ReadonlySet<string> = new Set([
  'severe', 'agony', 'agonising', 'agonizing', 'excruciating', 'unbearable', 'screaming', 'horrendous', 'horrific',
  'worst', 'intense', 'crying', 'tears', 'sobbing', 'intolerable', 'extreme', 'awful', 'terrible', 'killing',
]);
/** An older person: "my 80-year-old mum", "grandma", "elderly". Ages are read from numbers (suspect.ts). */
export const OLDER_WORDS: ReadonlySet<string> = new Set([
  'elderly', 'grandma', 'grandmother', 'granny', 'nan', 'nana', 'grandpa', 'grandfather', 'grandad', 'granddad',
  'pensioner', 'senior', 'seniors', 'retired', 'osteoporosis',
]);
export const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'yo', 'y']);
/** A leg that has stopped working: "my leg feels dead", "lifeless", "floppy", "like it's not mine". */
export const LIFELESS_WORDS: ReadonlySet<string> = new Set([
  'dead', 'lifeless', 'floppy', 'paralysed', 'paralyzed', 'paralysis', 'numb', 'numbness', 'asleep', 'heavy', 'limp',
  'useless', 'drop', 'dragging',
]);
export const LIMB_WORDS: ReadonlySet<string> = new Set(['leg', 'legs', 'foot', 'feet', 'toes', 'toe', 'ankle', 'calf', 'shin', 'knee']);
/** A child or teenager (ages below 18 are read from numbers too). */
export const CHILD_WORDS: ReadonlySet<string> = new Set([
  'son', 'daughter', 'kid', 'kids', 'child', 'boy', 'girl', 'teen', 'teenager', 'toddler', 'stepson', 'stepdaughter',
  'grandson', 'granddaughter', 'nephew', 'niece', 'pupil', 'student',
]);
/** With a child's knee pain these call for a same-day look (hip problems show up as knee pain). */
export const CHILD_WARNING_WORDS: ReadonlySet<string> = new Set([
  'limp', 'limping', 'limps', 'hip', 'groin', 'thigh', 'night', 'nights', 'fever', 'temperature', 'wakes', 'waking', 'woke',
]);
/** Injury words in phrases that are no injury: "fell asleep", "hit the wall" (a marathon), "fell behind". */
export const NOT_INJURY_PHRASES: ReadonlyArray<readonly string[]> = [
  ['fell', 'asleep'], ['fall', 'asleep'], ['falls', 'asleep'], ['falling', 'asleep'], ['fell', 'behind'], ['fall', 'behind'],
  ['fell', 'apart'], ['fell', 'in', 'love'], ['fell', 'ill'], ['fell', 'sick'], ['fell', 'short'], ['fall', 'short'],
  ['fell', 'through'], ['fall', 'season'], ['last', 'fall'], ['this', 'fall'], ['in', 'the', 'fall'], ['hit', 'the', 'wall'],
  ['hit', 'a', 'wall'], ['hit', 'the', 'gym'], ['hit', 'a', 'pr'], ['hit', 'my', 'goal'], ['hit', 'a', 'plateau'],
  ['hit', 'my', 'target'], ['hit', 'the', 'road'], ['hit', 'the', 'trails'], ['hit', 'the', 'track'], ['hit', 'my', 'stride'],
];
/** Said about someone else ("my mum fell … she"), unless the person also speaks of themselves. */
export const OTHER_PERSON_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'hes', 'shes', 'him', 'his', 'her', 'they', 'them', 'their', 'theyre']);
export const SELF_WORDS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'me', 'myself', 'id', 'ill']);
/**
 * Hopelessness said indirectly ("nothing matters anymore", "I can't go on"): worth asking directly about
 * thoughts of suicide (asking does not put the idea there; it is what crisis lines advise).
 */
export const HOPELESS_PHRASES: ReadonlyArray<readonly string[]> = [
  ['no', 'point'], ['dont', 'see', 'the', 'point'], ['cant', 'see', 'the', 'point'], ['whats', 'the', 'point'],
  ['nothing', 'matters'], ['hopeless'], ['pointless'], ['cant', 'go', 'on'], ['cant', 'do', 'this', 'anymore'],
  ['cant', 'take', 'it', 'anymore'], ['cant', 'take', 'this', 'anymore'], ['give', 'up', 'on', 'everything'],
  ['better', 'off', 'if', 'i'], ['if', 'i', 'disappeared'], ['want', 'it', 'all', 'to', 'stop'], ['want', 'everything', 'to', 'stop'],
  ['no', 'way', 'out'], ['a', 'burden'], ['worthless'], ['tired', 'of', 'living'], ['tired', 'of', 'everything'],
  ['sick', 'of', 'living'], ['dont', 'want', 'to', 'do', 'this', 'anymore'], ['nothing', 'to', 'live', 'for'],
];
/** "the point of anything / of living" is hopelessness; "the point of stretching" is a question about stretching. */
export const CRISIS_POINT_OBJECTS: ReadonlySet<string> = new Set([
  'anything', 'it', 'life', 'living', 'going', 'trying', 'carrying', 'me', 'this', 'all', 'everything', 'anymore', 'being',
]);
