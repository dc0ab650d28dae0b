// Round 22 (what round 21's conversations left): a receptionist's urgent caller and a phone caller's request;
// follow-ups after a suspected tendon tear; bike-fit questions; a day and time asked alone after the hours;
// back to sport after surgery and feeling sidelined; a teen's tryouts and booking after the children's card;
// a place word alone. Every message here is written for these tests, in our own words.
import { describe, expect, it } from 'vitest';
import { BotChat, chatAfter, makeDeps, OPEN_TIME, texts } from './harness';
import { asksToEnterForCaller, asksToStartCallerRequest, staffTopic } from '../../dialogs/decisions/staff';
import { asksAboutDay, hourAsked } from '../../dialogs/decisions/dayFragment';
import { topicAsk } from '../../dialogs/decisions/topicFollowUp';
import { classifyCommand } from '../../dialogs/commands';
import { realKnowledge } from './harness';

function staffChat(): BotChat {
  return new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });
}

describe('a receptionist asking what to tell an urgent caller (Teams)', () => {
  it.each([
    'a lady rang this morning, she tripped on the stairs last night and now cannot stand on that leg. what do I tell her?',
    'one man messaged that he went down playing pickleball and can hardly walk a few steps, how should I handle the call',
    'someone left a voicemail saying she slipped off a curb and can not put any weight on her foot, what do i say when i ring',
  ])('"%s": a staff answer (call first, today; what to tell them; when 911), never a patient card', async (text) => {
    const chat = staffChat();
    await chat.send('hi, front desk here, where do callback requests show up?');
    const said = texts(await chat.send(text));
    expect(said).toMatch(/Call this one first, today/);
    expect(said).toMatch(/When you reach them, tell them/);
    expect(said).toMatch(/911 if the foot or leg goes cold, pale, blue or numb/);
    expect(said).not.toMatch(/Have someone take you|Where should I go/);
    // no patient reminder sticks to the staff session afterwards
    const next = texts(await chat.send('cheers, appreciate it'));
    expect(next).not.toMatch(/what you told me|checked today/);
  });
});

describe('staff entering a request for someone who phoned', () => {
  it.each([
    'a patient just rang reception wanting a call from the physio, could I log that in here on her behalf?',
    'can we add a callback for a caller from this chat?',
    'somebody called the front desk for a PT call back, can I enter one for him here',
  ])('"%s": yes, what to capture; the questions start when asked', async (text) => {
    expect(staffTopic(text)).toBe('staff-phone-callers');
    expect(asksToEnterForCaller(text)).toBe(true);
    const chat = staffChat();
    await chat.send("I'm at the front desk, how do I check the callback queue?");
    const said = texts(await chat.send(text));
    expect(said).toMatch(/Yes\. Type \*\*enter a phone request\*\*/);
    expect(said).toMatch(/best time/);
    expect(said).toMatch(/prefers\s+Spanish/);
    expect(said).toMatch(/urgent/);
    expect(said).not.toMatch(/What name should we ask for/);
    // a thank-you afterwards is a close, not a half-filled request
    expect(texts(await chat.send('great, thanks'))).not.toMatch(/not sent yet/);
    const started = texts(await chat.send('enter a phone request'));
    expect(started).toMatch(/What name should we ask for/);
  });

  it.each([['enter a phone request'], ['ok new phone callback'], ['log a phone request please']])(
    '"%s" starts the questions',
    (text) => {
      expect(asksToStartCallerRequest(text)).toBe(true);
    },
  );

  it('a question about whether typed details count is answered, not started', async () => {
    expect(asksToEnterForCaller('will that show up in the actual queue?')).toBe(false);
  });
});

const TORN =
  'fell on the stairs at the gym with my knee folded under me, now the leg just hangs when I try to lift it straight and there is a hollow just above my kneecap';

