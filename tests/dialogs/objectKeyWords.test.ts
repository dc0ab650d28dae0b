// Words that are also names on every JavaScript object ("constructor" is Spanish for a builder;
// "__proto__", "toString" are what a prober types). A word list kept in a plain object answers such
// a word with the object's own machinery, and one lookup crashed the whole turn. Every reader of a
// person's words must treat them as plain words: each one here, in English and Spanish, in a
// sentence, alone and inside a callback request, gets an ordinary reply, never the error apology.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';

const OBJECT_WORDS = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
const ERROR_APOLOGY = /something went wrong on my side|algo salió mal/i;

describe('words that name object machinery are read as plain words', () => {
  it.each(OBJECT_WORDS)('"%s" in English and Spanish messages and in a callback', async (word) => {
    const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
    const said: string[] = [];
    for (const text of [
      word,
      `my knee ${word} hurts when I run`,
      `soy ${word} y me duele la rodilla al arrodillarme`,
      'please call me back',
      `${word} ${word}`,
      `${word} at 555 201 3344`,
    ])
      said.push(texts(await chat.send(text)));
    expect(said.join('\n')).not.toMatch(ERROR_APOLOGY);
  });
});
