// The whole conversation a patient holds on the clinic website, in real Chromium against the
// real app (restify + built-in Direct Line + the clinic bot): welcome, guided assessment by
// clicking buttons, a typed question with a typo, the tap-to-call card, and a callback request
// made with the keyboard alone; then the 360 px layout.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/server';
import { launchChromium, openChat, screenshot, type WatchedPage } from './chromium';

// Functions passed to page.evaluate / addInitScript run in the browser; the project compiles
// without the DOM lib (server code must not see browser globals), so declare what they use here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;

const suggested = (page: Page, name: string) =>
  page.locator('.webchat__suggested-actions').getByRole('button', { name, exact: true });

/**
 * Does `act`, then waits for the bot's reply to arrive (over the WebSocket) and be shown.
 * Each turn's replies arrive together, so the last one is the question now being asked.
 */
async function turn(w: WatchedPage, act: () => Promise<void>): Promise<{ text: string; suggested: string[] }> {
  const before = w.botMessages.length;
  await act();
  try {
    await expect.poll(() => w.botMessages.length, { timeout: 60_000 }).toBeGreaterThan(before);
  } catch (error) {
    await screenshot(w.page, `failure-no-reply-${before}`); // what the patient saw instead
    throw error;
  }
  const last = w.botMessages.at(-1)!;
  // Web Chat typesets markdown (bold, curly quotes): wait for the longest plain run of words.
  const firstLine = (last.text ?? '').split('\n')[0]!;
  const probe = firstLine
    .split(/[^A-Za-z0-9 ,.]+/)
    .sort((a, b) => b.length - a.length)[0]!
    .trim()
    .slice(0, 40);
  if (probe) await w.page.getByText(probe).first().waitFor();
  if (last.suggested[0]) await suggested(w.page, last.suggested[0]).waitFor();
  return { text: last.text ?? '', suggested: last.suggested };
}

const clickSuggested = (w: WatchedPage, name: string) => turn(w, () => suggested(w.page, name).click());

const typeAndSend = (w: WatchedPage, text: string) =>
  turn(w, async () => {
    await w.page.keyboard.type(text);
    await w.page.keyboard.press('Enter');
  });

describe('a patient holds the whole conversation on the website', () => {
  let bot: TestBot;
  let browser: Browser;
  let w: WatchedPage;

  beforeAll(async () => {
    bot = await startTestBot();
    browser = await launchChromium();
    w = await openChat(browser, bot.url, { width: 1024, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('is welcomed with buttons', async () => {
    await w.page
      .locator('#webchat')
      .getByText(/knee helper/i)
      .first()
      .waitFor();
    await suggested(w.page, 'Where does it hurt?').waitFor();
    await screenshot(w.page, 'conversation-1-welcome');
  });

  it('clicks through the assessment for the front of the knee', async () => {
    const { page } = w;
    expect((await clickSuggested(w, 'Where does it hurt?')).text).toMatch(/Where on the knee does it hurt/);
    let reply = await clickSuggested(w, 'Front of the knee');
    // Yes/no symptom questions, then the red-flag check (answered "No"), then the explanation.
    for (let i = 0; i < 8 && !/Common causes of pain at the front of the knee/i.test(reply.text); i++) {
      expect(reply.suggested).toEqual(expect.arrayContaining(['Yes', 'No']));
      reply = await clickSuggested(w, /apply to you right now/i.test(reply.text) ? 'No' : 'Yes');
    }
    await page
      .getByText(/Common causes of pain at the front of the knee/i)
      .first()
      .waitFor();
    await suggested(page, "Runner's knee (kneecap pain)").waitFor();
    await screenshot(page, 'conversation-2-assessment');
  });

  it('types a question with a typo and reads the answer', async () => {
    const { page } = w;
    await page.getByRole('textbox', { name: 'Message input box' }).click();
    await typeAndSend(w, 'what is runers knee?');
    await page
      .getByText(/patellofemoral/i)
      .first()
      .waitFor();
  });

  it('gets the phone number as a tel: link', async () => {
    const { page } = w;
    await clickSuggested(w, 'Call the clinic');
    const call = page.locator('#webchat a[href="tel:+12149720302"]', { hasText: '(214) 972-0302' }).last();
    await call.waitFor();
    await call.click();
    await expect.poll(() => w.clickedLinks).toContain('tel:+12149720302');
    await screenshot(page, 'conversation-3-call-card');
  });

  it('requests a callback using only the keyboard', async () => {
    const { page } = w;
    // Focus is still on the call link inside the transcript: Escape leaves the activity (Web Chat
    // keeps Tab inside a focused activity), then Tab moves on to the message box.
    await page.keyboard.press('Escape');
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Message input box')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Message input box');

    await typeAndSend(w, 'I would like a callback please');
    await page
      .getByText(/What name should we ask for/i)
      .first()
      .waitFor();
    await typeAndSend(w, 'Jamie Runner');
    await page
      .getByText(/What number should we call/i)
      .first()
      .waitFor();
    await typeAndSend(w, '214 555 0143');
    await page
      .getByText(/When would suit you best/i)
      .first()
      .waitFor();

    // From the message box, Shift+Tab reaches the offered choices; Enter picks the focused one.
    const pick = async () => {
      await page.keyboard.press('Shift+Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      await turn(w, () => page.keyboard.press('Enter'));
      // Web Chat puts focus back in the message box after a choice: the next step starts there.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Message input box');
      return label;
    };
    const slot = await pick();
    expect(slot).toMatch(/morning|afternoon|any time/);
    await page
      .getByText(/what would you like to talk about/i)
      .first()
      .waitFor();
    expect(await pick()).toBe('Skip');
    await page
      .getByText(/May the clinic call you/i)
      .first()
      .waitFor();
    expect(await pick()).toBe('Yes, please call me');
    await page
      .getByText(/Shall I send it to the clinic/i)
      .first()
      .waitFor();
    expect(await pick()).toBe('Send it');
    await page
      .getByText(/Callback requested/i)
      .first()
      .waitFor();

    const stored = await bot.app.stores.callbackStore.list();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: 'Jamie Runner' });
    await screenshot(page, 'conversation-4-callback');
  });

  it('fits a 360 px wide phone screen without sideways scrolling, with no CSP violation', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(300);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await screenshot(page, 'conversation-5-360px');
    expect(w.cspViolations).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});
