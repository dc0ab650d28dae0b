// The curator pattern language for red flags (documented for curators in knowledge/red-flags.yaml).
// Parsing is strict so a typo in the YAML fails at start-up with a clear reason, not silently.

/** One alternative of a pattern slot: a whole word, or a word prefix (`swell*`). */
export interface WordAlt {
  text: string;
  prefix: boolean;
  /** "text" or "text*": identifies the alternative in per-message word indexes. */
  key: string;
}

export interface PatternSlot {
  alts: WordAlt[];
  /** Most other words allowed between the previous slot and this one. */
  maxGap: number;
}

export interface CompiledPattern {
  source: string;
  slots: PatternSlot[];
}

/** Words allowed between two slots by default ("calf swollen" ~ "calf is really swollen"). */
export const DEFAULT_GAP = 3;
/** Words allowed across `...` (still within one sentence). */
export const LONG_GAP = 12;
const MIN_PREFIX = 3;

export class PatternError extends Error {}

const WORD = /^[a-z0-9]+$/;

/** Parses one pattern; throws PatternError naming what is wrong. */
export function parsePattern(source: string): CompiledPattern {
  const parts = source.trim().split(/\s+/).filter((p) => p.length > 0);
  if (parts.length === 0) throw new PatternError('pattern is empty');
  if (parts[0] === '...' || parts[parts.length - 1] === '...') {
    throw new PatternError(`"${source}": "..." must sit between two words`);
  }
  const slots: PatternSlot[] = [];
  let gap = DEFAULT_GAP;
  for (const part of parts) {
    if (part === '...') {
      if (gap === LONG_GAP) throw new PatternError(`"${source}": two "..." in a row`);
      gap = LONG_GAP;
      continue;
    }
    // "a+b" joins words that must stand next to each other ("out+of+place").
    const joined = part.split('+');
    joined.forEach((piece, index) => {
      if (piece === '') throw new PatternError(`"${source}": "+" must join two words`);
      const alts = piece.split('|').map((alt) => parseAlt(alt, source));
      slots.push({ alts, maxGap: slots.length === 0 ? 0 : index === 0 ? gap : 0 });
    });
    gap = DEFAULT_GAP;
  }
  return { source, slots };
}

function parseAlt(alt: string, source: string): WordAlt {
  const prefix = alt.endsWith('*');
  const text = prefix ? alt.slice(0, -1) : alt;
  if (!WORD.test(text)) {
    throw new PatternError(
      `"${source}": "${alt}" is not a word (use lower-case letters/digits, "a|b" for either, "word*" for a prefix, "a+b" for words side by side, "..." for a long gap; write "can't" as "cant")`,
    );
  }
  if (prefix && text.length < MIN_PREFIX) {
    throw new PatternError(`"${source}": prefix "${alt}" is too short (at least ${MIN_PREFIX} letters before *)`);
  }
  return { text, prefix, key: prefix ? `${text}*` : text };
}
