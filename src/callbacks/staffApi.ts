// Staff read and work callback requests over HTTP (the same model as the /staff page):
//   GET   /api/callbacks?status=open|new|called|unreachable|done&q=…&cursor=…&sort=newest|oldest&limit=50
//         the queue order: to call (urgent first), then called, then done; newest first within each;
//         a request the patient moved after sending carries `timeChange` (when, and the time before)
//   PATCH /api/callbacks/:id  {"status":"called"|"unreachable"|"done","by":"JD"}
// Authorization: Bearer <STAFF_API_TOKEN>. Without a configured token the routes do not exist
// (404, exactly like an unknown route), so a forgotten setting never exposes patient data.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type restify from 'restify';
import type { AppConfig } from '../config';
import type { Clock } from '../clock';
import { CursorError, HANDLING_ACTIONS, MAX_PAGE_SIZE, normaliseInitials } from './handling';
import type { CallbackQuery, CallbackSort, CallbackStore, HandlingAction } from './types';
import { CALLBACK_STATUSES } from './types';

export interface StaffApiDeps {
  store: CallbackStore;
  config: AppConfig;
  clock: Clock;
}

const STATUSES: readonly string[] = ['open', ...CALLBACK_STATUSES];
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LIMIT = MAX_PAGE_SIZE;
/** Recorded as "who" when an API caller names nobody. */
const API_ACTOR = 'API';
const MAX_BODY_BYTES = 4096;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Constant-time check of "Bearer <token>": both sides are hashed first so the comparison has
 * equal lengths and its duration reveals nothing about the token, not even its length.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  const given = m ? m[1]! : '';
  const ok = timingSafeEqual(digest(given), digest(token));
  return ok && given.length > 0;
}

/** The JSON body, whether or not the server's bodyParser already read it. */
async function readJson(req: restify.Request): Promise<unknown> {
  const parsed = (req as { body?: unknown }).body;
  if (parsed !== undefined) {
    if (typeof parsed === 'string' || Buffer.isBuffer(parsed)) return JSON.parse(String(parsed));
    return parsed;
  }
  const raw = req as unknown as IncomingMessage;
  if (raw.readableEnded) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of raw) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? undefined : JSON.parse(text);
}

function notFound(req: restify.Request, res: restify.Response): void {
  // Same shape as restify's own answer for a route that does not exist.
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  res.send(404, { code: 'ResourceNotFound', message: `${path} does not exist` });
}

export function registerStaffRoutes(server: restify.Server, deps: StaffApiDeps): void {
  const { store, config, clock } = deps;

  /** True when the request may proceed; otherwise the response has been sent. */
  const guard = (req: restify.Request, res: restify.Response): boolean => {
    // Personal data: never cached by a browser or proxy.
    res.setHeader('Cache-Control', 'no-store');
    const token = config.staffApiToken;
    if (!token) {
      notFound(req, res);
      return false;
    }
    if (!bearerMatches(req.headers.authorization, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="callbacks"');
      res.send(401, { code: 'Unauthorized', message: 'a valid staff token is required' });
      return false;
    }
    return true;
  };

  // Checked before routing and body parsing, so a caller without the token learns nothing from
  // these routes, not even whether its JSON would have parsed.
  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if ((path === '/api/callbacks' || path.startsWith('/api/callbacks/')) && !guard(req, res)) return next(false);
    return next();
  });

  server.get('/api/callbacks', async (req: restify.Request, res: restify.Response) => {
    if (!guard(req, res)) return;
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    const status = q.get('status') ?? undefined;
    if (status !== undefined && !STATUSES.includes(status)) {
      res.send(400, { code: 'BadRequest', message: `status must be one of ${STATUSES.join(', ')}` });
      return;
    }
    const sort = q.get('sort') ?? 'newest';
    if (sort !== 'newest' && sort !== 'oldest') {
      res.send(400, { code: 'BadRequest', message: 'sort must be newest or oldest' });
      return;
    }
    const limitText = q.get('limit');
    let limit = 100;
    if (limitText !== null) {
      if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > MAX_LIMIT) {
        res.send(400, { code: 'BadRequest', message: `limit must be a whole number from 1 to ${MAX_LIMIT}` });
        return;
      }
      limit = Number(limitText);
    }
    const query: CallbackQuery = {
      status: status as CallbackQuery['status'],
      q: q.get('q') ?? undefined,
      sort: sort as CallbackSort,
      limit,
    };
    const cursor = q.get('cursor');
    if (cursor) query.cursor = cursor;
    try {
      const [page, counts] = await Promise.all([store.page(query), store.counts()]);
      res.send(200, { count: page.items.length, callbacks: page.items, nextCursor: page.nextCursor ?? null, counts });
    } catch (err) {
      if (!(err instanceof CursorError)) throw err;
      res.send(400, { code: 'BadRequest', message: err.message });
    }
  });

  server.patch('/api/callbacks/:id', async (req: restify.Request, res: restify.Response) => {
    if (!guard(req, res)) return;
    const id = String((req.params as Record<string, unknown>).id ?? '');
    const usage = `body must be {"status":"${HANDLING_ACTIONS.join('"|"')}","by":"<initials>"}`;
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      res.send(400, { code: 'BadRequest', message: usage });
      return;
    }
    const b = (typeof body === 'object' && body !== null ? body : {}) as { status?: unknown; by?: unknown };
    if (!HANDLING_ACTIONS.includes(b.status as HandlingAction)) {
      res.send(400, { code: 'BadRequest', message: usage });
      return;
    }
    const by = b.by === undefined ? API_ACTOR : normaliseInitials(b.by);
    if (by === undefined) {
      res.send(400, { code: 'BadRequest', message: 'by must be 1 to 4 letters (initials)' });
      return;
    }
    const result = UUID.test(id)
      ? await store.handle(id, b.status as HandlingAction, by, clock.now())
      : ({ ok: false, reason: 'not-found' } as const);
    if (result.ok) {
      res.send(200, result.request);
    } else if (result.reason === 'conflict') {
      res.send(409, {
        code: 'Conflict',
        message: `a request that is "${result.request.status}" cannot become "${String(b.status)}"`,
        callback: result.request,
      });
    } else {
      res.send(404, { code: 'NotFound', message: 'no callback request with that id' });
    }
  });
}
