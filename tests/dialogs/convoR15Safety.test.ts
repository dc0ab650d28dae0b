// Round 15: questions asked while an act-now reply stands (tune conversations f01, f03, f09): work
// and insurance, what to tell them, care here afterwards, a slot here, a painkiller, and after a
// crisis reply a brush-off with a question and a thank-you. Wordings of our own, both languages.
import { describe, expect, it } from 'vitest';
import { BotChat, CLOSED_TIME, makeDeps, OPEN_TIME, texts } from './harness';
import { classifyFollowUp } from '../../dialogs/safetyFollowUp';

const EMERGENCY = 'my kneecap is stuck way out to the side after I fell and I cannot straighten my leg';
const ER = 'my knee is red and hot and swollen and I have a fever';
const URGENT = 'felt a pop in my knee playing soccer this morning and it swelled up within an hour';
const CRISIS = 'honestly everyone would be better off without me';

async function after(first: string, now = OPEN_TIME): Promise<BotChat> {
  const chat = new BotChat({ deps: makeDeps({ now }) });
  await chat.send(first);
  return chat;
}

describe('classifying the new follow-up kinds', () => {
  const CASES: Array<[string, string | undefined]> = [
    ['HR told me I need to see the company doctor or it wont be covered', 'paperwork'],
    ['does this count as workers compensation', 'paperwork'],
    ['should I call my boss first?', 'paperwork'],
    ['what should I say to the paramedics', 'tell-them'],
    ['what do I bring with me', 'tell-them'],
    ['can I do my rehab with you afterwards', 'after-care'],
    ['after the ER can I see your physio', 'after-care'],
    ['whats the soonest you could fit me in', 'appointment'],
    ['any appointments left today?', 'appointment'],
    ['is it ok to take tylenol on the way', 'painkiller'],
    ['can I take a couple of advil and lie down', 'home-care'],
    ["I'll take ibuprofen and see how it goes", 'home-care'],
    ['really appreciate you being kind about it', 'thanks'],
    // Spanish
    ['mi patrón dice que tengo que ir a la clínica de la compañía', 'paperwork'],
    ['¿qué les digo cuando llegue?', 'tell-them'],
    ['¿y después del hospital puedo ir con ustedes para el seguimiento?', 'after-care'],
    ['¿cuándo es lo más pronto que me pueden ver?', 'appointment'],
    ['¿puedo tomar ibuprofeno antes de ir?', 'painkiller'],
    ['muchas gracias por escucharme, de verdad se lo agradezco', 'ack'],
  ];
  for (const [text, kind] of CASES)
    it(`"${text}" → ${kind}`, () => {
      const got = classifyFollowUp(text, /[áéíóñ¿]|\b(?:mi|que|puedo|gracias)\b/.test(text) ? 'es' : 'en');
      if (kind === 'ack') expect(['ack', 'thanks']).toContain(got);
      else expect(got).toBe(kind);
    });
});

describe('playing it down by what still works', () => {
  it.each([
    ['i can walk on it, sort of, it just wobbles on stairs', 'dismiss'],
    ['he can still stand on it so its fine right', 'dismiss'],
    ["I can't walk on it at all", undefined],
    ['can I walk on it?', undefined],
  ])('"%s" → %s', (text, kind) => {
    expect(classifyFollowUp(text, 'en')).toBe(kind);
  });
});

