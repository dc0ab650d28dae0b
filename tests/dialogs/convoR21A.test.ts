// Round 21 (odd conversations A: 1, 3, 5): a blood thinner named with a same-day warning (the reason to
// go today; no anti-inflammatories; no tight wrap; no outing tomorrow; walking doesn't rule out a break;
// the address for afterwards), a child's limp (the hip or groin too, a painkiller, where to go today with
// no insurance), a callback time changed where the name is asked, and a Slack group (another person's own
// knee question, chatter and bystanders, walk-ins asked by the person driving). Wordings of our own.
import { describe, expect, it } from 'vitest';
import { type BotChat, chatAt, CLOSED_TIME, OPEN_TIME, reply, slackGroup, startedChat } from './harness';

const THINNER = [
  'I whacked my knee on the car door an hour ago and it has swollen up like a balloon. I am on warfarin',
  'fell on the garage step this morning, knee swelled up fast and keeps getting bigger, I take Xarelto',
  'banged my knee on the coffee table and it ballooned within the hour. I take blood thinners for afib',
];

async function after(first: readonly string[], now?: string): Promise<BotChat> {
  return (await startedChat(first, { now })).chat;
}

describe('a blood thinner named with a same-day warning (convo 1)', () => {
  it.each(THINNER)('"%s": the blood thinner is a reason to go today, with the 911 signs', async (first) => {
    const said = await reply(chatAt(), first);
    expect(said).toMatch(/checked today/);
    expect(said).toMatch(/blood thinner, which is one more reason to be seen today/);
    expect(said).toMatch(/cold, pale or numb/);
  });

  it.each([
    [THINNER[0]!, 'is it ok to take ibuprofen for the pain?'],
    [THINNER[1]!, 'what about aleve tonight'],
    [THINNER[2]!, 'can I have a couple of motrin before bed?'],
  ])('"%s" then "%s": no anti-inflammatories on it, acetaminophen usually', async (first, ask) => {
    const said = await reply(await after([first]), ask);
    expect(said).toMatch(/don't take Advil \(ibuprofen\)/);
    expect(said).toMatch(/Acetaminophen \(Tylenol\)/);
    expect(said).toMatch(/checked today/);
  });

  it('a blood thinner told after the warning is kept for the painkiller question', async () => {
    const chat = await after(['twisted my knee at soccer, heard a pop and it swelled up within an hour']);
    await chat.send('do I hold my Eliquis tonight?');
    expect(await reply(chat, 'and can I take an advil?')).toMatch(/don't take Advil/);
  });

  it('without a blood thinner, a painkiller question keeps the usual answer', async () => {
    const chat = await after(['twisted my knee at soccer, heard a pop and it swelled up within an hour']);
    expect(await reply(chat, 'can I take ibuprofen for the pain?')).not.toMatch(/blood thinner/);
  });

  it.each([
    'my walking club meets tomorrow at 8, can I go if I strap it up tight?',
    'ok if I still do my laps tonight if I wrap it really tightly?',
    'pickleball league is on saturday, could I still play if I tape it firmly',
  ])('"%s": not tight, and not until it has been checked', async (ask) => {
    const said = await reply(await after([THINNER[0]!]), ask);
    expect(said).toMatch(/don't wrap it tight/);
    expect(said).toMatch(/don't do that for now/);
    expect(said).not.toMatch(/Use ice, not heat/);
  });

  it.each([
    'can I walk with my group tomorrow morning?',
    'my yoga class is tonight, should I still go?',
    'can I go on my usual walk again on monday',
  ])('"%s" (no wrap): an outing ahead is not allowed yet, not read as waiting', async (ask) => {
    const said = await reply(await after([THINNER[1]!]), ask);
    expect(said).toMatch(/don't do that for now/);
    expect(said).not.toMatch(/wrap/);
  });

  it.each([
    "I'm walking around on it ok, so nothing's fractured, right?",
    'I can still stand on it so it cant be broken',
    'she can walk on it so it is not a break?',
  ])('"%s": walking does not rule out a break', async (ask) => {
    const said = await reply(await after([THINNER[2]!]), ask);
    expect(said).toMatch(/doesn't rule out a break/);
    expect(said).toMatch(/checked today/);
    expect(said).not.toMatch(/I hope it is/);
  });

  it.each(['where are you guys located?', "what's your address", 'fine. where is your office?'])(
    '"%s" on a closed day: closed today, the ER with the blood thinner, and the address for afterwards',
    async (ask) => {
      const said = await reply(await after([THINNER[0]!], CLOSED_TIME), ask);
      expect(said).toMatch(/closed for the rest of today/);
      expect(said).toMatch(/With a blood thinner, an emergency room is the best place today/);
      expect(said).toMatch(/4001 McEwen/);
    },
  );
});

const HIJO = 'mi niño de 10 años cojea desde el miércoles y le duele la rodilla, en la noche se despierta del dolor';
const SON = 'my 11 year old has been limping since friday and his knee hurts, it wakes him at night';

describe("a child's limp: the hip or groin too, a painkiller, where today without insurance (convo 3)", () => {
  it.each([
    [SON, 'now he says his groin hurts too'],
    [SON, 'he also points at his hip when it hurts'],
    [HIJO, 'también dice que le duele la cadera'],
  ])('"%s" then "%s": weight off the leg and no sport until seen', async (first, more) => {
    const said = await reply(await after([first]), more);
    expect(said).toMatch(/keep weight off that leg|apoye esa pierna lo menos posible/);
    expect(said).toMatch(/no sports|nada de deportes/);
  });

  it.each([
    [SON, 'can I give him some tylenol so he can sleep?'],
    [SON, 'is it ok to give him children’s motrin tonight'],
    [HIJO, '¿le puedo dar paracetamol para el dolor?'],
  ])('"%s" then "%s": the label dose for age and weight, fever means the ER', async (first, ask) => {
    const said = await reply(await after([first]), ask);
    expect(said).toMatch(/dose on the label for\s+your child's age and weight|dosis de la etiqueta/);
    expect(said).toMatch(/emergency room now|sala de emergencias ahora/);
  });

  it.each([
    [SON, "where do I take him today? we don't have insurance"],
    [SON, 'we have no insurance, where should we go today?'],
    [HIJO, '¿y a dónde lo llevo hoy? no tenemos aseguranza'],
  ])('"%s" then "%s" on a Saturday: a children\'s ER today, seen whatever they can pay', async (first, ask) => {
    const said = await reply(await after([first], CLOSED_TIME), ask);
    expect(said).toMatch(/children's emergency room|sala de emergencias, de niños/);
    expect(said).toMatch(/must check and stabilize everyone|tiene que revisar y estabilizar a todos/);
    expect(said).not.toMatch(/insurance card|tarjeta del seguro/);
  });

  it('asked inside a callback request: the same answer, not the clinic visits card, then the name again', async () => {
    const chat = await after([HIJO, 'me pueden llamar el lunes a las 11? mi número es 214-555-0177'], CLOSED_TIME);
    const said = await reply(chat, 'oiga, ¿y a dónde lo llevo hoy? no tengo seguro');
    expect(said).toMatch(/tiene que revisar y estabilizar a todos/);
    expect(said).not.toMatch(/Visitar la clínica|tarjeta del seguro/);
    expect(said).toMatch(/nombre/);
  });
});

describe('a callback time changed where the name is asked (convo 3 T5)', () => {
  it.each([
    [
      'can you call me tomorrow at 10am? 214-555-0148',
      "oh wait I'm in a meeting at 10, make it 3 pm instead",
      /3\s?p\.?m/i,
    ],
    ['call me back tomorrow at 9 please, 469-555-0112', 'sorry, 9 is bad, can we do 2pm rather', /2\s?p\.?m/i],
    [
      '¿me llaman mañana a las 11? mi cel es 972-555-0190',
      'ay perdón, a las 11 no puedo, mejor a las 5 de la tarde',
      /5\s?p\.?\s?m/i,
    ],
  ])('"%s" then "%s": one request with the new time, then the name', async (first, change, time) => {
    const chat = await after([first]);
    const said = await reply(chat, change);
    expect(said).toMatch(time);
    expect(said).toMatch(/tomorrow|mañana/);
    expect(said).not.toMatch(/Please type just the name|escriba solo el nombre/);
    expect(said).toMatch(/name|nombre/);
  });
});

const POP = 'landed weird at volleyball last night, heard a pop and the knee puffed up within an hour';

describe('a Slack group after a same-day warning (convo 5)', () => {
  it.each([
    "@kneebot random question, my knee clicks when I squat but it doesn't hurt, is that bad?",
    '@kneebot different question: my knees pop going up stairs, no pain. should I worry',
    '@kneebot unrelated, my knees make a popping noise when I stand up from the couch, no pain at all. should I be concerned',
  ])('"%s": its own answer (knee noises), not the other person\'s warning', async (ask) => {
    const g = slackGroup();
    await g.send(POP);
    const said = await reply(g, ask);
    expect(said).toMatch(/Clicking, cracking and popping/);
    expect(said).not.toMatch(/checked today/);
  });

  it.each([
    'this deploy is killing me lol',
    'my brother did the same thing skiing years ago, he is fine now',
    'classic. standup is gonna be fun',
  ])('"%s" (chatter, not to the bot): no reminder, no reply', async (chatter) => {
    const g = slackGroup();
    await g.send(POP);
    expect(await g.send(chatter)).toHaveLength(0);
  });

  it('a sign told in the chatter is still answered', async () => {
    const g = slackGroup();
    await g.send(POP);
    expect(await reply(g, 'ugh now my foot is going numb')).toMatch(/911|today/);
  });

  it.each([
    ['does the clinic take walk-ins? I can drive her over after lunch', OPEN_TIME, /call us on .* before coming/],
    ['do you guys take walk ins? ill take him at noon', OPEN_TIME, /call us on .* before coming/],
    ['does your office take walk-ins, I could drive him there', CLOSED_TIME, /closed for the rest of today/],
  ])('"%s": walk-ins answered, and the driver is not told not to drive', async (ask, now, answer) => {
    const g = slackGroup(now);
    await g.send(POP);
    const said = await reply(g, ask);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(/don't drive yourself/);
  });
});
