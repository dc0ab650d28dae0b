// Behaviour the rest of the bot relies on, against the real knowledge/ content.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { createMatcher } from '../../src/matching/index';
import type { Matcher, MatchResult } from '../../src/matching/types';
import { topLabel } from '../../scripts/lib/evaluate';
import { syntheticKnowledge } from '../../scripts/lib/synthetic';

let knowledge: Knowledge;
let matcher: Matcher;
beforeAll(() => {
  knowledge = loadKnowledge(join(__dirname, '../../knowledge'));
  matcher = createMatcher(knowledge);
});

const answered = (r: MatchResult): string | undefined => (r.kind === 'answer' ? r.best.entry.id : undefined);

describe('clinic actions from short, command-like messages', () => {
  it.each([
    ['call', 'clinic-phone'],
    ['can i call u guys', 'clinic-phone'],
    ['what is your phone number?', 'clinic-phone'],
    ['are you open', 'clinic-hours'],
    ['call me back', 'callback-request'],
    ['where are you', 'clinic-address'],
    ['book an appointment', 'book-appointment'],
    ['how can you help', 'bot-help'],
    ['what can you do', 'bot-help'],
  ])('%s → %s', (text, id) => {
    expect(answered(matcher.match(text))).toBe(id);
  });
});

describe('"help" as a word in a question is not a question about the bot', () => {
  // A bare "help" is a command (dialogs/commands.ts) before the matcher is asked.
  it.each(['do trekking poles help', 'does a brace help', 'will ice help my knee'])('%s', (text) => {
    expect(answered(matcher.match(text))).not.toBe('bot-help');
  });
});

describe('"heat" in an ice-or-heat question is a knee-care word, not the weather', () => {
  it('is it better to use ice or heat → the first days after a knock or twist', () => {
    expect(answered(matcher.match('is it better to use ice or heat'))).toBe('first-days-after-injury');
  });
  it.each(['should i run in the heat', 'how do i train in humid heat'])('%s → out of scope', (text) => {
    expect(matcher.match(text).kind).toBe('out-of-scope');
  });
});

describe('where it hurts', () => {
  it('sends "pain on the outside of my knee after running" to the outer knee', () => {
    const r = matcher.match('pain on the outside of my knee after running');
    expect(r.kind).toBe('answer');
    const id = answered(r)!;
    const outer = knowledge.locations.find((l) => l.id === 'outer')!;
    expect([outer.overviewEntryId, ...outer.conditionIds]).toContain(id);
    expect(r.understanding.location).toBe('outer');
  });

  it.each([
    ['the side of my knee is on fire', 'outer'],
    ['pain behind the knee', 'back'],
    ['my kneecap aches', 'front'],
    ['pain behind the kneecap', 'front'],
    ['inside of my knee hurts', 'inner'],
    ['no idea, it just hurts', undefined],
  ])('understand(%j) → %s', (text, location) => {
    expect(matcher.understand(text).location).toBe(location);
  });

  it('reads a bare place word as a knee location only when asked where it hurts', () => {
    expect(matcher.understand('the back').location).toBe('back');
    expect(matcher.match('easing back into running').understanding.location).toBeUndefined();
  });

  it('reads symptoms already mentioned, for the location given or found', () => {
    expect(matcher.understand('there is a squishy lump behind my knee').symptomIds).toContain('lump-behind-knee');
    expect(matcher.understand('worse going down the stairs', 'front').symptomIds).toContain('worse-on-stairs');
    expect(matcher.understand('worse going down the stairs', 'back').symptomIds).toEqual([]);
  });
});

describe('synonyms, slang and typos', () => {
  it.each([
    ['my ITB is acting up again', 'it-band-syndrome'],
    ['iliotibal band syndrom', 'it-band-syndrome'],
    ['kneecap grinds going down the stairs', 'runners-knee'],
    ['pfps', 'runners-knee'],
    ['what trainers should I buy for sore knees', 'footwear'],
    ['should i run thru the pain', 'run-through-pain'],
    ['poplitues tendon', 'popliteus-tendonitis'],
    ['should I be icing it after runs', 'rest-and-recovery'],
    ['stabbing pain behind my knee cap on the stairs', 'runners-knee'],
    ['how can I make my knees stronger', 'strengthening-exercises'],
  ])('%s → %s', (text, id) => {
    expect(topLabel(matcher.match(text))).toBe(id);
  });

  it('reads "3 weeks" as time, not weekly mileage', () => {
    const r = matcher.match('knee pain for 3 weeks now, should I see a doctor or wait');
    const why = 'candidates' in r ? r.candidates.flatMap((c) => c.why).join(' | ') : '';
    expect(why).not.toMatch(/weeks→mileag/);
    expect(topLabel(matcher.match('is 40 miles a week too much'))).not.toBe('unknown');
  });

  it('explains itself: typo fixes and synonyms show in "why"', () => {
    const r = matcher.match('my iliotibeal band hurts on the outside');
    expect(r.kind).toBe('answer');
    const why = r.kind === 'answer' ? r.best.why.join(' | ') : '';
    expect(why).toMatch(/typo iliotibeal→iliotibial/);
    expect(why).toMatch(/synonym/);
  });

  it('finds the question inside a long forum-style story', () => {
    const story =
      'Hey all, long time lurker. Been running about 3 years, building up for my first marathon in the spring. ' +
      'Around mile 6 of every long run I get a sharp pain on the outside of my right knee, and it is worse ' +
      'running downhill. Stops when I walk. Foam rolling has not done much. Any ideas what this could be?';
    const r = matcher.match(story);
    expect(['it-band-syndrome', 'outer-knee-pain']).toContain(topLabel(r));
  });
});

