// A restify server with only the Direct Line routes, the lead's real BotAdapter and a tiny
// echo bot: exercises the in-process path without the whole app.
import restify from 'restify';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { BotAdapter } from '../../src/adapter';
import { fixedClock, type Clock } from '../../src/clock';
import { loadConfig, type AppConfig } from '../../src/config';
import { silentLogger } from '../../src/logging';
import { clinicOnlyKnowledge } from './knowledgeFixture';
import { registerDirectLine, type DirectLineDeps, type DirectLineHandle } from '../../src/directline';
import { CLINIC_PHONE, CLINIC_TEL } from '../helpers/clinic';

export interface Harness {
  url: string;
  config: AppConfig;
  clock: ReturnType<typeof fixedClock>;
  handle: DirectLineHandle;
  turns: Array<{
    type: string;
    text?: string;
    value?: unknown;
    fromId?: string;
    channelId?: string;
    locale?: string;
  }>;
  close(): Promise<void>;
}

const LOCATIONS = ['Front of the knee', 'Back of the knee'];

/** Greets on conversationUpdate, echoes text, reports card submits, offers a tel: card on "call". */
export async function echoLogic(context: TurnContext): Promise<void> {
  const a = context.activity;
  if (a.type === 'conversationUpdate') {
    if (a.membersAdded?.some((m) => m.id !== a.recipient.id)) {
      await context.sendActivity(MessageFactory.suggestedActions(LOCATIONS, 'Welcome to the clinic chat.'));
    }
    return;
  }
  if (a.type !== 'message') return;
  if (a.value !== undefined) {
    await context.sendActivity(`submitted ${JSON.stringify(a.value)}`);
    return;
  }
  if (a.text === 'call') {
    const card = CardFactory.heroCard('Call us', undefined, [{ type: 'openUrl', title: 'Call', value: CLINIC_TEL }]);
    await context.sendActivity(MessageFactory.attachment(card));
    return;
  }
  if (a.text === 'phone') {
    // What the clinic bot sends on the web: markdown with a tel: link (src/rendering/render.ts).
    await context.sendActivity({
      type: 'message',
      textFormat: 'markdown',
      text: `Happy to talk.\n\n[Call the clinic: **${CLINIC_PHONE}**](${CLINIC_TEL})`,
    });
    return;
  }
  if (a.text === 'boom') throw new Error('deliberate');
  await context.sendActivity(MessageFactory.suggestedActions(LOCATIONS, `echo: ${a.text}`));
}

export async function startHarness(
  env: Record<string, string> = {},
  extra: Partial<Pick<DirectLineDeps, 'limits' | 'fetchImpl' | 'sweepIntervalMs' | 'storage'>> & {
    clock?: Clock;
    /** The bot behind the Direct Line (default: the echo bot above). */
    bot?: (context: TurnContext) => Promise<void>;
  } = {},
): Promise<Harness> {
  const config = loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', ...env });
  const { bot, ...directLineExtra } = extra;
  const clock = fixedClock('2026-03-02T15:00:00Z');
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: config.limits.maxBodyBytes, mapParams: false }));
  const adapter = new BotAdapter(config);
  const turns: Harness['turns'] = [];
  const logic = async (context: TurnContext) => {
    const a = context.activity;
    turns.push({
      type: a.type,
      text: a.text,
      value: a.value,
      fromId: a.from?.id,
      channelId: a.channelId,
      locale: a.locale,
    });
    await (bot ?? echoLogic)(context);
  };
  const handle = registerDirectLine(server, {
    adapter,
    logic,
    config,
    logger: silentLogger,
    clock: extra.clock ?? clock,
    knowledge: clinicOnlyKnowledge(),
    ...directLineExtra,
  });
  await handle.ready;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    config,
    clock,
    handle,
    turns,
    async close() {
      await handle.close();
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A parsed response body: each test asserts the shape it expects, so the type stays open. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export async function json(res: Response): Promise<JsonBody> {
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

export async function getToken(
  url: string,
): Promise<{ token: string; conversationId: string; expires_in: number; domain: string; userId: string }> {
  const res = await fetch(`${url}/api/directline/token`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`token: ${res.status}`);
  return json(res);
}

export function dl(domain: string, token: string) {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  return {
    /** POST /conversations; `body` as the chat page sends it (`{ locale }`). */
    start: (body: unknown = {}) =>
      fetch(`${domain}/conversations`, { method: 'POST', headers, body: JSON.stringify(body) }),
    reconnect: (id: string, watermark = '') =>
      fetch(`${domain}/conversations/${id}?watermark=${watermark}`, { headers }),
    post: (id: string, activity: unknown) =>
      fetch(`${domain}/conversations/${id}/activities`, { method: 'POST', headers, body: JSON.stringify(activity) }),
    activities: (id: string, watermark = '') =>
      fetch(`${domain}/conversations/${id}/activities?watermark=${watermark}`, { headers }),
    refresh: () => fetch(`${domain}/tokens/refresh`, { method: 'POST', headers }),
  };
}

/** Polls until the predicate holds over the conversation's activities (turns run in the background). */
export async function waitForActivities(
  client: ReturnType<typeof dl>,
  id: string,
  done: (activities: JsonBody[]) => boolean,
  timeoutMs = 5000,
): Promise<{ activities: JsonBody[]; watermark: string }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const body = await json(await client.activities(id));
    if (done(body.activities)) return body;
    if (Date.now() > until)
      throw new Error(`timed out; got ${JSON.stringify(body.activities.map((a: JsonBody) => [a.type, a.text]))}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
