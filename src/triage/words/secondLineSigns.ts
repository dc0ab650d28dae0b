// Specific signs for the second line of defence (suspect.ts): a hard growing lump, injury words that are
// no injury, hopelessness, a hot swollen joint with fever, compartment syndrome, a cancer history with
// bone pain. Matched against triage-normalised words, like secondLine.ts.
import { ACTION_CLASSES } from './actionClasses';

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
  // Worn out by life as a whole ("so worn out by all of it", "tired of everything"): asked about, never an
  // alarm; "tired of everything hurting" is the knee, so a word after "everything" is checked below.
  ['worn', 'out', 'by', 'all', 'of', 'it'],
  ['worn', 'out', 'by', 'everything'],
  ['tired', 'of', 'everything'],
  ['sick', 'of', 'everything'],
  ['exhausted', 'by', 'all', 'of', 'it'],
  ['exhausted', 'by', 'everything'],
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
  'ballooning',
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
/**
 * A blood thinner (suspect.ts strongCueFlags): on one, a knock and a knee that swells within hours may be
 * bleeding into the joint, a same-day check however small the knock ("I'm on Eliquis. Bumped my knee …").
 */
export const BLOOD_THINNER_WORDS: ReadonlySet<string> = new Set([
  ...['warfarin', 'coumadin', 'jantoven', 'eliquis', 'apixaban', 'xarelto', 'rivaroxaban', 'pradaxa', 'dabigatran'],
  ...['savaysa', 'edoxaban', 'heparin', 'lovenox', 'enoxaparin', 'fragmin', 'dalteparin'],
  ...['anticoagulant', 'anticoagulants', 'anticoagulated', 'anticoagulation', 'bloodthinner', 'bloodthinners'],
  ...['plavix', 'clopidogrel', 'brilinta', 'ticagrelor', 'effient', 'prasugrel'],
]);
export const BLOOD_THINNER_PHRASES: ReadonlyArray<readonly string[]> = [
  ['blood', 'thinner'],
  ['blood', 'thinners'],
  ['blood', 'thinning'],
];
/** A knock too small to count as an injury elsewhere ("bumped it on the table"), besides INJURY_WORDS. */
export const KNOCK_WORDS: ReadonlySet<string> = new Set([
  ...['bumped', 'bump', 'banged', 'bang', 'tapped', 'whacked', 'smacked', 'clipped', 'knocked', 'knock', 'caught'],
]);
/** The swelling came within hours: "already", "an hour later", "by this morning", "within 2 hours". */
export const QUICK_SWELLING_WORDS: ReadonlySet<string> = new Set([
  ...['hour', 'hours', 'hr', 'hrs', 'minutes', 'mins', 'already', 'quickly', 'quick', 'fast', 'rapidly', 'overnight'],
  ...['immediately', 'instantly', 'later', 'tonight', 'today', 'morning', 'yesterday', 'afternoon', 'evening'],
]);
/** A swelling said to be mild ("a little swollen") is not the tense joint of a bleed. */
export const MILD_WORDS: ReadonlySet<string> = new Set([
  'little',
  'bit',
  'slightly',
  'mildly',
  'tiny',
  'small',
  'slight',
]);

/**
 * More walking or running (suspect.ts strongCueFlags), a bone that hurts and a limp now, told over several
 * sentences ("been adding miles for a step challenge … my lower shin has been sore … now I'm limping").
 */
