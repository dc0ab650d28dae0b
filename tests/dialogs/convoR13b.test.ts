// Conversations from the round-13 blind set (tune half), written before anyone read the dialog code,
// checked here with wording of our own: practical barriers and commands are not screened for
// suicide, the crisis state keeps 988 in front, group chats stay quiet unless addressed, the
// callback flow takes what a person reasonably says, and clear questions get their answer.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';

const SCREENING = /thoughts of ending your life/;
const DID_YOU_MEAN = /Did you mean/;

describe('a practical barrier while an act-now reply stands', () => {
  it('no one to mind the children after an ER reply: take them along or find someone, no suicide question', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(texts(await chat.send('my knee went red and hot and swollen overnight and I have a fever of 102'))).toMatch(
      /emergency room/i,
    );
    const said = texts(await chat.send("there's nobody to look after my baby and my toddler, my partner is away"));
    expect(said).not.toMatch(SCREENING);
    expect(said).toMatch(/take the children with you/);
    expect(said).toMatch(/neighbor, friend or family member/);
  });

  it('the same in Spanish: "no tengo con quién dejar a los niños" keeps the ER instruction', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('tengo la rodilla roja, caliente e hinchada y calentura de 39');
    const said = texts(await chat.send('no tengo con quién dejar a los niños'));
    expect(said).not.toMatch(/pensamientos de quitarse la vida/);
    expect(said).toMatch(/llévese a los niños/);
  });

  it('asking what to do for the pain until then, after a same-day reply: comfort measures and still today', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send(
      "I'm 70 and slipped on the ice this morning, landed hard on my knee, the kneecap is tender to touch",
    );
    const said = texts(await chat.send('what should I use for the bruising until then?'));
    expect(said).toMatch(/wrapped in a cloth/);
    expect(said).toMatch(/today/);
  });
});

describe('the crisis state', () => {
  it('pills named, then taking all of them to be done with it: the crisis reply with 988 and putting means away', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = texts(
      await chat.send(
        "my husband's mum left a bottle of sleeping pills here. sometimes I think I should swallow every one of them and be done",
      ),
    );
    expect(said).toMatch(/988/);
    expect(said).toMatch(/out of reach/);
    expect(said).not.toMatch(SCREENING);
  });

  it('"please don\'t call anyone" is answered honestly with 988 kept, and "what was that number?" gets 988, not the clinic', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('I keep thinking I should take all my pills tonight and not wake up');
    const asked = texts(await chat.send("please don't call anyone about this, I only want to ask about knee braces"));
    expect(asked).toMatch(/can't call anyone from this chat/);
    expect(asked).toMatch(/988/);
    const number = texts(await chat.send('what was that number?'));
    expect(number).toMatch(/988/);
    expect(number).not.toContain('972-0302');
  });
});

describe('commands inside a flow are not screened on the model alone', () => {
  it('"never mind, I will phone you myself, cancel that" in a callback stops it, says nothing was sent, gives the line', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('can someone call me back?');
    const said = texts(await chat.send('never mind i will phone you myself, cancel that'));
    expect(said).not.toMatch(SCREENING);
    expect(said).toMatch(/stopped the callback request: nothing was sent/);
    expect(said).toContain('(214) 972-0302');
    // Afterwards a question is answered and the stopped flow does not come back.
    const after = texts(await chat.send('are you open now?'));
    expect(after).not.toMatch(/What name should we ask for/);
  });
});

describe('an adult is not a child because of a number', () => {
  it('"room 4", "under 3 blankets": a hot swollen knee with a fever has no child-or-teen line', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = texts(
      await chat.send('I was shaking under 3 blankets all night, my knee is hot, red and swollen and my temp is 101'),
    );
    expect(said).toMatch(/emergency room/i);
    expect(said).not.toMatch(/child or teen/);
  });
});

describe('group conversations', () => {
  it('Teams group marked only by isGroup: unaddressed chatter gets no reply; a typed @handle is answered', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams', groupWithoutType: true });
    expect(await chat.send('does anybody know if the fax machine got fixed?')).toHaveLength(0);
    expect(await chat.send('pizza at noon, who is in')).toHaveLength(0);
    const said = texts(await chat.send('@kneebot where do staff see the callback requests?'));
    expect(said).toMatch(/staff page/);
  });

  it('a question put to the room in a Slack channel is left to the people in it', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'slack', conversationType: 'channel' });
    expect(await chat.send('anyone know if the clinic is open on Friday?')).toHaveLength(0);
  });

  it("staff asking about a family member's number get who to ask for and checking before sharing", async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams', groupWithoutType: true });
    const said = texts(await chat.send("@kneebot a patient left her son's cell instead of her own, is that ok?"));
    expect(said).toContain("someone else's number");
    expect(said).toMatch(/HIPAA/);
  });
});

describe('the callback flow takes reasonable answers', () => {
  it('a name with a short number: the name is kept and the number checked; the fix and a time come together', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('please have the clinic call me');
    const first = texts(await chat.send('Priya Shah 214-555-019'));
    expect(first).toMatch(/name \*\*Priya Shah\*\*/);
    expect(first).toMatch(/only 9 digits/);
    const second = texts(await chat.send('oops, 214-555-0190. any time after 3 is best'));
    expect(second).toContain('(214) 555-0190');
    expect(second).not.toMatch(/What name should we ask for/);
    expect(second).not.toMatch(/When would suit you best/);
  });
});

describe('clear questions get their answer, not a menu', () => {
  const cases: Array<[string, RegExp]> = [
    ['which helps arthritic knees more, ice or heat?', /Heat \(15 to 20 minutes\)/],
    ['is walking good for me with arthritis even if it aches a little', /Walking is good for arthritic knees/],
    ['can I take advil before training so the pain does not stop me', /Painkillers, medicines and injections/],
    ['is it ok to play my game on Saturday with knee pain', /Should I run through knee pain/],
    ['just did a marathon on Sunday, my knees and legs are really sore, is that normal?', /After a marathon/],
    ['is a gentle bike ride a good idea for recovery after my race?', /Cross-training/],
  ];
  for (const [question, answer] of cases) {
    it(question, async () => {
      const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
      const said = texts(await chat.send(question));
      expect(said).not.toMatch(DID_YOU_MEAN);
      expect(said).toMatch(answer);
      expect(said).not.toContain('Sábado');
    });
  }

  it('"¿puedo seguir jugando el sábado?" is about playing, not the clinic\'s Saturday hours', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = texts(await chat.send('me duele la rodilla, ¿puedo seguir jugando el partido del sábado?'));
    expect(said).not.toMatch(/cerrado/);
    expect(said).toMatch(/dolor/);
  });
});
