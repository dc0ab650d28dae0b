// Words that explain a symptom word away or show it is no report: an everyday cause of a colour,
// a temperature or a numb toe (a hot tub, Raynaud's, jeans dye, tight climbing shoes), a name ("Numb Toes
// is the name of my band"), a feeling people "die of", a knee that was never otherwise. Read by harmless.ts
// and figures.ts. Matched against triage-normalised words ("raynaud's" → raynauds).

/** What a harmless cause can explain: the kind of symptom word in a match. */
export type HarmlessKind = 'heat' | 'cold' | 'colour' | 'numb' | 'tingle';

/** The symptom words of each kind, as they appear in a match. */
export const KIND_WORDS: Readonly<Record<HarmlessKind, ReadonlySet<string>>> = {
  heat: new Set(['hot', 'warm', 'warmer', 'hotter', 'burning', 'heat', 'boiling', 'toasty']),
  cold: new Set(['cold', 'colder', 'cool', 'cooler', 'freezing', 'icy', 'ice', 'frozen', 'chilly']),
  colour: new Set([
    'blue',
    'bluish',
    'blueish',
    'white',
    'pale',
    'paler',
    'purple',
    'grey',
    'gray',
    'red',
    'redness',
    'mottled',
    'swollen',
    'puffy',
  ]),
  numb: new Set(['numb', 'numbness', 'numbe', 'numbed', 'feel', 'feeling', 'move', 'wiggle', 'dead', 'asleep']),
  tingle: new Set([
    'tingly',
    'tingle',
    'tingles',
    'tingling',
    'tingled',
    'tinglin',
    'pins',
    'needles',
    'prickly',
    'prickling',
  ]),
};

/**
 * Everyday causes of each kind, said anywhere in the message: the weather or a hot tub warms a knee, a cold
 * plunge or Raynaud's whitens toes, dye or a tattoo colours skin, tight shoes numb toes. Phrases, in order.
 */
/**
 * A cream, gel or rub on the skin, whose menthol or capsaicin feels hot, cold or tingly by design: "the Icy Hot
 * makes my knee all tingly", "Biofreeze feels freezing on it" (never a colour or a swelling: see causeNamed).
 */
const TOPICAL_PRODUCTS: ReadonlyArray<readonly string[]> = [
  ['icy', 'hot'],
  ['icyhot'],
  ['biofreeze'],
  ['tiger', 'balm'],
  ['tigerbalm'],
  ['bengay'],
  ['ben', 'gay'],
  ['capsaicin'],
  ['voltaren'],
  ['diclofenac'],
  ['deep', 'heat'],
  ['menthol'],
  ['salonpas'],
  ['aspercreme'],
  ['arnica'],
  ['lidocaine'],
  ['cream'],
  ['creams'],
  ['gel'],
  ['rub'],
  ['balm'],
  ['ointment'],
  ['lotion'],
  ['liniment'],
];

/**
 * A posture pressing on a nerve until the feeling comes back with pins and needles: "fell asleep with my leg
 * hanging off the armrest", "knelt in the garden too long". It explains numbness or tingling only when the message
 * says the feeling came back (FEELING_BACK_PHRASES), and never once it outlasted the posture (OUTLASTED_PHRASES).
 */