describe('after a suspected torn knee tendon (emergency room now)', () => {
  it('the first reply lists no stuck knee and adds no exercise card', async () => {
    const { said } = await chatAfter(
      'was doing box step-ups at the gym and slipped, landed on my bent knee. cant straighten it all the way and cant raise the leg off the bed. dent above the kneecap',
    );
    expect(said).toMatch(/emergency room/);
    expect(said).not.toMatch(/stuck right now/);
    expect(said).not.toMatch(/Please don't do that for now/);
  });

  it.each([
    'do I need an MRI or will an x-ray be enough?',
    'will the hospital scan it?',
    'are they going to do an ultrasound on it',
  ])('"%s": what the ER usually does, not the general scans card', async (text) => {
    const { chat } = await chatAfter(TORN);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/emergency room/);
    expect(said).toMatch(/X-ray first/);
    expect(said).toMatch(/ultrasound or an MRI/);
    expect(said).not.toMatch(/Book an appointment|running or everyday use/);
  });

  it.each([
    'if the tendon is torn, how long before I can squat again?',
    "what's the recovery time if it needs fixing",
    'when could I lift again if it turns out to be ripped',
  ])('"%s": usually surgery and months of rehab, the surgeon sets it', async (text) => {
    const { chat } = await chatAfter(TORN);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/usually needs an operation/);
    expect(said).toMatch(/surgeon sets the exact timeline/);
    expect(said).not.toMatch(/runner's knee|Getting back to running/);
  });
});

describe('cyclists: bike fit, cleats, toes in tight shoes', () => {
  it.each([
    'I reckon my seat is set too low, my knees come way up at the top',
    'I think my saddle is too low, I feel cramped every time I pedal',
    'my saddle might be too high, I rock my hips on the bike',
  ])('"%s": the saddle-height answer, not muscle soreness', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Saddle height and knee pain/);
    expect(said).toMatch(/a few millimetres/);
  });

  it.each([
    'could my clipless pedal cleats be twisting my knee',
    'I just moved my cleats onto a new pair of bike shoes, could that hurt my knee',
    'what angle should my cycling cleats be at',
  ])('"%s": the cycling cleats answer (angle, float), not running or soccer shoes', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Cycling cleats and knee pain/);
    expect(said).toMatch(/float/);
    expect(said).not.toMatch(/soccer/);
  });

  it.each([
    'my toes go numb on long rides when my cycling shoes are done up tight',
    'my toes tingle after a few hours on the bike, goes when I open the buckles',
    'tingly toes on century rides, better when I undo the shoes a bit',
  ])('"%s": pressure on the foot nerves (loosen, wider shoe), a check if it stays; no alarm', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Tingling or numb toes on the bike/);
    expect(said).toMatch(/weakness/);
    expect(said).not.toMatch(/Call \*\*911|emergency room|outside what I cover|Get this checked today/);
  });

  it.each([
    'My knee hurts on the outer side after long rides. Is my saddle too low? Also does foam rolling the IT band actually do anything?',
    'Outside of my knee aches on the bike. Could my cleats be wrong? And is foam rolling worth it?',
    'The outer knee gets sore cycling. Do I need a bike fit? Should I foam roll my IT band?',
  ])('"%s": both questions answered, no yes/no check', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Foam rolling/);
    expect(said).toMatch(/cycl|Cycl|saddle|cleat/);
    expect(said).not.toMatch(/Is it sore when you press/);
    expect(said).not.toMatch(/Did you mean/);
  });
});

