// A parent naming where a child's knee hurts is first asking about children's knees (Osgood–Schlatter,
// hip problems felt in the knee), not starting the adult kneecap questions; an adult naming the
// place still starts them.
import { describe, expect, it } from 'vitest';
import { BotChat, joined } from './harness';

describe('a place named for a child', () => {
  it('offers the children’s entry first, without starting the assessment', async () => {
    const chat = new BotChat();
    const said = await chat.send('my daughter is 12 and her knee hurts below the kneecap after soccer');
    // Round 21: a child named with a front-of-knee place is answered with the children's entry outright.
    expect(joined(said)).toContain('Knee pain in children and teens');
    expect(joined(said)).not.toContain('A few quick yes/no questions');
  });

  it('an adult naming the place still gets the assessment', async () => {
    const chat = new BotChat();
    const said = await chat.send('pain on the outside of my knee when I run downhill');
    expect(joined(said)).toContain('A few quick yes/no questions');
  });
});
