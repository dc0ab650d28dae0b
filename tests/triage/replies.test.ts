// Triage replies: emergency says "call 911" first with a 911 button, urgent gives same-day care and
// the clinic's phone, nothing states a diagnosis, all wording comes from the knowledge.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import type { Knowledge, RedFlag } from '../../src/knowledge/types';
import { projectRoot } from '../../src/paths';
import type { Reply } from '../../src/rendering/reply';
import { createTriage, guidedRedFlagQuestion, guidedRedFlagYesReply, triageReply, warningSignsReply } from '../../src/triage';

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = loadKnowledge(path.join(projectRoot(), 'knowledge'));
});

const DIAGNOSIS = /\byou(?:'ve| have| got)\b|\byou are suffering|\bit is (?:a|an) (?:clot|fracture|tear|infection)\b|\bthis is (?:a|an) (?:clot|fracture|tear|infection)\b/i;

function allText(reply: Reply): string {
  return [reply.title ?? '', reply.text, ...(reply.facts ?? []).map((f) => `${f.label} ${f.value}`), reply.call?.label ?? ''].join('\n');
}

/** The flags shown in lists (a flag with `listed: false` is caught but never listed). */
function listed(): RedFlag[] {
  return knowledge.redFlags.filter((f) => f.listed !== false);
}
function unlisted(): RedFlag[] {
  return knowledge.redFlags.filter((f) => f.listed === false);
}
function flagsOf(tier: RedFlag['tier']): RedFlag[] {
  return listed().filter((f) => f.tier === tier);
}

describe('triageReply', () => {
  it('a person in crisis gets the crisis line (988, its own heading and button) and 911, whatever else they said', () => {
    const text = 'I want to kill myself, my knee is swollen and I cant run anymore';
    const result = createTriage(knowledge).assess(text);
    expect(result?.flags[0]?.id).toBe('self-harm');
    const reply = triageReply(result!, knowledge);
    expect(reply.text).toContain('988');
    expect(reply.text).toContain(knowledge.clinic.emergencyNumber);
    expect(reply.title).toBe('Please talk to someone now');
    expect(reply.call).toMatchObject({ label: 'Call or text 988', e164: '988' });
  });

  it('emergency: says call 911 first, with a 911 call button', () => {
    for (const flag of flagsOf('emergency')) {
      const reply = triageReply({ tier: 'emergency', flags: [flag] }, knowledge);
      expect(reply.text.replace(/\*/g, '').startsWith(`Call ${knowledge.clinic.emergencyNumber} now`), flag.id).toBe(true);
      expect(reply.call?.e164).toBe(knowledge.clinic.emergencyNumber);
      expect(reply.text).toContain(flag.advice.trim());
    }
  });

  it('urgent: same-day care, the clinic phone for non-emergencies, and a call button to the clinic', () => {
    for (const flag of flagsOf('urgent')) {
      const reply = triageReply({ tier: 'urgent', flags: [flag] }, knowledge);
      expect(reply.text).toMatch(/today/i);
      expect(reply.text).toMatch(/urgent care|emergency room/i);
      expect(reply.text).toContain(knowledge.clinic.phone.display);
      expect(reply.call?.e164).toBe(knowledge.clinic.phone.e164);
      expect(reply.text).toContain(flag.advice.trim());
    }
  });

  it('lists the other matched flags once each', () => {
    const [first, second] = flagsOf('emergency');
    const urgent = flagsOf('urgent')[0] as RedFlag;
    const reply = triageReply({ tier: 'emergency', flags: [first as RedFlag, second as RedFlag, urgent] }, knowledge);
    expect(reply.text).toContain(`- ${(second as RedFlag).label}`);
    expect(reply.text).toContain(`- ${urgent.label}`);
    expect(reply.text.split((second as RedFlag).label).length - 1).toBe(1);
  });

  it('never states a diagnosis and leaves no placeholder unfilled', () => {
    for (const flag of knowledge.redFlags) {
      const reply = triageReply({ tier: flag.tier, flags: [flag] }, knowledge);
      expect(allText(reply), flag.id).not.toMatch(DIAGNOSIS);
      expect(allText(reply), flag.id).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps what-to-do-and-why short: one or two sentences of advice per flag', () => {
    for (const flag of knowledge.redFlags) {
      const sentences = flag.advice.trim().split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, flag.id).toBeLessThanOrEqual(2);
    }
  });

  it('says a clot must be ruled out for calf symptoms rather than naming one', () => {
    const calf = knowledge.redFlags.find((f) => f.id === 'calf-pain-swelling') as RedFlag;
    const reply = triageReply({ tier: 'urgent', flags: [calf] }, knowledge);
    expect(reply.text).toMatch(/clot must be ruled out/);
    expect(reply.text).toMatch(/Baker's cyst/);
  });
});

describe('warningSignsReply', () => {
  it('lists every flag label calmly, 911 for the emergency ones, same-day care for the rest', () => {
    const reply = warningSignsReply(knowledge);
    for (const flag of listed()) expect(reply.text).toContain(flag.label);
    for (const flag of unlisted()) expect(reply.text).not.toContain(flag.label);
    const emergencyAt = reply.text.indexOf((flagsOf('emergency')[0] as RedFlag).label);
    const urgentAt = reply.text.indexOf((flagsOf('urgent')[0] as RedFlag).label);
    expect(reply.text.indexOf(`Call ${knowledge.clinic.emergencyNumber} now`)).toBeLessThan(emergencyAt);
    expect(reply.text.indexOf('same-day care')).toBeLessThan(urgentAt);
    expect(reply.text.indexOf('same-day care')).toBeGreaterThan(emergencyAt);
    expect(reply.call?.e164).toBe(knowledge.clinic.phone.e164);
    expect(allText(reply)).not.toMatch(DIAGNOSIS);
    expect(allText(reply)).not.toMatch(/\{\w+\}/);
  });
});

describe('guided flow', () => {
  it('asks one question with the list and Yes / No choices', () => {
    const reply = guidedRedFlagQuestion(knowledge);
    expect(reply.text).toMatch(/^Before I go on: do any of these apply/);
    for (const flag of listed()) expect(reply.text).toContain(flag.label);
    // Not a knee sign: a person in crisis is caught in any message, not asked about in a checklist.
    expect(unlisted().map((f) => f.id)).toContain('self-harm');
    for (const flag of unlisted()) expect(reply.text).not.toContain(flag.label);
    expect(reply.choices?.map((c) => c.value)).toEqual(['yes', 'no']);
    expect(reply.choices?.map((c) => c.label)).toEqual(['Yes', 'No']);
  });

  it('a yes covers both tiers: 911 for the emergency signs, same-day care for the others, clinic phone shown', () => {
    const reply = guidedRedFlagYesReply(knowledge);
    expect(reply.text).toContain(`Call ${knowledge.clinic.emergencyNumber} now`);
    for (const flag of flagsOf('emergency')) expect(reply.text).toContain(flag.label);
    expect(reply.text).toMatch(/today/);
    expect(reply.text).toMatch(/urgent care/);
    expect(reply.call?.e164).toBe(knowledge.clinic.emergencyNumber);
    expect(allText(reply)).toContain(knowledge.clinic.phone.display);
    expect(allText(reply)).not.toMatch(DIAGNOSIS);
    expect(allText(reply)).not.toMatch(/\{\w+\}/);
  });
});
