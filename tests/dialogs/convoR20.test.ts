// Round 20 (odd conversations 1, 3, 5, 7, 9): signs told across messages (a fall, then a bone sore to
// press; a "yes" about walking, then a knee that bends only halfway), a child's fever told after a limp
// warning, the way to go asked while a warning stands (ER or urgent care, a car or the ambulance, a ride
// only later), bringing the pill bottles, the cost of a work injury, a care question inside a callback
// request, a wound already treated, a crisis brush-off that asks for rehab, and after-surgery answers.
// Wordings of our own, in English and Spanish where the conversation was Spanish.
import { describe, expect, it } from 'vitest';
import { BotChat, chatAfter, makeDeps, OPEN_TIME, spanishKnowledge, texts } from './harness';
import { createTriage } from '../../src/triage';
import { classifyFollowUp, reportsFever } from '../../dialogs/safetyFollowUp';
import { quitCommand } from '../../dialogs/quitCommand';

const CHILD = 'my daughter is 7 and she has been limping for two days, her knee hurts';
const NIÑO = 'mi hijo de 8 años está cojeando desde ayer y le duele la rodilla';
const CALF = 'I had knee surgery 10 days ago and now my calf is swollen and tender when I press it';
const BLEED = 'I came off my bike and my knee is bleeding pretty good through my shorts';

describe('an answer to the safety question that names the sign after a "yes" about something else (convo 3 T2)', () => {
  it.each([
    [
      'I fell off a ladder at work yesterday and my knee hurts',
      'yes I can walk on it, but I can only bend it about halfway',
    ],
    [
      'took a tumble down the stairs this morning and my knee is sore',
      'yeah I can get around, though it wont bend past halfway',
    ],
    ['me caí de la escalera en la obra y me duele la rodilla', 'sí camino, pero nomás la doblo como hasta la mitad'],
    [
      'me resbalé en el trabajo y me pegué feo en la rodilla, me duele',
      'si, puedo caminar, pero apenas se me dobla un poquito',
    ],
  ])('"%s" then "%s": the X-ray today, not "did you mean"', async (first, answer) => {
    const { chat } = await chatAfter(first);
    const said = texts(await chat.send(answer));
    expect(said).toMatch(/X-ray today|radiografía hoy/);
    expect(said).not.toMatch(/Did you mean|Se refería/);
  });

  it('a height fallen from is not a child\'s age ("como de 8 pies")', () => {
    const triage = createTriage(spanishKnowledge(), { language: 'es' });
    const out = triage.classify(
      'ayer me caí de un andamio como de 10 pies y la rodilla me duele mucho. si puedo caminar pero cojeando, y no la puedo doblar, nomás a la mitad',
    );
    const ids = out.kind === 'red-flag' ? out.result.flags.map((f) => f.id) : [];
    expect(ids).toContain('ottawa-fracture-signs');
    expect(ids).not.toContain('child-hip-knee-pain');
  });
});

describe('a fall told first, a bone sore to press told after (convo 3 T3)', () => {
  it.each([
    [
      'I took a tumble off my bike yesterday, what can I do for the bruise on my knee?',
      'also one spot on the shin bone right below my knee hurts like crazy when I press on it',
    ],
    [
      'got knocked over in the game last night, knee is bruised',
      'and there is a spot on the bone under my kneecap that is really tender to touch',
    ],
    [
      'ayer me caí de la escalera en el trabajo, ¿qué me pongo para el moretón?',
      'también tengo un punto en el hueso abajo de la rodilla que si lo aprieto me duele mucho',
    ],
  ])('"%s" then "%s": the X-ray today, not the running stress-injury card', async (first, next) => {
    const { chat } = await chatAfter(first);
    const said = texts(await chat.send(next));
    expect(said).toMatch(/X-ray|radiografía/);
    expect(said).not.toMatch(/Stop running|Deje de correr|next few days|próximos días/);
  });

  it('without a fall, a spot on the shin that hurts when running stays the within-days advice', async () => {
    const { chat } = await chatAfter('I run 30 miles a week');
    const said = texts(await chat.send('one spot on my shin bone hurts when I press it and when I hop'));
    expect(said).not.toMatch(/X-ray today/);
  });
});

