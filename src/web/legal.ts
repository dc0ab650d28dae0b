// GET /privacy and GET /terms: plain pages (no scripts) that the Teams app manifest links to. In
// Spanish (public/*.es.html) for ?lang=es or a browser that prefers Spanish, as the chat page.
import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import { describeHours } from '../clinic/hours';
import { hoursWords } from '../clinic/hoursWords';
import type { AppConfig } from '../config';
import { fillTemplate } from '../knowledge/template';
import type { Knowledge, Language } from '../knowledge/types';
import { publicDir } from './assets';
import { pageLanguage } from './template';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function registerLegalPages(
  server: restify.Server,
  deps: { config: AppConfig; knowledge: Knowledge; spanish?: Knowledge },
): void {
  const values = (knowledge: Knowledge) =>
    Object.fromEntries(
      Object.entries({
        clinicName: knowledge.clinic.name,
        phoneDisplay: knowledge.clinic.phone.display,
        phoneE164: knowledge.clinic.phone.e164,
        hours: describeHours(knowledge.clinic, hoursWords(knowledge)),
        emergencyNumber: knowledge.clinic.emergencyNumber,
        retentionDays: String(deps.config.callbacks.retentionDays),
      }).map(([k, v]) => [k, escapeHtml(v)]),
    );
  const render = (file: string, knowledge: Knowledge) =>
    fillTemplate(fs.readFileSync(path.join(publicDir(), file), 'utf8'), values(knowledge));
  for (const name of ['privacy', 'terms'] as const) {
    const html: Record<Language, string> = {
      en: render(`${name}.html`, deps.knowledge),
      es: deps.spanish ? render(`${name}.es.html`, deps.spanish) : render(`${name}.html`, deps.knowledge),
    };
    server.get(`/${name}`, async (req: restify.Request, res: restify.Response) => {
      const asked = new URL(req.url ?? '/', 'http://page.invalid').searchParams.get('lang');
      const language = deps.spanish ? pageLanguage(asked, req.headers['accept-language'] as string | undefined) : 'en';
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Language': language,
        Vary: 'Accept-Language',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        'Cache-Control': 'public, max-age=3600',
      });
      res.end(html[language]);
    });
  }
}
