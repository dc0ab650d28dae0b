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