export const LOAD_UP_WORDS: ReadonlySet<string> = new Set([
  ...['adding', 'added', 'upped', 'upping', 'increased', 'increasing', 'ramped', 'ramping', 'doubled', 'doubling'],
  ...['more', 'extra', 'building', 'built'],
]);
export const LOAD_WORDS: ReadonlySet<string> = new Set([
  ...['miles', 'mileage', 'milage', 'steps', 'laps', 'distance', 'km', 'kms', 'walking', 'running', 'rucking'],
  ...['walks', 'runs', 'training', 'volume', 'hiking', 'marching'],
]);
/** Running on through the pain is load too: "she's been running on a sore shin since October". */
export const KEPT_RUNNING_WORDS: ReadonlySet<string> = new Set([
  ...['running', 'ran', 'run', 'runs', 'training', 'trained', 'racing', 'raced', 'jogging', 'jogged'],
]);
export const ON_THROUGH_WORDS: ReadonlySet<string> = new Set(['on', 'through', 'thru']);
/** A bone that takes the load of walking or running: where a stress injury hurts. */
/** How a loaded bone hurts: "my shin has ached for two weeks", "the bone aches". */
export const STRESS_PAIN_WORDS: ReadonlySet<string> = new Set([
  ...['ache', 'aches', 'ached', 'aching', 'achy', 'pain', 'painful', 'hurts', 'hurt', 'hurting', 'sore', 'tender'],
  ...['throbbing', 'throbs'],
]);
export const STRESS_BONE_WORDS: ReadonlySet<string> = new Set([
  ...['shin', 'shins', 'shinbone', 'tibia', 'fibula', 'bone', 'bones', 'groin', 'femur', 'thighbone', 'metatarsal'],
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

/**
 * Pills named in one sentence, and in another the thought of taking them all (suspect.ts strongCueFlags):
 * "still have like 40 oxy from when they scoped my knee. some nights im tempted to take them all". The
 * pills (single words of the $meds class, actionClasses.ts) …
 */
export const OVERDOSE_PILL_WORDS: ReadonlySet<string> = new Set(
  ACTION_CLASSES.meds?.filter((w) => !w.includes('+') && !w.includes('*')) ?? [],
);
/** … a thought, a plan or an urge a few words before the taking … */
export const OVERDOSE_INTENT_WORDS: ReadonlySet<string> = new Set([
  ...(ACTION_CLASSES.ideate?.filter((w) => !w.includes('+') && !w.includes('*')) ?? []),
  ...['plan', 'plans', 'gonna', 'wanna', 'want', 'wanting', 'tempting', 'ready', 'going'],
]);
export const OVERDOSE_TAKE_WORDS: ReadonlySet<string> = new Set([
  ...['take', 'taking', 'swallow', 'swallowing', 'down', 'downing'],
]);
/** … and all of them right after the taking (not "take them all back to the pharmacy": OVERDOSE_NOT_AFTER). */
export const OVERDOSE_ALL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['them', 'all'],
  ['all', 'of', 'them'],
  ['all', 'of', 'those'],
  ['every', 'last', 'one'],
  ['every', 'single', 'one'],
  ['every', 'one', 'of', 'them'],
  ['the', 'whole', 'bottle'],
  ['the', 'whole', 'lot'],
  ['the', 'whole', 'box'],
  ['the', 'whole', 'pack'],
];
/** Where the pills go, said after "all of them": handed in, not swallowed. */
export const OVERDOSE_NOT_AFTER: ReadonlySet<string> = new Set([
  ...['back', 'to', 'into', 'in', 'with', 'out', 'off', 'away', 'for', 'as', 'over'],
]);
/** How far before the taking the intent may stand ("im tempted to take", "been thinking about maybe taking"). */
export const OVERDOSE_INTENT_REACH = 5;

/**
 * Others gone ("two guys from my unit aren't around now"), and in another sentence their act
 * understood ("I'm starting to get why they did it"): a suicide told through theirs (suspect.ts
 * strongCueFlags). Each half alone is grief, or a decision about care ("I get why they did it that way").
 */
export const OTHERS_GONE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['arent', 'around'],
  ['not', 'around'],
  ['isnt', 'around'],
  ['no', 'longer', 'around'],
  ['arent', 'here'],
  ['no', 'longer', 'with', 'us'],
  ['not', 'with', 'us'],
  ['took', 'their', 'own'],
  ['took', 'his', 'own'],
  ['took', 'her', 'own'],
  ['killed', 'themselves'],
  ['killed', 'himself'],
  ['killed', 'herself'],
  ['are', 'gone'],
  ['is', 'gone'],
  ['passed', 'away'],
  ['died'],
];
/**
 * Being done, said to end a sentence ("if the knees are done I'm done too", "so am I"), with a weapon
 * named in another sentence of the message: the means and the intent (suspect.ts strongCueFlags). Not
 * "I'm done for the day": the phrase must close its sentence.
 */
export const DONE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['im', 'done'],
  ['im', 'done', 'too'],
  ['i', 'am', 'done'],
  ['i', 'am', 'done', 'too'],
  ['so', 'am', 'i'],
  ['ill', 'be', 'done'],
  ['im', 'finished', 'too'],
];
/** Tools that share a weapon's name ("massage gun", "nail gun"): not a means. */
export const TOOL_BEFORE_WEAPON: ReadonlySet<string> = new Set([
  'massage',
  'massager',
  'percussion',
  'nail',
  'staple',
  'glue',
  'heat',
  'paint',
  'spray',
  'caulk',
  'caulking',
  'grease',
  'water',
  'toy',
  'nerf',
  'radar',
  'foam',
]);
export const UNDERSTOOD_WHY_PHRASES: ReadonlyArray<readonly string[]> = [
  'get',
  'understand',
  'see',
  'getting',
  'understanding',
  'know',
].flatMap((verb) => ['they', 'he', 'she'].map((who) => [verb, 'why', who, 'did', 'it']));

