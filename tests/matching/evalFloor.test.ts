// Quality floors on the held-out set (tests/eval/blind.jsonl, written fresh and never tuned on), set
// just under what the matcher achieves, so a change that makes it understand runners worse fails
// CI. The tuning data is the older tests/eval/heldout.jsonl (no longer blind) plus tune.jsonl; it
// has floors too, looser ones. See npm run eval and docs/eval-history-matching.md.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, loadKnowledgeSet } from '../../src/knowledge/load';
import { createMatcher } from '../../src/matching/index';
import { createBaselineMatcher } from '../../scripts/lib/baseline';
import { evaluate, rate, readLabelled } from '../../scripts/lib/evaluate';

const root = join(__dirname, '../..');
const knowledge = loadKnowledge(join(root, 'knowledge'));
const heldout = readLabelled(join(root, 'tests/eval/blind.jsonl'));
const tune = [
  ...readLabelled(join(root, 'tests/eval/heldout.jsonl')),
  ...readLabelled(join(root, 'tests/eval/tune.jsonl')),
  // Round 7: short questions for the everyday entries (knee noises, surgery, weight, kneeling, cycling, lifting).
  ...readLabelled(join(root, 'tests/eval/everyday.jsonl')),
  // Round 8: clinic staff looking for the callback queue, and patients' look-alikes.
  ...readLabelled(join(root, 'tests/eval/staff.jsonl')),
];

describe('evaluation set', () => {
  it('is big enough and labelled with real entry ids', () => {
    const all = [...heldout, ...tune];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(heldout.length).toBeGreaterThanOrEqual(160);
    // 40 out-of-scope as written; "do u take insurance" was relabelled clinic-visits (issue 14 item 4).
    expect(heldout.filter((r) => r.expect.includes('out-of-scope')).length).toBeGreaterThanOrEqual(39);
    expect(all.filter((r) => r.expect.includes('out-of-scope')).length).toBeGreaterThanOrEqual(60);
    const ids = new Set(knowledge.entries.map((e) => e.id));
    for (const r of all)
      for (const id of r.expect) if (id !== 'out-of-scope') expect(ids, `${r.text} → ${id}`).toContain(id);
    // Every entry is asked about at least once.
    const asked = new Set(all.flatMap((r) => r.expect));
    for (const id of ids) expect(asked, id).toContain(id);
    // The blind set alone asks about every entry it was written for. Entries added after it was
    // written (the knowledge branch's new ids) are asked about in the tuning data (above) and the
    // real posts; blind texts are never added to afterwards.
    const askedBlind = new Set(heldout.flatMap((r) => r.expect));
    for (const id of ids) if (!ADDED_AFTER_BLIND.has(id)) expect(askedBlind, `blind: ${id}`).toContain(id);
    for (const id of ADDED_AFTER_BLIND) expect(ids, `${id} is a knowledge entry`).toContain(id);
    // No message is in both halves.
    const tuneTexts = new Set(tune.map((r) => r.text.toLowerCase()));
    for (const r of heldout) expect(tuneTexts.has(r.text.toLowerCase()), r.text).toBe(false);
  });
});

describe('matcher quality on held-out (blind) messages', () => {
  const report = evaluate(createMatcher(knowledge), heldout);

  it('keeps in-scope top-1 accuracy above its floor', () => {
    expect(rate(report.top1, report.inScope)).toBeGreaterThanOrEqual(FLOORS.top1);
  });
  it('keeps the out-of-scope / not-sure rate above its floor', () => {
    expect(rate(report.outOfScopeCorrect, report.outOfScope)).toBeGreaterThanOrEqual(FLOORS.outOfScope);
  });
  it('rarely answers a knee question with the wrong entry', () => {
    expect(rate(report.answeredWrong, report.inScope)).toBeLessThanOrEqual(FLOORS.maxAnsweredWrong);
  });
  // The baseline scores every held-out message with fuse.js: about a minute on a busy 2-core machine.
  it('beats the fuse.js baseline clearly', { timeout: 300_000 }, () => {
    const base = evaluate(createBaselineMatcher(knowledge), heldout);
    expect(rate(report.top1, report.inScope)).toBeGreaterThan(rate(base.top1, base.inScope) + 0.15);
  });
});