export const POSTURES_THAT_PASS: ReadonlyArray<readonly string[]> = [
  ['sitting', 'on', 'it'],
  ['sat', 'on', 'it'],
  ['slept', 'on', 'my'],
  ['sleeping', 'on', 'my'],
  ['lying', 'on', 'my'],
  ['laying', 'on', 'my'],
  ['hanging', 'off'],
  ['hanging', 'over'],
  ['hung', 'off'],
  ['hung', 'over'],
  ['dangling', 'off'],
  ['dangling', 'over'],
  ['draped', 'over'],
  ['over', 'the', 'arm'],
  ['over', 'the', 'armrest'],
  ['over', 'the', 'edge'],
  ['knelt'],
  ['kneeling'],
  ['squatting'],
  ['dozed', 'off'],
  ['fell', 'asleep'],
  ['on', 'the', 'toilet'],
  ['cross', 'legged'],
  ['crosslegged'],
  ['legs', 'crossed'],
  // a long yoga or meditation hold: "held pigeon for ages", "sat in lotus", "on my heels in hero pose"
  ['pigeon'],
  ['lotus'],
  ['seiza'],
  ['childs', 'pose'],
  ['hero', 'pose'],
  ['on', 'my', 'heels'],
  ['meditating'],
  ['meditation'],
  // a tool pressing on the leg while it is on the spot: "the massage gun made my leg tingle"
  ['massage', 'gun'],
  ['massagegun'],
  ['theragun'],
  ['hypervolt'],
  ['percussion'],
  ['foam', 'roller'],
  ['foam', 'rolling'],
];
/** The feeling came back: "came back with pins and needles", "totally normal in a couple minutes", "shook it out". */
export const FEELING_BACK_PHRASES: ReadonlyArray<readonly string[]> = [
  ['came', 'back'],
  ['come', 'back'],
  ['back', 'to', 'normal'],
  ['totally', 'normal'],
  ['was', 'normal'],
  ['normal', 'in'],
  ['normal', 'after'],
  ['normal', 'within'],
  ['went', 'away'],
  ['wore', 'off'],
  ['worn', 'off'],
  ['was', 'fine'],
  ['been', 'fine'],
  ['then', 'fine'],
  ['fine', 'after'],
  ['shook', 'it', 'out'],
  ['gone', 'in'],
  ['gone', 'after'],
  ['gone', 'within'],
  // at once: "gone once I stood up", "stopped as soon as she moved it", "came right back, normal since"
  ['gone', 'once'],
  ['gone', 'as', 'soon'],
  ['gone', 'the', 'moment'],
  ['gone', 'right', 'away'],
  ['stopped', 'once'],
  ['stopped', 'as', 'soon'],
  ['stopped', 'the', 'moment'],
  ['stopped', 'right', 'away'],
  ['went', 'right', 'away'],
  ['came', 'right', 'back'],
  ['normal', 'since'],
  ['fine', 'since'],
  ['fine', 'ever', 'since'],
];
/** "the feeling gone once I stood": gone is the numbness itself after these, not the feeling coming back. */
export const FEELING_GONE_WORDS: ReadonlySet<string> = new Set(['feeling', 'feelings', 'sensation', 'sense']);

/**
 * Gear or a posture taken away from a numb or tingling foot (post-r23): "loosened my shoe", "took the brace off",
 * "pulled the sleeve off", "untied my boots". With the feeling back after it (CLEARED_PHRASES), later in the
 * sentence or in the next one, the numbness passed with its cause (harmless.ts passedOnceCauseRemoved).
 */
export const CAUSE_REMOVED_WORDS: ReadonlySet<string> = new Set([
  ...['loosened', 'loosen', 'loosening', 'loosed', 'untied', 'untie', 'untying', 'unlaced', 'unlace', 'relaced'],
  ...['retied', 'unstrapped', 'unbuckled', 'unclipped', 'unzipped', 'undid', 'removed', 'uncrossed', 'uncrossing'],
]);
/** A verb that takes gear off with "off" or "out" a few words on: "took the brace off", "kicked my boots off". */
export const TAKE_OFF_VERBS: ReadonlySet<string> = new Set([
  ...['took', 'take', 'taking', 'pulled', 'pull', 'kicked', 'slipped', 'got', 'peeled', 'yanked'],
]);
/** The feeling back, said after the cause was removed: the posture list's phrases and these. */
export const CLEARED_PHRASES: ReadonlyArray<readonly string[]> = [
  ...FEELING_BACK_PHRASES,
  ['passed'],
  ['it', 'stopped'],
  ['fine', 'now'],
  ['good', 'now'],
  ['ok', 'now'],
  ['okay', 'now'],
  ['normal', 'now'],
  ['gone', 'now'],
  ['all', 'good'],
  ['feeling', 'back'],
  ['feelings', 'back'],
  ['feeling', 'is', 'back'],
  ['feeling', 'returned'],
  ['cleared', 'up'],
  ['faded'],
  ['eased', 'off'],
  ['right', 'as', 'rain'],
];
/** Words just before a cleared phrase that deny it: "it's not back to normal", "hasn't passed". */
export const CLEARED_DENIED: ReadonlySet<string> = new Set([
  ...['not', 'isnt', 'hasnt', 'havent', 'never', 'didnt', 'wont', 'doesnt', 'nothing', 'no', 'arent', 'wasnt'],
]);

