// Issue 16: conversations the way people talk — callbacks from one sentence, a red flag inside a
// callback, quitting at every step, short answers. The whole MainDialog with the real knowledge.
import { describe, expect, it } from 'vitest';
import type { CallbackDetails } from '../../src/callbacks/types';
import { unknownReply } from '../../dialogs/replies';
import { DialogChat, makeDeps, realKnowledge } from './harness';

const texts = (said: Array<{ text: string }>) => said.map((s) => s.text).join('\n');
const lastText = (said: Array<{ text: string }>) => said[said.length - 1]?.text ?? '';

/** A chat whose store records what the dialog hands it. */
function recordingChat(now?: string): { chat: DialogChat; handed: CallbackDetails[] } {
  const deps = makeDeps(now ? { now } : {});
  const handed: CallbackDetails[] = [];
  const create = deps.callbackStore.create.bind(deps.callbackStore);
  deps.callbackStore.create = async (details, at) => {
    handed.push(details);
    return create(details, at);
  };
  return { chat: new DialogChat({ deps }), handed };
}

describe('a callback from one sentence', () => {
  it('takes name, number and time given up front, confirms them and asks only what is missing', async () => {
    const { chat, handed } = recordingChat();
    const first = await chat.send("Hi, I'm Robert Chen, please call me at 214-555-0177 tomorrow morning");
    const said = texts(first);
    expect(said).toContain('Robert Chen');
    expect(said).toContain('(214) 555-0177');
    expect(said).toContain('Wed 25 Nov (tomorrow), morning');
    // Name, number and time are known: the next question is the reason, not the name.
    expect(lastText(first)).toContain('what would you like to talk about');
    await chat.send('Skip');
    await chat.send('yes');
    await chat.send('Send it');
    expect(handed[0]).toMatchObject({
      name: 'Robert Chen',
      phone: '+12145550177',
      preferredTime: 'morning',
      preferredDate: '2026-11-25',
    });
    expect(handed[0]!.idempotencyKey).toMatch(/[0-9a-f-]{36}/);
  });

  it('keeps a specific time as said ("after 5pm today"), and "in an hour" while the clinic is open', async () => {
    const { chat, handed } = recordingChat();
    await chat.send('My name is Ana Ruiz, can you call me back after 5pm today on 214 555 0143');
    await chat.send('Skip');
    const summary = await chat.send('yes');
    expect(summary.map((s) => s.all).join('\n')).toContain('after 5pm');
    await chat.send('yes'); // "yes" where Send is asked sends it
    expect(handed[0]).toMatchObject({
      preferredAt: '2026-11-24T23:00:00.000Z',
      preferredTimeText: 'after 5pm today',
      preferredDate: '2026-11-24',
    });

    const other = recordingChat();
    await other.chat.send('call me back');
    await other.chat.send('Sam Lee');
    await other.chat.send('214.555.0143');
    const when = await other.chat.send('in an hour');
    expect(lastText(when)).toContain('what would you like to talk about');
  });

  it('refuses a time only when the clinic is closed then, with the nearest options (today first)', async () => {
    const { chat } = recordingChat();
    await chat.send('call me back');
    await chat.send('Sam Lee');
    const ask = await chat.send('214.555.0143');
    // Tuesday 10am: today's options come first.
    expect(ask[ask.length - 1]!.choices[0]).toContain('(today)');
    const refused = await chat.send('saturday at 10');
    expect(lastText(refused)).toContain("can't call then");
    expect(refused[refused.length - 1]!.choices[0]).toContain('Mon 30 Nov');
  });

  it('the name step refuses refusals and other talk with a clear retry', async () => {
    for (const notAName of ["I'd rather not"]) {
      const chat = new DialogChat();
      await chat.send('call me back');
      const retry = await chat.send(notAName);
      expect(lastText(retry), notAName).toContain('Please type just the name');
    }
  });

  it('what the call is about, typed where the name goes, is kept as the note and the name asked again', async () => {
    const chat = new DialogChat();
    await chat.send('call me back');
    const said = await chat.send('my knee hurts');
    expect(texts(said)).toContain('added that to the note for the team: **my knee hurts**');
    expect(lastText(said)).toContain('What name should we ask for');
  });

  it('a time or a number typed where the name goes is kept, and the name asked again', async () => {
    for (const [given, kept] of [
      ['tomorrow morning', 'Wed 25 Nov (tomorrow), morning'],
      ['2145550177', '(214) 555-0177'],
    ] as const) {
      const chat = new DialogChat();
      await chat.send('call me back');
      const said = await chat.send(given);
      expect(texts(said), given).toContain(kept);
      expect(lastText(said), given).toContain('What name should we ask for');
    }
  });

  it('a second Send says it is already sent, with the reference', async () => {
    const chat = new DialogChat();
    await chat.send('call me back');
    await chat.send('Sam Lee');
    await chat.send('214.555.0143');
    await chat.send('morning');
    await chat.send('skip');
    await chat.send('yes');
    const done = texts(await chat.send('Send it'));
    const ref = /reference is \*\*([A-Z0-9]{8})\*\*/.exec(done)?.[1];
    expect(ref).toBeDefined();
    const again = await chat.send('Send it');
    expect(texts(again)).toContain('already with the clinic');
    expect(texts(again)).toContain(ref!);
    expect(await chat.deps.callbackStore.list()).toHaveLength(1);
  });
});

