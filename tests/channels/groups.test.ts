// Issue 16, group conversations: in a Teams channel (and group chat) and a Slack channel, several
// members talk to the bot in one conversation. Each member's state is their own, nobody is asked for
// a name, number or symptoms in public: the flow moves to a private 1:1 chat the bot opens through
// the channel's connector (a fake one here), or the person is asked to message privately or call.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { allText, startTestBot, type TestBot } from '../helpers/server';

/** A Bot Framework connector that can (or cannot) create conversations, recording what it gets. */
class FakeConnector {
  readonly created: Array<{ members?: Array<{ id: string }>; isGroup?: boolean; tenantId?: string }> = [];
  readonly sent: Array<{ conversationId: string; activity: Activity }> = [];
  canCreate = true;
  private server!: http.Server;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const json = body ? JSON.parse(body) : {};
        res.setHeader('content-type', 'application/json');
        if (req.method === 'POST' && req.url === '/v3/conversations') {
          if (!this.canCreate) {
            res.statusCode = 403;
            return res.end(
              JSON.stringify({ error: { code: 'Forbidden', message: 'bot cannot start conversations here' } }),
            );
          }
          this.created.push(json);
          return res.end(JSON.stringify({ id: `private-${json.members?.[0]?.id ?? 'x'}` }));
        }
        const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        if (req.method === 'POST' && m) {
          this.sent.push({ conversationId: decodeURIComponent(m[1]!), activity: json });
          return res.end(JSON.stringify({ id: `act-${this.sent.length}` }));
        }
        res.statusCode = 404;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  privateTexts(memberId: string): string {
    return this.sent
      .filter((s) => s.conversationId === `private-${memberId}`)
      .map((s) => JSON.stringify(s.activity))
      .join('\n');
  }