/**
 * "Dead" feet or legs after long hours on them (post-r23): "been on them since 6am", "25k steps at the theme park",
 * "dancing in heels all night". Worn out, not numb: explains only the word "dead" (a numb, cold foot or one that
 * won't move is read as usual, and an injury in the message still alarms).
 */
export const ON_FEET_PHRASES: ReadonlyArray<readonly string[]> = [
  ['on', 'them', 'all'],
  ['been', 'on', 'them'],
  ['on', 'my', 'feet'],
  ['on', 'our', 'feet'],
  ['on', 'your', 'feet'],
  ['steps'],
  ['standing'],
  ['stood'],
  ['dancing'],
  ['danced'],
  ['in', 'heels'],
  ['walking', 'all'],
  ['walked', 'all'],
  ['walking', 'around'],
  ['walked', 'around'],
  ['shift'],
  ['shifts'],
  ['all', 'day'],
  ['all', 'night'],
  ['theme', 'park'],
];
/** The words of a match that "dead" may stand with and still be only tired. */
export const TIRED_DEAD_WORDS: ReadonlySet<string> = new Set(['dead', 'deadish', 'feel', 'feels', 'felt', 'feeling']);

/**
 * A bruise's colours, with a bruise named beside them (r37): "bruising went all the way down her shin to the
 * ankle, purple and yellow". Never pale, white, grey or mottled, and never with a cold word in the match.
 */
export const BRUISE_COLOUR_WORDS: ReadonlySet<string> = new Set([
  ...['purple', 'purplish', 'blue', 'bluish', 'blueish', 'black', 'yellow', 'yellowish', 'green', 'greenish'],
]);
export const BRUISE_NAMES: ReadonlySet<string> = new Set(['bruise', 'bruises', 'bruising', 'bruised', 'bruisy']);

export const HARMLESS_CAUSES: Readonly<Record<HarmlessKind, ReadonlyArray<readonly string[]>>> = {
  heat: [
    ...TOPICAL_PRODUCTS,
    ['weather'],
    ['summer'],
    ['heatwave'],
    ['heat', 'wave'],
    ['humid'],
    ['humidity'],
    ['degrees'],
    ['june'],
    ['july'],
    ['august'],
    ['hot', 'outside'],
    ['hot', 'out'],
    ['sunburn'],
    ['sunburnt'],
    ['sunburned'],
    ['sauna'],
    ['hot', 'tub'],
    ['hottub'],
    ['jacuzzi'],
    ['heating', 'pad'],
    ['heat', 'pad'],
    ['heat', 'pack'],
    ['heat', 'wrap'],
  ],
  cold: [
    ...TOPICAL_PRODUCTS,
    ['plunge'],
    ['plunging'],
    ['ice', 'bath'],
    ['ice', 'baths'],
    ['ice', 'pack'],
    ['cryo'],
    ['cryotherapy'],
    ['raynauds'],
    ['raynaud'],
    ['chilblains'],
  ],
  colour: [
    ['plunge'],
    ['ice', 'bath'],
    ['raynauds'],
    ['raynaud'],
    ['chilblains'],
    ['dye'],
    ['dyed'],
    ['jeans'],
    ['ink'],
    ['inked'],
    ['tattoo'],
    ['tattooed'],
    ['tattoos'],
    ['paint'],
    ['painted'],
    ['marker'],
    ['polish'],
    ['henna'],
    ['fake', 'tan'],
    ['spray', 'tan'],
    ['self', 'tanner'],
    ['sunburn'],
    ['sunburnt'],
    ['sunburned'],
    ['waxing'],
    ['waxed'],
    ['kinesio'],
    ['kt', 'tape'],
  ],
  // a rub's menthol or capsaicin tingles where it is put: "the Biofreeze makes my knee all tingly"
  tingle: TOPICAL_PRODUCTS,
  numb: [
    ['plunge'],
    ['ice', 'bath'],
    ['raynauds'],
    ['raynaud'],
    // a posture pressing on a nerve for a while: "went numb from sitting cross-legged through a webinar"
    ['cross', 'legged'],
    ['crosslegged'],
    ['legs', 'crossed'],
    ['sitting', 'on', 'my', 'foot'],
    ['sitting', 'on', 'my', 'leg'],
    ['sat', 'on', 'my', 'foot'],
    ['sat', 'on', 'my', 'leg'],
    ['slept', 'on', 'it'],
  ],
};

