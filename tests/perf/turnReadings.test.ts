// A message is read for red flags once per turn (src/bot.ts TurnReadings), even while other turns
// run in between, and what the dialogs get is exactly what the plain triage says.
import { TestAdapter } from 'botbuilder';
import { describe as suite, expect, it } from 'vitest';
import { bothLanguages } from '../../dialogs/decisions/language';
import { createBot, TurnReadings } from '../../src/bot';
import type { Triage } from '../../src/triage';
import { makeDeps } from '../dialogs/harness';

/** A triage that counts what it is asked. */
function counting(inner: Triage): Triage & { classified: string[]; suspected: string[] } {
  const classified: string[] = [];
  const suspected: string[] = [];
  return {
    classified,
    suspected,
    classify: (text) => (classified.push(text), inner.classify(text)),
    assess: (text) => (classified.push(text), inner.assess(text)),
    suspect: (text) => (suspected.push(text), inner.suspect(text)),
    signsNamed: (text) => inner.signsNamed(text),
  };
}

const deps = makeDeps();
const plain = bothLanguages(deps.triage, deps.spanish!.triage);

const RED_FLAG = 'my knee is hot and swollen and I have a fever';
const QUIET = 'my leg feels heavy and useless since the crash';
const FAQ = 'how long does knee pain from running take to heal';

suite('TurnReadings', () => {
  it('answers like the plain triage, for a red flag, a second-line suspicion and an ordinary question', () => {
    const readings = new TurnReadings(plain);
    for (const text of [RED_FLAG, QUIET, FAQ]) {
      readings.begin(text);
      expect(readings.triage.classify(text)).toEqual(plain.classify(text));
      expect(readings.triage.assess(text)).toEqual(plain.assess(text));
      expect(readings.triage.suspect(text)).toEqual(plain.suspect(text));
      readings.end(text);
    }
    expect(plain.classify(QUIET).kind).toBe('none');
    expect(plain.suspect(QUIET)).not.toBeNull();
    expect(readings.size).toBe(0);
  });

  it('reads each text once per turn while other turns are read in between, and forgets it at the end', () => {
    const inner = counting(plain);
    const readings = new TurnReadings(inner);
    readings.begin(QUIET);
    readings.begin(FAQ); // another turn starts before the first one asks again
    const quietSuspicion = readings.triage.suspect(QUIET);
    readings.triage.classify(QUIET);
    readings.triage.assess(FAQ);
    readings.triage.suspect(FAQ);
    expect(inner.classified).toEqual([QUIET, FAQ]);
    expect(inner.suspected).toEqual([QUIET, FAQ]);
    // The suspicion held for the first turn is the one the plain triage gives that text.
    expect(quietSuspicion).toEqual(plain.suspect(QUIET));
    readings.end(QUIET);
    readings.end(FAQ);
    expect(readings.size).toBe(0);
    readings.triage.classify(QUIET); // no turn holds it: read afresh
    expect(inner.classified).toEqual([QUIET, FAQ, QUIET]);
  });

  it('the same text in two overlapping turns is held until both have ended', () => {
    const readings = new TurnReadings(plain);
    readings.begin(FAQ);
    readings.begin(FAQ);
    readings.end(FAQ);
    expect(readings.size).toBe(1);
    readings.end(FAQ);
    expect(readings.size).toBe(0);
  });

  it('a red flag is not asked about by the second line (no suspicion taken)', () => {
    const inner = counting(plain);
    const readings = new TurnReadings(inner);
    expect(readings.begin(RED_FLAG).kind).toBe('red-flag');
    expect(inner.suspected).toEqual([]);
    readings.end(RED_FLAG);
  });
});

suite('the whole bot, turns overlapping', () => {
  it('classifies each message once in each language, however the turns interleave', async () => {
    const english = counting(deps.triage);
    const spanish = counting(deps.spanish!.triage);
    const { bot } = createBot({ ...deps, triage: english, spanish: { ...deps.spanish!, triage: spanish } });
    const texts = [FAQ, QUIET, 'should i keep running through knee pain', 'can stretching help my sore knee'];
    const adapters = texts.map(
      (_, i) =>
        new TestAdapter(async (context) => bot.run(context), {
          channelId: 'test',
          from: { id: `user${i}`, name: 'User' },
          recipient: { id: 'bot', name: 'Bot' },
          conversation: { id: `conv${i}`, isGroup: false, conversationType: 'personal', name: '' },
        }),
    );
    await Promise.all(adapters.map((adapter, i) => adapter.receiveActivity({ type: 'message', text: texts[i] })));
    expect([...english.classified].sort()).toEqual([...texts].sort());
    expect([...spanish.classified].sort()).toEqual([...texts].sort());
    // Every one got its answer (the quiet report its safety question).
    for (const adapter of adapters) expect(adapter.activeQueue.length).toBeGreaterThan(0);
  });
});
