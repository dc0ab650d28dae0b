// A rules alarm the second line's model is very sure is ordinary becomes that flag's safety question
// (src/triage/doubt.ts). Wordings of our own; the first-look sets stay unseen.
import { describe, expect, it } from 'vitest';
import type { RedFlag } from '../../src/knowledge/types';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createSpanishTriage, createTriage } from '../../src/triage';
import { compileModel } from '../../src/triage/classifier';
import { createDoubt, DOUBT_LOGIT } from '../../src/triage/doubt';
import { messageFeatures } from '../../src/triage/features';
import { tokenize } from '../../src/triage/normalize';
import { bothLanguages } from '../../dialogs/decisions/language';

const set = loadKnowledgeSet('knowledge');
const triage = createTriage(set.en);
const rules = createTriage(set.en, { withoutDoubt: true });

describe('an ordinary message the rules alarm on, doubted by the model', () => {
  it.each([
    ['my knees buckled when I stood up after the long movie, legs were asleep', 'giving-way'],
    ['my grandson limped for a day after a tackle, now running around like nothing', 'child-hip-knee-pain'],
  ])('"%s": the rules alone alarm; with the doubt, one question about %s', (text, flag) => {
    const alone = rules.classify(text);
    expect(alone.kind === 'red-flag' && alone.result.flags.map((f) => f.id)).toEqual([flag]);
    expect(triage.classify(text).kind).toBe('none');
    const asked = triage.suspect(text);
    expect(asked?.flag.id).toBe(flag);
    expect(asked?.source).toBe('doubt');
  });

  it.each([
    'my knee keeps giving way and I fell twice this week',
    "my knee is swollen and I can't put weight on it after the fall",
    "I think I tore something, I can't straighten my knee since this morning",
    'my 9 year old is limping and says his knee hurts at night',
  ])('a present sign is still the alarm: "%s"', (text) => {
    expect(triage.classify(text).kind).toBe('red-flag');
  });

  it('a child named earlier in the conversation is context the model cannot see: no doubt then', () => {
    const text = 'he limped for a day after a tackle, now running around like nothing';
    const withChild = triage.classify(text, { subject: 'child' });
    const rulesWithChild = rules.classify(text, { subject: 'child' });
    expect(withChild).toEqual(rulesWithChild);
  });
});

describe('createDoubt, on a model that doubts everything', () => {
  // Every flag class far under "none": only the limits of doubt.ts keep an alarm.
  const flagsById = new Map(set.en.redFlags.map((f) => [f.id, f]));
  const flag = (id: string): RedFlag => flagsById.get(id) as RedFlag;
  const classes = ['none', ...set.en.redFlags.map((f) => f.id)];
  const doubtAll = createDoubt(
    compileModel({
      classes,
      bias: classes.map((c) => (c === 'none' ? 0 : DOUBT_LOGIT - 10)),
      weights: {},
      threshold: 0,
    }),
    messageFeatures,
  );
  const english = tokenize('my knee gave out on the stairs at work today and it hurts');

  it('softens an urgent alarm with a question', () => {
    expect(doubtAll(english, [flag('giving-way')])?.id).toBe('giving-way');
  });

  it('never an emergency, and never a flag without a question', () => {
    expect(doubtAll(english, [flag('self-harm')])).toBeNull();
    expect(doubtAll(english, [flag('chest-pain')])).toBeNull();
    expect(doubtAll(english, [flag('hot-swollen-joint'), flag('giving-way')])).toBeNull();
    expect(doubtAll(english, [flag('bone-stress-injury')])).toBeNull();
  });

  it('never a short message or a Spanish one (the English model cannot read them)', () => {
    expect(doubtAll(tokenize('knee gave out'), [flag('giving-way')])).toBeNull();
    expect(
      doubtAll(tokenize('se me dobla la rodilla cuando bajo las escaleras del trabajo'), [flag('giving-way')]),
    ).toBeNull();
  });
});

describe('the bot as it runs (both languages)', () => {
  const bot = bothLanguages(createTriage(set.en), createSpanishTriage(set));
  it('Spanish alarms are never doubted', () => {
    for (const text of [
      'se me dobla la rodilla y ya me caí dos veces esta semana',
      'mi hijo de 8 cojea y le duele la rodilla en la noche',
    ])
      expect(bot.classify(text).kind).toBe('red-flag');
  });
});
