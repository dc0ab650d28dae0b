// Small HTTP helpers shared by the Direct Line and token routes.
import type { IncomingMessage } from 'node:http';
import { clientAddressOf } from '../http/clientAddress';

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/**
 * The origin the browser used to reach us, from Host (and X-Forwarded-Proto behind a TLS proxy
 * such as App Service). Only ever echoed back to the same client, so a forged Host harms nobody
 * but the forger; malformed values fall back to the socket's own address.
 */
export function publicOrigin(req: IncomingMessage): { http: string; ws: string } {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]!
    .trim()
    .toLowerCase();
  const tls = forwarded === 'https' || (forwarded === '' && Boolean((req.socket as { encrypted?: boolean }).encrypted));
  let host = String(req.headers.host ?? '');
  if (!HOST.test(host)) {
    const addr = req.socket.localAddress ?? '127.0.0.1';
    host = `${addr.includes(':') ? `[${addr}]` : addr}:${req.socket.localPort ?? 80}`;
  }
  return { http: `${tls ? 'https' : 'http'}://${host}`, ws: `${tls ? 'wss' : 'ws'}://${host}` };
}

/** The address src/server.ts resolved (X-Forwarded-For with TRUST_PROXY), else the socket's. */
export function clientAddress(req: IncomingMessage): string {
  return clientAddressOf(req);
}