/**
 * The numbness or tingling outlasted its cause, so the cause explains nothing: "today it still hasn't gone away",
 * "tingles for hours after", "still numb 5 hours later", "even with the wraps off". "Still" before a condition
 * ("I still get pins and needles when I kneel") says it keeps happening, not that it stays (harmless.ts).
 */
export const OUTLASTED_PHRASES: ReadonlyArray<readonly string[]> = [
  ['still', 'hasnt'],
  ['still', 'havent'],
  ['still', 'isnt', 'gone'],
  ['still', 'not', 'gone'],
  ['hasnt', 'gone', 'away'],
  ['havent', 'gone', 'away'],
  ['hasnt', 'gone'],
  ['hasnt', 'worn', 'off'],
  ['hasnt', 'come', 'back'],
  ['wont', 'go', 'away'],
  ['wont', 'wear', 'off'],
  ['not', 'going', 'away'],
  ['isnt', 'going', 'away'],
  ['didnt', 'go', 'away'],
  ['never', 'went', 'away'],
  ['never', 'came', 'back'],
  ['didnt', 'come', 'back'],
  ['still', 'numb'],
  ['still', 'tingly'],
  ['still', 'tingling'],
  ['still', 'tingles'],
  ['still', 'tingle'],
  ['still', 'asleep'],
  ['still', 'dead'],
  ['still', 'cant', 'feel'],
  ['still', 'have', 'pins'],
  ['still', 'got', 'pins'],
  ['still', 'pins'],
  ['for', 'hours', 'after'],
  ['for', 'hours', 'afterwards'],
  ['hours', 'later'],
  ['since', 'yesterday'],
  ['since', 'last', 'night'],
  ['even', 'after', 'taking'],
  ['even', 'after', 'i', 'took'],
  ['even', 'with', 'them', 'off'],
  ['even', 'with', 'it', 'off'],
  ['even', 'with', 'the', 'wraps', 'off'],
  ['even', 'with', 'the', 'sleeves', 'off'],
  ['even', 'with', 'the', 'brace', 'off'],
  ['even', 'with', 'the', 'straps', 'off'],
  // breathless after a run that has not settled, or breathless at rest (left25): "still short of breath an hour later"
  ['still', 'short', 'of', 'breath'],
  ['still', 'out', 'of', 'breath'],
  ['still', 'breathless'],
  ['still', 'winded'],
  ['still', 'cant', 'catch'],
  ['hasnt', 'settled'],
  ['havent', 'settled'],
  ['wont', 'settle'],
  ['not', 'settling'],
  ['didnt', 'settle'],
  ['never', 'settled'],
  ['at', 'rest'],
  ['even', 'resting'],
  ['while', 'resting'],
  ['when', 'resting'],
  ['an', 'hour', 'later'],
  ['hour', 'after'],
  ['hours', 'after'],
];
/** "still … when/while/if": a condition after "still" says it keeps happening, not that it stays. */
export const STILL_CONDITIONS: ReadonlySet<string> = new Set([
  'when',
  'whenever',
  'while',
  'during',
  'if',
  'on',
  'after',
]);

/**
 * Cold or purplish feet that are simply how someone is, said beside the symptom: "my feet get cold at night but
 * that's always been me since I was a teenager", "cold toes my whole life", "always run cold". With the
 * lifelong phrases (never "has always been fine until …": a phrase here must say the cold itself is old).
 */
export const CONSTITUTIONAL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['always', 'been', 'me'],
  ['always', 'been', 'cold'],
  ['always', 'cold'],
  ['always', 'run', 'cold'],
  ['always', 'get', 'cold'],
  ['always', 'had', 'cold'],
  ['always', 'have', 'cold'],
  ['always', 'had', 'bad', 'circulation'],
  ['since', 'i', 'was', 'a', 'teenager'],
  ['since', 'i', 'was', 'a', 'teen'],
  ['since', 'i', 'was', 'young'],
  ['in', 'winter'],
  ['in', 'the', 'winter'],
  ['runs', 'in', 'the', 'family'],
  ['runs', 'in', 'my', 'family'],
  // "cold feet at night, always had them, my mom too": had them always, or as a parent does
  ['always', 'had', 'them'],
  ['always', 'have', 'them'],
  ['always', 'had', 'those'],
  ['had', 'them', 'forever'],
  ['since', 'forever'],
  ['as', 'long', 'as', 'i', 'can', 'remember'],
  ['as', 'long', 'as', 'i', 'remember'],
  ...['mom', 'mum', 'mother', 'dad', 'father', 'sister', 'grandma', 'nana'].flatMap((parent) => [
    ['my', parent, 'too'],
    ['my', parent, 'as', 'well'],
    ['like', 'my', parent],
    ['same', 'as', 'my', parent],
  ]),
  ['family', 'thing'],
];
/**
 * Cold or pale that is new or on one side is no constitution, whatever else is said: "my right foot is ice cold
 * and white since this morning, always had cold feet", "went cold and pale an hour ago".
 */
