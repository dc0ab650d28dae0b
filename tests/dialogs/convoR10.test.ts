// Conversations from a blind set written in round 10 (before anyone read the dialog code): questions
// typed at a step of the callback request are answered, and the step is asked again.
import { describe, expect, it } from 'vitest';
import { BotChat, joined, makeDeps, OPEN_TIME } from './harness';

const lastText = (said: { text: string }[]) => said.at(-1)?.text ?? '';

describe('a question typed at a callback step is answered, then the step comes back', () => {
  it('"what are your hours?" where the name goes', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('can someone call me back');
    const said = await chat.send('what are your hours?');
    expect(joined(said)).toMatch(/8am.6pm/);
    expect(lastText(said)).toContain('What name should we ask for');
    expect(lastText(await chat.send('Tom Baker'))).toContain('What number should we call');
  });

  it('"fine. what do i tell the ER" after a same-day reply gets what to say and bring', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('my dad fell this morning and now he cant stand on his left leg at all');
    await chat.send('ok but can i get a callback instead hes stubborn');
    const said = await chat.send('fine. what do i tell the ER');
    expect(joined(said)).toContain('Going to urgent care or the ER');
    expect(joined(said)).toMatch(/list of medicines/);
    expect(lastText(said)).toContain('What name should we ask for');
  });

  it('"why do you need my number?" says what the details are for, in either language', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('call me back please');
    await chat.send('Ana');
    const said = await chat.send('why do you need my number?');
    expect(joined(said)).toContain('used only to arrange that call');
    expect(lastText(said)).toContain('What number should we call');
    expect(lastText(await chat.send('214 555 0199'))).toContain('When would suit you best');

    const es = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await es.send('me pueden llamar');
    await es.send('Rosa');
    expect(joined(await es.send('para que quiere mi numero?'))).toContain('solo para esa llamada');
  });

  it('a time typed as a question at the time step is still the time, not a question', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('call me back please');
    await chat.send('Ana');
    await chat.send('214 555 0199');
    const said = await chat.send('can you call tomorrow after 3?');
    expect(joined(said)).not.toContain('Back to where we were');
    expect(joined(said)).not.toContain("We're open");
  });
});

describe('after an act-now reply, what people say next keeps the instruction', () => {
  async function after911(chat: BotChat) {
    const said = await chat.send('I have some chest pain right now, probably heartburn. anyway do gel shots hurt');
    expect(joined(said)).toContain('Call 911 now');
  }

  it('a remark with no answer of its own gets the instruction again, not a menu', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await after911(chat);
    const said = await chat.send('its been about 30 mins. kinda spreads to my arm');
    expect(joined(said)).toContain('Please call 911 now');
    expect(joined(said)).not.toContain('outside what I cover');
  });

  it('"I don\'t want to bother anyone" is answered kindly, with 911 again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await after911(chat);
    const said = await chat.send("i don't want to bother anyone");
    expect(joined(said)).toContain("You're not bothering anyone");
    expect(joined(said)).toContain('call 911 now');
    expect(joined(said)).not.toContain('Talk to Innovative Health');
  });

  it('a blood thinner after a same-day reply: no change on their own, and it makes today matter more', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('I fell on my porch steps this morning and my knee swelled up within the hour');
    const said = await chat.send('what about my blood thinner, should I take it today like normal');
    expect(joined(said)).toContain("Don't stop or change your usual medicines on your own");
    expect(joined(said)).not.toContain('Glucosamine');
  });

  it('work in the way after an ER reply is waiting: go now', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(joined(await chat.send('my knee is red hot and swollen and I have a fever of 102'))).toContain(
      'emergency room',
    );
    expect(joined(await chat.send('I got a job tomorrow tho'))).toContain("Please don't wait");
  });

  it('Spanish: no insurance is the cost answer, and "llamando al 911" is going', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('tengo la rodilla bien hinchada y caliente, como roja, y tengo fiebre');
    expect(joined(await chat.send('no tengo seguro. cuanto cuesta'))).toContain('aunque no tenga seguro');
    const going = await chat.send('ok llamando al 911');
    expect(going).toHaveLength(1);
  });
});

describe('signs said across messages are read together before a safety question is asked', () => {
  it('swelling first, then "red and hot and a fever": the emergency room, not the same question back', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('got a squishy swelling on the front of my kneecap, i install tile');
    const said = await chat.send("oh and it's gotten red and hot since yesterday and I had a fever last night");
    expect(joined(said)).toContain('Go to an emergency room now');
    expect(joined(said)).not.toContain('one quick safety question');
  });

  it('a sign said alone, with nothing before it, still gets the one question', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = await chat.send("oh and it's gotten red and hot since yesterday and I had a fever last night");
    expect(joined(said)).toContain('one quick safety question');
  });
});

describe('in the middle of the questions, what people mean', () => {
  it('"hurts on the outside after like mile 4" starts the outer-knee questions, not "where does it hurt?"', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = await chat.send('hurts on the outside after like mile 4 but only');
    expect(joined(said)).toContain('outer side of the knee');
    expect(joined(said)).not.toContain('Where on the knee does it hurt');
  });

  it('"no forget it it\'s the front" takes back the last answer, it does not quit', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('knees hurt coming down mountains. inner side of the left one');
    const said = await chat.send("no forget it it's the front. both");
    expect(joined(said)).not.toContain("I've stopped that");
    expect(joined(said)).toMatch(/front of the knee/i);
  });

  it('"ok thx" at a yes/no question is thanks, not a yes', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const first = await chat.send('my knee hurts on the outside when i run');
    const question = lastText(first);
    const said = await chat.send('ok thx');
    expect(joined(said)).toMatch(/welcome/i);
    expect(lastText(said)).toBe(question);
  });
});

describe('"no time for questions": the questions stop and the clinic is offered', () => {
  it('in Spanish, after asking for a person', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('quiero hablar con una persona');
    const said = await chat.send('no tengo tiempo para preguntas');
    expect(joined(said)).toContain('(214) 972-0302');
    expect(joined(said)).not.toContain('¿En qué parte de la rodilla le duele?');
  });

  it('in the middle of the questions, with a callback asked for', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('my knee hurts');
    expect(lastText(await chat.send('no time for questions, just want someone to call me'))).toContain(
      'What name should we ask for',
    );
  });
});

describe('a yes/no question answered with its own words', () => {
  it('"and stairs" to "does it hurt more on stairs?" is a yes; "not on stairs" is a no', async () => {
    const yes = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(lastText(await yes.send('my knee hurts at the front'))).toContain('stairs');
    const next = lastText(await yes.send('like at the movies too. and stairs'));
    expect(next).not.toContain('stairs');

    const no = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await no.send('my knee hurts at the front');
    expect(lastText(await no.send('not on stairs no'))).toBe(next);
  });
});
