// The second line of defence (src/triage/suspect.ts): cues and a small classifier that name the red
// flag worth one safety question when no pattern matched. Never an alarm by itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { createTriage, type Triage } from '../../src/triage';
import { tokenize } from '../../src/triage/normalize';
import { SAFETY_QUESTIONS } from '../../src/triage/safetyQuestions';
import { speaksOfTheBody } from '../../src/triage/suspect';
import { committedThreshold, MODEL_FILES, serialise, trainSuspectModel } from '../../scripts/train-triage-model';

let knowledge: Knowledge;
let triage: Triage;
beforeAll(() => {
  knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
  triage = createTriage(knowledge);
});
/** The flag a message would be asked about, when the rules are silent. */
const asked = (text: string): string | null =>
  triage.classify(text).kind === 'none' ? (triage.suspect(text)?.flag.id ?? null) : 'rules';

describe('the classifier model', () => {
  // The threshold comes from a cross-validation by writer (ten trainings, minutes): the script prints
  // it; here one training with the committed threshold must give the committed weights.
  it.each(['en', 'es'] as const)(
    'retraining on the labelled %s messages reproduces the committed model exactly',
    (lang) => {
      const { model } = trainSuspectModel(lang, committedThreshold(lang));
      expect(serialise(model)).toBe(readFileSync(MODEL_FILES[lang], 'utf8'));
    },
    120_000,
  );
});

describe('cues: severity and function loss with an injury, age, a lifeless leg', () => {
  // The question these used to get is now a rule: the Ottawa flag (age 55+ or an older person, after a
  // fall) sends them for a same-day X-ray without asking first.
  it("an older person's fall, described by how bad it is, now raises the same-day X-ray flag", () => {
    for (const text of [
      'my 80 year old mum tripped on the rug this morning and she is in a lot of pain',
      'grandad slipped in the bathroom, he is very sore',
    ]) {
      const result = triage.assess(text);
      expect(result?.tier, text).toBe('urgent');
      expect(
        result?.flags.map((f) => f.id),
        text,
      ).toContain('ottawa-fracture-signs');
    }
  });

  it('an injury with severe pain or lost function gets it too', () => {
    expect(asked('I fell off my bike an hour ago and it is agony')).toBe('cannot-bear-weight');
    expect(asked('got tackled at football and now I am hobbling')).toBe('cannot-bear-weight');
  });

  it('a leg described as heavy and useless after an injury gets the numbness question', () => {
    expect(asked('since the crash my leg feels heavy and useless')).toBe('numb-foot');
  });

  it('not for phrases that are no injury, long-past events, animals or general questions', () => {
    expect(asked('hit the wall at mile 20, my legs felt heavy and it was agony')).toBeNull();
    expect(asked('when I was a kid I fell off a bike and could not walk for a week')).toBeNull();
    expect(asked('my dog fell down the stairs and is limping badly')).toBeNull();
    expect(asked('what if I fall and it is agony?')).toBeNull();
    expect(asked('my legs feel dead after the marathon')).toBeNull();
  });

  it('hopelessness said indirectly gets the direct question about thoughts of suicide; "the point of stretching" does not', () => {
    expect(asked("I mean it, I don't see the point")).toBe('self-harm');
    expect(asked('nothing matters anymore since the injury')).toBe('self-harm');
    expect(asked("I don't see the point of stretching")).toBeNull();
    expect(asked('is there any point in icing it?')).toBeNull();
    expect(asked("it's not hopeless, my physio says I'll recover")).toBeNull();
  });

  it('does not ask about a flag the rules matched and dismissed by context', () => {
    expect(asked('my foot went numb on the bike, fine after I got off')).toBeNull();
  });
});

describe('the questions', () => {
  it('every flag that can be asked about has its wording in knowledge/messages/triage.yaml', () => {
    for (const flag of knowledge.redFlags) {
      const question = SAFETY_QUESTIONS[flag.id];
      if (question) expect(knowledge.messages[question.key], flag.id).toBeTruthy();
    }
  });

  it('ordinary knee questions get none', () => {
    for (const text of [
      'how do I stretch my IT band?',
      'what are your opening hours?',
      'my knee hurts after running',
      'which shoes are best for flat feet?',
    ]) {
      expect(asked(text), text).toBeNull();
    }
  });
});

