// The pure decisions behind the dialogs: commands, warning-sign questions, yes/no, ranking,
// summaries, when free text starts the assessment, and the hand-off/fallback replies.
import { describe as suite, expect, it } from 'vitest';
import { looksSpanish } from '../../src/text/language';
import { assessmentResult, causeLine, joinOr, oneLine, rankConditions } from '../../dialogs/assessment';
import { classifyCommand, looksLikeQuestion, mentionsPain } from '../../dialogs/commands';
import { formatAddress, handoffReply, hoursReply } from '../../dialogs/handoff';
import { assessmentFor } from '../../dialogs/decisions/main';
import { assertCoreMessages, CORE_MESSAGE_KEYS } from '../../dialogs/messages';
import { leadingYesNo } from '../../dialogs/prompts';
import { clarifyReply, unknownReply } from '../../dialogs/replies';
import type { MatchResult } from '../../src/matching/types';
import { CLOSED_TIME, OPEN_TIME, realKnowledge } from './harness';

const knowledge = realKnowledge();

suite('classifyCommand', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['help please', 'help'],
    ['what can you do?', 'help'],
    ['cancel', 'cancel'],
    ['STOP', 'cancel'],
    ['ok stop please', 'cancel'],
    ['never mind', 'cancel'],
    ['start over', 'start-over'],
    ['restart', 'start-over'],
    ["let's start again", 'start-over'],
    ['can we start over?', 'start-over'],
    ['call', 'call'],
    ['phone', 'call'],
    ['book', 'call'],
    ['Call the clinic', 'call'],
    ['book an appointment', 'call'],
    ['call me back', 'callback'],
    ['Request a callback', 'callback'],
    ['can you call me back?', 'callback'],
    ['please have a doctor call me', 'callback'],
    ['can a real person call me back', 'callback'],
    // Round 13: a thank-you that praises the answer (a conversation got "I'm not sure").
    ['Thanks, really useful info', 'thanks'],
    ['thank you, that was helpful', 'thanks'],
    ['gracias, muy útil la información', 'thanks'],
    ['k ty', 'thanks'],
    ['kk thx', 'thanks'],
    ['ok ty!', 'thanks'],
  ])('%s → %s', (text, command) => {
    expect(classifyCommand(text)).toBe(command);
  });

  it.each([
    'I had to stop running because of my knee',
    'what is this pain called',
    'should I book a physio or rest first',
    'help me understand runners knee',
    'my knee hurts',
    'that was not helpful',
    '',
  ])('"%s" is not a command', (text) => {
    expect(classifyCommand(text)).toBeUndefined();
  });
});

suite('small helpers', () => {
  it.each([
    ['yes', true],
    ['Yeah, going down stairs', true],
    ['it does', true],
    ['no', false],
    ['nope', false],
    ["I don't think so", false],
    ['not really', false],
    ['maybe', undefined],
    ['stairs', undefined],
    ['lol no im fine', false],
    ['haha yeah kinda', true],
    ['um nope', false],
    ['jaja no, estoy bien', false],
    ['lol', undefined],
  ] as const)('leadingYesNo(%s) → %s', (text, want) => expect(leadingYesNo(text)).toBe(want));

  it('reads a list as one sentence, and cuts between items or words, never inside one', () => {
    const answer = 'Three things help:\n- **rest**, for a while\n- **ice**\n- strength work\n\nMore text.';
    expect(oneLine(answer)).toBe('Three things help: rest, for a while; ice; strength work.');
    expect(oneLine(answer, 40)).toBe('Three things help: rest, for a while…');
    expect(oneLine('word '.repeat(60), 30)).toMatch(/^(word )*word…$/);
  });

  it('mentionsPain / looksLikeQuestion', () => {
    expect(mentionsPain('the outside of my knee hurts')).toBe(true);
    expect(mentionsPain('sore after long runs')).toBe(true);
    expect(mentionsPain('outside of the knee')).toBe(false);
    expect(looksLikeQuestion('hmm')).toBe(false);
    expect(looksLikeQuestion('stretching?')).toBe(true);
    expect(looksLikeQuestion('should I ice my knee')).toBe(true);
  });

  it('joinOr and oneLine', () => {
    expect(joinOr(['A'], 'or')).toBe('A');
    expect(joinOr(['A', 'B', 'C'], 'or')).toBe('A, B or C');
    expect(oneLine('**Runner’s knee** is common. It hurts on stairs.')).toBe('Runner’s knee is common.');
    expect(oneLine('x'.repeat(300)).length).toBe(180);
    expect(causeLine('IT band syndrome', '**IT band syndrome** (ITBS) is common. More.')).toBe(
      '- **IT band syndrome** (ITBS) is common.',
    );
    expect(causeLine("Baker's cyst", 'A fluid-filled swelling. More.')).toBe(
      "- **Baker's cyst**: A fluid-filled swelling.",
    );
  });
});

