// Conversations people had with the bot (tests/dialogs/convo-r8.txt, round 8), as they see them:
// a detail corrected later in the callback, a bare "yes" or "thanks" where a time or a note is
// asked, a language asked for in a sentence, "bye" halfway, a phone number typed on its own.
import { describe, expect, it } from 'vitest';
import { BotChat, joined, makeDeps, OPEN_TIME, spanishKnowledge } from './harness';

/** Starts a callback and answers up to the time question. */
async function toTimeStep(chat: BotChat, name = 'Sam', phone = '469-555-0100') {
  await chat.send('callback');
  await chat.send(name);
  return chat.send(phone);
}

const lastText = (said: { text: string }[]) => said.at(-1)?.text ?? '';

describe('callback details corrected later on', () => {
  it('"actually my name is ..." while the number is asked: the new name is said back and used', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('request a callback');
    await chat.send('John Smith');
    const said = await chat.send('actually my name is Jon Smyth');
    expect(said.map((s) => s.text).join('\n')).toContain('**Jon Smyth**');
    expect(lastText(said)).toContain('Thanks, Jon Smyth. What number should we call?');
    expect(lastText(said)).not.toContain("couldn't read that as a phone number");
  });

  it('a new number at the time step replaces the old one, and consent names the new one', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat, 'Pat', '2145550155');
    const fixed = await chat.send('actually use 9725550166 instead');
    expect(fixed[0]!.text).toContain('(972) 555-0166');
    expect(lastText(fixed)).toContain('When would suit you best?');
    await chat.send('morning');
    const consent = await chat.send('skip');
    expect(lastText(consent)).toContain('(972) 555-0166');
    expect(joined(consent)).not.toContain('(214) 555-0155');
  });

  it('"actually tuesday" at the note step changes the day and keeps the morning', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat, 'Fay', '2145550113');
    await chat.send('thursday morning');
    const said = await chat.send('actually friday');
    expect(said[0]!.text).toMatch(/Fri 27 Nov, morning/);
    expect(lastText(said)).toContain('what would you like to talk about');
  });

  it('a name said as "her name is Maria Lopez" is stored as Maria Lopez', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('can someone call me back');
    const said = await chat.send('her name is Maria Lopez');
    expect(lastText(said)).toContain('Thanks, Maria Lopez. What number');
  });
});

describe('short answers where the callback asks something else', () => {
  it('"yes" to the time question takes the nearest day, any time, instead of asking again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const asked = await toTimeStep(chat);
    const nearestDay = asked.at(-1)!.choices[0]!.split(',')[0]!;
    const said = await chat.send('yes');
    expect(lastText(said)).toContain('what would you like to talk about');
    await chat.send('skip');
    const summary = await chat.send('yes');
    expect(joined(summary)).toContain(`${nearestDay}, any time`);
  });

  it('a bare "sí" at the optional note is not kept as the note', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('quiero que me llamen');
    await chat.send('Ana');
    await chat.send('214 555 0111');
    await chat.send('lunes en la mañana');
    const consent = await chat.send('sí');
    expect(lastText(consent)).toContain('(214) 555-0111');
    const summary = joined(await chat.send('sí'));
    expect(summary).toContain(spanishKnowledge().messages['callback-no-reason']!);
    expect(summary).not.toMatch(/"value":"s[ií]"/);
  });

  it('"thanks" at the time step gets a word back and the same question, not the retry text', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat);
    const said = await chat.send('thanks');
    // Round 18: a thank-you can sound like goodbye, so it also says the request is not sent yet.
    expect(said[0]!.text).toMatch(/^You're welcome! .*not sent yet/);
    expect(lastText(said)).toContain('When would suit you best?');
  });

  it('"bye" halfway says the request was not sent', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat);
    const said = await chat.send('bye');
    expect(lastText(said)).toContain("haven't sent the callback request");
    // Nothing is waiting any more: the next message is read as a new one.
    expect(lastText(await chat.send('what are your hours?'))).toMatch(/Mon–Fri/);
  });
});

