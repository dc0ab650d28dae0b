// The Spanish second line in the conversation: a Spanish message that sounds serious but names no
// red flag (a fall told only by how much it hurts) gets ONE safety question in Spanish with Sí / No /
// No estoy seguro; the danger answer gives that flag's act-now reply in Spanish, the reassuring one
// the normal answer. Through the whole bot (language detection, both triages, the safety check).
import { describe, expect, it } from 'vitest';
import { BotChat, joined, spanishKnowledge } from './harness';

const es = spanishKnowledge();
const question = (key: string): string => es.messages[key]!.trim();
const FALL = 'me caí en el trabajo y me duele horrible';

describe('the safety question in Spanish', () => {
  it('asks the weight question in Spanish with Spanish buttons, and no alarm yet', async () => {
    const chat = new BotChat();
    // (the first message of a conversation also gets the welcome)
    const asked = (await chat.send(FALL)).at(-1)!;
    expect(asked.text).toContain(question('safety-check-weight'));
    expect(asked.choices).toEqual([
      question('triage-choice-yes'),
      question('triage-choice-no'),
      question('safety-check-unsure'),
    ]);
    expect(asked.tel).toBeUndefined();
  });

  it('"No" (cannot stand on it) gives the Spanish act-now reply of cannot-bear-weight', async () => {
    const chat = new BotChat();
    await chat.send(FALL);
    const said = await chat.send('No');
    const advice = es.redFlags.find((f) => f.id === 'cannot-bear-weight')!.advice.trim();
    expect(joined(said)).toContain(advice.slice(0, 40));
  });

  it('someone else\'s fall is asked about "them"', async () => {
    const chat = new BotChat();
    const said = await chat.send('mi abuelito se resbaló en el patio y se queja mucho');
    expect(said.at(-1)!.text).toContain(question('safety-check-bend-other'));
  });

  it('asks nothing about a Spanish knee question', async () => {
    const chat = new BotChat();
    const said = await chat.send('me caí de la risa con el video, ¿qué ejercicios son buenos para la rodilla?');
    expect(joined(said)).not.toContain(question('safety-check-weight'));
  });
});
