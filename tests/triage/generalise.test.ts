// The general mechanisms behind red-flag matching (src/triage/match.ts, context.ts, normalize.ts,
// fuzzy.ts), each shown on a pair: the same wording with and without what the mechanism handles.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import { isSwapOrDouble } from '../../src/triage/fuzzy';

let triage: Triage;
beforeAll(() => {
  triage = createTriage(loadKnowledge(path.join(projectRoot(), 'knowledge')));
});
const flags = (text: string): string[] => triage.assess(text)?.flags.map((f) => f.id) ?? [];

describe('general matching mechanisms', () => {
  it('filler words do not use up the gap between pattern words', () => {
    expect(flags('my calf is really really tight and swollen')).toContain('calf-pain-swelling');
  });

  it('a short gap does not reach into a new statement', () => {
    expect(flags('my chest is fine, my knee hurts')).toEqual([]);
    expect(flags('my chest hurts')).toContain('chest-pain');
  });

  it('reads a red flag reported for someone else like one reported for oneself', () => {
    expect(flags('she cant move her toes')).toContain('numb-foot');
  });

  it('a negation before the match covers only its first statement', () => {
    expect(flags("I can't feel my toes and they look blue")).toContain('cold-pale-foot');
    expect(flags('no swelling')).toEqual([]);
  });

  it('"won\'t go away" is persistence, not a negation', () => {
    expect(flags("pain in my calf that won't go away")).toContain('calf-pain-swelling');
  });

  it('near misses, fears, animals, things read about and body parts said to be fine raise no alarm', () => {
    expect(flags('my knee almost gave way but I caught myself')).toEqual([]);
    expect(flags("I'm scared of my knee giving way one day")).toEqual([]);
    expect(flags("my dog's knee dislocated")).toEqual([]);
    expect(flags('I read that a hot swollen knee with a fever is an emergency')).toEqual([]);
    expect(flags('felt dizzy and hot after, knee ok')).toEqual([]);
  });

  it('splits numbers from units, squeezes repeated letters and reads "n" as "and"', () => {
    expect(flags("I've lost 6kg without trying")).toContain('tumour-signs');
    expect(flags('kneeeee is sooo swollen after a pop')).toContain('pop-and-swelling');
    expect(flags('pins n needles in my shin')).toContain('tingling');
  });

  it('forgives a swapped or doubled letter in four-letter words only', () => {
    expect(isSwapOrDouble('cafl', 'calf')).toBe(true);
    expect(isSwapOrDouble('numbb', 'numb')).toBe(true);
    expect(isSwapOrDouble('half', 'calf')).toBe(false);
    expect(isSwapOrDouble('numbs', 'numb')).toBe(false);
  });

  it('reads voice-to-text mishearings back where the sound-alike cannot mean itself', () => {
    expect(flags('cant way bare on it')).toContain('cannot-bear-weight');
    expect(flags('cant put wait on it')).toContain('cannot-bear-weight');
    expect(flags('my need cap is out of place')).toContain('deformity');
    expect(flags('my half is swollen and hot')).toContain('calf-pain-swelling');
    expect(flags('my foot is number since the fall')).toContain('numb-foot');
    expect(flags('my need for speed is real')).toEqual([]);
    expect(flags('my half marathon is next week and my calf is tight')).toEqual([]);
    expect(flags('the number of runs per week')).toEqual([]);
    expect(flags('my calf is stolen and painful')).toContain('calf-pain-swelling');
    expect(flags('knee gave weigh on the stairs')).toContain('giving-way');
    expect(flags('my bike was stolen, knee is fine')).toEqual([]);
  });

  it('reads symptom emojis and size similes as words', () => {
    expect(flags('knee 🎈 after pop')).toContain('pop-and-swelling');
    expect(flags('pop on the court, knee is the size of an orange now')).toContain('pop-and-swelling');
  });

  it('a knee word that names gear is not the body part', () => {
    expect(flags('the kneecap strap slipped out of place during the run')).toEqual([]);
    expect(flags('my kneecap slipped out of place')).not.toEqual([]);
  });

  it('a question answered no, worry about the future, "if … ever" and reported advice raise no alarm', () => {
    expect(flags('knee gave out? no, never has')).toEqual([]);
    expect(flags('knee gave out? yes, twice')).toContain('giving-way');
    expect(flags('i worry my knee will give way on the downhill')).toEqual([]);
    expect(flags('I worried my knee would give way and then it did')).toContain('giving-way');
    expect(flags('my coach said if my knee ever swells fast after a twist I should go to urgent care')).toEqual([]);
  });

  it('an animal as the only subject, a year that is over, and a denial in a later clause', () => {
    expect(flags("my dog hurt his leg and can't walk on it")).toEqual([]);
    expect(flags('my dog pulled me over and now I cant walk')).toContain('cannot-bear-weight');
    expect(flags('knee gave way once in 2015 and never since')).toEqual([]);
    expect(flags('my knee gave way in 2024 and again today')).toContain('giving-way');
    expect(flags('calf swollen since last month')).toContain('calf-pain-swelling');
    expect(flags('my knee felt unstable but never actually gave way')).toEqual([]);
    expect(flags('my calf is swollen but it never hurts')).toContain('calf-pain-swelling');
  });

  it('reads a pain score out of 10 next to a pain word as severe or mild', () => {
    expect(flags('even lying in bed the pain is 9/10')).toContain('night-or-rest-pain');
    expect(flags('pain 2/10 at rest, worse when running')).toEqual([]);
  });

  it('general questions ("how can you tell", "anything to worry about") are warning-sign questions, reports are not', () => {
    expect(triage.classify('how can you tell if calf pain is a clot?').kind).toBe('warning-signs-question');
    expect(triage.classify('is tingling in the leg anything to worry about?').kind).toBe('warning-signs-question');
    expect(triage.classify('my leg is tingling, is that anything to worry about?').kind).toBe('red-flag');
    expect(triage.classify('his knee gave way on the stairs, is it serious?').kind).toBe('red-flag');
    expect(triage.classify('pain at rest - when is that a concern?').kind).toBe('warning-signs-question');
  });

  it('reads "in <year>" against the injected clock: a year that is over is past, this year is not', () => {
    const knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
    const in2026 = createTriage(knowledge, { clock: fixedClock('2026-06-01T12:00:00Z') });
    const in2027 = createTriage(knowledge, { clock: fixedClock('2027-06-01T12:00:00Z') });
    expect(in2026.assess('my calf swelled up in 2026')?.flags.map((f) => f.id)).toContain('calf-pain-swelling');
    expect(in2027.assess('my calf swelled up in 2026')).toBeNull();
  });

  it('hobby, brand and place words never fuzzy-match a symptom word ("pickleball" is not "prickly")', () => {
    const words = [
      'pickleball',
      'racquetball',
      'netball',
      'paddleboarding',
      'peloton',
      'parkrun',
      'crossfit',
      'spinning',
      'bouldering',
      'triathlon',
      'orienteering',
      'lacrosse',
      'taekwondo',
      'cheerleading',
      'strava',
      'garmin',
      'fitbit',
      'hoka',
      'saucony',
      'brooks',
      'salomon',
      'lululemon',
      'theragun',
      'dallas',
      'plano',
      'frisco',
      'mckinney',
      'grapevine',
      'southlake',
    ];
    for (const word of words) {
      for (const text of [
        word,
        `I love ${word}, my knee aches a bit after`,
        `after ${word} my knee is sore`,
        `my ${word} knee`,
      ]) {
        expect(flags(text), text).toEqual([]);
      }
    }
    // A typo with a short ending is still read: "prickleing" → prickl*.
    expect(flags('prickleing down my leg since this morning')).toContain('tingling');
  });

  it('a general "what does it mean when …" question gets the informational answer; the same words tied to an injury alarm', () => {
    expect(triage.classify('what does it mean when my knee gives way?').kind).toBe('none');
    expect(triage.classify('why do knees lock?').kind).toBe('none');
    expect(flags('why does my knee keep giving way since my fall?')).toContain('giving-way');
    expect(flags('my knee keeps giving way')).toContain('giving-way');
  });

  it("a relative's past illness is family history, not an alarm; a relative's present one is", () => {
    expect(flags('my dad had a septic knee once, is knee pain hereditary?')).toEqual([]);
    expect(flags('my mum had a blood clot in her calf years ago, can I still run?')).toEqual([]);
    expect(flags('my son had a fever and now his knee is hot and swollen')).toContain('hot-swollen-joint');
    expect(flags("my dad fell and can't put weight on his leg")).toContain('cannot-bear-weight');
  });

  it('a closed past story or a teaching question is not a present red flag; a new event after it still is', () => {
    expect(
      flags('Three years ago my kneecap popped out playing netball. It has been stable since. Can I try skiing?'),
    ).toEqual([]);
    expect(
      flags(
        "Three years ago my kneecap popped out playing netball. Today it popped out again and it's still out of place",
      ),
    ).toContain('deformity');
    expect(
      flags(
        "I'm a netball coach making a handout on when a knee that can't take weight needs an X-ray. Nobody is hurt.",
      ),
    ).toEqual([]);
    expect(flags('the cut on my shin is spurting')).toContain('heavy-bleeding');
    expect(flags('my knee aches after a growth spurt')).toEqual([]);
  });
});

