import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import type { Activity } from 'botframework-schema';
import { describe, expect, it } from 'vitest';
import { cleanInboundText, unescapeSlackText } from '../../src/channels/clean';
import {
  InboundNormalizer,
  isAddressedToBot,
  ORIGINAL_TEXT,
  TEXT_SOURCE,
  teamsScope,
} from '../../src/channels/inbound';
import { mapTypedChoice, OFFERED_CHOICES_PROPERTY } from '../../src/channels/offered';
import type { Reply } from '../../src/rendering/reply';
import { CHOICE_WORDING_KEY, sendReply } from '../../src/rendering/send';
import { realKnowledge } from '../dialogs/harness';

const { messages } = realKnowledge();
/** As the bot sets it each turn: the hint under numbered choices ("Reply 1, 2 or 3."). */
const ENGLISH_WORDING = { reply: messages['choices-reply']!, or: messages['list-or']! };
import { CHOICE_SUBMIT_KEY } from '../../src/rendering/submit';

const where: Reply = {
  text: 'Where does it hurt?',
  choices: [
    { label: 'Front of the knee', value: 'front' },
    { label: 'Back of the knee', value: 'back' },
    { label: 'Inner side', value: 'inner' },
  ],
};

interface Seen {
  text: string | undefined;
  addressed: boolean;
  source: unknown;
  original: unknown;
}

/** A bot that records what it was given and offers `where` whenever asked "ask". */
function harness(channelId: string, names: readonly string[] = []) {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const seen: Seen[] = [];
  const adapter = new TestAdapter(async (context: TurnContext) => {
    seen.push({
      text: context.activity.text,
      addressed: isAddressedToBot(context),
      source: context.turnState.get(TEXT_SOURCE),
      original: context.turnState.get(ORIGINAL_TEXT),
    });
    if (!isAddressedToBot(context)) return;
    context.turnState.set(CHOICE_WORDING_KEY, ENGLISH_WORDING);
    if (context.activity.text === 'ask') await sendReply(context, where);
    else if (context.activity.text === 'answer then ask') {
      await sendReply(context, { text: 'Here is the answer.' });
      await sendReply(context, where);
      await sendReply(context, { text: 'Or ask me anything.' });
    } else await sendReply(context, { text: `got ${context.activity.text ?? ''}` });
  });
  adapter.use(new InboundNormalizer(conversationState, names));
  const conversation = { id: `conv-${channelId}`, conversationType: 'personal' } as Activity['conversation'];
  const send = async (partial: Partial<Activity>) => {
    const before = adapter.activeQueue.length;
    await adapter.processActivity({ type: 'message', channelId, conversation, ...partial });
    return adapter.activeQueue.splice(before);
  };
  return { adapter, seen, send, storage, conversationState };
}

describe('InboundNormalizer: card submits', () => {
  it('turns a submit payload without text into the text of the choice', async () => {
    const h = harness('webchat');
    await h.send({ value: { [CHOICE_SUBMIT_KEY]: ' back ' } });
    expect(h.seen[0]).toMatchObject({ text: 'back', source: 'submit' });
  });

  it('prefers the payload over text a host added (Teams messageBack)', async () => {
    const h = harness('msteams');
    await h.send({ text: 'back', value: { [CHOICE_SUBMIT_KEY]: 'back', msteams: { type: 'messageBack' } } });
    expect(h.seen[0]!.text).toBe('back');
  });

  it.each([
    ['a string', 'front'],
    ['an array', ['front']],
    ['a number payload', { [CHOICE_SUBMIT_KEY]: 2 }],
    ['an empty value', { [CHOICE_SUBMIT_KEY]: '   ' }],
    ['a huge value', { [CHOICE_SUBMIT_KEY]: 'x'.repeat(5000) }],
    ['someone else’s payload', { action: 'delete' }],
    ['null', null],
  ])('ignores junk submit values safely: %s', async (_name, value) => {
    const h = harness('webchat');
    await h.send({ value });
    expect(h.seen).toHaveLength(1);
    expect(h.seen[0]!.text).toBeUndefined();
    expect(h.seen[0]!.source).toBeUndefined();
  });
});