describe("the classifier's body gate: no question on chatter that never speaks of the body", () => {
  // In a Teams or Slack group chat a safety question on "see you at practice tonight" is noise to the room.
  // Scheduling, scores, weather, lunch and work: no body part, symptom, injury or lost function named.
  const CHATTER = [
    'see you at practice tonight',
    "can't go to practice tonight, my kid has a recital",
    'practice is moved to the east field tonight',
    "can't make it tonight, have a work thing",
    'running a bit late, start without me',
    "who's bringing the oranges for saturday's game",
    'great win last night guys, 3-1!',
    'can we move the meeting to 3pm tomorrow',
    'lunch at the thai place on friday?',
    'what time does the bus leave for the away match',
    'thanks coach, see you all on monday',
    'did anyone find my water bottle in the changing room',
    'the score was 21-14 at half time',
    "I'll send the rota for next week this evening",
    'happy birthday sarah, have a great day',
    'the wifi in the office is down again',
    'can someone cover my shift on sunday',
    'parking is free after six so come early',
    'we need two more players for the five a side',
    "the pitch is frozen, game's off this weekend",
    'forecast says sunny and 25 degrees tomorrow',
    'grabbing coffee, anyone want anything?',
    'reminder to pay the club fees by the end of the month',
    'the new kit arrives on thursday',
    'good luck everyone in the race this weekend',
    'can you send me the slides from this morning',
    'traffic is terrible, be there in twenty minutes',
    'stuck in traffic, be there in 20',
    'dinner at mine after the game, bring snacks',
    'meeting notes are in the shared drive',
    'kickoff moved to 7:30 because of the rain',
    "who's driving to the tournament on saturday morning",
    'we lost again, the ref was terrible',
    'the team photo is on wednesday after training',
  ];
  it.each(CHATTER)('no question: %s', (text) => {
    expect(asked(text)).toBeNull();
  });

  it('still asks when the body, a symptom or a lost function is named, however briefly', () => {
    // lost function with no body part named; a symptom alone; a body part alone. Which flag is asked
    // is the model's choice (it moves with retraining); that one is asked is the gate's.
    for (const text of [
      'cant bend it past halfway tonight',
      "it just won't bend like it used to since yesterday",
      "it's puffy and tight since the game tonight",
      'leg feels off since practice, kind of heavy',
    ])
      expect(asked(text), text).not.toBeNull();
  });

  it('lets every labelled body red flag through the gate (the rules catch the one that does not pass)', () => {
    const dir = path.join(projectRoot(), 'tests/triage');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl') && !f.startsWith('unseen'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { text?: string; flag?: string })
      .filter((c) => typeof c.text === 'string' && c.flag !== undefined && c.flag !== 'self-harm')
      .map((c) => c.text as string);
    const shut = texts.filter((text) => !tokenize(text).some(speaksOfTheBody));
    expect(texts.length).toBeGreaterThan(4000);
    expect(shut.every((text) => triage.classify(text).kind === 'red-flag')).toBe(true);
    expect(shut.length).toBeLessThanOrEqual(1);
  });
});

describe('cues spread over several sentences', () => {
  const flagsOf = (text: string): string[] => triage.assess(text)?.flags.map((f) => f.id) ?? [];

  it("a child's limp in everyday words, told in another sentence than the age and the pain", () => {
    expect(flagsOf('Teen here (13). My knee and groin ache. My mom noticed I walk funny.')).toContain(
      'child-hip-knee-pain',
    );
    expect(
      flagsOf('My son is 12. His thigh hurts down into the knee. He runs with that foot turned out now.'),
    ).toContain('child-hip-knee-pain');
    // An adult who walks funny after a long hike is not this.
    expect(flagsOf("I'm 40. My knee aches after the hike. I walk funny for a day.")).not.toContain(
      'child-hip-knee-pain',
    );
  });

  it('raise the alarm above what the rules found when they point to a higher tier', () => {
    const result = triage.assess('my shin is swollen tight like a drum. the painkillers arent touching it');
    expect(result?.tier).toBe('emergency');
    expect(result?.flags.map((f) => f.id)).toContain('compartment-syndrome');
  });
});

describe('ages said the short way', () => {
  it('a number right after a person, or "14M here", is an age', () => {
    expect(triage.assess('Dad (79) tripped on the rug. He says the knee is sore.')?.tier).toBe('urgent');
    expect(
      triage.assess('Dad tripped on the rug 79 times. He says the knee is sore.')?.flags.map((f) => f.id) ?? [],
    ).not.toContain('ottawa-fracture-signs');
  });
});

describe('a sore calf and breathlessness with a run the rules read the breath as coming from (left25)', () => {
  it('asks the breathing question when the breath is not tied to the effort itself', () => {
    for (const text of [
      'calf sore after running and short of breath',
      "my calf is sore after running and I'm short of breath",
      'after my run yesterday my calf aches and today I get winded walking to the car',
      'calf really sore after my long run and short of breath, is that normal?',
      "one calf cramping after the run and I'm a bit breathless",
    ])
      expect(asked(text), text).toBe('calf-swelling-breathless');
  });

  it('asks nothing when the breath was the effort itself, or the calf is denied', () => {
    for (const text of [
      'out of breath during my tempo run, calves sore next day',
      'got breathless on the hill sprints, legs and calves sore today, feeling fine otherwise',
      'calves a bit sore after the race, I was out of breath in the last mile',
      "my calf is not sore but I'm short of breath after running",
    ])
      expect(asked(text), text).not.toBe('calf-swelling-breathless');
  });
});
