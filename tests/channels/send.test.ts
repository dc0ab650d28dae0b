import { TestAdapter, type TurnContext } from 'botbuilder';
import type { Activity } from 'botframework-schema';
import { describe, expect, it } from 'vitest';
import { OFFERED_CHOICES_ACCESSOR } from '../../src/channels/offered';
import { SLACK_MAX_CHARS } from '../../src/rendering/render';
import type { Reply } from '../../src/rendering/reply';
import { CHOICE_WORDING_KEY, sendReply } from '../../src/rendering/send';
import { realKnowledge } from '../dialogs/harness';

const { messages } = realKnowledge();
const ENGLISH_WORDING = { reply: messages['choices-reply']!, or: messages['list-or']! };

async function sentBy(
  channelId: string,
  reply: Reply,
  setup?: (ctx: TurnContext) => void,
): Promise<Partial<Activity>[]> {
  const adapter = new TestAdapter(async (ctx) => {
    // As the bot does each turn: the hint under numbered choices in the conversation's language.
    ctx.turnState.set(CHOICE_WORDING_KEY, ENGLISH_WORDING);
    setup?.(ctx);
    await sendReply(ctx, reply);
  });
  await adapter.processActivity({ type: 'message', text: 'hi', channelId });
  return adapter.activeQueue.splice(0);
}

describe('sendReply', () => {
  const long: Reply = {
    text: Array.from(
      { length: 10 },
      (_, i) => `Paragraph ${i + 1}. ${'Easy running and strength work help. '.repeat(12)}`,
    ).join('\n\n'),
    choices: [
      { label: 'Yes', value: 'yes' },
      { label: 'No', value: 'no' },
    ],
  };

  it('sends a long Slack reply as several messages within the limit', async () => {
    const sent = await sentBy('slack', long);
    expect(sent.length).toBeGreaterThan(1);
    for (const a of sent) expect(a.text!.length).toBeLessThanOrEqual(SLACK_MAX_CHARS);
    expect(sent.at(-1)!.text).toMatch(/Reply 1 or 2\.$/);
  });

  it('sends one activity elsewhere, rendered for the channel of the turn', async () => {
    const web = await sentBy('webchat', long);
    expect(web).toHaveLength(1);
    expect(web[0]!.suggestedActions?.actions).toHaveLength(2);
    const teams = await sentBy('msteams', long);
    expect(teams).toHaveLength(1);
    expect(teams[0]!.suggestedActions).toBeUndefined();
  });

  it('works without the middleware (dialog unit tests) and remembers nothing then', async () => {
    let accessor: unknown = 'unset';
    const sent = await sentBy('slack', { text: 'Pick', choices: long.choices }, (ctx) => {
      accessor = ctx.turnState.get(OFFERED_CHOICES_ACCESSOR);
    });
    expect(accessor).toBeUndefined();
    expect(sent).toHaveLength(1);
  });
});
