// Round 16 (tune conversations f01, f05, f07): the conversation's subject for safety (a child named
// earlier is "he" later), playing or riding under a same-day warning, only the flags a message matched,
// who the clinic sees and its number while a warning stands, and a callback that does not replace the
// check. Wordings of our own, both languages where the mechanism has Spanish words.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, realKnowledge, spanishKnowledge, texts, chatAfter } from './harness';
import { classifyFollowUp } from '../../dialogs/safetyFollowUp';
import { childNamed, createTriage, pointsToChild, triageReply } from '../../src/triage';

const CHILD_ADVICE = /Have a doctor check your child today/;
const CHILD_ADVICE_ES = /Lleve a su hijo o hija con un doctor hoy/;

describe('the subject of a message (src/triage/subject.ts)', () => {
  it('names a child, with the pronouns that fit', () => {
    expect(childNamed('my son is 14 and plays basketball')).toEqual({ he: true, she: false });
    expect(childNamed('our daughter (12) does gymnastics')).toEqual({ he: false, she: true });
    expect(childNamed('my kid is 9')).toEqual({ he: true, she: true });
    expect(childNamed('my knee hurts when I run')).toBeUndefined();
    expect(childNamed('mi hijo tiene 12 años', 'es')).toBeDefined();
  });

  it('a pronoun points to the child unless another person of that gender could be meant', () => {
    const son = { he: true, she: false };
    expect(pointsToChild('my wife says he was limping this morning', son)).toBe(true);
    expect(pointsToChild('my husband says he was limping this morning', son)).toBe(false);
    expect(pointsToChild('she was limping this morning', son)).toBe(false);
    expect(pointsToChild('my knee woke me up last night', son)).toBe(false);
    expect(pointsToChild('ahora cojea y le despertó el dolor anoche', son, 'es')).toBe(true);
    expect(pointsToChild('mi esposo dice que le duele', son, 'es')).toBe(false);
  });

  it('triage reads a child subject from the conversation: the same-day check, not the adult within-days one', () => {
    const triage = createTriage(realKnowledge());
    const text = 'my wife just told me he was limping this morning and the knee woke him up last night';
    const alone = triage.classify(text);
    expect(alone.kind === 'red-flag' && alone.result.flags.some((f) => f.id === 'child-hip-knee-pain')).toBe(false);
    const withChild = triage.classify(text, { subject: 'child' });
    expect(withChild.kind === 'red-flag' && withChild.result.flags[0]?.id).toBe('child-hip-knee-pain');
    expect(withChild.kind === 'red-flag' && withChild.result.tier).toBe('urgent');
  });

  it('a child and the knee told earlier: a limp or night waking told alone, without the knee, raises the same-day check', () => {
    const triage = createTriage(realKnowledge());
    for (const text of ['he limps a bit at night', "it's woken him up a couple times this week", 'she is limping now'])
      expect(triage.classify(text, { subject: 'child', knee: true }), text).toMatchObject({
        kind: 'red-flag',
        result: { tier: 'urgent', flags: [{ id: 'child-hip-knee-pain' }] },
      });
    // Without the knee in the conversation (or without the child) it is not the child's hip check.
    expect(triage.classify('he limps a bit at night', { subject: 'child' }).kind).toBe('none');
    expect(triage.classify('he limps a bit at night', { knee: true }).kind).toBe('none');
    // Denied or long past: no alarm.
    for (const text of ["he doesn't limp and sleeps fine", 'he limped for a day last year, fine since'])
      expect(triage.classify(text, { subject: 'child', knee: true }).kind, text).toBe('none');
  });

  it('Spanish: a child subject lets a limp told alone raise the same-day check', () => {
    const triage = createTriage(spanishKnowledge(), { language: 'es' });
    const text = 'ahora cojea bastante de esa pierna y la rodilla le duele';
    const withChild = triage.classify(text, { subject: 'child' });
    expect(withChild.kind === 'red-flag' && withChild.result.flags.map((f) => f.id)).toContain('child-hip-knee-pain');
  });
});

