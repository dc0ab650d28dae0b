import type { KneeLocation, KnowledgeEntry } from '../knowledge/types';

/** One scored candidate; score is 0..1, higher is better. */
export interface ScoredEntry {
  entry: KnowledgeEntry;
  score: number;
  /** Human-readable evidence, for `npm run ask` and logs ("fuzzy 'iliotibal'→'iliotibial'", …). */
  why: string[];
}

/** What was understood from free text besides the best entry. */
export interface Understanding {
  /** Where the knee hurts, if the text says so. */
  location?: KneeLocation;
  /** Ids of symptom questions (of that location) the text already answers "yes". */
  symptomIds: string[];
  /** True when the text was cut to the matching limit. */
  truncated: boolean;
}

export type MatchResult =
  | {
      kind: 'answer';
      best: ScoredEntry;
      candidates: ScoredEntry[];
      understanding: Understanding;
      /**
       * The message asked a second, different question ("…and when can I run again?") that this
       * entry answers: answer `best`, then answer this too or offer it as a button.
       */
      second?: ScoredEntry;
    }
  | { kind: 'clarify'; candidates: ScoredEntry[]; understanding: Understanding }
  | { kind: 'out-of-scope'; topic?: string; understanding: Understanding }
  | { kind: 'unknown'; suggestions: ScoredEntry[]; understanding: Understanding };

/** The bot only ever talks to this interface, so the matcher can improve behind it. */
export interface Matcher {
  match(text: string): MatchResult;
  /**
   * Free-text extraction only (location, symptoms), used by the assessment. Pass the location
   * when it is already known (chosen by button) so symptoms are read for that place.
   */
  understand(text: string, location?: KneeLocation): Understanding;
}
