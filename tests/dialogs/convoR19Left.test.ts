// Round 19 (a patient-safety nurse's review of last round's conversations): a barrier to going told under
// a same-day warning (no ride, can't drive after dark, a daughter at work till 6, the cost); a clinic
// question asked under a warning (children, insurance, CHIP or Medicaid); a question asked back at the
// guided safety checklist; "is it serious?" right after a topic. Wordings of our own, English and Spanish.
import { describe, expect, it } from 'vitest';
import { chatAfter, texts } from './harness';
import { classifyFollowUp } from '../../dialogs/safetyFollowUp';

const SAME_DAY = 'I twisted my knee yesterday and now I cannot put any weight on it';
const SAME_DAY_ES = 'me torcí la rodilla ayer y no puedo apoyar el pie';

describe('a barrier to going, under a same-day warning', () => {
  it.each([
    "I'm 74 and I can't drive after dark",
    'my daughter works till 6',
    "I don't have a ride",
    'nobody can drive me',
    'my car is in the shop',
    "how will I get there? I don't drive anymore",
  ])('"%s": someone nearby, a taxi or a ride app, 911 if no way and worse; today still stands', async (text) => {
    const { chat } = await chatAfter(SAME_DAY);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/still get it checked today/);
    expect(said).toMatch(/neighbor, friend or\s+family member/);
    expect(said).toMatch(/taxi or a ride app/);
    expect(said).toMatch(/truly no way to get there and it gets worse, call 911/);
    expect(said).not.toMatch(/Yes, that's the right plan/);
    expect(said).not.toMatch(/Knee pain in children/);
    expect(said).not.toMatch(/Monday to Friday/);
  });

  it('the cost: still today, an ER sees everyone, the clinic phone helps find a place', async () => {
    const { chat } = await chatAfter(SAME_DAY);
    const said = texts(await chat.send("I'm on a fixed income, I can't afford urgent care"));
    expect(said).toMatch(/Please still get it checked today/);
    expect(said).toMatch(/\(214\) 972-0302/);
  });

  it('after an ER reply, no ride still means go now (or 911); after 911, an ambulance comes to you', async () => {
    const er = await chatAfter('my knee is hot, red and swollen and I have a fever of 102');
    expect(texts(await er.chat.send('I have no way to get there'))).toMatch(
      /this needs an emergency room now[\s\S]*call 911/,
    );
  });

  it.each(['no puedo manejar de noche', 'mi hija trabaja hasta las 6', 'no tengo quien me lleve', 'no tengo carro'])(
    'Spanish: "%s" gets the same kind answer',
    async (text) => {
      const { chat } = await chatAfter(SAME_DAY_ES);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/revíselo hoy de todos modos/);
      expect(said).toMatch(/Uber o Lyft/);
      expect(said).toMatch(/llame al 911/);
    },
  );

  it('read as a barrier, not a ride found', () => {
    expect(classifyFollowUp('nobody can drive me')).toBe('no-ride');
    expect(classifyFollowUp("can't afford a taxi")).toBe('no-ride');
    expect(classifyFollowUp('my husband can drive me to the ER')).toBe('getting-there');
    expect(classifyFollowUp('can I drive myself?')).toBe('drive-self');
    expect(classifyFollowUp('no tengo carro', 'es')).toBe('no-ride');
    expect(classifyFollowUp('no puedo pagar la consulta', 'es')).toBe('cost');
  });
});

describe('a clinic question under a warning gets the clinic answer and the reminder', () => {
  it.each(['do you take CHIP or Medicaid?', 'do you take my insurance?', 'are you in network with Aetna?'])(
    '"%s": the team checks the plan by phone, and the reminder',
    async (text) => {
      const { chat } = await chatAfter(SAME_DAY);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/checks your plan/);
      expect(said).toMatch(/A reminder: please get what you told me checked today/);
      expect(said).not.toMatch(/Monday to Friday, 8am to 6pm/);
      expect(said).not.toMatch(/Did you mean one of these/);
    },
  );

  it('"do you see kids?": the kids line (the team says which ages), not the whole topic card', async () => {
    const { chat } = await chatAfter(SAME_DAY);
    const said = texts(await chat.send('do you see kids?'));
    expect(said).toMatch(/your child's age group/);
    expect(said).toMatch(/A reminder: please get what you told me checked today/);
    expect(said).not.toMatch(/Osgood-Schlatter/);
  });

  it('Spanish: children and Medicaid', async () => {
    const { chat } = await chatAfter(SAME_DAY_ES);
    expect(texts(await chat.send('¿atienden niños?'))).toMatch(/la edad de su hijo[\s\S]*Le recuerdo/);
    expect(texts(await chat.send('¿aceptan Medicaid?'))).toMatch(/revisa su plan[\s\S]*Le recuerdo/);
  });
});

