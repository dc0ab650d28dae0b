// Prices, bills and payments are the clinic's own business: the reply gives its phone and a
// callback (issue 14: clinic questions get the phone or a callback, never "outside what I cover").
import { describe, expect, it } from 'vitest';
import { BotChat, joined, realKnowledge, spanishKnowledge } from './harness';

const en = realKnowledge();
const es = spanishKnowledge();

describe('prices and bills', () => {
  it.each(['how much does a visit cost', 'I got a bill I dont understand', 'what is the copay'])(
    '%s → the clinic phone and a callback',
    async (text) => {
      const said = await new BotChat().send(text);
      const all = joined(said);
      expect(all).toContain(en.clinic.phone.display);
      expect(all).not.toContain('outside what I cover');
      expect(said.at(-1)!.choices).toContain(en.messages['choice-callback']);
    },
  );

  it('the same in Spanish', async () => {
    const said = await new BotChat().send('¿cuánto me cobran por la consulta en la clínica?');
    expect(joined(said)).toContain(es.clinic.phone.display);
    expect(joined(said)).not.toContain('no lo cubro');
    expect(said.at(-1)!.choices).toContain(es.messages['choice-callback']);
  });
});