/**
 * Signs of a person readying to die, each of which alone has an everyday reading (suspect.ts strongCueFlags):
 * two of them together, one being a means or a farewell, are the alarm ("bought a rope today. … you can
 * cancel my appt"; "I will not be needing the follow-up. I've put my affairs in order").
 */
/** A means got hold of: "bought a rope", "got a gun" (a verb, then the thing within three words). */
export const MEANS_GOT_VERBS: ReadonlySet<string> = new Set([
  'bought',
  'buying',
  'got',
  'ordered',
  'picked',
  'borrowed',
]);
export const MEANS_WORDS: ReadonlySet<string> = new Set([
  'rope',
  'noose',
  'gun',
  'handgun',
  'pistol',
  'rifle',
  'shotgun',
  'revolver',
  'pistols',
  'guns',
  'glock',
  'bullets',
  'ammo',
  'razor',
  'razors',
  'blades',
  'charcoal',
]);
/** Affairs settled: "put my affairs in order", "made my peace", "sorted out my will". */
export const FAREWELL_PHRASES: ReadonlyArray<readonly string[]> = [
  ['affairs', 'in', 'order'],
  ['things', 'in', 'order'],
  ['made', 'my', 'peace'],
  ['make', 'my', 'peace'],
  ['making', 'my', 'peace'],
  ['said', 'my', 'goodbyes'],
  ['saying', 'my', 'goodbyes'],
  ['tied', 'up', 'loose', 'ends'],
  ...['sorted', 'updated', 'wrote', 'written', 'finished', 'signed', 'made'].flatMap((verb) => [
    [verb, 'my', 'will'],
    [verb, 'out', 'my', 'will'],
  ]),
];
/** Care given up for no reason said: "you can cancel my appt", "I will not be needing the follow-up". */
export const CARE_STOP_PHRASES: ReadonlyArray<readonly string[]> = [
  ['cancel', 'my', 'appt'],
  ['cancel', 'my', 'appointment'],
  ['cancel', 'my', 'appointments'],
  ['cancel', 'all', 'my'],
  ['cancel', 'my', 'follow'],
  ['cancel', 'my', 'surgery'],
  ['cancel', 'my', 'physio'],
  ['wont', 'be', 'needing'],
  ['not', 'be', 'needing'],
  ['wont', 'need', 'the'],
  ['wont', 'need', 'my'],
  ['no', 'longer', 'need'],
  ['no', 'longer', 'be', 'needing'],
];
/** Resignation that is not yet hopelessness: "knee stuff doesn't really matter anymore". */
export const RESIGNED_PHRASES: ReadonlyArray<readonly string[]> = [
  ['doesnt', 'matter', 'anymore'],
  ['doesnt', 'really', 'matter', 'anymore'],
  ['dont', 'matter', 'anymore'],
  ['dont', 'really', 'matter', 'anymore'],
  ['wont', 'matter', 'soon'],
  ['not', 'going', 'to', 'matter'],
  ['none', 'of', 'it', 'matters'],
];
/**
 * Wanting to join someone who has died: a wish ("I'd just like to", "I want to") and the reunion within a
 * few words ("go be with him", "join her"), in a message that names a death ("after my husband passed").
 */
