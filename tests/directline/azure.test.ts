// DIRECT_LINE_SECRET mode: the token endpoint exchanges the secret with (a fake) Azure Direct Line
// on loopback, and nothing served to a browser ever contains the secret.
import http from 'node:http';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { systemClock } from '../../src/clock';
import { silentLogger } from '../../src/logging';
import { registerDirectLine } from '../../src/directline';
import { registerWebPage } from '../../src/web/page';
import { clinicOnlyKnowledge } from './knowledgeFixture';
import { BotAdapter } from '../../src/adapter';
import { echoLogic } from './harness';

const SECRET = 'fake-azure-secret-3f9c1b7e5d2a4c6e8f0a1b2c3d4e5f60';

describe('token endpoint with DIRECT_LINE_SECRET (Azure Direct Line)', () => {
  let azure: http.Server;
  let azureUrl: string;
  let azureStatus = 200;
  const seen: Array<{ auth?: string; body: string; url?: string }> = [];
  let server: restify.Server;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    azure = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body, url: req.url });
        res.writeHead(azureStatus, { 'Content-Type': 'application/json' });
        res.end(
          azureStatus === 200
            ? JSON.stringify({ conversationId: 'AzConv-1', token: 'azure-issued-token', expires_in: 3600 })
            : JSON.stringify({ error: { code: 'BadArgument', message: `echo ${req.headers.authorization}` } }),
        );
      });
    });
    await new Promise<void>((r) => azure.listen(0, '127.0.0.1', () => r()));
    azureUrl = `http://127.0.0.1:${(azure.address() as { port: number }).port}/v3/directline`;

    const config = loadConfig({ STORAGE: 'memory', DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: azureUrl });
    server = restify.createServer();
    server.use(restify.plugins.queryParser({ mapParams: false }));
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    const dl = registerDirectLine(server, {
      adapter: new BotAdapter(config),
      logic: echoLogic,
      config,
      logger: silentLogger,
      clock: systemClock,
      knowledge: clinicOnlyKnowledge(),
    });
    registerWebPage(server, { config, knowledge: clinicOnlyKnowledge() });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${server.address().port}`;
    close = async () => {
      await dl.close();
      server.server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await new Promise<void>((r) => azure.close(() => r()));
    };
  });
  afterAll(async () => close());

  it("exchanges the secret server-side and hands the page only Azure's token", async () => {
    const res = await fetch(`${url}/api/directline/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(SECRET);
    const body = JSON.parse(text);
    expect(body).toMatchObject({
      token: 'azure-issued-token',
      conversationId: 'AzConv-1',
      expires_in: 3600,
      domain: azureUrl,
    });
    expect(body.userId).toMatch(/^dl_/);
    const call = seen.at(-1)!;
    expect(call.url).toBe('/v3/directline/tokens/generate');
    expect(call.auth).toBe(`Bearer ${SECRET}`);
    expect(JSON.parse(call.body)).toEqual({ user: { id: body.userId } });
  });

  it('answers 502 without the secret when Azure refuses (even if Azure echoes it)', async () => {
    azureStatus = 403;
    try {
      const res = await fetch(`${url}/api/directline/token`, { method: 'POST' });
      expect(res.status).toBe(502);
      const text = await res.text();
      expect(text).not.toContain(SECRET);
      expect(JSON.parse(text).error.message).toMatch(/call the clinic/i);
    } finally {
      azureStatus = 200;
    }
  });

  it('serves no page, script or style that contains the secret; the CSP allows Azure only for connect', async () => {
    const html = await (await fetch(`${url}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const path of ['/', '/embed', '/embed/config', '/embed.js', ...assets]) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(text, path).not.toContain(SECRET);
      for (const [, v] of res.headers) expect(v, path).not.toContain(SECRET);
    }
    const csp = (await fetch(`${url}/`)).headers.get('content-security-policy')!;
    const azureOrigin = new URL(azureUrl).origin;
    expect(csp).toMatch(
      new RegExp(
        `connect-src 'self' ws://127\\.0\\.0\\.1:\\d+ ${azureOrigin.replace(/[.]/g, '\\.')} wss://127\\.0\\.0\\.1:\\d+;`,
      ),
    );
    expect(csp).toContain("script-src 'self';");
  });
});
