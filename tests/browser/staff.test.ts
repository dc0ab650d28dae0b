// The receptionists' console /staff in real Chromium against the real app: a patient asks for a
// callback through the chat (the built-in Direct Line API, as the web chat page does), then a
// receptionist signs in, sees it, finds it by the reference the patient was given, marks it as
// called and signs out; a wrong token sees nothing; axe-core finds no violations signed in or out;
// the page keeps itself current; no CSP violation on the way. Also saves the guide's screenshot.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDetails } from '../callbacks/callbackStoreContract';
import { dl, getToken, json } from '../directline/harness';
import { startTestBot, type TestBot } from '../helpers/server';
import { launchChromium, OUTPUT_DIR } from './chromium';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;

const TOKEN = 'front-desk-token-0123456789abcdef';
const AXE = require.resolve('axe-core/axe.min.js');

/** A callback request made the way a website visitor makes one; returns the reference they are given. */
async function requestCallbackThroughChat(url: string, name: string, phone: string): Promise<string> {
  const t = await getToken(url);
  const client = dl(t.domain, t.token);
  const conversation = await json(await client.start());
  const id = conversation.conversationId as string;
  let seen = 0;
  const say = async (text: string, expected: RegExp): Promise<string> => {
    const res = await client.post(id, { type: 'message', from: { id: t.userId }, text });
    expect(res.status).toBe(200);
    const until = Date.now() + 30_000;
    for (;;) {
      const body = await json(await client.activities(id));
      const replies = (body.activities as any[]).slice(seen).filter((a) => a.from?.id !== t.userId);
      const all = JSON.stringify(replies);
      if (expected.test(all)) {
        seen = body.activities.length;
        return all;
      }
      if (Date.now() > until) throw new Error(`after "${text}" expected ${expected}; got ${all.slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await say('call me back', /What name should we ask for/);
  await say(name, /What number should we call/);
  await say(phone, /When would suit you best/);
  await say('any time', /what would you like to talk about/);
  await say('skip', /May the clinic call you/);
  await say('yes', /Here's your request/);
  const done = await say('Send it', /Your reference is/);
  return /Your reference is \*\*([A-Z0-9]{8})\*\*/.exec(done)![1]!;
}

interface Watched {
  page: Page;
  cspViolations: string[];
  pageErrors: string[];
}

async function openPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const w: Watched = { page, cspViolations: [], pageErrors: [] };
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  await page.exposeFunction('__recordCsp', (v: string) => w.cspViolations.push(v));
  await page.addInitScript(() => {
    window.document.addEventListener('securitypolicyviolation', (e: any) =>
      window.__recordCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // axe-core is injected as an init script (DevTools, not the page): the page's CSP stays intact.
  await page.addInitScript({ path: AXE });
  page.setDefaultTimeout(30_000);
  return w;
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await page.evaluate(() =>
    window.axe.run(window.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  // It really ran: a page this size passes dozens of checks.
  expect((result.passes as any[]).length).toBeGreaterThan(10);
  return (result.violations as any[]).map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`,
  );
}

describe('the front desk works the callback queue in Chromium', () => {
  let bot: TestBot;
  let browser: Browser;
  let context: BrowserContext;
  let w: Watched;
  let reference: string;

  beforeAll(async () => {
    bot = await startTestBot({ STAFF_API_TOKEN: TOKEN });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    w = await openPage(context);
    reference = await requestCallbackThroughChat(bot.url, 'Jordan Rivers', '(214) 555-0143');
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  it('signed out: a sign-in form and nothing personal; no accessibility violations', async () => {
    const { page } = w;
    await page.goto(`${bot.url}/staff`);
    await page.getByLabel('Staff token').waitFor();
    expect(await page.getByLabel('Staff token').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    expect(await page.content()).not.toContain('Jordan');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a wrong token shows an error and still nothing personal', async () => {
    const { page } = w;
    await page.getByLabel('Staff token').fill('this-is-not-the-right-token-at-all');
    await page.getByLabel('Your initials').fill('JD');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'That staff token is not right' }).waitFor();
    expect(page.url()).toBe(`${bot.url}/staff/sign-in`);
    const html = await page.content();
    expect(html).not.toMatch(/Jordan|555\D?01\d\d|this-is-not-the-right-token/);
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('signs in (the token never in a URL) and sees the request made through the chat', async () => {
    const { page } = w;
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.getByLabel('Staff token').fill(TOKEN);
    await page.getByLabel('Your initials').fill('jd');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as JD').waitFor();
    const row = page.getByRole('row', { name: /Jordan Rivers/ });
    await row.waitFor();
    expect(await row.getByRole('link', { name: '(214) 555-0143' }).getAttribute('href')).toBe('tel:+12145550143');
    expect(await row.textContent()).toContain(reference);
    expect(await page.title()).toMatch(/^\(1\) Callback requests/);
    expect(urls.some((u) => u.includes(TOKEN))).toBe(false);
    const cookies = await context.cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite, path: c.path }))).toEqual([
      { name: 'staff_session', httpOnly: true, sameSite: 'Strict', path: '/staff' },
    ]);
  });

  it('shows urgent requests first, with language and the time asked for; no accessibility violations signed in', async () => {
    const { page } = w;
    const store = bot.app.stores.callbackStore;
    // What the conversation records when a warning sign came up and the patient wrote in Spanish.
    await store.create(
      sampleDetails({
        name: 'Ana Lopez',
        phone: '+12145550199',
        reason: 'rodilla hinchada y caliente',
        urgent: true,
        language: 'es',
        preferredAt: new Date(Math.ceil(Date.now() / 3600_000) * 3600_000 + 2 * 3600_000).toISOString(),
        preferredTimeText: 'después de las 5',
      }),
      new Date(Date.now() - 20 * 60_000),
    );
    const called = await store.create(
      sampleDetails({ name: 'Sam Lee', phone: '+12145550101', reason: 'knee pain on stairs' }),
      new Date(Date.now() - 3 * 3600_000),
    );
    await store.handle(called.id, 'unreachable', 'AB', new Date(Date.now() - 2 * 3600_000));
    await page.reload();
    const names = await page.locator('tbody th .name').allTextContents();
    expect(names).toEqual(['Ana Lopez', 'Jordan Rivers', 'Sam Lee']);
    const urgentRow = page.getByRole('row', { name: /Ana Lopez/ });
    expect(await urgentRow.textContent()).toMatch(/Urgent.*prefers Spanish/s);
    expect(await urgentRow.textContent()).toContain('They said: “después de las 5”');
    expect(await page.getByRole('row', { name: /Sam Lee/ }).textContent()).toMatch(
      /Couldn't reach.*\(1 try\).*Couldn't reach: AB/s,
    );
    expect(await page.title()).toMatch(/^\(3\) Callback requests/);
    expect(await axeViolations(page)).toEqual([]);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 620 });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'staff-console.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('finds the request by the reference the patient quotes and marks it as called', async () => {
    const { page } = w;
    await page.getByLabel('Search by reference or phone').fill(reference);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Show all' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    const row = page.getByRole('row', { name: /Jordan Rivers/ });
    await row.getByRole('button', { name: 'Mark as called' }).click();
    await page.getByText(`Saved: ${reference} is now “Called”.`).waitFor();
    const after = page.getByRole('row', { name: /Jordan Rivers/ });
    expect(await after.textContent()).toMatch(/Called.*Called: JD/s);
    // Once called, only Done is left.
    expect(await after.getByRole('button').allTextContents()).toEqual(['Done']);
    const [stored] = (await bot.app.stores.callbackStore.page({ q: reference })).items;
    expect(stored).toMatchObject({ status: 'called', history: [{ status: 'called', by: 'JD' }] });
  });

  it('keeps itself current: a new request appears in the title without a reload', async () => {
    const { page } = w;
    await page.getByRole('link', { name: 'Show all' }).click();
    expect(await page.title()).toMatch(/^\(2\) Callback requests/);
    await requestCallbackThroughChat(bot.url, 'Chris Park', '214 555 0177');
    await expect.poll(() => page.title(), { timeout: 40_000, interval: 500 }).toMatch(/^\(3\) Callback requests/);
    await page.getByRole('row', { name: /Chris Park/ }).waitFor();
    expect(await page.locator('#open-count').textContent()).toBe('3 to call');
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole('row', { name: /Chris Park/ }).waitFor();
    const widths = await page.evaluate(() => ({
      scroll: window.document.documentElement.scrollWidth,
      client: window.document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('signs out: the queue is gone and the old cookie no longer opens it', async () => {
    const { page } = w;
    const before = await context.cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
    expect(await context.cookies()).toEqual([]);
    expect(await page.content()).not.toContain('Jordan');
    // Replaying the cookie from before signing out shows the sign-in form, not the queue.
    await context.addCookies(before);
    await page.goto(`${bot.url}/staff`);
    await page.getByLabel('Staff token').waitFor();
    expect(await page.content()).not.toContain('Jordan');
    expect(w.cspViolations).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });
});
