// Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core,
// with every CSP violation and page error collected so a test can insist there are none.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';

// Functions passed to page.evaluate / addInitScript run in the browser; the project compiles
// without the DOM lib (server code must not see browser globals), so declare what they use here.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare function getComputedStyle(element: any): any;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT_DIR = path.join(projectRoot(), 'test-output');

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** "directive blocked-uri" for each CSP violation. */
  cspViolations: string[];
  pageErrors: string[];
  /** URLs requested outside the server under test (there must be none: no CDN). */
  foreignRequests: string[];
  /** hrefs of links clicked (tel: links are recorded and not followed). */
  clickedLinks: string[];
  /** Bot messages as they arrived over the Direct Line WebSocket: a test can wait for the next reply. */
  botMessages: Array<{ text?: string; suggested: string[] }>;
}

// One context per browser: its HTTP and V8 code cache spare every later page the parse of
// the 3.9 MB Web Chat bundle (seconds on a busy CI box). The page keeps no cookies or storage.
const contexts = new WeakMap<Browser, Promise<BrowserContext>>();

export async function openChat(
  browser: Browser,
  url: string,
  viewport = { width: 1024, height: 768 },
): Promise<WatchedPage> {
  if (!contexts.has(browser)) contexts.set(browser, browser.newContext());
  const context = await contexts.get(browser)!;
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const watched: WatchedPage = {
    page,
    cspViolations: [],
    pageErrors: [],
    foreignRequests: [],
    clickedLinks: [],
    botMessages: [],
  };
  page.on('websocket', (ws) => {
    ws.on('framereceived', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('utf8');
      if (!text) return;
      const group = JSON.parse(text) as {
        activities?: Array<{
          type: string;
          text?: string;
          from?: { role?: string };
          suggestedActions?: { actions?: Array<{ title?: string }> };
        }>;
      };
      for (const a of group.activities ?? []) {
        if (a.type === 'message' && a.from?.role === 'bot') {
          watched.botMessages.push({
            text: a.text,
            suggested: (a.suggestedActions?.actions ?? []).map((x) => x.title ?? ''),
          });
        }
      }
    });
  });
  const origin = new URL(url).origin;
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) watched.foreignRequests.push(u);
  });
  page.on('pageerror', (e) => watched.pageErrors.push(e.message));
  await page.exposeFunction('__recordCsp', (v: string) => watched.cspViolations.push(v));
  await page.exposeFunction('__recordLink', (href: string) => watched.clickedLinks.push(href));
  await page.addInitScript(() => {
    const w = window as { __recordCsp(v: string): void; __recordLink(h: string): void };
    document.addEventListener('securitypolicyviolation', (e: any) =>
      w.__recordCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
    // tel: would hand off to a phone app; record the click and stay on the page.
    document.addEventListener(
      'click',
      (e: any) => {
        const a = e.target?.closest?.('a');
        if (a && a.href.startsWith('tel:')) {
          e.preventDefault();
          w.__recordLink(a.href);
        }
      },
      true,
    );
  });
  // A shared 2-core CI box can take many seconds to parse Web Chat: be patient, not flaky.
  page.setDefaultTimeout(60_000);
  await page.goto(url, { waitUntil: 'commit' });
  return watched;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** WCAG contrast ratio of an element's text against its nearest opaque background. */
export async function contrastOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el: any) => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const fg = parse(getComputedStyle(el).color);
      let node: any = el;
      let bg = [255, 255, 255];
      while (node) {
        const c = parse(getComputedStyle(node).backgroundColor);
        if (c.length >= 3 && (c.length < 4 || c[3]! > 0.5)) {
          bg = c;
          break;
        }
        node = node.parentElement;
      }
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    });
}
