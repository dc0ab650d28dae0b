// The clinic's own receptionists try the chat to find the callback queue. They are pointed to the
// staff page (the queue holds patients' names and numbers, so it is never shown in the chat), and
// their question does not start a callback request; a patient's "call me back" still does.
import { describe, expect, it } from 'vitest';
import { BotChat, joined } from './harness';

describe('staff asking for the callback queue', () => {
  it.each([
    'im a receptionist how do i see the callback list',
    "I'm at the front desk, where are the callback requests?",
    'I work the front desk, how do I mark someone as called',
  ])('%s → the staff page, not a callback request', async (text) => {
    const chat = new BotChat();
    const said = joined(await chat.send(text));
    expect(said).toContain('/staff');
    expect(said).not.toContain('What name should we ask for');
  });

  it('the same in Spanish', async () => {
    const chat = new BotChat();
    const said = joined(await chat.send('soy recepcionista, donde veo la lista de llamadas'));
    expect(said).toContain('/staff');
    expect(said).not.toContain('¿Por qué nombre preguntamos');
  });

  it('a patient asking the receptionist to call still gets the callback request', async () => {
    const chat = new BotChat();
    const said = joined(await chat.send('can the receptionist call me back'));
    expect(said).toContain('What name should we ask for');
  });
});
