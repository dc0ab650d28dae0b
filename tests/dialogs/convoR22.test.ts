// Round 22 (odd conversations 1, 3, 5, 7 and 9): an older person after a fall who would rather not
// bother anyone, the Ottawa sign said as "can't get it bent", a relative taking over, a weak leg lift,
// a blood thinner after a fall and a call to check on someone; bystanders in a group during an
// emergency; waiting for a later visit, the surgeon seeing them today and wound care; sign-offs inside
// a callback request; running after a knee operation, morning stiffness and injections in Spanish,
// and a knee that feels like it might go. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { BotChat, chatAfter, slackMembers, OPEN_TIME, realKnowledge, spanishKnowledge, texts } from './harness';
import { createBotTriages } from '../../src/triage';
import { fixedClock } from '../../src/clock';
import { isCallbackRequest, withoutOpening } from '../../dialogs/decisions/main';
import { classifyFollowUp } from '../../dialogs/safetyFollowUp';
import { classifyCommand } from '../../dialogs/commands';
import { parseReason } from '../../dialogs/decisions/callback';
import { requestedTime } from '../../src/clinic/slots';

const triages = createBotTriages({ en: realKnowledge(), es: spanishKnowledge() }, { clock: fixedClock(OPEN_TIME) });

describe('an older person after a fall who would rather not bother anyone (convo 7 T2)', () => {
  it.each([
    "my knee's been throbbing since I tripped on the back step. I'm on my own here and I don't want to trouble my son, I'll just put my feet up",
    "I live alone and hate to be a nuisance to the neighbours. I reckon I'll rest it and wait and see",
    "don't want to make a fuss for my daughter, she works. I'll keep an ice pack on it tonight",
  ])('"%s": no question about ending a life', (text) => {
    const suspicion = triages.en.suspect(text);
    expect(suspicion?.flag.id).not.toBe('self-harm');
  });

  it('not wanting to be a bother said WITH hopelessness still asks about it', () => {
    const said = "I don't want to bother my kids anymore, they'd be better off without me";
    const outcome = triages.en.classify(said);
    const suspicion = triages.en.suspect(said);
    expect(outcome.kind === 'red-flag' || suspicion?.flag.id === 'self-harm').toBe(true);
  });

  it.each([
    "I'm by myself and don't want to bother anyone. I'll just ice it and see how it is tomorrow",
    "I don't like to trouble my family. I think I'll rest it and see how it goes",
    "Probably I'll just put a bag of frozen peas on it and wait and see",
  ])('"%s" after the safety question: the X-ray today, kindly, not the question again', async (reply) => {
    const { chat, said: first } = await chatAfter(
      'I slipped on the wet floor in the kitchen yesterday and came down on my knee. Today it is really puffed up. I can get about with my walker.',
    );
    // Round 23: a walker of one's own reads like an older faller, so the X-ray advice may come first.
    expect(first).toMatch(/safety question|X-ray today/);
    const said = texts(await chat.send(reply));
    expect(said).not.toMatch(/ending your life/);
    if (/X-ray today/.test(first)) {
      // The X-ray advice already given: the follow-up keeps today's check (urgent care or an ER).
      expect(said).toMatch(/today/);
      expect(said).toMatch(/urgent care|emergency room/);
      return;
    }
    expect(said).toMatch(/X-ray today/);
    expect(said).toMatch(/drive you today/);
    expect(said).toMatch(/keep weight off the leg/);
  });
});

describe('the Ottawa sign said as "can\'t get it bent" after a fall (convo 7 T3)', () => {
  it.each([
    'fell down the porch steps this morning. I cannot get it bent past halfway',
    'took a tumble off the ladder and now I couldnt get my knee bent to a right angle',
    'slipped on the ice and landed on it, cant get the thing bent even a little past 90',
  ])('"%s": the X-ray today', (text) => {
    const outcome = triages.en.classify(text);
    expect(outcome.kind).toBe('red-flag');
    if (outcome.kind === 'red-flag') expect(outcome.result.flags.map((f) => f.id)).toContain('ottawa-fracture-signs');
  });
});

