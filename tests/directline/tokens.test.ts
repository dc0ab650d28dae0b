import { describe, expect, it } from 'vitest';
import { bearerToken, createTokenSigner } from '../../src/directline/tokens';

const NOW = Date.parse('2026-03-02T15:00:00Z');

describe('direct line tokens', () => {
  const signer = createTokenSigner('k'.repeat(32));

  it('round-trips conversation, user and purpose', () => {
    const t = signer.issue('conv-1', 'dl_user', 'conversation', 60, NOW);
    const v = signer.verify(t, NOW + 59_000);
    expect(v).toEqual({
      ok: true,
      claims: { conv: 'conv-1', user: 'dl_user', purpose: 'conversation', iat: NOW / 1000, exp: NOW / 1000 + 60 },
    });
  });

  it('expires at the ttl', () => {
    const t = signer.issue('conv-1', 'u', 'conversation', 60, NOW);
    expect(signer.verify(t, NOW + 60_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a token whose claims were edited (e.g. another conversation)', () => {
    const t = signer.issue('conv-1', 'u', 'conversation', 60, NOW);
    const [h, , s] = t.split('.');
    const forged = Buffer.from(
      JSON.stringify({ conv: 'conv-2', user: 'u', purpose: 'conversation', iat: 0, exp: 9e9 }),
    ).toString('base64url');
    expect(signer.verify(`${h}.${forged}.${s}`, NOW)).toEqual({ ok: false, reason: 'signature' });
  });

  it('rejects tokens signed with another key, and garbage', () => {
    const other = createTokenSigner(undefined).issue('conv-1', 'u', 'conversation', 60, NOW);
    expect(signer.verify(other, NOW)).toEqual({ ok: false, reason: 'signature' });
    expect(signer.verify('nonsense', NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(signer.verify('a.b.c', NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('two random-key signers do not accept each other', () => {
    const a = createTokenSigner(undefined);
    const b = createTokenSigner(undefined);
    expect(b.verify(a.issue('c', 'u', 'stream', 60, NOW), NOW).ok).toBe(false);
    expect(a.verify(a.issue('c', 'u', 'stream', 60, NOW), NOW).ok).toBe(true);
  });

  it('reads Bearer headers', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer x')).toBe('x');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
