import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createUnansweredLog,
  MAX_LOGGED_CHARS,
  toRecord,
  UNANSWERED_FILE,
  vocabularyFrom,
} from '../../src/matching/unansweredLog';
import { loadKnowledge } from '../../src/knowledge/load';
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
    log.record('my name is Jane Doe, call me on (214) 555-0143 or jane@example.com about my shin', 'out-of-scope', [
      'a',
      'b',
      'c',
      'd',
    ]);
    log.record('marathon playlist?', 'unknown', []);
    await log.flush?.();
    const lines = readFileSync(join(dir, UNANSWERED_FILE), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ at: '2026-11-26T15:00:00.000Z', outcome: 'out-of-scope', top: ['a', 'b', 'c'] });
    expect(first.text).not.toMatch(/Jane|555\D?01\d\d|0143|example\.com/);
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
    writeFileSync(blocker, 'x');
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

// Issue 20 item 8: the log keeps no names, also where no "my name is" announces them. Written
// before the mechanism was tuned: first look 24 of 25 names hidden (the redactor alone: 4), plain
// questions 10 of 10 unchanged; the miss ("Tom Baker": Baker's cyst is a knee word) led to the
// surname rule.
describe('unanswered log keeps no names', () => {
  const k = loadKnowledge(join(__dirname, '../../knowledge'));
  const vocabulary = vocabularyFrom([
    k.entries,
    k.messages,
    k.clinic,
    k.synonyms,
    k.outOfScope,
    k.redFlags,
    k.locations,
  ]);
  const logged = (text: string) => toRecord(text, 'unknown', [], new Date(0), vocabulary).text;

  it.each([
    ['Sarah here, my knee hurts going downstairs', ['Sarah']],
    ['im sarah and my knee clicks', ['sarah']],
    ['jane doe', ['jane', 'doe']],
    ["This is Dr. Patel's patient, can I get my MRI results?", ['Patel']],
    ['hi its mike, do you take aetna insurance', ['mike']],
    ['Tell Dr Nguyen I said thanks', ['Nguyen']],
    ['my son Tyler hurt his knee playing soccer', ['Tyler']],
    ['Rebecca Ortiz', ['Rebecca', 'Ortiz']],
    ['can you ask Priya to call me', ['Priya']],
    ["I'm Carlos Mendez from the running club", ['Carlos', 'Mendez']],
    ["it's Brenda again, what about the results", ['Brenda']],
    ['call me maybe? — Jessica', ['Jessica']],
    ['Hi, Tom Baker, do you treat shoulders?', ['Tom', 'Baker']],
    ['my coach Steve says I should ice it, is that right?', ['Steve']],
    ["hello my name's kwame", ['kwame']],
    ['Olusegun Adeyemi asking about parking', ['Olusegun', 'Adeyemi']],
    ['my wife Maria has knee pain too', ['Maria']],
    ['Is Dr. Kowalski available on Saturdays?', ['Kowalski']],
    ['im dave', ['dave']],
    ['Fatima, 34, runner, knee swelling behind', ['Fatima']],
  ])('hides the name in "%s"', (text, names) => {
    const out = logged(text).toLowerCase();
    for (const name of names) expect(out).not.toContain(name.toLowerCase());
  });

  it.each([
    'marathon playlist?',
    'does cold weather make knee pain worse',
    'can I take ibuprofen before a race',
    'what shoes do you recommend for flat feet',
    'Is it ok to run on a treadmill',
    'My knee clicks when I squat',
    'How much does a visit cost',
    'Do you accept insurance',
    'What about hip pain',
  ])('keeps the question "%s" as typed', (text) => {
    expect(logged(text)).toBe(text);
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
