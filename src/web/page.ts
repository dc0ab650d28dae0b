// GET / (the clinic's chat page), GET /embed (the same page for the site widget's iframe),
// GET /embed/config (what the widget loader on the clinic's site needs to know before it opens),
// the widget loader /embed.js and the page's static files, with a strict CSP.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import type { AppConfig } from '../config';
import { fillTemplate } from '../knowledge/template';
import type { Knowledge, Language } from '../knowledge/types';
import { publicOrigin } from '../directline/http';
import { chooseEncoding, loadAssets, publicDir, type Asset } from './assets';
import { buildCsp } from './csp';
import { checkPageMessages, pageLanguage, renderPage, type PageMode } from './template';

export interface WebPageDeps {
  config: AppConfig;
  knowledge: Knowledge;
  /** The Spanish knowledge: a Spanish page (?lang=es, or a browser that prefers Spanish) is written from it. */
  spanish?: Knowledge;
  /**
   * Sites allowed to frame /embed (CSP frame-ancestors), e.g. ["https://www.clinic.example"].
   * Defaults to config.web.embedOrigins.
   */
  embedOrigins?: string[];
}

/** knowledge/messages/system.yaml: what the widget shows on a site that may not embed the chat. */
const EMBED_REFUSED_MESSAGE = 'web-embed-unavailable';

export function registerWebPage(server: restify.Server, deps: WebPageDeps): void {
  const template = fs.readFileSync(path.join(publicDir(), 'index.html'), 'utf8');
  const assets = loadAssets();
  const embedOrigins = deps.embedOrigins ?? deps.config.web.embedOrigins ?? [];
  const azureEndpoint = deps.config.directLine.secret ? deps.config.directLine.endpoint : undefined;
  const { clinic } = deps.knowledge;
  const refused = (knowledge: Knowledge): string => {
    const wording = knowledge.messages[EMBED_REFUSED_MESSAGE];
    if (!wording)
      throw new Error(`messages/system.yaml: ${EMBED_REFUSED_MESSAGE}: is missing (the web widget needs this wording)`);
    return fillTemplate(wording, { clinicName: clinic.name, phone: clinic.phone.display });
  };
  const refusedText: Record<Language, string> = {
    en: refused(deps.knowledge),
    es: refused(deps.spanish ?? deps.knowledge),
  };
  const byLanguage: Record<Language, Knowledge> = { en: deps.knowledge, es: deps.spanish ?? deps.knowledge };
  checkPageMessages(deps.knowledge, 'messages/system.yaml');
  if (deps.spanish) checkPageMessages(deps.spanish, 'es/messages/system.yaml');

  const page = (mode: PageMode) => async (req: restify.Request, res: restify.Response) => {
    const nonce = randomBytes(16).toString('base64');
    const csp = buildCsp({
      nonce,
      wsOrigin: publicOrigin(req).ws,
      azureEndpoint,
      // The full page is never framed; the widget page only by this server and the listed sites.
      frameAncestors: mode === 'embed' ? ["'self'", ...embedOrigins] : [],
    });
    const asked = new URL(req.url ?? '/', 'http://page.invalid').searchParams.get('lang');
    const language = deps.spanish ? pageLanguage(asked, req.headers['accept-language'] as string | undefined) : 'en';
    const html = renderPage(template, {
      knowledge: byLanguage[language],
      nonce,
      mode,
      assets: assets.urls,
      embedOrigins,
      language,
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store', // the nonce is per response
      'Content-Language': language,
      Vary: 'Accept-Language',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      ...(mode === 'page' ? { 'X-Frame-Options': 'DENY' } : {}),
    });
    res.end(html);
  };

  server.get('/', page('page'));
  server.get('/embed', page('embed'));

  // The loader asks before it builds a frame: a site not in WEB_CHAT_EMBED_ORIGINS would get
  // the browser's broken-frame icon (CSP frame-ancestors), so it shows the phone number instead.
  // Public facts only, readable from any origin (no credentials).
  server.get('/embed/config', async (req: restify.Request, res: restify.Response) => {
    const origin = String(req.headers.origin ?? '');
    // The loader passes the clinic site's own language (<html lang>, or data-lang).
    const asked = new URL(req.url ?? '/', 'http://page.invalid').searchParams.get('lang');
    const language = deps.spanish ? pageLanguage(asked, req.headers['accept-language'] as string | undefined) : 'en';
    const allowed =
      origin !== '' && (origin === publicOrigin(req).http || embedOrigins.some((o) => originMatches(o, origin)));
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-cache',
      Vary: 'Origin, Accept-Language',
    });
    res.end(
      JSON.stringify({
        allowed,
        clinicName: clinic.name,
        phoneDisplay: clinic.phone.display,
        phoneTel: `tel:${clinic.phone.e164.replace(/[^\d+]/g, '')}`,
        unavailableText: refusedText[language],
      }),
    );
  });

  for (const [urlPath, asset] of assets.byPath)
    server.get(urlPath, async (req: restify.Request, res: restify.Response) => sendAsset(req, res, asset));
}

/** "https://*.clinic.example" matches "https://www.clinic.example"; otherwise exact. */
export function originMatches(pattern: string, origin: string): boolean {
  if (pattern === origin) return true;
  const m = /^(https?:\/\/)\*\.(.+)$/.exec(pattern);
  return Boolean(
    m && origin.startsWith(m[1]!) && origin.endsWith(`.${m[2]}`) && !origin.slice(m[1]!.length).includes('/'),
  );
}

function sendAsset(req: restify.Request, res: restify.Response, asset: Asset): void {
  const headers: Record<string, string> = {
    'Content-Type': asset.type,
    'Cache-Control': asset.cacheControl,
    ETag: asset.etag,
    Vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const { body, encoding } = chooseEncoding(req.headers['accept-encoding'] as string | undefined, asset);
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(body);
}
