// Issue 8: a request id per turn, on every log line the turn causes (not only the summary line),
// so one patient's turn can be followed through the logs without logging what they wrote.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging';
import { startTestBot, type TestBot } from '../helpers/server';

const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk, _enc, cb) {
    for (const line of String(chunk).split('\n'))
      if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
    cb();
  },
});

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({}, { logger: createLogger('debug', sink) });
});
afterAll(async () => {
  await bot?.close();
});

describe('turn logs', () => {
  it('carry the turn request id on the lines dialogs write, one id per turn', async () => {
    const conv = bot.conversation();
    await conv.say('my calf is swollen and hot since yesterday');
    await conv.say('what is runners knee');
    const redFlag = lines.find((l) => l.msg === 'red flag');
    const matched = lines.find((l) => l.msg === 'matched');
    const turns = lines.filter((l) => l.msg === 'turn');
    expect(redFlag?.requestId).toBeTruthy();
    expect(matched?.requestId).toBeTruthy();
    expect(turns.map((t) => t.requestId)).toEqual([redFlag!.requestId, matched!.requestId]);
    expect(redFlag!.requestId).not.toBe(matched!.requestId);
    expect(JSON.stringify(lines)).not.toContain('calf is swollen');
  });
});
