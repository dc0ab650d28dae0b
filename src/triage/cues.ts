// Language cues that decide whether a matched red-flag phrase is a real, present report.
// They are about English, not about the clinic, so they live in code (curated flags are in YAML).
// Every list is matched against triage-normalised words ("can't" → cant, "does not" → doesnt).
// The lists live in src/triage/words/, one module per concern; this module gathers them.

export * from './words/negation';
export * from './words/hypothetical';
export * from './words/warningSigns';
export * from './words/time';
export * from './words/moments';
export * from './words/people';
export * from './words/secondLine';
export * from './words/secondLineSigns';
