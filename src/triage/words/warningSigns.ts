// Questions about warning signs and about what a symptom means or causes: "what are the red
// flags?", "how do I know if it's a clot?", "what does it mean when my knee gives way?".
// Matched against triage-normalised words ("can't" → cant, "does not" → doesnt).

/**
 * A question ABOUT warning signs in general ("what are the warning signs?", "when should I worry?").
 * Checked only when no red flag was reported.
 */
export const WARNING_SIGN_QUESTION_PHRASES: ReadonlyArray<readonly string[]> = [
  ['a', 'reason', 'to', 'see'],
  ['a', 'reason', 'to', 'go'],
  ['warning', 'sign'],
  // "what kind of swelling after an injury is a bad sign?" (r24 post)
  ['a', 'bad', 'sign'],
  ['are', 'bad', 'signs'],
  ['a', 'worrying', 'sign'],
  ['are', 'worrying', 'signs'],
  ['warning', 'signs'],
  ['red', 'flag'],
  ['red', 'flags'],
  ['redflags'],
  ['danger', 'signs'],
  ['danger', 'sign'],
  ['alarm', 'signs'],
  ['serious', 'signs'],
  ['serious', 'symptoms'],
  ['warning', 'symptoms'],
  ['when', 'should', 'i', 'worry'],
  ['when', 'to', 'worry'],
  ['when', 'do', 'i', 'worry'],
  ['should', 'i', 'worry'],
  ['should', 'i', 'be', 'worried'],
  ['when', 'is', 'it', 'serious'],
  ['when', 'is', 'knee', 'pain', 'serious'],
  ['is', 'it', 'an', 'emergency'],
  ['is', 'this', 'an', 'emergency'],
  ['when', 'is', 'it', 'an', 'emergency'],
  ['what', 'counts', 'as', 'an', 'emergency'],
  ['go', 'to', 'the', 'er'],
  ['go', 'to', 'er'],
  ['go', 'to', 'the', 'emergency'],
  ['go', 'to', 'urgent', 'care'],
  ['call', '911'],
  ['emergency', 'room'],
  ['how', 'do', 'i', 'know', 'if', 'its', 'serious'],
  ['how', 'do', 'i', 'know', 'if', 'it', 'is', 'serious'],
  ['how', 'can', 'i', 'tell', 'if', 'its', 'serious'],
  ['when', 'is', 'it', 'urgent'],
  ['something', 'serious'],
  ['which', 'symptoms'],
  ['what', 'symptoms'],
  ['what', 'signs'],
  ['which', 'signs'],
  ['symptoms', 'that', 'need'],
  ['signs', 'that', 'need'],
  ['signs', 'should', 'i'],
  ['symptoms', 'should', 'i'],
  ['what', 'should', 'i', 'look', 'for'],
  ['what', 'should', 'i', 'look', 'out', 'for'],
  ['what', 'to', 'look', 'out', 'for'],
  ['what', 'to', 'look', 'for'],
  ['what', 'to', 'watch', 'for'],
  ['list', 'the', 'symptoms'],
  ['list', 'of', 'symptoms'],
  ['list', 'the', 'signs'],
  ['list', 'of', 'signs'],
  ['list', 'of', 'warning'],
  ['need', 'urgent', 'care'],
  ['needs', 'urgent', 'care'],
  ['go', 'to', 'the', 'hospital'],
  ['go', 'to', 'hospital'],
  ['see', 'a', 'doctor', 'urgently'],
  ['go', 'to', 'the', 'ed'],
  ['something', 'to', 'worry', 'about'],
  ['anything', 'to', 'worry', 'about'],
  ['worth', 'worrying', 'about'],
  ['cause', 'for', 'concern'],
  ['reason', 'to', 'worry'],
  // "what knee symptoms need same day care?"
  ['symptoms', 'need'],
  ['symptoms', 'needs'],
  ['signs', 'need'],
  ['what', 'knee', 'symptoms'],
  ['which', 'knee', 'symptoms'],
  ['need', 'same', 'day', 'care'],
  ['needs', 'same', 'day', 'care'],
  // "knee symptoms that mean go get seen same day"
  ['symptoms', 'that', 'mean'],
  ['symptoms', 'that', 'means'],
  ['signs', 'that', 'mean'],
  ['signs', 'that', 'means'],
];

/**
 * "what knee injury signs …", "is there a list of knee symptoms …": a word that asks for signs, with a few
 * words naming which signs between it and "signs" / "symptoms" (how many: the value).
 */