describe('InboundNormalizer: Teams mentions', () => {
  const bot = { id: '28:bot-id', name: 'Knee Bot' };
  const mention = (id: string, name: string) => ({
    type: 'mention',
    text: `<at>${name}</at>`,
    mentioned: { id, name },
  });

  it('strips the bot mention in a channel and answers', async () => {
    const h = harness('msteams');
    await h.send({
      text: '<at>Knee Bot</at> what is runners knee?',
      recipient: bot,
      conversation: { id: 'c1', conversationType: 'channel', isGroup: true } as Activity['conversation'],
      entities: [mention(bot.id, bot.name)],
    });
    expect(h.seen[0]).toMatchObject({
      text: 'what is runners knee?',
      addressed: true,
      original: '<at>Knee Bot</at> what is runners knee?',
    });
  });

  it('drops the no-break space Teams leaves after a mention', async () => {
    const h = harness('msteams');
    await h.send({
      text: '<at>Knee Bot</at>&nbsp;help\u00A0me',
      recipient: bot,
      conversation: { id: 'c0', conversationType: 'channel' } as Activity['conversation'],
      entities: [mention(bot.id, bot.name)],
    });
    expect(h.seen[0]!.text).toBe('help me');
  });

  it('strips every copy of the bot mention and keeps other people’s names', async () => {
    const h = harness('msteams');
    await h.send({
      text: '<at>Knee Bot</at> tell <at>Ana</at> about stretching <at>Knee Bot</at>',
      recipient: bot,
      conversation: { id: 'c2', conversationType: 'groupChat', isGroup: true } as Activity['conversation'],
      entities: [mention(bot.id, bot.name), mention('29:ana', 'Ana'), mention(bot.id, bot.name)],
    });
    expect(h.seen[0]).toMatchObject({ text: 'tell Ana about stretching', addressed: true });
  });

  it('marks channel and group messages that do not mention the bot, and the bot stays silent', async () => {
    const h = harness('msteams');
    for (const conversationType of ['channel', 'groupChat']) {
      const sent = await h.send({
        text: '<at>Ana</at> see you at practice',
        recipient: bot,
        conversation: { id: `c-${conversationType}`, conversationType } as Activity['conversation'],
        entities: [mention('29:ana', 'Ana')],
      });
      expect(sent).toEqual([]);
    }
    expect(h.seen.map((s) => s.addressed)).toEqual([false, false]);
  });

  it('a mention sent only as text (no mention entities) at the start is the bot’s', async () => {
    const h = harness('msteams');
    for (const conversationType of ['groupChat', 'personal']) {
      await h.send({
        text: '<at>Knee Helper</at> thanks',
        recipient: bot,
        conversation: { id: `t-${conversationType}`, conversationType } as Activity['conversation'],
      });
    }
    expect(h.seen.map((s) => [s.text, s.addressed])).toEqual([
      ['thanks', true],
      ['thanks', true],
    ]);
  });

  it('a handle typed as text with one of the bot’s names (no mention entities) addresses it; other @names do not', async () => {
    const h = harness('msteams', ['Innovative Health']);
    const group = { id: 'g-names', conversationType: 'groupChat', isGroup: true } as Activity['conversation'];
    for (const text of [
      '@Innovative Health is clicking bad? asking for greg',
      'ok for real @innovativehealth he says it swelled up',
      '@Knee Pain Helper whats your number',
      '@Greg did you ice it?',
    ]) {
      await h.send({ text, recipient: bot, conversation: group });
    }
    expect(h.seen.map((s) => [s.text?.replace(/\s+/g, ' ').trim(), s.addressed])).toEqual([
      ['is clicking bad? asking for greg', true],
      ['ok for real he says it swelled up', true],
      ['whats your number', true],
      ['@Greg did you ice it?', false],
    ]);
  });

  it('treats a card submit in a channel as addressed to the bot', async () => {
    const h = harness('msteams');
    await h.send({
      text: 'back',
      value: { [CHOICE_SUBMIT_KEY]: 'back' },
      recipient: bot,
      conversation: { id: 'c3', conversationType: 'channel' } as Activity['conversation'],
    });
    expect(h.seen[0]).toMatchObject({ text: 'back', addressed: true });
  });

  it('answers personal chats without a mention', async () => {
    const h = harness('msteams');
    await h.send({ text: 'hello', recipient: bot });
    expect(h.seen[0]).toMatchObject({ text: 'hello', addressed: true });
    expect(teamsScope({})).toBe('personal');
    expect(teamsScope({ conversation: { conversationType: 'channel' } as Activity['conversation'] })).toBe('channel');
  });

  it('survives a mention entity without text', async () => {
    const h = harness('msteams');
    await h.send({
      text: 'hello',
      recipient: bot,
      entities: [{ type: 'mention', mentioned: { id: bot.id, name: bot.name } }],
    });
    expect(h.seen[0]!.text).toBe('hello');
  });
});

