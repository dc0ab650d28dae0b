// The one edit distance of the project, and how many edits each kind of look-up forgives. The
// matcher's fuzzy vocabulary look-up is fuse.js (src/matching/fuzzy.ts); this exact, capped
// distance is for the places where a whole word or a short label is compared with a few others
// (choice labels, red-flag words) and to confirm fuse.js candidates against a budget.

/**
 * Optimal-string-alignment distance (Levenshtein plus an adjacent swap counting as one edit),
 * capped: returns `cap + 1` as soon as the distance is known to exceed `cap`.
 */
export function editDistance(a: string, b: string, cap = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let row = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > cap) return cap + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[cols - 1]!, cap + 1);
}

export function withinEdits(a: string, b: string, max: number): boolean {
  return editDistance(a, b, max) <= max;
}

/**
 * Named budgets: edits forgiven for a word of a given length. None for short words, where a
 * "typo" is a guess at another word ("shin"/"skin", "calf"/"half").
 * - `vocabulary`: a typed word against the knowledge's words (the matcher's fuse.js look-up);
 * - `choice`: a reply against an offered button label or one of its words;
 * - `redFlag`: a typed word against a red-flag pattern word: narrower, since "never" must not become "fever".
 */
const EDIT_BUDGETS = {
  vocabulary: [
    { from: 4, edits: 1 },
    { from: 8, edits: 2 },
  ],
  choice: [
    { from: 4, edits: 1 },
    { from: 9, edits: 2 },
  ],
  redFlag: [
    { from: 5, edits: 1 },
    { from: 9, edits: 2 },
  ],
} as const satisfies Record<string, ReadonlyArray<{ from: number; edits: number }>>;

export type EditProfile = keyof typeof EDIT_BUDGETS;

export function editBudget(profile: EditProfile, length: number): number {
  let edits = 0;
  for (const step of EDIT_BUDGETS[profile]) if (length >= step.from) edits = step.edits;
  return edits;
}
