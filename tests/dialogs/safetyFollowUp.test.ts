// What a message says about an act-now reply: the phrasings from issue 13, then a set written in
// one go before it was scored (first look 23/31; the misses were fixed with general phrasings and
// the set kept here as tuning data).
import { describe, expect, it } from 'vitest';
import {
  classifyFollowUp,
  namesLaterToday,
  namesLesserCareOnly,
  soundsLikeCrisis,
  type FollowUpKind,
} from '../../dialogs/safetyFollowUp';

const CASES: [string, FollowUpKind | undefined][] = [
  ['can my wife drive me to your clinic instead?', 'to-clinic'],
  ["it's probably anxiety, right?", 'dismiss'],
  ["I'll call you Monday", 'wait'],
  ['what stretches can I do meanwhile?', 'exercise'],
  ['should I foam-roll it?', 'exercise'],
  ['ok, going to the ER now', 'going'],
  ['can it wait till tomorrow', 'wait'],
  ['can I drive myself?', 'drive-self'],
  ['my husband can take me to the ER', 'getting-there'],
  ['Where should I go today?', 'where'],
  ['could my son just drop me at your office', 'to-clinic'],
  ['is it ok if I swing by your clinic on the way', 'to-clinic'],
  ["my neighbour said she'll run me to the hospital", 'getting-there'],
  ["I'll grab an uber to urgent care", 'getting-there'],
  ['can I just go to urgent care rather than an ambulance', 'getting-there'],
  ['is it safe for me to drive there', 'drive-self'],
  ["I'll just hop in the car and drive over", 'drive-self'],
  ["I think I'm fine to drive", 'drive-self'],
  ["I'll see how it feels in the morning", 'wait'],
  ['can I leave it until after the weekend', 'wait'],
  ["I've got work, I'll go tonight after my shift", 'wait'],
  ["maybe I'll give it a day or two", 'wait'],
  ["I'll phone the clinic on Tuesday", 'wait'],
  ["I'll just put some frozen peas on it", 'home-care'],
  ['can I take a couple of advil and lie down', 'home-care'],
  ["I'll keep it elevated tonight", 'home-care'],
  ["honestly I think I'm overreacting", 'dismiss'],
  ["it's probably just a pulled muscle", 'dismiss'],
  ["I get panic attacks, it's probably that", 'dismiss'],
  ["it doesn't feel that bad really", 'dismiss'],
  ['can I do some gentle stretches while I wait', 'exercise'],
  ['would a massage help', 'exercise'],
  ['should I roll it out on the foam roller', 'exercise'],
  ['can I still do my long run on Sunday', 'exercise'],
  ["okay I'm calling now", 'going'],
  ["we're on the way to the hospital", 'going'],
  ['alright, heading out now', 'going'],
  ['thanks, will do', 'going'],
  ['ok', 'ack'],
  // Putting the part back or forcing it is declined with the flag's reason, like exercise.
  ['can my mate just pop it back in?', 'exercise'],
  ['can I try to force it straight myself?', 'exercise'],
  ["I'll just put a plaster on it", 'home-care'],
  ['we can deal with it at home', 'home-care'],
  // A look at home first puts the check off.
  ['my wife is a nurse, she can look at it first', 'wait'],
  ["I'll go to bed and see", 'wait'],
  ["it's my right knee but I think I can still drive to urgent care", 'drive-self'],
  ['my husband is driving me to urgent care now', 'getting-there'],
  ["i'll go for a walk to get the blood moving", 'exercise'],
  ['got it, going to get seen this afternoon', 'going'],
  ["ok, I'll go to urgent care now", 'going'],
  ["husband's getting the car now", 'getting-there'],
  ["her dad's picking us up from school and we'll go straight there", 'getting-there'],
  ["we're gonna go to Parkland instead, it's closer", 'getting-there'],
  ["can't I just book with you guys for this afternoon", 'to-clinic'],
  // The cost in the way, and asking the bot to call: each gets its own answer (written before the code).
  ['my insurance lapsed last month, the ER will bankrupt me', 'cost'],
  ['ambulances cost a fortune here', 'cost'],
  ["I can't afford it", 'cost'],
  ["could you phone an ambulance for me, I can't reach my phone", 'ask-to-call'],
  ['please send help to 12 Elm St', 'ask-to-call'],
  // A callback from the clinic is not an emergency call.
  ['can you get someone to call me back?', undefined],
  ["we'll take her to the walk-in clinic instead", 'getting-there'],
  ["what's the best running shoe for flat feet", undefined],
  ["how long does runner's knee take to heal", undefined],
];

describe('classifyFollowUp', () => {
  for (const [text, kind] of CASES) {
    it(`"${text}" → ${kind ?? 'not a follow-up'}`, () => {
      expect(classifyFollowUp(text)).toBe(kind);
    });
  }
});

describe('namesLesserCareOnly', () => {
  it('hears urgent care, a clinic or a doctor named without an emergency room', () => {
    expect(namesLesserCareOnly("urgent care is closer, I'll go there")).toBe(true);
    expect(namesLesserCareOnly('my doctor can see me at 4')).toBe(true);
    expect(namesLesserCareOnly("ok, we're going to the ER now")).toBe(false);
    expect(namesLesserCareOnly('is urgent care or the hospital better?')).toBe(false);
  });
});

describe('namesLaterToday', () => {
  it('hears a plan for later today (waiting, after 911 or the ER), not "now"', () => {
    expect(namesLaterToday('going to get it seen this afternoon')).toBe(true);
    expect(namesLaterToday("I'll go when my husband gets home")).toBe(true);
    expect(namesLaterToday('going now')).toBe(false);
  });
});

describe('soundsLikeCrisis', () => {
  it('hears the same hard thing in other words, not an ordinary knee question', () => {
    for (const text of [
      "I mean it, I don't see the point",
      'whats the point anymore',
      'nobody cares',
      "I can't go on like this",
    ]) {
      expect(soundsLikeCrisis(text), text).toBe(true);
    }
    for (const text of ['what shoes are good for running?', 'how long does runners knee take to heal']) {
      expect(soundsLikeCrisis(text), text).toBe(false);
    }
  });
});