describe('leaving or thanking without words', () => {
  it('"bye" at the optional note is not kept as the note: the request is left unsent', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat);
    await chat.send('morning');
    const said = await chat.send('bye');
    expect(lastText(said)).toContain("haven't sent the callback request");
  });

  it('"no thanks" at the optional note still skips the note', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await toTimeStep(chat);
    await chat.send('morning');
    expect(lastText(await chat.send('no thanks'))).toContain('May the clinic call you');
  });

  it('🙏 while a question waits is a thank-you, not "didn\'t catch that"', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('my knee hurts');
    const said = await chat.send('🙏');
    expect(said[0]!.text).toBe("You're welcome.");
    expect(lastText(said)).toContain('Where on the knee does it hurt?');
  });
});

describe('small words read as what they are', () => {
  it('"i don\'t understand" is not read as a "no" (no goodbye)', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('hi');
    const said = await chat.send("i don't understand");
    expect(lastText(said)).not.toContain('Take care');
  });

  it('"hello again" is a greeting', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('thanks');
    expect(lastText(await chat.send('hello again'))).toContain('Tell me where your knee hurts');
  });

  it('"¿qué eres?" says what the bot is, in Spanish', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = await chat.send('¿qué eres?');
    expect(lastText(said)).toContain('no una persona');
  });

  it('"are you a real person?" right after "what are you?" gets the short answer, not the list again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const first = lastText(await chat.send('what are you?'));
    const again = await chat.send('are you a real person?');
    expect(lastText(again)).not.toBe(first);
    expect(lastText(again)).toContain('not a person');
    expect(again.at(-1)!.choices).toContain('Request a callback');
  });

  it('"quiero una llamada" starts the callback in Spanish', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    expect(lastText(await chat.send('quiero una llamada'))).toContain('¿Por qué nombre preguntamos');
  });

  it('"call her back: Dorothy 214..." during the questions keeps the name and the number', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('my knee hurts');
    const said = await chat.send('call her back: Dorothy 2145550102');
    expect(joined(said)).toContain('(214) 555-0102');
    expect(joined(said)).toContain('**Dorothy**');
    expect(lastText(said)).toContain('When would suit you best?');
  });
});

describe('language asked for in a sentence', () => {
  it('"gracias, prefiero español" switches back to Spanish', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('my knee hurts');
    expect(lastText(await chat.send('gracias, prefiero español'))).toContain('¿En qué parte de la rodilla le duele?');
  });

  it('"prefiero español" during the callback says so once and asks the same question, no second introduction', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('quiero que me llamen');
    await chat.send('Lucía');
    await chat.send('214-555-0122');
    const said = await chat.send('prefiero español');
    const text = said.map((s) => s.text).join('\n');
    expect(text).not.toContain('Puedo pedirle al equipo');
    expect(lastText(said)).toContain('¿Cuándo le queda mejor?');
  });

  it('"sorry, can you switch to English?" mid-callback goes on in English', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('pueden llamarme');
    await chat.send('Carmen');
    await chat.send('214-555-0177');
    const said = await chat.send('sorry, can you switch to English?');
    expect(lastText(said)).toContain('When would suit you best?');
  });

  it('"can you answer in english please" during the Spanish questions switches them to English', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('me duele la rodilla desde hace una semana');
    const said = await chat.send('can you answer in english please');
    expect(lastText(said)).toContain('Where on the knee does it hurt?');
  });
});

describe('a phone number typed on its own', () => {
  it('outside a flow it starts a callback with the number filled in', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('hi');
    const said = await chat.send('2145550101');
    expect(joined(said)).toContain('(214) 555-0101');
    expect(lastText(said)).toContain('What name should we ask for');
  });

  it('in a Teams group chat it asks for a private message and does not repeat the number', async () => {
    const chat = new BotChat({
      deps: makeDeps({ now: OPEN_TIME }),
      channelId: 'msteams',
      conversationType: 'groupChat',
    });
    const said = await chat.send({
      type: 'message',
      text: '<at>Knee Helper</at> 2145550109',
      entities: [{ type: 'mention', text: '<at>Knee Helper</at>', mentioned: { id: 'bot', name: 'Knee Helper' } }],
    });
    const text = joined(said);
    expect(text).toContain('shared conversation');
    expect(text).not.toContain('555-0109');
  });
});
