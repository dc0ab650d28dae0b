// Round 14: the callback request as a front desk would expect it — a call to a relative (who to ask
// for and whose knee it is), a time window ("not before 11") read as a window, details about the knee
// given out of order kept as a note, a knee question answered mid-request, extensions, corrected
// numbers, exact acknowledgements and "is that it?". Wording of our own, English and Spanish.
import { describe, expect, it } from 'vitest';
import { BotChat, CLOSED_TIME, makeDeps, OPEN_TIME, realKnowledge, spanishKnowledge, texts } from './harness';
import { asksWhatsLeft, relativeToCall, timeRequest } from '../../dialogs/decisions/callback';
import { correctedEnding, formatPhone, phoneInText } from '../../src/callbacks/phone';
import { webhookBody } from '../../src/callbacks/webhookPayload';
import { validateDetails } from '../../src/callbacks/validate';
import { knowledgeMessages } from '../helpers/messages';

async function chatAt(now: string): Promise<BotChat> {
  return new BotChat({ deps: makeDeps({ now }) });
}

async function stored(chat: BotChat) {
  return chat.deps.callbackStore.list();
}

describe('a callback for a relative', () => {
  it('asks who to ask for and whose knee it is, reads "any time after 1pm" as a window, and tells staff both', async () => {
    const chat = await chatAt(CLOSED_TIME);
    const first = texts(await chat.send('could you phone my son back about my knee? he sorts out my appointments'));
    expect(first).toMatch(/when we call your son/);
    const second = texts(await chat.send("He's Dev Patel, 214 555 0177, any time after 1pm is fine"));
    expect(second).toMatch(/Dev Patel/);
    expect(second).toMatch(/after 1pm/);
    expect(second).not.toMatch(/can't call/);
    expect(second).toMatch(/whose knee/);
    const third = texts(await chat.send('Priya Patel'));
    expect(third).toMatch(/call \*\*Dev Patel\*\*.*Priya Patel's knee/);
    const summary = texts(await chat.send('yes'));
    expect(summary).toMatch(/Dev Patel \(your son\)/);
    expect(summary).toMatch(/Patient.*Priya Patel/);
    await chat.send('Send it');
    const [request] = await stored(chat);
    expect(request!.name).toBe('Dev Patel');
    expect(request!.reason).toMatch(/^Patient: Priya Patel\. Ask for Dev Patel \(son\)\./);
    expect(request!.preferredTimeText).toMatch(/after 1pm/);
  });

  it('the same in Spanish: "llamen a mi esposo", "a partir de las 10"', async () => {
    const chat = await chatAt(CLOSED_TIME);
    expect(texts(await chat.send('por favor llamen a mi esposo, él lleva mis citas, es por mi rodilla'))).toMatch(
      /llamemos a su esposo/,
    );
    const second = texts(await chat.send('Se llama Julio Méndez, 972 555 0161, a partir de las 10 de la mañana'));
    expect(second).toMatch(/después de las 10/);
    expect(second).toMatch(/de quién es la rodilla/);
    expect(texts(await chat.send('Carmen Méndez'))).toMatch(/llamar a \*\*Julio Méndez\*\*.*rodilla de Carmen Méndez/);
    await chat.send('sí');
    await chat.send('Enviar');
    const [request] = await stored(chat);
    expect(request!.reason).toMatch(/^Patient: Carmen Méndez\. Ask for Julio Méndez \(esposo\)\./);
  });

  it('"call my dad, his knee locks": the relative is the patient, so no second name is asked', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('can you ring my dad back? his knee keeps locking');
    const said = texts(await chat.send('Frank Olsen, 817 555 0144'));
    expect(said).toMatch(/Frank Olsen \(your dad\)/);
    expect(said).not.toMatch(/whose knee/);
    await chat.send('morning');
    await chat.send('yes');
    await chat.send('Send it');
    const [request] = await stored(chat);
    expect(request!.reason).toMatch(/^The patient is the caller's dad\./);
  });

  it('reads the relative from the request, in either language, and not from a mention', () => {
    expect(relativeToCall('please ring my wife instead, she knows my schedule')).toBe('wife');
    expect(relativeToCall('can you call my dad back')).toBe('dad');
    expect(relativeToCall('pueden llamar a mi hija por favor')).toBe('hija');
    expect(relativeToCall('my daughter says I should call you')).toBeUndefined();
    expect(relativeToCall('call me back please')).toBeUndefined();
  });
});

describe('a time window', () => {
  const k = realKnowledge();
  it('"not before", "no earlier than", "any time after" start a window and are accepted when it overlaps the hours', () => {
    const saturday = new Date(CLOSED_TIME);
    for (const said of ['not before 10 in the morning', 'no earlier than 10am', 'any time after 10']) {
      const asked = timeRequest(k, said, saturday);
      expect(asked?.kind, said).toBe('slot');
      if (asked?.kind === 'slot') {
        expect(asked.slot.qualifier, said).toBe('after');
        expect(asked.slot.time, said).toBe('10:00');
        expect(asked.slot.date, said).toBe('2026-11-30');
      }
    }
    // Said on a weekday at 10 about 9: from now on, today.
    const open = timeRequest(k, 'not before 9', new Date(OPEN_TIME));
    expect(open?.kind === 'slot' && open.slot.date).toBe('2026-11-24');
    // A window starting after closing does not overlap: the nearest times instead.
    expect(timeRequest(k, 'after 7pm', new Date(OPEN_TIME))?.kind).toBe('closed');
  });

  it('the same in Spanish: "no antes de las 11", "a partir de las 2"', () => {
    const es = spanishKnowledge();
    const saturday = new Date(CLOSED_TIME);
    const late = timeRequest(es, 'no antes de las 11 de la mañana', saturday);
    expect(late?.kind === 'slot' && late.slot.qualifier).toBe('after');
    const after = timeRequest(es, 'a partir de las 2', saturday);
    expect(after?.kind === 'slot' && after.slot.time).toBe('14:00');
  });
});

describe('details about the knee given out of order', () => {
  it('a note at the time step is kept for the team and the time asked again', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('please call me back');
    await chat.send('Ana Brook');
    await chat.send('214 555 0190');
    const said = texts(
      await chat.send('oh and it is my right knee, osteoarthritis, really stiff first thing in the morning'),
    );
    expect(said).toMatch(/added that to the note/);
    expect(said).toMatch(/osteoarthritis/);
    expect(said).toMatch(/When would suit you/);
    await chat.send('afternoon');
    // The reason step is not asked again: the note is there.
    expect(texts(await chat.send('yes'))).toMatch(/osteoarthritis/);
    await chat.send('Send it');
    const [request] = await stored(chat);
    expect(request!.reason).toMatch(/osteoarthritis/);
    expect(request!.preferredTime).toBe('afternoon');
  });

  it('a note where the name is asked, in Spanish, is kept and the name asked again', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('quiero que me llamen');
    const said = texts(await chat.send('es la rodilla derecha, tengo artrosis y está rígida al levantarme'));
    expect(said).toMatch(/lo agregué a la nota/);
    expect(said).toMatch(/nombre/);
  });

  it('a note at the consent step is added to the reason, not put in its place', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('can someone ring me about my knee');
    await chat.send('Lee Moss');
    await chat.send('469 555 0112');
    await chat.send('morning');
    expect(texts(await chat.send('it swells after long walks and has for months'))).toMatch(/note/);
    await chat.send('yes');
    await chat.send('Send it');
    const [request] = await stored(chat);
    expect(request!.reason).toMatch(/knee/);
    expect(request!.reason).toMatch(/swells after long walks/);
  });
});

