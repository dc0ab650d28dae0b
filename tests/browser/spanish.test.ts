// The chat page for a Spanish speaker, in real Chromium against the real app: with ?lang=es Web
// Chat's own words are Spanish (es-US: "Escriba su mensaje", "Enviar"), and a Spanish exchange —
// "me duele la rodilla", the question where, a tapped place — runs in Spanish. Without it the UI
// stays English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/server';
import { spanishKnowledge } from '../dialogs/harness';
import { launchChromium, openChat, screenshot, type WatchedPage } from './chromium';

const es = spanishKnowledge();
const front = es.locations.find((l) => l.id === 'front')!;

const suggested = (page: Page, name: string) =>
  page.locator('.webchat__suggested-actions').getByRole('button', { name, exact: true });

/** Does `act`, then waits for the bot's reply of that turn to arrive; the last one is returned. */
async function turn(w: WatchedPage, act: () => Promise<void>): Promise<{ text: string; suggested: string[] }> {
  const before = w.botMessages.length;
  await act();
  await expect.poll(() => w.botMessages.length, { timeout: 60_000 }).toBeGreaterThan(before);
  const last = w.botMessages.at(-1)!;
  if (last.suggested[0]) await suggested(w.page, last.suggested[0]).waitFor();
  return { text: last.text ?? '', suggested: last.suggested };
}

describe('the chat page in Spanish', () => {
  let bot: TestBot;
  let browser: Browser;

  beforeAll(async () => {
    bot = await startTestBot();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('?lang=es: Web Chat speaks Spanish, and so does the bot', async () => {
    const w = await openChat(browser, `${bot.url}/?lang=es`, { width: 1024, height: 900 });
    const { page } = w;
    // Web Chat's own strings in Spanish (its es-US locale).
    const box = page.getByPlaceholder('Escriba su mensaje');
    await box.waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Enviar' }).count()).toBeGreaterThan(0);
    // The welcome is Spanish (the page's locale went with the conversation's start) and offers
    // English; then a Spanish exchange.
    await suggested(page, es.messages['choice-other-language']!).waitFor();
    await box.click();
    const where = await turn(w, async () => {
      await page.keyboard.type('me duele la rodilla');
      await page.keyboard.press('Enter');
    });
    expect(where.text).toBe(es.messages['assess-where']!.trim());
    expect(where.suggested).toContain(front.label);
    await page.getByText('¿En qué parte de la rodilla le duele?').first().waitFor();
    const question = await turn(w, () => suggested(page, front.label).click());
    expect(question.text).toBe(front.symptomQuestions[0]!.text.trim());
    expect(question.suggested).toEqual([es.messages['choice-yes'], es.messages['choice-no']]);
    await screenshot(page, 'spanish-1-exchange');
    expect(w.pageErrors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
  });

  it('without ?lang=es (an English browser) the UI stays English', async () => {
    const w = await openChat(browser, bot.url, { width: 1024, height: 900 });
    await w.page.getByPlaceholder('Type your message').waitFor();
  });
});