describe('a child named earlier stays the subject (f01 T3)', () => {
  it('"he was limping … woke him up" after "my son is 14": the child same-day check', async () => {
    const { said } = await chatAfter(
      'my son is 13 and plays soccer, the front of his knee has been sore since practice',
      'my wife says he was limping getting out of bed this morning and the knee woke him up last night',
    );
    expect(said).toMatch(CHILD_ADVICE);
    expect(said).toMatch(/checked today/);
  });

  it('another man named with "he": not read as the child', async () => {
    const { said } = await chatAfter(
      'my son is 13 and plays soccer, the front of his knee has been sore since practice',
      'my husband says he was limping getting out of bed this morning and the knee woke him up last night',
    );
    expect(said).not.toMatch(CHILD_ADVICE);
  });

  it('no child named earlier: not the child check', async () => {
    const { said } = await chatAfter(
      'my knee has been sore since soccer practice',
      'my wife says he was limping getting out of bed this morning and the knee woke him up last night',
    );
    expect(said).not.toMatch(CHILD_ADVICE);
  });

  it('Spanish: "mi hijo tiene 12 años" then "ahora cojea … le duele": the child same-day check', async () => {
    const { said } = await chatAfter(
      'mi hijo tiene 12 años y juega fútbol, le duele la rodilla desde el entrenamiento',
      'ahora cojea bastante de esa pierna y la rodilla le duele',
    );
    expect(said).toMatch(CHILD_ADVICE_ES);
  });

  it('Spanish: no child named earlier, the same words are not the child alarm', async () => {
    const { said } = await chatAfter(
      'me duele la rodilla desde el entrenamiento',
      'ahora cojea bastante de esa pierna y la rodilla le duele',
    );
    expect(said).not.toMatch(CHILD_ADVICE_ES);
  });
});