describe('out of scope', () => {
  it.each([
    'heel pain in the morning',
    'shin splints',
    'my achilles is killing me',
    'lower back pain after running',
    'what should I eat the morning of a marathon',
    'best GPS watch?',
    'what is a good marathon playlist',
    'how do I lower my resting heart rate',
    'tips for running with asthma',
    'what time does the marathon start',
  ])('%s is not answered with a knee entry', (text) => {
    expect(['out-of-scope', 'unknown']).toContain(matcher.match(text).kind);
  });

  it('keeps another health condition out, but not when the knee is the question', () => {
    expect(matcher.match('running with diabetes, any tips').kind).toBe('out-of-scope');
    expect(matcher.match('I am diabetic and my knee is swollen after running').kind).not.toBe('out-of-scope');
  });

  it('names the topic when it recognises one', () => {
    const r = matcher.match('plantar fasciitis');
    expect(r.kind).toBe('out-of-scope');
    expect(r.kind === 'out-of-scope' ? r.topic : '').toMatch(/heel|foot/i);
  });

  it('still answers when another body part comes up in a knee question', () => {
    expect(answered(matcher.match('I land on my heels, is that bad for my knees?'))).toBe('running-technique');
  });

  it('lets confident advice stand for body parts the advice itself covers, never a knee condition', () => {
    expect(topLabel(matcher.match('band exercises for my hips and glutes'))).toBe('strengthening-exercises');
    expect(matcher.match('my hip clicks when I run').kind).toBe('out-of-scope');
    expect(matcher.match('pain on the outside of my hip after running').kind).toBe('out-of-scope');
  });
});

describe("homonyms and other people's knees (round 7)", () => {
  // Written for this round, not taken from the eval sets.
  it.each([
    'ring my sister back for me',
    'call my dad',
    'book a flight to austin for friday',
    'what time does the rangers game start',
    'what size running shoes should my son get',
    'are runner beans easy to grow',
    'my dog tore the ligament in his knee',
    "my cat's kneecap slips out",
    'does my horse need a knee brace',
    'that was a knee jerk decision',
    'my mom says i am the bees knees',
    'my lower back hurts when I lift the bar from knee level',
    'what knee-length skirt should I wear to the party',
  ])('keeps "%s" out of the knee answers', (text) => {
    const r = matcher.match(text);
    expect(r.kind === 'answer' || r.kind === 'clarify', topLabel(r)).toBe(false);
  });
  it.each([
    ['call the clinic', 'clinic-phone'],
    ['book an appointment for tuesday', 'book-appointment'],
    ['what time do you open on saturday', 'clinic-hours'],
    ['i tripped over my dog and now my kneecap hurts', undefined],
    ["can't put any weight on my leg since I fell", 'warning-signs'],
  ])('still reads "%s" as a knee or clinic question', (text, id) => {
    const r = matcher.match(text);
    expect(r.kind, topLabel(r)).not.toBe('out-of-scope');
    if (id) expect(topLabel(r)).toBe(id);
  });
});

