// The pure half of the callback conversation: reading a name, and a typed day and time.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseName, slotFromText } from '../../dialogs/decisions/callback';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';

const knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
/** Tuesday 24 Nov 2026, 10am in Dallas. */
const TUESDAY = new Date('2026-11-24T16:00:00Z');

describe('parseName', () => {
  it.each([
    ['Sam Lee', 'Sam Lee'],
    ['my name is Jo.', 'Jo'],
    ["I'm Ana", 'Ana'],
    ['Will Smith', 'Will Smith'],
    ["Mary-Jo O'Neil", "Mary-Jo O'Neil"],
  ])('%s is the name %s', (text, name) => expect(parseName(text)).toBe(name));

  it.each([
    'what are your hours?',
    'how long will it take',
    'are you open now',
    'any time',
    'tomorrow',
    '2145550143',
    'call me back',
    '',
  ])('%j is not a name', (text) => expect(parseName(text)).toBeUndefined());
});

describe('slotFromText', () => {
  it.each([
    ['tomorrow morning', { date: '2026-11-25', preferredTime: 'morning' }],
    ['monday afternoon', { date: '2026-11-30', preferredTime: 'afternoon' }],
    // Said on a Tuesday: "next tuesday" is a week on; a clock time is kept as said.
    ['next tuesday at 10', { date: '2026-12-01', preferredTime: 'morning', time: '10:00' }],
    ['friday 2pm', { date: '2026-11-27', preferredTime: 'afternoon', time: '14:00' }],
    ['thursday', { date: '2026-11-26', preferredTime: 'any' }],
  ])('%s is %j', (text, slot) => expect(slotFromText(knowledge, text, TUESDAY)).toMatchObject(slot));

  it.each(['saturday', 'sunday morning', 'tonight', 'tomorrow evening', 'monday at 8pm'])(
    '%s cannot be offered (null)',
    (text) => expect(slotFromText(knowledge, text, TUESDAY)).toBeNull(),
  );

  it('leaves text without a day or hour to the buttons (undefined)', () => {
    expect(slotFromText(knowledge, 'morning', TUESDAY)).toBeUndefined();
    expect(slotFromText(knowledge, '2', TUESDAY)).toBeUndefined();
  });
});