describe('the cost of a work injury while the X-ray today stands (convo 3 T4)', () => {
  it.each([
    ['no tengo seguro y mi patrón no quiere pagar, ¿cuánto sale una radiografía?', /compensación laboral/],
    ['no tengo aseguranza, ¿cuánto me va a costar?', /workers' comp/],
    ["I don't have insurance and my boss says he won't pay, how much is an x-ray?", /workers' comp insurance may pay/],
    ["I can't afford urgent care, I fell at work", /workers' comp insurance may pay/],
  ])('"%s": no price, workers\' comp may cover it, still today', async (text, comp) => {
    const { chat } = await chatAfter('I fell off a ladder at work and now I cannot bend my knee past halfway');
    const said = texts(await chat.send(text));
    expect(said).toMatch(comp);
    expect(said).toMatch(/today|hoy/);
    expect(said).toMatch(/can't give prices|No le puedo dar precios/);
    expect(said).toMatch(/\(214\) 972-0302/);
    expect(said).not.toMatch(/\$\d/);
  });
});

describe('a care question inside a callback request while a warning stands (convo 3 T7)', () => {
  it.each([
    [
      'me caí en el trabajo y no puedo doblar la rodilla ni a la mitad',
      'pueden llamarme mañana en la tarde?',
      'Luis Pérez, 214 555 0199',
      'y mientras, ¿hielo o calor?',
      /hielo, no calor/,
    ],
    [
      'I fell at work and cannot bend my knee past halfway',
      'can you call me back tomorrow afternoon?',
      'Luis Perez, 214 555 0199',
      'meanwhile should I ice it or use heat?',
      /ice, not heat/,
    ],
  ])('answered with the warning kept, then the request goes on', async (fall, ask, who, question, answer) => {
    const { chat } = await chatAfter(fall, ask, who);
    const said = await chat.send(question);
    const body = texts(said);
    expect(body).toMatch(answer);
    expect(body).toMatch(/today|hoy/);
    // the request's own question again, last
    expect(said[said.length - 1]!.text).toMatch(/talk about|de qué le gustaría hablar|call you|llamarle/);
    expect(said.flatMap((s) => s.choices)).not.toContain('Where should I go?');
  });
});

describe('bleeding through sports kit, or "pretty good" (convo 5 T2)', () => {
  it.each([
    'my knee is bleeding pretty good through my shorts',
    "she's bleeding through her leggings after the fall",
    'the cut on his knee is bleeding quite a bit',
  ])('"%s": press on it, and 911', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Press hard on the wound/);
    expect(said).toMatch(/911/);
  });

  it('a little bleeding is no alarm', async () => {
    const { said } = await chatAfter('my knee scrape is bleeding a little');
    expect(said).not.toMatch(/Call 911 now/);
  });
});

describe('driving the injured person ourselves while 911 stands for bleeding (convo 5 T4)', () => {
  it.each([
    'should we just throw him in my car and go to the hospital?',
    'can I put her in the truck and drive her to Parkland',
    'my buddy can drive me to the ER, faster than an ambulance',
  ])('"%s": 911 is best; pressure the whole way; he neither drives nor rides', async (text) => {
    const { chat } = await chatAfter(BLEED);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/calling 911 is best/);
    expect(said).toMatch(/pressing hard on the wound the whole way/);
    expect(said).toMatch(/must not drive or ride/);
  });

  it('the same in Spanish', async () => {
    const { chat } = await chatAfter('me corté la rodilla y está sangrando mucho, no para');
    const said = texts(await chat.send('¿mejor lo llevo yo en la troca al hospital?'));
    expect(said).toMatch(/lo mejor es llamar al 911/);
  });
});

describe('treated already: the warning ends (convo 5 T8)', () => {
  it.each([
    [
      'update: the ER stitched it up and said the tendon is fine. when can I ride again?',
      /Getting back to riding or sport/,
    ],
    ['got 5 stitches at urgent care, when can I get back on the bike?', /stitches are out/],
    ['ya me cosieron en el hospital, ¿cuándo puedo volver a la bici?', /Para volver a la bici/],
  ])('"%s": their instructions, sport later, no 911', async (text, sport) => {
    const { chat } = await chatAfter(BLEED);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/seen to|ya lo atendieron/);
    expect(said).toMatch(sport);
    expect(said).not.toMatch(/call 911 now|llame al 911 ahora/i);
    // and the next message is no longer read against the 911 warning
    const next = texts(await chat.send('what helps a sore knee after a long ride?'));
    expect(next).not.toMatch(/Call 911 now|A reminder|Le recuerdo/);
    expect(next).toMatch(/Knee pain from cycling|ciclismo|bici/i);
  });

  it('"just got back from the hospital" with no question: the note, then nothing held', async () => {
    const { chat } = await chatAfter(BLEED);
    expect(texts(await chat.send('we just got back from the hospital, they cleaned and glued it'))).toMatch(
      /Follow the instructions they gave you/,
    );
  });

  it('going to get it stitched is not treated yet', () => {
    expect(classifyFollowUp("I'm going to get it stitched")).not.toBe('seen');
    expect(classifyFollowUp('my wife said it is fine')).not.toBe('seen');
  });
});

