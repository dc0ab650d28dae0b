// The conversation with its neighbours: the callback dialog registered in MainDialog (a request
// really stored), Slack's numbered choices through the InboundNormalizer, hours, and "my knee
// hurts" without a place.
import { describe as suite, expect, it } from 'vitest';
import { BotChat, DialogChat, joined, realKnowledge, type Said } from './harness';

const knowledge = realKnowledge();
const last = (said: Said[]) => said[said.length - 1]!;

suite('callback through MainDialog', () => {
  it('"call me back" → details → stored once; its closing button then routes at the top level', async () => {
    const chat = new BotChat();
    await chat.send('hello');
    await chat.send('call me back');
    for (const answer of ['Jane Doe', '214 555 0143', 'morning', 'Skip', 'yes']) await chat.send(answer);
    const done = await chat.send('Send it');
    const stored = await chat.deps.callbackStore.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.phone).toBe('+12145550143');
    expect(last(done).choices).toContain('Ask another question');
    const next = await chat.send('Ask another question');
    expect(joined(next)).toContain(knowledge.messages['ask-another']!);
  });
});

suite('Slack: numbered choices', () => {
  it('"2" picks the second location; typed numbers answer yes/no', async () => {
    const chat = new BotChat({ channelId: 'slack' });
    await chat.send('hello');
    const where = await chat.send('Where does it hurt?');
    // Slack gets the choices as a numbered list in the text.
    expect(last(where).text).toMatch(/1\..*Front of the knee/s);
    const first = await chat.send('2');
    expect(joined(first)).toContain(knowledge.byId.get('bakers-cyst')!.title);
    const second = await chat.send('1'); // "Yes" to the first symptom question
    expect(last(second).text).not.toBe(last(first).text);
  });
});

suite('Teams: card buttons', () => {
  it('a card submit (no text, value.choice) answers the waiting prompt', async () => {
    const chat = new BotChat({ channelId: 'msteams' });
    await chat.send('hello');
    const where = await chat.send('Where does it hurt?');
    expect(last(where).choices).toContain('Outer side of the knee');
    const first = await chat.send({ type: 'message', value: { choice: 'Outer side of the knee' } });
    expect(joined(first)).toContain(knowledge.byId.get('it-band-syndrome')!.title);
  });
});

suite('top-level odds and ends', () => {
  it('"when are you open?" gives the hours, open or closed now, and the call button', async () => {
    const chat = new DialogChat();
    const said = await chat.send('when are you open?');
    expect(last(said).text).toContain('Mon–Fri 8am–6pm');
    expect(last(said).text).toContain('Open now');
    expect(last(said).tel).toBe('tel:+12149720302');
  });

  it('"my knee hurts" (no place) starts the assessment at "where does it hurt?"', async () => {
    const chat = new DialogChat();
    const said = await chat.send('my knee hurts');
    expect(last(said).text).toBe(knowledge.messages['assess-where']);
    expect(await chat.activeIds()).toContain('assessmentDialog');
  });

  it('start over and help at the top level offer the way in', async () => {
    const chat = new DialogChat();
    expect(last(await chat.send('start over')).choices).toContain('Where does it hurt?');
    const help = await chat.send('help');
    expect(joined(help)).toContain('not a diagnosis');
    expect(last(help).choices).toEqual(['Where does it hurt?', 'Call the clinic', 'Request a callback']);
  });

  it('"Did you mean" offers the candidates; a tap opens that entry', async () => {
    const chat = new DialogChat();
    const said = await chat.send('tendon');
    const offered = last(said).choices;
    expect(offered[offered.length - 1]).toBe('None of these');
    expect(offered.length).toBeGreaterThanOrEqual(3);
    const pick = knowledge.entries.find((e) => e.title === offered[0])!;
    const opened = await chat.send(offered[0]!);
    expect(joined(opened)).toContain(pick.answer.trim().slice(0, 40));
    expect(chat.deps.unanswered.records.map((r) => r.outcome)).toEqual(['clarify']);
  });

  it('"None of these" asks for other words and gives the phone', async () => {
    const chat = new DialogChat();
    await chat.send('tendon');
    const none = await chat.send('None of these');
    expect(joined(none)).toContain(knowledge.clinic.phone.display);
    expect(last(none).tel).toBe('tel:+12149720302');
  });
});
