// Round 24 (what round 23 left): a group member's own knee question after another member's 911 warning; an
// English message about the past with one Spanish word in it; numbness gone once the shoe was loosened; feet
// "dead" after a long shift. Every message here is written for these tests, in our own words.
import { describe, expect, it } from 'vitest';
import { chatAfter, slackMembers, texts } from './harness';

// The alarm itself (the welcome's "In an emergency, call 911 now" is not it).
const NINE_ONE_ONE = /\*Call 911 now\*|call 911 now\.\*|Please don't drive/;

describe("a group: another member's own question after a 911 warning is answered as theirs", () => {
  const warned = 'my foot is numb and cold since I came off my bike an hour ago, I cant move my toes';

  it.each([
    'my knee hurts going down stairs, what should I do?',
    'I get a sore shin after my long runs, what do I do about it?',
    'my knees ache after leg day, where should I go for that?',
  ])('"%s": no 911 for her own knee, and the member warned still has theirs', async (text) => {
    const g = slackMembers('r24-own-question');
    expect(texts(await g.as('dev').send(warned))).toMatch(NINE_ONE_ONE);
    const said = texts(await g.as('maria').send(text));
    expect(said).not.toMatch(NINE_ONE_ONE);
    expect(said).not.toMatch(/cold, pale or blue foot/);
    // The warning stands for the member who was given it.
    expect(texts(await g.as('dev').send('what should I do?'))).toMatch(NINE_ONE_ONE);
  });

  it.each(['bot what should we do?? he looks really pale', 'calling 911 for him now, what do we tell them?'])(
    '"%s": a bystander asking about the warned member still gets that warning\'s answer',
    async (text) => {
      const g = slackMembers('r24-bystander');
      await g.as('dev').send(warned);
      expect(texts(await g.as('maria').send(text))).toMatch(/911/);
    },
  );

  it('a routine question from another member carries no alarm of the earlier one', async () => {
    const g = slackMembers('r24-routine');
    await g.as('dev').send('my calf is swollen and I am short of breath since my flight');
    const said = texts(await g.as('maria').send('bot is it ok to run the day after a race if my knee is a bit sore?'));
    expect(said).not.toMatch(NINE_ONE_ONE);
    expect(said).not.toMatch(/blood clot/);
  });
});

describe('an English message about the past, with a Spanish word in it: no alarm', () => {
  it.each([
    'dislocated my kneecap 15 yrs ago playing futbol, now it just aches on stairs',
    'my kneecap slid out at a futbol game back in high school, these days it only aches',
    'my knee went all swollen and hot back in 2016 at my cousin’s quince, fine since then, now it only clicks',
  ])('"%s"', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).not.toMatch(NINE_ONE_ONE);
  });

  it.each(['mi rodilla se ve chueca after I fell today', 'my kneecap se salió de su lugar y sigue fuera'])(
    '"%s": Spanglish with the sign now still alarms',
    async (text) => {
      const { said } = await chatAfter(text);
      expect(said).toMatch(/911/);
    },
  );
});

describe('numbness gone with its cause, and tired feet, in a conversation', () => {
  it.each([
    'my foot went numb on the stepper. I loosened my shoe and it went away. Is the stepper bad for my knees?',
    'my feet are absolutely dead, been on them since 5am. any tips for sore knees after a long shift?',
  ])('"%s": no 911', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).not.toMatch(NINE_ONE_ONE);
  });

  it.each([
    "it went numb, I loosened the shoe and it's still numb",
    'my foot went numb, took my boot off and I still cant feel my toes',
  ])('"%s": still numb now is 911', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(NINE_ONE_ONE);
  });
});
