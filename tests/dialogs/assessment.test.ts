// The guided assessment end to end through the real bot: all four locations and the fifth answer
// ("all over", "not sure where"), by button and by free text; symptoms already mentioned are not
// asked again; a "yes" to the red-flag check ends it.
import { describe as suite, expect, it } from 'vitest';
import type { KneeLocation } from '../../src/knowledge/types';
import { guidedRedFlagQuestion } from '../../src/triage';
import { BotChat, DialogChat, joined, realKnowledge, type Said } from './harness';

const knowledge = realKnowledge();
const label = (id: KneeLocation) => knowledge.locations.find((l) => l.id === id)!.label;
const title = (id: string) => knowledge.byId.get(id)!.title;
const redFlagText = guidedRedFlagQuestion(knowledge).text;

interface Case {
  location: KneeLocation;
  /** Free text that should land on this location. */
  freeText: string;
  /** Conditions the result must name. */
  conditions: string[];
}

const CASES: Case[] = [
  {
    location: 'front',
    freeText: 'my kneecap hurts after running',
    conditions: ['runners-knee', 'quadriceps-tendon-irritation', 'patellar-tendonitis'],
  },
  {
    location: 'back',
    freeText: 'I have pain behind my knee',
    conditions: ['hamstring-tendinitis', 'popliteus-tendonitis', 'bakers-cyst'],
  },
  {
    location: 'inner',
    freeText: 'the inside of my knee hurts when I run',
    conditions: ['pes-anserine-irritation', 'mcl-and-meniscus'],
  },
  { location: 'outer', freeText: 'pain along the outside of my knee at mile 5', conditions: ['it-band-syndrome'] },
];

const last = (said: Said[]) => said[said.length - 1]!;
const isYesNo = (s: Said) => s.choices.length === 2 && s.choices[0] === 'Yes' && s.choices[1] === 'No';

/** Answers every yes/no question with `answer` until the result (or anything else) arrives. */
async function answerAll(
  chat: BotChat | DialogChat,
  first: Said[],
  answer = 'No',
): Promise<{ asked: string[]; result: Said[] }> {
  const asked: string[] = [];
  let said = first;
  for (let i = 0; i < 8 && isYesNo(last(said)); i++) {
    asked.push(last(said).text);
    said = await chat.send(answer);
  }
  return { asked, result: said };
}

function expectResult(result: Said[], c: Case): void {
  const text = joined(result);
  for (const id of c.conditions) expect(text).toContain(title(id));
  const loc = knowledge.locations.find((l) => l.id === c.location)!;
  expect(text).toContain(loc.whatHelps.trim().slice(0, 30));
  expect(text.toLowerCase()).toContain('not a diagnosis');
  const buttons = last(result).choices;
  expect(buttons).toContain('Call the clinic');
  expect(buttons).toContain('Request a callback');
  for (const id of c.conditions) expect(buttons).toContain(title(id));
}

suite('assessment by buttons', () => {
  it.each(CASES)('$location: where → symptom questions → red-flag check → common causes', async (c) => {
    const chat = new BotChat();
    const hello = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
    expect(last(hello).choices).toContain('Where does it hurt?');

    const where = await chat.send('Where does it hurt?');
    expect(last(where).choices).toEqual([...knowledge.locations.map((l) => l.label), knowledge.general.label]);

    const first = await chat.send(label(c.location));
    const { asked, result } = await answerAll(chat, first);
    const loc = knowledge.locations.find((l) => l.id === c.location)!;
    // Every symptom question of the location, then exactly one red-flag check.
    expect(asked).toEqual([...loc.symptomQuestions.map((q) => q.text), redFlagText]);
    expectResult(result, c);
  });
});

