// Triage.signsNamed: the flags a relayed note names (staff asking how soon to call: dialogs/decisions/staff.ts).
// Read from the flags of knowledge/red-flags.yaml, so a new flag is covered with no word list elsewhere.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import type { RedFlag } from '../../src/knowledge/types';
import { createTriage } from '../../src/triage';

const set = loadKnowledgeSet('knowledge');
const triage = createTriage(set.en);
const named = (text: string): string[] => triage.signsNamed(text).map((f) => f.id);

describe('signsNamed', () => {
  it.each([
    ['the note says she was short of breath', 'chest-pain'],
    ['this callback says she has a fever', 'hot-swollen-joint'],
    ['note says her knee is hot and puffy and she feels feverish', 'hot-swollen-joint'],
    ['one request says his foot has gone numb', 'numb-foot'],
    ['a mum says her daughter has been limping all week', 'child-hip-knee-pain'],
  ])('"%s" names %s, whoever has it', (text, flag) => {
    expect(named(text)).toContain(flag);
  });

  it.each([
    'how fast should I call back requests in general?',
    'how soon should I call back the lady with the sore knee?',
    'she wants to know if she can run the race on Sunday',
  ])('"%s" names none', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('a flag added to the knowledge is named with no other change', () => {
    const base = set.en.redFlags.find((f) => f.id === 'numb-foot') as RedFlag;
    const added: RedFlag = { ...base, id: 'glowing-kneecap', patterns: ['kneecap glows|glowing'] };
    delete (added as Partial<RedFlag>).requiresAll;
    const wider = createTriage({ ...set.en, redFlags: [...set.en.redFlags, added] });
    expect(named('the note says her kneecap is glowing')).toEqual([]);
    expect(wider.signsNamed('the note says her kneecap is glowing').map((f) => f.id)).toEqual(['glowing-kneecap']);
  });
});
