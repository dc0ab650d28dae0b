// Word classes for red-flag patterns: "$swollen" in a pattern stands for every way people say
// swollen, so each flag uses the same, complete list instead of its own partial one. They are about
// English, not about the clinic, so they live in code; curators use them by name in the YAML.
// Each entry is pattern syntax for one alternative ("straight+away", "pain*").

export const WORD_CLASSES: Readonly<Record<string, readonly string[]>> = {
  // swelling, as runners type it
  swollen: [
    'swell*', 'swol*', 'puffy', 'puffed', 'puffed+up', 'puffing+up', 'puffier', 'like+a+balloon', 'ballooned', 'ballooning', 'bloated', 'enlarged',
    'engorged', 'blew+up', 'blown+up', 'blowing+up', 'blows+up', 'fluid',
    // clinical words
    'effusion', 'haemarth*', 'hemarth*', 'oedema*', 'edema*', 'oedematous', 'edematous',
  ],
  // bigger than it should be (with a body part or a swelling word)
  big: ['big', 'huge', 'massive', 'enormous', 'fat', 'fatter', 'bigger', 'larger', 'thicker', 'giant', 'twice+the+size', 'double+the+size', 'twice+as+big'],
  // pain words, adjectives and nouns
  pain: [
    'pain*', 'hurt*', 'sore', 'sorer', 'soreness', 'ache*', 'aching', 'achy', 'tender', 'tenderness', 'throb*',
    'agony', 'agonising', 'agonizing', 'killing',
  ],
  // it happened fast
  fast: [
    'fast', 'quick', 'quickly', 'rapid', 'rapidly', 'immediately', 'immediate', 'instantly', 'instant', 'straightaway',
    'straight+away', 'right+away', 'within', 'minutes', 'suddenly', 'sudden', 'seconds', 'no+time', 'in+no+time',
    'in+an+hour', 'within+an+hour', 'half+an+hour', 'an+hour+later', 'hour+later', 'in+an+hr', 'in+hours', 'in+the+hour',
    'that+evening', 'same+day', 'by+the+evening', 'by+that+night', 'overnight',
    // a short span: "in the space of an afternoon", "in a few hours", "by lunchtime"
    'in+the+space+of', 'in+a+matter+of', 'within+hours', 'in+a+few+hours', 'in+few+hours', 'within+a+few+hours',
    'in+a+couple+of+hours', 'within+a+couple+of+hours', 'few+hours+later', 'hours+later', 'by+lunch', 'by+lunchtime',
    'by+midday', 'by+noon', 'by+the+afternoon', 'by+evening', 'by+bedtime', 'by+dinner', 'by+teatime',
  ],
  // at rest / in bed / at night
  rest: [
    'rest', 'resting', 'rested', 'sitting', 'sit', 'sat', 'lying', 'lie', 'laying', 'lay', 'still', 'bed', 'asleep',
    'sleep', 'sleeping', 'night', 'nights', 'nighttime', 'overnight', 'doing+nothing',
  ],
  // footwear that squeezes a foot numb
  footwear: ['shoes', 'shoe', 'boots', 'boot', 'laces', 'lacing', 'laced', 'trainers', 'sneakers', 'socks', 'skates', 'cleats', 'spikes', 'insoles'],
  // cold to the touch
  cold: ['cold', 'colder', 'cool', 'cooler', 'freezing', 'icy', 'ice+cold', 'chilly', 'frozen', 'stone+cold'],
  // colour of a foot without blood
  pale: [
    'pale', 'paler', 'white', 'whiter', 'blue', 'bluish', 'blueish', 'bluey', 'purple', 'purplish', 'grey', 'gray',
    'greyish', 'grayish', 'mottled', 'dusky', 'ashen', 'colourless', 'colorless',
  ],
  // nerve sensations
  tingle: [
    'tingl*', 'tingly', 'prickl*', 'pins+and+needles', 'pins+needles', 'buzzing', 'fizzing', 'fizzy', 'electric',
    // clinical words
    'paraesth*', 'paresth*', 'dysaesth*', 'dysesth*', 'hypoaesth*', 'hypoesth*',
  ],
  numb: ['numb', 'numbe', 'numbed', 'numbness', 'numbish', 'numm', 'dead'],
  // breathing trouble (without "after running")
  breathless: [
    'short+of+breath', 'shortness+of+breath', 'breathless*', 'out+of+breath', 'winded', 'gasping', 'wheez*',
    'cant+breathe', 'cant+breath', 'cant+catch+my+breath', 'couldnt+catch+my+breath', 'cant+get+my+breath',
    'struggling+to+breathe', 'struggling+to+breath', 'struggle+to+breathe', 'trouble+breathing', 'hard+to+breathe',
    'difficulty+breathing', 'breathing+hard', 'catching+my+breath', 'get+my+breath',
    'breathing+problems', 'breathing+problem', 'problems+breathing', 'breathing+difficulties', 'breathing+difficulty',
    'laboured+breathing', 'labored+breathing', 'enough+air', 'cant+get+enough+air', 'couldnt+get+enough+air', 'not+enough+air', 'cant+get+air', 'struggling+for+air', 'short+of+air', 'gasping+for+air',
    'dyspnoea', 'dyspnea', 'sob', 'puffing', 'panting', 'puffed+out', 'huffing',
  ],
  // the chest feels wrong
  chestfeel: [
    'pain*', 'hurt*', 'tight', 'tighter', 'tightness', 'pressure', 'ache*', 'aching', 'squeez*', 'crushing', 'crushed',
    'heavy', 'heaviness', 'sore', 'stabbing', 'burning', 'weird', 'funny',
  ],
  // leg parts
  legpart: ['knee', 'knees', 'kneecap', 'kneecaps', 'patella', 'leg', 'legs', 'joint', 'calf', 'calves', 'shin', 'shins', 'thigh', 'ankle'],
  footpart: ['foot', 'feet', 'toes', 'toe', 'sole', 'soles', 'ankle', 'ankles'],
  // out of its usual place
  moved: ['moved', 'shifted', 'slid', 'slipped', 'popped', 'shot', 'jumped', 'gone', 'went', 'came', 'displaced', 'subluxed', 'subluxated', 'dislocated'],
  aside: [
    'sideways', 'laterally', 'medially', 'across', 'over', 'outside', 'side', 'inside', 'out', 'off', 'one+side', 'wrong+side',
    'to+the+left', 'to+the+right', 'leftwards', 'rightwards',
  ],
  // looks wrong
  odd: ['weird', 'strange', 'odd', 'funny', 'wrong', 'unnatural', 'different', 'awkward', 'bizarre', 'crazy', 'freaky', 'abnormal'],
  // feeling as a sense
  sensation: ['feeling', 'sensation', 'sense', 'feel'],
  // lost, as a clinician writes it
  lost: ['no', 'zero', 'lost', 'loss', 'without', 'lack', 'lacks', 'lacking', 'reduced', 'decreased', 'diminished', 'altered', 'absent'],
  // the shape is wrong, clinical and lay
  deformed: ['deformed', 'deformity', 'deformation', 'misshapen', 'crooked', 'disfigured', 'malaligned', 'misaligned', 'malalignment', 'wonky', 'mangled'],
  // fever, lay and clinical
  fever: [
    'fever*', 'fevor', 'feverish', 'chills', 'shivering', 'shivers', 'shivery', 'febrile', 'pyrexi*', 'rigors',
    'high+temperature', 'a+temperature', 'high+temp', 'a+temp', 'temperature+of', 'temp+of', 'the+shakes', 'the+sweats',
  ],
  // hot to the touch
  hot: ['hot', 'warm', 'warmth', 'boiling', 'roasting', 'scorching', 'red+hot', 'on+fire', 'burning+up'],
  // somebody's: "my", "his", "her", "the"
  poss: ['my', 'his', 'her', 'their', 'your', 'our', 'the', 'this', 'that'],
};