describe('a day and a time asked alone, read against the hours', () => {
  const clinic = realKnowledge().clinic;
  const now = new Date(OPEN_TIME);
  it.each([
    ['and the sunday after?', true, undefined],
    ['friday around 4?', false, 16],
    ['how about monday at 7', false, 19],
    ['what about tmrw after 3', false, 15],
  ] as const)('"%s" is a day question', (text, afterCard, hour) => {
    expect(asksAboutDay(text, clinic, now, 'en', afterCard)).toBe(true);
    expect(hourAsked(text)).toBe(hour);
  });

  it.each([['saturday I ran 10 miles and it hurt'], ['friday?']])('"%s" without the hours card is not one', (text) => {
    expect(asksAboutDay(text, clinic, now, 'en', false)).toBe(false);
  });

  it.each([
    ['what are your hours', 'and the saturday after that?', /Saturday \(Sat [^)]+\): closed/],
    [
      'can I make an appointment',
      'wednesday after 4?',
      /Wednesday \(Wed [^)]+\): 8am–6pm[\s\S]*around 4pm may be possible/,
    ],
    ['how do I book', 'friday at 7?', /7pm is after we close that day/],
  ])('"%s" then "%s": that day from the hours, no menu', async (first, next, expected) => {
    const { chat } = await chatAfter(first);
    const said = texts(await chat.send(next));
    expect(said).toMatch(expected);
    expect(said).not.toMatch(/Did you mean|not sure about that one/);
  });
});

describe('back to the team after knee surgery, and sitting out', () => {
  it.each([
    'my coach is pushing for me to be back at practice next week, I had my meniscus trimmed a month ago',
    'the team expects me at training soon after my scope, is that ok?',
    'my surgeon is happy and my PT thinks I am almost there, can I go back to my team',
  ])('"%s": the PT and surgeon set the timeline; modified practice', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/not the team's calendar/);
    expect(said).toMatch(/modified way/);
  });

  it.each([
    "it sucks sitting on the bench watching my team play while I'm hurt",
    'being injured is really getting me down lately',
    'I feel left out watching the team train without me',
  ])('"%s": validated, stay involved, someone to talk to, 988 there', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Watching your team train while you sit out is really hard/);
    expect(said).toMatch(/talk to someone/);
    expect(said).toMatch(/988/);
  });

  it.each([
    'is the exercise bike ok meanwhile?',
    'could I ride the stationary bike while I wait to run again',
    'can I use the bike instead while my knee recovers',
  ])('"%s": cross-training, the bike after surgery if the PT agrees', async (text) => {
    const { said } = await chatAfter(text);
    expect(said).toMatch(/Cross-training/);
    expect(said).toMatch(/seat a little higher/);
  });

  it.each([['ok thanks for real'], ['ty fr'], ['thank you, truly']])('"%s" is a thank-you', (text) => {
    expect(classifyCommand(text)).toBe('thanks');
  });
});

describe("after the children's card: tryouts and booking", () => {
  const BUMP = 'my 13 year old daughter has a hard bump under her kneecap that hurts after volleyball, is that normal?';
  it.each([
    'she has a tournament on saturday. does she have to sit out?',
    'can she keep playing?',
    'her team has games all month, should she stop playing',
  ])('"%s": the part about playing on, not the whole card again', async (text) => {
    expect(topicAsk(text)).toBe('keep-playing');
    const { chat, said: first } = await chatAfter(BUMP);
    expect(first).toMatch(/Knee pain in children and teens/);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/keep playing, with pain as the guide/);
    expect(said).not.toMatch(/Sinding-Larsen/);
  });

  it.each([
    'do you treat kids her age? how can I book her in',
    'does the clinic see teenagers? how do I make an appointment',
    'how do I book for my daughter, do you see children?',
  ])('"%s": how to book and who confirms the age group', async (text) => {
    const { chat } = await chatAfter(BUMP);
    const said = texts(await chat.send(text));
    expect(said).toMatch(/To book, call us on/);
    expect(said).toMatch(/age group/);
    expect(said).not.toMatch(/Sinding-Larsen/);
  });
});

describe('a place word alone on a slow connection', () => {
  it.each([['outer side'], ['on the outside'], ['inside']])(
    '"knee" then "%s": the questions for that place, not a menu',
    async (text) => {
      const { chat } = await chatAfter('knee');
      const said = texts(await chat.send(text));
      expect(said).toMatch(/A few quick yes\/no questions/);
      expect(said).not.toMatch(/Did you mean/);
    },
  );
});