describe('playing, taping to play or riding under a same-day warning (f01 T4, f07 T3)', () => {
  it.each([
    ['if we tape it up can he play?', 'exercise'],
    ['can he still compete this weekend?', 'exercise'],
    ["should I skip tomorrow's group ride?", 'exercise'],
    ['we could tape it and let her play', 'exercise'],
    ['¿si le ponemos venda puede jugar el torneo?', 'exercise'],
    ['I want to skip the pain', undefined],
  ])('"%s" → %s', (text, kind) => {
    expect(classifyFollowUp(text, /[¿ñ]/.test(text) ? 'es' : 'en')).toBe(kind);
  });

  it('after the child check, "tape it up and play?" is declined: the clinician who sees them decides', async () => {
    const { chat } = await chatAfter(
      'my son is 13 and plays soccer, the front of his knee has been sore since practice',
      'my wife says he was limping getting out of bed this morning and the knee woke him up last night',
    );
    const said = texts(await chat.send('he has a tournament on saturday, if we tape it up can he play?'));
    expect(said).toMatch(/Please don't do that for now/);
    expect(said).toMatch(/Let the clinician who sees them decide/);
    expect(said).toMatch(/checked today/);
  });

  it('Spanish: after the child check, playing with a bandage is declined with the same instruction', async () => {
    const { chat } = await chatAfter(
      'mi hijo tiene 12 años y juega fútbol, le duele la rodilla desde el entrenamiento',
      'ahora cojea bastante de esa pierna y la rodilla le duele',
    );
    const said = texts(await chat.send('¿si le ponemos venda puede jugar el torneo?'));
    expect(said).toMatch(/Deje que decida el clínico/);
  });

  it('a red flag and "can I do the group ride tomorrow?" in one message: the flag, then no to the ride', async () => {
    const { said } = await chatAfter(
      'crashed my bike yesterday and landed on my knee. the bony bump on the outside just below the knee is really tender when I press it. can I still do the group ride tomorrow?',
    );
    expect(said).toMatch(/Get an X-ray today/);
    expect(said).toMatch(/Please don't do that for now/);
    expect(said).toMatch(/bone that may be broken/);
  });
});

describe('only the flags a message matched are listed (f07 T3)', () => {
  const triage = createTriage(realKnowledge());
  const CRASH =
    'I went down in a race on Sunday and landed on that knee. Now there is a spot just below the outer edge of the knee, on the bony bump, that is really tender when I press it.';

  it('a tender bony bump after a crash is the fracture check alone: no bone-stress or lump item', () => {
    const outcome = triage.classify(CRASH);
    expect(outcome.kind === 'red-flag' && outcome.result.flags.map((f) => f.id)).toEqual(['ottawa-fracture-signs']);
    const reply = outcome.kind === 'red-flag' ? triageReply(outcome.result, realKnowledge()) : undefined;
    expect(reply?.text).not.toMatch(/You also mentioned/);
  });

  it('every item listed under "You also mentioned" is a flag the message matched', () => {
    const knowledge = realKnowledge();
    const text = 'my son is 12 and is limping, and he has a lump on his shin that is hard and getting bigger';
    const outcome = triage.classify(text);
    expect(outcome.kind).toBe('red-flag');
    if (outcome.kind !== 'red-flag') return;
    const reply = triageReply(outcome.result, knowledge);
    const listed = knowledge.redFlags.filter((f) => reply.text.includes(f.label));
    for (const flag of listed) expect(outcome.result.flags.map((f) => f.id)).toContain(flag.id);
  });

  it("a lump's own signs still stand beside the fracture check (growing after a fall)", () => {
    const outcome = triage.classify(
      'I fell and hit my knee, and there is a hard lump below it that has been growing for months. the bony bump on the outside is tender',
    );
    expect(outcome.kind === 'red-flag' && outcome.result.flags.map((f) => f.id)).toContain('tumour-signs');
  });
});

describe('questions for the clinic while a warning stands (f01 T5, f05 T6, f07 T4)', () => {
  const CRASH_FLAG =
    'crashed my bike yesterday and landed on my knee. the bony bump on the outside just below the knee is really tender when I press it';

  it('"do you see cyclists for bike-fit problems, and what are your hours?": yes after the check, the hours, today', async () => {
    const { chat } = await chatAfter(CRASH_FLAG);
    const said = texts(
      await chat.send('do you see cyclists for bike-fit related knee problems, and what are your hours?'),
    );
    expect(said).toMatch(/Yes: our clinicians see knee problems like that, once today's check/);
    expect(said).toMatch(/Central Time/);
    expect(said).toMatch(/today/);
  });

  it('Spanish: who the clinic sees, answered with the check first', async () => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    await chat.send('me caí de la bici y no puedo doblar la rodilla ni a la mitad');
    const said = texts(await chat.send('¿atienden ciclistas por problemas de ajuste de la bici? ¿cuál es su horario?'));
    expect(said).toMatch(/Sí: nuestros clínicos atienden problemas de rodilla como ese/);
  });

  it('"what\'s the number I should give people who want to call back later?" after an ER warning: the number', async () => {
    const { chat } = await chatAfter('the knee is hot, red and swollen since her injection and she has chills');
    const said = texts(await chat.send("And what's the number I should give people who want to call back later?"));
    expect(said).toMatch(/\(214\) 972-0302/);
    expect(said).not.toMatch(/What name should we ask for/);
    expect(said).not.toMatch(/Please don't wait/);
  });
});

describe('a callback after a warning does not replace the check (f01 T6)', () => {
  it('"call me … after 5 today" under the child check: the time kept, the confirmation carries the reminder', async () => {
    const { chat } = await chatAfter(
      'my son is 13 and plays soccer, the front of his knee has been sore since practice',
      'my wife says he was limping getting out of bed this morning and the knee woke him up last night',
    );
    const asked = texts(
      await chat.send("ok have someone call me. Mike Torres, 214-555-0187, anytime after 5 today, about my son's knee"),
    );
    expect(asked).toMatch(/checked today/);
    expect(asked).toMatch(/after 5pm|5pm/);
    expect(asked).not.toMatch(/What name should we ask for/);
    let said = '';
    for (const answer of ['yes', 'send it']) said = texts(await chat.send(answer));
    expect(said).toMatch(/Callback requested/);
    expect(said).toMatch(/The callback doesn't replace getting checked/);
  });

  it('Spanish: the confirmation of an urgent request says the call does not replace the check', () => {
    const es = spanishKnowledge().messages['callback-urgent-done'] ?? '';
    expect(es).toMatch(/La llamada no sustituye la revisión/);
  });
});