describe('confidence', () => {
  it('says it is not sure about vague or empty messages, with suggestions at most three', () => {
    for (const text of ['', '???', 'hmm', 'the']) {
      const r = matcher.match(text);
      expect(r.kind === 'unknown' || r.kind === 'out-of-scope').toBe(true);
      if (r.kind === 'unknown') expect(r.suggestions.length).toBeLessThanOrEqual(3);
    }
  });

  it('keeps scores in 0..1, best first, and offers two or three choices when it asks', () => {
    const texts = ['stretching or foam rolling for sore knees?', 'knee pain', 'exercises for my knees'];
    for (const text of texts) {
      const r = matcher.match(text);
      const list =
        r.kind === 'answer' || r.kind === 'clarify' ? r.candidates : r.kind === 'unknown' ? r.suggestions : [];
      for (const c of list) expect(c.score).toBeGreaterThanOrEqual(0);
      for (const c of list) expect(c.score).toBeLessThanOrEqual(1);
      expect([...list].sort((a, b) => b.score - a.score)).toEqual(list);
      if (r.kind === 'clarify') expect(r.candidates.length).toBeGreaterThanOrEqual(2);
      if (r.kind === 'clarify') expect(r.candidates.length).toBeLessThanOrEqual(3);
    }
  });

  it('asks instead of answering when entries tie, however high the score', () => {
    const r = matcher.match('behind the knee');
    if (r.kind === 'answer') expect(r.best.score - (r.candidates[1]?.score ?? 0)).toBeGreaterThan(0);
    else expect(r.kind).toBe('clarify');
  });

  it('cuts very long messages and says so', () => {
    const r = matcher.match('my knee hurts '.repeat(200));
    expect(r.understanding.truncated).toBe(true);
  });
});

describe('a place overview against its own conditions', () => {
  it.each([
    ['outer knee pain', 'outer-knee-pain'],
    ['behind the knee', 'back-knee-pain'],
    ['tight IT band causing knee pain', 'it-band-syndrome'],
    ['pain below my kneecap after running', 'patellar-tendonitis'],
  ])('%s → %s, answered directly', (text, id) => {
    const r = matcher.match(text);
    expect(answered(r)).toBe(id);
    if (r.kind === 'answer') expect([...r.candidates].sort((a, b) => b.score - a.score)).toEqual(r.candidates);
  });
});

describe('clinic requests', () => {
  it.each([
    ['can someone from the clinic call me back', 'callback-request'],
    ['could someone give me a call back tomorrow', 'callback-request'],
    ['can you check my knee, start the assessment', 'start-assessment'],
  ])('%s → %s', (text, id) => {
    expect(answered(matcher.match(text))).toBe(id);
  });
  it('does not send "assessment" to booking', () => {
    expect(knowledge.entries.find((e) => e.id === 'book-appointment')!.keywords).not.toContain('assessment');
    expect(topLabel(matcher.match('assessment'))).not.toBe('book-appointment');
  });
  // Issue 14 item 4: which plans the clinic takes is a visiting question (the clinic-visits answer
  // gives the phone to check a plan); bills, prices and claims stay with the clinic team by phone.
  it.each(['do you accept my insurance', 'which insurance plans do you take', 'are you in network with Aetna'])(
    'answers the insurance-plan question "%s" with the clinic-visits answer',
    (text) => {
      expect(answered(matcher.match(text))).toBe('clinic-visits');
    },
  );
  it.each([
    'how much does a visit cost',
    'I was charged twice for my visit',
    'is my insurance claim paid yet',
    'what is the copay',
  ])('treats the bill or price question "%s" as outside what it covers (clinic admin)', (text) => {
    const r = matcher.match(text);
    expect(r.kind).toBe('out-of-scope');
    if (r.kind === 'out-of-scope')
      expect(r.topic).toBe(knowledge.outOfScope.find((t) => t.id === 'clinic-admin')!.label);
  });
});

describe('the IT band reaches the hip', () => {
  it('reads "ITB" with only the hip named as a hip question', () => {
    expect(matcher.match("ITB? no, it's my hip that hurts").kind).toBe('out-of-scope');
    expect(topLabel(matcher.match('my ITB is acting up again'))).toBe('it-band-syndrome');
    expect(topLabel(matcher.match('IT band pain from my hip down to the outside of my knee'))).toBe('it-band-syndrome');
  });
});

describe('scale', () => {
  it('works with 1,000 extra synthetic entries and still answers real questions', () => {
    const big = syntheticKnowledge(knowledge, 1000);
    expect(big.entries.length).toBe(knowledge.entries.length + 1000);
    const m = createMatcher(big);
    expect(answered(m.match('call me back'))).toBe('callback-request');
    expect(topLabel(m.match('my ITB is acting up again'))).toBe('it-band-syndrome');
  });
});

describe('equal scores are ordered by evidence, not by file order', () => {
  it('offers the causes of knee pain first for a bare "my knee aches"', () => {
    const r = matcher.match('my knee aches');
    expect(r.kind).toBe('clarify');
    expect(topLabel(r)).toBe('why-knee-hurts');
  });
  it('offers both readings of "is my hip to blame": the hip causing knee pain and weak hips', () => {
    // Not a tie since the round-9 entries (scores 0.58 / 0.57): both are offered, either first.
    const r = matcher.match('is my hip to blame for my knee pain');
    expect(r.kind).toBe('clarify');
    const ids = r.kind === 'clarify' ? r.candidates.slice(0, 2).map((c) => c.entry.id) : [];
    expect(ids.sort()).toEqual(['muscle-imbalances', 'other-knee-conditions']);
  });
});