export const ASKS_FOR_SIGNS: ReadonlyMap<string, number> = new Map([
  ['what', 3],
  ['which', 3],
  ['list', 4],
]);

/** A question asking how to tell whether something is serious ("how do I know if my injury is serious?"). */
export const HOW_TO_TELL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['how', 'do', 'i', 'know'],
  ['how', 'can', 'i', 'tell'],
  ['how', 'to', 'tell'],
  ['how', 'would', 'i', 'know'],
  ['how', 'do', 'i', 'tell'],
  ['how', 'do', 'you', 'tell'],
  ['how', 'can', 'you', 'tell'],
  ['how', 'would', 'i', 'tell'],
  ['when', 'is'],
  ['when', 'should'],
  ['when', 'do'],
  ['how', 'do', 'you', 'know'],
  ['is', 'it'],
];

export const SERIOUS_WORDS: ReadonlySet<string> = new Set([
  'serious',
  'emergency',
  'urgent',
  'urgently',
  'dangerous',
  'worry',
  'worried',
  'worrying',
  'er',
  '911',
  'concern',
  'concerned',
  'concerning',
  'alarming',
]);

/**
 * "what's the difference between normal swelling after surgery and something dangerous": telling the expected
 * apart from a danger is the warning-signs question, with or without a question mark. A contrast word, then a
 * word for the expected, then (later) a serious word or condition.
 */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set([
  'difference',
  'differences',
  'distinguish',
  'separates',
  'apart',
  'versus',
  'vs',
]);
export const EXPECTED_WORDS: ReadonlySet<string> = new Set([
  'normal',
  'ordinary',
  'usual',
  'expected',
  'typical',
  'regular',
]);

/** "should swelling after running worry me?": a question that asks whether to worry, not a report. */
export const WORRY_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'worry',
  'worried',
  'concern',
  'concerned',
  'alarm',
  'alarmed',
  'panic',
]);

/** Opening words of a yes/no question about something in general: "is pain on hopping a sign of …?" */
export const GENERAL_QUESTION_START: ReadonlySet<string> = new Set([
  'is',
  'are',
  'can',
  'could',
  'does',
  'do',
  'would',
]);

/**
 * "When does a swollen knee need to be seen same day?", "what would make you say get seen right away?": a
 * question about when a visit becomes urgent, read at the start of the sentence (not "when can I be seen
 * today?" or "when is the soonest I can be seen?", which book a visit).
 */
export const WHEN_URGENT_OPENINGS: ReadonlyArray<readonly string[]> = [
  ['when', 'does'],
  ['when', 'do'],
  ['when', 'should'],
  ['at', 'what', 'point'],
  ['what', 'would', 'make'],
  ['what', 'makes'],
  ['what', 'would', 'mean'],
  ['in', 'what', 'cases'],
  ['how', 'do', 'i', 'know', 'when'],
  ['how', 'do', 'you', 'know', 'when'],
  ['how', 'can', 'i', 'tell', 'when'],
];
/** A visit said to be urgent: "seen same day", "checked right away", "examined urgently". */
export const URGENT_VISIT_PHRASES: ReadonlyArray<readonly string[]> = [
  'seen',
  'checked',
  'examined',
  'evaluated',
].flatMap((visit) =>
  [['same', 'day'], ['the', 'same', 'day'], ['right', 'away'], ['straight', 'away'], ['immediately'], ['urgently']].map(
    (when) => [visit, ...when],
  ),
);

/**
 * "the list of things that mean I should call right away", "how do I know if I need an x-ray?": asking what
 * would make a visit, a call or a scan needed. What a sign would mean one does (after "mean"/"means") …
 */
export const CARE_ACTION_WORDS: ReadonlySet<string> = new Set([
  ...['call', 'ring', 'phone', 'go', 'seen', 'er', 'ed', '911', 'hospital', 'urgent', 'urgently', 'emergency'],
  ...['worry', 'worried', 'concerned'],
]);
/**
 * … or to stop the sport at once (r45): "what kind of knee pain means stop running right away?", "which pain
 * means I should pull out of the race". Not after "when"/"if" ("what does it mean when I stop running").
 */