export const REUNION_WISH_WORDS: ReadonlySet<string> = new Set([
  'want',
  'wanna',
  'like',
  'wish',
  'wishing',
  'ready',
  'long',
  'longing',
  'pray',
  'praying',
  'hope',
  'hoping',
  'waiting',
  'time',
]);
export const REUNION_PHRASES: ReadonlyArray<readonly string[]> = [
  ['go', 'be', 'with'],
  ['be', 'with', 'him', 'again'],
  ['be', 'with', 'her', 'again'],
  ['be', 'with', 'them', 'again'],
  ['be', 'with', 'him', 'now'],
  ['be', 'with', 'her', 'now'],
  ['join', 'him'],
  ['join', 'her'],
  ['join', 'them'],
  ['be', 'reunited'],
  ['see', 'him', 'again'],
  ['see', 'her', 'again'],
  ['be', 'together', 'again'],
];
export const BEREAVED_WORDS: ReadonlySet<string> = new Set([
  'passed',
  'died',
  'death',
  'widow',
  'widowed',
  'widower',
  'funeral',
  'late',
  'deceased',
  'buried',
  'lost',
]);

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
  // beyond what the effort explains: "way beyond normal sore", "way more than DOMS", "out of control"
  ['way', 'beyond'],
  ['far', 'beyond'],
  ['well', 'beyond'],
  ['beyond', 'normal'],
  ['more', 'than', 'doms'],
  ['worse', 'than', 'doms'],
  ['not', 'normal', 'doms'],
  ['out', 'of', 'control'],
  // pain that brings tears after a class or a workout is more than sore muscles: "I'm in tears", "crying from the pain"
  ['in', 'tears'],
  ['crying', 'from', 'the', 'pain'],
  ['crying', 'in', 'pain'],
  ['crying', 'with', 'pain'],
  ['brought', 'me', 'to', 'tears'],
  // pain medicine that does nothing: "the painkillers arent touching it", "ibuprofen isnt helping"
  ...[
    'painkillers',
    'painkiller',
    'meds',
    'ibuprofen',
    'tylenol',
    'advil',
    'paracetamol',
    'tramadol',
    'oxycodone',
  ].flatMap((med) =>
    [
      ['arent', 'touching'],
      ['isnt', 'touching'],
      ['not', 'touching'],
      ['dont', 'touch'],
      ['didnt', 'touch'],
      ['do', 'nothing'],
      ['did', 'nothing'],
      ['arent', 'helping'],
      ['isnt', 'helping'],
      ['arent', 'working'],
      ['isnt', 'working'],
    ].map((rest) => [med, ...rest]),
  ),
];
export const HARD_MUSCLE_WORDS: ReadonlySet<string> = new Set([
  'calf',
  'calves',
  'shin',
  'shins',
  'compartment',
  'leg',
  'legs',
]);
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
  'drum',
  'board',
  'brick',
  'bricks',
  'rocks',
  'stone',
  'concrete',
  'wooden',
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
  // the foot or toes moved by the muscles in the tight compartment: "can't even pull my foot up", "agony to point my foot"
  ...[
    'pull',
    'pulling',
    'lift',
    'lifting',
    'point',
    'pointing',
    'flex',
    'flexing',
    'wiggle',
    'wiggling',
    'curl',
    'curling',
  ].flatMap((verb) => ['foot', 'toes', 'ankle'].map((part) => [verb, 'my', part])),
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

/**
 * Not wanting to be a bother ("don't want to trouble my son", "hate to make a fuss"): how many older
 * people put off care after a fall, not a crisis cue by itself (hopelessness or ending a life must
 * come with it: the self-harm guess stands then).
 */
// prettier-ignore
export const BOTHER_WORDS: ReadonlySet<string> = new Set([
  'bother', 'bothering', 'trouble', 'troubling', 'nuisance', 'fuss', 'impose', 'imposing', 'inconvenience',
  'pester', 'pestering', 'disturb', 'disturbing',
]);
/**
 * Words of MOOD_OR_LIFE that belong to that everyday talk (who they live with, whom they won't
 * trouble, what they think they'll do): with a bother word and no other mood word, no self-harm question.
 */
// prettier-ignore
export const EVERYDAY_BOTHER_WORDS: ReadonlySet<string> = new Set([
  'live', 'lives', 'living', 'alone', 'want', 'wants', 'wanted', 'think', 'thinking', 'thought', 'feel',
  'feels', 'felt', 'myself', 'himself', 'herself', 'here', 'around', 'hate', 'mom', 'dad', 'wife',
  'husband', 'kids', 'family', 'friends', 'plan', 'plans',
]);

/**
 * Dying named only to say a problem is small (r25): "it's not like I'm dying", "it isn't as if I'd die of it",
 * "I'm not dying". The death word right after such a frame (MINIMISING_FRAMES, then up to MINIMISING_GAP words of
 * who and when: "I'm", "going to") is no mood word; any other mood word in the message still counts.
 */
export const MINIMISING_FRAMES: ReadonlyArray<readonly string[]> = [
  ['not', 'like'],
  ['isnt', 'like'],
  ['aint', 'like'],
  ['not', 'as', 'if'],
  ['isnt', 'as', 'if'],
  ['not', 'as', 'though'],
  ['im', 'not'],
  ['i', 'am', 'not'],
  ['not', 'that', 'im'],
];
export const MINIMISING_DEATH_WORDS: ReadonlySet<string> = new Set(['die', 'dying', 'dead']);
/** Words of who and when between the frame and the death word: "not like I'm going to die". */
export const MINIMISING_FILLER: ReadonlySet<string> = new Set([
  ...['i', 'im', 'id', 'ill', 'am', 'is', 'its', 'she', 'shes', 'he', 'hes', 'going', 'gonna', 'to', 'about'],
  ...['will', 'would', 'actually', 'literally', 'really', 'exactly', 'gunna'],
]);
export const MINIMISING_GAP = 3;

