// The Spanish cue lists' shared shape: a phrase is its words, as the Spanish normaliser leaves them.
export type Phrase = readonly string[];
export const phrases = (...list: string[]): Phrase[] => list.map((p) => p.split(' '));
