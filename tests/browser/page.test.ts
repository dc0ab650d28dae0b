// The chat page itself in real Chromium, in front of a small echo bot: CSP, accessibility,
// keyboard-only use, 360 px width, tap-to-call, no third-party requests.
import http from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastOf, launchChromium, openChat, screenshot, type WatchedPage } from './chromium';
import { startEchoChat } from './server';
import { fixedClock } from '../../src/clock';

// Functions passed to page.evaluate / addInitScript run in the browser; the project compiles
// without the DOM lib (server code must not see browser globals), so declare what they use here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare function getComputedStyle(element: any): any;

const focused = (w: WatchedPage) =>
  w.page.evaluate(() => {
    const e = document.activeElement;
    return { tag: e.tagName, label: e.getAttribute('aria-label') ?? '', text: (e.textContent ?? '').trim() };
  });

/** Presses Tab until the predicate holds; returns how many presses it took. */
async function tabTo(
  w: WatchedPage,
  done: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 15,
): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await w.page.keyboard.press('Tab');
    if (done(await focused(w))) return i;
  }
  throw new Error(`not reached in ${max} Tab presses; at ${JSON.stringify(await focused(w))}`);
}

describe('chat page in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startEchoChat>>;
  beforeAll(async () => {
    server = await startEchoChat();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('works by keyboard alone at 360 px, with no CSP violation and nothing from a CDN', async () => {
    const w = await openChat(browser, server.url, { width: 360, height: 740 });
    const { page } = w;
    await page.locator('#webchat').getByText('Welcome to the clinic chat.').first().waitFor();

    // Landmarks and labels a screen reader announces.
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Innovative Health');
    expect(await page.locator('#chat-status').getAttribute('role')).toBe('status');
    expect(await page.getByRole('textbox', { name: 'Message input box' }).count()).toBe(1);

    // Tab to the input, type, Enter.
    const presses = await tabTo(w, (f) => f.tag === 'INPUT');
    expect(presses).toBeLessThanOrEqual(8);
    await page.keyboard.type('hello from the keyboard');
    await page.keyboard.press('Enter');
    await page.getByText('echo: hello from the keyboard').first().waitFor();

    // Back (Shift+Tab) to the suggested actions, Enter on one.
    await page.keyboard.press('Shift+Tab');
    const action = await focused(w);
    expect(action).toMatchObject({ tag: 'BUTTON', text: 'Front of the knee' });
    await page.keyboard.press('Enter');
    await page.getByText('echo: Front of the knee').first().waitFor();

    // Our own controls show a clear focus ring (Web Chat draws its own).
    await page.locator('a.call-link').focus();
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');

    // 360 px: nothing scrolls sideways.
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);

    await screenshot(page, 'page-360px-keyboard');
    expect(w.cspViolations).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  it('has text contrast of at least 4.5:1', async () => {
    const w = await openChat(browser, server.url);
    await w.page.locator('#webchat').getByText('Welcome to the clinic chat.').first().waitFor();
    await w.page.getByRole('textbox', { name: 'Message input box' }).fill('contrast');
    await w.page.keyboard.press('Enter');
    await w.page.getByText('echo: contrast').first().waitFor();
    for (const selector of [
      '.clinic-name',
      '.tagline',
      '.call-link',
      '.notice p',
      'text=echo: contrast',
      'text=contrast >> nth=0',
      'button:has-text("Front of the knee")',
    ]) {
      expect(await contrastOf(w.page, selector), selector).toBeGreaterThanOrEqual(4.5);
    }
    await w.page.close();
  });

  it('the call link in a reply is a tel: link, and the header always offers one', async () => {
    const w = await openChat(browser, server.url);
    const { page } = w;
    await page.locator('#webchat').getByText('Welcome to the clinic chat.').first().waitFor();
    expect(await page.locator('header a.call-link').getAttribute('href')).toBe('tel:+12149720302');
    await page.getByRole('textbox', { name: 'Message input box' }).fill('phone');
    await page.keyboard.press('Enter');
    // Markdown rendered by markdown-it (the minimal Web Chat bundle has no renderer of its own).
    const call = page.locator('#webchat a[href="tel:+12149720302"]', { hasText: '(214) 972-0302' });
    await call.waitFor();
    await call.click();
    await expect.poll(() => w.clickedLinks).toEqual(['tel:+12149720302']);
    expect(page.url()).toBe(`${server.url}/`); // no blank window, no navigation away
    await page.close();
  });

  it('shows a plain-language error with the phone number when the chat cannot connect', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    // Separate context: the route must not leak into the shared one.
    await page.route('**/api/directline/token', (route) => route.fulfill({ status: 503, body: '{}' }));
    await page.goto(server.url);
    await page.getByRole('status').filter({ hasText: 'could not connect' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('(214) 972-0302');
    await context.close();
  });

  it('a reload continues the same conversation; a new tab starts a new one', async () => {
    const w = await openChat(browser, server.url);
    const { page } = w;
    await page.locator('#webchat').getByText('Welcome to the clinic chat.').first().waitFor();
    await page.getByRole('textbox', { name: 'Message input box' }).fill('remember me');
    await page.keyboard.press('Enter');
    await page.getByText('echo: remember me').first().waitFor();
    await page.reload({ waitUntil: 'commit' });
    await page.getByText('echo: remember me').first().waitFor(); // transcript replayed
    await page.getByRole('textbox', { name: 'Message input box' }).fill('and again');
    await page.keyboard.press('Enter');
    await page.getByText('echo: and again').first().waitFor();
    expect(await page.locator('#webchat').getByText('Welcome to the clinic chat.').count()).toBeGreaterThan(0);
    const fresh = await openChat(browser, server.url);
    await fresh.page.locator('#webchat').getByText('Welcome to the clinic chat.').first().waitFor();
    expect(await fresh.page.getByText('echo: remember me').count()).toBe(0);
    expect(w.cspViolations).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await page.close();
    await fresh.page.close();
  });

  it('refreshes its token before it expires, so a chat left open keeps working', async () => {
    const start = Date.now();
    const serverClock = fixedClock(new Date(start));
    const chat = await startEchoChat({ DIRECT_LINE_TOKEN_TTL_SECONDS: '60' }, [], serverClock);
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const refreshes: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/v3/directline/tokens/refresh')) refreshes.push(r.status());
    });
    await page.clock.install(); // the page's timers, fast-forwarded below
    await page.goto(chat.url, { waitUntil: 'commit' });
    await page.locator('#webchat').getByText('Welcome to the clinic chat.').first().waitFor();

    // A 60 s token is refreshed half-way.
    serverClock.set(new Date(start + 31_000));
    await page.clock.fastForward(31_000);
    await expect.poll(() => refreshes, { timeout: 30_000 }).toEqual([200]);

    // At 75 s the first token is dead; the refreshed one (issued at 31 s) still works.
    serverClock.set(new Date(start + 75_000));
    await page.getByRole('textbox', { name: 'Message input box' }).fill('still here');
    await page.keyboard.press('Enter');
    await page.getByText('echo: still here').first().waitFor();
    await context.close();
    await chat.close();
  });

  it('the site widget opens the chat in an iframe and closes with Escape', async () => {
    // A stand-in for the clinic's site: another origin (port), also on loopback, listed in
    // the bot's embed origins (frame-ancestors) — unlisted sites cannot frame the chat.
    let html = '';
    const site = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(html);
    });
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', () => r()));
    const siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
    const chat = await startEchoChat({}, [siteUrl]);
    html = `<!doctype html><html lang="en"><title>Clinic</title><h1>Clinic site</h1><script src="${chat.url}/embed.js" defer></script></html>`;
    const { page } = await openChat(browser, `${siteUrl}/`, { width: 360, height: 740 });
    await page.getByRole('button', { name: 'Chat about knee pain' }).click();
    // At 360 px the chat is a full-screen sheet and the launcher steps aside (not in the a11y tree).
    const launcher = page.locator('#clinic-chat-launcher');
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    const frame = page.frameLocator('#clinic-chat-frame');
    await frame.locator('#webchat').getByText('Welcome to the clinic chat.').first().waitFor();
    await screenshot(page, 'widget-open');
    await frame.getByRole('textbox', { name: 'Message input box' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clinic-chat-launcher');
    await page.close();
    site.closeAllConnections();
    await new Promise<void>((r) => site.close(() => r()));
    await chat.close();
  });
});
