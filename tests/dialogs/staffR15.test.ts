// Round 15: a receptionist trying the bot. A patient's details typed in by staff, "will that hit the
// real queue?", and how requests made while the clinic is closed are handled are staff questions:
// answered from the staff entries, never a patient's callback flow, never an hours answer. Messages
// written for these tests, in our own words.
import { describe, expect, it } from 'vitest';
import { asksAboutHours, isStaffFollowUp, staffTopic } from '../../dialogs/decisions/staff';
import { BotChat, joined, makeDeps, OPEN_TIME } from './harness';

const ASK_NAME = 'What name should we ask for';

function staffChat(): BotChat {
  return new BotChat({ deps: makeDeps({ now: OPEN_TIME }), channelId: 'msteams' });
}

describe('front desk questions about the queue', () => {
  it.each([
    ['what do you tell people who ask for a callback when we are closed'],
    ['how do call back requests made after hours get handled'],
    ['what about requests sent over the weekend'],
  ])('"%s" is about requests, not the hours', (text) => {
    expect(asksAboutHours(text)).toBe(false);
    expect(isStaffFollowUp(text)).toBe(true);
    expect(staffTopic(text)).toBe('staff-call-times');
  });

  it('the hours themselves are still the hours', () => {
    expect(asksAboutHours('what are our hours on saturday')).toBe(true);
    expect(asksAboutHours('do we close at 6')).toBe(true);
  });

  it.each([
    ['test one: patient is Dana Whitfield, 469 555 0172, afternoons, knee brace question'],
    ['will that show up in the actual queue?'],
    ['does this go in the real list or not'],
  ])('"%s" gets the phone-callers answer (nothing typed here becomes a request)', (text) => {
    expect(staffTopic(text)).toBe('staff-phone-callers');
  });

  it('in a staff chat, details and an after-hours question never start a callback', async () => {
    const chat = staffChat();
    await chat.send("hi, I'm at the front desk. where do the callback requests from this chat go?");
    const details = await chat.send('ok trying one. patient is Dana Whitfield, 469-555-0172, afternoons');
    expect(joined(details)).toContain('create nothing in the queue');
    expect(joined(details)).not.toContain(ASK_NAME);
    const closed = await chat.send('and what do you tell people who want a callback when we are closed?');
    expect(joined(closed)).toContain('Asked while we');
    expect(joined(closed)).not.toContain(ASK_NAME);
  });
});
