// Hours questions about a day, asked in Spanish, answered in Spanish from the same clinic data as
// the English ones (src/clinic/dayQuestion.ts): the day first ("Sábado (sáb 28 nov): cerrado"),
// then the week. The clinic (knowledge/clinic.yaml) opens Monday to Friday, 8am to 6pm.
import { describe, expect, it } from 'vitest';
import { BotChat, CLOSED_TIME, makeDeps, OPEN_TIME, spanishKnowledge } from './harness';

const es = spanishKnowledge();

async function ask(question: string, now = OPEN_TIME): Promise<string> {
  const chat = new BotChat({ deps: makeDeps({ now }) });
  await chat.send('hola');
  const said = await chat.send(question);
  return said.map((s) => s.text).join('\n');
}

describe('a day asked about in Spanish', () => {
  // OPEN_TIME is Tuesday 24 Nov 2026, 10:00 in Dallas.
  it('"¿abren el sábado?": that Saturday is closed, said in Spanish, then the week', async () => {
    const text = await ask('¿abren el sábado?');
    expect(text).toMatch(/^Sábado \(sáb\.? 28 nov\.?\): cerrado\./);
    expect(text).toContain('Abrimos');
    expect(text).not.toMatch(/closed|Saturday/);
  });

  it('"¿están abiertos mañana?": tomorrow (Wednesday) with its opening times', async () => {
    const text = await ask('¿están abiertos mañana?');
    expect(text).toMatch(/^Mañana \(mié\.? 25 nov\.?\): 8.*–6.*\./);
  });

  it('"¿a qué hora cierran hoy?": today with its times, and open now until 6', async () => {
    const text = await ask('¿a qué hora cierran hoy?');
    expect(text).toMatch(/^Hoy \(mar\.? 24 nov\.?\): 8.*–6.*\./);
    expect(text).toContain(es.messages['hours-open-until']!.split('{')[0]!.trim());
  });

  it('"¿abren este fin de semana?" on a Saturday: both days closed', async () => {
    const text = await ask('¿abren este fin de semana?', CLOSED_TIME);
    expect(text).toMatch(/^Sábado \(sáb\.? 28 nov\.?\): cerrado; Domingo \(dom\.? 29 nov\.?\): cerrado\./);
  });

  it('"¿abren el lunes en la mañana?": the morning is not tomorrow; Monday it is', async () => {
    const text = await ask('¿abren el lunes en la mañana?');
    expect(text).toMatch(/^Lunes \(lun\.? 30 nov\.?\): 8/);
  });

  it('the English question keeps its English answer', async () => {
    const chat = new BotChat({ deps: makeDeps() });
    const said = await chat.send('are you open on saturday?');
    expect(said.map((s) => s.text).join('\n')).toMatch(/Saturday \(Sat 28 Nov\): closed\./);
  });
});
