// After the crisis reply, pills said to be at hand ("a bottle of percocet left over from my scope") get
// "put them out of reach now" with 988 and 911, not the line alone; pills already moved do not. Wordings
// of our own; both languages.
import { describe, expect, it } from 'vitest';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';
import { mentionsMeansAtHand } from '../../dialogs/safetyFollowUp';

const MEANS = /put the pills somewhere out of reach right now/;
const MEANS_ES = /ponga esas pastillas fuera de su alcance ahora mismo/;

async function afterCrisis(first: string, next: string): Promise<string> {
  const chat = new BotChat({ deps: makeDeps({ now: OPEN_TIME }) });
  expect(texts(await chat.send(first))).toMatch(/988/);
  return texts(await chat.send(next));
}

describe('pills at hand said after the crisis reply', () => {
  it.each([
    'i still have a whole bottle of percocet left over from my acl surgery',
    'my hydrocodone is in the drawer right next to me',
    'there are sleeping pills on my night stand',
  ])('"%s": out of reach now, with 988 and 911', async (next) => {
    const said = await afterCrisis('honestly i dont want to be here anymore, this knee took everything', next);
    expect(said).toMatch(MEANS);
    expect(said).toMatch(/988/);
    expect(said).toMatch(/911/);
  });

  it('in Spanish', async () => {
    const said = await afterCrisis(
      'ya no quiero seguir viviendo, esta rodilla me quitó todo',
      'tengo un frasco de pastillas de la operación en el buró',
    );
    expect(said).toMatch(MEANS_ES);
    expect(said).toMatch(/988/);
  });

  it('pills already moved, or pills only named, are not means at hand', () => {
    expect(mentionsMeansAtHand('ok i gave the bottle of pills to my neighbor')).toBe(false);
    expect(mentionsMeansAtHand('i moved the oxy from the nightstand to the kitchen')).toBe(false);
    expect(mentionsMeansAtHand('what pills can i take for the knee')).toBe(false);
    expect(mentionsMeansAtHand('a bottle of oxycodone from the surgery is on my nightstand')).toBe(true);
  });
});
