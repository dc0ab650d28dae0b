import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load';
import { formatAddress } from '../../src/knowledge/clinicFacts';
import type { EntryAction, Knowledge, KnowledgeEntry } from '../../src/knowledge/types';
import { LOCATIONS } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import { KNOWLEDGE_DIR } from './helpers';

// The stable ids from docs/architecture.md, with the kind (and action/location) each must have.
const EXPECTED: Record<string, { kind: KnowledgeEntry['kind']; action?: EntryAction; location?: string }> = {
  'front-knee-pain': { kind: 'location', location: 'front' },
  'back-knee-pain': { kind: 'location', location: 'back' },
  'inner-knee-pain': { kind: 'location', location: 'inner' },
  'outer-knee-pain': { kind: 'location', location: 'outer' },
  'runners-knee': { kind: 'condition', location: 'front' },
  'quadriceps-tendon-irritation': { kind: 'condition', location: 'front' },
  'patellar-tendonitis': { kind: 'condition', location: 'front' },
  'it-band-syndrome': { kind: 'condition', location: 'outer' },
  'hamstring-tendinitis': { kind: 'condition', location: 'back' },
  'popliteus-tendonitis': { kind: 'condition', location: 'back' },
  'bakers-cyst': { kind: 'condition', location: 'back' },
  'pcl-injury': { kind: 'condition', location: 'back' },
  'pes-anserine-irritation': { kind: 'condition', location: 'inner' },
  'mcl-and-meniscus': { kind: 'condition', location: 'inner' },
  'overuse-injuries': { kind: 'advice' },
  footwear: { kind: 'advice' },
  'muscle-imbalances': { kind: 'advice' },
  'running-technique': { kind: 'advice' },
  'corrective-measures': { kind: 'advice' },
  'train-wisely': { kind: 'advice' },
  'foam-rolling': { kind: 'advice' },
  'strengthening-exercises': { kind: 'advice' },
  'warm-up-cool-down': { kind: 'advice' },
  'cross-training': { kind: 'advice' },
  'when-to-see-professional': { kind: 'advice' },
  'rest-and-recovery': { kind: 'advice' },
  'nutrition-hydration': { kind: 'advice' },
  mindset: { kind: 'advice' },
  'return-to-running': { kind: 'advice' },
  'long-term-knee-health': { kind: 'advice' },
  'why-knee-hurts': { kind: 'faq' },
  'run-through-pain': { kind: 'faq' },
  stretching: { kind: 'faq' },
  'healing-time': { kind: 'faq' },
  supplements: { kind: 'faq' },
  'clinic-phone': { kind: 'clinic', action: 'call' },
  'clinic-hours': { kind: 'clinic', action: 'hours' },
  'clinic-address': { kind: 'clinic' },
  'callback-request': { kind: 'clinic', action: 'callback' },
  'book-appointment': { kind: 'clinic', action: 'call' },
  'start-assessment': { kind: 'clinic', action: 'assess' },
  'warning-signs': { kind: 'clinic', action: 'warning-signs' },
  'bot-help': { kind: 'clinic', action: 'help' },
};

