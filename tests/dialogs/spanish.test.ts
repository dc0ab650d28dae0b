// The conversation in Spanish, end to end through the whole bot (issue 19): the assessment, a
// callback stored with language 'es', red flags answered in Spanish at the right tier (and found
// whatever language the bot guessed), switching to Spanish and back, the welcome's language
// button, Web Chat's locale as the first hint, and Teams and Slack rendering the same replies.
// Expected wording is read from knowledge/es so a staff edit of the Spanish text does not break them.
import { describe as suite, expect, it } from 'vitest';
import { fillTemplate } from '../../src/knowledge/template';
import { BotChat, joined, realKnowledge, spanishKnowledge, type Said } from './harness';

const en = realKnowledge();
const es = spanishKnowledge();
const last = (said: Said[]) => said[said.length - 1]!;
const esMsg = (key: string, values: Record<string, string> = {}) =>
  fillTemplate(es.messages[key]!, values).trim().slice(0, 40);
const flagEs = (id: string) => es.redFlags.find((f) => f.id === id)!;
const location = (k: typeof es, id: string) => k.locations.find((l) => l.id === id)!;

suite('the assessment in Spanish', () => {
  it('"me duele la rodilla" → where (Spanish places) → yes/no questions → the result, all in Spanish', async () => {
    const chat = new BotChat();
    const first = await chat.send('me duele la rodilla');
    // The welcome comes in Spanish too, then the question where it hurts.
    expect(first[0]!.text).toContain(esMsg('welcome', { clinic: es.clinic.name }));
    expect(last(first).text).toContain(esMsg('assess-where'));
    expect(last(first).choices).toContain(location(es, 'front').label);
    expect(joined(first)).not.toContain(location(en, 'front').label);

    const questions = await chat.send('en la parte de enfrente');
    const front = location(es, 'front');
    expect(last(questions).text).toBe(front.symptomQuestions[0]!.text.trim());
    expect(last(questions).choices).toEqual([es.messages['choice-yes'], es.messages['choice-no']]);

    // Spanish yes/no answers ("sí", "no, para nada"), then "no" to the warning signs.
    let said = await chat.send('sí');
    for (let i = 0; i < 6 && !last(said).choices.includes(es.messages['choice-call']!); i++) {
      said = await chat.send('no, para nada');
    }
    const result = last(said);
    expect(result.text).toContain(fillTemplate(es.messages['assess-result-title']!, { where: '' }).trim().slice(0, 20));
    expect(result.choices).toContain(es.messages['choice-call']);
    expect(result.text).not.toMatch(/Common causes|Call the clinic/);
  });
});

