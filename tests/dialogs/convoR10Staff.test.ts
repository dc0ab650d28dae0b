// Round 10: the callback request as people really type it (a name and number together, a time where
// the name goes, a number in parts or corrected mid-message, a request picked up again after
// "never mind"), and the clinic's own staff in Teams answered as staff, never put through a
// patient's callback. Messages written for these tests, in our own words.
import { describe, expect, it } from 'vitest';
import { isStaffTalk } from '../../dialogs/decisions/staff';
import { BotChat, CLOSED_TIME, joined, makeDeps, OPEN_TIME, type Said } from './harness';

const lastText = (said: Said[]) => said.at(-1)?.text ?? '';
const ASK_NAME = 'What name should we ask for';
const ASK_NUMBER = 'What number should we call';
const ASK_TIME = 'When would suit you best';

function patient(now = OPEN_TIME): BotChat {
  return new BotChat({ deps: makeDeps({ now }) });
}

function staffChat(now = OPEN_TIME): BotChat {
  return new BotChat({ deps: makeDeps({ now }), channelId: 'msteams' });
}

describe('callback details from free text', () => {
  it.each([
    ['Priya Nair 817 555 0123', 'Priya Nair', '(817) 555-0123'],
    ['devon, 972-555-0188', 'devon', '(972) 555-0188'],
    ['Tomás Ortega, my cell is (469) 555 0110', 'Tomás Ortega', '(469) 555-0110'],
  ])('"%s" where the name goes: both are taken, then the time is asked', async (text, name, phone) => {
    const chat = patient();
    await chat.send('please have someone call me back');
    const said = await chat.send(text);
    expect(joined(said)).toContain(`name **${name}**`);
    expect(joined(said)).toContain(`number **${phone}**`);
    expect(lastText(said)).toContain(ASK_TIME);
    expect(joined(said)).not.toContain('type just the name');
  });

  it('the same in Spanish', async () => {
    const chat = patient();
    await chat.send('me pueden llamar por favor');
    const said = await chat.send('Lucía Campos 214 555 0190');
    expect(joined(said)).toContain('Gracias, ya lo tengo');
    expect(joined(said)).toContain('(214) 555-0190');
    expect(lastText(said)).toContain('¿Cuándo le queda mejor?');
  });

  it('a day and time typed where the name goes is kept, and the name asked again; the time is not asked later', async () => {
    const chat = patient();
    await chat.send('call me back please');
    const said = await chat.send('thursday afternoon');
    expect(joined(said)).toMatch(/Thu 26 Nov.*afternoon/);
    expect(lastText(said)).toContain(ASK_NAME);
    await chat.send('Grace Holt');
    const afterNumber = await chat.send('214 555 0144');
    expect(joined(afterNumber)).not.toContain(ASK_TIME);
    expect(lastText(afterNumber)).toMatch(/what.*about|note/i);
  });

  it('a number given in parts is put together, and the first part is said back, not refused', async () => {
    const chat = patient();
    await chat.send('call me back please');
    await chat.send('Omar');
    const part = await chat.send('area code is eight one seven');
    expect(lastText(part)).toContain('**817** so far');
    expect(lastText(part)).not.toContain("couldn't read");
    const rest = await chat.send('555 0123');
    expect(lastText(rest)).toContain(ASK_TIME);
  });

  it('a number corrected in the same message: the corrected one is used', async () => {
    const chat = patient();
    await chat.send('call me back please');
    await chat.send('Bea');
    await chat.send('oops 214... no sorry, it is 469 555 0101');
    await chat.send('any time');
    const consent = await chat.send('skip');
    expect(lastText(consent)).toContain('(469) 555-0101');
  });

  it('what the call is about, typed where the yes/no is asked, becomes the note and the yes/no comes back', async () => {
    const chat = patient();
    await chat.send('I would like a callback about my knee');
    await chat.send('Rui Costa 682 555 0131');
    const consent = await chat.send('any time');
    expect(lastText(consent)).toContain('May the clinic call you');
    const said = await chat.send('the kneecap aches on stairs since my half marathon');
    // Added to the note ("my knee" stays), and said back as a note for the team.
    expect(joined(said)).toContain(
      'added that to the note for the team: **the kneecap aches on stairs since my half marathon**',
    );
    expect(lastText(said)).toContain('May the clinic call you');
  });

  it('"can someone phone him, his name is …": the request starts with the name and asks for the number', async () => {
    const chat = patient();
    await chat.send('my grandfather has a sore knee since his fall last month');
    const said = await chat.send('could someone phone him? his name is Walter Brandt');
    expect(joined(said)).toContain('name **Walter Brandt**');
    expect(lastText(said)).toContain(ASK_NUMBER);
  });

  it('after "never mind", asking again picks the request up with what was given, and the new time', async () => {
    const chat = patient(CLOSED_TIME);
    await chat.send('could you get someone to call me about my knee');
    await chat.send('Ines Wolfe, 817 555 0177');
    expect(joined(await chat.send('cancel'))).toContain('stopped');
    const again = await chat.send('sorry, please still set up that callback, in the afternoon');
    expect(joined(again)).toContain('name **Ines Wolfe**');
    expect(joined(again)).toContain('(817) 555-0177');
    expect(joined(again)).toMatch(/Mon 30 Nov, afternoon/);
    expect(joined(again)).not.toContain(ASK_NAME);
  });
});

