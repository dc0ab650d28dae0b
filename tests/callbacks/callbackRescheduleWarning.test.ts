// A patient given a same-day warning who then books a callback can move its time later in the
// conversation: the time is saved on the request (still urgent), and the same-day reminder still
// shows first. Putting the check itself off in the same message is still answered as waiting.
// Wordings of our own, both languages.
import { describe, expect, it } from 'vitest';
import type { CallbackRequest } from '../../src/callbacks/types';
import { type BotChat, chatAfter, texts } from '../dialogs/harness';

const POP_EN = 'twisted my knee at soccer, heard a pop and it swelled up within an hour';
const POP_ES = 'me torcí la rodilla jugando fútbol, sonó un chasquido y se hinchó en menos de una hora';
const BOOK_EN = [
  'please have someone call me',
  'Dana Whit',
  '214 555 0187',
  'tomorrow morning',
  'skip',
  'yes',
  'Send it',
];
const BOOK_ES = [
  'quiero que me llamen',
  'Lucía Torres',
  '214 555 0187',
  'mañana por la mañana',
  'omitir',
  'sí',
  'Enviar',
];

async function booked(spanish = false): Promise<BotChat> {
  const { chat, said } = await chatAfter(...(spanish ? [POP_ES, ...BOOK_ES] : [POP_EN, ...BOOK_EN]));
  expect(said).toMatch(spanish ? /urgente/ : /urgent/);
  return chat;
}

async function only(chat: BotChat): Promise<CallbackRequest> {
  const all = await chat.deps.callbackStore.list();
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe('a callback booked after a same-day warning: its time can still be moved', () => {
  it.each([
    ['actually after 5 works better', '2026-11-24', /after 5pm/],
    ['how about Thursday afternoon instead', '2026-11-26', /Thu 26 Nov, afternoon/],
    ['can you call me friday morning instead?', '2026-11-27', /Fri 27 Nov, morning/],
    ['sorry, could we make it Thursday morning rather', '2026-11-26', /Thu 26 Nov, morning/],
  ])('"%s": saved (still urgent), said back, with the same-day reminder', async (change, date, when) => {
    const chat = await booked();
    const said = texts(await chat.send(change));
    expect(said).toMatch(/checked today/);
    expect(said).toMatch(/Done: the clinic will call you on/);
    expect(said).toMatch(when);
    expect(said).toMatch(/still marked \*\*urgent\*\*/);
    expect(said).not.toMatch(/don't leave it until later/);
    expect(await only(chat)).toMatchObject({ urgent: true, preferredDate: date, timeChange: { count: 1 } });
  });

  it('a second change is saved too, one request, the reminder each time', async () => {
    const chat = await booked();
    await chat.send('how about Thursday afternoon instead');
    const said = texts(await chat.send('actually Friday morning would be better'));
    expect(said).toMatch(/checked today/);
    expect(said).toMatch(/Fri 27 Nov, morning\*\* \(Central Time\) instead of Thu 26 Nov, afternoon/);
    expect(await only(chat)).toMatchObject({ preferredDate: '2026-11-27', timeChange: { count: 2 } });
  });

  it.each([
    'mejor el jueves por la tarde',
    'en realidad mejor el viernes en la mañana',
    '¿me pueden llamar el jueves en vez de mañana?',
  ])('Spanish "%s": saved and said back in Spanish, with the reminder', async (change) => {
    const chat = await booked(true);
    const said = texts(await chat.send(change));
    expect(said).toMatch(/^\*\*Le recuerdo: por favor hágase revisar hoy/);
    expect(said).toMatch(/Hecho: la clínica le llamará el/);
    const stored = await only(chat);
    expect(stored.timeChange?.count).toBe(1);
    expect(stored.urgent).toBe(true);
  });

  it.each([
    "I'll skip urgent care and just wait for your call on Friday instead",
    "actually I'd rather not go in today, Thursday afternoon works better for the call",
    'mejor espero la llamada del jueves en vez de ir a urgencias',
  ])('"%s": putting the check off is still answered as waiting', async (text) => {
    const chat = await booked(/[áéíóúñ]|mejor/.test(text));
    const said = texts(await chat.send(text));
    expect(said).toMatch(/don't leave it until later|no lo deje para después/);
    expect(said).not.toMatch(/Done:|Hecho:/);
    expect((await only(chat)).timeChange).toBeUndefined();
  });
});
