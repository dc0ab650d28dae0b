// The chat page's own words in Spanish, in real Chromium against the real app: a Spanish page
// (?lang=es, or a browser whose first language is Spanish) has <html lang="es">, its tagline,
// headings, labels and footer from knowledge/es/messages/system.yaml, and the bot's welcome in
// Spanish with its "English" button (the page's locale rides on the conversation's start).
// axe-core finds nothing to fix on it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/knowledge/template';
import { startTestBot, type TestBot } from '../helpers/server';
import { realKnowledge, spanishKnowledge } from '../dialogs/harness';
import { launchChromium, screenshot } from './chromium';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;

const AXE = require.resolve('axe-core/axe.min.js');
const es = spanishKnowledge();
const en = realKnowledge();

function say(key: string, knowledge = es): string {
  const { clinic } = knowledge;
  return fillTemplate(knowledge.messages[key]!, {
    clinicName: clinic.name,
    phone: clinic.phone.display,
    emergency: clinic.emergencyNumber,
  }).trim();
}

const suggested = (page: Page, name: string) =>
  page.locator('.webchat__suggested-actions').getByRole('button', { name, exact: true });

async function open(browser: Browser, url: string, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  // Injected by DevTools, not the page: the page's CSP stays intact.
  await page.addInitScript({ path: AXE });
  page.setDefaultTimeout(30_000);
  await page.goto(url);
  return { context, page };
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await page.evaluate(() =>
    window.axe.run(window.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  expect((result.passes as any[]).length).toBeGreaterThan(10);
  return (result.violations as any[]).map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`,
  );
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

  for (const [how, path, locale] of [
    ['?lang=es on an English browser', '/?lang=es', 'en-US'],
    ['a browser that prefers Spanish', '/', 'es-US'],
  ] as const) {
    it(`${how}: the page's words, the welcome and Web Chat are Spanish; axe is clean`, async () => {
      const { context, page } = await open(browser, `${bot.url}${path}`, locale);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      expect(await page.title()).toBe(say('web-page-title'));
      await expect.poll(() => page.locator('.tagline').textContent()).toBe(say('web-tagline'));
      expect((await page.locator('footer.notice').textContent())?.trim()).toBe(say('web-footer').replace(/\*\*/g, ''));
      expect(await page.locator('footer.notice strong').textContent()).toBe(es.clinic.emergencyNumber);
      expect(await page.locator('.skip-link').textContent()).toBe(say('web-skip-link'));
      expect(await page.locator('.call-link').getAttribute('aria-label')).toBe(say('web-call-label'));
      expect(await page.locator('#chat-heading').textContent()).toBe(say('web-heading'));
      expect(await page.locator('#webchat').getAttribute('aria-label')).toBe(say('web-conversation-label'));
      // The bot's welcome in Spanish, offering English; Web Chat's own words in Spanish.
      await suggested(page, es.messages['choice-other-language']!).waitFor();
      await page.locator('#webchat').getByText(say('welcome').slice(0, 30)).first().waitFor();
      await page.getByPlaceholder('Escriba su mensaje').waitFor();
      expect(await page.locator('body').textContent()).not.toContain(say('web-tagline', en));
      await screenshot(page, 'spanish-page');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('an English browser without ?lang=es: the English page, welcome and "Español" button', async () => {
    const { context, page } = await open(browser, bot.url, 'en-US');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.tagline').textContent()).toBe(say('web-tagline', en));
    await suggested(page, en.messages['choice-other-language']!).waitFor();
    await page.getByPlaceholder('Type your message').waitFor();
    await context.close();
  });
});
