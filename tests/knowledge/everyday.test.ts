// The everyday entries (knowledge/entries/everyday.yaml and its Spanish text): each is a sourced
// medical answer that says when to get seen, and short questions about them land on them.
// tests/eval/everyday.jsonl and es-everyday.jsonl were written before they were ever matched
// (first look: 38 of 41 and 15 of 18 offered first); they are tuning data now, so the floors are
// set just under what the matcher does with them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { evaluate, rate, readLabelled } from '../../scripts/lib/evaluate';
import { projectRoot } from '../../src/paths';
import { KNOWLEDGE_DIR } from './helpers';

const IDS = [
  'knee-noises',
  'after-knee-surgery',
  'weight-and-knees',
  'kneeling-pain',
  'cycling-knee-pain',
  'lifting-knee-pain',
  // Round 9: older adults afraid of falling (a blind conversation's "my knee feels weak and I am
  // afraid of falling" got the mindset article); its questions in everyday.jsonl were written after it.
  'weak-knee-falls',
  // Round 10: "what do I tell the ER" after a same-day reply (a blind conversation got the warning-signs list).
  'going-to-urgent-care',
  // Sport after surgery and cycling set-up (saddle height, cleats, numb feet).
  'sport-after-surgery',
  'saddle-height',
  'cycling-cleats',
  'cycling-foot-numbness',
];
const evalFile = (name: string) => join(projectRoot(), 'tests', 'eval', name);
const set = loadKnowledgeSet(KNOWLEDGE_DIR);

describe('everyday entries', () => {
  it.each(IDS)('%s is a sourced medical answer that says when to get seen, in both languages', (id) => {
    const en = set.en.byId.get(id);
    const es = set.es.byId.get(id);
    expect(en, id).toBeDefined();
    expect(es, id).toBeDefined();
    expect(['faq', 'advice']).toContain(en?.kind);
    expect(en?.sources?.length).toBeGreaterThanOrEqual(2);
    for (const s of en?.sources ?? []) expect(s.url).toMatch(/^https:\/\//);
    expect(en?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(en?.answer).toMatch(/see a clinician|get it checked|call your surgical team|get seen/i);
    expect(es?.answer).toMatch(/vea a un profesional|hágase revisar|hágase ver|llame a su equipo/i);
  });

  it('the surgery answer sends chest pain and breathlessness to 911, in both languages', () => {
    expect(set.en.byId.get('after-knee-surgery')?.answer).toMatch(/\*\*Call 911\*\* for chest pain/);
    expect(set.es.byId.get('after-knee-surgery')?.answer).toMatch(/\*\*Llame al 911\*\* si tiene dolor de pecho/);
  });

  it('short English questions about them land on them, and never on a wrong answer', () => {
    const r = evaluate(createMatcher(set.en), readLabelled(evalFile('everyday.jsonl')));
    expect(r.inScope).toBeGreaterThanOrEqual(40);
    expect(new Set(readLabelled(evalFile('everyday.jsonl')).flatMap((row) => row.expect))).toEqual(new Set(IDS));
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.9);
    expect(r.answeredWrong).toBe(0);
  });

  it('short Spanish questions about them land on them', () => {
    const r = evaluate(createMatcher(set.es), readLabelled(evalFile('es-everyday.jsonl')));
    expect(r.inScope).toBeGreaterThanOrEqual(18);
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.8);
    expect(r.answeredWrong).toBeLessThanOrEqual(1);
  });
});
