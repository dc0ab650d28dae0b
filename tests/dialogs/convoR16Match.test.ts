// Round 16 (tune conversations f03, f05, f07, f09): a pet walked by the writer is part of a knee
// story, not a vet question; steroid shots answered plainly; the front desk can run a test callback;
// a cyclist's two questions are answered rather than starting the yes/no questions, and those questions
// do not assume running; an activity word beside a clear question (sleeves "so you can lift more",
// "keep riding through it") does not turn it into a "did you mean". Wording of our own, EN and ES.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, realKnowledge, spanishKnowledge, texts } from './harness';
import { asksForTestRequest } from '../../dialogs/decisions/staff';
import { detailsFromMessage } from '../../dialogs/decisions/callback';
import { createMatcher } from '../../src/matching/index';

const buttons = (said: { choices?: string[] }[]) => said.flatMap((s) => s.choices ?? []);

const en = createMatcher(realKnowledge());
const es = createMatcher(spanishKnowledge());

async function first(message: string, channelId?: string) {
  const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), ...(channelId ? { channelId } : {}) });
  return { chat, said: await chat.send(message) };
}

describe("a pet in the writer's own outing is a knee story, not a vet question", () => {
  it.each([
    'These days I can barely walk the dog to the corner before my knee makes me limp',
    'walking my dogs used to be the best part of my day, now my knees ache after ten minutes',
    'I ride my horse on weekends and my knee aches after',
  ])('"%s" is not out of scope', (text) => {
    expect(en.match(text).kind).not.toBe('out-of-scope');
  });

  it("a pet's own problem still goes to the vet", () => {
    expect(en.match('my dog is limping on his back leg').kind).toBe('out-of-scope');
  });

  it('Spanish: "ya no puedo pasear al perro sin cojear" is not out of scope', () => {
    expect(es.match('ya no puedo ni pasear al perro sin cojear').kind).not.toBe('out-of-scope');
    expect(es.match('antes paseaba a mi perro todos los días y ahora me duelen las rodillas').kind).not.toBe(
      'out-of-scope',
    );
    expect(es.match('mi perro cojea de una pata').kind).toBe('out-of-scope');
  });

  it('in the chat: no vet, and the reply offers how to cope', async () => {
    const { said } = await first('I was a walker for years, now I cannot even walk the dog without limping');
    expect(texts(said)).not.toMatch(/vet/);
  });
});

describe('steroid (cortisone) shots are answered plainly', () => {
  it.each(['do cortisone injections wear out your knee?', 'will steroid injections damage my knee joint?'])(
    '"%s" lands on the medicines answer, which says what a shot does and how often',
    (text) => {
      const r = en.match(text);
      expect(r.kind).toBe('answer');
      if (r.kind !== 'answer') return;
      expect(r.best.entry.id).toBe('medicines');
      expect(r.best.entry.answer).toMatch(/Steroid \(cortisone\) shots/);
      expect(r.best.entry.answer).toMatch(/space them out/);
      expect(r.best.entry.answer).toMatch(/with\s+your doctor after an exam/);
    },
  );

  it('Spanish: "¿las inyecciones de cortisona desgastan la rodilla?"', () => {
    const r = es.match('¿las inyecciones de cortisona desgastan la rodilla?');
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.best.entry.id).toBe('medicines');
    expect(r.best.entry.answer).toMatch(/cortisona/);
  });
});

describe('the front desk can run a test callback', () => {
  it('reads "submit a test one", "send a test callback", and not an ordinary question', () => {
    expect(asksForTestRequest('Could you put through a test request for me?')).toBe(true);
    expect(asksForTestRequest("I'd like to send a test callback to check the staff page")).toBe(true);
    expect(asksForTestRequest('how does the callback list work?')).toBe(false);
    expect(asksForTestRequest('my knee hurts when I test it on stairs')).toBe(false);
  });

  it('reads labelled fields: "Name: …", "reason: …"', () => {
    const d = detailsFromMessage(
      realKnowledge(),
      'Name: Sam Rivera, phone 972-555-0199, reason: checking the form',
      new Date(OPEN_TIME),
    );
    expect(d.name).toBe('Sam Rivera');
    expect(d.phone).toBe('+19725550199');
    expect(d.reason).toBe('checking the form');
  });

  it('staff who ask for a test get the callback flow with their details, and it is stored', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });
    await chat.send("Hi, it's the front desk here. How do callback requests reach us?");
    const said = await chat.send(
      'Could you put a test one through so I can see it arrive? Name: Sam Rivera, phone 972-555-0199, ' +
        'best time tomorrow 2-3pm, reason: desk check',
    );
    const t = texts(said);
    expect(t).toMatch(/Sam Rivera/);
    expect(t).toMatch(/\(972\) 555-0199/);
    expect(t).not.toMatch(/callback queue/);
    expect(t).not.toMatch(/What name/i);
    // Consent, then the summary's "Send it": the request is stored like any other.
    expect(buttons(await chat.send('1'))).toContain('Send it');
    expect(texts(await chat.send('Send it'))).toMatch(/Callback requested/);
    const [request] = await chat.deps.callbackStore.list();
    expect(request?.name).toBe('Sam Rivera');
    expect(request?.reason).toMatch(/desk check/);
  });

  it('a test asked for with no details: the name "Test Patient" is the answer to the name step', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });
    await chat.send('front desk here');
    await chat.send('can I do a test callback to check it works?');
    const said = texts(await chat.send('Test Patient'));
    expect(said).not.toMatch(/callback queue/);
    expect(said).toMatch(/number/i);
  });
});

describe("a cyclist's two questions are answered, not a yes/no quiz", () => {
  const post =
    'Getting ready for a century ride, I doubled my weekly miles and swapped pedals last month. Now the outside ' +
    'of my left knee starts to hurt about half an hour into each ride and stops when I get off the bike. ' +
    'Could this be my IT band, and should I look at my saddle or my pedals first?';

  it('answers the IT band question and offers the bike-fit one, with no yes/no question', async () => {
    const { said } = await first(post);
    const t = texts(said);
    expect(t).toMatch(/IT band syndrome/);
    expect(t).not.toMatch(/Reply 1 or 2/);
    expect(buttons(said)).toContain('Knee pain from cycling');
  });

  it('the outer-knee question asks about any activity, not only running', () => {
    const outer = realKnowledge().locations.find((l) => l.id === 'outer')!;
    for (const q of outer.symptomQuestions) expect(q.text).not.toMatch(/when you run\b/);
    const outerEs = spanishKnowledge().locations.find((l) => l.id === 'outer')!;
    expect(outerEs.symptomQuestions.find((q) => q.id === 'worse-downhill')!.text).toMatch(/bici/);
  });

  it('"how long to settle, and can I keep riding through it?" answers the first and offers the second', () => {
    const r = en.match(
      'The rolling helps a little but it keeps coming back on long rides and my event is close. How long does ' +
        'this kind of thing take to calm down, and is it fine to keep riding through it at an easier effort?',
    );
    expect(r.kind).toBe('answer');
    if (r.kind !== 'answer') return;
    expect(r.best.entry.id).toBe('healing-time');
    expect(r.second?.entry.id).toBe('run-through-pain');
  });
});

describe('an activity named beside a clear question does not make it a "did you mean"', () => {
  it.each([
    ['are knee sleeves worth it or do they just help you squat more?', 'braces-taping-insoles'],
    ['can I keep riding through the pain if I go easier?', 'run-through-pain'],
  ])('"%s" → %s', (text, id) => {
    const r = en.match(text);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.best.entry.id).toBe(id);
  });
});
