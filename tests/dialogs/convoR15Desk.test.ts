// Round 15 (tune conversation f07): an older patient's long, polite messages ask for the clinic
// (an appointment, holiday hours, parking) with a story around the request, and say "I'm home all
// day" for a callback time. Checked with wordings of our own, in English and Spanish.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';

const buttons = (said: { choices?: string[] }[]) => said.flatMap((s) => s.choices ?? []);

/** The first message of a new conversation (Spanish is recognised from the message itself). */
async function first(message: string) {
  const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
  return chat.send(message);
}

describe('a request for the clinic inside a long story is answered, not a "did you mean"', () => {
  it('an appointment asked for after a story about old arthritis gets the phone number', async () => {
    const said = await first(
      'Hello there. My knees have been giving me trouble for years now and lately the left one aches ' +
        'when I climb the stairs to my apartment. Nothing happened to it, it is just old age I suppose. ' +
        'I would like to make an appointment so a doctor can take a look at it.',
    );
    expect(texts(said)).toContain('(214) 972-0302');
    expect(texts(said)).not.toMatch(/Did you mean/);
  });

  it('holiday opening asked with a relative who drives: the hours, and a call to check the holiday', async () => {
    const said = await first(
      'Will you be open over the holidays, around Christmas? My daughter can only drive me then. Would anyone be there?',
    );
    const t = texts(said);
    expect(t).toMatch(/Christmas/);
    expect(t).toMatch(/call/);
    expect(t).not.toMatch(/Did you mean/);
    expect(buttons(said)).not.toContain('Knee pain in children and teens');
  });

  it('parking asked with a grown son driving: the address and a suggestion to call', async () => {
    const said = await first(
      'Is there parking near the entrance? My son is bringing me in his truck and I walk with a cane these days.',
    );
    const t = texts(said);
    expect(t).toContain('4001 McEwen');
    expect(t).toMatch(/parking/);
    expect(t).not.toMatch(/Did you mean/);
  });

  it('Spanish: "quisiera hacer una cita" after a story is answered with the phone number', async () => {
    const said = await first(
      'Buenos días. Tengo 80 años y artritis en las dos rodillas desde hace muchos años. Esta semana con el ' +
        'frío la derecha está más rígida. No me caí. Quisiera hacer una cita para que me revisen la rodilla, por favor.',
    );
    expect(texts(said)).toContain('(214) 972-0302');
  });

  it('Spanish: parking with a son and a cane gets the address', async () => {
    const said = await first(
      '¿Dónde podemos estacionarnos? Mi hijo tiene una camioneta grande y yo camino con bastón.',
    );
    expect(texts(said)).toContain('4001 McEwen');
  });
});

describe('"I\'m home all day" in a callback request is any time', () => {
  it('is recorded as any time and the time question is not asked', async () => {
    const said = await first(
      'Would somebody ring me back please? I am Ruth Ellison, 214-555-0187, and I am in all day so any hour suits.',
    );
    const t = texts(said);
    expect(t).toMatch(/any time/);
    expect(t).not.toMatch(/When would suit you best/);
  });

  it('Spanish: "estoy en casa todo el día"', async () => {
    const said = await first(
      'Por favor que me llamen. Me llamo Rosa Medina, mi número es 214-555-0144 y estoy en casa todo el día.',
    );
    expect(texts(said)).not.toMatch(/¿Cuándo le queda mejor/);
  });

  it('near miss: "it aches all day" is not a time to call', async () => {
    const said = await first('Please call me back, I am Tom Reyes, 214-555-0190, my knee aches all day.');
    expect(texts(said)).not.toMatch(/any time\*\*/);
  });
});
