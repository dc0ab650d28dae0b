// Round 21 B (odd conversations 7 and 9): an exercise question after a knee operation, leftover antibiotics
// and rehab exercises while an infection warning stands, a parent's short replies during the guided check
// (which knee, how long, the warning signs said not to be there), a growth-age bump below both kneecaps
// that is no tumour sign, and a teen's tryouts. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { chatAfter, texts } from './harness';
import { shortRemarkKey } from '../../dialogs/decisions/remarks';
import { afterOwnSurgery } from '../../dialogs/decisions/main';
import { classifyFollowUp } from '../../dialogs/safetyFollowUp';

const INFECTED = 'had my knee replaced 12 days ago and now the wound is red and hot and I have a fever of 101';

describe("an exercise question after the person's own knee operation (convo 7 T1)", () => {
  it.each([
    "I'm two weeks out from ACL reconstruction, which rehab exercises should I be doing now? my physio has me on quad sets and leg raises",
    'had a knee scope 9 days ago, what exercises am I supposed to do at this stage, my PT gave me a few but I want to do more',
    'three weeks since my knee replacement, should I add more exercises than the heel slides my therapist gave me?',
  ])('"%s": the after-surgery answer (the therapist\'s plan), not a menu', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/After knee surgery/);
    expect(said).toMatch(/ask before adding more/);
    expect(said).not.toMatch(/Did you mean/);
  });

  it('reads an own recent operation, not a question about surgery in general', () => {
    expect(afterOwnSurgery('5 days out from my total knee replacement, what exercises now?')).toBe(true);
    expect(afterOwnSurgery('since my scope last month my knee clicks')).toBe(true);
    expect(afterOwnSurgery('what exercises help knee pain?')).toBe(false);
    expect(afterOwnSurgery('does everyone with arthritis need a replacement?')).toBe(false);
  });
});

describe('while an infection warning stands after surgery (convo 7 T6, T8)', () => {
  it.each([
    'my husband has some leftover antibiotics in the cabinet, can I take those till I get seen?',
    'got a few keflex from my last UTI, worth taking a couple before I go?',
    'should I just start the old augmentin I have from the dentist?',
  ])('"%s": don\'t start them (they can hide the infection and spoil the tests), and go now', async (text) => {
    const { chat } = await chatAfter(INFECTED);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/don't start leftover antibiotics/);
    expect(said).toMatch(/hide an infection/);
    expect(said).toMatch(/emergency room now/);
  });

  it.each([
    'should I skip my PT exercises this evening?',
    'is it ok to keep doing quad sets and leg raises while I wait',
    'do I keep up the physio homework or stop for now',
  ])('"%s": pause the exercises until seen, the warning held in one line', async (text) => {
    const { chat } = await chatAfter(INFECTED);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/Skip your exercises for now/);
    expect(said).toMatch(/emergency room now/);
  });

  it('antibiotics the doctors have just given are not "leftover"', () => {
    expect(classifyFollowUp('the ER put me on antibiotics')).not.toBe('antibiotics');
    expect(classifyFollowUp('I have amoxicillin from an old tooth infection, should I take it?')).toBe('antibiotics');
  });
});

describe("a parent's short replies during the guided check (convo 9 T1-T7)", () => {
  it.each([
    [
      'my 13 year old daughter does volleyball and her knees are sore, can you help me work out what is going on?',
      'under the kneecap',
      'both knees',
      'about a month',
      'not swollen, no fever, she isnt limping',
    ],
    [
      'my boy is 12 and his knees have been hurting since soccer started, can you help figure out why?',
      'just below the kneecap',
      'both of them',
      '2 weeks now',
      "he's not limping and there's no fever",
    ],
    [
      "my teenager's knees ache after track practice, could you help me figure out what is happening?",
      'below the knee cap',
      'both',
      'a couple weeks',
      'no swelling, no fever, it doesnt wake her at night',
    ],
  ])(
    '"%s" then "%s", "%s", "%s", "%s": each taken in, the question asked again',
    async (first, where, which, long, signs) => {
      const { chat, said } = await chatAfter(first);
      // The guided check, or the children's topic straight away; never a menu.
      expect(said).toMatch(/Where on the knee does it hurt|Osgood-Schlatter/);
      expect(said).not.toMatch(/Did you mean/);
      if (!/Where on the knee does it hurt/.test(said))
        expect(texts(await chat.send('Check where it hurts'))).toMatch(/Where on the knee does it hurt/);
      expect(texts(await chat.send(where))).toMatch(/front of the knee/);
      const knee = texts(await chat.send(which));
      expect(knee).toMatch(/noted which knee/);
      expect(knee).not.toMatch(/didn't catch|Did you mean|not sure about that/);
      const time = texts(await chat.send(long));
      expect(time).toMatch(/noted how long/);
      expect(time).not.toMatch(/didn't catch|Did you mean|not sure about that/);
      const reassured = texts(await chat.send(signs));
      expect(reassured).toMatch(/reassuring/);
      expect(reassured).toMatch(/the same day/);
      expect(reassured).not.toMatch(/didn't catch|Did you mean|not sure about that/);
    },
  );

  it('a plain "no" still answers the symptom question; a denial that names its words is a no too', () => {
    expect(shortRemarkKey('no')).toBeUndefined();
    expect(shortRemarkKey('no limp, no fever')).toBe('remark-reassuring');
    expect(shortRemarkKey('I did not fall and it is not swollen')).toBeUndefined();
  });

  it('"no limp, no fever" at the top level is taken in, not "I\'m not sure"', async () => {
    const { chat } = await chatAfter('what is Osgood-Schlatter disease');
    const said = texts(await chat.send('ok. he has no limp, no fever, and nothing at night'));
    expect(said).toMatch(/reassuring/);
    expect(said).not.toMatch(/not sure about that one/);
  });
});

describe("a growth-age bump below both kneecaps and a teen's tryouts (convo 9 T6, T8)", () => {
  it.each([
    [
      'my son is 14 and plays basketball',
      "he's got a hard bump under each kneecap, his uncle had the same as a kid. normal?",
    ],
    [
      'my daughter is 12 and does gymnastics',
      'she has a firm bump right below both kneecaps, her mom had them too, is that normal?',
    ],
    ['my 13 year old runs hurdles', 'is the hard lump below both of his knees normal? his brother had the same'],
  ])('"%s" then "%s": the children\'s topic (Osgood-Schlatter), no tumour alarm', async (first, bump) => {
    const { chat } = await chatAfter(first);
    const said = texts(await chat.send(bump));
    expect(said).toMatch(/Osgood-Schlatter/);
    expect(said).not.toMatch(/A lump like this|See a clinician in the next few days/);
  });

  it('a bump said to be getting bigger still gets its check', async () => {
    const { chat } = await chatAfter('my son is 14 and plays basketball');
    const said = texts(await chat.send('he has a hard bump below both kneecaps that keeps getting bigger'));
    expect(said).toMatch(/A lump like this/);
  });

  it.each([
    'my son has basketball tryouts next week and sore knees below the kneecap, does he need to sit them out?',
    'volleyball tryouts are in 10 days, should my daughter skip them with her Osgood-Schlatter?',
    'can my 13 year old still go to soccer tryouts with the sore bumps below his kneecaps?',
  ])('"%s": he can usually keep playing, with pain as the guide', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/keep playing, with pain as the guide/);
    expect(said).toMatch(/less jumping/);
  });
});