describe('a red flag during a callback', () => {
  it('typed as the reason: the safety advice first, then told plainly it was not sent, and finishing it sends it urgent', async () => {
    const { chat, handed } = recordingChat();
    await chat.send('call me back');
    await chat.send('Sam Lee');
    await chat.send('214.555.0143');
    await chat.send('morning');
    const said = await chat.send('my knee is hot, red and swollen and I have a fever');
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(texts(said.slice(0, -1))).toMatch(/fever|infection|today/i);
    expect(lastText(said)).toContain('**not** been sent');
    expect(said[said.length - 1]!.choices).toContain('Finish my callback request');
    expect(await chat.deps.callbackStore.list()).toEqual([]);

    // Finishing asks nothing already given (the reason is what they typed), only consent.
    const resumed = await chat.send('Finish my callback request');
    expect(lastText(resumed)).toContain('May the clinic call you');
    const summary = await chat.send('yes');
    expect(summary.map((s) => s.all).join('\n')).toContain('Urgent');
    const done = await chat.send('Send it');
    expect(texts(done)).toContain('urgent');
    expect(handed[0]).toMatchObject({
      name: 'Sam Lee',
      urgent: true,
      reason: 'my knee is hot, red and swollen and I have a fever',
    });
  });

  it('a callback asked for after a red flag is marked urgent', async () => {
    const { chat, handed } = recordingChat();
    await chat.send("I can't put any weight on my knee since the fall");
    await chat.send('call me back');
    await chat.send('Sam Lee');
    await chat.send('214.555.0143');
    await chat.send('morning');
    await chat.send('skip');
    await chat.send('yes');
    await chat.send('Send it');
    expect(handed[0]).toMatchObject({ urgent: true });
  });
});

describe('quitting and restarting anywhere', () => {
  const CANCEL = [
    'forget it',
    'never mind',
    'nevermind forget it',
    'no stop',
    'stop',
    'cancel that',
    'ugh, forget it, I will just call',
    'ok never mind',
  ];
  const RESTART = ['start over', 'forget it, start over', 'can we start again please'];

  /** Each step of each flow, reached from a fresh chat. */
  const STEPS: Record<string, string[]> = {
    'callback name': ['call me back'],
    'callback phone': ['call me back', 'Sam Lee'],
    'callback time': ['call me back', 'Sam Lee', '214.555.0143'],
    'callback reason': ['call me back', 'Sam Lee', '214.555.0143', 'morning'],
    'callback consent': ['call me back', 'Sam Lee', '214.555.0143', 'morning', 'skip'],
    'callback summary': ['call me back', 'Sam Lee', '214.555.0143', 'morning', 'skip', 'yes'],
    'assessment where': ['my knee hurts'],
    'assessment symptom': ['pain on the outside of my knee'],
  };

  for (const [step, path] of Object.entries(STEPS)) {
    it.each(CANCEL)(`"%s" at the ${step} step ends the flow and stores nothing`, async (phrase) => {
      const chat = new DialogChat();
      for (const p of path) await chat.send(p);
      expect((await chat.activeIds()).length, 'a flow is running').toBeGreaterThan(0);
      const said = await chat.send(phrase);
      expect(await chat.activeIds()).toEqual([]);
      expect(texts(said)).not.toContain('Please type just the name');
      expect(await chat.deps.callbackStore.list()).toEqual([]);
    });
    it.each(RESTART)(`"%s" at the ${step} step starts over`, async (phrase) => {
      const chat = new DialogChat();
      for (const p of path) await chat.send(p);
      const said = await chat.send(phrase);
      const ids = await chat.activeIds();
      expect(ids).not.toContain('callbackDialog');
      if (step.startsWith('assessment')) expect(lastText(said)).toContain('Where');
      expect(await chat.deps.callbackStore.list()).toEqual([]);
    });
  }

  it('"I had to stop running" is a question, not a stop', async () => {
    const chat = new DialogChat();
    const said = await chat.send('I had to stop running because of knee pain');
    expect(texts(said)).not.toContain('cancelled');
  });
});

