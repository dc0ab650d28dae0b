// The receptionists' page: GET /staff (sign-in form or the queue), POST /staff/sign-in,
// POST /staff/sign-out, POST /staff/callbacks/:id (Mark as called / Couldn't reach / Done).
// Enabled only when STAFF_API_TOKEN is set (otherwise 404, like the staff API).
//
// Security: the token is only ever posted in a form body (never in a URL) and compared in
// constant time; sign-in attempts are rate limited per client address and overall; the session is
// a signed HttpOnly, SameSite=Strict cookie for /staff (Secure over https) with an idle timeout;
// every POST must come from this page (Origin check, on top of SameSite=Strict); the CSP allows
// only our own script (by nonce) and stylesheet; patient text is escaped, never markup.
import { STAFF_SEARCH_MAX_CHARS } from '../limits';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type restify from 'restify';
import { CursorError, normaliseInitials, referenceOf, HANDLING_ACTIONS } from '../callbacks/handling';
import { bearerMatches, UUID } from '../callbacks/staffApi';
import type { CallbackQuery, CallbackSort, CallbackStore, HandlingAction } from '../callbacks/types';
import { CALLBACK_STATUSES } from '../callbacks/types';
import type { Clock } from '../clock';
import type { AppConfig } from '../config';
import { clientAddress, publicOrigin } from '../directline/http';
import { createRateLimiter } from '../http/rateLimit';
import type { Knowledge } from '../knowledge/types';
import type { Logger } from '../logging';
import { loadAsset, publicDir, type Asset } from '../web/assets';
import { assertStaffMessages, renderQueue, renderSignIn, staffText, type StaffMessageKey } from './render';
import { clearedSessionCookie, IDLE_TIMEOUT_MS, SessionKeeper, sessionCookie, type StaffSession } from './session';

export interface StaffPageDeps {
  store: CallbackStore;
  config: AppConfig;
  knowledge: Knowledge;
  clock: Clock;
  logger: Logger;
}

/** Sign-in attempts per client address, and failures overall, per window. */
const SIGNIN_WINDOW_MS = 15 * 60_000;
const SIGNIN_PER_ADDRESS = 10;
const SIGNIN_FAILURES_OVERALL = 100;
const PAGE_SIZE = 50;
const REFRESH_SECONDS = 15;
const MAX_FORM_BYTES = 4096;
/** The page's own refresh: answered, but does not count as activity (the idle timeout still runs). */
const REFRESH_HEADER = 'x-staff-refresh';

