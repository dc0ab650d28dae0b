import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { buildCsp, EMPTY_STYLE_HASH, parseOrigins } from '../../src/web/csp';
import { escapeHtml, fill, pageLanguage } from '../../src/web/template';
import { originMatches, registerWebPage } from '../../src/web/page';
import { webChatPackageDir } from '../../src/web/assets';
import { clinicOnlyKnowledge } from './knowledgeFixture';
import { CLINIC_PHONE, CLINIC_TEL } from '../helpers/clinic';

describe('content security policy', () => {
  it('allows only our scripts, nonce styles, and this server for connections', () => {
    const csp = buildCsp({ nonce: 'abc', wsOrigin: 'ws://localhost:3978', frameAncestors: [] });
    expect(csp).toBe(
      [
        "default-src 'none'",
        "script-src 'self'",
        `style-src 'self' 'nonce-abc' ${EMPTY_STYLE_HASH}`,
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self' ws://localhost:3978",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    expect(csp).not.toMatch(/unsafe/);
  });

  it('adds the Azure Direct Line origin (https and wss) only when configured', () => {
    const csp = buildCsp({
      nonce: 'n',
      wsOrigin: 'wss://bot.example',
      azureEndpoint: 'https://europe.directline.botframework.com/v3/directline',
      frameAncestors: ["'self'", 'https://www.clinic.example'],
    });
    expect(csp).toContain(
      "connect-src 'self' wss://bot.example https://europe.directline.botframework.com wss://europe.directline.botframework.com;",
    );
    expect(csp).toContain("frame-ancestors 'self' https://www.clinic.example");
  });

  it('matches a site against the embed origins, wildcards only for subdomains', () => {
    expect(originMatches('https://www.clinic.example', 'https://www.clinic.example')).toBe(true);
    expect(originMatches('https://*.clinic.example', 'https://shop.clinic.example')).toBe(true);
    expect(originMatches('https://*.clinic.example', 'https://clinic.example.evil.example')).toBe(false);
    expect(originMatches('https://*.clinic.example', 'http://shop.clinic.example')).toBe(false);
    expect(originMatches('https://www.clinic.example', 'https://www.clinic.example:8443')).toBe(false);
  });

  it('parses embed origins and drops anything that is not an origin', () => {
    expect(parseOrigins('https://www.clinic.example/, https://*.clinic.example  javascript:alert(1) *; x')).toEqual([
      'https://www.clinic.example',
      'https://*.clinic.example',
    ]);
  });
});

describe('page template', () => {
  it('escapes values and refuses unknown placeholders', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(fill('<p>{{name}}</p>', { name: '<b>Clinic</b>' })).toBe('<p>&lt;b&gt;Clinic&lt;/b&gt;</p>');
    expect(() => fill('{{missing}}', {})).toThrow('{{missing}}');
  });

  it('finds the installed Web Chat bundle without a CDN', () => {
    expect(webChatPackageDir()).toMatch(/node_modules[\\/]botframework-webchat$/);
  });
});

describe('GET / and static files', () => {
  let server: restify.Server;
  let url: string;
  beforeAll(async () => {
    const config = loadConfig({ STORAGE: 'memory' });
    server = restify.createServer();
    registerWebPage(server, { config, knowledge: clinicOnlyKnowledge(), embedOrigins: ['https://www.clinic.example'] });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${server.address().port}`;
  });
  afterAll(async () => {
    server.server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('serves the clinic page with a per-response nonce matching its CSP', async () => {
    const a = await fetch(`${url}/`);
    const b = await fetch(`${url}/`);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(a.headers.get('x-frame-options')).toBe('DENY');
    expect(a.headers.get('cache-control')).toBe('no-store');
    const csp = a.headers.get('content-security-policy')!;
    const html = await a.text();
    const nonce = /<meta name="webchat-nonce" content="([^"]+)">/.exec(html)![1];
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(b.headers.get('content-security-policy')).not.toContain(`'nonce-${nonce}'`);
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${new URL(url).port};`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`href="${CLINIC_TEL}"`);
    expect(html).toContain(CLINIC_PHONE);
    expect(html).toContain('<main');
    // Immutable, versioned URLs: the minimal Web Chat bundle, markdown-it and our own files.
    expect(html).toMatch(/src="\/static\/webchat\.[\w-]{16}\.js" defer id="webchat-bundle"/);
    expect(html).toMatch(/src="\/static\/markdown-it\.[\w-]{16}\.js"/);
    expect(html).toMatch(/src="\/static\/chat\.[\w-]{16}\.js"/);
    expect(html.indexOf('/static/chat.')).toBeLessThan(html.indexOf('/static/webchat.')); // starts the chat while the bundle loads
    // No CDN or third-party URL (the meta naming the sites that may frame the widget aside).
    expect(html.replace(/<meta name="embed-origins"[^>]*>/, '')).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script
    expect(html).not.toMatch(/\{\{\w+\}\}/);
  });

  it('lets only this server and the configured site frame /embed', async () => {
    const res = await fetch(`${url}/embed`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://www.clinic.example");
    expect(await res.text()).toContain('class="mode-embed"');
  });

  it('serves the minimal Web Chat from the installed package, Brotli or gzip, immutable, with an ETag', async () => {
    const html = await (await fetch(`${url}/`)).text();
    const bundle = /src="(\/static\/webchat\.[\w-]+\.js)"/.exec(html)![1]!;
    // Without a build, compression runs in the background at start; give it a moment.
    let res = await fetch(`${url}${bundle}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    for (let i = 0; i < 100 && res.headers.get('content-encoding') !== 'br'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      res = await fetch(`${url}${bundle}`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    }
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    const body = await res.text(); // fetch decompresses
    expect(body).toContain('renderWebChat');
    expect(body.includes('variant:"minimal"')).toBe(true); // the minimal bundle
    expect(Number(res.headers.get('content-length'))).toBeLessThan(body.length / 4);
    const gz = await fetch(`${url}${bundle}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    await gz.arrayBuffer();
    const etag = res.headers.get('etag')!;
    const again = await fetch(`${url}${bundle}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('tells the widget loader whether its site may show the chat, with the phone number either way', async () => {
    const allowed = await (
      await fetch(`${url}/embed/config`, { headers: { Origin: 'https://www.clinic.example' } })
    ).json();
    expect(allowed).toMatchObject({ allowed: true, phoneDisplay: CLINIC_PHONE, phoneTel: CLINIC_TEL });
    const refused = await fetch(`${url}/embed/config`, { headers: { Origin: 'https://elsewhere.example' } });
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await refused.json()) as { allowed: boolean; unavailableText: string };
    expect(body.allowed).toBe(false);
    expect(body.unavailableText).toContain(CLINIC_PHONE);
  });

  it('serves the widget loader and nothing outside the fixed list', async () => {
    const embed = await fetch(`${url}/embed.js`);
    expect(embed.status).toBe(200);
    expect(await embed.text()).toContain("'/embed'");
    expect((await fetch(`${url}/static/../package.json`)).status).toBe(404);
    expect((await fetch(`${url}/static/index.html`)).status).toBe(404);
  });
});

describe('the page language', () => {
  it('?lang wins; else the first of the browser languages the clinic speaks; else English', () => {
    expect(pageLanguage('es', 'en-US,en;q=0.9')).toBe('es');
    expect(pageLanguage('en', 'es-MX,es;q=0.9')).toBe('en');
    expect(pageLanguage(null, 'es-US,es;q=0.9,en;q=0.8')).toBe('es');
    expect(pageLanguage(null, 'fr-FR,es;q=0.8,en;q=0.5')).toBe('es');
    expect(pageLanguage('de', 'en-US')).toBe('en');
    expect(pageLanguage(undefined, undefined)).toBe('en');
  });
});
