// Round 20 (a held conversation, measured, then fixed): the front desk asks how soon to call a patient whose
// request note names a warning sign. That call goes first, with what to tell the patient. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { asksHowSoonAboutSign } from '../../dialogs/decisions/staff';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';

async function frontDesk(): Promise<BotChat> {
  const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });
  await chat.send('hi, front desk here, how do I see the callback requests that are waiting?');
  return chat;
}

describe('staff: how soon to call about a note with a warning sign', () => {
  it.each([
    'one of the notes says she was short of breath, how fast am I supposed to call back on something like that',
    'a request from this morning mentions chest pain, how soon should I call him?',
    'the note says his calf is swollen and red after surgery, does that call go first?',
    'this callback says she has a fever, should I call her right away or in order?',
    // Other signs, read by the red-flag triage (no word list of its own here): any flag is covered.
    'the note says his knee is hot and puffy and he is running a fever, how soon do I ring him?',
    'one request says her foot went numb on the drive home, should that call go first?',
    'the request from a dad says his 7 year old is limping since the weekend, how quickly should I call back?',
  ])('"%s": call now, ahead of the list, and what to tell them', async (text) => {
    const chat = await frontDesk();
    const said = texts(await chat.send(text));
    // A note the rules read as a red flag is a relayed warning (its own reply); either way: now, and what to say.
    expect(said).toMatch(
      /Call that one now, ahead of the rest of the list|can't wait for a callback|needs a check today/,
    );
    expect(said).toMatch(/911|today/);
    expect(said).not.toMatch(/Callback requests are not shown in this chat/);
  });

  it('read only with a sign and a how-soon together, about a call', () => {
    const { triage } = makeDeps();
    expect(asksHowSoonAboutSign('how fast should I call back the short of breath lady', triage)).toBe(true);
    expect(asksHowSoonAboutSign('how fast should I call back requests in general?', triage)).toBe(false);
    expect(asksHowSoonAboutSign('she was short of breath on the stairs', triage)).toBe(false);
    expect(asksHowSoonAboutSign('how soon should I call back the lady with the sore knee?', triage)).toBe(false);
  });

  it.each([
    ['the note says her knee is red hot and swollen with a fever, how soon do I call?', 'hot-swollen-joint'],
    ['how fast should I call the man whose foot is numb?', 'numb-foot'],
    ['a mum wrote that her son is limping, does that call go first?', 'child-hip-knee-pain'],
  ])('"%s": the sign is the triage\'s flag (%s)', (text, flag) => {
    const { triage } = makeDeps();
    expect(triage.signsNamed(text).map((f) => f.id)).toContain(flag);
    expect(asksHowSoonAboutSign(text, triage)).toBe(true);
  });
});
