// Specific signs for the second line of defence (suspect.ts): a hard growing lump, injury words that are
// no injury, hopelessness, a hot swollen joint with fever, compartment syndrome, a cancer history with
// bone pain. Matched against triage-normalised words, like secondLine.ts.

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
  // beyond what the effort explains: "way beyond normal sore", "way more than DOMS", "out of control"
  ['way', 'beyond'],
  ['far', 'beyond'],
  ['well', 'beyond'],
  ['beyond', 'normal'],
  ['more', 'than', 'doms'],
  ['worse', 'than', 'doms'],
  ['not', 'normal', 'doms'],
  ['out', 'of', 'control'],
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
