// Issue 7, "done when": the same conversations (FAQ, call, assessment, callback) held over
// POST /api/messages as msteams, slack and webchat activities, each using only what that channel
// renders: Web Chat suggested actions, Teams card buttons (messageBack submits), Slack typed numbers.
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../src/rendering/cards';
import { SLACK_MAX_CHARS } from '../../src/rendering/render';
import { CHOICE_SUBMIT_KEY } from '../../src/rendering/submit';
import { allText, startTestBot, type TestBot, type TestConversation } from '../helpers/server';
import { CLINIC_PHONE, CLINIC_TEL } from '../helpers/clinic';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
});

type ChannelId = 'webchat' | 'msteams' | 'slack';

interface Offered {
  label: string;
  /** Picks the choice the way a person on this channel would. */
  pick(): Promise<Activity[]>;
}

const messages = (activities: Activity[]) => activities.filter((a) => a.type === 'message');

/** What each channel must (not) receive, checked on every reply of every conversation. */
function assertChannelRules(channelId: ChannelId, activities: Activity[]): void {
  for (const a of messages(activities)) {
    if (channelId === 'msteams') {
      expect(a.suggestedActions, 'Teams shows no suggested actions').toBeUndefined();
      for (const att of a.attachments ?? []) expect(att.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    }
    if (channelId === 'slack') {
      expect(a.attachments ?? [], 'Slack gets no cards').toEqual([]);
      expect(a.suggestedActions).toBeUndefined();
      expect((a.text ?? '').length).toBeLessThanOrEqual(SLACK_MAX_CHARS);
      expect(a.text ?? '').not.toMatch(/\*\*/); // markdown bold converted to mrkdwn
    }
    if (channelId === 'webchat') {
      for (const att of a.attachments ?? []) expect(att.contentType).toBe(ADAPTIVE_CARD_CONTENT_TYPE);
    }
  }
}

/** Every action on an activity's Adaptive Cards: top-level and inside body ActionSets. */
function cardActions(a: Activity): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.type === 'string' && n.type.startsWith('Action.')) out.push(n);
    walk(n.body);
    walk(n.actions);
  };
  for (const att of a.attachments ?? []) walk(att.content);
  return out;
}

/** The choices of the last reply that offers any, as this channel presents them. */
function offeredChoices(channelId: ChannelId, conv: TestConversation, activities: Activity[]): Offered[] {
  const msgs = messages(activities);
  for (let i = msgs.length - 1; i >= 0; i--) {
    const a = msgs[i]!;
    if (channelId === 'webchat') {
      const actions = a.suggestedActions?.actions ?? [];
      if (actions.length)
        return actions.map((x) => ({ label: String(x.title), pick: () => conv.say(String(x.value)) }));
    }
    if (channelId === 'msteams') {
      const submits = cardActions(a).filter((x) => x.type === 'Action.Submit');
      if (submits.length) {
        return submits.map((x) => {
          const data = x.data as Record<string, unknown> & { msteams: { text: string } };
          // What Teams posts for a messageBack button: the text and the whole data object as value.
          return { label: String(x.title), pick: () => conv.send({ text: data.msteams.text, value: data }) };
        });
      }
    }
    if (channelId === 'slack') {
      const text = a.text ?? '';
      const m = /((?:^\d+\. .+\n)+)Reply 1(?:, \d+)*(?: or \d+)?\.$/m.exec(text);
      if (m) {
        return m[1]!
          .trim()
          .split('\n')
          .map((line) => {
            const [, n, label] = /^(\d+)\. (.+)$/.exec(line)!;
            return { label: label!, pick: () => conv.say(n!) };
          });
      }
    }
  }
  return [];
}

function driver(channelId: ChannelId, opts: { conversationType?: string } = {}) {
  const conv = bot.conversation({ channelId, conversationType: opts.conversationType });
  let last: Activity[] = [];
  let seen = '';
  const record = (replies: Activity[]) => {
    // CHANNELS_TRANSCRIPT=1 prints what each channel received, for reviewing the rendering by eye.
    if (process.env.CHANNELS_TRANSCRIPT)
      console.log(
        `--- ${channelId}\n${messages(replies)
          .map((a) =>
            JSON.stringify({
              text: a.text,
              suggested: a.suggestedActions?.actions?.map((x) => x.title),
              attachments: a.attachments?.length,
            }),
          )
          .join('\n')}`,
      );
    assertChannelRules(channelId, replies);
    last = replies;
    seen += `\n${allText(replies)}`;
    return replies;
  };
  return {
    conv,
    get last() {
      return last;
    },
    get seen() {
      return seen;
    },
    say: async (text: string) => {
      if (process.env.CHANNELS_TRANSCRIPT) console.log(`>>> ${channelId} user: ${text}`);
      return record(await conv.say(text));
    },
    offered: () => offeredChoices(channelId, conv, last),
    /** Picks the first offered choice whose label matches; fails listing what was offered. */
    async choose(label: RegExp) {
      const choice = offeredChoices(channelId, conv, last).find((c) => label.test(c.label));
      if (choice && process.env.CHANNELS_TRANSCRIPT) console.log(`>>> ${channelId} picks: ${choice.label}`);
      if (!choice)
        throw new Error(
          `${channelId}: no choice matching ${label}; offered: ${offeredChoices(channelId, conv, last)
            .map((c) => c.label)
            .join(' | ')}\nlast: ${allText(last)}`,
        );
      return record(await choice.pick());
    },
    has: (label: RegExp) => offeredChoices(channelId, conv, last).some((c) => label.test(c.label)),
  };
}