const FALL_TODAY = 'I fell off a step stool this morning and now I cannot bend my knee past halfway';

describe('while the same-day X-ray advice stands after a fall (convo 7 T4-T6, T8)', () => {
  it.each([
    'hi this is her son, she called me just now. what do we do',
    "I'm his granddaughter, he won't listen. what should we do",
    'her neighbour here, I just came over. what now',
  ])('"%s": the standing advice for the person taking over, not a menu', async (text) => {
    const { chat } = await chatAfter(FALL_TODAY);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/stepping in/);
    expect(said).toMatch(/X-ray today/);
    expect(said).not.toMatch(/Did you mean/);
  });

  it.each([
    'she can raise it off the mattress but only an inch and it trembles',
    "he's able to lift the leg up but it's wobbly and weak",
    'I can lift it a bit but it shakes like crazy',
  ])('"%s": the tendons likely hold, but the same-day X-ray stands (no gym card)', async (text) => {
    const { chat } = await chatAfter(FALL_TODAY);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/lift the straight leg is a good sign/);
    expect(said).toMatch(/checked today/);
    expect(said).not.toMatch(/squats|Deadlifts/);
  });

  it.each([
    'she is on warfarin, is that a problem?',
    'he takes Xarelto every morning, does it change anything?',
    "I'm on a blood thinner for my heart, does that matter?",
  ])('"%s": yes, bleeding in the knee and the head; the ER today; go at once for head signs', async (text) => {
    const { chat } = await chatAfter(FALL_TODAY);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/Yes, it matters/);
    expect(said).toMatch(/inside the head/);
    expect(said).toMatch(/emergency room today/);
    expect(said).toMatch(/confusion, drowsiness/);
  });

  it.each(['should she skip her Eliquis tonight?', 'do I still take my warfarin this evening?'])(
    '"%s": no change on their own, and the head signs after a fall',
    async (text) => {
      const { chat } = await chatAfter(FALL_TODAY);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/Don't stop or change your usual medicines/);
      expect(said).toMatch(/bleeding inside the head/);
    },
  );

  it.each([
    'could a nurse from your office follow up with my mom next week',
    'can you guys check in on him in a few days',
    'would someone at the clinic give her a call next week to see how she is',
  ])('"%s": a callback request', (text) => {
    expect(isCallbackRequest(text, undefined)).toBe(true);
  });

  it('"I check on him every day" is no request', () => {
    expect(isCallbackRequest('I check on him every day', undefined)).toBe(false);
  });

  it('a check-on-him request while the warning stands starts the callback', async () => {
    const { chat } = await chatAfter(FALL_TODAY);
    const said = texts(await chat.send('can somebody from your team check on my dad later this week'));
    expect(said).toMatch(/phone you back/);
    expect(said).not.toMatch(/Did you mean/);
  });
});

const group = (): { as: (userId: string) => BotChat } => slackMembers('club');

const BENT = "@kneebot help, my teammate went down at practice and his knee is twisted the wrong way, he's yelling";