export const STOP_SPORT_WORDS: ReadonlySet<string> = new Set([
  ...['stop', 'quit', 'pull', 'drop', 'dnf', 'abandon', 'bail', 'end', 'cut', 'shut'],
]);
/** … said of the sport or said to be at once, within a few words of the stop ("stop wearing a sleeve" is neither). */
export const STOPPED_SPORT_WORDS: ReadonlySet<string> = new Set([
  ...['running', 'run', 'runs', 'training', 'train', 'exercise', 'exercising', 'workout', 'session', 'race'],
  ...['racing', 'riding', 'ride', 'cycling', 'biking', 'swimming', 'swim', 'hiking', 'hike', 'playing', 'sport'],
  ...['practice', 'game', 'match', 'out', 'immediately', 'now', 'today', 'away', 'instantly', 'asap'],
]);
/** … the things or signs it is asked about, before "mean" … */
export const CARE_ASKED_WORDS: ReadonlySet<string> = new Set([
  ...['things', 'signs', 'symptoms', 'list', 'what', 'which', 'anything', 'stuff'],
]);
/** … and what one may "need" after a fall or a knock (asked with "how do I know" / "when do I"). */
export const CARE_NEEDED_WORDS: ReadonlySet<string> = new Set([
  ...['xray', 'x', 'xrays', 'scan', 'mri', 'imaging', 'doctor', 'seen', 'checked', 'er', 'hospital', 'stitches'],
]);
/**
 * Verbs that, with a person after them, ask what would take one to care, like "make me" (r37): "what kinda knee
 * stuff should send me to the ER vs just wait it out", "what would land you in the ER".
 */
export const SENDS_TO_CARE_VERBS: ReadonlySet<string> = new Set([
  ...['send', 'sends', 'get', 'gets', 'take', 'takes', 'land', 'lands', 'put', 'puts'],
]);
export const SENT_PERSON_WORDS: ReadonlySet<string> = new Set(['me', 'you', 'someone', 'somebody', 'us', 'him', 'her']);
/** "how bad does it have to get before …", "how swollen does a knee have to be to go to the ER". */
export const HOW_BAD_PHRASES: ReadonlyArray<readonly string[]> = [
  ['how', 'bad'],
  ['how', 'serious'],
  ['how', 'swollen'],
  ['how', 'painful'],
  ['how', 'sore'],
];
/**
 * The care a threshold ("how bad … before") or a sending verb ("what should get me to …") asks about: not
 * "go", which any plan says ("how bad … before I go running", "what stretches get me to go faster").
 */
export const CARE_PLACE_WORDS: ReadonlySet<string> = new Set([
  ...['er', 'ed', '911', 'hospital', 'urgent', 'emergency', 'ambulance', 'doctor', 'doc', 'seen', 'checked'],
]);
export const HAVE_WORDS: ReadonlySet<string> = new Set(['have', 'has', 'got', 'needs', 'need']);
/** How far after "how bad" the "have to" may stand ("how bad does a knee injury have to be"). */
export const HOW_BAD_REACH = 7;
/** How far after "mean" or "need" the care may be named ("need to get an x ray"). */
export const CARE_REACH = 4;

/** "signs of a blood clot", "symptoms of an infection": asking about something serious, not reporting it. */
export const SIGNS_WORDS: ReadonlySet<string> = new Set(['signs', 'sign', 'symptoms', 'symptom']);

export const SERIOUS_CONDITIONS: ReadonlySet<string> = new Set([
  'clot',
  'clots',
  'dvt',
  'thrombosis',
  'infection',
  'infected',
  'septic',
  'fracture',
  'fractured',
  'broken',
  'break',
  'tear',
  'torn',
  'acl',
  'dislocation',
  'dislocated',
  'emergency',
  'serious',
  'embolism',
  // "how do I know if it's a bad sprain or something broke", "… or if it's busted"
  'broke',
  'busted',
  'cracked',
]);

/** "What if I hear a pop?": a hypothetical question about a red-flag kind of symptom. */
export const WHAT_IF_PHRASES: ReadonlyArray<readonly string[]> = [
  ['what', 'if'],
  ['what', 'should', 'i', 'do', 'if'],
  ['what', 'do', 'i', 'do', 'if'],
  ['what', 'happens', 'if'],
  ['should', 'i', 'worry', 'if'],
  ['is', 'it', 'serious', 'if'],
  ['what', 'does', 'it', 'mean', 'if'],
  ['when', 'should'],
];

export const SYMPTOM_WORDS: ReadonlySet<string> = new Set([
  'pop',
  'popped',
  'popping',
  'snap',
  'snapped',
  'swell',
  'swells',
  'swelled',
  'swollen',
  'swelling',
  'lock',
  'locks',
  'locked',
  'locking',
  'numb',
  'numbness',
  'tingling',
  'fever',
  'clot',
  'dislocate',
  'dislocates',
  'dislocated',
  'buckle',
  'buckles',
  'buckled',
  'buckling',
  'deformed',
  'infection',
  'infected',
  'pale',
  'breathless',
  'chest',
  'collapse',
  'collapses',
  'collapsing',
  'giving',
  'gives',
  'gave',
  'straighten',
  'weight',
  'calf',
]);