  reset(): void {
    this.created.length = 0;
    this.sent.length = 0;
    this.canCreate = true;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let bot: TestBot;
const connector = new FakeConnector();
beforeAll(async () => {
  await connector.start();
  bot = await startTestBot();
});
afterAll(async () => {
  await bot?.close();
  await connector.close();
});
afterEach(() => connector.reset());

const botMention = { type: 'mention', text: '<at>Knee Bot</at>', mentioned: { id: 'knee-bot', name: 'Knee Bot' } };
const alice = { id: 'aad-alice', name: 'Alice' };
const bob = { id: 'aad-bob', name: 'Bob' };

/** One Teams channel thread, two members, each @mentioning the bot. */
function teamsChannel() {
  const conv = bot.conversation({
    channelId: 'msteams',
    conversationId: `19:chan@thread.tacv2;messageid=${Date.now()}`,
    conversationType: 'channel',
  });
  return (member: typeof alice, text: string) =>
    conv.say(`<at>Knee Bot</at> ${text}`, {
      from: member,
      entities: [botMention],
      serviceUrl: connector.url,
      conversation: { id: conv.id, name: '', conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { tenant: { id: 'tenant-1' }, channel: { id: '19:chan@thread.tacv2' } },
    } as Partial<Activity>);
}

/** One Slack channel, two members. */
function slackChannel() {
  const id = `B01BOT:T01TEAM:C01CHAN${Date.now()}`;
  const conv = bot.conversation({ channelId: 'slack', conversationId: id });
  return (member: { id: string; name: string }, text: string) =>
    conv.say(text, {
      from: member,
      serviceUrl: connector.url,
      conversation: { id, name: '', isGroup: true, conversationType: '' },
      channelData: { SlackMessage: { event: { type: 'message', channel: 'C01CHAN', channel_type: 'channel', text } } },
    } as Partial<Activity>);
}

describe('Teams channel with two members', () => {
  it('moves a callback to a private chat with that member; another member is never read as the answer', async () => {
    const say = teamsChannel();
    const inChannel = await say(alice, 'can someone call me back');
    expect(allText(inChannel)).toContain("I've sent you a private message");
    expect(allText(inChannel)).not.toContain('What name should we ask for');
    // The private chat was created with Alice alone, in her tenant, and the questions went there.
    expect(connector.created).toHaveLength(1);
    expect(connector.created[0]).toMatchObject({
      isGroup: false,
      members: [{ id: 'aad-alice' }],
      tenantId: 'tenant-1',
    });
    expect(connector.privateTexts('aad-alice')).toContain('What name should we ask for');

    // Bob types a number in the channel: a message of his own, not Alice's answer.
    const bobSays = await say(bob, '214-555-0177');
    expect(allText(bobSays)).not.toMatch(/Thanks, .*What number should we call/);
    expect(allText(bobSays)).not.toContain('What name should we ask for');

    // Alice goes on in the private chat (its own conversation id, as Teams would post it).
    const privateConv = bot.conversation({
      channelId: 'msteams',
      userId: alice.id,
      conversationId: 'private-aad-alice',
    });
    const next = await privateConv.say('Alice Moore', { from: alice, serviceUrl: connector.url } as Partial<Activity>);
    expect(allText(next)).toContain('What number should we call?');
  });

  it('moves the knee questions to a private chat too (symptoms are not asked in public)', async () => {
    const say = teamsChannel();
    const inChannel = await say(bob, 'pain on the outside of my knee when I run');
    expect(allText(inChannel)).toContain("I've sent you a private message");
    expect(connector.privateTexts('aad-bob')).toMatch(/downhill|outside|outer/i);
  });

  it('falls back to "message me privately or call" when no private chat can be opened', async () => {
    connector.canCreate = false;
    const say = teamsChannel();
    const said = await say(alice, 'call me back');
    expect(allText(said)).toContain('message me directly');
    expect(allText(said)).toContain('(214)');
    expect(allText(said)).not.toContain('What name should we ask for');
  });

  it('answers questions in the channel thread as usual', async () => {
    const say = teamsChannel();
    const said = await say(alice, 'what are your opening hours');
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((a) => a.conversation?.id?.includes(';messageid='))).toBe(true);
  });
});

describe('Slack channel with two members', () => {
  it("keeps each member's choices their own: Bob's \"1\" is not Alice's first button", async () => {
    const say = slackChannel();
    const alices = await say({ id: 'U0ALICE:T01TEAM', name: 'alice' }, 'hi');
    expect(allText(alices)).toMatch(/1\./); // numbered choices for Alice
    const bobs = await say({ id: 'U0BOB:T01TEAM', name: 'bob' }, '1');
    // For Bob, "1" was never a choice: it is not turned into Alice's first option.
    expect(allText(bobs)).not.toContain('Where does it hurt');
    expect(allText(bobs)).not.toContain("I've sent you a private message");
  });

  it('moves a callback to a direct message, or asks to message privately when Slack refuses', async () => {
    const say = slackChannel();
    const moved = await say({ id: 'U0ALICE:T01TEAM', name: 'alice' }, 'please call me back');
    expect(allText(moved)).toContain("I've sent you a private message");
    expect(connector.created[0]).toMatchObject({ isGroup: false, members: [{ id: 'U0ALICE:T01TEAM' }] });
    expect(connector.privateTexts('U0ALICE:T01TEAM')).toContain('What name should we ask for');

    connector.canCreate = false;
    const refused = await say({ id: 'U0BOB:T01TEAM', name: 'bob' }, 'call me back');
    expect(allText(refused)).toContain('message me directly');
  });
});

describe('callbacks over HTTP, 1:1 (issue 16)', () => {
  // Tuesday 10am in Dallas, so "tomorrow morning" is a working morning.
  let tuesday: TestBot;
  beforeAll(async () => {
    tuesday = await startTestBot({}, { clock: fixedClock('2026-11-24T16:00:00Z') });
  });
  afterAll(async () => {
    await tuesday?.close();
  });

  it('Slack DM: a one-sentence request, "yes" where Send is asked sends it', async () => {
    const conv = tuesday.conversation({ channelId: 'slack', conversationId: `B01BOT:T01TEAM:D01DM${Date.now()}` });
    const first = await conv.say("Hi, I'm Robert Chen, please call me at 214-555-0177 tomorrow morning");
    expect(allText(first)).toContain('Robert Chen');
    await conv.say('skip');
    const summary = await conv.say('yes');
    expect(allText(summary)).toContain('Shall I send it');
    const done = await conv.say('yes');
    expect(allText(done)).toContain('Your request is with the clinic');
  });

  it('Teams personal chat: pressing Send again on the old card says it is already sent, with the reference', async () => {
    const conv = bot.conversation({ channelId: 'msteams', conversationType: 'personal' });
    for (const text of ['call me back', 'Sam Lee', '214.555.0143', 'morning', 'skip', 'yes']) await conv.say(text);
    // What Teams posts for the card's messageBack button.
    const send = () =>
      conv.send({
        text: 'Send it',
        value: { choice: 'Send it', msteams: { type: 'messageBack', text: 'Send it' } },
      } as Partial<Activity>);
    const done = await send();
    const ref = /reference is \*\*([A-Z0-9]{8})\*\*/.exec(allText(done))?.[1];
    expect(ref).toBeDefined();
    const again = await send();
    expect(allText(again)).toContain('already with the clinic');
    expect(allText(again)).toContain(ref!);
  });
});