describe('after knee surgery: rehab, running and swelling (convo 7 T1, T4, T5)', () => {
  it.each([
    'a month out from my ACL reconstruction and rehab feels endless',
    '3 months after my ACL surgery and rehab is so slow',
  ])('"%s": after-surgery expectations, not the injury card', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Knee pain after surgery/);
    expect(said).not.toMatch(/stop sport and get the knee examined/);
  });

  it.each(['when can I start running again', 'how do I get back to running'])(
    '"%s": the plan, with running months after surgery',
    async (text) => {
      const { said } = await chatAfter(text);
      expect(said).toMatch(/running returns months\s+later/);
    },
  );

  it.each([
    'knee still gets puffy after PT sessions, normal?',
    'is some swelling after physical therapy normal after surgery',
  ])('"%s": swelling after rehab sessions, no "did you mean"', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/puffiness after a rehab session/);
    expect(said).toMatch(/calf is swollen/);
    expect(said).not.toMatch(/Did you mean/);
  });
});

describe('"forget it, just tell me about X" in the crisis state (convo 7 T3)', () => {
  const CRISIS = "some days I don't see the point of being around anymore";
  it.each(['forget it, just tell me about rehab', 'never mind that, tell me about strengthening exercises'])(
    '"%s": a gentle check-in, then the answer, not "I\'ve stopped that"',
    async (text) => {
      const { chat } = await chatAfter(CRISIS);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/988/);
      expect(said).not.toMatch(/I've stopped that/);
      expect(said).not.toMatch(/No need to apologise/);
      expect(said.length).toBeGreaterThan(300);
    },
  );

  it('a request after "forget it" is not the cancel command; "forget it" alone still is', () => {
    expect(quitCommand('forget it, just tell me about rehab')).toBeUndefined();
    expect(quitCommand('olvídalo, dime de la rehabilitación')).toBeUndefined();
    expect(quitCommand('forget it')).toBe('cancel');
    expect(quitCommand('ok never mind, thanks')).toBe('cancel');
  });
});