/** The assessment up to the guided safety checklist ("do any of these apply?"). */
async function atTheChecklist(): Promise<Awaited<ReturnType<typeof chatAfter>>> {
  const at = await chatAfter('check where it hurts', 'Front of the knee', 'No', 'No', 'No');
  expect(at.said).toMatch(/do any of these apply to you right now/);
  return at;
}

describe('a question asked back at the guided safety checklist', () => {
  it.each([
    ['what does giving way mean?', /buckles or lets you down/],
    ['what do you mean by locked', /won't straighten or bend fully/],
    ['is ice ok?', /Ice can ease the pain for a while\. I can tell you more once we've finished this check/],
    ['can I take ibuprofen?', /ask a pharmacist or doctor\. I can tell you more once/],
    ['what is the weather tomorrow?', /Let's finish this safety check first/],
  ])('"%s": answered in a line, then the checklist again (not a yes, not set aside)', async (text, answer) => {
    const { chat } = await atTheChecklist();
    const said = texts(await chat.send(text));
    expect(said).toMatch(answer);
    expect(said).toMatch(/do any of these apply to you right now/);
    expect(said).not.toMatch(/Let's get you the right care|Get this checked today/);
    expect(said).not.toMatch(/leave my yes\/no questions/);
  });

  it('three questions in a row still come back to the checklist, and "No" then answers it', async () => {
    const { chat } = await atTheChecklist();
    for (const text of ['is ice ok?', 'what does giving way mean?', 'can I take ibuprofen?'])
      expect(texts(await chat.send(text))).toMatch(/do any of these apply to you right now/);
    expect(texts(await chat.send('No'))).toMatch(/Common causes of pain at the front of the knee/);
  });

  it('Spanish: "¿puedo ponerle hielo?" is answered in a line and the checklist comes back', async () => {
    const { chat } = await chatAfter('revisar dónde me duele', 'Parte de enfrente de la rodilla', 'No', 'No', 'No');
    const said = texts(await chat.send('¿puedo ponerle hielo?'));
    expect(said).toMatch(/El hielo puede aliviar el dolor un rato\. Le cuento más cuando terminemos/);
    expect(said).toMatch(/alguna de estas cosas/);
  });
});

describe('"is it serious?" right after a topic', () => {
  it.each(['is it serious?', 'should I be worried?'])(
    '"%s" after IT band syndrome: usually not, the signs that mean a check for it, the phone and a callback',
    async (text) => {
      const { chat } = await chatAfter('what is IT band syndrome?');
      const said = await chat.send(text);
      const all = texts(said);
      expect(all).toMatch(/IT band syndrome is usually not serious/);
      expect(all).toMatch(/Get it checked if it keeps coming back/);
      expect(all).toMatch(/call us on \(214\) 972-0302 or ask me for a callback/);
      expect(all).not.toMatch(/Call 911 now/);
      expect(said.at(-1)!.choices.join(' ')).toMatch(/callback/i);
    },
  );

  it('Spanish: "¿es grave?" after runner\'s knee', async () => {
    const { chat } = await chatAfter('¿qué es la rodilla de corredor?');
    const said = texts(await chat.send('¿es grave?'));
    expect(said).toMatch(/casi nunca es grave/);
    expect(said).toMatch(/se hincha, se traba o se le vence/);
    expect(said).not.toMatch(/Llame al 911 ahora/);
  });

  it('with no topic before it, the question still gets the warning signs', async () => {
    const { said } = await chatAfter('is it serious?');
    expect(said).toMatch(/Warning signs/);
  });
});

describe("a swelling behind the knee, no injury (Baker's cyst topic, not a same-day alarm)", () => {
  it.each(['the back of my knee is swollen like a ball', 'a lump behind my knee swollen like a golf ball'])(
    '"%s"',
    async (text) => {
      const { said } = await chatAfter(text);
      expect(said).not.toMatch(/Get this checked today/);
      expect(said).toMatch(/Baker/);
    },
  );

  it('after a twist it still raises the same-day warning', async () => {
    const { said } = await chatAfter('I twisted my knee this morning and now the back of it is swollen like a ball');
    expect(said).toMatch(/Get this checked today/);
  });
});

describe("Spanish: a runner's one-finger sore spot on the bone", () => {
  it.each([
    'me duele en un solo punto del hueso cuando aprieto con el dedo',
    'si presiono con un dedo en la espinilla me duele un puntito',
    'soy corredor y me duele un puntito justo debajo de la rodilla cuando aprieto con un dedo',
  ])('"%s" gets the within-days bone-stress advice', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Deje de correr/);
    expect(said).toMatch(/lesión por estrés/);
  });
});
