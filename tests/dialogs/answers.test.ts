// What the matcher's answer leads to in the conversation: a second question in the same message
// is offered as a button under the first answer; pain all over the knee starts the general path.
import { describe as suite, expect, it } from 'vitest';
import { DialogChat, joined, realKnowledge, type Said } from './harness';

const knowledge = realKnowledge();
const last = (said: Said[]) => said[said.length - 1]!;
const title = (id: string): string => knowledge.byId.get(id)!.title;
const answerStart = (id: string): string => knowledge.byId.get(id)!.answer.trim().slice(0, 40);

suite('two questions in one message', () => {
  it('answers the first and offers the second as the first button, which answers it', async () => {
    const chat = new DialogChat();
    const said = await chat.send('should I stretch before running, and what shoes should I buy?');
    expect(joined(said)).toContain(answerStart('stretching'));
    expect(joined(said)).not.toContain(answerStart('footwear'));
    expect(last(said).choices[0]).toBe(title('footwear'));

    const second = await chat.send(title('footwear'));
    expect(joined(second)).toContain(answerStart('footwear'));
  });

  it('a second question about the clinic is offered too, and leads to its action (the hours)', async () => {
    const chat = new DialogChat();
    const said = await chat.send('what is IT band syndrome? also what are your opening hours?');
    expect(joined(said)).toContain(answerStart('it-band-syndrome'));
    expect(last(said).choices[0]).toBe(title('clinic-hours'));
    expect(joined(await chat.send(title('clinic-hours')))).toMatch(/8am–6pm/);
  });

  it('one question: the follow-ups as before, no extra button', async () => {
    const chat = new DialogChat();
    const said = await chat.send('should I stretch before running?');
    const followUps = knowledge.byId.get('stretching')!.followUps.map(title);
    expect(last(said).choices.every((c) => followUps.includes(c) || c === 'Call the clinic')).toBe(true);
  });
});

suite('pain all over the knee', () => {
  it('"my whole knee hurts" starts the general path of the assessment, not only the overview', async () => {
    const chat = new DialogChat();
    const said = await chat.send('my whole knee hurts');
    const first = knowledge.general.symptomQuestions[0]!.text;
    // The general intro names the common causes, then the first yes/no question is asked.
    expect(joined(said)).toContain(title(knowledge.general.conditionIds[0]!));
    expect(last(said).text).toContain(first);
    expect(last(said).choices).toEqual(expect.arrayContaining(['Yes', 'No']));
    expect(await chat.activeIds()).not.toEqual([]);
  });

  it('only when the words say so: a bare "1" the matcher places there starts nothing', async () => {
    const chat = new DialogChat();
    await chat.send('1');
    expect(await chat.activeIds()).toEqual([]);
  });

  it('a symptom in that message is not asked again ("…and it looks swollen")', async () => {
    const chat = new DialogChat();
    let said = await chat.send('the pain is all over my knee and it looks swollen');
    // A swollen, painful knee may first get the one safety question (hot and swollen, fever?); a
    // "no" lets the message through.
    if (joined(said).includes('one quick safety question')) said = await chat.send('no');
    const [swollen, next] = knowledge.general.symptomQuestions;
    expect(swollen!.id).toBe('looks-swollen');
    expect(joined(said)).not.toContain(swollen!.text);
    expect(last(said).text).toContain(next!.text);
  });
});
