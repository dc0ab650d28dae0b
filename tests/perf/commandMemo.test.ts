// classifyCommand and the command fold keep their last texts (dialogs/commands.ts): a turn asks about
// its message several times. Proof that the memo changes nothing: every labelled message and every
// command phrase, read twice over (the second pass from the memo), reads as without it.
import { describe as suite, expect, it } from 'vitest';
import {
  classifyCommand,
  classifyCommandPlain,
  normalizeCommandText,
  normalizeCommandTextPlain,
} from '../../dialogs/commands';
import { labelledMessages } from './labelled';

const COMMANDS = [
  'help',
  'thanks!',
  'thank you so much',
  'ok bye',
  'start over',
  'cancel',
  'call me back',
  'hola',
  'muchas gracias mijo, que Dios lo bendiga 🙏',
  '🙏',
  'thanks. I will rest it for a week',
  '',
  '   ',
];

suite('the by-text memos of the command readings', () => {
  it('never change a reading (every labelled message and command, twice)', () => {
    const texts = [...labelledMessages({ withHeldOut: false }), ...COMMANDS];
    expect(texts.length).toBeGreaterThan(3_000);
    const expected = texts.map((t) => [classifyCommandPlain(t), normalizeCommandTextPlain(t)]);
    const differ: string[] = [];
    for (let pass = 0; pass < 2; pass += 1) {
      texts.forEach((text, i) => {
        if (JSON.stringify([classifyCommand(text), normalizeCommandText(text)]) !== JSON.stringify(expected[i]))
          differ.push(text);
      });
    }
    expect(differ).toEqual([]);
    expect(expected.filter(([command]) => command !== undefined).length).toBeGreaterThan(20);
  }, 300_000);
});
