// The guard: is the database we hold still the file on disk, and can it take a write? Writes retry
// off the event loop while another process holds the lock; /healthz asks check().
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import {
  classifySqliteError,
  isBusy,
  isStoreUnavailable,
  type StoreProblem,
  StoreUnavailableError,
} from './sqliteErrors';

type SqliteDatabase = Database.Database;

export interface GuardOptions {
  /** How long a write may keep retrying while another process holds the lock (ms). */
  busyBudgetMs?: number;
  /** Below this much free space on the data folder's disk, /healthz reports a problem. */
  minFreeBytes?: number;
  /** Called once each time a new problem is seen (the caller logs it at error). */
  onProblem?: (reason: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type HealthVerdict = { ok: true } | { ok: false; reason: string };

export const DEFAULT_BUSY_BUDGET_MS = 1_500;
/** What one attempt may block the event loop waiting for a lock (SQLite's own busy wait). */
export const SHORT_BUSY_TIMEOUT_MS = 20;
export const DEFAULT_MIN_FREE_BYTES = 32 * 1024 * 1024;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class DatabaseGuard {
  private readonly identity?: { dev: number; ino: number };
  private readonly busyBudgetMs: number;
  private readonly minFreeBytes: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly probe;
  private lastProblem?: string;

  constructor(
    private readonly db: SqliteDatabase,
    readonly file: string,
    private readonly options: GuardOptions = {},
  ) {
    this.busyBudgetMs = options.busyBudgetMs ?? DEFAULT_BUSY_BUDGET_MS;
    this.minFreeBytes = options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    if (file !== ':memory:') {
      const st = fs.statSync(file);
      this.identity = { dev: st.dev, ino: st.ino };
    }
    this.probe = db.prepare<[number]>(
      'INSERT INTO health_probe (id, at_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at_ms = excluded.at_ms',
    );
  }

  get onDisk(): boolean {
    return this.identity !== undefined;
  }

  /**
   * Why the database we hold is no longer the file at its path (deleted, replaced, header
   * overwritten), or undefined. One stat (and a 16-byte read): cheap enough for every confirmation.
   */
  fileProblem(): { problem: StoreProblem; reason: string } | undefined {
    if (!this.db.open) return { problem: 'closed', reason: 'the database is closed' };
    if (!this.identity) return undefined;
    let st: fs.Stats;
    try {
      st = fs.statSync(this.file);
    } catch {
      return this.noted({
        problem: 'missing' as StoreProblem,
        reason: `the database file ${this.file} is missing (deleted while the bot runs)`,
      });
    }
    if (st.dev !== this.identity.dev || st.ino !== this.identity.ino) {
      return this.noted({
        problem: 'replaced' as StoreProblem,
        reason: `the database file ${this.file} was replaced by another file`,
      });
    }
    if (!this.headerIntact())
      return this.noted({
        problem: 'corrupt' as StoreProblem,
        reason: `the database file ${this.file} is corrupt (bad header)`,
      });
    return undefined;
  }

  private headerIntact(): boolean {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.file, 'r');
      const buf = Buffer.alloc(16);
      const n = fs.readSync(fd, buf, 0, 16, 0);
      // An empty file is what SQLite itself creates before the first commit.
      return n === 0 || buf.toString('latin1') === SQLITE_MAGIC;
    } catch {
      return false;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /** Logs a problem once (until it changes); returns it for chaining. */
  private noted<T extends { problem?: StoreProblem; reason: string }>(p: T): T {
    if (p.reason !== this.lastProblem) {
      this.lastProblem = p.reason;
      this.options.onProblem?.(p.reason);
    }
    return p;
  }

  /** Forget the last problem once healthy again, so a repeat is logged again. */
  private cleared(): void {
    this.lastProblem = undefined;
  }

  /**
   * Runs a synchronous write. While another process holds the lock each attempt blocks the event
   * loop only SHORT_BUSY_TIMEOUT_MS; between attempts the loop serves other turns. After the
   * budget the write fails with StoreUnavailableError('busy').
   */
  async write<T>(fn: () => T, budgetMs = this.busyBudgetMs): Promise<T> {
    const started = this.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return fn();
      } catch (err) {
        if (!isBusy(err)) {
          const known = classifySqliteError(err);
          if (known) throw new StoreUnavailableError(known.problem, this.noted(known).reason);
          throw err;
        }
        const left = started + budgetMs - this.now();
        if (left <= 0) {
          throw new StoreUnavailableError(
            'busy',
            this.noted({ problem: 'busy' as const, reason: 'the database is locked by another process' }).reason,
          );
        }
        // The last pause ends at the budget, so the caller hears back within it (plus one short wait).
        await this.sleep(Math.min(left, 200, 10 * 2 ** attempt));
      }
    }
  }

  /**
   * A write the bot will confirm to a person: it must land in the file that will still be there
   * after a restart. Checked before and after the commit (the row of a deleted file is lost).
   */
  async durableWrite<T>(fn: () => T): Promise<T> {
    const before = this.fileProblem();
    if (before) throw new StoreUnavailableError(before.problem, before.reason);
    const result = await this.write(fn);
    const after = this.fileProblem();
    if (after) throw new StoreUnavailableError(after.problem, after.reason);
    return result;
  }

  /** /healthz: the file, free disk space, and a write round-trip within `timeoutMs`. */
  async check(timeoutMs = 1_000): Promise<HealthVerdict> {
    const file = this.fileProblem();
    if (file) return { ok: false, reason: file.reason };
    if (this.identity) {
      try {
        const fsStat = await fs.promises.statfs(path.dirname(this.file));
        const free = Number(fsStat.bavail) * Number(fsStat.bsize);
        if (free < this.minFreeBytes) {
          return {
            ok: false,
            reason: this.noted({
              reason: `the disk holding ${path.dirname(this.file)} is almost full (${Math.floor(free / 1048576)} MB free)`,
            }).reason,
          };
        }
      } catch {
        // statfs unsupported here: the write round-trip below still catches a full disk.
      }
    }
    try {
      const stamp = this.now();
      await this.write(() => this.probe.run(stamp), timeoutMs);
    } catch (err) {
      return {
        ok: false,
        reason: isStoreUnavailable(err) ? err.message : `write failed: ${(err as Error)?.message ?? 'unknown error'}`,
      };
    }
    this.cleared();
    return { ok: true };
  }
}
