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
    expect(text).toContain("The time in your message is one the clinic can't call at");
    expect(text).toContain('opening hours (Mon–Fri');
    expect(said.at(-1)!.choices[0]).toMatch(/^Mon 30 Nov/);
  });

  it('the same in Spanish', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const said = await untilTimeStep(chat, '¿me pueden llamar mañana en la noche?', 'María López', '214 555 0199');
    expect(joined(said)).toContain('La hora de su mensaje es una en la que la clínica no puede llamar');
  });

  it('a time the clinic can call at is kept, and the time step is skipped', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: FRIDAY_EVENING }) });
    const first = await chat.send('can someone call me back monday after 4pm');
    expect(joined(first)).toContain('Mon 30 Nov, 4pm');
    await chat.send('Maria Lopez');
    const next = joined(await chat.send('214 555 0199'));
    expect(next).not.toContain('When would suit you best');
    expect(next).not.toContain("can't call at");
  });
});