suite('a callback in Spanish', () => {
  it('a Spanish name or a Mexican number in an English request keeps the conversation in English', async () => {
    const chat = new BotChat();
    await chat.send('request a callback');
    const phone = await chat.send('José Ñúñez-García');
    expect(last(phone).text).toContain(en.messages['callback-ask-phone']!.split('{name}')[1]!.trim().slice(0, 20));
    const time = await chat.send('+52 55 1234 5678');
    expect(last(time).text).toContain(en.messages['callback-ask-time']!.slice(0, 20));
  });

  it('"prefiero español" at the name question still switches to Spanish', async () => {
    const chat = new BotChat();
    await chat.send('request a callback');
    const said = await chat.send('prefiero español');
    expect(joined(said)).not.toContain(en.messages['callback-ask-name']!.slice(0, 20));
    expect(joined(said)).toContain(esMsg('callback-ask-name'));
  });

  it('asks and confirms in Spanish, reads "después de las 5", and stores language "es" for staff', async () => {
    const chat = new BotChat();
    await chat.send('hola');
    const intro = await chat.send('quiero que me llamen por favor');
    expect(joined(intro)).toContain(esMsg('callback-ask-name'));
    const phone = await chat.send('me llamo Ana Ruiz');
    expect(last(phone).text).toContain(esMsg('callback-ask-phone', { name: 'Ana Ruiz' }));
    const time = await chat.send('214 555 0143');
    expect(last(time).text).toContain(esMsg('callback-ask-time').slice(0, 20));
    // Tuesday 10:00 in Dallas: "after 5" is today, 5pm, said in Spanish in the summary.
    const reason = await chat.send('después de las 5 por favor');
    expect(last(reason).text).toContain(esMsg('callback-ask-reason').slice(0, 30));
    const consent = await chat.send('me duele la rodilla cuando corro');
    expect(last(consent).choices).toContain(es.messages['callback-yes']);
    const summary = await chat.send('sí');
    expect(joined(summary)).toContain('después de las 5 p.m.');
    expect(last(summary).choices).toContain(es.messages['callback-confirm']);
    const done = await chat.send(es.messages['callback-confirm']!);
    expect(joined(done)).toContain(esMsg('callback-done', { name: 'Ana Ruiz' }).slice(0, 25));
    const [stored] = await chat.deps.callbackStore.list();
    expect(stored).toMatchObject({
      name: 'Ana Ruiz',
      phone: '+12145550143',
      language: 'es',
      preferredTime: 'afternoon',
    });
    expect(stored!.preferredTimeText).toBe('después de las 5');
  });

  it('"mañana en la tarde" is tomorrow afternoon; "prefiero español" in an English request stores "es"', async () => {
    const chat = new BotChat();
    await chat.send('hello');
    await chat.send('call me back');
    await chat.send('Sam Lee');
    await chat.send('214 555 0143');
    const switched = await chat.send('prefiero español');
    // The request goes on in Spanish, where it was: the time question again, in Spanish.
    expect(joined(switched)).toContain(es.messages['language-switched']!.trim());
    expect(last(switched).text).toContain(esMsg('callback-ask-time').slice(0, 20));
    const reason = await chat.send('mañana en la tarde');
    expect(last(reason).text).toContain(esMsg('callback-ask-reason').slice(0, 30));
    await chat.send(es.messages['callback-skip']!);
    await chat.send('sí');
    await chat.send(es.messages['callback-confirm']!);
    const [stored] = await chat.deps.callbackStore.list();
    // Tuesday → Wednesday 25 Nov, afternoon
    expect(stored).toMatchObject({
      name: 'Sam Lee',
      language: 'es',
      preferredTime: 'afternoon',
      preferredDate: '2026-11-25',
    });
  });
});

suite('red flags in Spanish', () => {
  it("a fall, can't bear weight, a deformed knee: the emergency reply in Spanish with 911, first thing", async () => {
    const chat = new BotChat();
    const said = await chat.send('me caí de la escalera y no puedo apoyar la pierna, la rodilla se ve chueca');
    expect(said[0]!.text).toContain(flagEs('deformity').advice.trim().slice(0, 40));
    expect(said[0]!.tel).toBe(`tel:${es.clinic.emergencyNumber}`);
    // The welcome waits: the advice is the whole answer.
    expect(joined(said)).not.toContain(esMsg('welcome', { clinic: es.clinic.name }));
  });

  it('a same-day flag in Spanish is answered at its tier ("urgent"), not as an emergency', async () => {
    const chat = new BotChat();
    await chat.send('hola');
    const said = await chat.send('tengo la rodilla trabada ahora mismo, no se estira ni se dobla');
    const flag = flagEs('locked-knee');
    expect(flag.tier).toBe('urgent');
    expect(said[0]!.text).toContain(flag.advice.trim().slice(0, 40));
  });

  it('Spanglish the detector cannot place still gets its red flag (both triages read every message)', async () => {
    const chat = new BotChat();
    await chat.send('hello');
    // Two English and four Spanish words: neither language for sure, so the conversation stays
    // English; the English rules see nothing, the Spanish ones read "my knee se ve chueca" (a
    // crooked-looking knee) and "no puedo apoyar".
    const said = await chat.send('my knee se ve chueca y no puedo apoyar');
    // Said in the conversation's language (English), from the English flags: the deformity first
    // (911), the weight-bearing one listed after it.
    const deformity = en.redFlags.find((f) => f.id === 'deformity')!;
    const weight = en.redFlags.find((f) => f.id === 'cannot-bear-weight')!;
    expect(said[0]!.text).toContain(deformity.advice.trim().slice(0, 40));
    expect(said[0]!.text).toContain(weight.label);
  });
});

