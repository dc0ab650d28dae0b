// Starts the real app (restify + CloudAdapter + bot) on 127.0.0.1:0 for HTTP-level tests,
// and holds conversations over POST /api/messages with deliveryMode "expectReplies".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Activity } from 'botbuilder';
import { createApp, type App, type AppOverrides } from '../../src/app';
import { loadConfig, type AppConfig } from '../../src/config';
import { silentLogger } from '../../src/logging';

export interface TestConversation {
  readonly id: string;
  readonly userId: string;
  readonly channelId: string;
  /** Sends a message and returns the bot's replies. */
  say(text: string, extra?: Partial<Activity>): Promise<Activity[]>;
  /** Sends a card submit (message with `value`, no text). */
  submit(value: unknown, extra?: Partial<Activity>): Promise<Activity[]>;
  /** Sends any activity fields on this conversation. */
  send(partial: Partial<Activity>): Promise<Activity[]>;
}

export interface TestBot {
  url: string;
  app: App;
  config: AppConfig;
  dataDir: string;
  /** Raw POST /api/messages; body is sent as given (object → JSON, string → as is). */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown; text: string }>;
  conversation(opts?: {
    channelId?: string;
    userId?: string;
    conversationId?: string;
    conversationType?: string;
  }): TestConversation;
  /** Stops and starts again on the same DATA_DIR and port-less URL (new URL returned in .url). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A message activity as a channel would send it, with replies requested in the HTTP response. */
export function testActivity(
  to: { channelId: string; userId: string; conversationId: string; conversationType?: string },
  partial: Partial<Activity> = {},
): Record<string, unknown> {
  return {
    type: 'message',
    id: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: to.channelId,
    serviceUrl: 'http://127.0.0.1:9/unused',
    from: { id: to.userId, name: 'Test Runner' },
    recipient: { id: 'knee-bot', name: 'Knee Bot' },
    conversation: { id: to.conversationId, ...(to.conversationType ? { conversationType: to.conversationType } : {}) },
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    ...partial,
  };
}

export const textsOf = (activities: Activity[]): string[] =>
  activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');

export async function startTestBot(
  env: Record<string, string> = {},
  overrides: Omit<AppOverrides, 'logger'> & { logger?: AppOverrides['logger'] } = {},
): Promise<TestBot> {
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'knee-bot-test-'));
  const ownsDataDir = env.DATA_DIR === undefined;
  const config = loadConfig({
    STORAGE: 'memory',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_CONVERSATION: '10000',
    RATE_LIMIT_PER_ADDRESS: '100000',
    ...env,
    DATA_DIR: dataDir,
    PORT: '0',
  });

  let app = await createApp(config, { logger: silentLogger, outbox: false, ...overrides });
  let url = await app.listen(0, '127.0.0.1');

  const post: TestBot['post'] = async (body, headers = {}) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, text };
  };

  const bot: TestBot = {
    get url() {
      return url;
    },
    get app() {
      return app;
    },
    config,
    dataDir,
    post,
    conversation(opts = {}) {
      const channelId = opts.channelId ?? 'test';
      const userId = opts.userId ?? `user-${crypto.randomUUID()}`;
      const id = opts.conversationId ?? `conv-${crypto.randomUUID()}`;
      const send = async (partial: Partial<Activity>): Promise<Activity[]> => {
        const activity = testActivity(
          { channelId, userId, conversationId: id, conversationType: opts.conversationType },
          partial,
        );
        const res = await post(activity);
        if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}: ${res.text}`);
        return ((res.body as { activities?: Activity[] } | undefined)?.activities ?? []) as Activity[];
      };
      return {
        id,
        userId,
        channelId,
        send,
        say: (text, extra = {}) => send({ text, ...extra }),
        submit: (value, extra = {}) => send({ value, ...extra } as Partial<Activity>),
      };
    },
    async restart() {
      await app.close(2_000);
      app = await createApp(config, { logger: silentLogger, outbox: false, ...overrides });
      url = await app.listen(0, '127.0.0.1');
    },
    async close() {
      await app.close(2_000);
      if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return bot;
}

/** Buttons offered by a reply, whatever the rendering: suggested actions, hero-card buttons, Adaptive Card actions. */
export function choicesOf(activities: Activity[]): Array<{ label: string; value: string; type?: string }> {
  const out: Array<{ label: string; value: string; type?: string }> = [];
  for (const a of activities) {
    for (const action of a.suggestedActions?.actions ?? []) {
      out.push({
        label: String(action.title ?? action.value),
        value: String(action.value ?? action.title),
        type: action.type,
      });
    }
    for (const att of a.attachments ?? []) {
      const content = att.content as Record<string, unknown> | undefined;
      const buttons = (content?.buttons as Array<Record<string, unknown>> | undefined) ?? [];
      for (const b of buttons)
        out.push({ label: String(b.title ?? ''), value: String(b.value ?? ''), type: String(b.type ?? '') });
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (node && typeof node === 'object') {
          const n = node as Record<string, unknown>;
          if (typeof n.type === 'string' && n.type.startsWith('Action.')) {
            const data = n.data as Record<string, unknown> | undefined;
            const msteams = data?.msteams as Record<string, unknown> | undefined;
            const value = (msteams?.text ?? data?.choice ?? data?.value ?? n.url ?? n.title) as string;
            out.push({ label: String(n.title ?? ''), value: String(value ?? ''), type: n.type });
          }
          for (const v of Object.values(n)) if (v && typeof v === 'object') walk(v);
        }
      };
      if (att.contentType === 'application/vnd.microsoft.card.adaptive') walk(content);
    }
  }
  return out;
}

/** The value of the first offered button whose label matches. */
export function pick(activities: Activity[], label: RegExp): string {
  const found = choicesOf(activities).find((c) => label.test(c.label));
  if (!found) {
    throw new Error(
      `no button matching ${label}; offered: ${choicesOf(activities)
        .map((c) => c.label)
        .join(' | ')}`,
    );
  }
  return found.value;
}

/** Everything a person would read in these replies (texts and card texts), for content assertions. */
export function allText(activities: Activity[]): string {
  return activities.map((a) => `${a.text ?? ''}\n${JSON.stringify(a.attachments ?? [])}`).join('\n');
}
