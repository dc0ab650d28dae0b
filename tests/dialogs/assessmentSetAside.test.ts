// The assessment's yes/no questions are set aside when the person passes one by twice with questions
// of their own (round 14: a lifter asked about deadlifts, lunges, sleeves and creatine and was asked
// "does it hurt more on stairs?" four times). One side question still resumes the flow; a callback is
// never set aside; the questions can be picked up again with the button.
import { describe, expect, it } from 'vitest';
import { BotChat, joined, makeDeps, OPEN_TIME } from './harness';

const SET_ASIDE = "I'll leave my yes/no questions for now";
const WAITING = 'Does it hurt more on stairs';

describe('assessment questions passed by twice', () => {
  it('one side question: answered, then the waiting question again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(joined(await chat.send('front of my knee hurts'))).toContain(WAITING);
    const said = joined(await chat.send('is foam rolling worth it?'));
    expect(said).toContain('Back to where we were');
    expect(said).toContain(WAITING);
    expect(said).not.toContain(SET_ASIDE);
  });

  it('a second side question in a row: answered, and the questions are set aside with a way back', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('front of my knee hurts');
    await chat.send('is foam rolling worth it?');
    const said = await chat.send('and how many rest days should i take');
    const text = joined(said);
    expect(text).toContain(SET_ASIDE);
    expect(text.split(WAITING).length - 1).toBe(0);
    // Later questions are simply answered, with no question tacked on.
    expect(joined(await chat.send('do knee sleeves help?'))).not.toContain(WAITING);
    // The button takes the person back to the questions.
    expect(joined(await chat.send('Where does it hurt?'))).toMatch(/front|where/i);
  });

  it('answering the question in between starts the count again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('front of my knee hurts');
    await chat.send('is foam rolling worth it?');
    await chat.send('yes');
    const said = joined(await chat.send('how many rest days should i take'));
    expect(said).toContain('Back to where we were');
    expect(said).not.toContain(SET_ASIDE);
  });

  it('a callback request is never set aside', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('please have someone call me back');
    await chat.send('is foam rolling worth it?');
    const said = joined(await chat.send('how many rest days should i take'));
    expect(said).not.toContain(SET_ASIDE);
  });

  it('in Spanish too', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('me duele el frente de la rodilla');
    await chat.send('¿sirve usar rodillera?');
    const said = joined(await chat.send('¿y cuántos días de descanso debo tomar?'));
    expect(said).toContain('Dejo mis preguntas de sí o no por ahora');
  });
});