describe('a knee question in the middle of the request', () => {
  it('gets the arthritis answer, not the rest-days card, then the question again', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('call me back please');
    await chat.send('Rosa Lind');
    const said = texts(await chat.send('would walking help my arthritic knee or make it worse?'));
    expect(said).toMatch(/arthrit/i);
    expect(said).not.toMatch(/rest days|marathon/);
    expect(said).toMatch(/What number should we call/);
  });

  it('the same in Spanish', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('que me llamen por favor');
    await chat.send('Rosa Lind');
    const said = texts(await chat.send('¿me conviene caminar con artrosis en la rodilla o es mejor reposo?'));
    expect(said).toMatch(/artrosis/i);
    expect(said).toMatch(/número/);
  });
});

describe('phone numbers as a front desk needs them', () => {
  it('keeps an extension: read back, stored, shown to staff and in the webhook', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('please call me');
    await chat.send('Omar Haddad');
    expect(texts(await chat.send('work line: 972 555 0101 ext 402'))).toMatch(/\(972\) 555-0101 ext\. 402/);
    await chat.send('any time');
    await chat.send('skip');
    expect(texts(await chat.send('yes'))).toMatch(/ext\. 402/);
    await chat.send('Send it');
    const [request] = await stored(chat);
    expect(request!.phone).toBe('+19725550101;ext=402');
    const json = webhookBody(request!, 'json', { messages: knowledgeMessages }) as Record<string, unknown>;
    expect(json['phone']).toBe('+19725550101');
    expect(json['extension']).toBe('402');
    expect(json['phoneDisplay']).toBe('(972) 555-0101 ext. 402');
  });

  it('reads "x402" and "extensión 12", and the store accepts the extension', () => {
    expect(phoneInText('office 214-555-0142 x402').ok && phoneInText('office 214-555-0142 x402')).toMatchObject({
      e164: '+12145550142;ext=402',
    });
    expect(phoneInText('mi oficina 214 555 0142 extensión 12')).toMatchObject({ e164: '+12145550142;ext=12' });
    expect(formatPhone('+12145550142;ext=12')).toBe('(214) 555-0142 ext. 12');
    expect(() =>
      validateDetails({
        name: 'A B',
        phone: '+12145550142;ext=12',
        preferredTime: 'any',
        preferredDate: '2026-11-30',
        consent: true,
      }),
    ).not.toThrow();
  });

  it('a correction of the last digits replaces the stored number', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('call me back');
    await chat.send('Kim Ortiz');
    await chat.send('469 555 0163');
    const said = texts(await chat.send("sorry it's ...0136 not ...0163"));
    expect(said).toMatch(/\(469\) 555-0136/);
    await chat.send('morning');
    await chat.send('skip');
    await chat.send('yes');
    await chat.send('Send it');
    const [request] = await stored(chat);
    expect(request!.phone).toBe('+14695550136');
  });

  it('a whole number said with the wrong one after "not", in either language', () => {
    expect(phoneInText('it is 469 555 0136, not 469 555 0163')).toMatchObject({ e164: '+14695550136' });
    expect(correctedEnding('es 0136, no 0163', '+14695550163')).toBe('+14695550136');
    expect(correctedEnding('0136 not 0163', '+14695550199')).toBeUndefined();
  });
});

