// Round 24 (odd conversations 5 and 9). In a group, after a same-day warning about one person, other
// members' follow-ups about that person (pushback, ice, which scan, where the clinic is) are answered
// with the instruction kept, not left silent or given a routine card; their own unrelated questions
// and chatter are not. After a within-days bone-stress warning, "no limp, no night pain" keeps the
// check this week and the stop on running, a running question gets the reminder first, and a bike
// question gets its own answer. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { chatAfter, slackMembers, texts, type BotChat } from './harness';

const KNEECAP = '@kneebot Maya tripped on the curb and her kneecap slid out to the side and then popped back in';

async function warnedGroup(): Promise<{ as: (userId: string) => BotChat }> {
  const g = slackMembers('ops-floor');
  expect(texts(await g.as('rosa').send(KNEECAP))).toMatch(/checked today/);
  return g;
}

describe("a group: another member's follow-up about the warned person (convo 9 T2-T4, T6)", () => {
  it.each([
    "she's up and walking around already, does she honestly have to go today?",
    'he says it barely hurts now, can it wait till the weekend',
    'she can put weight on it fine, surely that means she can skip the urgent care',
  ])('"%s" (pushback, unaddressed): today again, with the reason', async (text) => {
    const g = await warnedGroup();
    const said = texts(await g.as('omar').send(text));
    expect(said).toMatch(/today/);
    expect(said).not.toMatch(/after a week/);
  });

  it.each([
    'do we put ice on her knee? there is a cold pack in the first aid box',
    'should we wrap some ice on it for him',
    'can we put some ice on her leg for now',
  ])('"%s" (home care): ice yes, still today', async (text) => {
    const g = await warnedGroup();
    const said = texts(await g.as('omar').send(text));
    expect(said).toMatch(/[Ii]ce/);
    expect(said).toMatch(/today/);
    expect(said).not.toMatch(/after a week|Rest and recovery/);
  });

  it.each([
    'will they do an x-ray on her or an MRI?',
    'she wants to know if she needs a scan',
    'does he need imaging, like an MRI?',
  ])('"%s" (tests): the clinician decides, an X-ray first, today', async (text) => {
    const g = await warnedGroup();
    const said = texts(await g.as('jen').send(text));
    expect(said).toMatch(/X-ray/);
    expect(said).toMatch(/today/);
  });

  it.each([
    "her husband is coming to get her. where's your office and what are your hours",
    'he wants to know where is the clinic and when do you close',
  ])('"%s" (where and when): the address and hours, today kept', async (text) => {
    const g = await warnedGroup();
    const said = texts(await g.as('omar').send(text));
    expect(said).toMatch(/McEwen/);
    expect(said).toMatch(/6pm/);
    expect(said).toMatch(/today/);
  });

  it.each(['can we give her a bag of frozen corn for it', 'how long will his knee take to heal, do you think?'])(
    '"%s" (a routine answer about her): "today" comes first',
    async (text) => {
      const g = await warnedGroup();
      const said = texts(await g.as('omar').send(text));
      expect(said).toMatch(/today/);
      const week = said.search(/after a week|few days|few weeks/);
      if (week >= 0) expect(said.indexOf('today')).toBeLessThan(week);
    },
  );

  it("a member's own, unrelated question is answered without the warning; chatter stays quiet", async () => {
    const g = await warnedGroup();
    const own = texts(await g.as('li').send('different topic, but my knees ache after spin class. normal?'));
    expect(own).not.toMatch(/checked today/);
    expect(await g.as('omar').send('anyone want coffee from downstairs')).toHaveLength(0);
    expect(await g.as('jen').send('the printer on 3 is jammed again')).toHaveLength(0);
  });
});

const SHIN = 'my right shin has one tender spot on the bone and it hurts when I hop, a bit worse every run';

describe('within days, a bone-stress warning stands (convo 5 T5, T8)', () => {
  it.each([
    'no limping at all, and it is fine when I rest or sleep',
    "I don't limp and it never wakes me at night",
    'not limping, no pain sitting down',
  ])('"%s": still a check this week, and no running until then', async (text) => {
    const { chat, said: first } = await chatAfter(SHIN);
    expect(first).toMatch(/next few days/);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/Stop running/);
    expect(said).toMatch(/this week/);
    expect(said).not.toMatch(/OK to carry on/);
  });

  it('"no limp but it throbs at night" is not read as all clear', async () => {
    const { chat } = await chatAfter(SHIN);
    expect(texts(await chat.send('no limp but it throbs at night now'))).not.toMatch(/Good: no limp/);
  });

  it.each(['is it ok to run through pain in general?', 'how do I know when pain means stop running'])(
    '"%s": the running answer comes after "rest it from running"',
    async (text) => {
      const { chat } = await chatAfter(SHIN);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/rest it from running/);
    },
  );

  it.each(['can I do the spin bike meanwhile?', 'could I swim laps to stay fit until then', 'ok to use the rower?'])(
    '"%s": low-impact only if pain-free, not the pool answer again',
    async (text) => {
      const { chat } = await chatAfter(SHIN);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/completely pain-free/);
      expect(said).toMatch(/rest it from running/);
    },
  );
});

describe('a health plan asked about, even mid-check (convo 1 T5)', () => {
  it.each([
    'wait, first: is Medicaid something you accept?',
    'hold on, do you work with humana plans?',
    'quick q before I answer, is my aetna ppo in network with you',
  ])('"%s": the clinic card (the team checks the plan, the phone), then the question again', async (text) => {
    const { chat } = await chatAfter('where does it hurt?', 'the inner side');
    const said = texts(await chat.send(text));
    expect(said).toMatch(/checks your plan/);
    expect(said).toMatch(/972-0302/);
    expect(said).not.toMatch(/Did you mean/);
    expect(said).toMatch(/\?/);
  });
});
