// Round 22 families of long posts: an ellipsis ends a sentence; "the rest of my muscles" is not rest;
// pain "on the sides" names the outer knee; a parent's post about a named or feared condition.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { splitPost } from '../../src/matching/posts';
import type { Matcher } from '../../src/matching/types';
import { firstOffered, offeredIds } from './offered';

let matcher: Matcher;
beforeAll(() => {
  matcher = createMatcher(loadKnowledge(join(__dirname, '../../knowledge')));
});
const ids = offeredIds;
const first = firstOffered;

describe('an ellipsis', () => {
  it('ends a sentence, spaced or not', () => {
    const parts = splitPost('I have seen three doctors and nothing works…can anyone help? Tried rest... what next?');
    expect(parts.map((p) => p.text)).toEqual([
      'I have seen three doctors and nothing works…',
      'can anyone help?',
      'Tried rest...',
      'what next?',
    ]);
    expect(parts.map((p) => p.asks)).toEqual([false, true, false, true]);
  });
});

describe('the rest of', () => {
  it('is the remainder, not rest as a treatment', () => {
    const r = matcher.match(
      'After a long hike my knees ache but the rest of my body feels fine. What would cause that?',
    );
    expect(first(r)).not.toBe('rest-and-recovery');
  });
});

describe('pain on the sides of the knee', () => {
  it('names the outer knee on a descent', () => {
    const r = matcher.match(
      'Walking down steep trails my knees always start hurting on the sides. Going up is fine and I am not tired. What am I doing wrong?',
    );
    expect(r.understanding.location).toBe('outer');
    expect(['outer-knee-pain', 'it-band-syndrome']).toContain(first(r));
  });
});

describe("a parent's post", () => {
  it('is about the condition named when the question does not speak of the child', () => {
    const r = matcher.match(
      'My son plays three sports at school and his knee has hurt for weeks. His coach says it is chondromalacia. Is that the same as torn cartilage?',
    );
    expect(first(r)).toBe('runners-knee');
  });
  it('is about a feared condition when it asks how to prevent it', () => {
    const r = matcher.match(
      'My 15 year old daughter just started playing soccer and I am worried about her tearing her ACL. Can she do anything to prevent that?',
    );
    expect(first(r)).not.toBe('kids-and-teens');
    expect(['acl-injury', 'long-term-knee-health']).toContain(first(r));
  });
  it('still offers the children entry when the question is about the child', () => {
    const r = matcher.match(
      'Our 14 year old was diagnosed with patellofemoral pain from running at school. What can we do to support her through the season?',
    );
    expect(ids(r)).toContain('kids-and-teens');
  });
});
