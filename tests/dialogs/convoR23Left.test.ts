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
    'only on heavy singles, 500 plus',
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
