// Round 24 family: a long post's story names a diagnosis but its asking sentences, read alone, clearly ask
// about something else (falls, food, recovery after a race). The bot offers both ("did you mean"), the
// story's entry first, instead of answering the story's diagnosis. Our own variants, other voices.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import type { Matcher, MatchResult } from '../../src/matching/types';

let matcher: Matcher;
beforeAll(() => {
  matcher = createMatcher(loadKnowledge(join(__dirname, '../../knowledge')));
});
const offered = (r: MatchResult): string[] => (r.kind === 'clarify' ? r.candidates.map((c) => c.entry.id) : []);

describe('the ask and the story disagree', () => {
  it.each([
    [
      'I tore my ACL skiing two winters ago and had it rebuilt. These days the knee buckles on uneven ground and I have nearly fallen twice in the garden. How can I stop myself from falling?',
      'acl-injury',
    ],
    [
      'My daughter has Osgood Schlatter and plays netball three times a week. She wants to know what she should eat before matches to have more energy. Any food ideas?',
      'kids-and-teens',
    ],
    [
      "I have had runner's knee on and off since my first marathon and my physio has me doing squats. I ran my race last Sunday and the knee held up fine. What should I eat and drink after a long race to recover?",
      'runners-knee',
    ],
  ])('offers the story and the ask: %s', (text, story) => {
    const r = matcher.match(text);
    expect(r.kind).toBe('clarify');
    expect(offered(r)[0]).toBe(story);
    expect(offered(r).length).toBeGreaterThanOrEqual(2);
  });
});

describe('the ask and the story agree', () => {
  it.each([
    [
      'My doctor told me I have osteoarthritis in both knees after an x-ray last month. I love my morning walks with friends. Can I keep walking with arthritis or will it wear my knees out faster?',
      'knee-osteoarthritis',
    ],
    [
      'Last spring a scan showed a torn meniscus and the surgeon trimmed it in June. I went back to work at the warehouse two weeks later and I still limp by the end of the shift. Is it normal to still have swelling and pain three months after the operation?',
      'after-knee-surgery',
    ],
  ])('still answers: %s', (text, id) => {
    const r = matcher.match(text);
    expect(r.kind).toBe('answer');
    if (r.kind === 'answer') expect(r.best.entry.id).toBe(id);
  });
});
