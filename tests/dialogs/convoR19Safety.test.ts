// Round 19 (tune conversations 1, 7, 9): a within-days warning held as firmly as the act-now ones
// (pushing back on the stop, a meet named, "what exactly does he need to do?", a parent taking over).
// Wordings of our own beside the writer's; Spanish where the mechanism has Spanish words.
import { describe, expect, it } from 'vitest';
import { chatAfter, realKnowledge, texts } from './harness';
import { createTriage } from '../../src/triage';
import { classifyFollowUp, newReader, soonFollowUp } from '../../dialogs/safetyFollowUp';

const BONE = 'my shin hurts in one exact spot and it hurts when i hop on it';
const CHILD = 'my 11 year old son has had knee pain for 5 days and he is limping';

describe('within days: pushing back on the stop (convo 1 T4)', () => {
  it.each([
    'bruh state qualifier is next wk i cant just stop',
    'regionals are in 8 days, I can not miss them',
    'I have districts on saturday, no way I am sitting out',
  ])('"%s": the meet named, the warning held', async (text) => {
    const { chat } = await chatAfter(BONE);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/please don't plan it yet/);
    expect(said).toMatch(/rest it from running/);
    expect(said).not.toMatch(/Did you mean/);
  });

  it.each(["honestly i can't just stop running right now", 'stopping is not an option for me', "I'm not stopping"])(
    '"%s": heard, the warning again with why, and how to book',
    async (text) => {
      const { chat } = await chatAfter(BONE);
      const said = await chat.send(text);
      const body = texts(said);
      expect(body).toMatch(/stopping is hard/);
      expect(body).toMatch(/can turn into a break/);
      expect(body).toMatch(/\(214\) 972-0302/);
      expect(said.flatMap((s) => s.choices)).toContain('Request a callback');
    },
  );

  it('in Spanish', () => {
    expect(soonFollowUp('no puedo dejar de correr ahorita', 'es')).toBe('pushback');
    expect(soonFollowUp('el campeonato es el sábado, no puedo parar', 'es')).toBe('race');
  });

  it('a race told as the past, or stopping something else, is not pushback', () => {
    expect(soonFollowUp('I ran a race last month')).toBeUndefined();
    expect(soonFollowUp('the pain wont stop at night')).not.toBe('pushback');
  });
});

describe('what to do, asked outright or by someone taking over (convo 1 T5)', () => {
  it.each([
    'Hi, this is his mom, Karen. He just showed me this chat. What exactly does he need to do?',
    'his dad here, what should he do?',
    'ok so what do we do now',
    'what are the next steps',
  ])('"%s" after a within-days warning: the warning plainly, with the phone and a callback', async (text) => {
    const { chat } = await chatAfter(BONE);
    const said = await chat.send(text);
    const body = texts(said);
    expect(body).toMatch(/Here is what to do/);
    expect(body).toMatch(/Stop running/);
    expect(body).toMatch(/next few days/);
    expect(body).toMatch(/\(214\) 972-0302/);
    expect(said.flatMap((s) => s.choices)).toContain('Request a callback');
    expect(body).not.toMatch(/not sure about that one/);
  });

  it('a parent taking over with no question gets the warning too, with a word for them', async () => {
    const { chat } = await chatAfter(BONE);
    const body = texts(await chat.send("Hello, I'm her mother."));
    expect(body).toMatch(/Thank you for stepping in/);
    expect(body).toMatch(/Stop running/);
  });

  it('the same after a same-day warning', async () => {
    const { chat } = await chatAfter(CHILD);
    const body = texts(await chat.send('this is his grandma, what does he need to do exactly'));
    expect(body).toMatch(/Thank you for stepping in/);
    expect(body).toMatch(/get it checked today/);
    expect(body).toMatch(/Have a doctor check your child today/);
    expect(body).not.toMatch(/Did you mean|not sure about that one/);
  });

  it('someone new with a question of their own is not only the warning', () => {
    expect(newReader('this is his mom, do you take insurance?')).toBe(false);
    expect(newReader('this is his mom')).toBe(true);
  });

  it('what to do for the swelling stays home care; Spanish asks are read', () => {
    expect(classifyFollowUp('what should I do for the swelling in the meantime?')).toBe('home-care');
    expect(classifyFollowUp('¿qué tiene que hacer exactamente?', 'es')).toBe('what-to-do');
    expect(soonFollowUp('soy su mamá, ¿qué tiene que hacer?', 'es')).toBe('what-to-do');
  });
});

const CRISIS = 'some days I think everyone would be better off if I just was not around';

