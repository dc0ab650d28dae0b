// The second line of defence in the conversation (dialogs/safetyCheck.ts): a message that sounds
// serious but names no red flag gets ONE safety question; the answer gives the act-now reply or the
// normal answer to the first message. Red flags still win at every step.
import { describe as suite, expect, it } from 'vitest';
import { DialogChat, joined, realKnowledge } from './harness';

const knowledge = realKnowledge();
const question = (key: string): string => knowledge.messages[key]!.trim();
// Someone else's fall described only by how much it hurts: no rule names it (an older person's fall
// with pain is now caught outright by ottawa-fracture-signs), the second line asks about weight.
const FALL = 'my son fell off his bike and his knee is killing him';

suite('the safety question', () => {
  it('asks one targeted question with Yes / No / Not sure instead of an answer or an alarm', async () => {
    const chat = new DialogChat();
    const said = await chat.send(FALL);
    expect(said).toHaveLength(1);
    // About someone else: "Can they stand …?"
    expect(said[0]!.text).toContain(question('safety-check-weight-other'));
    expect(said[0]!.choices).toEqual(['Yes', 'No', 'Not sure']);
    expect(joined(said)).not.toMatch(/call 911 now|get this checked today/i);
  });

  it('the danger answer gives that flag\'s act-now reply ("can you stand?" → No)', async () => {
    const chat = new DialogChat();
    await chat.send(FALL);
    const said = await chat.send('No');
    expect(joined(said)).toMatch(/get this checked today/i);
    expect(joined(said)).toContain(
      knowledge.redFlags
        .find((f) => f.id === 'cannot-bear-weight')!
        .advice.trim()
        .slice(0, 40),
    );
  });

  it.each([
    ['sometimes i think it would be better not to be here', 'forget it, ignore me. just tired'],
    ['a veces pienso que seria mejor ya no estar aqui', 'olvidalo, no me hagas caso'],
  ])('asked about thoughts of suicide ("%s"), "%s" gets the crisis line, not "stopped that"', async (first, after) => {
    const chat = new DialogChat();
    expect(joined(await chat.send(first))).toMatch(/ending your life|quitarse la vida|hacerse daño/i);
    const said = joined(await chat.send(after));
    expect(said).toMatch(/\b988\b/);
    expect(said).not.toMatch(/stopped that|ya lo dejé/i);
  });

  it.each([
    [
      'this injury makes me want to give up on everything honestly',
      "lol no im fine i didn't mean it like that. when can i run again",
    ],
    [
      'i feel so hopeless about this knee, like nothing matters anymore',
      'haha nah not like that, just frustrated. can i bike instead',
    ],
    ['ya me quiero rendir con todo por esta rodilla', 'jaja no, estoy bien, no lo dije en ese sentido'],
    // A reassurance with no "no" in it ("jk", "I'm ok"): still a no, 988 left open.
    ['im just so worn out by all of it, nothing i try works', 'jk im fine'],
    ['i am so done with everything, this knee is the last straw', "just kidding i'm ok, long day"],
    ['ya no le veo caso a nada con esta rodilla', 'es broma, estoy bien'],
  ])(
    'asked about thoughts of suicide ("%s"), a clear no behind a laugh ("%s") is a no: the question is answered, 988 stays one line',
    async (first, after) => {
      const chat = new DialogChat();
      expect(joined(await chat.send(first))).toMatch(/ending your life|quitarse la vida|hacerse daño/i);
      const said = joined(await chat.send(after));
      expect(said).not.toMatch(/please talk to someone now|habla con alguien ahora/i);
      expect(said).toMatch(/glad|me alegra/i);
      expect(said).toContain('tel:988');
    },
  );

  it.each([
    'i kinda feel like giving up on everything tbh',
    'my daughter says nothing matters anymore since her injury',
  ])(
    'the question about thoughts of suicide ("%s") carries 988 and its button, whatever the answer will be',
    async (first) => {
      const said = await new DialogChat().send(first);
      expect(said).toHaveLength(1);
      expect(said[0]!.text).toMatch(/thoughts of ending (?:your|their) life/i);
      expect(joined(said)).toContain('tel:988');
    },
  );

  it('asked about thoughts of suicide, "im fine" that says the crisis again is not a reassurance', async () => {
    const chat = new DialogChat();
    await chat.send('i kinda feel like giving up on everything tbh');
    const said = joined(await chat.send("i'm fine, i just want it all to be over"));
    expect(said).toMatch(/please talk to someone now/i);
    expect(said).toMatch(/\b988\b/);
  });

  it('"Not sure" is treated as the danger answer', async () => {
    const chat = new DialogChat();
    await chat.send(FALL);
    expect(joined(await chat.send('not sure'))).toMatch(/get this checked today/i);
  });

  it('the reassuring answer gets the normal answer to the first message, with no alarm and no second question', async () => {
    const chat = new DialogChat();
    const first = 'I tripped over the dog yesterday and my knee is sore, the pain is unbearable when I kneel';
    const asked = await chat.send(first);
    expect(asked[0]!.text).toContain(question('safety-check-weight'));
    expect(asked[0]!.text).not.toContain(question('safety-check-weight-other'));
    const said = await chat.send('yes I can');
    expect(joined(said)).not.toMatch(/get this checked today|call 911 now|safety question/i);
    expect(said.length).toBeGreaterThan(0);
  });

  it('a yes to a "does X happen" question is the danger answer ("my leg feels heavy and useless since the crash" → numb?)', async () => {
    const chat = new DialogChat();
    const asked = await chat.send('since the crash my leg feels heavy and useless');
    expect(asked[0]!.text).toContain(question('safety-check-numb'));
    expect(joined(await chat.send('Yes'))).toMatch(/call 911 now/i);
  });

  it('a red flag typed instead of an answer wins, and the question is forgotten', async () => {
    const chat = new DialogChat();
    await chat.send(FALL);
    const said = await chat.send('his foot is cold and blue now');
    expect(joined(said)).toMatch(/call 911 now/i);
    // "No" now is not the answer to the old question.
    expect(joined(await chat.send('No'))).not.toMatch(/get this checked today/i);
  });

  it('something else typed instead of an answer is answered as a new message', async () => {
    const chat = new DialogChat();
    await chat.send(FALL);
    const said = await chat.send('what are your opening hours?');
    expect(joined(said)).toMatch(/8am–6pm/);
  });

  it('ordinary questions and red flags the rules name get no safety question', async () => {
    const chat = new DialogChat();
    expect(joined(await chat.send('how do I stretch my IT band?'))).not.toContain('safety question');
    const flagged = await chat.send("I fell and I can't put any weight on my leg");
    expect(joined(flagged)).toMatch(/get this checked today/i);
    expect(joined(flagged)).not.toContain('safety question');
  });

  it('in the middle of the assessment: the question, then after "Yes" the first message is answered and the flow resumes', async () => {
    const chat = new DialogChat();
    await chat.send('pain along the outside of my knee at mile 5');
    expect(await chat.activeIds()).toContain('assessmentDialog');
    const asked = await chat.send('I slipped on ice an hour ago and it is agony');
    expect(asked[0]!.text).toContain(question('safety-check-weight'));
    await chat.send('Yes');
    expect(await chat.activeIds()).toContain('assessmentDialog');
  });

  it('indirect hopelessness: the direct question, and a yes gets the crisis reply with 988', async () => {
    const chat = new DialogChat();
    const asked = await chat.send("I mean it, I don't see the point");
    expect(asked[0]!.text).toContain(question('safety-check-self-harm'));
    const said = await chat.send('yes');
    expect(joined(said)).toContain('988');
  });
});
