// GET /privacy and GET /terms: plain pages (no scripts) that the Teams app manifest links to.
import fs from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import { describeHours } from '../clinic/hours';
import { hoursWords } from '../clinic/hoursWords';
import type { AppConfig } from '../config';
import { fillTemplate } from '../knowledge/template';
import type { Knowledge } from '../knowledge/types';
import { publicDir } from './assets';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function registerLegalPages(server: restify.Server, deps: { config: AppConfig; knowledge: Knowledge }): void {
  const { clinic } = deps.knowledge;
  const values = Object.fromEntries(
    Object.entries({
      clinicName: clinic.name,
      phoneDisplay: clinic.phone.display,
      phoneE164: clinic.phone.e164,
      hours: describeHours(clinic, hoursWords(deps.knowledge)),
      emergencyNumber: clinic.emergencyNumber,
      retentionDays: String(deps.config.callbacks.retentionDays),
    }).map(([k, v]) => [k, escapeHtml(v)]),
  );
  for (const name of ['privacy', 'terms'] as const) {
    const html = fillTemplate(fs.readFileSync(path.join(publicDir(), `${name}.html`), 'utf8'), values);
    server.get(`/${name}`, async (_req: restify.Request, res: restify.Response) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        'Cache-Control': 'public, max-age=3600',
      });
      res.end(html);
    });
  }
}
