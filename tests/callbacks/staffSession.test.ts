// The signed staff session cookie (src/staff/session.ts): what it accepts and what it refuses.
import { describe, expect, it } from 'vitest';
import { cookieValue, IDLE_TIMEOUT_MS, MAX_SESSION_MS, SessionKeeper } from '../../src/staff/session';

const TOKEN = 'front-desk-token-0123456789abcdef';
const T0 = Date.parse('2026-11-25T16:00:00Z');
const header = (value: string) => `theme=dark; staff_session=${value}; other=1`;

describe('staff session cookie', () => {
  it('round-trips the initials and times', () => {
    const keeper = new SessionKeeper(TOKEN);
    const s = keeper.start('JD', T0);
    expect(keeper.read(header(keeper.seal(s)), T0 + 1000)).toEqual({ kind: 'valid', session: s });
    expect(keeper.read(undefined, T0)).toEqual({ kind: 'none' });
    expect(cookieValue('a=1; b=2', 'b')).toBe('2');
  });

  it('refuses a tampered cookie, a forged one, and every cookie after the token changes', () => {
    const keeper = new SessionKeeper(TOKEN);
    const sealed = keeper.seal(keeper.start('JD', T0));
    const [body, sig] = sealed.split('.') as [string, string];
    // Other initials with the old signature.
    const forgedBody = Buffer.from(JSON.stringify([1, 'x', 'ADMIN', T0, T0])).toString('base64url');
    expect(keeper.read(header(`${forgedBody}.${sig}`), T0).kind).toBe('none');
    // Every other last character, including those that decode to the same bytes (spare bits).
    for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') {
      if (c === sig.at(-1)) continue;
      expect(keeper.read(header(`${body}.${sig.slice(0, -1)}${c}`), T0).kind).toBe('none');
    }
    expect(keeper.read(header(body), T0).kind).toBe('none');
    expect(keeper.read(header('x'.repeat(5000)), T0).kind).toBe('none');
    expect(new SessionKeeper(`${TOKEN}-rotated`).read(header(sealed), T0).kind).toBe('none');
  });

  it('expires after the idle timeout and after the absolute limit, whatever the activity', () => {
    const keeper = new SessionKeeper(TOKEN);
    const s = keeper.start('JD', T0);
    expect(keeper.read(header(keeper.seal(s)), T0 + IDLE_TIMEOUT_MS).kind).toBe('valid');
    expect(keeper.read(header(keeper.seal(s)), T0 + IDLE_TIMEOUT_MS + 1).kind).toBe('expired');
    const busy = { ...s, seen: T0 + MAX_SESSION_MS };
    expect(keeper.read(header(keeper.seal(busy)), T0 + MAX_SESSION_MS + 1).kind).toBe('expired');
  });

  it('a revoked session is refused even with a valid signature', () => {
    const keeper = new SessionKeeper(TOKEN);
    const s = keeper.start('JD', T0);
    const other = keeper.start('AB', T0);
    keeper.revoke(s, T0);
    expect(keeper.read(header(keeper.seal(s)), T0).kind).toBe('none');
    expect(keeper.read(header(keeper.seal(other)), T0).kind).toBe('valid');
  });
});
