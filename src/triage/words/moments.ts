// Events that last a moment by nature, so a duration after them ("for a second") is how long they
// lasted, not that they are over (pastResolved.ts). Matched against triage-normalised words.

/** A give-way lasts a moment by nature: "the leg just quits for a second" is the sign, not its end. */
export const MOMENT_EVENT_WORDS: ReadonlySet<string> = new Set([
  'quits',
  'quit',
  'gives',
  'gave',
  'buckles',
  'buckled',
  'collapses',
  'collapsed',
  'folds',
  'folded',
  'caves',
  'caved',
  'drops',
  'dropped',
]);