/**
 * Words about a person's mood, life or death, or of giving up (prefixes end in *). The model's
 * self-harm guess needs one of them: a plain report of where it hurts ("says it's the front of the
 * knee, sometimes up her thigh") shares letter pieces with "think" and "sometimes I" but says nothing
 * about how anyone feels, so it gets no question about ending a life.
 */
// prettier-ignore
export const MOOD_OR_LIFE: ReadonlySet<string> = new Set([
  'life', 'live', 'lives', 'living', 'alive', 'die', 'died', 'dying', 'dead', 'death', 'kill*', 'suicid*',
  'end', 'ending', 'ended', 'over', 'gone', 'around', 'here', 'exist*', 'disappear*', 'wake', 'waking',
  'sleep', 'forever', 'anymore', 'point', 'pointless', 'hope*', 'worth*', 'burden*', 'better', 'off',
  'alone', 'lonely', 'nobody', 'noone', 'everyone', 'everybody', 'cares', 'care', 'miss', 'goodbye*',
  'bye', 'done', 'quit', 'give', 'giving', 'enough', 'tired', 'exhausted', 'sick', 'fed', 'sad*',
  'depress*', 'miserable', 'misery', 'hate', 'hating', 'empty', 'numb', 'dark', 'trapped', 'stuck',
  'cope', 'coping', 'escape', 'harm*', 'hurt', 'hurting', 'myself', 'himself', 'herself', 'themselves',
  'pills', 'overdose', 'gun', 'rope', 'bridge', 'note', 'letter', 'plan', 'plans', 'planned', 'want',
  'wants', 'wanted', 'wish', 'wishes', 'feel', 'feels', 'feeling', 'felt', 'mood', 'mental', 'therapist',
  'counselor', 'crying', 'cry', 'cried', 'tears', 'broken', 'ruined', 'failure', 'useless', 'nothing',
  'matters', 'matter', 'reason', 'future', 'god', 'heaven', 'pray*', 'struggl*', 'anxiety', 'anxious',
  'panic', 'stress*', 'scared', 'afraid', 'lost', 'lose', 'losing', 'mom', 'dad', 'wife', 'husband',
  'kids', 'family', 'friends', 'everything',
  // thoughts and means, said without a feeling word ("some nights I think about driving into a wall")
  'think*', 'thought*', 'pill*', 'tablet*', 'meds', 'tramadol', 'oxy*', 'opioid*', 'engine', 'garage',
  'tracks', 'train', 'overpass', 'wall', 'cliff', 'jump*', 'crash*', 'affairs', 'peace', 'honest*',
]);

/**
 * A sore or swollen calf and breathlessness, with a run the rules read the breath as coming from (left25): "calf sore
 * after running and short of breath" may be a clot that has reached the lungs, so it is asked about (suspect.ts
 * cueFlags). Breath tied to the effort itself ("out of breath during my tempo run", "gasping on the hill sprints") is
 * the run's, and is not asked about.
 */
export const CALF_COMPLAINT_WORDS: ReadonlySet<string> = new Set([
  ...['sore', 'pain', 'painful', 'hurts', 'hurting', 'aching', 'aches', 'ache', 'tender', 'swollen', 'swelling'],
  ...['tight', 'cramp', 'cramping', 'throbbing', 'puffy'],
]);
export const BREATHLESS_PHRASES: ReadonlyArray<readonly string[]> = [
  ['short', 'of', 'breath'],
  ['shortness', 'of', 'breath'],
  ['out', 'of', 'breath'],
  ['breathless'],
  ['winded'],
  ['gasping'],
  ['cant', 'catch', 'my', 'breath'],
  ['hard', 'to', 'breathe'],
  ['struggling', 'to', 'breathe'],
];
/** "… during my tempo run", "on the hill sprints", "in the last rep": the breath said within the effort. */
export const DURING_EFFORT_WORDS: ReadonlySet<string> = new Set(['during', 'while', 'mid', 'on', 'in', 'through']);
export const EFFORT_WORDS: ReadonlySet<string> = new Set([
  ...['run', 'running', 'runs', 'sprint', 'sprints', 'sprinting', 'interval', 'intervals', 'rep', 'reps', 'race'],
  ...['tempo', 'hill', 'hills', 'climb', 'workout', 'session', 'effort', 'set', 'sets', 'jog', 'jogging', 'parkrun'],
  ...['mile', 'miles', 'lap', 'laps', 'km', 'stretch', 'marathon'],
]);
/** How far from the breath the "during" may stand, and from it the effort ("during my tempo run"). */
export const DURING_EFFORT_REACH = 4;
