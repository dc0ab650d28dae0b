// The Spanish matcher is built at the first Spanish turn or just after the bot listens (src/app.ts,
// src/index.ts), not before. Proof that this changes nothing: the lazy matcher builds once, only
// when asked, and reads every labelled message exactly as a matcher built at start does.
import path from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcher, lazyMatcher } from '../../src/matching';
import { projectRoot } from '../../src/paths';
import { labelledMessages } from './labelled';

suite('the Spanish matcher, built late', () => {
  it('builds once, only when first asked or warmed', () => {
    const set = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
    let builds = 0;
    const lazy = lazyMatcher(() => (builds++, createMatcher(set.es)));
    expect(builds).toBe(0);
    lazy.warm();
    lazy.match('me duele la rodilla al correr');
    lazy.understand('me duele la rodilla al correr', 'front');
    lazy.warm();
    expect(builds).toBe(1);
  }, 60_000);

  it('reads every labelled message as a matcher built at start', () => {
    const set = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
    const eager = createMatcher(set.es);
    const lazy = lazyMatcher(() => createMatcher(set.es));
    const messages = labelledMessages({ withHeldOut: false });
    expect(messages.length).toBeGreaterThan(3_000);
    const differ: string[] = [];
    for (const text of messages) {
      const same =
        JSON.stringify(lazy.match(text)) === JSON.stringify(eager.match(text)) &&
        JSON.stringify(lazy.understand(text)) === JSON.stringify(eager.understand(text)) &&
        JSON.stringify(lazy.understand(text, 'back')) === JSON.stringify(eager.understand(text, 'back'));
      if (!same) differ.push(text);
    }
    expect(differ).toEqual([]);
  }, 600_000);
});
