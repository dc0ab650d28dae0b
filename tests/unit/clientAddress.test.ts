import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressFrom, normalizeAddress } from '../../src/http/clientAddress';

const req = (socket: string, xff?: string | string[]) =>
  ({
    socket: { remoteAddress: socket },
    headers: xff === undefined ? {} : { 'x-forwarded-for': xff },
  }) as unknown as IncomingMessage;

describe('client address', () => {
  it('normalises what proxies write', () => {
    expect(normalizeAddress('203.0.113.7:51234')).toBe('203.0.113.7'); // Azure App Service adds the port
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('::ffff:198.51.100.9')).toBe('198.51.100.9');
    expect(normalizeAddress('2001:DB8::1')).toBe('2001:db8::1');
    expect(normalizeAddress('unknown')).toBeUndefined();
    expect(normalizeAddress('<script>')).toBeUndefined();
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is set', () => {
    expect(clientAddressFrom(req('10.0.0.5', '203.0.113.7'), 0)).toBe('10.0.0.5');
  });

  it('takes the address the nearest trusted proxy saw', () => {
    // One proxy (App Service): it appended the client it saw; anything left of that is the client's own claim.
    expect(clientAddressFrom(req('10.0.0.5', '1.1.1.1, 203.0.113.7:51234'), 1)).toBe('203.0.113.7');
    // Two proxies (Front Door → App Service).
    expect(clientAddressFrom(req('10.0.0.5', '1.1.1.1, 203.0.113.7, 10.1.1.1'), 2)).toBe('203.0.113.7');
    // Several header lines count as one list.
    expect(clientAddressFrom(req('10.0.0.5', ['1.1.1.1', '203.0.113.7']), 1)).toBe('203.0.113.7');
  });

  it('falls back towards the socket when the header is missing, short or garbage', () => {
    expect(clientAddressFrom(req('10.0.0.5'), 1)).toBe('10.0.0.5');
    expect(clientAddressFrom(req('10.0.0.5', '203.0.113.7'), 3)).toBe('203.0.113.7');
    expect(clientAddressFrom(req('10.0.0.5', 'not-an-address'), 1)).toBe('10.0.0.5');
  });
});
