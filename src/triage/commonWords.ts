// Real English words that sit one typo away from a red-flag word ("looks" ~ locks, "walking" ~
// waking, "never" ~ fever, "number" ~ numbe). A word listed here is taken as typed, never as a
// typo, so it cannot trigger a red flag by accident. Add to it when a false alarm shows one.
export const COMMON_WORDS: readonly string[] = [
  // near locked / stuck / extend / popped
  'look', 'looks', 'looked', 'looking', 'lacked', 'lacks', 'lacking', 'licked', 'locker', 'lockers', 'stack',
  'stick', 'sticks', 'struck', 'stock', 'extent', 'pooped', 'topped', 'popper', 'slipped',
  // near weight / stand / steps / three / barely
  'weights', 'weigh', 'weighs', 'weighed', 'height', 'wright', 'stank', 'stands', 'stops', 'stems', 'steep',
  'there', 'these', 'threw', 'three', 'barley', 'rarely', 'hardy', 'couples', 'usable', 'hoping', 'hoped',
  'hopeful', 'shopping', 'walking', 'walked', 'talking', 'waking', 'wake', 'waves', 'wades', 'wares', 'water',
  // near fever / chills / sweats / touch
  'fewer', 'never', 'fiver', 'chilly', 'chili', 'sweat', 'sweaty', 'sweating', 'sweater', 'torch', 'touchy',
  // near numb / tingle / feeling
  'loosen', 'loosened', 'loosening', 'loosens', 'number', 'numbers', 'numbered', 'tangle', 'tangled', 'fueling', 'fuelling',
  // near foot / pulse / colours / deformity
  'while', 'whine', 'write', 'whites', 'purse', 'pulses', 'pulled', 'drugs', 'draws', 'drams', 'flips',
  'flaps', 'floss', 'flows', 'flipping', 'flapping', 'slipping', 'clapping', 'printing', 'painting', 'setting',
  'spitting', 'sifting', 'posing', 'parking', 'though', 'thorough', 'trough', 'cooked', 'crooks', 'funky',
  'wrung', 'plate', 'places', 'placed', 'plan', 'plans', 'plank', 'planks', 'plant', 'plain', 'planes',
  // near chest / breath / short / blood
  'chess', 'cheat', 'chests', 'heady', 'heave', 'shirt', 'shore', 'snort', 'sport', 'sports', 'shorts',
  'breadth', 'bloom', 'blond', 'sadden', 'laying', 'grasping', 'couch', 'spring', 'springs', 'tickle',
  'pickle', 'acting', 'hunting', 'crashing', 'tended', 'tenser', 'tinder', 'tenner', 'hurls', 'hurry',
  // near swell / calf / flight / sleep
  'smell', 'smells', 'smelly', 'spell', 'spelling', 'shell', 'sell', 'selling', 'swelter', 'fight', 'fights',
  'flights', 'fright', 'slight', 'sleet', 'sheep', 'sleeps', 'sleepy', 'leaning', 'lose', 'loser', 'noose',
  'given', 'giver', 'infested', 'burnt', 'bust', 'busted', 'udder',
  // everyday words, so ordinary text is never bent into a symptom
  'about', 'after', 'again', 'also', 'always', 'another', 'because', 'before', 'being', 'better', 'between',
  'bring', 'could', 'doing', 'during', 'every', 'feels', 'first', 'going', 'great', 'having', 'house',
  'later', 'little', 'maybe', 'might', 'morning', 'never', 'other', 'still', 'thanks', 'thank', 'their',
  'thing', 'things', 'think', 'those', 'today', 'tonight', 'under', 'until', 'using', 'week', 'weeks',
  'where', 'which', 'while', 'would', 'years', 'yesterday', 'running', 'runner', 'runners', 'training',
  'exercise', 'exercises', 'stretch', 'stretches', 'stretching', 'shoes', 'stairs', 'squat', 'squats',
  'lunge', 'lunges', 'bridge', 'bridges', 'hills', 'marathon', 'mileage', 'miles', 'tired', 'sore',
];
