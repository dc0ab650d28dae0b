// GET / (the clinic's chat page), GET /embed (the same page for the site widget's iframe),
// the widget loader /embed.js and the page's static files, with a strict CSP.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import type { AppConfig } from '../config';
import type { Knowledge } from '../knowledge/types';
import { publicOrigin } from '../directline/http';
import { loadAssets, publicDir, type Asset } from './assets';
import { buildCsp } from './csp';
import { renderPage, type PageMode } from './template';

export interface WebPageDeps {
  config: AppConfig;
  knowledge: Knowledge;
  /**
   * Sites allowed to frame /embed (CSP frame-ancestors), e.g. ["https://www.clinic.example"].
   * Defaults to config.web.embedOrigins when the config has it, else this server only.
   */
  embedOrigins?: string[];
}

type WithWeb = AppConfig & { web?: { embedOrigins?: string[] } };

export function registerWebPage(server: restify.Server, deps: WebPageDeps): void {
  const template = fs.readFileSync(path.join(publicDir(), 'index.html'), 'utf8');
  const assets = loadAssets();
  const embedOrigins = deps.embedOrigins ?? (deps.config as WithWeb).web?.embedOrigins ?? [];
  const azureEndpoint = deps.config.directLine.secret ? deps.config.directLine.endpoint : undefined;

  const page = (mode: PageMode) => async (req: restify.Request, res: restify.Response) => {
    const nonce = randomBytes(16).toString('base64');
    const csp = buildCsp({
      nonce,
      wsOrigin: publicOrigin(req).ws,
      azureEndpoint,
      // The full page is never framed; the widget page only by this server and the listed sites.
      frameAncestors: mode === 'embed' ? ["'self'", ...embedOrigins] : [],
    });
    const html = renderPage(template, { knowledge: deps.knowledge, nonce, mode });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'Cache-Control': 'no-store', // the nonce is per response
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
      'Cross-Origin-Opener-Policy': 'same-origin',
      ...(mode === 'page' ? { 'X-Frame-Options': 'DENY' } : {}),
    });
    res.end(html);
  };

  server.get('/', page('page'));
  server.get('/embed', page('embed'));
  for (const [urlPath, asset] of assets) server.get(urlPath, async (req: restify.Request, res: restify.Response) => sendAsset(req, res, asset));
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
  const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzipOk && asset.gzip ? asset.gzip : asset.body;
  if (body === asset.gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(body);
}
