// Worn out by life as a whole ("so worn out by all of it", "tired of everything") is asked about (the
// safety question on thoughts of suicide), never an alarm; the knee's own trouble ("tired of everything
// hurting") is not. A cue, so a retrained model cannot drop it (round 24). Wordings of our own.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createTriage } from '../../src/triage';

const triage = createTriage(loadKnowledgeSet('knowledge').en);

describe('worn out by everything', () => {
  it.each([
    'honestly tired of everything lately, the knee is just one more thing',
    'so sick of everything. work, the knee, all of it',
    'been exhausted by all of it for months and nothing helps',
    'i am worn out by everything and i dont know why i bother',
  ])('"%s": the self-harm question, no alarm', (text) => {
    expect(triage.classify(text).kind).not.toBe('red-flag');
    expect(triage.suspect(text)?.flag.id).toBe('self-harm');
  });

  it.each(['tired of everything hurting when i run', 'sick of everything swelling up after leg day'])(
    '"%s": the knee, not life',
    (text) => {
      expect(triage.suspect(text)?.flag.id).not.toBe('self-harm');
    },
  );
});