describe('matcher quality on the tuning data', () => {
  const report = evaluate(createMatcher(knowledge), tune);
  it('stays above its (looser) floors', () => {
    expect(rate(report.top1, report.inScope)).toBeGreaterThanOrEqual(TUNE_FLOORS.top1);
    expect(rate(report.outOfScopeCorrect, report.outOfScope)).toBeGreaterThanOrEqual(TUNE_FLOORS.outOfScope);
    expect(rate(report.answeredWrong, report.inScope)).toBeLessThanOrEqual(TUNE_FLOORS.maxAnsweredWrong);
  });
});

describe('matcher on long real posts (labels naming entries this knowledge lacks are pending)', () => {
  const ids = new Set(knowledge.entries.map((e) => e.id));
  const posts = (file: string) => evaluate(createMatcher(knowledge), readLabelled(join(root, 'tests/eval', file)), ids);
  it('held-out posts stay above their floors and rarely get a wrong answer', () => {
    const r = posts('posts-blind.jsonl');
    expect(r.inScope + r.outOfScope + r.pending.length).toBeGreaterThanOrEqual(60);
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(POST_FLOORS.top1);
    expect(rate(r.answeredWrong, r.inScope)).toBeLessThanOrEqual(POST_FLOORS.maxAnsweredWrong);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBeGreaterThanOrEqual(POST_FLOORS.outOfScope);
  });
  it('tuning posts stay above their floors', () => {
    const r = posts('posts-tune.jsonl');
    expect(r.inScope + r.outOfScope + r.pending.length).toBeGreaterThanOrEqual(100);
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(TUNE_POST_FLOORS.top1);
    expect(rate(r.answeredWrong, r.inScope)).toBeLessThanOrEqual(TUNE_POST_FLOORS.maxAnsweredWrong);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBeGreaterThanOrEqual(TUNE_POST_FLOORS.outOfScope);
  });
  it('our own long-post examples (buried questions, two questions, homonyms) stay understood', () => {
    const r = posts('posts-own.jsonl');
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.8);
    expect(r.answeredWrong).toBe(0);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBe(1);
    expect(r.secondRight).toBeGreaterThanOrEqual(3);
  });
  it('round-3 own posts (walkers, lifters, cyclists, older adults, parents) stay understood', () => {
    const r = posts('posts-own-r3.jsonl');
    expect(r.inScope + r.outOfScope).toBeGreaterThanOrEqual(60);
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.83);
    expect(rate(r.answeredWrong, r.inScope)).toBeLessThanOrEqual(0.02);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBe(1);
  });
});

// Round 7: the released tuning halves of the round-5/6 blind sets (adversarial out-of-scope short
// questions: other body parts, homonyms, pets, race sign-up, shoe sizes; real posts). First looks
// in docs/eval-history-matching.md; floors just under what the matcher reaches now.
describe('released blind halves (round 7 tuning data)', () => {
  const ids = new Set(knowledge.entries.map((e) => e.id));
  const set = (file: string) => evaluate(createMatcher(knowledge), readLabelled(join(root, 'tests/eval', file)), ids);
  it('short questions: right, rarely wrong, and the out-of-scope ones kept out', () => {
    const r = set('short-r5.jsonl');
    expect(r.inScope + r.outOfScope).toBeGreaterThanOrEqual(110);
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.93);
    expect(rate(r.answeredWrong, r.inScope)).toBeLessThanOrEqual(0.03);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBeGreaterThanOrEqual(0.95);
  });
  it('real posts: few wrong answers, out-of-scope posts kept out', () => {
    const r = set('posts-r6.jsonl');
    expect(r.inScope + r.outOfScope).toBeGreaterThanOrEqual(45);
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.58);
    expect(rate(r.answeredWrong, r.inScope)).toBeLessThanOrEqual(0.03);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBe(1);
  });
  it('Spanish short questions', () => {
    const es = loadKnowledgeSet(join(root, 'knowledge')).es;
    const r = evaluate(
      createMatcher(es),
      readLabelled(join(root, 'tests/eval/short-r5-es.jsonl')),
      new Set(es.entries.map((e) => e.id)),
    );
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.95);
    expect(r.answeredWrong).toBe(0);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBe(1);
  });
});

