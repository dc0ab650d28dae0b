// Round 23 (odd conversations 1, 3, 5, 7 and 9): in a group, a red flag told across several members'
// messages about one person (a swollen knee, then a coworker's "it's hot and red, and you ran a
// fever") is read together and answered even when nobody addressed the bot, and the warning then holds
// for everyone in that thread (a named cause, waiting for the morning, a painkiller to get through a
// shift, taking her later); ordinary chatter stays quiet. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { slackMembers, texts } from './harness';

describe('a group: a sign split across members is read together (convo 7 T3)', () => {
  it.each([
    [
      [
        'Marco says his knee is bugging him again',
        "eh it's fine, just a bit puffy from kneeling on the warehouse floor",
      ],
      'marco it felt really warm and looked red when I wrapped it, and you said you had chills and 101 this morning',
    ],
    [
      ['my right knee is kinda puffy today, no biggie'],
      'dude it was burning hot and red when I looked at it, and you were running a 100.6 temp',
    ],
    [
      ["Aisha's knee has been achy and a bit swollen all week"],
      "it's all red and hot to the touch now and she's been feverish all afternoon",
    ],
  ])('%j then "%s": the emergency room now, un-addressed', async (before, last) => {
    const g = slackMembers('ward-5');
    const people = ['ana', 'marco', 'lee'];
    for (const [i, text] of before.entries()) expect(await g.as(people[i]!).send(text)).toHaveLength(0);
    const said = texts(await g.as('kim').send(last));
    expect(said).toMatch(/emergency room/);
    expect(said).toMatch(/not urgent care/);
  });

  it('a swollen calf, then another member on breathlessness: 911', async () => {
    const g = slackMembers('hikers');
    await g.as('dana').send('my left calf has been swollen and sore ever since the long drive back from Denver');
    const said = texts(await g.as('lee').send('dana you were totally short of breath on the stairs just now'));
    expect(said).toMatch(/911/);
  });

  it('a fall told by one member, then "can\'t put any weight on it" by the one who fell: checked today', async () => {
    const g = slackMembers('front-desk');
    await g.as('sam').send('Rosa went down hard on the wet floor by the break room, landed right on her knee');
    const said = texts(await g.as('rosa').send("I honestly can't put any weight on it at all, it gives right out"));
    expect(said).toMatch(/X-ray|today|emergency/i);
  });

  it.each([
    ["who's bringing snacks friday", "my knee's a bit stiff after leg day haha", 'lol same, coffee anyone?'],
    ['the new schedule is out', 'my knee clicks on the stairs, so annoying', 'you guys see the game last night?'],
  ])('ordinary chatter stays quiet: %j', async (...lines) => {
    const g = slackMembers('office');
    const people = ['a', 'b', 'c'];
    for (const [i, text] of lines.entries()) expect(await g.as(people[i]!).send(text)).toHaveLength(0);
  });
});

/** A group where the hot, swollen knee with a fever was pieced together from three members. */
async function warnedGroup(): Promise<ReturnType<typeof slackMembers>> {
  const g = slackMembers('night-shift');
  await g.as('ana').send('can anyone recommend a knee doc? asking for Bea, her knee is acting up');
  await g.as('bea').send("it's nothing, just swollen since this morning after lifting a patient");
  const said = texts(
    await g.as('cole').send('bea it felt hot and looked red when I checked it, and you were 101 earlier'),
  );
  expect(said).toMatch(/emergency room/);
  return g;
}

describe('the warning holds for everyone in that thread (convo 7 T4-T8)', () => {
  it.each([
    "it's just my gout flaring again, I'll put ice on it when I get home",
    'this is bursitis, I get it every winter, I can last till the end of my shift',
    "I've had arthritis in it for years, it flares like this",
  ])('the person it is about names a cause: "%s" gets the hot-joint answer', async (text) => {
    const g = await warnedGroup();
    const said = texts(await g.as('bea').send(text));
    expect(said).toMatch(/doesn't rule this out/);
    expect(said).toMatch(/emergency room now/);
  });

  it.each(['could she just see occupational health first thing tomorrow?', "can't it wait till her PCP opens monday"])(
    'another member waiting: "%s" is answered no, with why',
    async (text) => {
      const g = await warnedGroup();
      const said = texts(await g.as('ana').send(text));
      expect(said).toMatch(/don't wait/);
      expect(said).toMatch(/within days/);
    },
  );

  it.each([
    'ok but can I pop a couple of motrin and get through the rest of the night',
    'what if she takes tylenol so she can finish the shift',
  ])('a painkiller to keep going: "%s" is not to hide the fever', async (text) => {
    const g = await warnedGroup();
    const said = texts(await g.as(text.includes('she') ? 'ana' : 'bea').send(text));
    expect(said).toMatch(/bring the fever down/);
    expect(said).toMatch(/emergency room now/);
    expect(said).not.toMatch(/Daily for work/);
  });

  it.each([
    "I'll take her over to the ER once I'm off at 7",
    "I'm gonna walk her down to the emergency department after my shift",
  ])('taking her later: "%s" backs the plan and says now', async (text) => {
    const g = await warnedGroup();
    const said = texts(await g.as('cole').send(text));
    expect(said).toMatch(/going with someone else/);
    expect(said).toMatch(/don't wait/);
    expect(said).not.toMatch(/safety question/);
  });

  it('"I\'ll wheel her down to the ED now" is backed; "ok ok, going" gets a short close', async () => {
    const g = await warnedGroup();
    expect(texts(await g.as('cole').send("I'll wheel her down to the ED now"))).toMatch(/right thing/);
    expect(texts(await g.as('bea').send('fine fine, going. thanks all'))).toMatch(/right thing/);
  });

  it('a member outside that thread keeps their own knee question', async () => {
    const g = await warnedGroup();
    const said = texts(await g.as('dev').send('@kneebot what strengthening helps runners knee'));
    expect(said).not.toMatch(/doesn't rule this out|bring the fever down/);
  });
});
