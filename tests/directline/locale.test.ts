// The page's locale on the opening conversationUpdate: the chat page sends `{ locale }` when it
// starts the conversation (public/chat.js), so the real bot's welcome is already in the page's
// language — Spanish with an "English" button on a Spanish page, English otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot';
import { makeDeps, realKnowledge, spanishKnowledge } from '../dialogs/harness';
import { dl, getToken, startHarness, waitForActivities, type Harness, type JsonBody } from './harness';

const es = spanishKnowledge();
const en = realKnowledge();

/** The bot's welcome (its messages, up to the one with buttons) when started with `body`, through the real bot. */
async function welcomeFor(body: unknown): Promise<{ h: Harness; welcome: { text: string; buttons: string[] } }> {
  const { bot } = createBot(makeDeps());
  const h = await startHarness({}, { bot: (context) => bot.run(context) });
  const t = await getToken(h.url);
  const client = dl(t.domain, t.token);
  expect((await client.start(body)).status).toBe(201);
  const { activities } = await waitForActivities(client, t.conversationId, (as) =>
    as.some((a: JsonBody) => buttons(a).length > 0),
  );
  const said = activities.filter((a: JsonBody) => a.type === 'message' && a.from.role === 'bot');
  return {
    h,
    welcome: { text: said.map((a: JsonBody) => a.text).join('\n'), buttons: said.flatMap(buttons) },
  };
}

function buttons(activity: JsonBody): string[] {
  return (activity.suggestedActions?.actions ?? []).map((a: JsonBody) => a.title);
}

describe('the welcome speaks the page language', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('a Spanish page (locale es-US): the welcome in Spanish, with an "English" button', async () => {
    const started = await welcomeFor({ locale: 'es-US' });
    h = started.h;
    expect(h.turns[0]).toMatchObject({ type: 'conversationUpdate', locale: 'es-US' });
    expect(started.welcome.text).toContain(es.clinic.name);
    expect(started.welcome.text).toContain(es.messages['welcome']!.split('{')[0]!.trim().slice(0, 20));
    expect(started.welcome.buttons).toContain(es.messages['choice-other-language']);
  });

  it('an English page, no body, or a junk locale: the English welcome, with an "Español" button', async () => {
    for (const body of [{ locale: 'en-US' }, undefined, { locale: '<script>' }, { locale: 42 }]) {
      const started = await welcomeFor(body ?? {});
      h = started.h;
      expect(started.welcome.text).toContain(en.messages['welcome']!.split('{')[0]!.trim().slice(0, 20));
      expect(started.welcome.buttons).toContain(en.messages['choice-other-language']);
      await h.close();
      h = undefined;
    }
  });
});
