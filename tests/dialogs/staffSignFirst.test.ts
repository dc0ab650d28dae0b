// Round 20 (a held conversation, measured, then fixed): the front desk asks how soon to call a patient whose
// request note names a warning sign. That call goes first, with what to tell the patient. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { bothLanguages } from '../../dialogs/decisions/language';
import { asksHowSoonAboutSign, staffSignNamed } from '../../dialogs/decisions/staff';
import { makeDeps, reply, staffChat } from './harness';

const frontDesk = () => staffChat('hi, front desk here, how do I see the callback requests that are waiting?');

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
    const said = await reply(await frontDesk(), text);
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

// Round 22 (review): bleeding named alone, and Spanish breathlessness named alone, were dropped by the
// reading; bleeding that won't stop and breathlessness with a calf or leg complaint are 911. Staff wording
// never gets the patient's alarm. Wordings of our own, both languages.
describe("staff: the note's sign named in the urgency reading", () => {
  const PATIENT_ALARM = /^\*\*(?:Call 911 now|Llame al 911 ahora|Get this checked today)/m;

  it.each([
    'the note says he is bleeding, how soon should I call him?',
    'one request mentions bleeding from the incision, how fast do I call back?',
    'how fast should I call back the lady whose knee is bleeding and it will not stop?',
    'la nota dice que está sangrando, ¿qué tan pronto le llamo?',
    'una solicitud dice que le sangra la herida de la operación, ¿la llamo primero?',
  ])('"%s": bleeding, and 911 if it won\'t stop', async (text) => {
    const said = await reply(await frontDesk(), text);
    expect(said).toMatch(/mentions bleeding|menciona un sangrado/);
    expect(said).toMatch(
      /won't stop with firm pressure, .* call 911 now|no para presionando fuerte, .* llame al 911 ahora/,
    );
    expect(said).not.toMatch(PATIENT_ALARM);
  });

  it.each([
    'la nota dice que le falta el aire, ¿qué tan rápido la llamo?',
    'una solicitud dice que no puede respirar bien, ¿la llamo primero?',
    '¿qué tan rápido llamo al señor que no puede respirar bien?',
  ])('"%s": Spanish breathlessness alone is named (call now, 911 if short of breath now)', async (text) => {
    const said = await reply(await frontDesk(), text);
    expect(said).toMatch(/Llame a ese paciente ahora/);
    expect(said).toMatch(/falta de aire .* llame al 911/);
    expect(said).not.toMatch(PATIENT_ALARM);
  });

  it.each([
    'la nota dice que tiene la pantorrilla hinchada y le falta el aire, ¿cuándo la llamo?',
    'una nota dice que le duele la pierna y no puede respirar bien, ¿qué tan rápido la llamo?',
    'how soon do I call the man whose leg is sore and who says he is short of breath?',
    'how fast should I ring the lady with the swollen calf who has trouble breathing?',
  ])('"%s": breathless with a calf or leg complaint is 911 now', async (text) => {
    const said = await reply(await frontDesk(), text);
    expect(said).toMatch(/call 911 now|llame al 911 ahora|needs 911 now/);
    expect(said).toMatch(/clot|coágulo|calf/);
    expect(said).not.toMatch(PATIENT_ALARM);
  });

  it('the reading: which sign staff hear first; blood named for something else is no bleeding', () => {
    const d = makeDeps();
    const triage = bothLanguages(d.triage, d.spanish!.triage);
    expect(staffSignNamed('the note says he is bleeding', triage)).toBe('bleeding');
    expect(staffSignNamed('la nota dice que le falta el aire', triage)).toBe('sign');
    expect(staffSignNamed('la nota dice que le duele la pantorrilla y le falta el aire', triage)).toBe('clot');
    expect(staffSignNamed('the note says she is on blood thinners and her knee aches', triage)).toBeUndefined();
    expect(asksHowSoonAboutSign('la nota dice que le falta el aire, ¿qué tan rápido la llamo?', triage)).toBe(true);
    expect(asksHowSoonAboutSign('¿qué tan rápido llamo a la señora del dolor de rodilla?', triage)).toBe(false);
  });
});
