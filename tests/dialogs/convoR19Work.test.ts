// Round 19 (tune conversation 3): a construction foreman writing Spanish and English. Knee pads asked
// in Spanglish, painkillers every day to get through work, and "¿tienen a alguien que hable español?"
// in the same message as the callback request. Wordings of our own beside the writer's.
import { describe, expect, it } from 'vitest';
import { chatAfter, texts } from './harness';

describe('knee pads and kneeling (convo 3 T5)', () => {
  it.each([
    'can I use knee pads? los que tengo son baratos, de la Home Depot',
    '¿sirven los knee pads baratos para trabajar hincado?',
  ])('"%s": the kneeling answer in Spanish, with what pads to use', async (text) => {
    const { chat } = await chatAfter('me duele la rodilla cuando me hinco en el trabajo');
    const said = texts(await chat.send(text));
    expect(said).toMatch(/rodilleras gruesas/);
    expect(said).toMatch(/caliente y roja/);
  });

  it('in English', async () => {
    const { chat } = await chatAfter('hello');
    const said = texts(await chat.send('are cheap knee pads from the hardware store any good'));
    expect(said).toMatch(/worn.thin/);
  });
});

describe('painkillers every day to get through work (convo 3 T6)', () => {
  it.each([
    ['mi esposa dice que tome ibuprofeno todos los días para aguantar el trabajo', /10 días seguidos/],
    ['I take advil every day to get through my shift, is that ok?', /10 days straight/],
  ])('"%s": the daily-use caution', async (text, expected) => {
    const { chat } = await chatAfter(text.startsWith('I') ? 'hello' : 'hola');
    expect(texts(await chat.send(text))).toMatch(expected);
  });
});

describe('a Spanish-speaking caller asked for with the callback (convo 3 T7)', () => {
  it.each([
    'ok. ¿tienen a alguien que hable español? quiero que me llamen, salgo del trabajo a las 4:30',
    'can someone who speaks spanish call me back after 4',
  ])('"%s": said honestly, marked, and the request goes on', async (text) => {
    const { chat } = await chatAfter(text.startsWith('ok') ? 'hola' : 'hello');
    const said = texts(await chat.send(text));
    expect(said).toMatch(/prefiere español|prefers Spanish/);
    expect(said).toMatch(/nombre|name/);
  });
});