suite('assessment by free text', () => {
  it.each(CASES)('$location: "$freeText" starts the assessment at that location', async (c) => {
    const chat = new DialogChat();
    const first = await chat.send(c.freeText);
    expect(await chat.activeIds()).toContain('assessmentDialog');
    // The opening reply already names the common causes for that spot.
    expect(joined(first)).toContain(title(c.conditions[0]!));
    const { result } = await answerAll(chat, first);
    expectResult(result, c);
    expect(await chat.activeIds()).toEqual([]);
  });

  it.each(CASES)('$location: the "where" question accepts free text', async (c) => {
    const chat = new BotChat();
    await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
    await chat.send('Where does it hurt?');
    const first = await chat.send(c.freeText);
    const { result } = await answerAll(chat, first);
    expectResult(result, c);
  });
});

suite('assessment details', () => {
  it('skips a symptom already mentioned and ranks what it points to first', async () => {
    const chat = new DialogChat();
    const outer = knowledge.locations.find((l) => l.id === 'outer')!;
    const downhill = outer.symptomQuestions.find((q) => q.id === 'worse-downhill')!;
    const first = await chat.send('the outside of my knee hurts running downhill');
    const { asked } = await answerAll(chat, first);
    expect(asked).not.toContain(downhill.text);
    expect(asked).toContain(redFlagText);
  });

  it('orders the causes by the symptoms answered yes', async () => {
    const chat = new DialogChat();
    const back = knowledge.locations.find((l) => l.id === 'back')!;
    const lump = back.symptomQuestions.find((q) => q.id === 'lump-behind-knee')!;
    let said = await chat.send('pain behind my knee');
    // Yes to the lump question only, no to the rest.
    for (let i = 0; i < 8 && isYesNo(last(said)); i++) {
      said = await chat.send(last(said).text === lump.text ? 'yes' : 'no');
    }
    const text = last(said).text;
    const firstCause = lump.pointsTo[0]!;
    const others = back.conditionIds.filter((id) => !lump.pointsTo.includes(id));
    for (const other of others) expect(text.indexOf(title(firstCause))).toBeLessThan(text.indexOf(title(other)));
  });

  it('a yes to the red-flag check ends the flow without listing causes', async () => {
    const chat = new DialogChat();
    const first = await chat.send('pain along the outside of my knee at mile 5');
    let said = first;
    for (let i = 0; i < 8 && isYesNo(last(said)) && last(said).text !== redFlagText; i++) said = await chat.send('no');
    expect(last(said).text).toBe(redFlagText);
    const end = await chat.send('yes');
    expect(joined(end)).not.toContain('Common causes of pain');
    expect(joined(end)).toContain(knowledge.clinic.emergencyNumber);
    expect(await chat.activeIds()).toEqual([]);
  });

  it('"not sure" about a symptom moves on; "not sure" about the warning signs is taken as a yes', async () => {
    const chat = new DialogChat();
    let said = await chat.send('pain along the outside of my knee at mile 5');
    const question = last(said).text;
    said = await chat.send('not sure');
    expect(last(said).text).not.toBe(question);
    expect(joined(said)).not.toMatch(/did you mean/i);
    for (let i = 0; i < 8 && isYesNo(last(said)) && last(said).text !== redFlagText; i++)
      said = await chat.send("I don't know");
    expect(last(said).text).toBe(redFlagText);
    const end = await chat.send("I'm not sure");
    expect(joined(end)).toContain(knowledge.clinic.emergencyNumber);
    expect(joined(end)).not.toContain('Common causes of pain');
  });

  it('answers like "yeah, going down stairs" and "nope" count as yes/no', async () => {
    const chat = new DialogChat();
    const first = await chat.send('Front of the knee pain');
    expect(isYesNo(last(first))).toBe(true);
    const second = await chat.send('yeah, mostly');
    expect(isYesNo(last(second))).toBe(true);
    expect(last(second).text).not.toBe(last(first).text);
    const third = await chat.send('nope');
    expect(last(third).text).not.toBe(last(second).text);
  });
});