suite('rankConditions', () => {
  const back = knowledge.locations.find((l) => l.id === 'back')!;

  it('keeps the curated order when nothing was said', () => {
    expect(rankConditions(back, []).map((r) => r.id)).toEqual(back.conditionIds);
  });

  it('moves what a "yes" points to up front, never drops anything', () => {
    const q = back.symptomQuestions[0]!;
    const ranked = rankConditions(back, [q.id]).map((r) => r.id);
    expect(new Set(ranked)).toEqual(new Set(back.conditionIds));
    expect(q.pointsTo).toContain(ranked[0]);
  });

  it('the result says "fits best" only when one cause stands out', () => {
    const fits = knowledge.messages['assess-result-fits']!;
    expect(assessmentResult(knowledge, back, []).reply.text).not.toContain(fits);
    // A "yes" that points to exactly one condition of a location with several singles it out.
    const loc = knowledge.locations.find(
      (l) => l.conditionIds.length > 1 && l.symptomQuestions.some((q) => q.pointsTo.length === 1),
    )!;
    const q = loc.symptomQuestions.find((x) => x.pointsTo.length === 1)!;
    expect(assessmentResult(knowledge, loc, [q.id]).reply.text).toContain(fits);
  });
});

suite('assessmentFor (free text → guided assessment)', () => {
  const understanding = { location: 'outer' as const, symptomIds: ['worse-downhill'], truncated: false };
  const entry = (id: string) => ({ entry: knowledge.byId.get(id)!, score: 0.9, why: [] });

  it('location + pain + a location or same-spot condition entry → assess there', () => {
    const r: MatchResult = { kind: 'answer', best: entry('it-band-syndrome'), candidates: [], understanding };
    expect(assessmentFor(r, 'pain on the outside of my knee going downhill')).toEqual({
      location: 'outer',
      symptomIds: ['worse-downhill'],
    });
  });

  it('a specific other topic is answered, not assessed', () => {
    const r: MatchResult = { kind: 'answer', best: entry('healing-time'), candidates: [], understanding };
    expect(assessmentFor(r, 'how long does outer knee pain take to heal')).toBeUndefined();
  });

  it('no pain word, or no location → no assessment', () => {
    const r: MatchResult = { kind: 'unknown', suggestions: [], understanding };
    expect(assessmentFor(r, 'outside of the knee')).toBeUndefined();
    const none: MatchResult = { kind: 'unknown', suggestions: [], understanding: { symptomIds: [], truncated: false } };
    expect(assessmentFor(none, 'my knee is fine, just curious')).toBeUndefined();
  });

  it('pain without a place, when the matcher is unsure: a statement asks "where?", a question does not', () => {
    const none = { symptomIds: [], truncated: false };
    const unsure: MatchResult = { kind: 'clarify', candidates: [], understanding: none };
    expect(assessmentFor(unsure, 'my knee hurts')).toEqual({});
    expect(assessmentFor(unsure, 'why does my knee hurt when I run?')).toBeUndefined();
    const sure: MatchResult = { kind: 'answer', best: entry('run-through-pain'), candidates: [], understanding: none };
    expect(assessmentFor(sure, 'running through knee pain')).toBeUndefined();
  });

  it('an unsure match with location + pain → assess', () => {
    const r: MatchResult = { kind: 'clarify', candidates: [], understanding };
    expect(assessmentFor(r, 'sore outside knee')).toEqual({ location: 'outer', symptomIds: ['worse-downhill'] });
  });
});

