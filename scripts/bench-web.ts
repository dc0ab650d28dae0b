// npm run bench:web — how soon a visitor on a phone reads the bot's first message, beside how
// long the stock Web Chat bundle takes merely to load, measured side by side in one run.
//   A: the clinic page on the real app (compiled, built assets): time from navigation to the
//      first bot message visible on screen (the plain-text welcome or Web Chat's own bubble),
//      and to Web Chat showing it (the chat is then usable).
//   B: a page that only loads the stock botframework-webchat dist/webchat.js, served gzip-ed the
//      same way (this machine, same HTTP stack): time until window.WebChat exists.
// Each on a fresh browser context (empty cache), median of 3, on a throttled phone profile
// (1.6 Mbps down, 750 kbps up, 150 ms latency, 4x CPU) and unthrottled. Target: A ≤ 0.6 × B.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/logging';
import { webChatPackageDir } from '../src/web/assets';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;

const RUNS = 3;
const TARGET = 0.6;

interface Profile {
  name: string;
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpu?: number;
}

const PROFILES: Profile[] = [
  {
    name: 'phone (1.6 Mbps / 750 kbps / 150 ms, 4x CPU)',
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpu: 4,
  },
  { name: 'unthrottled' },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The stock bundle, gzip level 6 (what the server did before), on its own page. */
async function startStockServer(): Promise<{ url: string; close(): Promise<void>; gzipBytes: number }> {
  const body = fs.readFileSync(path.join(webChatPackageDir(), 'dist', 'webchat.js'));
  const gz = zlib.gzipSync(body, { level: 6 });
  const page =
    '<!doctype html><html><head><meta charset="utf-8"><script src="/webchat.js" defer></script></head><body></body></html>';
  const server = http.createServer((req, res) => {
    if (req.url === '/webchat.js') {
      const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'Content-Type': 'application/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=86400',
        ...(gzipOk ? { 'Content-Encoding': 'gzip' } : {}),
        Vary: 'Accept-Encoding',
      });
      res.end(gzipOk ? gz : body);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    gzipBytes: gz.length,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

async function measure(
  browser: Browser,
  profile: Profile,
  url: string,
  kind: 'clinic' | 'stock',
): Promise<{ first: number; ready: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  let first: number;
  let ready: number;
  if (kind === 'stock') {
    await page.waitForFunction(() => Boolean(window.WebChat && window.WebChat.renderWebChat), undefined, {
      timeout: 120_000,
      polling: 50,
    });
    first = ready = Date.now() - started;
  } else {
    // The first bot words a person can read: the early welcome, or Web Chat's bubble.
    await page.waitForFunction(
      () => {
        const w = document.getElementById('chat-welcome');
        return (
          (w && !w.hidden && w.textContent.trim().length > 0) ||
          document.querySelector(
            '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__text-content, .webchat__bubble:not(.webchat__bubble--from-user) p',
          )
        );
      },
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    first = Date.now() - started;
    await page.waitForSelector('.webchat__bubble:not(.webchat__bubble--from-user)', { timeout: 120_000 });
    ready = Date.now() - started;
  }
  await context.close();
  return { first, ready, bytes };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-web-'));
  const config = loadConfig({
    ...process.env,
    STORAGE: 'sqlite',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_ADDRESS: '100000',
  });
  const app = await createApp(config, { logger: silentLogger, outbox: false });
  const appUrl = await app.listen(0, '127.0.0.1');
  const stock = await startStockServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const kb = (b: number) => `${Math.round(b / 1024)} KB`;
  let met = true;
  try {
    // Let the server finish any background compression (none after a build) before measuring.
    await new Promise((r) => setTimeout(r, 1500));
    console.log(`stock Web Chat bundle: ${kb(stock.gzipBytes)} gzip`);
    for (const profile of PROFILES) {
      const clinic: Array<{ first: number; ready: number; bytes: number }> = [];
      const base: Array<{ first: number; ready: number; bytes: number }> = [];
      // Interleaved, so a noisy moment on the machine hits both sides alike.
      for (let i = 0; i < RUNS; i++) {
        base.push(await measure(browser, profile, stock.url, 'stock'));
        clinic.push(await measure(browser, profile, `${appUrl}/`, 'clinic'));
      }
      const b = median(base.map((x) => x.ready));
      const f = median(clinic.map((x) => x.first));
      const r = median(clinic.map((x) => x.ready));
      const ratio = f / b;
      console.log(`\n${profile.name}, median of ${RUNS}:`);
      console.log(
        `  stock Web Chat bundle loaded:       ${s(b)}  (${kb(median(base.map((x) => x.bytes)))} transferred)  [${base.map((x) => s(x.ready)).join(', ')}]`,
      );
      console.log(`  clinic page, first bot message:     ${s(f)}  [${clinic.map((x) => s(x.first)).join(', ')}]`);
      console.log(
        `  clinic page, Web Chat showing it:   ${s(r)}  (${kb(median(clinic.map((x) => x.bytes)))} transferred)  [${clinic.map((x) => s(x.ready)).join(', ')}]`,
      );
      const ok = ratio <= TARGET;
      if (profile.network) met &&= ok;
      console.log(
        `  ratio first message / stock load:   ${ratio.toFixed(2)}  (Web Chat ready: ${(r / b).toFixed(2)})  target ≤ ${TARGET}: ${ok ? 'met' : 'NOT met'}`,
      );
    }
  } finally {
    await browser.close();
    await stock.close();
    await app.close(1_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\nphone target (first bot message ≤ ${TARGET} × stock bundle load): ${met ? 'met' : 'NOT met'}`);
  process.exitCode = met ? 0 : 1;
}

void main();
