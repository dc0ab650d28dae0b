// The address a request came from, for per-address rate limits. Behind a proxy (Azure App Service's
// front end, Front Door, a load balancer) the socket address is the proxy's and every patient would
// share one budget; with TRUST_PROXY=n the address is read from X-Forwarded-For, counting n hops
// back from the socket. Entries to the left of those hops were written by the client and prove nothing.
import type { IncomingMessage } from 'node:http';
import net from 'node:net';

/** "1.2.3.4:5678" (App Service adds the port), "[::1]:80", "::ffff:1.2.3.4" → the bare address. */
export function normalizeAddress(raw: string): string | undefined {
  let a = raw.trim();
  if (a.startsWith('[')) {
    const end = a.indexOf(']');
    a = end > 0 ? a.slice(1, end) : a;
  } else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(a)) {
    a = a.slice(0, a.lastIndexOf(':'));
  }
  if (a.toLowerCase().startsWith('::ffff:') && net.isIPv4(a.slice(7))) a = a.slice(7);
  return net.isIP(a) ? a.toLowerCase() : undefined;
}

/**
 * The client address: the socket's with trustedHops = 0; otherwise the entry `trustedHops` places
 * from the right of X-Forwarded-For + socket address (the address the outermost trusted proxy saw).
 * A missing or malformed header falls back to the nearest trustworthy address.
 */
export function clientAddressFrom(req: IncomingMessage, trustedHops: number): string {
  const socketAddress = normalizeAddress(req.socket.remoteAddress ?? '') ?? 'unknown';
  if (trustedHops <= 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const listed = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...listed, socketAddress];
  const index = Math.max(0, chain.length - 1 - trustedHops);
  // Walk from the chosen entry towards the socket until one parses: garbage never becomes a key.
  for (let i = index; i < chain.length; i++) {
    const addr = i === chain.length - 1 ? chain[i] : normalizeAddress(chain[i]!);
    if (addr) return addr;
  }
  return socketAddress;
}

const resolved = new WeakMap<IncomingMessage, string>();

/** Remembers the address the server resolved for this request (so every route agrees on it). */
export function setClientAddress(req: IncomingMessage, address: string): void {
  resolved.set(req, address);
}

/** The address the server resolved for this request, or the socket's. */
export function clientAddressOf(req: IncomingMessage): string {
  return resolved.get(req) ?? normalizeAddress(req.socket.remoteAddress ?? '') ?? 'unknown';
}

/** 127.0.0.0/8 and ::1: the bot's own machine (the emulator, a test harness, a health check). */
export function isLoopback(address: string): boolean {
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
