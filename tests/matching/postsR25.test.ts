// Round 25 families of long posts (our own variants, tests/eval/posts-own-r25.jsonl): the inward side of the
// knee is the inner side; idioms with "point" or "looks like" and a supplement tried "without medical advice"
// do not ask to see a professional; a kneecap named as spared by a fall is not where it hurts.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import type { Matcher } from '../../src/matching/types';
import { firstOffered, offeredIds } from './offered';

let matcher: Matcher;
beforeAll(() => {
  matcher = createMatcher(loadKnowledge(join(__dirname, '../../knowledge')));
});
const ids = offeredIds;
const first = firstOffered;

describe('the inward side of the knee', () => {
  it.each([
    'Long walk on the coast path and now my knee is puffy on the inward side of my left knee. Should I rest it?',
    'The inward side of my right knee hurts when I get up from a chair after squats. What could it be?',
    'Hiking downhill all weekend and the inside part of my knee is sore now, especially on steps.',
  ])('is the inner side: %s', (text) => {
    expect(matcher.match(text).understanding.location).toBe('inner');
  });
});

describe('idioms are not the ask "at what point should I see someone"', () => {
  it.each([
    [
      'Played five-a-side three nights running and last night both knees swelled up. Looks like I will be sitting out the next game. Has anyone else had swelling like this after football? What helps it go down?',
      'swollen-knee',
    ],
    [
      'My knee aches when I garden and after a certain point in the afternoon I have to stop kneeling altogether. I use a foam pad. Is there anything else that makes kneeling easier on the knee?',
      'kneeling-pain',
    ],
    [
      'I bought a walking stick last month. My bad knee gives out now and then and I am nervous on the pavement. A friend said I am holding it in the wrong hand. Which side should the stick go on?',
      'weak-knee-falls',
    ],
  ])('%s', (text, id) => {
    const r = matcher.match(text);
    expect(first(r)).toBe(id);
    expect(first(r)).not.toBe('when-to-see-professional');
  });
});

describe('a supplement tried without medical advice', () => {
  it.each([
    'Without any medical advice I started taking turmeric and fish oil capsules for my sore knees. They seem a bit better after a month. Do these actually help joints or is it in my head?',
    'My knees creak and ache going downstairs. A friend swears by collagen so without asking a doctor I bought a tub at the chemist. Is collagen worth taking for knees?',
    'I am 70 and my knee has been sore for a year. At the supermarket I picked up glucosamine without seeing a doctor first. Two weeks in I think it is helping. Is it safe to keep taking it?',
  ])('is about the supplement: %s', (text) => {
    expect(first(matcher.match(text))).toBe('supplements');
  });
});

describe('a kneecap spared by a fall', () => {
  it.each([
    'Tripped over a kerb and landed right on my knee on the pavement. The x-ray says my kneecap is not broken. Four days on, kneeling on it is agony and everything else is ok. How long before kneeling stops hurting?',
    'Slipped on the ice on Sunday and came down hard on my knee. Thankfully I did not break my kneecap but I cannot kneel at all now, which is a problem in my job laying floors. Will kneeling get easier?',
  ])('is not kneecap pain from running: %s', (text) => {
    const r = matcher.match(text);
    expect(first(r)).not.toBe('runners-knee');
    expect(ids(r)).toContain('kneeling-pain');
  });
});
