// Round 20 (the patient-safety nurse's review, defects left open last round): a fall told first and the
// Ottawa sign said later; bony tenderness after a fall; a later date asked under a same-day warning;
// household things used as ice or heat; staff asking to put a warned patient's call off; a softer topic
// answer under a same-day warning; a changed callback time; a painkiller to train through pain.
// Wordings of our own.
import { describe, expect, it } from 'vitest';
import { BotChat, chatAfter, makeDeps, OPEN_TIME, realKnowledge, texts } from './harness';
import { classifyFollowUp } from '../../dialogs/safetyFollowUp';
import { asksToDefer } from '../../dialogs/decisions/staff';
import { createMatcher } from '../../src/matching';
import { createTriage } from '../../src/triage';

const X_RAY = /Get an X-ray today/;
const triage = createTriage(realKnowledge());
const flagsOf = (text: string, context = {}): string[] => {
  const outcome = triage.classify(text, context);
  return outcome.kind === 'red-flag' ? outcome.result.flags.map((f) => f.id) : [];
};

describe('a fall told first, then the knee that will not bend (Ottawa across messages)', () => {
  it.each([
    ['I slipped on the wet bathroom floor last night and came down on my knee', "it won't bend much at all"],
    ['my mom tripped over the rug this morning', "she can't bend her knee very far"],
    ['took a tumble off the step ladder an hour ago', "I can't get it to bend past halfway"],
  ])('"%s" … "%s": the X-ray today', async (fall, bend) => {
    const { chat } = await chatAfter(fall);
    const said = texts(await chat.send(bend));
    expect(said).toMatch(X_RAY);
  });

  it.each([
    ["I'm 71 and my knee is sore", 'I fell in the garden on Saturday'],
    ["my knee has been hurting, I'm 63", 'I tripped on the curb yesterday'],
  ])('"%s" … "%s": 55 or older, a fall, the knee: the X-ray today', async (first, fall) => {
    const { chat } = await chatAfter(first);
    expect(texts(await chat.send(fall))).toMatch(X_RAY);
  });

  it('a fall long ago is no injury now; a knee that bends badly alone is no Ottawa sign', () => {
    expect(flagsOf("I can't bend it very far")).not.toContain('ottawa-fracture-signs');
    expect(flagsOf("I can't bend it very far", { injured: true })).toContain('ottawa-fracture-signs');
    expect(flagsOf('I fell at work on Monday', { older: true, knee: true })).toContain('ottawa-fracture-signs');
    // nothing new in this message: no second alarm for the same story
    expect(flagsOf('what are your hours?', { older: true, knee: true, injured: true })).toEqual([]);
  });

  it('a fall years ago, then a stiff knee: no alarm', async () => {
    const { chat } = await chatAfter('I fell skiing 6 years ago and tore my ACL');
    expect(texts(await chat.send("these days I can't bend it very far in the mornings"))).not.toMatch(X_RAY);
  });
});

describe('a tender spot on the bone after a fall is the X-ray, not a stress injury', () => {
  it.each([
    'I fell off my bike yesterday and the top of my shin is tender in one spot',
    'got kicked at soccer last night, one spot on the outside just below my knee is really sore',
    'slipped on the ice this morning and there is a painful point on the bone under my knee',
  ])('"%s": ottawa-fracture-signs, not bone-stress-injury', (text) => {
    const flags = flagsOf(text);
    expect(flags[0]).toBe('ottawa-fracture-signs');
    expect(flags).not.toContain('bone-stress-injury');
  });

  it.each([
    "I've upped my running a lot and there's a tender spot on my shin",
    'bumped my miles up for marathon training, now a spot on my shinbone is sore',
  ])('"%s": more training, no blow: still bone-stress-injury', (text) => {
    expect(flagsOf(text)[0]).toBe('bone-stress-injury');
  });

  it('the fall told first, the tender spot said next: the X-ray today', async () => {
    const { chat } = await chatAfter('I went down hard on the basketball court today');
    expect(texts(await chat.send("there's a sore spot on the bone just below my knee"))).toMatch(X_RAY);
  });
});

describe('a later date asked under a same-day warning: no, today', () => {
  const SAME_DAY = 'I heard a pop in my knee at practice and it swelled up within the hour';
  it.each([
    'is it ok if I hold off till the 19th?',
    "I'm booked with my ortho on Dec 12, is that soon enough?",
    'my appointment is the 22nd, will that be fine',
    'could it wait until 12/18 when my PT is back?',
  ])('"%s": not later, today', async (text) => {
    const { chat } = await chatAfter(SAME_DAY);
    const said = texts(await chat.send(text));
    // the wait answer, or (an ortho or a PT named) urgent care or the ER today, as a clinic can't replace them
    expect(said).toMatch(/this should be checked today|Please go to an urgent care center or an emergency room today/);
    expect(said).not.toMatch(/Good plan/);
    expect(said).not.toMatch(/Warning signs to act on/);
  });

  it('read as waiting; a date the injury happened on is not', () => {
    expect(classifyFollowUp('I have an appointment on the 15th already')).toBe('wait');
    expect(classifyFollowUp('the 9th is fine right?')).toBe('wait');
    expect(classifyFollowUp('I twisted it on the 3rd')).toBeUndefined();
    expect(classifyFollowUp('can I take 2 3 pills')).not.toBe('wait');
  });
});