export const NEW_OR_ONE_SIDED_PHRASES: ReadonlyArray<readonly string[]> = [
  ...[['went'], ['turned'], ['turning'], ['changed'], ['today'], ['tonight'], ['this', 'morning'], ['just', 'now']],
  ...[
    ['since', 'yesterday'],
    ['since', 'last', 'night'],
    ['hour', 'ago'],
    ['hours', 'ago'],
    ['minutes', 'ago'],
  ],
  ...['foot', 'leg', 'toes', 'calf'].flatMap((part) => [
    ['right', part],
    ['left', part],
    ['one', part],
    ['that', part],
  ]),
  ['only', 'one'],
];

/** Footwear, and how it squeezes a foot: together they are a cause of numb or stuck toes. */
export const SHOE_WORDS: ReadonlySet<string> = new Set([
  'shoe',
  'shoes',
  'boot',
  'boots',
  'heels',
  'cleats',
  'skates',
  'sneakers',
  'trainers',
  'slippers',
  'socks',
  'flats',
  'pumps',
]);
export const SQUEEZE_WORDS: ReadonlySet<string> = new Set([
  'tight',
  'tighter',
  'small',
  'narrow',
  'snug',
  'tiny',
  'new',
  'laces',
  'laced',
  'cramped',
]);

/**
 * With any of these in the message an everyday cause explains nothing: an injury, a fever, an operation,
 * a clot risk, a pulse felt for. "Fell skiing, my foot is white and ice cold in the snow" is an emergency.
 */
export const CAUSE_GUARDS: ReadonlySet<string> = new Set([
  'suddenly',
  'sudden',
  'fever',
  'feverish',
  'chills',
  'shivering',
  'temperature',
  'unwell',
  'sick',
  'pulse',
  'surgery',
  'operation',
  'scope',
  'flight',
  'flew',
  'cast',
  'pregnant',
  'clot',
  'breath',
  'breathless',
  'chest',
  'pus',
  'oozing',
  'infected',
  'infection',
  'spreading',
  'streak',
  'streaks',
]);

/** "Numb Toes is the name of my band", "a trail called Dead Man's Leg": a symptom used as a name. */
export const NAMED_THINGS: ReadonlySet<string> = new Set([
  'band',
  'team',
  'club',
  'crew',
  'group',
  'song',
  'album',
  'podcast',
  'show',
  'game',
  'horse',
  'dog',
  'cat',
  'boat',
  'bar',
  'pub',
  'brewery',
  'beer',
  'drink',
  'cocktail',
  'shop',
  'store',
  'brand',
  'restaurant',
  'trail',
  'place',
  'spot',
  'cafe',
  'diner',
  'route',
  'run',
  'race',
  'climb',
  'hill',
  'street',
  'road',
  'town',
  'league',
  'channel',
  'account',
  'handle',
  'nickname',
]);
export const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'nicknamed', 'dubbed']);

/** What people say they could die of without meaning it: "I want to die of embarrassment". */
export const FEELINGS_DIED_OF: ReadonlySet<string> = new Set([
  'embarrassment',
  'embarassment',
  'embarrasment',
  'shame',
  'cringe',
  'cringing',
  'laughter',
  'laughing',
  'boredom',
  'cuteness',
  'envy',
  'jealousy',
  'curiosity',
  'excitement',
  'happiness',
  'suspense',
  'mortification',
  'humiliation',
]);

/**
 * A hands-on treatment a client jokes about having survived (figures.ts, isTreatmentJoke): "the IT band work was
 * brutal, I wanted to die on that table 😂 book me again". Words that name the treatment and nothing else.
 */