describe('clinic staff in Teams', () => {
  it('a front-desk question about Spanish-speaking patients gets the staff answer, not a callback', async () => {
    const chat = staffChat();
    const said = await chat.send("I'm on the front desk. Do patients who type in Spanish get replies in Spanish?");
    expect(joined(said)).toContain('prefers Spanish');
    expect(joined(said)).not.toContain(ASK_NAME);
    // A follow-up about how the request reaches us stays a staff answer.
    const next = await chat.send('and will their callback show up in english for us?');
    expect(joined(next)).toContain('prefers Spanish');
    expect(joined(next)).not.toContain(ASK_NAME);
  });

  it('a staff question inside a running patient callback leaves the flow and is answered', async () => {
    const chat = staffChat();
    await chat.send('call me back');
    const said = await chat.send('sorry, I work at the clinic. what should a voicemail script for callbacks say?');
    expect(joined(said)).toContain('(214) 972-0302');
    expect(joined(said)).toContain("Couldn't reach");
    expect(joined(said)).not.toContain('type just the name');
    // The flow is gone: a name now is not taken as the patient's.
    expect(joined(await chat.send('in Spanish too please'))).toContain('le habla');
  });

  it('"do I phone them back straight away?" about a worrying request: call first, send them to care today', async () => {
    const chat = staffChat();
    await chat.send('the patient Marcus wrote that he fell off a ladder');
    const said = await chat.send('do I phone them back straight away?');
    expect(joined(said)).toContain('first and right');
    expect(joined(said)).toContain('urgent care or an ER today');
    expect(joined(said)).not.toContain(ASK_NAME);
  });

  it('staff are never shown a patient request: a question about one gets the staff page', async () => {
    const chat = staffChat();
    await chat.send('front desk here');
    const said = await chat.send('which of them wanted an afternoon call, and what did they write?');
    expect(joined(said)).toContain('/staff');
    expect(joined(said)).toContain('not shown in this chat');
  });

  it('a time in another time zone is given in ours, with what to do when it is after closing', async () => {
    const chat = staffChat();
    await chat.send('a patient asked for a callback from out of state');
    const early = await chat.send('he lives in Boston and wants a call at 10am, what is that for us?');
    expect(joined(early)).toContain('**9am here**');
    expect(joined(early)).toContain('within our opening hours');
    const late = await chat.send('another one is in Seattle, after 5 his time');
    expect(joined(late)).toContain('after 7pm here');
    expect(joined(late)).toContain('**4pm their time**');
    const next = await chat.send('so what should we do?');
    expect(joined(next)).toContain('next business day');
    expect(joined(next)).toContain("manager's decision");
  });

  it('Spanish time words in a request are explained to staff', async () => {
    const chat = staffChat();
    await chat.send('a pt asked in spanish for a callback');
    const said = await chat.send('it says "en la tarde", when should i call?');
    expect(joined(said)).toContain('in the afternoon');
    expect(joined(said)).not.toContain(ASK_NAME);
  });

  it('the clinic hours asked by staff are the hours', async () => {
    const chat = staffChat();
    await chat.send('front desk here');
    const said = await chat.send('a patient wants to know if we open on sundays');
    expect(joined(said)).toMatch(/8am.6pm/);
  });

  it('a patient asking for a relative to be called still gets the callback request', async () => {
    const chat = staffChat();
    const said = await chat.send('can someone call her back, my mother has bad knee pain');
    expect(joined(said)).toContain(ASK_NAME);
  });

  it.each([
    'should I call them back or wait for the clinic to ring me?',
    'can the bot book me an appointment',
    'I am the patient, my name is Ana',
  ])('a patient saying "%s" is not taken for staff', (text) => {
    expect(isStaffTalk(text)).toBe(false);
  });
});
