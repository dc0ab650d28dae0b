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
    expect(asksHowSoonAboutSign('how fast should I call back the short of breath lady')).toBe(true);
    expect(asksHowSoonAboutSign('how fast should I call back requests in general?')).toBe(false);
    expect(asksHowSoonAboutSign('she was short of breath on the stairs')).toBe(false);
  });
});