suite('switching language', () => {
  it('Spanish, then "English please": English again, and the next question answered in English', async () => {
    const chat = new BotChat();
    const hola = await chat.send('hola');
    expect(last(hola).text).toBe(es.messages['greeting-reply']!.trim());
    const back = await chat.send('English please');
    expect(last(back).text).toContain(en.messages['language-switched']!.trim());
    expect(last(back).choices).toContain(en.messages['choice-call']);
    const hours = await chat.send('what are your hours?');
    expect(joined(hours)).toMatch(/Mon–Fri 8am–6pm/);
    expect(joined(hours)).not.toMatch(/lun–vie/);
  });

  it('the welcome offers "Español"; tapping it turns the conversation Spanish', async () => {
    const chat = new BotChat();
    const welcome = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }] });
    expect(last(welcome).choices).toContain(en.messages['choice-other-language']);
    const spanish = await chat.send(en.messages['choice-other-language']!);
    expect(last(spanish).text).toContain(es.messages['language-switched']!.trim());
    const hours = await chat.send('¿cuál es su horario?');
    expect(joined(hours)).toMatch(/lun–vie 8 a\.m\.–6 p\.m\./);
  });

  it("Web Chat's locale 'es-US' makes the welcome Spanish, with an English button", async () => {
    const chat = new BotChat({ channelId: 'webchat' });
    const welcome = await chat.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User' }],
      locale: 'es-US',
    });
    expect(welcome[0]!.text).toContain(esMsg('welcome', { clinic: es.clinic.name }));
    expect(last(welcome).choices).toContain(es.messages['choice-other-language']);
  });

  it('short words ("ok", "sí") keep the language; "English" mid-assessment asks again in English', async () => {
    const chat = new BotChat();
    await chat.send('me duele la rodilla');
    await chat.send(location(es, 'front').label);
    const ok = await chat.send('sí');
    expect(last(ok).text).toBe(location(es, 'front').symptomQuestions[1]!.text.trim());
    const english = await chat.send('English');
    expect(joined(english)).toContain(en.messages['language-switched']!.trim());
    expect(last(english).text).toBe(location(en, 'front').symptomQuestions[0]!.text.trim());
  });
});

suite('Teams and Slack render the same Spanish replies', () => {
  it('Teams: the Spanish question and its card buttons', async () => {
    const chat = new BotChat({ channelId: 'msteams' });
    const said = await chat.send('me duele la rodilla');
    expect(last(said).text).toContain(esMsg('assess-where'));
    expect(last(said).choices).toContain(location(es, 'front').label);
  });

  it('Slack: the Spanish question with numbered choices and "Responda 1, 2, 3, 4 o 5."', async () => {
    const chat = new BotChat({ channelId: 'slack' });
    const said = await chat.send('me duele la rodilla');
    expect(last(said).text).toContain(esMsg('assess-where').slice(0, 30));
    expect(last(said).text).toMatch(/1\. Parte de enfrente/);
    const hint = fillTemplate(es.messages['choices-reply']!, { numbers: '1, 2, 3, 4 o 5' }).trim();
    expect(last(said).text).toContain(hint);
    // "1" picks the first place, as in English.
    const next = await chat.send('1');
    expect(last(next).text).toContain(location(es, 'front').symptomQuestions[0]!.text.trim().slice(0, 30));
  });
});