describe('work, insurance or forms while the instruction stands', () => {
  for (const [first, keep] of [
    [EMERGENCY, /call 911 now/],
    [ER, /emergency room/],
    [URGENT, /checked today/],
  ] as const)
    it(`not advised on, sorted later, the instruction kept (${keep.source})`, async () => {
      const chat = await after(first);
      const said = texts(
        await chat.send('my manager says I have to go to the company clinic or workers comp wont pay'),
      );
      expect(said).toMatch(/can't advise on workers' comp/);
      expect(said).toMatch(/sort that out\s+later/);
      expect(said).toMatch(keep);
      expect(said).not.toMatch(/Our clinic can't give emergency care/);
    });

  it('Spanish: usted, and the instruction kept', async () => {
    const chat = await after('se me salió la rótula y no puedo enderezar la pierna');
    const said = texts(
      await chat.send('mi supervisor dice que tengo que ir a la clínica de la empresa por la compensación laboral'),
    );
    expect(said).toMatch(/No puedo aconsejarle/);
    expect(said).toMatch(/911/);
  });
});

describe('"what do I tell them?" gets what to tell, with the instruction', () => {
  it('after 911: what happened, when, what they see, medicines and allergies; no menu', async () => {
    const chat = await after(EMERGENCY);
    const said = await chat.send('ok so what am I supposed to tell the paramedics');
    expect(texts(said)).toMatch(/call 911 now/);
    expect(texts(said)).toMatch(/what happened and when/);
    expect(texts(said)).toMatch(/allergies/);
    expect(texts(said)).not.toMatch(/Did you mean/);
  });

  it('after a same-day reply, in Spanish', async () => {
    const chat = await after('sentí un tronido en la rodilla jugando fútbol y se hinchó en una hora');
    const said = texts(await chat.send('¿qué les digo cuando llegue?'));
    expect(said).toMatch(/qué pasó y cuándo/);
    expect(said).toMatch(/alergias/);
  });
});

describe('care here afterwards: yes, how to reach us, the instruction first', () => {
  for (const [first, keep] of [
    [EMERGENCY, /call 911 now/],
    [ER, /emergency room now/],
    [URGENT, /checked today/],
  ] as const)
    it(`(${keep.source})`, async () => {
      const chat = await after(first);
      const said = texts(await chat.send('once it is sorted, could I do my rehab with you guys?'));
      expect(said).toMatch(/Yes: once it has been/);
      expect(said).toMatch(/\(214\) 972-0302/);
      expect(said).toMatch(/Central|CT|Dallas/);
      expect(said).toMatch(keep);
      expect(said).not.toMatch(/Our clinic can't give emergency care/);
    });

  it('Spanish', async () => {
    const chat = await after('se me salió la rótula y no puedo enderezar la pierna');
    const said = texts(await chat.send('¿después del hospital puedo hacer la terapia con ustedes?'));
    expect(said).toMatch(/podemos ayudarle con la recuperación/);
    expect(said).toMatch(/911/);
  });
});

describe('a slot here after a same-day reply', () => {
  it('on a closed day: closed today, the hours, urgent care or an ER today', async () => {
    const chat = await after(URGENT, CLOSED_TIME);
    const said = texts(await chat.send("when's your next available appointment? I'm at work until 5"));
    expect(said).toMatch(/closed for the rest of today \(Saturday\)/);
    expect(said).toMatch(/Mon–Fri/);
    expect(said).toMatch(/urgent care or an emergency room today/);
  });

  it('on an open day: call to ask about today, and today elsewhere if not', async () => {
    const chat = await after(URGENT, OPEN_TIME);
    const said = texts(await chat.send('how soon could you see me?'));
    expect(said).toMatch(/call us at \(214\) 972-0302 to ask about today/);
    expect(said).toMatch(/today/);
  });

  it('after 911 a slot is for afterwards', async () => {
    const chat = await after(EMERGENCY);
    const said = texts(await chat.send('can I book an appointment with you instead'));
    expect(said).toMatch(/911/);
  });
});

describe('a painkiller asked about', () => {
  it('same day: a pharmacist, the label, not to mask pain, still today', async () => {
    const chat = await after(URGENT);
    const said = texts(await chat.send('is it fine to take some aleve before heading over'));
    expect(said).toMatch(/pharmacist/);
    expect(said).toMatch(/label/);
    expect(said).toMatch(/hide the pain/);
    expect(said).toMatch(/checked today/);
    expect(said).not.toMatch(/Ice wrapped in a cloth/);
  });

  it('after 911: nothing by mouth until the call-taker says', async () => {
    const chat = await after(EMERGENCY);
    const said = texts(await chat.send('can I at least take a painkiller'));
    expect(said).toMatch(/not even a painkiller/);
  });

  it('Spanish, same day', async () => {
    const chat = await after('sentí un tronido en la rodilla jugando fútbol y se hinchó en una hora');
    const said = texts(await chat.send('¿puedo tomar un advil mientras?'));
    expect(said).toMatch(/farmacéutico/);
    expect(said).toMatch(/revisar hoy/);
  });
});

describe('after a crisis reply', () => {
  it('the first reply asks directly whether they are safe, with 988 (Spanish option) and 911', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said = texts(await chat.send(CRISIS));
    expect(said).toMatch(/Are you safe right now\?/);
    expect(said).toMatch(/988/);
    expect(said).toMatch(/español/);
    expect(said).toMatch(/911/);
  });

  it('a brush-off with a knee question: a gentle check-in, then the knee answer', async () => {
    const chat = await after(CRISIS);
    const said = texts(await chat.send('ugh ignore that, bad day. anyway what stretches help a sore kneecap?'));
    expect(said).toMatch(/That's okay, and I'll answer your question/);
    expect(said).toMatch(/988/);
    expect(said).not.toMatch(/I'm glad to hear that/);
    expect(said.length).toBeGreaterThan(200);
  });

  it('words that say it again still get the line, not a check-in', async () => {
    const chat = await after(CRISIS);
    const said = texts(await chat.send("forget it, there's no point anyway. what about my knee?"));
    expect(said).toMatch(/988/);
    expect(said).not.toMatch(/I'll answer your question/);
  });

  it('a thank-you gets a warm close with 988, not "I didn\'t follow"', async () => {
    const chat = await after(CRISIS);
    const said = texts(await chat.send('thank you for being so decent about what I said earlier'));
    expect(said).toMatch(/You're welcome/);
    expect(said).toMatch(/988/);
    expect(said).not.toMatch(/didn't follow/);
  });

  it('Spanish thank-you', async () => {
    const chat = await after('a veces pienso que todos estarían mejor sin mí');
    const said = texts(await chat.send('gracias por tomarlo con calma, se lo agradezco'));
    expect(said).toMatch(/988/);
    expect(said).not.toMatch(/No le entendí/);
  });
});
