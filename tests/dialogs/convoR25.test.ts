// Round 25 (odd conversations 3, 5, 7 and 9). Infection signs after a knee operation told as comparisons and a
// smelly wound; then "it's not like I'm dying" (minimising, no crisis question), a booked visit as the reason to
// wait, and "what if nobody picks up?"; a knee swelling fast on a blood thinner after a same-day warning; one leg
// swollen after a long bus ride (Spanish), a leg that "fell asleep" on the trip, and where the scan is done; a
// long-standing limit on walking that is no fracture alarm. Every message here is written for these tests.
import { describe, expect, it } from 'vitest';
import { chatAfter, texts } from './harness';

const SELF_HARM_QUESTION = /thoughts of ending your life|pensamientos de quitarse la vida/;
const ER_NOW = /emergency room now/;

describe('a knee or wound infected after an operation, told in passing (convo 7 T4)', () => {
  it.each([
    'my TKR was 12 days ago. the scar is seeping greenish fluid and smells bad, and my temp was 101.2 last night',
    "since my knee replacement last week the knee is redder and warmer each day and I feel shivery, that's just healing right?",
    'ACL reconstruction 9 days ago, the incision is draining cloudy yellow stuff now and the knee feels hotter',
  ])('"%s": an emergency room now, no confirm question', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/emergency room/);
    expect(said).not.toMatch(/one quick safety question/);
  });
});

describe('after the infection warning: putting it off (convo 7 T5, T6)', () => {
  const WARNED = 'had my knee replaced 10 days ago, the incision is leaking smelly yellow fluid and my temp is 101';

  it.each([
    "I hate to bother my surgeon on a Sunday, it's not like I'm dying. I see him Tuesday anyway",
    "it's not as if I'm dying, my post-op appointment is next week",
    "I don't want to make a fuss, I'm not dying. my follow-up is on Monday",
  ])('"%s": no crisis question, and not waiting for the booked visit', async (text) => {
    const { chat } = await chatAfter(WARNED);
    const said = texts(await chat.send(text));
    expect(said).not.toMatch(SELF_HARM_QUESTION);
    expect(said).toMatch(/don't wait/i);
    expect(said).not.toMatch(/we can help with your recovery/);
  });

  it.each([
    'what if I call the on-call number and no one answers?',
    "I tried the surgeon's office but it went straight to voicemail",
    "what if they don't call me back?",
  ])('"%s": go now without waiting for a call back, no staff voicemail script', async (text) => {
    const { chat } = await chatAfter(WARNED);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/don't wait for a call back/);
    expect(said).toMatch(ER_NOW);
    expect(said).not.toMatch(/For clinic staff/);
  });

  it('a real statement is still asked about: "not like anyone would miss me if I died"', async () => {
    const { chat } = await chatAfter(WARNED);
    const said = texts(await chat.send("honestly it's not like anyone would miss me if I died"));
    expect(said).toMatch(/988/);
  });
});

describe('on a blood thinner, the knee swelling fast after the same-day warning (convo 3 T5)', () => {
  const FELL = "I'm 68 and I fell on the ice this morning and landed on my knee";

  it.each([
    "I'm on warfarin. it's blowing up now, much bigger than the other knee in the last hour. I'll keep icing it",
    'I take Xarelto, and the knee has swollen up really fast this past hour, tight and throbbing',
    "on Eliquis btw. the swelling came up fast in the last hour, I'll just keep my leg up",
  ])('"%s": an emergency room now, never urgent care', async (text) => {
    const { chat } = await chatAfter(FELL);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/emergency room/);
    expect(said).not.toMatch(/urgent care center or an emergency room today/);
  });

  it('the thinner told first, then the fast swelling: an emergency room now', async () => {
    const { chat } = await chatAfter(FELL, 'should I ice it? I take Eliquis');
    const said = texts(await chat.send('it just ballooned, twice the size in an hour and throbbing. ice still on it'));
    expect(said).toMatch(/bleeding into the joint/);
    expect(said).toMatch(ER_NOW);
  });
});

describe('one leg swollen after a long sit on a trip (convo 5 T2, T3, T7, T9)', () => {
  it.each([
    'vengo de un viaje de 14 horas en autobús y se me hinchó el tobillo izquierdo y la rodilla, el otro está normal',
    'after the 10 hour drive my left ankle and knee swelled up, the other leg is fine',
    'después del vuelo se me hinchó la pierna derecha, la izquierda está bien',
  ])('"%s": the clot check today', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/coágulo|blood clot/);
    expect(said).toMatch(/hoy|today/);
  });

  const ES = 'llegué de un viaje en camión de 12 horas y tengo la pierna derecha hinchada, la otra está normal';

  it.each([
    '¿no será que se me durmió la pierna en el autobús?',
    '¿será nomás que se me durmió el pie de tanto estar sentada?',
    'yo creo que se me durmió la pierna en el camión, nada más',
  ])('"%s": the check today kept, no 911 numb-foot jump', async (text) => {
    const { chat } = await chatAfter(ES);
    const said = texts(await chat.send(text));
    expect(said).not.toMatch(/Llame al 911 ahora/);
    expect(said).not.toMatch(/nervio/);
    expect(said).toMatch(/hoy/);
  });

  it.each(['nomás fue de estar sentada tantas horas', 'es de ir sentado todo el viaje, ¿verdad?'])(
    '"%s": sitting long makes a clot likelier, not a runner\'s knee card',
    async (text) => {
      const { chat } = await chatAfter(ES);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/coágulo/);
      expect(said).not.toMatch(/Rodilla del corredor/);
    },
  );

  it.each(['¿ustedes hacen el ultrasonido?', '¿dónde me hacen ese estudio?'])(
    '"%s": an ER or an urgent care with a leg ultrasound, not an X-ray',
    async (text) => {
      const { chat } = await chatAfter(ES);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/ultrasonido de la\s+pierna/);
      expect(said).not.toMatch(/radiografía/);
    },
  );
});
