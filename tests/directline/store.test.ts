import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { ConversationStore, parseWatermark } from '../../src/directline/store';

const msg = (text: string) => ({ type: 'message', text }) as Activity;

describe('conversation store', () => {
  it('numbers activities, and returns those after a watermark', () => {
    const store = new ConversationStore({ maxActivitiesPerConversation: 10, maxConversations: 10, idleMs: 1000 });
    const { conversation: c, created } = store.getOrCreate('c1', 'u1', 0);
    expect(created).toBe(true);
    const stored = store.append(c, [msg('a'), msg('b')], 0);
    expect(stored.map((a) => a.id)).toEqual(['c1|0000001', 'c1|0000002']);
    expect(store.since(c, '1')).toEqual({ activities: [stored[1]], watermark: '2' });
    expect(store.since(c, '').activities).toHaveLength(2);
    expect(store.since(c, 'junk').activities).toHaveLength(2);
    expect(store.getOrCreate('c1', 'u1', 0).created).toBe(false);
  });

  it('keeps only the newest activities of a conversation', () => {
    const store = new ConversationStore({ maxActivitiesPerConversation: 3, maxConversations: 10, idleMs: 1000 });
    const { conversation: c } = store.getOrCreate('c1', 'u1', 0);
    for (let i = 0; i < 5; i++) store.append(c, [msg(String(i))], 0);
    expect(store.since(c, undefined)).toEqual({ activities: expect.any(Array), watermark: '5' });
    expect(store.since(c, undefined).activities.map((a) => a.text)).toEqual(['2', '3', '4']);
  });

  it('expires idle conversations and tells their subscribers', () => {
    const evicted: string[] = [];
    const store = new ConversationStore({ maxActivitiesPerConversation: 3, maxConversations: 10, idleMs: 1000 }, (c) =>
      evicted.push(c.id),
    );
    const { conversation: c } = store.getOrCreate('c1', 'u1', 0);
    const seen: unknown[] = [];
    c.subscribers.add((g) => seen.push(g));
    store.getOrCreate('c2', 'u2', 900);
    expect(store.sweep(1500)).toBe(1);
    expect(evicted).toEqual(['c1']);
    expect(seen).toEqual([null]);
    expect(store.get('c1', 1500)).toBeUndefined();
    expect(store.get('c2', 1500)).toBeDefined();
    expect(store.get('c2', 2000)).toBeUndefined(); // expired on read too
  });

  it('caps the number of conversations, dropping the least recently active', () => {
    const store = new ConversationStore({ maxActivitiesPerConversation: 3, maxConversations: 2, idleMs: 1e9 });
    const a = store.getOrCreate('a', 'u', 0).conversation;
    store.getOrCreate('b', 'u', 1);
    store.append(a, [msg('still here')], 2); // a is now the most recent
    store.getOrCreate('c', 'u', 3);
    expect(store.size).toBe(2);
    expect(store.get('a', 3)).toBeDefined();
    expect(store.get('b', 3)).toBeUndefined();
  });

  it('parses watermarks defensively', () => {
    expect(parseWatermark('12')).toBe(12);
    expect(parseWatermark('-1')).toBe(0);
    expect(parseWatermark(undefined)).toBe(0);
  });
});
