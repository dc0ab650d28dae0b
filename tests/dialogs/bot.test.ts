// KneeBot: greets each user once (with the disclaimer), before the first answer or when the user
// joins; ignores non-message activities; keeps state in the injected Storage.
import { MemoryStorage } from 'botbuilder';
import { describe as suite, expect, it } from 'vitest';
import { BotChat, joined, makeDeps, realKnowledge } from './harness';

const knowledge = realKnowledge();
const welcomeStart = knowledge.messages['welcome']!.replace('{clinic}', knowledge.clinic.name).slice(0, 40);

suite('welcome', () => {
  it("a new user's first message: welcome and disclaimer first, then the answer", async () => {
    const chat = new BotChat();
    const said = await chat.send('how can I reach you by phone');
    expect(said[0]!.text).toContain(welcomeStart);
    expect(said[0]!.text).toContain('not a diagnosis');
    expect(said[0]!.text).toContain('911');
    expect(joined(said.slice(1))).toContain(knowledge.clinic.phone.display);
  });

  it('is never repeated for the same user', async () => {
    const chat = new BotChat();
    await chat.send('hello');
    const second = await chat.send('what is runners knee');
    const third = await chat.send('help');
    expect(joined(second)).not.toContain(welcomeStart);
    expect(joined(third)).not.toContain(welcomeStart);
  });

  it('greets when the user joins (Web Chat / Direct Line), and not again on the first message', async () => {
    const chat = new BotChat();
    const joinedSaid = await chat.send({
      type: 'conversationUpdate',
      membersAdded: [
        { id: 'bot', name: 'Bot' },
        { id: 'user1', name: 'User' },
      ],
    });
    expect(joinedSaid.length).toBe(1);
    expect(joinedSaid[0]!.text).toContain(welcomeStart);
    expect(joinedSaid[0]!.choices.length).toBeGreaterThan(0);
    const first = await chat.send('what is runners knee');
    expect(joined(first)).not.toContain(welcomeStart);
  });

  it('only the bot joining (outside Teams) greets nobody', async () => {
    const chat = new BotChat();
    const said = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }] });
    expect(said).toEqual([]);
  });

  it('Teams personal install (the bot is added) greets the user once', async () => {
    const chat = new BotChat({ channelId: 'msteams' });
    const install = { type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }] };
    const said = await chat.send(install);
    expect(joined(said)).toContain(welcomeStart);
    expect(await chat.send(install)).toEqual([]);
  });

  it('the flag is per user and survives a new conversation (UserState)', async () => {
    const storage = new MemoryStorage();
    const a = new BotChat({ deps: makeDeps({ storage }), conversationId: 'c1' });
    await a.send('hello');
    const b = new BotChat({ deps: makeDeps({ storage }), conversationId: 'c2' });
    expect(joined(await b.send('what is runners knee'))).not.toContain(welcomeStart);
    const other = new BotChat({ deps: makeDeps({ storage }), conversationId: 'c3', userId: 'user2' });
    expect(joined(await other.send('hello'))).toContain(welcomeStart);
  });

  it('in a group conversation, each user is greeted once', async () => {
    const deps = makeDeps();
    const group = { deps, conversationId: 'group1', conversationType: 'groupChat' };
    const ann = new BotChat({ ...group, userId: 'ann' });
    const bob = new BotChat({ ...group, userId: 'bob' });
    expect(joined(await ann.send('hello'))).toContain(welcomeStart);
    expect(joined(await bob.send('hello'))).toContain(welcomeStart);
    expect(joined(await ann.send('what is runners knee'))).not.toContain(welcomeStart);
    expect(joined(await bob.send('what is runners knee'))).not.toContain(welcomeStart);
  });

  it('after the first turn, a turn reads the storage once (conversation state only)', async () => {
    const storage = new MemoryStorage();
    const reads: string[][] = [];
    const read = storage.read.bind(storage);
    storage.read = async (keys) => {
      reads.push(keys);
      return read(keys);
    };
    const chat = new BotChat({ deps: makeDeps({ storage }) });
    await chat.send('hello');
    reads.length = 0;
    await chat.send('what is runners knee');
    await chat.send('how long does it take to heal');
    expect(reads).toHaveLength(2);
    expect(reads.flat().every((key) => key.includes('/conversations/'))).toBe(true);
  });
});

