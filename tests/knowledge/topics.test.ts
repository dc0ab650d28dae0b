// The new topics and corrected answers of issue 14 are found from the way people ask. These
// phrasings were written before the content was matched and scored once (first look: 92.2 % and
// then, for a second batch written after the first tuning, 75.8 % in-scope top-1); misses were
// fixed with synonyms, keywords and questions, never by pasting a sentence in, and the phrasings are
// now part of tests/eval/tune.jsonl.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { createMatcher, type MatchResult } from '../../src/matching/index';
import { KNOWLEDGE_DIR } from './helpers';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const matcher = createMatcher(knowledge);

function top(result: MatchResult): string {
  if (result.kind === 'answer') return result.best.entry.id;
  if (result.kind === 'clarify') return result.candidates[0]!.entry.id;
  return result.kind;
}

const CASES: Record<string, string[]> = {
  'first-days-after-injury': [
    'should I ice or heat it?',
    'twisted my knee playing soccer this morning, ice or heat?',
    'what do I do in the first 48 hours after spraining my knee',
  ],
  'knee-osteoarthritis': [
    'is running bad for my knees, will I get arthritis?',
    'wear and tear in my knees at 65, what helps',
    'will years of marathon running ruin my knee joints',
  ],
  'acl-injury': [
    'I think I tore my ACL',
    'heard a pop when I landed from a jump and my knee gave way',
    'how long is rehab after ACL reconstruction',
  ],
  'kids-and-teens': ['do you see kids?', 'what is Osgood Schlatter disease', 'does the clinic treat teenagers'],
  'bone-stress-injuries': ['could I have a stress fracture near my knee', 'what is a bone stress reaction'],
  'braces-taping-insoles': [
    'should I wear a knee brace for running',
    'does kinesio tape help knee pain',
    'do I need custom orthotics for knee pain',
  ],
  'knee-imaging': ['do I need an MRI for my knee?', 'is an x-ray enough or should I ask for an MRI'],
  'other-knee-conditions': ['could my knee pain be gout', 'can a back problem cause pain in my knee'],
  'swollen-knee': ['my knee is puffy after a long run', 'knee puffs up after every long run but no pain'],
  'fat-pad-and-plica': ['what is plica syndrome', "what is Hoffa's fat pad"],
  'clinic-visits': [
    'do you take walk-ins?',
    'do you have evening appointments',
    'which insurance plans do you accept',
    'what do I need to bring to my first visit',
  ],
  'general-knee-pain': [
    'my whole knee hurts',
    'it hurts all over my knee',
    'pain keeps moving from one side of my knee to the other',
  ],
  // Corrections: the corrected answer is the one found.
  'runners-knee': ["is runner's knee damage to the cartilage?", "is runner's knee the same as damaged cartilage"],
  'strengthening-exercises': [
    'should I strengthen my quads for knee pain',
    'what exercises strengthen the quadriceps for knee pain',
  ],
  'run-through-pain': ['how much pain is ok when running with a sore knee', 'is it ok to run with a little knee pain'],
  stretching: ['does stretching prevent knee injuries'],
  'warm-up-cool-down': ['does a cool down stop me getting injured', 'do I really need to cool down after a run'],
  supplements: ["can I take glucosamine if I'm on warfarin", "is glucosamine safe if I'm allergic to shrimp"],
  medicines: [
    'can I take ibuprofen while pregnant?',
    'is it safe to take naproxen during a marathon',
    'what is the poison control number',
  ],
  'nutrition-hydration': ['does drinking water lubricate my knees'],
};

describe('new topics and corrections are found', () => {
  for (const [id, phrasings] of Object.entries(CASES)) {
    it.each(phrasings)(`${id}: "%s"`, (text) => {
      expect(knowledge.byId.has(id), id).toBe(true);
      expect(top(matcher.match(text))).toBe(id);
    });
  }

  it('billing disputes stay out of scope; visiting questions do not', () => {
    expect(matcher.match('I want to dispute a charge on my bill').kind).toBe('out-of-scope');
    expect(matcher.match('do you take Blue Cross insurance').kind).not.toBe('out-of-scope');
  });
});
