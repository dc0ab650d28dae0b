// Staff sessions for /staff: a signed cookie, so several bot instances (STORAGE=azure) and a
// restart keep a receptionist signed in without a session table. The signing key is derived from
// STAFF_API_TOKEN, so changing the token signs everybody out. The cookie carries the initials
// typed at sign-in (who made each change), an idle deadline that slides with activity, and an
// absolute one. Sign-out also revokes the session id in this process's memory until it would
// have expired anyway; the browser drops the cookie too.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SESSION_COOKIE = 'staff_session';
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const MAX_SESSION_MS = 12 * 60 * 60_000;

export interface StaffSession {
  sid: string;
  initials: string;
  /** Signed in at (ms). */
  iat: number;
  /** Last activity (ms); the session ends IDLE_TIMEOUT_MS after it. */
  seen: number;
}

export type SessionState = { kind: 'none' } | { kind: 'expired' } | { kind: 'valid'; session: StaffSession };

export class SessionKeeper {
  private readonly key: Buffer;
  private readonly revoked = new Map<string, number>();

  constructor(token: string) {
    this.key = createHash('sha256').update('knee-bot staff session v1\0').update(token, 'utf8').digest();
  }

  start(initials: string, nowMs: number): StaffSession {
    return { sid: randomBytes(16).toString('base64url'), initials, iat: nowMs, seen: nowMs };
  }

  /** The cookie value: base64url(JSON) "." base64url(HMAC). */
  seal(s: StaffSession): string {
    const body = Buffer.from(JSON.stringify([1, s.sid, s.initials, s.iat, s.seen]), 'utf8').toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  read(cookieHeader: string | undefined, nowMs: number): SessionState {
    const value = cookieValue(cookieHeader, SESSION_COOKIE);
    if (!value) return { kind: 'none' };
    const dot = value.indexOf('.');
    if (dot <= 0 || value.length > 512) return { kind: 'none' };
    const body = value.slice(0, dot);
    // Compare the text, not the decoded bytes: base64url's last character carries spare bits, so
    // two different strings can decode to the same signature (a malleable cookie, and a flaky test).
    const given = Buffer.from(value.slice(dot + 1), 'utf8');
    const expected = Buffer.from(this.sign(body), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: 'none' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return { kind: 'none' };
    }
    if (!Array.isArray(parsed) || parsed[0] !== 1) return { kind: 'none' };
    const [, sid, initials, iat, seen] = parsed as [number, string, string, number, number];
    if (typeof sid !== 'string' || typeof initials !== 'string' || !Number.isFinite(iat) || !Number.isFinite(seen))
      return { kind: 'none' };
    if (this.revoked.has(sid)) return { kind: 'none' };
    if (nowMs - seen > IDLE_TIMEOUT_MS || nowMs - iat > MAX_SESSION_MS || seen > nowMs + 60_000)
      return { kind: 'expired' };
    return { kind: 'valid', session: { sid, initials, iat, seen } };
  }

  revoke(s: StaffSession, nowMs: number): void {
    for (const [sid, until] of this.revoked) if (until <= nowMs) this.revoked.delete(sid);
    this.revoked.set(s.sid, s.iat + MAX_SESSION_MS);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** One cookie's value from a Cookie header (undefined when absent). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Set-Cookie for the session: only for /staff, never readable by scripts, never sent from another
 * site, Secure when the page is served over https. A session cookie (no Max-Age): closing the
 * browser ends it; the idle and absolute limits are checked on the server.
 */
export function sessionCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/staff; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/staff; Max-Age=0; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