suite('other activities', () => {
  it.each([
    { type: 'typing' },
    { type: 'event', name: 'webchat/join', value: {} },
    { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] },
    { type: 'installationUpdate', action: 'add' },
    { type: 'endOfConversation' },
  ])('$type is ignored politely', async (activity) => {
    const chat = new BotChat();
    await expect(chat.send(activity)).resolves.toEqual([]);
  });

  it('an unknown invoke is not a crash and gets no message', async () => {
    const chat = new BotChat();
    await expect(chat.send({ type: 'invoke', name: 'some/unknown' })).resolves.toEqual([]);
  });

  it('a Teams channel message that does not mention the bot gets no reply', async () => {
    const chat = new BotChat({ channelId: 'msteams', conversationType: 'channel' });
    expect(await chat.send('what is runners knee')).toEqual([]);
    // …while the same message with an @mention is answered.
    const mentioned = await chat.send({
      type: 'message',
      text: '<at>Bot</at> what is runners knee',
      entities: [{ type: 'mention', text: '<at>Bot</at>', mentioned: { id: 'bot', name: 'Bot' } }],
    });
    expect(joined(mentioned)).toContain(knowledge.byId.get('runners-knee')!.title);
  });

  // Teams delivers un-mentioned channel and group messages only with resource-specific consent (or
  // through a relay). When one comes, safety still comes first: a red flag, or the answer to the
  // bot's own question, is answered; questions, hellos and chatter are left to the people.
  const teamsGroup = () => new BotChat({ channelId: 'msteams', conversationType: 'groupChat' });
  const childFlag = knowledge.redFlags.find((f) => f.id === 'child-hip-knee-pain')!;
  const weightFlag = knowledge.redFlags.find((f) => f.id === 'cannot-bear-weight')!;

  it.each([
    ['my 14 yo has been limping and his knee pain wakes him up at night', childFlag],
    ['he fell off the ladder at work and now he cannot put any weight on that leg at all', weightFlag],
    ['ok so my daughter is 12, limps since practice on tuesday and says her knee hurts', childFlag],
  ])('a Teams group message without a mention that carries a red flag is answered: %s', async (text, flag) => {
    const said = await teamsGroup().send(text);
    expect(joined(said)).toContain(flag.advice);
  });

  it.each(['hi all', 'what is runners knee', 'lunch at noon?', 'how can I reach you by phone'])(
    'a Teams group message without a mention and without a red flag gets no reply: %s',
    async (text) => {
      expect(await teamsGroup().send(text)).toEqual([]);
    },
  );

  it('after a red flag in a Teams group, an un-mentioned plan to wait is answered with the warning again', async () => {
    const chat = teamsGroup();
    expect(joined(await chat.send('my 14 yo has been limping and his knee pain wakes him up at night'))).toContain(
      childFlag.advice,
    );
    const wait = await chat.send("can't we just rest him till the tournament on saturday");
    expect(wait).not.toEqual([]);
    expect(joined(wait)).toMatch(/today/i);
  });
});

suite('state', () => {
  it('a conversation in the middle of the assessment continues with a new bot on the same storage', async () => {
    const storage = new MemoryStorage();
    const before = new BotChat({ deps: makeDeps({ storage }) });
    const asked = await before.send('pain along the outside of my knee at mile 5');
    const question = asked[asked.length - 1]!.text;
    // A "restart": new bot, new state objects, same storage.
    const after = new BotChat({ deps: makeDeps({ storage }) });
    const next = await after.send('no');
    expect(next.length).toBeGreaterThan(0);
    expect(next[next.length - 1]!.text).not.toBe(question);
    expect(next[next.length - 1]!.choices).toEqual(['Yes', 'No']);
  });
});