describe('acknowledgements and "is that it?"', () => {
  it('a message with only a time where the name goes says the time back, never an empty list', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('please call me back');
    const said = texts(await chat.send('tomorrow afternoon works best'));
    expect(said).not.toMatch(/I have that: \.|I have that: $/m);
    expect(said).toMatch(/Wed 25 Nov.*afternoon/);
    expect(said).toMatch(/name/);
  });

  it('a name with a time the clinic cannot call at keeps the name and says what was understood', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('please call me back');
    const said = texts(await chat.send('Tom Reyes, Sunday at 4'));
    expect(said).toMatch(/Tom Reyes/);
    expect(said).not.toMatch(/I have that: \./);
    expect(said).toMatch(/What number/);
  });

  it('"anything else?" mid-request lists what is recorded and what is still needed, not a card', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('call me back please');
    await chat.send('Nia Brooks');
    const said = texts(await chat.send('anything else you need?'));
    expect(said).toMatch(/So far I have: name \*\*Nia Brooks\*\*/);
    expect(said).toMatch(/Still needed: the number to call/);
    expect(said).toMatch(/What number should we call/);
  });

  it('"¿falta algo?" and "¿es todo?" in Spanish; "eso es todo" without a question is not one', async () => {
    const chat = await chatAt(OPEN_TIME);
    await chat.send('que me llamen por favor');
    await chat.send('Nia Brooks');
    const said = texts(await chat.send('¿falta algo?'));
    expect(said).toMatch(/Hasta ahora tengo: nombre \*\*Nia Brooks\*\*/);
    expect(said).toMatch(/Falta: el número al que llamamos/);
    expect(asksWhatsLeft('¿es todo?')).toBe(true);
    expect(asksWhatsLeft('is that it?')).toBe(true);
    expect(asksWhatsLeft('eso es todo')).toBe(false);
    expect(asksWhatsLeft('what else do you need')).toBe(true);
  });
});
