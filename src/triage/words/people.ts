// Whose report it is: the writer, someone else, a relative's past, an animal, or fiction.
// Matched against triage-normalised words ("can't" → cant, "does not" → doesnt).

/** Not a person: "my dog's knee dislocated". */
export const ANIMAL_WORDS: ReadonlySet<string> = new Set([
  'dog',
  'dogs',
  'cat',
  'cats',
  'horse',
  'horses',
  'puppy',
  'puppies',
  'pup',
  'kitten',
  'pony',
  'pet',
  'pets',
  'rabbit',
  'hamster',
  'greyhound',
  'labrador',
  'spaniel',
  'terrier',
  'vet',
]);

// Person, time and answer words used by the context checks (negation.ts, hypothetical.ts,
// pastResolved.ts, thirdParty.ts).
export const ANIMAL_PRONOUNS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'he',
  'she',
  'it',
  'hes',
  'shes',
]);

export const THIRD_PERSON: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'he',
  'she',
  'they',
  'hes',
  'shes',
  'son',
  'daughter',
  'husband',
  'wife',
]);

export const THIRD_PERSON_PEOPLE: ReadonlySet<string> = new Set([
  'son',
  'daughter',
  'husband',
  'wife',
  'kid',
  'child',
  'boy',
  'girl',
  'mum',
  'mom',
  'dad',
  'friend',
  'runner',
  'player',
]);

/**
 * An animal after one of these (skipping "the", "my" …) is not the subject: "tripped over the dog",
 * "fell over the cat", "walking the dog": the person is the one hurt.
 */
export const ANIMAL_OBJECT_CUES: ReadonlySet<string> = new Set([
  'over',
  'off',
  'on',
  'onto',
  'under',
  'into',
  'against',
  'with',
  'by',
  'from',
  'after',
  'behind',
  'walking',
  'walk',
  'walked',
  'chasing',
  'chased',
  'feeding',
  'lifting',
  'carrying',
  'holding',
  'avoid',
  'avoiding',
  'dodging',
  'dodge',
]);

/**
 * What an animal does to the person, who is then the one hurt: "the horse fell on it, it just gives out",
 * "my horse threw me", "the dog ran into my knee". Read with a person or "on it" right after (animalIsCause).
 */
export const ANIMAL_ACTS_ON: ReadonlySet<string> = new Set([
  'fell',
  'stepped',
  'kicked',
  'threw',
  'bucked',
  'rolled',
  'pinned',
  'drug',
  'dragged',
  'stomped',
  'trampled',
  'crushed',
  'mashed',
  'landed',
  'slammed',
  'knocked',
  'tossed',
  'butted',
  'ran',
  'jumped',
  'bit',
]);
/** The person an animal acted on: "fell on ME", "kicked MY knee", "stepped on IT" (the knee talked about). */
export const ACTED_ON_WORDS: ReadonlySet<string> = new Set(['me', 'my', 'him', 'his', 'her', 'us', 'them', 'it']);

/** Words between a verb or preposition and its object ("over THE dog", "walking MY dogs"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'his',
  'her',
  'their',
  'your',
  'its',
  'this',
  'that',
]);

export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'my', 'me', 'im', 'ive', 'mine', 'myself', 'id', 'ill']);

/**
 * Fiction and media: "watching Grey's Anatomy and they had a knee dislocation episode", "in my novel a
 * character dislocates her kneecap". Not a person's own report unless someone real is named in it.
 */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'episode',
  'episodes',
  'movie',
  'movies',
  'film',
  'films',
  'novel',
  'novels',
  'character',
  'characters',
  'documentary',
  'sitcom',
  'netflix',
  'anime',
  'cartoon',
  'screenplay',
  'fanfic',
  'book',
  'books',
  'hero',
  'heroine',
  'protagonist',
  'comic',
]);

