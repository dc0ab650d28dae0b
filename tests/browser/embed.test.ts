// The site widget as a clinic's web person would try it: the clinic's own site on another origin
// (a second localhost port) with two pages, the real app behind the widget. One conversation
// follows the visitor from page to page and across a restart of the bot; on a phone the chat is
// a full-screen sheet with a close button; a site the bot does not allow gets the phone number.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logging';
import { launchChromium } from './chromium';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;

async function hostSite(botUrl: string, lang = 'en'): Promise<{ url: string; close(): Promise<void> }> {
  const page = (title: string, other: string) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
    `<script src="${botUrl}/embed.js" defer></script></head><body><h1>${title}</h1><p><a href="${other}">Next page</a></p></body></html>`;
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    if (req.url === '/es') res.end(page('Innovative Health', '/').replace(`lang="${lang}"`, 'lang="es-US"'));
    else res.end(req.url === '/services' ? page('Our services', '/') : page('Innovative Health', '/services'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function chatFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#clinic-chat-frame:not([hidden])');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no chat frame');
  return frame;
}

const userBubble = (f: Frame, text: string) => f.locator('.webchat__bubble--from-user', { hasText: text }).first();
const botBubbles = (f: Frame) => f.locator('.webchat__bubble:not(.webchat__bubble--from-user)');

describe('the chat widget on the clinic site (another origin)', () => {
  let dataDir: string;
  let port: number;
  let app: App;
  let botUrl: string;
  let site: { url: string; close(): Promise<void> };
  let refusedSite: { url: string; close(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;

  async function startBot(): Promise<void> {
    const config = loadConfig({
      STORAGE: 'sqlite',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      WEB_CHAT_EMBED_ORIGINS: site.url,
      RATE_LIMIT_PER_ADDRESS: '10000',
    });
    app = await createApp(config, { logger: silentLogger, outbox: false });
    await app.listen(port, '127.0.0.1');
  }

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'embed-test-'));
    port = await freePort();
    botUrl = `http://127.0.0.1:${port}`;
    site = await hostSite(botUrl);
    // 127.0.0.1 and localhost are different origins: the second site is not on the list.
    refusedSite = await hostSite(botUrl.replace('127.0.0.1', 'localhost'));
    refusedSite.url = refusedSite.url.replace('127.0.0.1', 'localhost');
    await startBot();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close(1_000);
    await site?.close();
    await refusedSite?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps one conversation across two pages of the site, and across a restart of the bot', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${site.url}/`);
    await page.getByRole('button', { name: 'Chat about knee pain' }).click();
    let frame = await chatFrame(page);
    await botBubbles(frame).first().waitFor();
    await frame.getByRole('textbox').first().fill('what are your opening hours');
    await frame.getByRole('textbox').first().press('Enter');
    await userBubble(frame, 'what are your opening hours').waitFor();
    await expect.poll(() => botBubbles(frame).count()).toBeGreaterThan(1);
    const saved = await page.evaluate(() =>
      Object.keys(window.localStorage)
        .filter((k: string) => k.startsWith('clinic-chat:'))
        .map((k: string) => JSON.parse(window.localStorage.getItem(k))),
    );
    expect(saved).toHaveLength(1);
    const conversationId = saved[0].conversationId as string;

    // The next page of the site: the same conversation, its transcript replayed.
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(`${site.url}/services`);
    await page.getByRole('button', { name: 'Chat about knee pain' }).click();
    frame = await chatFrame(page);
    await userBubble(frame, 'what are your opening hours').waitFor();

    // The bot restarts (a deploy): the visitor reloads and carries on in the same conversation.
    await app.close(2_000);
    await startBot();
    await page.reload();
    await page.getByRole('button', { name: 'Chat about knee pain' }).click();
    frame = await chatFrame(page);
    await userBubble(frame, 'what are your opening hours').waitFor();
    const before = await botBubbles(frame).count();
    await frame.getByRole('textbox').first().fill('where are you located');
    await frame.getByRole('textbox').first().press('Enter');
    await expect.poll(() => botBubbles(frame).count(), { timeout: 60_000 }).toBeGreaterThan(before);
    const after = await page.evaluate(() =>
      Object.keys(window.localStorage)
        .filter((k: string) => k.startsWith('clinic-chat:'))
        .map((k: string) => JSON.parse(window.localStorage.getItem(k))),
    );
    expect(after[0].conversationId).toBe(conversationId);
    await page.close();
  });

  it('opens as a full-screen sheet on a phone, with a close button that hands focus back to the launcher', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await phone.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${site.url}/`);
    const launcher = page.getByRole('button', { name: 'Chat about knee pain' });
    await launcher.click();
    const frame = await chatFrame(page);
    const box = (await page.locator('#clinic-chat-frame').boundingBox())!;
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    expect(await launcher.isVisible()).toBe(false);
    const close = frame.getByRole('button', { name: 'Close the chat' });
    const closeBox = (await close.boundingBox())!;
    expect(closeBox.width).toBeGreaterThanOrEqual(44);
    expect(closeBox.y).toBeLessThan(100); // at the top, where people look for it
    await close.click();
    await page.waitForSelector('#clinic-chat-frame', { state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('clinic-chat-launcher');
    await phone.close();
  });

  it('shows the clinic phone number instead of a broken frame on a site that may not embed the chat', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${refusedSite.url}/`);
    await page.getByRole('button', { name: 'Chat about knee pain' }).click();
    const card = page.locator('#clinic-chat-fallback');
    await card.waitFor();
    expect(await card.textContent()).toContain('(214) 972-0302');
    expect(await card.getByRole('link', { name: '(214) 972-0302' }).getAttribute('href')).toBe('tel:+12149720302');
    expect(await page.locator('#clinic-chat-frame').count()).toBe(0);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('speaks Spanish on a Spanish page of the site: the button and the phone card', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${refusedSite.url}/es`);
    await page.getByRole('button', { name: 'Pregunte por su rodilla' }).click();
    const card = page.locator('#clinic-chat-fallback');
    await card.waitFor();
    expect(await card.textContent()).toContain('Por favor llame');
    expect(await card.getByRole('link', { name: '(214) 972-0302' }).getAttribute('href')).toBe('tel:+12149720302');
    await page.close();
  });
});