describe('household things used as ice or heat', () => {
  const matcher = createMatcher(realKnowledge());
  it.each([
    'is a bag of frozen corn ok on my knee?',
    'can I just put frozen peas on it',
    'ice cubes in a ziploc, how long should I leave it on',
    'would a rice sock from the microwave help my stiff knee',
  ])('"%s": a knee answer, not pets or out of scope', (text) => {
    const result = matcher.match(text);
    expect(result.kind).not.toBe('out-of-scope');
    expect(result.kind === 'answer' || result.kind === 'clarify').toBe(true);
  });

  it('in the chat: peas are ice (the answer ice questions get), not a pet', async () => {
    const { said } = await chatAfter('should I use a bag of frozen peas on my knee?');
    expect(said).not.toMatch(/\bvet\b|pets/);
    expect(said).toMatch(/Rest and recovery|The first days after a knock or twist/);
  });
});

/** A front-desk conversation in Teams. */
function teams(): BotChat {
  return new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });
}

describe('staff asking to put off the call of a patient with a warning sign', () => {
  it.each([
    'can we just put her in the normal callback list for next week?',
    'ok so I can leave her in the regular queue?',
    "I'll ring her back tomorrow then",
  ])('after a relayed swollen calf, "%s": a plain no, today', async (text) => {
    const chat = teams();
    await chat.send('pt called, had her knee replaced 10 days ago and now her calf is swollen and tender');
    const said = texts(await chat.send(text));
    expect(said).toMatch(/No, not this one/);
    expect(said).toMatch(/call back \*\*today\*\*/);
    expect(said).not.toMatch(/the callback queue/);
  });

  it('the sign and the wish to wait in one message: the plain no at once', async () => {
    const chat = teams();
    const said = texts(
      await chat.send(
        'got a callback request from a man whose knee is hot and red and he has a fever, can it wait till Monday?',
      ),
    );
    expect(said).toMatch(/No, not this one/);
    expect(said).toMatch(/emergency room now/);
  });

  it('without a warning sign, the queue talk is as before', async () => {
    const chat = teams();
    await chat.send('front desk here');
    expect(texts(await chat.send('can we put the new ones in the normal callback list?'))).not.toMatch(
      /No, not this one/,
    );
  });

  it('what reads as putting off', () => {
    expect(asksToDefer('just add him to the usual callback list')).toBe(true);
    expect(asksToDefer('can this one wait?')).toBe(true);
    expect(asksToDefer('what is her number')).toBe(false);
  });
});

describe('a topic answer under a same-day warning says today comes first', () => {
  it.each(['tell me about ACL tears', 'how long does a meniscus tear take to heal?'])(
    '"%s" after a pop with swelling: the bold reminder first, then the card',
    async (text) => {
      const { chat } = await chatAfter('my knee popped playing volleyball and swelled up fast');
      const said = await chat.send(text);
      expect(said[0]!.text).toMatch(/^\*\*A reminder: please get what you told me checked today/);
      expect(said[0]!.text).toMatch(/That comes first, whatever any other advice here says/);
    },
  );

  it('Spanish: the same', async () => {
    const { chat } = await chatAfter('me torcí la rodilla ayer y no puedo apoyar el pie');
    const said = await chat.send('¿qué es el ligamento cruzado?');
    expect(said[0]!.text).toMatch(/Eso va primero/);
  });
});

describe('a changed callback time before it is sent', () => {
  async function atSummary(): Promise<BotChat> {
    const { chat } = await chatAfter('please have someone call me', 'Dana Whit', '214 555 0187', 'tomorrow morning');
    await chat.send('skip');
    await chat.send('yes');
    return chat;
  }
  it.each([
    ['actually after 4 or Sunday works better for me', /after 4pm/],
    ['Saturday or Thursday afternoon would be better', /Thu 26 Nov, afternoon/],
  ])('"%s": the time is changed and read back', async (text, when) => {
    const chat = await atSummary();
    const said = texts(await chat.send(text));
    expect(said).toMatch(/I've changed that/);
    expect(said).toMatch(when);
    expect(said).not.toMatch(/Please choose/);
  });
});

describe('a changed callback time after it was sent', () => {
  it.each([
    ['actually after 5 or Saturday morning works better', /after 5pm/],
    ['how about Thursday afternoon instead', /Thu 26 Nov, afternoon/],
  ])('"%s": the new time saved and said back, with the zone and the reference', async (text, when) => {
    const { chat } = await chatAfter('please have someone call me', 'Dana Whit', '214 555 0187', 'tomorrow morning');
    await chat.send('skip');
    await chat.send('yes');
    expect(texts(await chat.send('Send it'))).toMatch(/Callback requested/);
    const said = texts(await chat.send(text));
    expect(said).toMatch(when);
    expect(said).toMatch(/^Done: the clinic will call you on/);
    expect(said).toMatch(/\(Central Time\) instead of Wed 25 Nov \(tomorrow\), morning/);
    expect(said).toMatch(/reference is still \*\*[0-9A-F]{8}\*\*/);
    expect(said).not.toMatch(/Did you mean one of these/);
  });
});

describe('a painkiller to train through pain', () => {
  const matcher = createMatcher(realKnowledge());
  it.each([
    'should I pop a couple ibuprofen before leg day so my knee lets me squat heavy',
    'is it ok to take tylenol before my long run so it doesnt hurt',
    'my coach says take aleve before the game to mask the knee pain',
  ])('"%s": the medicines answer, which says not to mask pain and what helps', async (text) => {
    const result = matcher.match(text);
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') expect(result.best.entry.id).toBe('medicines');
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Don't take a painkiller/);
    expect(said).toMatch(/Lighten the load instead/);
  });
});
