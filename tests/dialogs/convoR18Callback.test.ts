// Round 18 (tune conversations 2 and 10): a callback whose time is changed again and again, with
// the reason given before the change, a second day turned down in the same message, a range of
// hours and "text me first" in the same breath; a read-back asked as "what did you end up putting
// down?"; a thank-you with a blessing while the request is unfinished. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { chatAfter, texts } from './harness';
import { classifyCommand } from '../../dialogs/commands';
import { asksWhatsLeft } from '../../dialogs/decisions/callback';
import { expandTimeShorthand } from '../../src/clinic/timeShorthand';

async function atConsent() {
  const { chat } = await chatAfter('please have someone call me back');
  for (const m of ['Mara Quinn', '214-555-0147', 'friday morning', 'sore kneecap after long drives'])
    await chat.send(m);
  return chat;
}

describe('a changed time replaces the held one at the yes/no step', () => {
  it('the day turned down is skipped; the latest time said wins', async () => {
    const chat = await atConsent();
    const first = texts(await chat.send("sorry, I'm working friday now. could they do tomorrow afternoon instead?"));
    expect(first).toMatch(/Wed 25 Nov \(tomorrow\), afternoon/);
    const second = texts(await chat.send('no that is too soon. make it 11 thursday'));
    expect(second).toMatch(/Thu 26 Nov, 11am/);
    expect(second).not.toMatch(/Please answer/);
  });

  it('a range and "text me first" in one message: both taken, then read back as the one request', async () => {
    const chat = await atConsent();
    const said = texts(
      await chat.send(
        'actually forget friday, I have an appointment. monday 2-3pm is better. and can you text me first',
      ),
    );
    expect(said).toMatch(/text me first/);
    expect(said).toMatch(/Mon 30 Nov, 2pm/);
    const read = texts(await chat.send('what did you end up putting down?'));
    expect(read).toMatch(/Mon 30 Nov, 2pm/);
    expect(read).toMatch(/only request/);
    expect(read).not.toMatch(/Please answer/);
  });

  it('the words', () => {
    for (const t of ['what did you end up putting down?', 'what time did you put?', 'what did you go with'])
      expect(asksWhatsLeft(t)).toBe(true);
    expect(expandTimeShorthand('friday between 4 and 5')).toBe('friday 4 to 5');
    expect(expandTimeShorthand('call 214-555-0147')).toBe('call 214-555-0147');
  });
});

describe('a thank-you while the request is unfinished', () => {
  it.each(['gracias, que Dios le bendiga', 'thanks so much, god bless you', 'thank you, have a good day'])(
    '"%s" is thanks',
    (text) => expect(classifyCommand(text)).toBe('thanks'),
  );

  it('says the request is not sent yet, then asks the step again (Spanish)', async () => {
    const { chat } = await chatAfter('¿me pueden llamar? soy Rosa Díaz, mi cel es 469 555 0117');
    const said = texts(await chat.send('gracias mija, que dios la bendiga 🙏'));
    expect(said).toMatch(/todavía no se ha enviado/);
    expect(said).not.toMatch(/Por favor escoja/);
  });

  it('in English', async () => {
    const { chat } = await chatAfter('can someone call me back? I am Al Finch, 214-555-0163');
    const said = texts(await chat.send('thanks, god bless'));
    expect(said).toMatch(/not sent yet/);
  });
});
