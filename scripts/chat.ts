// `npm run chat -- "first message" "second message" …`: talks to a running bot as a channel would
// (POST /api/messages with deliveryMode "expectReplies") and prints each reply: text, buttons and a
// line per card. For trying wording and flows by hand. BOT_URL picks the bot (default localhost:3978).
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';

interface Activity {
  type: string;
  text?: string;
  suggestedActions?: { actions?: { title?: string; value?: unknown }[] };
  attachments?: { contentType?: string; content?: unknown }[];
}

const USAGE = 'Usage: npm run chat -- [--channel webchat|msteams|slack|emulator] "message" ["message" …]';

function describe(a: Activity): string[] {
  const lines = [`  bot: ${a.text ?? ''}`];
  const buttons = a.suggestedActions?.actions?.map((x) => x.title ?? String(x.value)) ?? [];
  if (buttons.length) lines.push(`       [${buttons.join('] [')}]`);
  for (const card of a.attachments ?? [])
    lines.push(`       (${card.contentType}) ${JSON.stringify(card.content).slice(0, 300)}`);
  return lines;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { channel: { type: 'string', default: 'emulator' } },
  });
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const base = (process.env.BOT_URL ?? 'http://localhost:3978').replace(/\/+$/, '');
  const conversation = { id: `chat-${crypto.randomUUID()}` };
  for (const text of positionals) {
    process.stdout.write(`you: ${text}\n`);
    const response = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: crypto.randomUUID(),
        channelId: values.channel,
        serviceUrl: 'http://127.0.0.1:9/unused',
        deliveryMode: 'expectReplies',
        from: { id: 'chat-user', name: 'You' },
        recipient: { id: 'knee-bot' },
        conversation,
        text,
      }),
    });
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    const body = (await response.json()) as { activities?: Activity[] };
    for (const a of body.activities ?? [])
      if (a.type === 'message') process.stdout.write(`${describe(a).join('\n')}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n(is the bot running? npm start)\n`);
  process.exit(1);
});
