// Round 19 (tune conversation 5): a Slack group of runners. Each person's own knee question is
// answered in the group (general information, nothing personal asked); a person who calls the bot
// "bot" is talking to it; and when one member was told to call 911, another's "what do we tell them?"
// gets that warning's own answer. Wordings of our own beside the writer's.
import { describe, expect, it } from 'vitest';
import { BotChat, slackMembers, texts } from './harness';

const group = (): { as: (userId: string) => BotChat } => slackMembers('run-club');

describe('a Slack group: each person answered about their own knee (convo 5 T1-T3, T5)', () => {
  it.each([
    '@kneebot my left knee hurts on the outside after like 8 miles, every long run',
    '@kneebot the outer side of my knee gets sore on long rides',
  ])('"%s": the general answer in the group, not "message me privately"', async (text) => {
    const said = texts(await group().as('maria').send(text));
    expect(said).toMatch(/IT band/);
    expect(said).not.toMatch(/shared conversation/);
  });

  it('"bot" in the words addresses the bot; a yes/no question it answers is answered', async () => {
    const g = group();
    expect(
      texts(await g.as('dev').send('lol same bot but mine is the front of my right knee, mostly going down stairs')),
    ).toMatch(/Runner's knee/);
    expect(texts(await g.as('maria').send('is foam rolling the IT band actually worth it or is it a myth'))).toMatch(
      /Foam rolling/,
    );
    expect(await g.as('maria').send('the bot said something about hips earlier, so weird')).toHaveLength(0);
  });

  it("another member's calf warning does not take over her own strengthening question", async () => {
    const g = group();
    await g.as('dev').send('flew back from Tokyo sunday and my right calf is swollen and tight');
    const said = texts(await g.as('maria').send('bot what strengthening should I do for my IT band'));
    expect(said).not.toMatch(/foam-roll the calf/);
    expect(said).toMatch(/strength/i);
  });
});

describe('another member acting on a 911 warning (convo 5 T8)', () => {
  it.each(['calling 911 for him now. what do we tell them?', 'what should we say to the paramedics'])(
    '"%s": the warning\'s own words for the crew, even unaddressed',
    async (text) => {
      const g = group();
      await g.as('dev').send('my calf has been swollen since my flight');
      await g.as('dev').send('and now I am short of breath on the stairs');
      const said = texts(await g.as('maria').send(text));
      expect(said).toMatch(/one calf is swollen or sore/);
      expect(said).toMatch(/911/);
    },
  );

  it('with no warning in the group, the same words get no safety reply', async () => {
    const g = group();
    await g.as('dev').send('my knee is a bit sore after the long run');
    expect(texts(await g.as('maria').send('what do we tell them at the race desk?'))).not.toMatch(/calf/);
  });

  it('the person warned keeps their own follow-ups', async () => {
    const g = group();
    await g.as('dev').send('my calf has been swollen since my flight');
    expect(texts(await g.as('dev').send("eh I'll just roll it out after the group run"))).toMatch(/foam-roll the calf/);
  });
});

describe('a sentence said to the bot after one said to a friend (convo 5 T5)', () => {
  it.each([
    'dev omg go get that checked. bot what strengthening should I do for my IT band thing',
    'haha nice one sam! bot, is foam rolling good for runners knee?',
  ])('"%s": the part said to the bot is answered', async (text) => {
    const said = texts(await group().as('maria').send(text));
    expect(said).not.toMatch(/Did you mean/);
    expect(said).toMatch(/Strengthening|Foam rolling/);
  });
});