describe('InboundNormalizer: typed numbers', () => {
  it('on Slack maps "2" to the 2nd choice last offered, remembered in conversation state', async () => {
    const h = harness('slack');
    const [offer] = await h.send({ text: 'ask' });
    expect(offer!.text).toContain('Reply 1, 2 or 3');
    await h.send({ text: '2' });
    await h.send({ text: 'ask' });
    await h.send({ text: 'option three' });
    await h.send({ text: 'ask' });
    await h.send({ text: 'front of the knee' });
    expect(h.seen.map((s) => s.text)).toEqual(['ask', 'back', 'ask', 'inner', 'ask', 'front']);
    expect(h.seen[1]!.source).toBe('number');
    expect(h.seen[5]!.source).toBe('label');
  });

  it('remembers durably: a new state instance on the same storage still knows the choices', async () => {
    const h = harness('slack');
    await h.send({ text: 'ask' });
    const reloaded = new ConversationState(h.storage);
    const seenText: (string | undefined)[] = [];
    const adapter = new TestAdapter(async (ctx) => {
      seenText.push(ctx.activity.text);
    });
    adapter.use(new InboundNormalizer(reloaded));
    await adapter.processActivity({
      type: 'message',
      channelId: 'slack',
      text: '#1',
      conversation: { id: 'conv-slack' } as Activity['conversation'],
    });
    expect(seenText).toEqual(['front']);
  });

  it('forgets stale choices when the next reply offers none', async () => {
    const h = harness('slack');
    await h.send({ text: 'ask' });
    await h.send({ text: 'hello' });
    await h.send({ text: '2' });
    expect(h.seen.map((s) => s.text)).toEqual(['ask', 'hello', '2']);
  });

  it('keeps the choices of a prompt followed by more text in the same turn', async () => {
    const h = harness('slack');
    await h.send({ text: 'answer then ask' });
    await h.send({ text: '1' });
    expect(h.seen[1]!.text).toBe('front');
  });

  it('leaves numbers alone on Web Chat (no numbered list there) and out-of-range ones everywhere', async () => {
    const web = harness('webchat');
    await web.send({ text: 'ask' });
    await web.send({ text: '2' });
    await web.send({ text: 'ask' });
    await web.send({ text: 'Back of the knee' });
    expect(web.seen.map((s) => s.text)).toEqual(['ask', '2', 'ask', 'back']);
    const slack = harness('slack');
    await slack.send({ text: 'ask' });
    await slack.send({ text: '7' });
    expect(slack.seen[1]!.text).toBe('7');
  });

  it('never rewrites free text that merely contains a choice', async () => {
    const h = harness('slack');
    await h.send({ text: 'ask' });
    await h.send({ text: 'the front hurts and it is swollen' });
    expect(h.seen[1]!.text).toBe('the front hurts and it is swollen');
  });

  it('stores only a bounded copy of the choices under its own property name', async () => {
    const h = harness('slack');
    await h.send({ text: 'ask' });
    // MemoryStorage keeps its items in `memory`; the test adapter's template decides the conversation id.
    const keys = Object.keys((h.storage as unknown as { memory: Record<string, string> }).memory);
    const key = keys.find((k) => k.startsWith('slack/conversations/'))!;
    const stored = (await h.storage.read([key]))[key] as Record<string, unknown>;
    expect(stored[OFFERED_CHOICES_PROPERTY]).toEqual({ choices: where.choices });
  });
});

describe('InboundNormalizer: cleaning', () => {
  it('trims and removes control and bidi characters', async () => {
    const h = harness('webchat');
    await h.send({ text: '  my\u202E knee\u0007 hurts\u200B\r\n\u2066on stairs\u2069 ' });
    expect(h.seen[0]!.text).toBe('my knee hurts\non stairs');
  });

  it('unescapes Slack markup', async () => {
    const h = harness('slack');
    await h.send({ text: '<@U123> pain &lt;3 weeks &amp; worse, see <https://example.org|this>' });
    expect(h.seen[0]!.text).toBe('pain <3 weeks & worse, see this');
  });

  it('leaves non-message activities alone', async () => {
    const h = harness('msteams');
    await h.send({ type: 'conversationUpdate', text: ' \u202E ' });
    expect(h.seen[0]!.text).toBe(' \u202E ');
  });
});

describe('pure helpers', () => {
  it('cleanInboundText and unescapeSlackText', () => {
    expect(cleanInboundText('\uFEFFhi\u0000')).toBe('hi');
    expect(unescapeSlackText('<tel:+12145550143|214 555 0143>')).toBe('214 555 0143');
    expect(unescapeSlackText('<mailto:a@b.co>')).toBe('a@b.co');
  });
  it('mapTypedChoice', () => {
    const offered = { choices: where.choices! };
    expect(mapTypedChoice('3', offered, true)).toEqual({ value: 'inner', by: 'number' });
    expect(mapTypedChoice('3', offered, false)).toBeUndefined();
    expect(mapTypedChoice('Inner side', offered, false)).toEqual({ value: 'inner', by: 'label' });
    expect(mapTypedChoice('1', undefined, true)).toBeUndefined();
  });
});