describe('short answers', () => {
  it.each([
    ['👍', 'yes'],
    ['yep', 'yes'],
    ['👎', 'no'],
    ['nah', 'no'],
  ])('%s answers the consent question as %s', async (answer, meaning) => {
    const chat = new DialogChat();
    for (const p of ['call me back', 'Sam Lee', '214.555.0143', 'morning', 'skip']) await chat.send(p);
    const said = await chat.send(answer);
    if (meaning === 'yes') expect(lastText(said)).toContain('Shall I send it');
    else expect(texts(said)).toContain("haven't saved anything");
  });
});

describe('short answers, words and buttons', () => {
  it('"what does hamstring mean?" during the questions gets one line, then the same question again', async () => {
    const chat = new DialogChat();
    // Walk to the hamstring question (inner side), answering "no" to the others.
    let said = await chat.send('pain on the inner side of my knee');
    for (let i = 0; i < 6 && !lastText(said).includes('hamstrings work hard'); i++) said = await chat.send('no');
    expect(lastText(said)).toContain('hamstrings work hard');
    const explained = await chat.send('what does hamstring mean?');
    expect(texts(explained)).toContain('back of your thigh');
    expect(lastText(explained)).toContain('hamstrings work hard');
    expect((await chat.activeIds()).length).toBeGreaterThan(0);
  });

  it('🤷 and dunno are "not sure", 👍 is yes, at the symptom questions', async () => {
    const chat = new DialogChat();
    const first = await chat.send('pain on the outside of my knee');
    const q1 = lastText(first);
    const shrug = await chat.send('🤷');
    expect(lastText(shrug)).not.toBe(q1); // moved on: "not sure" is an answer
    const dunno = await chat.send('dunno');
    expect(texts(dunno)).not.toContain("I'm not sure about that one");
  });

  it('"get me a real person" gives the number, the hours and the callback button', async () => {
    const chat = new DialogChat();
    const said = await chat.send('get me a real person');
    const all = said.map((s) => s.all).join('\n');
    expect(all).toContain('(214) 972-0302');
    expect(all).toContain('8am');
    expect(said.flatMap((s) => s.choices)).toContain('Request a callback');
  });

  it('the label of a button offered earlier still works when typed', async () => {
    const chat = new DialogChat();
    const hello = await chat.send('hi');
    const earlier = hello.flatMap((s) => s.choices);
    expect(earlier.length).toBeGreaterThan(0);
    await chat.send('what are your opening hours'); // other buttons now
    const label = earlier.find((c) => /call/i.test(c) && !/back/i.test(c)) ?? earlier[0]!;
    const typed = await chat.send(label);
    expect(texts(typed)).not.toContain("I'm not sure");
  });
});

describe('a better "I\'m not sure"', () => {
  it('"this stupid knee is killing me" starts the knee questions', async () => {
    const chat = new DialogChat();
    const said = await chat.send('this stupid knee is killing me');
    expect(texts(said)).not.toContain("I'm not sure about that one");
    expect(await chat.activeIds()).toContain('assessmentDialog');
  });

  it('varies the wording and never shows the same buttons twice in a row', async () => {
    const chat = new DialogChat();
    const a = await chat.send('can you recommend a good pizza place in town');
    const b = await chat.send('what do you think about the weather on mars');
    const unsure = (said: typeof a) => said[said.length - 1]!;
    if (/not sure|didn't follow|can't answer/.test(texts(a)) && /not sure|didn't follow|can't answer/.test(texts(b))) {
      expect(unsure(b).text).not.toBe(unsure(a).text);
      expect(unsure(b).choices).not.toEqual(unsure(a).choices);
    }
  });

  it('a message about the own knee that cannot be placed offers the assessment first', () => {
    const r = unknownReply(realKnowledge(), [], { ownKnee: true });
    expect(r.offers[0]!.route.kind).toBe('assess');
    const again = unknownReply(realKnowledge(), [], {
      inARow: 1,
      lastValues: unknownReply(realKnowledge(), []).offers.map((o) => o.value),
    });
    expect(again.reply.text).not.toBe(unknownReply(realKnowledge(), []).reply.text);
    expect(again.offers.map((o) => o.value)).not.toEqual(unknownReply(realKnowledge(), []).offers.map((o) => o.value));
  });
});
