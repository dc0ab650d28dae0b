// Left for round 25: the clinic's closing time asked in the middle of a callback request is answered, and the
// request goes on where it was (at the time step a day in the question was taken as the time to call). Our wordings.
import { describe, expect, it } from 'vitest';
import { asksClinicHours } from '../../dialogs/decisions/callback';
import { chatAfter, texts } from './harness';

describe('an opening-hours question inside a callback request', () => {
  it('at the time step: answered, then the time is asked again (not taken as Friday)', async () => {
    const { chat } = await chatAfter('please have someone call me back');
    for (const m of ['Mara Quinn', '214-555-0147']) await chat.send(m);
    const reply = texts(await chat.send('what time do you close on Friday?'));
    expect(reply).toMatch(/8am–6pm/);
    expect(reply).toMatch(/Back to where we were/);
    expect(reply).not.toMatch(/what would you like to talk about/);
    // the flow goes on: a time now is taken
    const next = texts(await chat.send('thursday morning'));
    expect(next).toMatch(/talk about/);
  });

  it('at the name step too', async () => {
    const { chat } = await chatAfter('please have someone call me back');
    const reply = texts(await chat.send('how late are you open on friday?'));
    expect(reply).toMatch(/8am–6pm/);
    expect(reply).toMatch(/What name should we ask for/);
  });

  it('tells an hours question from a time to call', () => {
    for (const q of [
      'what time do you close on Friday?',
      'when do you guys open monday?',
      'are you open saturday?',
      'what are your hours on friday?',
      '¿a qué hora cierran el viernes?',
    ])
      expect(asksClinicHours(q), q).toBe(true);
    for (const t of ['friday morning', 'can you call after 5?', 'any time friday', 'el viernes en la mañana'])
      expect(asksClinicHours(t), t).toBe(false);
  });
});
