// The callback dialog inside the whole bot: interruptions around it (MainDialog) and a server
// restart in the middle of it (state in SQLite). Uses the dialogs harness for the full bot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqliteStorage';
import { BotChat, DialogChat, makeDeps } from '../dialogs/harness';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const lastText = (said: Array<{ text: string }>) => said[said.length - 1]?.text ?? '';

describe('callback dialog in the conversation', () => {
  // The phrasings issue 5 names must all start the request (dialogs/commands.ts recognises them).
  it.each(['call me back', 'can someone call me back', 'can someone phone me', 'Request a callback'])(
    '"%s" starts the callback dialog',
    async (text) => {
      const chat = new DialogChat();
      const said = await chat.send(text);
      expect(lastText(said)).toBe('What name should we ask for when we call?');
      expect(await chat.activeIds()).toContain('callbackDialog');
    },
  );

  it('call me back → details → confirmation → stored', async () => {
    const chat = new DialogChat();
    await chat.send('call me back');
    expect(await chat.activeIds()).toContain('callbackDialog');
    await chat.send('Sam Lee');
    await chat.send('214.555.0143');
    await chat.send('morning');
    await chat.send('skip');
    await chat.send('yes');
    const done = await chat.send('Send it');
    expect(done.map((s) => s.text).join('\n')).toContain('Your request is with the clinic');
    expect(await chat.activeIds()).toEqual([]);
    const [stored] = await chat.deps.callbackStore.list();
    expect(stored).toMatchObject({ name: 'Sam Lee', phone: '+12145550143', preferredTime: 'morning' });
  });

  it('cancel mid-way leaves cleanly and stores nothing', async () => {
    const chat = new DialogChat();
    await chat.send('call me back');
    await chat.send('Sam Lee');
    await chat.send('214.555.0143');
    await chat.send('cancel');
    expect(await chat.activeIds()).toEqual([]);
    expect(await chat.deps.callbackStore.list()).toEqual([]);
  });

  it('help mid-way answers, then asks the same question again', async () => {
    const chat = new DialogChat();
    await chat.send('call me back');
    await chat.send('Sam Lee');
    const said = await chat.send('help');
    expect(lastText(said)).toContain('What number should we call?');
    expect(await chat.activeIds()).toContain('callbackDialog');
  });

  it('a red flag typed mid-way interrupts with the triage reply and ends the request', async () => {
    const chat = new DialogChat();
    await chat.send('call me back');
    await chat.send('Sam Lee');
    const said = await chat.send('my knee is hot, red and swollen and I have a fever');
    expect(await chat.activeIds()).toEqual([]);
    expect(said.map((s) => s.text).join('\n')).not.toContain('What number should we call?');
    expect(await chat.deps.callbackStore.list()).toEqual([]);
  });

  it('a server restart in the middle of the request continues where it left off', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knee-cb-restart-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'bot.db');

    const first = SqliteStorage.open(file);
    const chat1 = new BotChat({ deps: makeDeps({ storage: first }) });
    await chat1.send('call me back');
    await chat1.send('Sam Lee');
    first.close();

    const second = SqliteStorage.open(file);
    cleanups.push(() => second.close());
    const chat2 = new BotChat({ deps: makeDeps({ storage: second }) });
    const said = await chat2.send('(214) 555-0143');
    expect(lastText(said)).toContain('When would suit you best?');
  });
});
