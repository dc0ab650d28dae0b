// An ordinary message the rules alarm on and the model doubts (src/triage/doubt.ts) gets one safety
// question instead of the alarm; a yes still gives the alarm, a no the answer. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { createSpanishTriage } from '../../src/triage';
import { BotChat, makeDeps, OPEN_TIME, texts } from './harness';

/** As src/app.ts composes it: the Spanish reading is silent on a message with no Spanish in it. */
async function chatAfter(text: string): Promise<{ chat: BotChat; said: string }> {
  const deps = makeDeps({ now: OPEN_TIME });
  const spanish = deps.spanish as NonNullable<typeof deps.spanish>;
  const chat = new BotChat({
    deps: { ...deps, spanish: { ...spanish, triage: createSpanishTriage(loadKnowledgeSet('knowledge')) } },
  });
  return { chat, said: texts(await chat.send(text)) };
}

const BUCKLED = 'my knees buckled when I stood up after the long movie, legs were asleep';

describe('a doubted alarm, in the conversation', () => {
  it('asks the one question first, not the same-day warning', async () => {
    const { said } = await chatAfter(BUCKLED);
    expect(said).toMatch(/one quick safety question/);
    expect(said).toMatch(/giving way since an injury/);
    expect(said).not.toMatch(/Get this checked today/);
  });

  it('a yes gives the same-day warning', async () => {
    const { chat } = await chatAfter(BUCKLED);
    expect(texts(await chat.send('yes'))).toMatch(/Get this checked today/);
  });

  it('a no answers the message, with no warning', async () => {
    const { chat } = await chatAfter(BUCKLED);
    const said = texts(await chat.send('no'));
    expect(said).not.toMatch(/Get this checked today|Call 911/);
    expect(said.length).toBeGreaterThan(0);
  });
});
