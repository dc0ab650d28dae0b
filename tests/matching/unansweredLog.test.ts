import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createUnansweredLog, MAX_LOGGED_CHARS, UNANSWERED_FILE } from '../../src/matching/unansweredLog';
import { summarise } from '../../scripts/report-unanswered';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'unanswered-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('unanswered log', () => {
  it('appends one JSON line per message with personal data stripped', async () => {
    const dir = join(tempDir(), 'nested');
    const log = createUnansweredLog(dir, { now: () => new Date('2026-11-26T15:00:00Z') });
    log.record('my name is Jane Doe, call me on (214) 555-0143 or jane@example.com about my shin', 'out-of-scope', ['a', 'b', 'c', 'd']);
    log.record('marathon playlist?', 'unknown', []);
    await log.flush?.();
    const lines = readFileSync(join(dir, UNANSWERED_FILE), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ at: '2026-11-26T15:00:00.000Z', outcome: 'out-of-scope', top: ['a', 'b', 'c'] });
    expect(first.text).not.toMatch(/Jane|555|0143|example\.com/);
    expect(first.text).toContain('[phone]');
    expect(first.text).toContain('[email]');
    expect(first.text).toContain('[name]');
    expect(JSON.parse(lines[1]!).text).toBe('marathon playlist?');
  });

  it('cuts long messages to 500 characters', async () => {
    const dir = tempDir();
    const log = createUnansweredLog(dir);
    log.record('knee '.repeat(400), 'clarify', []);
    await log.flush?.();
    const rec = JSON.parse(readFileSync(join(dir, UNANSWERED_FILE), 'utf8'));
    expect(rec.text.length).toBe(MAX_LOGGED_CHARS);
  });

  it('returns at once (the write happens later) and never throws into the turn', async () => {
    const errors: unknown[] = [];
    // A file where the directory should be: every write fails.
    const blocker = join(tempDir(), 'file');
    require('node:fs').writeFileSync(blocker, 'x');
    const log = createUnansweredLog(join(blocker, 'sub'), { onError: (e) => errors.push(e) });
    expect(() => log.record('anything', 'unknown', [])).not.toThrow();
    await log.flush?.();
    expect(errors.length).toBeGreaterThan(0);
  });

  it('is a no-op without a data directory', async () => {
    const log = createUnansweredLog(undefined);
    expect(() => log.record('x', 'unknown', [])).not.toThrow();
    await log.flush?.();
  });
});

describe('report:unanswered summary', () => {
  it('groups messages that differ only in case and punctuation, most frequent first, newest listed', () => {
    const lines = [
      JSON.stringify({ at: '2026-11-01T10:00:00Z', outcome: 'unknown', text: 'Marathon playlist?', top: [] }),
      JSON.stringify({ at: '2026-11-02T10:00:00Z', outcome: 'unknown', text: 'marathon playlist', top: [] }),
      JSON.stringify({ at: '2026-11-03T10:00:00Z', outcome: 'clarify', text: 'knee clicks', top: ['runners-knee'] }),
      'not json',
    ];
    const s = summarise(lines);
    expect(s.total).toBe(3);
    expect(s.badLines).toBe(1);
    expect(s.byOutcome).toEqual({ unknown: 2, clarify: 1 });
    expect(s.frequent[0]).toMatchObject({ count: 2 });
    expect(s.newest[0]!.text).toBe('knee clicks');
  });
});