/** What someone writes that is made up: "I'm writing a short story where …", "in the story her knee …". */
export const FICTION_FRAME_WORDS: ReadonlySet<string> = new Set([
  'story',
  'stories',
  'novel',
  'book',
  'script',
  'screenplay',
  'scene',
  'fanfic',
  'play',
  'character',
  'plot',
]);
export const WRITING_VERBS: ReadonlySet<string> = new Set(['writing', 'write', 'wrote', 'written', 'drafting']);

/** A person's word may stand next to the media word ("my novel", "I watched …"). */
export const MEDIA_VERBS: ReadonlySet<string> = new Set([
  'watched',
  'watching',
  'watch',
  'saw',
  'seen',
  'read',
  'reading',
  'writing',
  'wrote',
  'write',
  'was',
  'am',
  'im',
]);

/** Relatives and others whose past illness is family history, not a report ("my dad had a septic knee once"). */
/** Grandparents: relatives, and (in the second line) a sign the person is older. */
export const GRANDPARENT_WORDS: readonly string[] = [
  'grandma',
  'grandmother',
  'granny',
  'nan',
  'nana',
  'grandpa',
  'grandfather',
  'grandad',
  'granddad',
];

export const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  ...GRANDPARENT_WORDS,
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  // Southern English, not Spanish (lang/evidence.ts reads these as English): "Mama is 6 days out from her knee"
  'mama',
  'momma',
  'mommy',
  'daddy',
  'parent',
  'parents',
  'brother',
  'sister',
  'uncle',
  'aunt',
  'auntie',
  'cousin',
  'friend',
  'husband',
  'wife',
  'partner',
  'son',
  'daughter',
  'neighbour',
  'neighbor',
  'coworker',
  'colleague',
  'relative',
  'family',
]);

/** "had" an event, not "has" one: the relative's episode is over. */
export const HAD_WORDS: ReadonlySet<string> = new Set(['had', 'got', 'developed', 'suffered', 'caught']);

/** Said about family history or the person's own worry: "is it hereditary?", "does it run in families?", "once". */
export const FAMILY_HISTORY_WORDS: ReadonlySet<string> = new Set([
  'hereditary',
  'genetic',
  'genetics',
  'inherited',
  'inherit',
  'runs',
  'run',
  'family',
  'families',
  'once',
  'history',
  'died',
  'passed',
  'ago',
  'before',
  'previously',
  'back',
]);

// The second line of defence (suspect.ts): cues that, combined, make a message worth one safety
// question even when no red-flag pattern matched.

/** Said about someone else ("my mum fell … she"), unless the person also speaks of themselves. */
export const OTHER_PERSON_WORDS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'hes',
  'shes',
  'him',
  'his',
  'her',
  'they',
  'them',
  'their',
  'theyre',
]);

export const SELF_WORDS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'me', 'myself', 'id', 'ill']);

/** Someone unnamed outside the family: "a guy at work", "one runner", "a patient". Shared by the lists below. */
export const UNNAMED_PEOPLE: readonly string[] = [
  'guy',
  'lady',
  'woman',
  'man',
  'someone',
  'somebody',
  'runner',
  'player',
  'teammate',
  'client',
  'patient',
];

/** People around the writer besides relatives: "my teammate", "a guy at work", "my running buddy". */
export const ACQUAINTANCE_WORDS: ReadonlySet<string> = new Set([
  ...UNNAMED_PEOPLE,
  'teammates',
  'mate',
  'buddy',
  'roommate',
  'flatmate',
  'classmate',
  'boss',
  'coach',
  'trainer',
]);

/** Someone the writer does not know, or a text they read: "one guy said", "an article about a runner". */
export const STRANGER_WORDS: ReadonlySet<string> = new Set([
  ...UNNAMED_PEOPLE,
  'bloke',
  'dude',
  'runners',
  'people',
  'person',
  'stranger',
  'kid',
  'girl',
  'boy',
  'article',
  'post',
  'report',
  'reports',
  'story',
  'video',
  'podcast',
]);

