// Words for someone else's injury told from memory, asked about to prevent one's own or a child's
// (recalled.ts): "My sister tore her ACL in college, I remember her knee swelled up like a balloon … are there
// warmups that lower the risk for girls?" Triage-normalised words.

/** The writer remembering: "I remember", "I still recall". */
export const RECALL_WORDS: ReadonlySet<string> = new Set(['remember', 'remembered', 'recall', 'recalled']);

/** An outcome that closes the story: "she was out for a year", "missed the whole season", "never played again". */
export const OUTCOME_PHRASES: ReadonlyArray<readonly string[]> = [
  ['was', 'out', 'for'],
  ['were', 'out', 'for'],
  ['out', 'for', 'a', 'year'],
  ['out', 'for', 'the', 'season'],
  ['missed', 'the'],
  ['never', 'played'],
  ['never', 'ran'],
  ['never', 'the', 'same'],
  ['ended', 'her'],
  ['ended', 'his'],
  ['ended', 'their'],
];

/** What the writer asks for: to lower a risk, prevent it, protect a knee. */
export const PREVENTION_WORDS: ReadonlySet<string> = new Set([
  ...['risk', 'risks', 'prevent', 'prevents', 'preventing', 'prevention', 'protect', 'protects', 'protecting'],
  ...['avoid', 'avoiding', 'lower', 'reduce', 'reduces', 'chance', 'chances', 'warmup', 'warmups'],
  ...['hereditary', 'genetic', 'inherited', 'families', 'programs', 'program', 'programme', 'prehab', 'strengthen'],
]);

/** Words that make the other person's story now, not memory: "tore her ACL yesterday", "his knee is still huge". */
export const STORY_NOW_WORDS: ReadonlySet<string> = new Set([
  ...['now', 'still', 'currently', 'today', 'tonight', 'yesterday', 'thismorning', 'just', 'again', 'is', 'are'],
  ...['cant', 'wont', 'hasnt', 'isnt', 'keeps'],
]);

/** How far back from the match the other person may be named, with only "I remember" between. */
export const STORY_SUBJECT_REACH = 14;
