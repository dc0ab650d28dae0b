// The bot's own buttons, tapped or typed back, answer its question: the rules raise nothing on them and
// the second line asks no safety question (a retrained model once asked "does your knee look out of
// place?" after "Outer side of the knee"; scripts/train-triage-model.ts now learns them as ordinary).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bothLanguages } from '../../dialogs/decisions/language';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createSpanishTriage, createTriage } from '../../src/triage';

const set = loadKnowledgeSet(join(__dirname, '../../knowledge'));
const triage = bothLanguages(createTriage(set.en), createSpanishTriage(set));
const labels = [
  ...set.en.locations.map((l) => l.label),
  ...set.es.locations.map((l) => l.label),
  'Yes',
  'No',
  'Not sure',
  'Sí',
  'No estoy seguro',
];

describe("the bot's own buttons", () => {
  it.each(labels)('"%s" raises no alarm and no safety question', (label) => {
    expect(triage.classify(label).kind).toBe('none');
    expect(triage.suspect(label)).toBeNull();
  });
});