/** Ids written in backticks in the "Knowledge entry ids" section of docs/architecture.md. */
function idsInArchitectureDoc(): string[] {
  const doc = fs.readFileSync(path.join(projectRoot(), 'docs', 'architecture.md'), 'utf8');
  const section = doc.split('## Knowledge entry ids')[1]?.split('\n## ')[0] ?? '';
  const notIds = new Set(['location', 'call', 'hours', 'callback', 'assess', 'help']);
  const tokens = [...section.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
  return [...new Set(tokens.filter((t) => /^[a-z0-9-]+$/.test(t) && !notIds.has(t)))];
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

describe('the real knowledge folder', () => {
  let k: Knowledge;
  beforeAll(() => {
    k = loadKnowledge(KNOWLEDGE_DIR);
  });

  it('loads every part', () => {
    expect(k.entries.length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    expect(k.locations.map((l) => l.id).sort()).toEqual([...LOCATIONS].sort());
    expect(k.synonyms.length).toBeGreaterThan(0);
    expect(k.outOfScope.length).toBeGreaterThan(0);
    expect(k.redFlags.length).toBeGreaterThan(0);
    expect(Object.keys(k.messages).length).toBeGreaterThan(0);
    expect(k.byId.size).toBe(k.entries.length);
    for (const e of k.entries) expect(k.byId.get(e.id)).toBe(e);
  });

  it('the id table here covers exactly the ids in docs/architecture.md', () => {
    const docIds = idsInArchitectureDoc();
    expect(docIds.length).toBeGreaterThanOrEqual(40);
    expect([...docIds].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s exists with the right kind, action and location', (id, want) => {
    const entry = k.byId.get(id);
    expect(entry, id).toBeDefined();
    expect(entry?.kind).toBe(want.kind);
    expect(entry?.action).toBe(want.action);
    expect(entry?.location).toBe(want.location);
  });

  it('every entry follows the content rules (title, phrasings, keywords, answer length, follow-ups)', () => {
    const problems: string[] = [];
    for (const e of k.entries) {
      if (e.title.length > 40) problems.push(`${e.id}: title longer than 40`);
      if (e.questions.length < 4) problems.push(`${e.id}: fewer than 4 questions`);
      if (e.keywords.length < 5) problems.push(`${e.id}: fewer than 5 keywords`);
      if (e.followUps.length < 2 || e.followUps.length > 4) problems.push(`${e.id}: ${e.followUps.length} follow-ups`);
      const n = words(e.answer);
      if (n < 50 || n > 130) problems.push(`${e.id}: answer has ${n} words`);
      if (/[^\n]\n(?!- )[^\n]/.test(e.answer)) problems.push(`${e.id}: answer still has a hard line break`);
    }
    expect(problems).toEqual([]);
  });

  it('each location lists its overview, its conditions and 2-3 symptom questions that point at them', () => {
    for (const location of k.locations) {
      expect(k.byId.get(location.overviewEntryId)?.location).toBe(location.id);
      expect(location.symptomQuestions.length).toBeGreaterThanOrEqual(2);
      expect(location.symptomQuestions.length).toBeLessThanOrEqual(3);
      const conditions = k.entries.filter((e) => e.kind === 'condition' && e.location === location.id).map((e) => e.id);
      expect([...location.conditionIds].sort()).toEqual(conditions.sort());
      for (const q of location.symptomQuestions) {
        expect(q.text.endsWith('?'), q.id).toBe(true);
        expect(q.mentions.length).toBeGreaterThan(0);
        for (const m of q.mentions) expect(m).toBe(m.toLowerCase());
      }
    }
  });

  it('finds the symptoms the issue names for each location', () => {
    const ids = (loc: string) => k.locations.find((l) => l.id === loc)?.symptomQuestions.map((q) => q.id);
    expect(ids('front')).toEqual(['worse-on-stairs', 'worse-squatting', 'worse-after-sitting']);
    expect(ids('back')).toContain('lump-behind-knee');
    expect(
      k.locations.find((l) => l.id === 'back')?.symptomQuestions.find((q) => q.id === 'lump-behind-knee')?.pointsTo,
    ).toEqual(['bakers-cyst']);
    expect(ids('outer')).toContain('worse-downhill');
    expect(ids('inner')).toContain('local-swelling');
  });

  it('keeps wording slang where the matcher needs it', () => {
    const keywords = (id: string) => k.byId.get(id)?.keywords.map((w) => w.toLowerCase()) ?? [];
    expect(keywords('it-band-syndrome')).toEqual(expect.arrayContaining(['itb', 'it band']));
    expect(keywords('runners-knee')).toEqual(expect.arrayContaining(['runners knee', 'pfps', 'kneecap']));
    expect(keywords('patellar-tendonitis')).toContain("jumper's knee");
    expect(keywords('footwear')).toEqual(expect.arrayContaining(['trainers', 'sneakers']));
    expect(keywords('foam-rolling')).toContain('foam roller');
  });

  it('unwraps hard-wrapped answers into paragraphs and list items', () => {
    const answer = k.byId.get('strengthening-exercises')?.answer ?? '';
    const lines = answer.split('\n');
    expect(lines[0]).toMatch(/^Strong thigh \(quadriceps\) and hip muscles .* try:$/);
    expect(lines.filter((l) => l.startsWith('- **'))).toHaveLength(4);
    expect(answer.endsWith('\n')).toBe(false);
  });
});

describe('clinic facts', () => {
  let k: Knowledge;
  beforeAll(() => {
    k = loadKnowledge(KNOWLEDGE_DIR);
  });

  it('are as the clinic stated them', () => {
    expect(k.clinic.name).toBe('Innovative Health');
    expect(k.clinic.phone).toEqual({ display: '(214) 972-0302', e164: '+12149720302' });
    expect(formatAddress(k.clinic)).toBe('4001 McEwen Suite #100, Dallas, TX 75244');
    expect(k.clinic.address.country).toBe('US');
    expect(k.clinic.timeZone).toBe('America/Chicago');
    expect(k.clinic.hours).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '18:00' }]);
    expect(k.clinic.closedDates).toEqual([]);
    expect(k.clinic.emergencyNumber).toBe('911');
  });

  it('are quoted exactly in the answers that mention them', () => {
    expect(k.byId.get('clinic-phone')?.answer).toContain('**(214) 972-0302**');
    expect(k.byId.get('clinic-address')?.answer).toContain('4001 McEwen Suite #100, Dallas, TX 75244');
    expect(k.byId.get('clinic-hours')?.answer).toContain('Monday to Friday, 8am to 6pm');
    const all = k.entries.map((e) => e.answer).join('\n');
    const phones = all.match(/\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}/g) ?? [];
    expect(phones.length).toBeGreaterThan(3);
    // The only other number is Poison Control's, on the medicines answer with its own call button.
    expect(new Set(phones)).toEqual(new Set(['(214) 972-0302', '800-222-1222']));
    expect(k.byId.get('medicines')?.call).toEqual({
      label: 'Call Poison Control',
      display: '1-800-222-1222',
      number: '+18002221222',
    });
    expect(all).not.toMatch(/\b(?:9|10|5|7)(?:am|pm)\b/);
  });
});