export const TREATMENT_WORDS: ReadonlySet<string> = new Set([
  ...['massage', 'massages', 'masseuse', 'masseur', 'therapist', 'table', 'tissue', 'needling', 'cupping'],
  ...['scraping', 'graston', 'gua', 'adjustment', 'adjustments', 'chiro', 'chiropractor', 'acupuncture', 'rolfing'],
  ...['trigger', 'elbow', 'elbows', 'knuckles', 'physio', 'stretch', 'stretching', 'foam', 'roller', 'treatment'],
]);
/** Dying said of the past, as a treatment survived: "wanted to die", "thought I'd die", "nearly died". */
export const PAST_DEATH_MARKERS: ReadonlySet<string> = new Set(['wanted', 'thought', 'nearly', 'almost', 'died']);
/** An everyday request beside the joke: "book me again in 2 wks", "same time next month?". */
export const REQUEST_WORDS: ReadonlySet<string> = new Set([
  ...['book', 'rebook', 'booking', 'schedule', 'reschedule', 'appointment', 'appt', 'slot', 'again', 'next'],
]);
/** Said beside it, the joke may not be one: a low mood, "seriously", "not kidding", "still". */
export const JOKE_BREAKERS: ReadonlySet<string> = new Set([
  ...['still', 'seriously', 'serious', 'kidding', 'joking', 'lately', 'sometimes', 'honestly', 'depressed'],
  ...['depression', 'hopeless', 'low', 'struggling', 'crisis', 'sad', 'lonely', 'empty', 'numb', 'tired'],
]);

/** Sports and hobbies a joke about dying rather than giving them up is about ("I'd rather die than quit tennis lol"). */
export const HOBBY_WORDS: ReadonlySet<string> = new Set([
  'tennis',
  'pickleball',
  'padel',
  'squash',
  'badminton',
  'golf',
  'soccer',
  'football',
  'basketball',
  'volleyball',
  'baseball',
  'softball',
  'hockey',
  'rugby',
  'lacrosse',
  'cricket',
  'skiing',
  'snowboarding',
  'climbing',
  'bouldering',
  'surfing',
  'cycling',
  'running',
  'hiking',
  'dancing',
  'dance',
  'ballet',
  'yoga',
  'pilates',
  'crossfit',
  'tournament',
  'league',
  'season',
  'concert',
  'wedding',
]);

/** "never could", "always been like that": the knee was never otherwise, so nothing new is stuck or locked. */
export const LIFELONG_PHRASES: ReadonlyArray<readonly string[]> = [
  ['never', 'could'],
  ['never', 'been', 'able'],
  ['never', 'have', 'been', 'able'],
  ['always', 'been', 'like', 'this'],
  ['always', 'been', 'like', 'that'],
  ['always', 'been', 'this', 'way'],
  ['always', 'been', 'that', 'way'],
  ['my', 'whole', 'life'],
  ['my', 'entire', 'life'],
  ['all', 'my', 'life'],
  ['since', 'birth'],
  ['since', 'childhood'],
  ['since', 'i', 'was', 'a', 'kid'],
  ['since', 'i', 'was', 'little'],
  ['even', 'as', 'a', 'kid'],
  ['even', 'as', 'a', 'child'],
];

/**
 * The writer's own anatomy, said outright: "my kneecap sits kinda high, a doctor told me years ago it's just how
 * I'm built". Plainer than "always been like that", so it holds even for a sign that is an emergency when new.
 */
export const BUILT_PHRASES: ReadonlyArray<readonly string[]> = [
  ...['im', 'hes', 'shes'].flatMap((who) => [
    ['how', who, 'built'],
    ['how', who, 'made'],
    ['way', who, 'built'],
  ]),
  ['how', 'i', 'am', 'built'],
  ['how', 'i', 'was', 'built'],
  ['how', 'i', 'was', 'made'],
  ['way', 'i', 'was', 'built'],
  ['how', 'he', 'was', 'built'],
  ['how', 'she', 'was', 'built'],
  ['born', 'with', 'it'],
  ['born', 'that', 'way'],
  ['born', 'like', 'that'],
  ['just', 'my', 'anatomy'],
  ['just', 'his', 'anatomy'],
  ['just', 'her', 'anatomy'],
];

