// Per-conversation tokens for the built-in Direct Line: compact HS256 JWTs that name one
// conversation and one user, and expire. Pure apart from node:crypto; time is passed in.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a token lets its holder do: talk in a conversation, or open that conversation's stream. */
type TokenPurpose = 'conversation' | 'stream';

export interface TokenClaims {
  /** conversation id */
  conv: string;
  /** user id the holder speaks as */
  user: string;
  purpose: TokenPurpose;
  /** issued at, seconds since epoch */
  iat: number;
  /** expires at, seconds since epoch */
  exp: number;
}

type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

const HEADER = base64url(Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));

function base64url(buf: Buffer): string {
  return buf.toString('base64url');
}

export interface TokenSigner {
  issue(conv: string, user: string, purpose: TokenPurpose, ttlSeconds: number, nowMs: number): string;
  verify(token: string, nowMs: number): VerifyResult;
}

/** A random key per process start is fine: tokens then die with the process, like its conversations. */
export function createTokenSigner(key: string | undefined): TokenSigner {
  const secret = key !== undefined ? Buffer.from(key, 'utf8') : randomBytes(32);
  const sign = (data: string) => createHmac('sha256', secret).update(data).digest();

  return {
    issue(conv, user, purpose, ttlSeconds, nowMs) {
      const iat = Math.floor(nowMs / 1000);
      const claims: TokenClaims = { conv, user, purpose, iat, exp: iat + ttlSeconds };
      const body = `${HEADER}.${base64url(Buffer.from(JSON.stringify(claims)))}`;
      return `${body}.${base64url(sign(body))}`;
    },
    verify(token, nowMs) {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
      const given = Buffer.from(parts[2]!, 'base64url');
      const expected = sign(`${parts[0]}.${parts[1]}`);
      // Constant-time compare so the signature cannot be guessed byte by byte.
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: 'signature' };
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      if (!isClaims(claims)) return { ok: false, reason: 'malformed' };
      if (claims.exp * 1000 <= nowMs) return { ok: false, reason: 'expired' };
      return { ok: true, claims };
    },
  };
}

function isClaims(v: unknown): v is TokenClaims {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    typeof c.conv === 'string' &&
    typeof c.user === 'string' &&
    (c.purpose === 'conversation' || c.purpose === 'stream') &&
    typeof c.iat === 'number' &&
    typeof c.exp === 'number'
  );
}

/** Unguessable ids (128 bits), safe in URLs. */
export function randomId(prefix = ''): string {
  return prefix + randomBytes(16).toString('base64url');
}

/** "Bearer abc" → "abc"; anything else → undefined. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return m?.[1];
}
