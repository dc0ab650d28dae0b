// A callback asked for with a time in the same message ("call me back tomorrow after 4pm"): a time
// the clinic can call at is kept; one it cannot (a closed day, an evening) is not dropped silently —
// the time step says so first, in the person's language, and offers the nearest times.
import { describe, expect, it } from 'vitest';
import { BotChat, joined, makeDeps } from './harness';

/** Friday 27 Nov 2026, 8:40pm in Dallas: "tomorrow" is a Saturday, when the clinic is closed. */
const FRIDAY_EVENING = '2026-11-28T02:40:00Z';

async function untilTimeStep(chat: BotChat, opening: string, name: string, phone: string) {
  await chat.send(opening);
  await chat.send(name);
  return chat.send(phone);
}

describe('a callback time named in the opening message', () => {
  it('a closed day is named as such at the time step, with the nearest times', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const said = await untilTimeStep(
      chat,
      'can someone call me back tomorrow after 4pm',
      'Maria Lopez',
      '214 555 0199',
    );
    const text = joined(said);
    expect(text).toContain("We can't call at the time in your message");
    expect(text).toContain('opening hours, Mon–Fri');
    expect(said.at(-1)!.choices[0]).toMatch(/^Mon 30 Nov/);
  });

  it('the same in Spanish', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const said = await untilTimeStep(chat, '¿me pueden llamar mañana en la noche?', 'María López', '214 555 0199');
    expect(joined(said)).toContain('No podemos llamar a la hora de su mensaje');
  });

  it('a time the clinic can call at is kept, and the time step is skipped', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const first = await chat.send('can someone call me back monday after 4pm');
    expect(joined(first)).toContain('Mon 30 Nov, after 4pm');
    await chat.send('Maria Lopez');
    const next = joined(await chat.send('214 555 0199'));
    expect(next).not.toContain('When would suit you best');
    expect(next).not.toContain("can't call at");
  });

  it('the time asked for is kept on the nearest day the clinic calls, first, and "ok" takes it', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const said = await untilTimeStep(
      chat,
      'can someone call me back tomorrow after 4pm',
      'Maria Lopez',
      '214 555 0199',
    );
    const choices = said.at(-1)!.choices;
    expect(choices[0]).toBe('Mon 30 Nov, after 4pm');
    // The usual Monday afternoon is not offered twice.
    expect(choices.filter((c) => c.startsWith('Mon 30 Nov, afternoon'))).toEqual([]);
    const next = joined(await chat.send('ok'));
    expect(next).toContain('what would you like to talk about');
  });

  it('in Spanish, "sí" takes the same time on the nearest open day', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const said = await untilTimeStep(chat, '¿me pueden llamar mañana después de las 3?', 'María López', '214 555 0199');
    expect(said.at(-1)!.choices[0]).toMatch(/^lun 30 nov, después de las 3/);
    expect(joined(await chat.send('sí'))).toContain('¿de qué le gustaría hablar');
  });

  it('what the call is about is taken from the opening message, not asked again', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const first = joined(
      await chat.send(
        'can someone call me back monday after 4pm, Maria Lopez 214-555-0199, my knee keeps swelling after runs',
      ),
    );
    expect(first).toContain('about **my knee keeps swelling after runs**');
    expect(first).not.toContain('what would you like to talk about');
  });

  it('"pueden marcarme más tarde" asks for a call in Spanish, and the request starts', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const said = joined(await chat.send('pueden marcarme mas tarde, ahorita estoy trabajando en la obra'));
    expect(said).toContain('¿Por qué nombre preguntamos');
  });

  it('a callback asked for a relative takes their name and number from the message', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const said = joined(
      await chat.send("can you call my mom, she's 80, her knee is bad. her name is Linda Park 469 555 0123"),
    );
    // The mom is who we ask for and, from "her knee", the patient: no second name is asked.
    expect(said).toContain('name **Linda Park (your mom)**, number **(469) 555-0123**');
    expect(said).not.toContain('whose knee');
    const es = joined(await new BotChat().send('pueden llamar a mi mama? se llama Rosa Diaz, 214 555 0100'));
    expect(es).toContain('nombre **Rosa Diaz (su mamá)**');
  });

  it('"I should call my mom" is no callback request', async () => {
    const said = joined(await new BotChat().send('I should call my mom and tell her about my knee'));
    expect(said).not.toContain('What name should we ask for');
    expect(said).not.toContain('From your message I have');
  });
});
