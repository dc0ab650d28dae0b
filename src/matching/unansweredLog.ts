// Messages the bot could not answer confidently, for curators (npm run report:unanswered).
// Append-only JSONL under DATA_DIR; personal data is stripped before anything touches the disk.
// Writes are queued and asynchronous so a slow disk never holds up a conversation turn.
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
export const MAX_LOGGED_CHARS = 500;

/** The line as stored: redacted first, then cut, so a cut can never expose half a phone number. */
export function toRecord(text: string, outcome: UnansweredOutcome, topIds: string[], now: Date): UnansweredRecord {
  const clean = redactPersonalData(text.replace(/\s+/g, ' ').trim()).slice(0, MAX_LOGGED_CHARS);
  return { at: now.toISOString(), outcome, text: clean, top: topIds.slice(0, 3) };
}

export function createUnansweredLog(
  dataDir: string | undefined,
  options: { now?: () => Date; onError?: (err: unknown) => void } = {},
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
  return {
    record(text, outcome, topIds) {
      const line = JSON.stringify(toRecord(text, outcome, topIds, now())) + '\n';
      chain = chain.then(() => appendFile(file, line, 'utf8')).catch((err: unknown) => onError(err));
    },
    flush() {
      return chain;
    },
  };
}