describe('words the message itself explains away (round 12), each beside the report it must not silence', () => {
  it('an everyday cause named beside a temperature, colour or numb toes, unless an injury or fever is named', () => {
    expect(flags("my knee feels hot, it's 104 outside")).toEqual([]);
    expect(flags("my knee feels hot, it's 104 outside and I have a fever and chills")).toContain('hot-swollen-joint');
    expect(flags("can't move my toes in these tight climbing shoes")).toEqual([]);
    expect(flags("fell off the wall, can't move my toes in these tight climbing shoes")).toContain('numb-foot');
  });

  it('a symptom used as a name', () => {
    expect(flags('Numb Toes is the name of my band')).toEqual([]);
    expect(flags('numb toes since the fall')).toContain('numb-foot');
  });

  it('dying of a feeling, and a joke about giving up a sport', () => {
    expect(flags('I want to die... of embarrassment')).toEqual([]);
    expect(flags('I want to die of an overdose')).toContain('self-harm');
    expect(flags("lol I'd rather die than give up tennis")).toEqual([]);
    expect(flags("I'd rather die than give up tennis")).toContain('self-harm');
  });

  it('a dream, a knee that never could, a story closed since school', () => {
    expect(flags('my knee swelled up like a balloon... in my dream')).toEqual([]);
    expect(flags('my knee swelled up like a balloon after I twisted it')).toContain('rapid-swelling');
    expect(flags("I can't straighten my knee all the way, never could")).toEqual([]);
    expect(flags("I can't straighten my knee since I twisted it, never could walk it off either")).toContain(
      'locked-knee',
    );
    expect(flags('my daughter dislocated her kneecap in 8th grade, now 16 and it has never happened since')).toEqual(
      [],
    );
    expect(flags('my kneecap dislocated in 8th grade and it is out again now')).toContain('deformity');
  });

  it("a flag's parts told in two topics are not one report", () => {
    expect(flags('my kid has a fever of 101. separately, my own knee aches')).toEqual([]);
    expect(flags('my son has a fever of 101 and his knee aches, he is limping')).toContain('child-hip-knee-pain');
  });

  it('"practically" hedges like "almost", except after an injury', () => {
    expect(flags('my knees practically buckle when I carry my toddler upstairs')).toEqual([]);
    expect(flags('twisted my knee at soccer and it practically buckles every time I turn')).toContain('giving-way');
  });
});