describe("a child's fever told after the limp warning (convo 9 T3, T6, T7)", () => {
  it.each([
    ['ok just checked, 100.8', /emergency room now/],
    ['took her temp, its 101.5', /emergency room now/],
    ['she feels really hot, I think she has a fever now', /emergency room now/],
  ])('"%s": the ER now, a children\'s ER if near; the 911 button', async (text, er) => {
    const { chat } = await chatAfter(CHILD);
    const said = await chat.send(text);
    const body = texts(said);
    expect(body).toMatch(er);
    expect(body).toMatch(/children's emergency room/);
    expect(body).not.toMatch(/urgent care/);
    expect(said.some((s) => s.tel === 'tel:911')).toBe(true);
  });

  it.each(['no fever i dont think? i can check', "not sure if she's feverish, let me take her temperature"])(
    '"%s": yes, take it; the check today stands',
    async (text) => {
      const { chat } = await chatAfter(CHILD);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/please take the temperature/);
      expect(said).toMatch(/still today/);
    },
  );

  it('a normal temperature changes nothing', async () => {
    const { chat } = await chatAfter(CHILD);
    const said = texts(await chat.send('her temp is 98.9'));
    expect(said).not.toMatch(/emergency room now/);
  });

  it.each(["which ER should we go to, is there a children's hospital near you?", 'where should we go?'])(
    'after the fever, "%s": the nearest ER or a children\'s one, no names',
    async (text) => {
      const { chat } = await chatAfter(CHILD, 'just checked, 101.2');
      const said = texts(await chat.send(text));
      expect(said).toMatch(/nearest emergency room now/);
      expect(said).toMatch(/can't recommend a particular hospital/);
      expect(said).not.toMatch(/urgent care center that does X-rays/);
    },
  );

  it('in Spanish: la calentura, medida o por medir', async () => {
    const { chat } = await chatAfter(NIÑO);
    expect(texts(await chat.send('no sé si tiene calentura, ahorita le tomo la temperatura'))).toMatch(
      /tómele la temperatura/,
    );
    const said = texts(await chat.send('ya le tomé, tiene 38.7'));
    expect(said).toMatch(/sala de emergencias ahora/);
    expect(texts(await chat.send('¿a cuál hospital vamos? ¿hay uno de niños?'))).toMatch(
      /No puedo recomendarle un hospital/,
    );
  });

  it('reportsFever reads numbers and words', () => {
    expect(reportsFever('100.8')).toBe('fever');
    expect(reportsFever('38,5 de fiebre')).toBe('fever');
    expect(reportsFever('temp is 99.1')).toBeUndefined();
    expect(reportsFever('no fever')).toBeUndefined();
    expect(reportsFever('hes 9')).toBeUndefined();
    expect(reportsFever('not sure, let me check his temp')).toBe('unknown');
  });
});

describe('the way to go, asked while a calf warning stands (convo 1 T2, T4, T5)', () => {
  it.each([
    'should I go to the emergency room or that urgent care by the grocery store?',
    'urgent care or the ER?',
    'is it better to go to the hospital or one of those walk in clinics',
  ])('"%s": the ER is safer for the scan; not "that\'s the right plan"', async (text) => {
    const { chat } = await chatAfter(CALF);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/emergency room is the safer choice/);
    expect(said).toMatch(/ultrasound/);
    expect(said).not.toMatch(/that's the right plan/);
  });

  it.each([
    "my son can't drive me until after 4, is that too late?",
    'my husband cant take me till he gets off at 5',
    'mi hija no me puede llevar hasta las 3, ¿es muy tarde?',
  ])('"%s": sooner is better, another ride, 911 at once if worse', async (text) => {
    const { chat } = await chatAfter(CALF);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/sooner is better|más pronto, mejor/);
    expect(said).toMatch(/taxi/);
    expect(said).toMatch(/911/);
    expect(said).not.toMatch(/that's the right plan/);
  });

  it.each(['should I bring my pill bottles? I take the aspirin from the hospital', 'do I bring my medicines with me'])(
    '"%s": yes, bring them, keep taking what was prescribed',
    async (text) => {
      const { chat } = await chatAfter(CALF);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/bring your medicines or a list/);
      expect(said).toMatch(/Keep taking the medicines you were prescribed/);
      expect(said).not.toMatch(/Ice wrapped/);
    },
  );

  it('Spanish: llevar las medicinas', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send(
      'me operaron de la rodilla hace 10 días y ahora tengo la pantorrilla hinchada y me duele al apretarla',
    );
    const said = texts(await chat.send('¿llevo mis medicinas? tomo la aspirina que me dieron'));
    expect(said).toMatch(/lleve sus medicinas/);
  });
});

describe('the same bleeding told again while 911 stands (convo 5 T3)', () => {
  it.each([
    "we've been holding a towel on it for 15 minutes and it's still soaking through",
    'still bleeding through the shirt we pressed on it',
  ])('"%s": 911 again, and keep pressing', async (text) => {
    const { chat } = await chatAfter(BLEED);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/911/);
    expect(said).toMatch(/Keep pressing on the wound/);
  });
});