// The fifth path: pain all over the knee, on both sides, moving around, or "not sure where".
suite('assessment: all over / not sure', () => {
  const general = knowledge.general;
  const causes = general.conditionIds;
  const locationQuestionText = 'Where on the knee does it hurt?';

  function expectGeneralResult(result: Said[]): void {
    const text = joined(result);
    expect(text).toContain('Common causes of pain all over the knee');
    for (const id of causes) expect(text).toContain(title(id));
    expect(text).toContain(general.whatHelps.trim().slice(0, 40));
    expect(text).toContain(general.whenToSeeSomeone.trim().slice(0, 40));
    expect(text.toLowerCase()).toContain('not a diagnosis');
    const buttons = last(result).choices;
    expect(buttons).toContain('Call the clinic');
    expect(buttons).toContain('Request a callback');
    for (const id of causes) expect(buttons).toContain(title(id));
  }

  it('is offered as a fifth button and walks: causes → questions → safety check → what helps → the clinic', async () => {
    const chat = new BotChat();
    await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
    const where = await chat.send('Where does it hurt?');
    expect(last(where).choices).toContain(general.label);

    const first = await chat.send(general.label);
    // The first reply already names the common causes of pain all over the knee.
    for (const id of causes) expect(joined(first)).toContain(title(id));
    const { asked, result } = await answerAll(chat, first);
    expect(asked).toEqual([...general.symptomQuestions.map((q) => q.text), redFlagText]);
    expectGeneralResult(result);
  });

  it.each([
    'the whole knee',
    'all over',
    'both',
    'not sure where',
    'it moves around',
    "I can't tell, it kind of hurts everywhere",
  ])('"%s" answers the location question (never asked again)', async (answer) => {
    const chat = new DialogChat();
    const where = await chat.send('Where does it hurt?');
    expect(joined(where)).toContain(locationQuestionText);
    const first = await chat.send(answer);
    expect(joined(first)).not.toContain(locationQuestionText);
    expect(joined(first)).not.toMatch(/didn't catch that/i);
    expect(joined(first)).toContain(title(causes[0]!));
    const { asked, result } = await answerAll(chat, first);
    expect(asked).toContain(redFlagText);
    expect(asked.some((q) => q.includes(locationQuestionText))).toBe(false);
    expectGeneralResult(result);
    expect(await chat.activeIds()).toEqual([]);
  });

  it('a symptom already mentioned is not asked again; what it singles out comes first, as a suggestion', async () => {
    const chat = new DialogChat();
    await chat.send('Where does it hurt?');
    const stiff = general.symptomQuestions.find((q) => q.id === 'stiff-after-rest')!;
    expect(stiff.pointsTo).toHaveLength(1);
    const first = await chat.send("all over, and it's stiff in the morning");
    const { asked, result } = await answerAll(chat, first);
    expect(asked).not.toContain(stiff.text);
    const text = last(result).text;
    const top = stiff.pointsTo[0]!;
    for (const other of causes.filter((id) => id !== top))
      expect(text.indexOf(title(top))).toBeLessThan(text.indexOf(title(other)));
    // "Read about this one first" is a suggestion, never "this is what you have".
    expect(text).toContain('suggestion, not a diagnosis');
    expect(text).not.toMatch(/fits best/i);
  });

  it('a yes to the safety check ends the general path with urgent advice, no list of causes', async () => {
    const chat = new DialogChat();
    await chat.send('Where does it hurt?');
    let said = await chat.send('not sure');
    for (let i = 0; i < 8 && isYesNo(last(said)) && last(said).text !== redFlagText; i++) said = await chat.send('no');
    expect(last(said).text).toBe(redFlagText);
    const end = await chat.send('yes');
    expect(joined(end)).toContain(knowledge.clinic.emergencyNumber);
    expect(joined(end)).not.toContain('Common causes of pain all over the knee');
    expect(await chat.activeIds()).toEqual([]);
  });

  it('a single place still wins when no general word is used ("the front")', async () => {
    const chat = new DialogChat();
    await chat.send('Where does it hurt?');
    const first = await chat.send('the front');
    expect(joined(first)).toContain(title('runners-knee'));
    expect(joined(first)).not.toContain(title('knee-osteoarthritis'));
  });
});
