// "Do the people who call speak Spanish?" asked inside a callback request: answered honestly (the
// request is marked "prefers Spanish" for the team; the bot can't promise who calls), the step goes
// on, and the stored request carries the language. Wordings of our own; both languages.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BotChat } from './harness';
import { asksSpanishCaller } from '../../dialogs/decisions/callback';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';

const { en, es } = loadKnowledgeSet(path.join(projectRoot(), 'knowledge'));
const joined = (said: { text: string }[]) => said.map((s) => s.text).join('\n');
const NOTED = /marked your request \*\*prefers Spanish\*\*/;

describe('asking whether the callers speak Spanish', () => {
  it('is a question about the call, not a statement about oneself', () => {
    expect(asksSpanishCaller('does anyone there speak spanish? my dad will pick up')).toBe(true);
    expect(asksSpanishCaller('¿Los que llaman hablan español?')).toBe(true);
    expect(asksSpanishCaller('is there a spanish speaking nurse')).toBe(true);
    expect(asksSpanishCaller('me pueden llamar en español?')).toBe(true);
    expect(asksSpanishCaller('I speak Spanish and English, either is fine')).toBe(false);
    expect(asksSpanishCaller('hablo español')).toBe(false);
  });

  it('English request: noted honestly, the number asked again, stored as prefers Spanish', async () => {
    const chat = new BotChat();
    await chat.send('could someone give me a call about my knee');
    await chat.send('Lucia Ortega');
    const asked = await chat.send('do your callers speak spanish? my mother will answer the phone');
    expect(joined(asked)).toMatch(NOTED);
    expect(joined(asked)).toContain(en.messages['callback-ask-phone']!.split('{')[0]!.trim().slice(0, 10));
    await chat.send('214 555 0176');
    await chat.send('tomorrow morning');
    await chat.send(en.messages['callback-skip']!);
    await chat.send('yes');
    await chat.send(en.messages['callback-confirm']!);
    const [stored] = await chat.deps.callbackStore.list();
    expect(stored).toMatchObject({ name: 'Lucia Ortega', language: 'es' });
  });

  it('Spanish request at the reason step: the note, and the message kept as the reason', async () => {
    const chat = new BotChat();
    await chat.send('hola, quiero que me llamen. soy Rogelio Paz, mi celular 469 555 0112');
    await chat.send('el martes en la mañana');
    const asked = await chat.send('Es por la rodilla de tanto hincarme. ¿Los que llaman hablan español?');
    expect(joined(asked)).toContain(es.messages['callback-spanish-noted']!.slice(0, 30));
    expect(joined(asked)).toMatch(/Nos permite llamarle/);
  });
});
