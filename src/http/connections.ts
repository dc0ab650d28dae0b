// Graceful shutdown without resetting requests that were already sent. Node's server.close()
// closes idle keep-alive connections at once — including one whose request is still on the wire —
// and closing the listener resets connections waiting in the kernel's accept queue (Node accepts
// one connection per turn of the event loop, so under load that queue is long). Instead: keep
// accepting until a few turns of the loop bring no new connection, then stop listening; answer
// every request with `Connection: close`; close a connection once it has had no request in
// progress for `quietMs` (checked right after the loop has read what the sockets hold); destroy
// what is left at the deadline.
import type { Server } from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

interface Tracked {
  active: number;
  /** Accepted, or last request finished (the HTTP parser reads the socket itself: no 'data' events). */
  lastDataMs: number;
}

export interface ConnectionTracker {
  /** Connections open now. */
  readonly size: number;
  /** True once drain() has started: responses carry Connection: close. */
  readonly draining: boolean;
  /** Stops accepting and closes connections as they fall quiet; true when all closed before the deadline. */
  drain(deadlineMs: number): Promise<boolean>;
}

export function trackConnections(
  server: Server,
  options: { quietMs?: number; now?: () => number } = {},
): ConnectionTracker {
  const quietMs = options.quietMs ?? 300;
  const now = options.now ?? (() => performance.now());
  const sockets = new Map<Socket, Tracked>();
  let draining = false;
  let accepted = 0;

  server.on('connection', (socket: Socket) => {
    const t: Tracked = { active: 0, lastDataMs: now() };
    sockets.set(socket, t);
    accepted += 1;
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req, res) => {
    const t = sockets.get(req.socket);
    if (t) {
      t.active += 1;
      t.lastDataMs = now();
    }
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      if (t) {
        t.active -= 1;
        t.lastDataMs = now();
      }
    });
  });

  const closeQuiet = () => {
    const cutoff = now() - quietMs;
    for (const [socket, t] of sockets) {
      if (t.active === 0 && t.lastDataMs <= cutoff) socket.destroy();
    }
  };

  return {
    get size() {
      return sockets.size;
    },
    get draining() {
      return draining;
    },
    async drain(deadlineMs) {
      draining = true;
      const end = now() + deadlineMs;
      // Empty the kernel's accept queue: one connection per loop turn, until three turns bring none
      // (bounded, in case new connections keep coming).
      const acceptUntil = now() + Math.min(deadlineMs / 2, 2_000);
      for (let idleTurns = 0; idleTurns < 3 && now() < acceptUntil;) {
        const before = accepted;
        await new Promise((resolve) => setTimeout(resolve, 0));
        await new Promise((resolve) => setImmediate(resolve));
        idleTurns = accepted === before ? idleTurns + 1 : 0;
      }
      // Stop listening without http.Server.close()'s immediate closing of idle connections.
      const listening = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      while (sockets.size > 0 && now() < end) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(50, quietMs)));
        // setImmediate runs after the poll phase: bytes already sent to us have been read by now.
        await new Promise((resolve) => setImmediate(resolve));
        closeQuiet();
      }
      const clean = sockets.size === 0;
      for (const socket of sockets.keys()) socket.destroy();
      await listening;
      return clean;
    },
  };
}
