// The unanswered log's vocabulary (the words that are not names) is built at the first line logged,
// not at start-up (src/app.ts). Proof that this changes nothing: the knowledge it reads is the same
// after start-up and turns as when it was loaded, so the vocabulary built late equals the one built
// at start; and the log calls the builder once, only when a line is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, describe as suite, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { silentLogger } from '../../src/logging';
import { createUnansweredLog, vocabularyFrom } from '../../src/matching/unansweredLog';
import { projectRoot } from '../../src/paths';
import { benchActivity, benchEnv } from '../../scripts/lib/benchTurns';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const englishParts = (k: Knowledge) =>
  vocabularyFrom([k.entries, k.messages, k.clinic, k.synonyms, k.outOfScope, k.redFlags, k.locations]);

suite('the unanswered log vocabulary, built late', () => {
  it('equals the one built at load, after start-up and turns', async () => {
    const atLoad = englishParts(loadKnowledge(path.join(projectRoot(), 'knowledge')));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-vocab-'));
    dirs.push(dataDir);
    const config = loadConfig({ ...benchEnv(dataDir), LOG_LEVEL: 'silent', PORT: '0' });
    const app = await createApp(config, { logger: silentLogger, outbox: false, retentionSchedule: false });
    const texts = [
      'hi',
      'why does my knee hurt after running',
      'asdf qwerty',
      'can I get a call back',
      'mi rodilla duele',
    ];
    for (let i = 0; i < texts.length * 2; i++) {
      await app.adapter.processRequest(benchActivity(i, texts[i % texts.length]) as Activity, '', app.logic);
    }
    expect([...englishParts(app.knowledge)].sort()).toEqual([...atLoad].sort());
    await app.close(0);
  }, 120_000);

  it('is built once, at the first line, and hides names as the built set does', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-vocab-log-'));
    dirs.push(dir);
    const vocabulary = new Set(['knee', 'hurts', 'my']);
    let built = 0;
    const now = () => new Date('2026-11-26T15:00:00Z');
    const lazy = createUnansweredLog(path.join(dir, 'lazy'), { now, vocabulary: () => (built++, vocabulary) });
    const eager = createUnansweredLog(path.join(dir, 'eager'), { now, vocabulary });
    expect(built).toBe(0);
    for (const text of ['Sarah here my knee hurts', 'jane doe', 'my knee hurts']) {
      lazy.record(text, 'unknown', []);
      eager.record(text, 'unknown', []);
    }
    await Promise.all([lazy.flush?.(), eager.flush?.()]);
    expect(built).toBe(1);
    const read = (sub: string) => fs.readFileSync(path.join(dir, sub, fs.readdirSync(path.join(dir, sub))[0]!), 'utf8');
    expect(read('lazy')).toBe(read('eager'));
    expect(read('lazy')).toContain('[name]');
  });
});