/** Someone else's: "her toes", "his leg". */
export const OTHERS_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Someone else as the subject: "she has an MRI tomorrow". */
export const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'hes', 'shes', 'they', 'theyre']);

/** Before "mine" these deny it is the writer's: "like it isn't mine" (a leg gone numb), "not even mine". */
export const NOT_MINE_BEFORE: ReadonlySet<string> = new Set(['not', 'isnt', 'aint', 'wasnt', 'even']);

/** The writer sets their own knee apart with these: "Mine's fine", "my own knee", "I'm asking for myself". */
export const OWN_APART_PHRASES: ReadonlyArray<readonly string[]> = [
  ['my', 'own'],
  ['for', 'myself'],
  ['about', 'myself'],
  ['for', 'me', 'not'],
];

/** "my knee's doing well", "my knees are fine": the writer's own knee said to be well, after someone else's sign. */
export const OWN_PART_WORDS: ReadonlySet<string> = new Set(['knee', 'knees', 'leg', 'legs']);
export const OWN_WELL_WORDS: ReadonlySet<string> = new Set(['fine', 'good', 'well', 'ok', 'okay', 'great', 'alright']);
/** Most words between "my knee" and how it is: "my knee is doing really well". */
export const OWN_WELL_REACH = 4;

/** A preposition before "me": "the guy next to me", "sat beside me" — the writer is not the one speaking then. */
export const PREPOSITIONS_BEFORE_ME: ReadonlySet<string> = new Set([
  'to',
  'beside',
  'behind',
  'near',
  'by',
  'with',
  'of',
]);

/** Someone else already in a clinician's hands: "he's being seen at Parkland", "she's in the ER now". */
export const IN_CARE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['being', 'seen'],
  ['being', 'treated'],
  ['being', 'checked'],
  ['being', 'looked', 'at'],
  ['been', 'seen'],
  ['got', 'seen'],
  ['at', 'the', 'er'],
  ['in', 'the', 'er'],
  ['at', 'the', 'hospital'],
  ['in', 'the', 'hospital'],
  ['in', 'hospital'],
  ['admitted'],
  ['in', 'surgery'],
  ['ambulance', 'took'],
  ['paramedics', 'took'],
];

// The conversation's subject (src/triage/subject.ts): a child named in an earlier message stays the
// one a "he" or "she" points to, unless the message names another person of that gender.
/** Words for a boy, and for a girl; a child word in neither ("kid", "teen") takes either pronoun. */
export const BOY_WORDS: ReadonlySet<string> = new Set(['son', 'boy', 'stepson', 'grandson', 'nephew', 'sons', 'boys']);
export const GIRL_WORDS: ReadonlySet<string> = new Set([
  'daughter',
  'girl',
  'stepdaughter',
  'granddaughter',
  'niece',
  'daughters',
  'girls',
]);
export const HE_WORDS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'hes', 'himself']);
export const SHE_WORDS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'shes', 'herself']);
/** Grown-ups a "he" or "she" could point to instead: "my husband says he …". */
export const MAN_WORDS: ReadonlySet<string> = new Set([
  'husband',
  'hubby',
  'dad',
  'father',
  'daddy',
  'brother',
  'grandpa',
  'grandfather',
  'uncle',
  'boyfriend',
  'man',
  'guy',
  'gentleman',
]);
export const WOMAN_WORDS: ReadonlySet<string> = new Set([
  'wife',
  'mom',
  'mum',
  'mother',
  'mama',
  'momma',
  'sister',
  'grandma',
  'grandmother',
  'aunt',
  'girlfriend',
  'woman',
  'lady',
]);
/** People of either gender: "my friend says he …" may be about the friend. */
export const ANYONE_WORDS: ReadonlySet<string> = new Set([
  'friend',
  'partner',
  'teammate',
  'coach',
  'neighbor',
  'neighbour',
  'roommate',
  'colleague',
  'coworker',
  'boss',
  'patient',
  'client',
  'caller',
]);