describe('Spanish matching on the Spanish knowledge', () => {
  const es = loadKnowledgeSet(join(root, 'knowledge')).es;
  const ids = new Set(es.entries.map((e) => e.id));
  it('understands the Spanish tuning questions', () => {
    const r = evaluate(createMatcher(es), readLabelled(join(root, 'tests/eval/es-tune.jsonl')), ids);
    expect(r.inScope).toBeGreaterThanOrEqual(40);
    expect(rate(r.top1, r.inScope)).toBeGreaterThanOrEqual(0.95);
    expect(r.answeredWrong).toBe(0);
    expect(rate(r.outOfScopeCorrect, r.outOfScope)).toBe(1);
  });
});

// Entry ids added by the knowledge branch after blind.jsonl was written (clinic-visits is asked there
// since its insurance line was relabelled).
const ADDED_AFTER_BLIND = new Set([
  'staff-callback-queue',
  // Round 10 staff entries (knowledge/entries/staff.yaml), asked in tests/eval/staff.jsonl.
  'staff-spanish-callers',
  'staff-call-times',
  'staff-voicemail-script',
  'staff-urgent-requests',
  'staff-handouts',
  // Round 12 staff entries (new receptionists, phone callers, warning signs), asked in tests/eval/staff.jsonl.
  'staff-how-it-works',
  'staff-phone-callers',
  'staff-warning-signs',
  // Round 13: a patient who left a relative's number, asked in tests/eval/staff.jsonl.
  'staff-someone-elses-number',
  'first-days-after-injury',
  'knee-osteoarthritis',
  'acl-injury',
  'kids-and-teens',
  'bone-stress-injuries',
  'braces-taping-insoles',
  'knee-imaging',
  'other-knee-conditions',
  'swollen-knee',
  'fat-pad-and-plica',
  'general-knee-pain',
  // Round 7 everyday entries (knowledge/entries/everyday.yaml), asked in tests/eval/everyday.jsonl.
  'knee-noises',
  'after-knee-surgery',
  'weight-and-knees',
  'kneeling-pain',
  'cycling-knee-pain',
  'lifting-knee-pain',
  // Round 9: a weak knee and fear of falling (older adults), asked in tests/eval/everyday.jsonl.
  'weak-knee-falls',
  // Round 10: what to say and bring at urgent care or the ER, asked in tests/eval/everyday.jsonl.
  'going-to-urgent-care',
  // Round 22: back to the team after surgery, and bike fit (saddle, cleats, toes in tight shoes), asked in
  // tests/eval/everyday.jsonl.
  'sport-after-surgery',
  'saddle-height',
  'cycling-cleats',
  'cycling-foot-numbness',
]);

// Real posts held out: with the knowledge branch's entries every label is scored (58 in-scope, 10 out
// of scope; the 21 once-pending lines are mostly the harder ones), so one in-scope post is 1.7 points.
// Set just under the figures (round 3: 51.7 % / 10.3 % wrong / 90 %, from 48.3 / 13.8 / 90 once a
// post's overview-vs-condition tie stopped picking one cause). Far below the 85 % aimed for; see
// docs/eval-history-matching.md.
const POST_FLOORS = { top1: 0.5, outOfScope: 0.85, maxAnsweredWrong: 0.11 };
// Real posts used for tuning (89 in-scope, 14 out of scope): one in-scope post is 1.1 points
// (39.3 % / 4.5 % wrong / 100 %).
const TUNE_POST_FLOORS = { top1: 0.39, outOfScope: 0.92, maxAnsweredWrong: 0.05 };
// Blind set (165 messages, 126 / 39): one in-scope message is 0.8 points, one out-of-scope 2.6 points.
const FLOORS = { top1: 0.95, outOfScope: 0.92, maxAnsweredWrong: 0.02 };
const TUNE_FLOORS = { top1: 0.96, outOfScope: 0.97, maxAnsweredWrong: 0.02 };