export const MEANING_WORDS: ReadonlySet<string> = new Set([
  'mean',
  'means',
  'meaning',
  'indicate',
  'indicates',
  'signify',
  'suggest',
  'suggests',
]);

/**
 * "What does it mean when a knee gives way?": what a warning sign means, asked about nobody's knee, is a
 * question about warning signs (asked about one's own knee it keeps the informational answer).
 */
export const SIGN_MEANING_OPENINGS: ReadonlyArray<readonly string[]> = [
  ['what', 'does', 'it', 'mean', 'when'],
  ['whats', 'it', 'mean', 'when'],
  ['what', 'does', 'that', 'mean', 'when'],
  ['what', 'does', 'it', 'usually', 'mean', 'when'],
  ['what', 'is', 'it', 'a', 'sign', 'of', 'when'],
  ['whats', 'it', 'a', 'sign', 'of', 'when'],
];

/**
 * A question about what a word means: "what does giving way mean?" (the word between the opening and a
 * closing "mean"), "what do you mean by locking?" (the word after the opening). Asked at the guided
 * checklist, where the words come from the bot's own list.
 */
export const DEFINITION_OPENINGS_MEAN_LAST: ReadonlyArray<readonly string[]> = [
  ['what', 'does'],
  ['what', 'do'],
  ['whats'],
  ['what', 'is'],
];
export const DEFINITION_OPENINGS: ReadonlyArray<readonly string[]> = [
  ['what', 'do', 'you', 'mean', 'by'],
  ['what', 'does', 'it', 'mean', 'by'],
  ['what', 'is', 'meant', 'by'],
  ['whats', 'meant', 'by'],
  ['what', 'is', 'the', 'meaning', 'of'],
  ['whats', 'the', 'meaning', 'of'],
  ['meaning', 'of'],
  ['define'],
  ['definition', 'of'],
];

/**
 * A question that asks what a symptom means or what causes it, in general: "what does it mean when
 * my knee gives way?", "why do knees lock?". Read at the start of the sentence.
 */
export const MEANING_QUESTION_OPENINGS: ReadonlyArray<readonly string[]> = [
  ['what', 'does', 'it', 'mean'],
  ['whats', 'it', 'mean'],
  ['what', 'do', 'you', 'call', 'it'],
  ['what', 'causes'],
  ['what', 'can', 'cause'],
  ['what', 'could', 'cause'],
  ['what', 'would', 'cause'],
  ['what', 'makes'],
  ['whats', 'the', 'reason'],
  ['what', 'is', 'the', 'reason'],
  ['why', 'does'],
  ['why', 'do'],
  ['why', 'would'],
  ['why', 'is', 'it', 'that'],
  ['is', 'it', 'normal', 'for'],
  ['how', 'common', 'is'],
  ['how', 'common', 'are'],
  ['whats', 'the', 'difference'],
  ['what', 'is', 'the', 'difference'],
  ['difference', 'between'],
];

/**
 * "Are night sweats ever related to knee problems?": a yes/no question about a link between two things,
 * asked about nobody, is general knowledge, not a report.
 */
export const RELATION_WORDS: ReadonlySet<string> = new Set([
  'related',
  'linked',
  'connected',
  'associated',
  'link',
  'connection',
  'relation',
]);

/** "Does sciatica cause tingling?", "will running give me arthritis?": a question about causes in general. */
export const CAUSE_QUESTION_OPENINGS: ReadonlySet<string> = new Set(['does', 'do', 'can', 'could', 'will', 'would']);

export const CAUSE_WORDS: ReadonlySet<string> = new Set(['cause', 'causes', 'lead', 'trigger', 'give']);

/** Words that tie a "what does it mean" question to a present injury: then it is a report. */
export const PRESENT_INJURY_WORDS: ReadonlySet<string> = new Set([
  'now',
  'today',
  'tonight',
  'just',
  'yesterday',
  'ago',
  'since',
  'after',
  'fell',
  'fall',
  'fallen',
  'injury',
  'injured',
  'accident',
  'tackle',
  'tackled',
  'landed',
  'twisted',
  'still',
  'morning',
  'thismorning',
  'currently',
  'right',
  'suddenly',
  'hurt',
  'crash',
  'crashed',
  'collision',
  'game',
  'match',
  'hit',
  'kicked',
  'slipped',
  'tripped',
  'this',
]);
