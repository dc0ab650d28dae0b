// The /staff page over HTTP, as a browser would use it (forms, cookies, redirects), against the
// real app: sign-in, the queue, handling changes with who/when, the session's limits and the
// protections (CSP, Origin check, rate limit, escaping). The same in Chromium: tests/browser/staff.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/server';
import { sampleDetails } from './callbackStoreContract';

const TOKEN = 'front-desk-token-0123456789abcdef';
const clock = fixedClock('2026-11-25T16:00:00Z');
let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(env: Record<string, string> = { STAFF_API_TOKEN: TOKEN }) {
  clock.set('2026-11-25T16:00:00Z');
  bot = await startTestBot(env, { clock });
  return bot;
}

/** A form POST from this page (the browser sends Origin on every POST). */
function post(b: TestBot, path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${b.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: b.url, ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

async function signIn(b: TestBot, initials = 'jd') {
  const res = await post(b, '/staff/sign-in', { token: TOKEN, initials, next: '/staff' });
  expect(res.status).toBe(303);
  return cookieOf(res);
}

const page = (b: TestBot, path: string, cookie?: string, headers: Record<string, string> = {}) =>
  fetch(`${b.url}${path}`, { redirect: 'manual', headers: { ...(cookie ? { cookie } : {}), ...headers } });

describe('/staff', () => {
  it('does not exist without STAFF_API_TOKEN', async () => {
    const b = await start({});
    expect((await page(b, '/staff')).status).toBe(404);
    expect((await post(b, '/staff/sign-in', { token: TOKEN, initials: 'JD' })).status).toBe(404);
    expect((await page(b, '/staff/static/staff.js')).status).toBe(404);
  });

  it('signed out: a sign-in form (Staff token, Your initials, Sign in) that posts the token in the body, with a strict CSP', async () => {
    const b = await start();
    await b.app.stores.callbackStore.create(sampleDetails(), clock.now());
    const res = await page(b, '/staff');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<label for="token">Staff token</label>');
    expect(html).toMatch(/<input id="token" name="token" type="password"/);
    expect(html).toContain('<form method="post" action="/staff/sign-in"');
    expect(html).toContain('>Sign in</button>');
    expect(html).not.toMatch(/Jamie|555\D?01\d\d/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    // No inline script at all; the one script carries this response's nonce.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(html.match(/<script[^>]*>/g)).toEqual([`<script src="/staff/static/staff.js" defer nonce="${nonce}">`]);
  });

  it('a wrong token sees an error and nothing personal; attempts are rate limited per address', async () => {
    const b = await start();
    await b.app.stores.callbackStore.create(sampleDetails(), clock.now());
    const wrong = await post(b, '/staff/sign-in', { token: 'not-the-token-0123456789abc', initials: 'JD' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const html = await wrong.text();
    expect(html).toContain('That staff token is not right');
    expect(html).not.toMatch(/Jamie|555\D?01\d\d|not-the-token/);
    for (let i = 0; i < 9; i++) await post(b, '/staff/sign-in', { token: `guess-${i}`, initials: 'JD' }); // 10 attempts in the window
    const limited = await post(b, '/staff/sign-in', { token: TOKEN, initials: 'JD' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.text()).toContain('Too many sign-in attempts');
    // The window passes: the right token works again.
    clock.set(new Date(clock.now().getTime() + 16 * 60_000));
    expect((await post(b, '/staff/sign-in', { token: TOKEN, initials: 'JD' })).status).toBe(303);
  });

  it('signing in sets an HttpOnly, SameSite=Strict cookie for /staff (Secure behind https) and returns to the link followed', async () => {
    const b = await start();
    const res = await post(b, '/staff/sign-in', { token: TOKEN, initials: 'j.d.', next: '/staff?q=6F1C2A4E' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/staff?q=6F1C2A4E');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^staff_session=[^;]+; Path=\/staff; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(TOKEN);
    const tls = await post(
      b,
      '/staff/sign-in',
      { token: TOKEN, initials: 'JD' },
      { 'x-forwarded-proto': 'https', origin: b.url.replace('http:', 'https:') },
    );
    expect(tls.headers.get('set-cookie')).toMatch(/; Secure$/);
    // Never somewhere else afterwards.
    const away = await post(b, '/staff/sign-in', { token: TOKEN, initials: 'JD', next: 'https://evil.example/staff' });
    expect(away.headers.get('location')).toBe('/staff');
    expect((await post(b, '/staff/sign-in', { token: TOKEN, initials: '12' })).status).toBe(400);
  });

  it('the queue: urgent first, tel: link, clinic time, plain-text reason, reference; changes record who and when', async () => {
    const b = await start();
    const store = b.app.stores.callbackStore;
    const plain = await store.create(
      sampleDetails({ name: 'Jamie Runner', reason: '<img src=x onerror=alert(1)> **bold**' }),
      clock.now(),
    );
    const urgent = await store.create(
      sampleDetails({
        name: 'Ana Lopez',
        phone: '+12145550199',
        urgent: true,
        language: 'es',
        preferredAt: '2026-11-25T23:00:00Z',
        preferredTimeText: 'after 5pm today',
      }),
      new Date(clock.now().getTime() - 60_000),
    );
    const cookie = await signIn(b);
    const res = await page(b, '/staff', cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<title>\(2\) Callback requests \| /);
    expect(html).toContain('Signed in as JD');
    expect(html.indexOf('Ana Lopez')).toBeLessThan(html.indexOf('Jamie Runner'));
    expect(html).toContain('<a href="tel:+12145550199">(214) 555-0199</a>');
    expect(html).toContain('Wed 25 Nov, 5pm');
    expect(html).toContain('They said: “after 5pm today”');
    expect(html).toContain('prefers Spanish');
    expect(html).toMatch(/<span class="badge urgent"[^>]*>Urgent<\/span>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; **bold**');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(`>${plain.id.slice(0, 8).toUpperCase()}<`);
    for (const label of ['Mark as called', 'Couldn&#39;t reach', 'Done']) expect(html).toContain(`>${label}</button>`);

    const act = await post(
      b,
      `/staff/callbacks/${urgent.id}`,
      { status: 'unreachable', back: '/staff?status=open' },
      { cookie },
    );
    expect(act.status).toBe(303);
    expect(act.headers.get('location')).toBe(
      `/staff?status=open&saved=${urgent.id.slice(0, 8).toUpperCase()}.unreachable#r-${urgent.id}`,
    );
    expect(await store.get(urgent.id)).toMatchObject({
      status: 'unreachable',
      reachAttempts: 1,
      history: [{ by: 'JD', at: clock.now().toISOString() }],
    });
    const after = await (await page(b, act.headers.get('location')!.split('#')[0]!, cookie)).text();
    expect(after).toContain(`Saved: ${urgent.id.slice(0, 8).toUpperCase()} is now “Couldn&#39;t reach”.`);
    expect(after).toContain('Couldn&#39;t reach: JD, Wed 25 Nov 10:00');
    expect(after).toContain('(1 try)');

    await post(b, `/staff/callbacks/${plain.id}`, { status: 'called', back: '/staff' }, { cookie });
    const late = await post(b, `/staff/callbacks/${plain.id}`, { status: 'called', back: '/staff' }, { cookie });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('is already “Called”');
    expect(await store.counts()).toEqual({ new: 0, called: 1, unreachable: 1, done: 0 });
  });

  it('finds a request by reference or phone', async () => {
    const b = await start();
    const store = b.app.stores.callbackStore;
    const a = await store.create(sampleDetails({ name: 'Jamie Runner' }), clock.now());
    await store.create(sampleDetails({ name: 'Ana Lopez', phone: '+12145550199' }), clock.now());
    const cookie = await signIn(b);
    const byRef = await (await page(b, `/staff?q=${a.id.slice(0, 8).toUpperCase()}`, cookie)).text();
    expect(byRef).toContain('Jamie Runner');
    expect(byRef).not.toContain('Ana Lopez');
    const byPhone = await (await page(b, `/staff?q=${encodeURIComponent('214-555-0199')}`, cookie)).text();
    expect(byPhone).toContain('Ana Lopez');
    expect(byPhone).not.toContain('Jamie Runner');
    expect(await (await page(b, '/staff?q=nobody', cookie)).text()).toContain('No request matches “nobody”.');
  });

  it('pages through a long queue', async () => {
    const b = await start();
    for (let i = 0; i < 53; i++)
      await b.app.stores.callbackStore.create(
        sampleDetails({ name: `Patient ${i}` }),
        new Date(clock.now().getTime() - i * 1000),
      );
    const cookie = await signIn(b);
    const first = await (await page(b, '/staff', cookie)).text();
    expect(first).toContain('Patient 49<');
    expect(first).not.toContain('Patient 50<');
    const next = /<a href="([^"]+)" rel="next">Next page<\/a>/.exec(first)![1]!.replace(/&amp;/g, '&');
    const second = await (await page(b, next, cookie)).text();
    expect(second).toContain('Patient 52<');
    expect(second).not.toContain('Patient 49<');
    expect(second).toContain('Back to the first page');
    // A damaged cursor starts again from the first page instead of failing.
    expect(await (await page(b, '/staff?cursor=zzz', cookie)).text()).toContain('Patient 0<');
  });

  it('refuses a change posted from another site, or without a session', async () => {
    const b = await start();
    const r = await b.app.stores.callbackStore.create(sampleDetails(), clock.now());
    const cookie = await signIn(b);
    const forged = await post(
      b,
      `/staff/callbacks/${r.id}`,
      { status: 'done' },
      { cookie, origin: 'https://evil.example' },
    );
    expect(forged.status).toBe(403);
    const noOrigin = await fetch(`${b.url}/staff/callbacks/${r.id}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: 'status=done',
    });
    expect(noOrigin.status).toBe(403);
    expect((await post(b, `/staff/callbacks/${r.id}`, { status: 'done' })).status).toBe(401);
    expect(
      (await post(b, '/staff/sign-in', { token: TOKEN, initials: 'JD' }, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await b.app.stores.callbackStore.get(r.id))?.status).toBe('new');
  });

  it('signs out after 30 idle minutes; the page refresh does not count as activity; sign-out ends the session', async () => {
    const b = await start();
    const cookie = await signIn(b);
    clock.set(new Date(clock.now().getTime() + 20 * 60_000));
    const refresh = await page(b, '/staff', cookie, { 'x-staff-refresh': '1' });
    expect(refresh.status).toBe(200);
    expect(refresh.headers.get('set-cookie')).toBeNull();
    clock.set(new Date(clock.now().getTime() + 11 * 60_000));
    expect((await page(b, '/staff', cookie, { 'x-staff-refresh': '1' })).status).toBe(401);
    const expired = await page(b, '/staff', cookie);
    expect(await expired.text()).toContain('signed out after 30 minutes without activity');
    expect(expired.headers.get('set-cookie')).toMatch(/Max-Age=0/);

    // Activity slides the deadline.
    const fresh = await signIn(b);
    clock.set(new Date(clock.now().getTime() + 20 * 60_000));
    const active = await page(b, '/staff', fresh);
    const slid = cookieOf(active);
    clock.set(new Date(clock.now().getTime() + 20 * 60_000));
    expect(await (await page(b, '/staff', slid)).text()).toContain('Signed in as JD');

    const out = await post(b, '/staff/sign-out', {}, { cookie: slid });
    expect(out.status).toBe(200);
    expect(await out.text()).toContain('You are signed out.');
    expect(out.headers.get('set-cookie')).toMatch(/^staff_session=; Path=\/staff; Max-Age=0/);
    // The old cookie, replayed, no longer works.
    expect(await (await page(b, '/staff', slid)).text()).toContain('>Sign in</button>');
  });

  it('hostile input: odd ids, huge searches and forms, junk cookies get a calm answer and change nothing', async () => {
    const b = await start();
    const r = await b.app.stores.callbackStore.create(sampleDetails(), clock.now());
    const cookie = await signIn(b);
    expect((await post(b, '/staff/callbacks/not-a-uuid', { status: 'done' }, { cookie })).status).toBe(400);
    expect((await post(b, `/staff/callbacks/${r.id}`, { status: 'new' }, { cookie })).status).toBe(400);
    expect(
      (
        await post(b, `/staff/callbacks/${r.id}`, { status: 'done', back: 'https://evil.example/' }, { cookie })
      ).headers.get('location'),
    ).toMatch(/^\/staff\?saved=/);
    const huge = await page(b, `/staff?q=${'7'.repeat(20_000)}`, cookie);
    expect([200, 414, 431]).toContain(huge.status);
    const bigForm = await post(b, '/staff/sign-in', { token: 'x'.repeat(300_000), initials: 'JD' });
    expect([400, 401, 413]).toContain(bigForm.status);
    const junk = await page(b, '/staff', 'staff_session=%00%ff.junk');
    expect(junk.status).toBe(200);
    expect(await junk.text()).toContain('>Sign in</button>');
    expect((await b.app.stores.callbackStore.get(r.id))?.history).toHaveLength(1);
  });
});