describe('bystanders in a group during an emergency (convo 5 T6-T8)', () => {
  it.each([
    'can we pull it straight?',
    'should I try to move his leg so he is comfier',
    'do we push it back in place??',
  ])('"%s" (same person): a plain no, keep it still as found', async (text) => {
    const g = group();
    expect(texts(await g.as('ana').send(BENT))).toMatch(/Call 911 now/);
    const said = texts(await g.as('ana').send(text));
    expect(said).toMatch(/No, please don't do that for now/);
    expect(said).toMatch(/still, just as you found it/);
  });

  it.each(['should we straighten his leg out?', 'can we move him onto the bench?'])(
    '"%s" (another member): the same no',
    async (text) => {
      const g = group();
      await g.as('ana').send(BENT);
      const said = texts(await g.as('ben').send(text));
      expect(said).toMatch(/don't straighten it, move it/);
    },
  );

  it.each([
    'ambulance is on the way. is a cold pack ok?',
    'we called 911, can I put some ice on his knee while we wait',
    'paramedics are coming, what about frozen peas on it',
  ])('"%s": help is coming; a wrapped cold pack only if the leg stays still', async (text) => {
    const g = group();
    await g.as('ana').send(BENT);
    const said = texts(await g.as('ana').send(text));
    expect(said).toMatch(/help is on the way/);
    expect(said).toMatch(/only if that doesn't move the leg/);
    expect(said).not.toMatch(/Please call 911 now/);
  });

  it.each([
    "the ambulance took him to Parkland, he's doing alright. thanks all",
    "EMS have taken him in. he's at the hospital now",
    'they rushed her to the ER, she is stable',
  ])('"%s": acknowledged kindly, no new alarm', (text) => {
    expect(classifyFollowUp(text)).toBe('seen');
  });
});

describe("a member's own follow-up in a group is answered (convo 5 T3-T4)", () => {
  it.each([
    ['ok back to my question, do I keep going to the saturday group runs or rest up', /run through knee pain/],
    ['haha yeah. btw does foam rolling really help or is it hype', /Foam rolling/],
    ['same lol. also is it ok to keep doing parkrun with it or should I stop for a bit', /run through knee pain/],
  ])('"%s": answered', async (text, expected) => {
    const g = group();
    await g.as('cole').send('@kneebot what is runners knee? the front of my knee aches after runs');
    const said = texts(await g.as('cole').send(text));
    expect(said).toMatch(expected);
  });

  it('"back to my question" is dropped before the question itself', () => {
    expect(withoutOpening('wait, back to my original question: is it ok to run?')).toBe('is it ok to run?');
    expect(withoutOpening('haha same. does icing help?')).toBe('does icing help?');
    expect(withoutOpening('back to my question')).toBe('back to my question');
  });
});

const INFECTION =
  'I had a knee scope 3 weeks ago and the incision is red and hot and leaking, and I had chills and a fever of 101 last night';

describe('after an infection warning after surgery (convo 9 T4, T6, T7)', () => {
  it.each([
    'my post-op check is on Thursday, could I just hold off and show them then?',
    'can we wait for my surgeon appointment next week instead',
    'should I just wait till my follow up on the 20th?',
  ])('"%s": a clear no, never "Yes"', async (text) => {
    const { chat } = await chatAfter(INFECTION);
    const said = texts(await chat.send(text));
    expect(said).not.toMatch(/^\**Yes/);
    expect(said).toMatch(/don't wait/i);
  });

  it.each([
    "I rang my surgeon's office and they can fit me in at 3 today. Should I put some ointment on it before then?",
    'the ortho office wants to see me this afternoon, should I clean the incision with alcohol first?',
    'my surgeon will see me in a couple of hours. do I put hydrogen peroxide on it?',
  ])('"%s": that plan supported, and a clean dry dressing with nothing on it', async (text) => {
    const { chat } = await chatAfter(INFECTION);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/surgeon's team today is the right plan/);
    expect(said).toMatch(/clean, dry dressing/);
    expect(said).not.toMatch(/Please don't wait/);
    const thanks = texts(await chat.send('thanks so much, you helped a lot'));
    expect(thanks).toMatch(/doing the right thing/);
    expect(thanks).not.toMatch(/emergency room now/);
  });
});

describe('a sign-off where the callback asks for the reason (convo 1 T8, convo 3 T8)', () => {
  it.each([
    'thank you so much 🙂',
    'cheers, appreciate it',
    'gracias joven, que Dios le bendiga',
    'muchas gracias, que tenga buen día 🙏',
  ])('"%s" is a thank-you, not a reason for the team', (text) => {
    expect(classifyCommand(text)).toBe('thanks');
    expect(parseReason(text, realKnowledge())).toEqual({});
  });

  it('says the request is not sent yet and asks the last question', async () => {
    const { chat } = await chatAfter('could someone call me back tomorrow afternoon? Dana Ortiz 214 555 0199');
    const said = texts(await chat.send('ok thank you kindly'));
    expect(said).toMatch(/isn't sent yet/);
    expect(said).toMatch(/May the clinic call you/);
  });

  it('in Spanish: marked for a Spanish call at once, and the thank-you said back in Spanish', async () => {
    const { chat, said: started } = await chatAfter(
      'me pueden llamar mañana en la tarde por favor? Rosa Treviño 972 555 0144',
    );
    expect(started).toMatch(/prefiere español/);
    const said = texts(await chat.send('mil gracias mija, Dios la bendiga'));
    expect(said).toMatch(/todavía no se ha enviado/);
  });
});

describe('a weekday named on that weekday is next week (convo 3 T6)', () => {
  // OPEN_TIME is a Tuesday in Dallas.
  it.each(['el martes en la mañana', 'on Tuesday morning please', 'Tuesday afternoon works'])('"%s"', (text) => {
    const knowledge = realKnowledge();
    const spanish = /martes/.test(text);
    const found = requestedTime(
      knowledge.clinic,
      text,
      new Date(OPEN_TIME),
      /morning|mañana/.test(text) ? 'morning' : 'afternoon',
      spanish ? 'es' : 'en',
    );
    expect(found?.kind).toBe('slot');
    if (found?.kind === 'slot') expect(found.slot.date).toBe('2026-12-01');
  });

  it('"today" and "this Tuesday" stay today', () => {
    const found = requestedTime(realKnowledge().clinic, 'this Tuesday afternoon', new Date(OPEN_TIME), 'afternoon');
    if (found?.kind === 'slot') expect(found.slot.date).toBe('2026-11-24');
  });
});

describe('answers of their own (convo 9 T1, convo 3 T2/T4, convo 1 T2/T4)', () => {
  it.each([
    'I had part of my meniscus trimmed 4 weeks ago, roughly when do people start jogging again?',
    'what is the usual time before running after a partial meniscectomy',
  ])('"%s": a typical range, decided by the surgeon or therapist', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/4 to 8 weeks/);
  });

  it.each([
    'cuando me levanto me duelen las rodillas y al ratito de caminar se me pasa',
    'en las mañanas me molesta la rodilla los primeros pasos y luego se compone',
  ])('"%s": the osteoarthritis answer with morning stiffness', async (text) => {
    const { said } = await chatAfter('tengo artrosis en la rodilla, puedo caminar diario?', text);
    expect(said).toMatch(/Artrosis de rodilla/);
    expect(said).toMatch(/en la mañana/);
  });

  it.each([
    'y la cortisona? una amiga dice que con el piquete ya no sintió nada',
    'que tal las inyecciones para la rodilla, a mi vecina la infiltraron',
  ])('"%s": the medicines and injections answer', async (text) => {
    const { said } = await chatAfter('tengo artrosis en la rodilla, puedo caminar diario?', text);
    expect(said).toMatch(/Medicinas, pastillas e inyecciones/);
  });

  const POP = 'twisted my knee playing soccer yesterday, heard a pop and it swelled up within an hour';
  it.each([
    'walking is ok but on the stairs it feels loose, like it could give',
    'it wobbles going down the steps at home',
  ])('"%s": giving way named, checked today', async (text) => {
    const { chat } = await chatAfter(POP);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/gives way/);
    expect(said).toMatch(/checked today/);
  });

  it.each([
    'can I still do the trail walk with my friends next weekend?',
    'is it ok if I go on the group hike this coming weekend',
  ])('"%s": not until it has been checked', async (text) => {
    const { chat } = await chatAfter(POP);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/don't do that for now/);
  });
});