const CHANNELS: ChannelId[] = ['webchat', 'msteams', 'slack'];

describe.each(CHANNELS)('on %s', (channelId) => {
  it('answers a FAQ', async () => {
    const d = driver(channelId);
    await d.say('hi');
    await d.say('can I keep running through knee pain?');
    expect(allText(d.last)).toMatch(/run through knee pain|make things worse/i);
  });

  it('gives the phone number the way the channel can use it', async () => {
    const d = driver(channelId);
    await d.say('how can I reach you by phone');
    const seen = allText(d.last);
    expect(seen).toContain(CLINIC_PHONE);
    if (channelId === 'slack') expect(seen).not.toContain('Action.OpenUrl');
    else expect(seen).toContain(CLINIC_TEL);
  });

  it('completes the assessment using only what the channel renders', async () => {
    const d = driver(channelId);
    await d.say('where does my knee hurt? help me work it out');
    if (!d.has(/back|behind/i)) await d.choose(/check|assess|where/i);
    await d.choose(/back|behind/i);
    // Answer every yes/no question until the assessment ends (no more yes/no choices).
    let questions = 0;
    for (; questions < 8 && d.has(/^no\b/i); questions++) await d.choose(questions === 0 ? /^yes\b/i : /^no\b/i);
    expect(questions).toBeGreaterThan(0);
    expect(d.has(/^no\b/i)).toBe(false);
    expect(d.seen).toMatch(/hamstring/i);
    expect(d.seen).toMatch(/popliteus/i);
    expect(d.seen).toMatch(/baker/i);
  });

  it('completes a callback request using only what the channel renders', async () => {
    const d = driver(channelId);
    await d.say('please call me back');
    for (let step = 0; step < 12 && !/reference is/i.test(allText(d.last)); step++) {
      const text = allText(d.last);
      if (/what name/i.test(text)) await d.say('Sam Runner');
      else if (/what number/i.test(text)) await d.say('(214) 555-0143');
      else if (d.has(/morning|afternoon|any time/i)) await d.choose(/morning|afternoon|any time/i);
      else if (d.has(/^skip$/i)) await d.choose(/^skip$/i);
      else if (d.has(/^yes/i)) await d.choose(/^yes/i);
      else if (d.has(/send it/i)) await d.choose(/send it/i);
      else throw new Error(`${channelId}: stuck in the callback flow at: ${text}`);
    }
    expect(allText(d.last)).toMatch(/reference is/i);
    const stored = await bot.app.stores.callbackStore.list();
    expect(stored.some((r) => r.name === 'Sam Runner' && r.phone === '+12145550143' && r.channelId === channelId)).toBe(
      true,
    );
  });
});

describe('channel specifics over HTTP', () => {
  const botMention = { type: 'mention', text: '<at>Knee Bot</at>', mentioned: { id: 'knee-bot', name: 'Knee Bot' } };

  it('Teams channel: answers when mentioned (mention stripped), stays silent otherwise', async () => {
    const conv = bot.conversation({ channelId: 'msteams', conversationType: 'channel' });
    const silent = await conv.say('how can I reach you by phone');
    expect(messages(silent)).toEqual([]);
    const answered = await conv.say('<at>Knee Bot</at> how can I reach you by phone', {
      entities: [botMention],
    } as Partial<Activity>);
    expect(allText(answered)).toContain(CLINIC_PHONE);
    expect(allText(answered)).not.toContain('<at>');
  });

  it('Teams: a card submit without text drives the dialog like the typed value', async () => {
    const conv = bot.conversation({ channelId: 'msteams' });
    const submitFor = (replies: Activity[], label: RegExp) =>
      messages(replies)
        .flatMap(cardActions)
        .find((x) => x.type === 'Action.Submit' && label.test(String(x.title))) as
        { data: Record<string, unknown> } | undefined;
    let replies = await conv.say('where does my knee hurt? help me work it out');
    if (!submitFor(replies, /back|behind/i))
      replies = await conv.submit({
        [CHOICE_SUBMIT_KEY]: submitFor(replies, /check|assess|where/i)!.data[CHOICE_SUBMIT_KEY],
      });
    // Only the payload, no text: what Emulator/Web Chat post for an Action.Submit.
    replies = await conv.submit({ [CHOICE_SUBMIT_KEY]: submitFor(replies, /back|behind/i)!.data[CHOICE_SUBMIT_KEY] });
    expect(allText(replies)).toMatch(/back of the knee/i);
    expect(submitFor(replies, /^yes$/i)).toBeDefined();
  });

  it('junk card submits are ignored safely', async () => {
    const conv = bot.conversation({ channelId: 'msteams' });
    for (const value of [{ [CHOICE_SUBMIT_KEY]: 42 }, { other: 'x' }, 'front', [1, 2]]) {
      const replies = await conv.submit(value);
      for (const a of messages(replies)) expect(a.text ?? '').not.toMatch(/error|exception/i);
    }
  });

  it('Slack: the typed label works as well as its number', async () => {
    const d = driver('slack');
    await d.say('where does my knee hurt? help me work it out');
    if (!d.has(/back|behind/i)) await d.choose(/check|assess|where/i);
    const label = d.offered().find((c) => /back|behind/i.test(c.label))!.label;
    await d.say(label);
    expect(d.seen).toMatch(/hamstring|popliteus|baker|back of the knee|behind the knee/i);
  });
});
