// Issue 9, "done when": two bot server processes share one Azurite, and one conversation that
// alternates between them turn by turn (as behind a round-robin load balancer) keeps its place.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths';
import { startAzurite, type RunningAzurite } from '../helpers/azurite';
import { testActivity } from '../helpers/server';

// Reading replies. tests/helpers/server.ts has the same helpers, but importing it loads the whole
// app into this process, which this test never runs in-process.
function choicesOf(activities: Activity[]): Array<{ label: string; value: string }> {
  const out: Array<{ label: string; value: string }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.type === 'string' && n.type.startsWith('Action.')) {
      const data = n.data as Record<string, unknown> | undefined;
      const msteams = data?.msteams as Record<string, unknown> | undefined;
      out.push({
        label: String(n.title ?? ''),
        value: String(msteams?.text ?? data?.choice ?? data?.value ?? n.title ?? ''),
      });
    }
    for (const v of Object.values(n)) if (v && typeof v === 'object') walk(v);
  };
  for (const a of activities) {
    for (const action of a.suggestedActions?.actions ?? [])
      out.push({ label: String(action.title ?? action.value), value: String(action.value ?? action.title) });
    for (const att of a.attachments ?? []) {
      const content = att.content as Record<string, unknown> | undefined;
      for (const b of (content?.buttons as Array<Record<string, unknown>> | undefined) ?? [])
        out.push({ label: String(b.title ?? ''), value: String(b.value ?? '') });
      if (att.contentType === 'application/vnd.microsoft.card.adaptive') walk(content);
    }
  }
  return out;
}
function pick(activities: Activity[], label: RegExp): string {
  const found = choicesOf(activities).find((c) => label.test(c.label));
  if (!found)
    throw new Error(
      `no button matching ${label}; offered: ${choicesOf(activities)
        .map((c) => c.label)
        .join(' | ')}`,
    );
  return found.value;
}
interface BotProcess {
  url: string;
  child: ChildProcess;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function startBotProcess(connectionString: string): Promise<BotProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-instance-'));
  // tsx by file URL: the child runs in a neutral cwd, where a bare "tsx" would not resolve.
  const tsx = pathToFileURL(path.join(projectRoot(), 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, path.join(projectRoot(), 'src', 'index.ts')], {
    cwd: os.tmpdir(), // no project .env is read by accident
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      STORAGE: 'azure',
      AZURE_STORAGE_CONNECTION_STRING: connectionString,
      AZURE_STORAGE_CONTAINER: 'shared-state',
      AZURE_CALLBACKS_TABLE: 'sharedcallbacks',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      KNOWLEDGE_DIR: path.join(projectRoot(), 'knowledge'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_CONVERSATION: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot process exited at start:\n${out}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`bot process not healthy within 45 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, dataDir, output: () => out, stop };
}

let azurite: RunningAzurite | undefined;
const bots: BotProcess[] = [];
beforeAll(async () => {
  azurite = await startAzurite();
  // Both at once on a fresh account: creating the container and table must be race-free too.
  const started = await Promise.allSettled([
    startBotProcess(azurite.connectionString),
    startBotProcess(azurite.connectionString),
  ]);
  for (const s of started) if (s.status === 'fulfilled') bots.push(s.value);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
}, 120_000);
afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  await azurite?.stop();
}, 60_000);

/**
 * One conversation; `route` picks the instance for each message (round robin, or pinned to one as
 * the control: what an uninterrupted single instance answers).
 */
function conversation(route: (turn: number) => number, channelId = 'webchat') {
  const conversationId = `conv-${crypto.randomUUID()}`;
  const userId = `user-${crypto.randomUUID()}`;
  const served: number[] = [];
  return {
    served,
    async say(text: string): Promise<Activity[]> {
      const which = route(served.length);
      served.push(which);
      const res = await fetch(`${bots[which]!.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(testActivity({ channelId, userId, conversationId }, { text })),
      });
      const body = await res.text();
      if (res.status !== 200)
        throw new Error(`instance ${which} answered ${res.status}: ${body}\n${bots[which]!.output()}`);
      return ((JSON.parse(body) as { activities?: Activity[] }).activities ?? []) as Activity[];
    },
  };
}