/** A sentence opening with one of these starts a new topic: "separately, my own knee aches". */
export const TOPIC_SWITCHES: ReadonlyArray<readonly string[]> = [
  ['separately'],
  ['unrelated'],
  ['also', 'unrelated'],
  ['on', 'another', 'note'],
  ['on', 'a', 'different', 'note'],
  ['different', 'question'],
  ['other', 'question'],
  ['as', 'for', 'me'],
  ['meanwhile'],
];
/** "my own knee": the writer turns from someone else to themselves. */
export const OWN_PHRASES: ReadonlyArray<readonly string[]> = [['my', 'own']];

/** A dream named beside the match: "… in my dream lol", "had a dream last night my leg was bent". */
export const DREAM_PHRASES: ReadonlyArray<readonly string[]> = [
  ['in', 'my', 'dream'],
  ['in', 'my', 'dreams'],
  ['in', 'a', 'dream'],
  ['in', 'my', 'nightmare'],
  ['in', 'a', 'nightmare'],
  ['had', 'a', 'dream'],
  ['had', 'a', 'nightmare'],
  ['i', 'dreamt'],
  ['i', 'dreamed'],
];

/**
 * A symptom claimed to dodge a chore, told with a roll of the eyes: "he swears his knee 'gives out' every time we
 * ask him to take out the trash 🙄" (figures.ts). The chore, in the match's sentence …
 */
export const CHORE_WORDS: ReadonlySet<string> = new Set([
  'trash',
  'garbage',
  'rubbish',
  'bins',
  'dishes',
  'dishwasher',
  'laundry',
  'vacuum',
  'vacuuming',
  'hoover',
  'hoovering',
  'chores',
  'chore',
  'housework',
  'mow',
  'mowing',
  'lawn',
  'yardwork',
  'groceries',
  'errands',
  'honeydo',
  'cleaning',
  'mopping',
  'sweep',
  'sweeping',
]);
/** … doubt in the message: "swears", "conveniently", "somehow … works great", 🙄 (read as "eyeroll"); a laugh alone is not enough … */
export const DOUBT_WORDS: ReadonlySet<string> = new Set([
  'swears',
  'swore',
  'claims',
  'claimed',
  'supposedly',
  'conveniently',
  'convenient',
  'somehow',
  'magically',
  'miraculously',
  'mysteriously',
  'eyeroll',
  'sarcastic',
  'excuse',
  'excuses',
]);
/** … told of someone else (a husband, a teen), not of the writer's own knee … */
export const TEASED_PEOPLE: ReadonlySet<string> = new Set([
  'he',
  'his',
  'him',
  'she',
  'her',
  'husband',
  'hubby',
  'wife',
  'son',
  'daughter',
  'teen',
  'teenager',
  'kid',
  'kids',
  'boyfriend',
  'girlfriend',
  'roommate',
  'brother',
  'sister',
  'dad',
  'father',
]);
/** … and nothing says a sign is there now (a swelling, "right now"). */
export const TEASING_BLOCKERS: ReadonlySet<string> = new Set([
  'now',
  'today',
  'tonight',
  'still',
  'again',
  'happened',
  'swollen',
  'swelling',
  'swelled',
  'swole',
  'puffy',
  'bruised',
  'bruising',
]);

/**
 * A bump a clinician has already named as a growth-related one in an active child: "doctor said Osgood-Schlatter
 * last spring". The names (phrases) …
 */
export const BENIGN_BUMP_NAMES: ReadonlyArray<readonly string[]> = [
  ['osgood'],
  ['osgoods'],
  ['schlatter'],
  ['schlatters'],
  ['osgoodschlatter'],
  ['sinding', 'larsen'],
  ['apophysitis'],
  ['growth', 'plate'],
  ['growth', 'spurt'],
  ['growing', 'pains'],
  ['tibial', 'tubercle'],
  ['tibial', 'tuberosity'],
];
/** … said by a clinician or a scan … */
export const NAMED_BY_WORDS: ReadonlySet<string> = new Set([
  'doctor',
  'doctors',
  'dr',
  'doc',
  'pediatrician',
  'paediatrician',
  'ped',
  'peds',
  'gp',
  'physio',
  'pt',
  'trainer',
  'ortho',
  'orthopedist',
  'surgeon',
  'diagnosed',
  'dx',
  'xray',
  'xrays',
  'confirmed',
]);
/** … for a lump word in the match, which is explained only when nothing says it is changing or worse. */
export const LUMP_WORDS: ReadonlySet<string> = new Set(['lump', 'lumps', 'bump', 'bumps', 'knot', 'growth', 'mass']);
export const LUMP_CHANGE_WORDS: ReadonlySet<string> = new Set([
  'bigger',
  'growing',
  'grown',
  'grows',
  'grew',
  'larger',
  'spreading',
  'night',
  'nights',
  'sweats',
  'weight',
  'fever',
  'pulsing',
  'pulsating',
  'throbbing',
  'new',
  'another',
]);