function csp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A form body, whether or not the server's bodyParser already read it. */
async function readForm(req: restify.Request): Promise<URLSearchParams> {
  const parsed = (req as { body?: unknown }).body;
  if (parsed !== undefined && parsed !== null) {
    if (typeof parsed === 'string' || Buffer.isBuffer(parsed)) return new URLSearchParams(String(parsed));
    if (typeof parsed === 'object') {
      const out = new URLSearchParams();
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) if (typeof v === 'string') out.set(k, v);
      return out;
    }
  }
  const raw = req as unknown as IncomingMessage;
  if (raw.readableEnded) return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of raw) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new RangeError('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Only a path on this page: never another site (an open redirect) or another route. */
function safeStaffPath(p: string | null | undefined): string {
  if (!p || p.length > 600 || !/^\/staff(?:[?#]|$)/.test(p)) return '/staff';
  return p;
}

export function registerStaffPage(server: restify.Server, deps: StaffPageDeps): void {
  const { store, config, knowledge, clock, logger } = deps;
  const token = config.staffApiToken;
  if (token) assertStaffMessages(knowledge);
  const sessions = token ? new SessionKeeper(token) : undefined;
  const perAddress = createRateLimiter(SIGNIN_PER_ADDRESS, SIGNIN_WINDOW_MS);
  const failures = createRateLimiter(SIGNIN_FAILURES_OVERALL, SIGNIN_WINDOW_MS, 1);
  const pub = publicDir();
  const assets = new Map<string, Asset>([
    ['/staff/static/staff.css', loadAsset(path.join(pub, 'staff.css'), 'text/css; charset=utf-8', 'no-cache')],
    [
      '/staff/static/staff.js',
      loadAsset(path.join(pub, 'staff.js'), 'application/javascript; charset=utf-8', 'no-cache'),
    ],
  ]);
  const msg = (key: StaffMessageKey, values: Record<string, string | number> = {}) => staffText(knowledge, key, values);
  const base = config.web.publicBaseUrl ? new URL(config.web.publicBaseUrl).origin : undefined;

  const isHttps = (req: restify.Request) => publicOrigin(req).http.startsWith('https:');

  const notFound = (req: restify.Request, res: restify.Response) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    res.send(404, { code: 'ResourceNotFound', message: `${p} does not exist` });
  };

  const sendHtml = (
    res: restify.Response,
    status: number,
    html: string,
    nonce: string,
    headers: Record<string, string | string[]> = {},
  ) => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp(nonce),
      // Personal data and a per-response nonce: never cached.
      'Cache-Control': 'no-store',
      'X-Frame-Options': 'DENY',
      'X-Robots-Tag': 'noindex, nofollow',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
      ...headers,
    });
    res.end(html);
  };

  const nonce = () => randomBytes(16).toString('base64');

  const signInPage = (
    res: restify.Response,
    status: number,
    o: {
      next?: string;
      error?: string;
      notice?: string;
      initials?: string;
      headers?: Record<string, string | string[]>;
    },
  ) => {
    const n = nonce();
    sendHtml(
      res,
      status,
      renderSignIn({
        knowledge,
        nonce: n,
        next: o.next ?? '/staff',
        error: o.error,
        notice: o.notice,
        initials: o.initials,
      }),
      n,
      o.headers,
    );
  };

  /** A state-changing request must come from this page (SameSite=Strict already keeps the cookie off others'). */
  const sameOrigin = (req: restify.Request): boolean => {
    const origin = req.headers.origin;
    if (typeof origin === 'string' && origin !== 'null') return origin === publicOrigin(req).http || origin === base;
    return req.headers['sec-fetch-site'] === 'same-origin';
  };

  const refuseCrossOrigin = (req: restify.Request, res: restify.Response): boolean => {
    if (sameOrigin(req)) return false;
    logger.warn({ path: new URL(req.url ?? '/', 'http://x').pathname }, 'staff page: cross-origin form refused');
    const n = nonce();
    sendHtml(res, 403, renderSignIn({ knowledge, nonce: n, next: '/staff', error: msg('staff-origin-refused') }), n);
    return true;
  };

  /** The session, re-sealed with fresh activity (unless this is the page's own refresh). */
  const currentSession = (req: restify.Request): { session?: StaffSession; expired: boolean; cookie?: string } => {
    const now = clock.now().getTime();
    const state = sessions!.read(req.headers.cookie, now);
    if (state.kind === 'expired') return { expired: true, cookie: clearedSessionCookie(isHttps(req)) };
    if (state.kind === 'none') return { expired: false };
    if (req.headers[REFRESH_HEADER] === '1') return { session: state.session, expired: false };
    const session = { ...state.session, seen: now };
    return { session, expired: false, cookie: sessionCookie(sessions!.seal(session), isHttps(req)) };
  };

  const parseQuery = (url: string | undefined): QueueQuery => {
    const sp = new URL(url ?? '/', 'http://x').searchParams;
    const status = sp.get('status') ?? undefined;
    const sort = sp.get('sort') === 'oldest' ? 'oldest' : 'newest';
    const q = (sp.get('q') ?? '').trim().slice(0, STAFF_SEARCH_MAX_CHARS) || undefined;
    const cursor = sp.get('cursor') ?? undefined;
    return {
      status:
        status === 'open' || CALLBACK_STATUSES.includes(status as never)
          ? (status as CallbackQuery['status'])
          : undefined,
      sort: sort as CallbackSort,
      q,
      cursor,
    };
  };

  const queuePage = async (
    req: restify.Request,
    res: restify.Response,
    session: StaffSession,
    cookie: string | undefined,
    notice?: { text: string; error?: boolean },
    status = 200,
    urlOverride?: string,
  ) => {
    const query = parseQuery(urlOverride ?? req.url);
    let page;
    try {
      page = await store.page({ ...query, limit: PAGE_SIZE });
    } catch (err) {
      if (!(err instanceof CursorError)) throw err;
      // A stale or damaged "next page" link: start again from the first page.
      query.cursor = undefined;
      page = await store.page({ ...query, limit: PAGE_SIZE });
    }
    const counts = await store.counts();
    const n = nonce();
    const html = renderQueue({
      knowledge,
      nonce: n,
      initials: session.initials,
      query,
      items: page.items,
      nextCursor: page.nextCursor,
      counts,
      retentionDays: config.callbacks.retentionDays,
      now: clock.now(),
      notice,
      refreshSeconds: REFRESH_SECONDS,
    });
    sendHtml(res, status, html, n, cookie ? { 'Set-Cookie': cookie } : {});
  };

  /** "Saved: 6F1C2A4E is now “Called”." after a change (see the redirect below). */
  const savedNotice = (url: string | undefined): { text: string } | undefined => {
    const saved = new URL(url ?? '/', 'http://x').searchParams.get('saved') ?? '';
    const m = /^([0-9A-F]{8})\.(called|unreachable|done)$/.exec(saved);
    if (!m) return undefined;
    return { text: msg('staff-saved', { reference: m[1]!, status: msg(`staff-status-${m[2]}` as StaffMessageKey) }) };
  };

  server.get('/staff', async (req: restify.Request, res: restify.Response) => {
    if (!sessions) return notFound(req, res);
    const { session, expired, cookie } = currentSession(req);
    if (!session) {
      // The page's own refresh gets a plain 401: its script reloads and shows the sign-in form.
      if (req.headers[REFRESH_HEADER] === '1') {
        res.writeHead(401, { 'Cache-Control': 'no-store', ...(cookie ? { 'Set-Cookie': cookie } : {}) });
        res.end();
        return;
      }
      const next = safeStaffPath(req.url);
      return signInPage(res, 200, {
        next,
        notice: expired ? msg('staff-session-expired', { minutes: Math.round(IDLE_TIMEOUT_MS / 60_000) }) : undefined,
        headers: cookie ? { 'Set-Cookie': cookie } : {},
      });
    }
    await queuePage(req, res, session, cookie, savedNotice(req.url));
  });

  server.post('/staff/sign-in', async (req: restify.Request, res: restify.Response) => {
    if (!sessions || !token) return notFound(req, res);
    if (refuseCrossOrigin(req, res)) return;
    const now = clock.now().getTime();
    let form: URLSearchParams;
    try {
      form = await readForm(req);
    } catch {
      form = new URLSearchParams();
    }
    const next = safeStaffPath(form.get('next'));
    const wait = perAddress.hit(clientAddress(req), now);
    if (wait > 0) {
      logger.warn('staff page: sign-in rate limited');
      return signInPage(res, 429, {
        next,
        error: msg('staff-signin-limited', { minutes: Math.max(1, Math.ceil(wait / 60)) }),
        headers: { 'Retry-After': String(wait) },
      });
    }
    const given = form.get('token') ?? '';
    if (!bearerMatches(`Bearer ${given}`, token)) {
      const overall = failures.hit('all', now);
      logger.warn({ overallLimited: overall > 0 }, 'staff page: wrong staff token');
      return signInPage(res, overall > 0 ? 429 : 401, {
        next,
        error:
          overall > 0
            ? msg('staff-signin-limited', { minutes: Math.max(1, Math.ceil(overall / 60)) })
            : msg('staff-signin-wrong'),
        initials: form.get('initials') ?? undefined,
      });
    }
    const initials = normaliseInitials(form.get('initials'));
    if (!initials) return signInPage(res, 400, { next, error: msg('staff-signin-initials') });
    const session = sessions.start(initials, now);
    logger.info({ by: initials }, 'staff page: signed in');
    res.writeHead(303, {
      Location: next,
      'Set-Cookie': sessionCookie(sessions.seal(session), isHttps(req)),
      'Cache-Control': 'no-store',
    });
    res.end();
  });

  server.post('/staff/sign-out', async (req: restify.Request, res: restify.Response) => {
    if (!sessions) return notFound(req, res);
    if (refuseCrossOrigin(req, res)) return;
    const state = sessions.read(req.headers.cookie, clock.now().getTime());
    if (state.kind === 'valid') {
      sessions.revoke(state.session, clock.now().getTime());
      logger.info({ by: state.session.initials }, 'staff page: signed out');
    }
    signInPage(res, 200, {
      notice: msg('staff-signed-out'),
      headers: { 'Set-Cookie': clearedSessionCookie(isHttps(req)) },
    });
  });

  server.post('/staff/callbacks/:id', async (req: restify.Request, res: restify.Response) => {
    if (!sessions) return notFound(req, res);
    if (refuseCrossOrigin(req, res)) return;
    const { session, expired, cookie } = currentSession(req);
    if (!session) {
      return signInPage(res, 401, {
        notice: expired ? msg('staff-session-expired', { minutes: Math.round(IDLE_TIMEOUT_MS / 60_000) }) : undefined,
        headers: cookie ? { 'Set-Cookie': cookie } : {},
      });
    }
    let form: URLSearchParams;
    try {
      form = await readForm(req);
    } catch {
      form = new URLSearchParams();
    }
    const back = safeStaffPath(form.get('back'));
    const action = form.get('status') as HandlingAction;
    const id = String((req.params as Record<string, unknown>).id ?? '');
    if (!HANDLING_ACTIONS.includes(action) || !UUID.test(id)) {
      return queuePage(req, res, session, cookie, { text: msg('staff-not-found'), error: true }, 400, back);
    }
    const result = await store.handle(id, action, session.initials, clock.now());
    if (!result.ok) {
      const text =
        result.reason === 'conflict'
          ? msg('staff-conflict', {
              reference: referenceOf(id),
              status: msg(`staff-status-${result.request.status}` as StaffMessageKey),
            })
          : msg('staff-not-found');
      return queuePage(
        req,
        res,
        session,
        cookie,
        { text, error: true },
        result.reason === 'conflict' ? 409 : 404,
        back,
      );
    }
    logger.info({ callbackId: id, status: action, by: session.initials }, 'callback request handled');
    // Post/redirect/get: a reload does not send the change again. The notice travels in the
    // query string (no personal data: the reference and the status only).
    const target = new URL(back, 'http://x');
    target.searchParams.set('saved', `${referenceOf(id)}.${action}`);
    res.writeHead(303, {
      Location: `${target.pathname}${target.search}#r-${id}`,
      'Cache-Control': 'no-store',
      ...(cookie ? { 'Set-Cookie': cookie } : {}),
    });
    res.end();
  });

  for (const [urlPath, asset] of assets) {
    server.get(urlPath, async (req: restify.Request, res: restify.Response) => {
      if (!sessions) return notFound(req, res);
      res.writeHead(200, {
        'Content-Type': asset.type,
        'Cache-Control': asset.cacheControl,
        ETag: asset.etag,
        'Content-Length': String(asset.body.length),
      });
      res.end(asset.body);
    });
  }
}

type QueueQuery = Required<Pick<CallbackQuery, 'sort'>> & Pick<CallbackQuery, 'status' | 'q' | 'cursor'>;