/** What a person sees per turn: the texts and the buttons offered. */
const seen = (replies: Activity[]) => ({
  texts: replies.filter((a) => a.type === 'message').map((a) => a.text ?? ''),
  buttons: choicesOf(replies).map((c) => c.label),
});

/** The whole guided assessment for pain behind the knee, answering "No" to every question. */
async function assessment(say: (text: string) => Promise<Activity[]>) {
  const turns = [];
  let replies = await say('hi');
  turns.push(seen(replies));
  replies = await say('where does my knee hurt? help me work it out');
  turns.push(seen(replies));
  if (!choicesOf(replies).some((c) => /back|behind/i.test(c.label))) {
    replies = await say(pick(replies, /check|assess|where/i));
    turns.push(seen(replies));
  }
  replies = await say(pick(replies, /back|behind/i));
  turns.push(seen(replies));
  // Each "No" answers a question that, round robin, the other instance asked.
  for (let i = 0; i < 8 && choicesOf(replies).some((c) => /^no\b/i.test(c.label)); i++) {
    replies = await say(pick(replies, /^no\b/i));
    turns.push(seen(replies));
  }
  return turns;
}

describe('two bot processes sharing one Azure Storage', () => {
  it('carry one assessment across alternating instances exactly as one instance would', async () => {
    const alternating = conversation((turn) => turn % 2);
    const pinned = conversation(() => 1);
    const viaBoth = await assessment((t) => alternating.say(t));
    const viaOne = await assessment((t) => pinned.say(t));

    // Greeting, where, location, the symptom questions, the red-flag check, the result.
    expect(viaBoth.length).toBeGreaterThanOrEqual(6);
    expect(viaBoth).toEqual(viaOne);
    const last = viaBoth[viaBoth.length - 1]!;
    expect(last.buttons.join(' | ')).toMatch(/Baker/i);
    expect(last.buttons.join(' | ')).toMatch(/callback/i);
    // The welcome was shown once, though both instances served the conversation.
    const welcome = viaBoth[0]!.texts[0]!;
    expect(welcome.length).toBeGreaterThan(0);
    expect(viaBoth.slice(1).some((t) => t.texts.includes(welcome))).toBe(false);
    expect(alternating.served).toEqual(viaBoth.map((_, i) => i % 2));
  });

  it('a double tap that lands on both instances at once never fails the request', async () => {
    const conv = conversation((turn) => turn % 2);
    await conv.say('hi');
    await conv.say('where does my knee hurt? help me work it out');
    // Mid-assessment: the same answer reaches both instances together (the later save loses the
    // eTag race; the user gets a reply either way, never an error status).
    const question = await conv.say('Back of the knee');
    expect(choicesOf(question).some((c) => /^no\b/i.test(c.label))).toBe(true);
    const both = await Promise.allSettled([conv.say('No'), conv.say('No')]);
    for (const r of both) {
      expect(r.status).toBe('fulfilled');
      if (r.status === 'fulfilled') expect(r.value.filter((a) => a.type === 'message').length).toBeGreaterThan(0);
    }
    // And the conversation goes on afterwards.
    const after = await conv.say('what are the warning signs?');
    expect(after.filter((a) => a.type === 'message').length).toBeGreaterThan(0);
  });

  it('keep state only in the shared account, nothing in their DATA_DIRs', () => {
    for (const b of bots) {
      const files = fs.existsSync(b.dataDir)
        ? fs.readdirSync(b.dataDir).filter((f) => f.endsWith('.db') || f.endsWith('.db-wal'))
        : [];
      expect(files).toEqual([]);
    }
  });

  it('both report healthy storage', async () => {
    for (const b of bots) {
      const res = await fetch(`${b.url}/healthz`);
      expect(res.status).toBe(200);
    }
  });
});