/**
 * The bony bump of a growing, jumping knee not yet named by anyone (Osgood-Schlatter at the top of the shin,
 * Sinding-Larsen-Johansson at the bottom of the kneecap): "a hard bump right below both kneecaps, his dad had the
 * same at his age". Where it sits: a word of place, then within a few words the kneecap or knee …
 */
export const GROWTH_BUMP_BELOW: ReadonlySet<string> = new Set(['below', 'under', 'beneath', 'underneath', 'bottom']);
export const GROWTH_BUMP_KNEE: ReadonlySet<string> = new Set(['kneecap', 'kneecaps', 'patella', 'knee', 'knees']);
/** … or the top of the shin, or the bump's own name ("tibial tubercle") … */
export const GROWTH_BUMP_PLACES: ReadonlyArray<readonly string[]> = [
  ['top', 'of', 'the', 'shin'],
  ['top', 'of', 'his', 'shin'],
  ['top', 'of', 'her', 'shin'],
  ['top', 'of', 'my', 'shin'],
  ['top', 'of', 'the', 'shins'],
  ['top', 'of', 'his', 'shins'],
  ['top', 'of', 'her', 'shins'],
  ['top', 'of', 'the', 'shinbone'],
  ['top', 'of', 'his', 'shinbone'],
  ['top', 'of', 'her', 'shinbone'],
  ['tibial', 'tubercle'],
  ['tibial', 'tuberosity'],
];
/** … and two of the pattern: both knees, a parent or sibling who had the same, a young age, a jumping sport. */
export const GROWTH_BUMP_BOTH: ReadonlySet<string> = new Set(['both', 'each']);
export const GROWTH_BUMP_SAME: ReadonlySet<string> = new Set(['same', 'similar', 'too', 'also']);
export const GROWTH_BUMP_SPORTS: ReadonlySet<string> = new Set([
  'basketball',
  'volleyball',
  'soccer',
  'football',
  'gymnastics',
  'gymnast',
  'dance',
  'dancing',
  'dancer',
  'track',
  'hurdles',
  'sprinting',
  'sprints',
  'running',
  'runs',
  'jumping',
  'jumps',
  'jump',
  'dunking',
  'tennis',
  'skateboarding',
  'sport',
  'sports',
  'practice',
  'practices',
  'tryouts',
  'team',
  'plays',
  'playing',
]);
/** "as a kid", said another way: "growing up" is childhood, not a bump that grows. */
export const GROWTH_BUMP_NOT_CHANGE: ReadonlyArray<readonly string[]> = [
  ['growing', 'up'],
  ['grew', 'up'],
];
/** Jumping words that are not an injury ("sore after landing jumps"), though INJURY_WORDS has them. */
export const GROWTH_BUMP_NOT_INJURY: ReadonlySet<string> = new Set(['landing', 'landed', 'landings']);
/** A bump that changes, wakes, or comes with being unwell or a limp: checked as usual (said without "no" before it). */
export const GROWTH_BUMP_CONCERNS: ReadonlySet<string> = new Set([
  'rest',
  'resting',
  'wakes',
  'woke',
  'waking',
  'limp',
  'limping',
  'limps',
  'red',
  'hot',
  'warm',
  'unwell',
  'sick',
  'chills',
  'temperature',
  'fevers',
  'feverish',
  'sweats',
  // fixed in place: "a lump that won't move"
  'fixed',
  'stuck',
]);
/** "won't move", "doesn't budge": a lump fixed in place, a concern even after a negation word. */
export const GROWTH_BUMP_FIXED: ReadonlyArray<readonly string[]> = [
  ['wont', 'move'],
  ['doesnt', 'move'],
  ['cant', 'move'],
  ['wont', 'budge'],
  ['doesnt', 'budge'],
];