describe('after the crisis reply: a brush-off with a question, the knee, the clinic (convo 7 T4, T5, T7)', () => {
  it('"forget I said that" with a question: "are you safe right now?" once, with 988, then the answer', async () => {
    const { chat } = await chatAfter(CRISIS);
    const first = texts(await chat.send('whatever, forget I said that. is swimming ok for my knee?'));
    expect(first).toMatch(/are you safe right now\?/);
    expect(first).toMatch(/988/);
    expect(first).toMatch(/swimming/i);
    const second = texts(await chat.send('never mind all that, does foam rolling help?'));
    expect(second).not.toMatch(/are you safe right now\?/);
    expect(second).toMatch(/988/);
    expect(second).toMatch(/Foam rolling/);
  });

  it.each([
    "I said I'm fine. just answer the knee stuff please",
    'can we just get back to my knee',
    'only knee questions please',
  ])('"%s": respected, the clinic offered, one short 988 line', async (text) => {
    const { chat } = await chatAfter(CRISIS);
    const said = await chat.send(text);
    const body = texts(said);
    expect(body).toMatch(/stick to your knee/);
    expect(body).toMatch(/\(214\) 972-0302/);
    expect(body.match(/988/g)).toHaveLength(1);
    expect(said.flatMap((s) => s.choices)).toContain('Request a callback');
  });

  it.each([
    "ok maybe I'll call you guys. what's the number",
    'what are your hours?',
    'can I book an appointment with you',
  ])('"%s": the clinic\'s phone, hours and a callback, and a short 988 line (not 988 alone)', async (text) => {
    const { chat } = await chatAfter(CRISIS);
    const said = await chat.send(text);
    const body = texts(said);
    expect(body).toMatch(/\(214\) 972-0302/);
    expect(body).toMatch(/Mon–Fri 8am–6pm/);
    expect(body).toMatch(/988/);
    expect(said.some((s) => s.tel === 'tel:+12149720302')).toBe(true);
  });

  it('the number asked again for the line itself stays the crisis line', async () => {
    const { chat } = await chatAfter(CRISIS);
    const body = texts(await chat.send("what's that number again"));
    expect(body).toMatch(/988/);
    expect(body).not.toMatch(/972-0302/);
  });

  it('said again with the clinic in it is still the crisis first', async () => {
    const { chat } = await chatAfter(CRISIS);
    const body = texts(await chat.send('i want to kill myself, should i call you guys'));
    expect(body).toMatch(/988/);
  });
});

describe('no question about ending a life without a word about mood, life or means (convo 9 T2)', () => {
  const triage = createTriage(realKnowledge());
  it.each([
    "she didn't fall or anything. says it's the front of the knee, sometimes up her thigh",
    'he says its the side of the knee, sometimes down his shin',
    'sometimes my knee sort of jams and then releases itself',
  ])('"%s" gets no self-harm question', (text) => {
    expect(triage.suspect(text)?.flag.id).not.toBe('self-harm');
  });

  it.each(['some nights I think about driving into a wall', 'everyone would be better off without me around'])(
    '"%s" still does (or is the alarm)',
    (text) => {
      const flagged = triage.classify(text);
      const ids = flagged.kind === 'red-flag' ? flagged.result.flags.map((f) => f.id) : [];
      expect([...ids, triage.suspect(text)?.flag.id]).toContain('self-harm');
    },
  );

  it('in the conversation: after the same-day warning, the parent is not asked about self-harm', async () => {
    const { chat } = await chatAfter(CHILD);
    const body = texts(
      await chat.send("she didn't fall or anything. says it's the front of the knee, sometimes up her thigh"),
    );
    expect(body).not.toMatch(/ending (?:their|your) life/);
  });
});

describe("a child's weight mentioned after a same-day limp warning (convo 9 T6)", () => {
  it.each([
    'her pediatrician has mentioned her weight before, if that matters',
    "he's a big kid for his age, could that be part of it?",
    'the doctor said she is a little overweight',
  ])('"%s": tell the doctor today, keep off the leg, no judgement', async (text) => {
    const { chat } = await chatAfter(CHILD);
    const body = texts(await chat.send(text));
    expect(body).toMatch(/please tell the doctor today/);
    expect(body).toMatch(/keep them off that leg/);
    expect(body).toMatch(/nothing to feel bad about/);
    expect(body).toMatch(/checked today/);
  });

  it('after a calf warning, a trip ahead is still about the clot, and weight brings no growth-plate note', async () => {
    const { chat } = await chatAfter('my calf is swollen and sore since yesterday');
    expect(texts(await chat.send("I'm supposed to fly home tomorrow"))).toMatch(/Please don't fly/);
    const { chat: other } = await chatAfter('my calf is swollen and sore since yesterday');
    expect(texts(await other.send("I'm a bit overweight if that matters"))).not.toMatch(/growth-plate/);
  });
});
