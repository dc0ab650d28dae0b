// Messages the bot could not answer confidently, for curators (npm run report:unanswered).
// Append-only JSONL under DATA_DIR; personal data is stripped before anything touches the disk.
// Writes are queued and asynchronous so a slow disk never holds up a conversation turn.
import { UNANSWERED_LOG_MAX_CHARS } from '../limits';
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { redactPersonalData } from '../privacy/redact';

export type UnansweredOutcome = 'unknown' | 'clarify' | 'out-of-scope';

export interface UnansweredLog {
  record(text: string, outcome: UnansweredOutcome, topIds: string[]): void;
  /** Resolves when everything recorded so far is on disk (tests, shutdown). */
  flush?(): Promise<void>;
}

export interface UnansweredRecord {
  at: string;
  outcome: UnansweredOutcome;
  text: string;
  top: string[];
}

export const UNANSWERED_FILE = 'unanswered.jsonl';
export const MAX_LOGGED_CHARS = UNANSWERED_LOG_MAX_CHARS;

const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Words after which the next unknown word is someone's name, whatever its case ("im sarah"). */
const INTRO = /\b(?:i am|i'm|i’m|im|this is|it's|it’s|its|call me|named|name)\s+$/i;
const GREETINGS = new Set('hi hello hey hiya thanks thank you ok okay yes no please'.split(' '));

/** Every word in these values (the curated knowledge): what the unanswered log may keep as typed. */
export function vocabularyFrom(values: unknown[]): Set<string> {
  const words = new Set<string>();
  for (const w of JSON.stringify(values).toLowerCase().match(WORD) ?? []) words.add(w.replace(/[’]/g, "'"));
  return words;
}

/**
 * Hides names the redactor's phrases miss ("Sarah here", "im sarah", a bare "jane doe"): with the
 * words the knowledge uses as the vocabulary, an unknown capitalised word, an unknown word right
 * after "I'm …", and a short message of nothing but unknown words all become [name].
 * Over-eager on purpose, like redactPersonalData.
 */
function hideNames(text: string, vocabulary: ReadonlySet<string>): string {
  const known = (w: string) => {
    const lower = w.toLowerCase().replace(/[’]/g, "'");
    return vocabulary.has(lower) || GREETINGS.has(lower) || vocabulary.has(lower.replace(/'s$/, ''));
  };
  const words = text.match(WORD) ?? [];
  if (words.length > 0 && words.length <= 3 && words.every((w) => !known(w)) && /^[\p{L}'’\s.,!-]*$/u.test(text))
    return '[name]';
  // A capitalised word right after a hidden one is a surname even when it is also a word the
  // knowledge uses ("Tom Baker": Baker's cyst).
  let previousHiddenEnd = -1;
  return text.replace(WORD, (word, offset: number) => {
    const capitalised = /^\p{Lu}/u.test(word);
    const surname = capitalised && previousHiddenEnd >= 0 && /^\s+$/.test(text.slice(previousHiddenEnd, offset));
    const hide = surname || (!known(word) && (capitalised || INTRO.test(text.slice(Math.max(0, offset - 12), offset))));
    previousHiddenEnd = hide ? offset + word.length : -1;
    return hide ? '[name]' : word;
  });
}

/** The line as stored: redacted first, then cut, so a cut can never expose half a phone number. */
export function toRecord(
  text: string,
  outcome: UnansweredOutcome,
  topIds: string[],
  now: Date,
  vocabulary?: ReadonlySet<string>,
): UnansweredRecord {
  const redacted = redactPersonalData(text.replace(/\s+/g, ' ').trim());
  const clean = (vocabulary ? hideNames(redacted, vocabulary) : redacted).slice(0, MAX_LOGGED_CHARS);
  return { at: now.toISOString(), outcome, text: clean, top: topIds.slice(0, 3) };
}

export function createUnansweredLog(
  dataDir: string | undefined,
  options: {
    now?: () => Date;
    onError?: (err: unknown) => void;
    /** The words that are not names; a function is called once, at the first line written (start-up time). */
    vocabulary?: ReadonlySet<string> | (() => ReadonlySet<string>);
  } = {},
): UnansweredLog {
  if (!dataDir) return { record() {}, flush: async () => {} };
  const file = join(dataDir, UNANSWERED_FILE);
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? (() => {});
  // One promise chain keeps lines in order without blocking the caller.
  let chain: Promise<void> = mkdir(dataDir, { recursive: true }).then(
    () => undefined,
    (err: unknown) => onError(err),
  );
  let vocabulary = options.vocabulary;
  return {
    record(text, outcome, topIds) {
      if (typeof vocabulary === 'function') vocabulary = vocabulary();
      const line = JSON.stringify(toRecord(text, outcome, topIds, now(), vocabulary)) + '\n';
      chain = chain.then(() => appendFile(file, line, 'utf8')).catch((err: unknown) => onError(err));
    },
    flush() {
      return chain;
    },
  };
}
