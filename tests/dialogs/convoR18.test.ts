// Round 18 (tune conversations 1, 3, 5, 7, 9): a runner with bone-stress signs bargaining for the race
// and asking about tape; an adult's limp after a test run is not a child's; the front desk passing on
// a patient's hot, swollen knee; queue look-ups from staff; a callback that takes "text me first" and
// reads back what it holds. Wordings of our own; Spanish where the mechanism has Spanish words.
import { describe, expect, it } from 'vitest';
import { chatAfter, texts, realKnowledge } from './harness';
import { soonFollowUp } from '../../dialogs/safetyFollowUp';
import { asksTextFirst, asksWhatsLeft, detailsFromMessage } from '../../dialogs/decisions/callback';
import { staffWork } from '../../dialogs/decisions/staff';
import { topicAsk } from '../../dialogs/decisions/topicFollowUp';
import { createTriage } from '../../src/triage';

const BONE = 'trail runner, one spot below my knee hurts when I press it, and it hurts when i hop on that leg';

describe('within days: bargaining for the race, and tape (convo 9 T3, T4)', () => {
  it.each([
    'what if I taper hard and just run the race slowly and walk the hills',
    "I can't miss the marathon, I'll just jog it",
    'can I tape it and race on sunday?',
    'is it ok to still play the game on friday if I go easy',
  ])('"%s" gets the race answer, not a plan', async (text) => {
    const { chat } = await chatAfter(BONE);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/please don't plan it yet/);
    expect(said).toMatch(/rest it from running/);
    expect(said).not.toMatch(/outside what I cover/);
  });

  it.each(['what about kt tape', 'would a knee strap help', 'should I wear a brace for now'])(
    '"%s": tape or a brace does not protect it, and the stop stays',
    async (text) => {
      const { chat } = await chatAfter(BONE);
      const said = texts(await chat.send(text));
      expect(said).toMatch(/won't protect it/);
      expect(said).toMatch(/rest it from running/);
      expect(said).not.toMatch(/Braces, sleeves, taping and insoles/);
    },
  );

  it('a race told as the past is not bargaining', () => {
    expect(soonFollowUp('it started after I ran a race last month')).toBeUndefined();
  });

  it('in Spanish', () => {
    expect(soonFollowUp('y si corro la carrera despacio?', 'es')).toBe('race');
    expect(soonFollowUp('¿y si me pongo una rodillera?', 'es')).toBe('support');
  });
});

describe("an adult's limp after a test run is not a child's (convo 9 T5)", () => {
  const triage = createTriage(realKnowledge());
  it.each([
    'I did an easy 3 mi this morning to test it and now im limping a bit',
    'went for 5 k yesterday and now I am limping',
  ])('"%s" is no child flag', (text) => {
    const outcome = triage.classify(text);
    const ids = outcome.kind === 'red-flag' ? outcome.result.flags.map((f) => f.id) : [];
    expect(ids).not.toContain('child-hip-knee-pain');
  });

  it('after the within-days warning, the limp and pain at rest raise it to today, for the runner', async () => {
    const { chat } = await chatAfter(BONE);
    const said = texts(
      await chat.send('did an easy 4 mi to test it and now im limping and it throbs just sitting at my desk'),
    );
    expect(said).toMatch(/checked today/);
    expect(said).toMatch(/stress fracture/);
    expect(said).not.toMatch(/your child/);
  });

  it('a child still is', () => {
    const outcome = triage.classify('my son is 9 and he is limping since soccer');
    expect(outcome.kind === 'red-flag' && outcome.result.flags.map((f) => f.id)).toContain('child-hip-knee-pain');
  });
});

describe("staff passing on a patient's warning sign (convo 3 T6-T8)", () => {
  it('answered to the staff member: tell the patient to go now, alert a clinician; no patient state after', async () => {
    const { chat } = await chatAfter('any new callback requests today?');
    const said = texts(
      await chat.send(
        'a patient just phoned, says his knee is hot, red and swollen and he has a fever. wants a call tomorrow, should I add him to the list?',
      ),
    );
    expect(said).toMatch(/tell the patient to go to an emergency room now/);
    expect(said).toMatch(/alert the clinician on duty/);
    expect(said).not.toMatch(/Finish my callback request/);
    expect(said).not.toMatch(/Have someone drive you/);
    const next = texts(await chat.send('thanks. how many are still open?'));
    expect(next).not.toMatch(/emergency room now about what you told me/);
    expect(next).toMatch(/staff page/);
  });

  it('a patient writing for themselves still gets the patient reply', async () => {
    const { said } = await chatAfter('my knee is hot, red and swollen and I have a fever');
    expect(said).toMatch(/Go to an emergency room/);
    expect(said).not.toMatch(/clinician on duty/);
  });

  it('queue look-ups and closing one get one staff line, not the hours', async () => {
    const { chat } = await chatAfter('any callbacks come in overnight?');
    for (const text of ['who is the oldest one still open', 'did anyone ask for a call in spanish']) {
      const said = texts(await chat.send(text));
      expect(said).toMatch(/can't see the requests from this chat/);
      expect(said).not.toMatch(/We're open/);
    }
    expect(texts(await chat.send('booked her for wed. close it out'))).toMatch(/can't change requests from this chat/);
    expect(staffWork('mark that i left a vm')).toBe('working');
  });
});

describe('a callback reads back what it holds and takes "text me first"', () => {
  async function atConsent() {
    const { chat } = await chatAfter('can someone call me back');
    for (const m of ['Ana Ruiz', '214-555-0188', 'tomorrow morning', 'my knee hurts after cycling']) await chat.send(m);
    return chat;
  }

  it('a changed time, text first, and "what did you put down?"', async () => {
    const chat = await atConsent();
    expect(texts(await chat.send('actually make it thursday afternoon instead'))).toMatch(/Thu 26 Nov, afternoon/);
    expect(texts(await chat.send('and text me first please'))).toMatch(/text me first/);
    const read = texts(await chat.send('what did you put down?'));
    expect(read).toMatch(/Ana Ruiz/);
    expect(read).toMatch(/Thu 26 Nov, afternoon/);
    expect(read).toMatch(/a text first/);
    expect(read).not.toMatch(/Please answer \*\*yes\*\*/);
  });

  it('the words', () => {
    for (const t of ['read it back to me', 'what have you got so far?', 'what did u write down', '¿qué anotó?'])
      expect(asksWhatsLeft(t)).toBe(true);
    for (const t of ['send me a text before you call', 'txt me first', 'mándeme un mensaje antes'])
      expect(asksTextFirst(t)).toBe(true);
    expect(asksTextFirst('my knee hurts when I text on the couch')).toBe(false);
  });
});

describe('a short follow-up is read against the topic answered last', () => {
  it('after the cycling answer: what to do, swelling, ice, how long, the other knee', async () => {
    const { chat } = await chatAfter('why do my knees hurt when I cycle');
    const helps = texts(await chat.send('ok what can I do'));
    expect(helps).toMatch(/About \*\*Knee pain from cycling\*\*/);
    expect(helps).toMatch(/bike fit/);
    expect(texts(await chat.send('and if it swells?'))).toMatch(/the knee swells/);
    const ice = texts(await chat.send('should I ice it'));
    expect(ice).toMatch(/up to 20 minutes/);
    expect(ice).toMatch(/knee pain from cycling/);
    expect(texts(await chat.send('how long does it take'))).toMatch(/two or three weeks/);
    expect(texts(await chat.send('what about my other knee'))).toMatch(/usually harmless/);
  });

  it("after runner's knee, 'what helps' is its treatment and 'if it swells' the general words, never another card", async () => {
    const { chat } = await chatAfter("what is runner's knee");
    const helps = texts(await chat.send('what helps'));
    expect(helps).toMatch(/Exercise is the best-proven treatment/);
    const swells = texts(await chat.send('and if it swells?'));
    expect(swells).toMatch(/same day/);
    expect(swells).not.toMatch(/Baker/);
  });

  it('with no topic before, the same words are matched as usual', async () => {
    const { said } = await chatAfter('should I ice it');
    expect(said).not.toMatch(/About \*\*/);
  });

  it('in Spanish', async () => {
    const { chat } = await chatAfter('es', 'por qué me duelen las rodillas cuando ando en bicicleta');
    const said = texts(await chat.send('¿y qué puedo hacer?'));
    expect(said).toMatch(/Sobre \*\*/);
  });

  it('the words', () => {
    expect(topicAsk('and if it swells?')).toBe('swells');
    expect(topicAsk('what can i do about it')).toBe('helps');
    expect(topicAsk('ice or heat?')).toBe('ice');
    expect(topicAsk('how long will it take to heal')).toBe('how-long');
    expect(topicAsk('what about his other knee')).toBe('other-knee');
    expect(topicAsk('what can I do to strengthen my hips and glutes for running hills')).toBeUndefined();
  });
});

describe('a strap or tape while a same-day check stands (convo 5 T2)', () => {
  it('does not replace the check; said about the support, not ice', async () => {
    const { chat } = await chatAfter('my grandson is 14 and has been limping for 3 weeks, his knee hurts');
    const said = texts(await chat.send('should I just get him one of those knee straps from the store?'));
    expect(said).toMatch(/won't replace today's check/);
    expect(said).not.toMatch(/Did you mean/);
  });
});

describe('after an emergency-room reply (convo 1 T4, T5, T7)', () => {
  const FALL = "fell off a ladder an hour ago, there's a dent under my kneecap and i can't lift my leg straight";
  it('"what\'s your number, can I just come in to you instead": the ER first, the number for afterwards', async () => {
    const { chat } = await chatAfter(FALL);
    const said = texts(await chat.send('ok whats your number, can i just come in to yall instead'));
    expect(said).toMatch(/emergency room/);
    expect(said).toMatch(/\(214\) 972-0302/);
  });

  it('"if it goes down by morning it\'s nothing, right?" is waiting, not a warning-signs list', async () => {
    const { chat } = await chatAfter(FALL);
    const said = texts(await chat.send('and if it swells more overnight? if it goes down by mornin its fine right'));
    expect(said).toMatch(/Please don't wait/);
    expect(said).not.toMatch(/Warning signs/);
  });

  it('"my wife is drivin me" is getting there', async () => {
    const { chat } = await chatAfter(FALL);
    expect(texts(await chat.send('aight my wife is drivin me to the hospital'))).toMatch(/have someone drive you/);
  });
});

describe('"what about tomorrow morning" is a time, not the reason (convo 9 T7)', () => {
  it('no reason is taken from it; a real "about" still is', () => {
    const k = realKnowledge();
    const now = new Date('2026-11-24T16:00:00Z');
    expect(detailsFromMessage(k, 'ok what about tmrw morning then, can someone call me before 8', now).reason).toBe(
      undefined,
    );
    expect(detailsFromMessage(k, 'how about friday, call me about my knee swelling', now).reason).toBe(
      'my knee swelling',
    );
  });
});

describe("a runner's spot that hurts when pressed with one finger (convo 9 T1)", () => {
  const triage = createTriage(realKnowledge());
  const ids = (text: string): string[] => {
    const o = triage.classify(text);
    return o.kind === 'red-flag' ? o.result.flags.map((f) => f.id) : [];
  };
  it('is the within-days bone-stress warning', () => {
    expect(ids('runner, just below my knee there is a tender spot, pressing it with one finger hurts')).toContain(
      'bone-stress-injury',
    );
    expect(ids('sore spot on my shin, pressing with a fingertip hurts since I upped my miles')).toContain(
      'bone-stress-injury',
    );
  });
  it('without running, a finger-pressed sore spot is not', () => {
    expect(ids('there is a sore spot under my kneecap, if i press with a finger it hurts')).not.toContain(
      'bone-stress-injury',
    );
  });
});