suite('replies', () => {
  it('hand-off: tel button, address, hours, open or closed now, callback offered', () => {
    const open = handoffReply(knowledge, new Date(OPEN_TIME));
    expect(open.reply.call).toEqual({
      label: expect.stringContaining('(214) 972-0302'),
      display: '(214) 972-0302',
      e164: '+12149720302',
    });
    const facts = Object.fromEntries(open.reply.facts!.map((f) => [f.label, f.value]));
    expect(facts['Address']).toBe('4001 McEwen Suite #100, Dallas, TX 75244');
    expect(facts['Hours']).toContain('8am');
    // Open or closed is said once, in the text (issue 16: one clean card).
    expect(open.reply.text).toContain('Open now');
    expect(Object.values(facts).join(' ')).not.toContain('Open now');
    expect(open.offers.map((o) => o.route.kind)).toContain('callback');
    const closed = handoffReply(knowledge, new Date(CLOSED_TIME));
    expect(closed.reply.text).toContain('Closed now');
    expect(closed.reply.text).toContain(knowledge.messages['handoff-closed-hint']!);
    expect(formatAddress(knowledge.clinic)).toContain('Dallas');
  });

  it('unknown: exactly three suggestions even when the matcher has none, plus the phone', () => {
    const r = unknownReply(knowledge, []);
    expect(r.reply.choices).toHaveLength(3);
    expect(r.reply.call?.e164).toBe('+12149720302');
    expect(r.offers.every((o) => o.route.kind === 'entry')).toBe(true);
  });

  it('clarify: up to three candidates and "None of these"', () => {
    const cands = ['runners-knee', 'it-band-syndrome', 'patellar-tendonitis', 'footwear'].map((id) => ({
      entry: knowledge.byId.get(id)!,
      score: 0.5,
      why: [],
    }));
    const r = clarifyReply(knowledge, cands);
    expect(r.reply.choices!.map((c) => c.label)).toEqual([
      knowledge.byId.get('runners-knee')!.title,
      knowledge.byId.get('it-band-syndrome')!.title,
      knowledge.byId.get('patellar-tendonitis')!.title,
      'None of these',
    ]);
  });

  it('core.yaml has every key the dialogs use; a missing one stops the start', () => {
    expect(() => assertCoreMessages(knowledge)).not.toThrow();
    const broken = { ...knowledge, messages: { ...knowledge.messages, help: undefined as unknown as string } };
    expect(() => assertCoreMessages(broken)).toThrow(/core\.yaml: missing message keys: help/);
    expect(CORE_MESSAGE_KEYS.length).toBeGreaterThan(30);
  });
});

suite('hours for a named day', () => {
  it('answers "open on saturday?" with that day first', () => {
    const k = realKnowledge();
    // Wednesday 2 December 2026, 10:00 in Dallas.
    const reply = hoursReply(k, new Date('2026-12-02T16:00:00Z'), 'are you open on saturday?');
    expect(reply.reply.text).toMatch(/^Saturday \(Sat 5 Dec\): closed\./);
    const plain = hoursReply(k, new Date('2026-12-02T16:00:00Z'), 'what are your hours');
    expect(plain.reply.text).toMatch(/^We're open Mon–Fri/);
  });
});

suite('looksSpanish', () => {
  it('reads Spanish as Spanish, and English with a Spanish name or word as English', () => {
    expect(looksSpanish('no puedo apoyar la pierna y la rodilla está muy hinchada')).toBe(true);
    expect(looksSpanish('me duele la rodilla cuando corro')).toBe(true);
    for (const english of [
      'my knee hurts when I run',
      'is la croix ok after a run',
      'what is the best time to run in el paso',
      'hola',
    ]) {
      expect(looksSpanish(english), english).toBe(false);
    }
  });
});
