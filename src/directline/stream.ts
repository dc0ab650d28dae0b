// The Direct Line WebSocket stream: pushes { activities, watermark } as they happen, so Web
// Chat needs no polling. Authenticated by the short-lived stream token in the URL (?t=),
// because browsers cannot set headers on a WebSocket.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type restify from 'restify';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logging';
import { DIRECT_LINE_BASE } from './routes';
import { DirectLineError, type DirectLineService } from './service';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_BASE}/conversations/([A-Za-z0-9_-]{1,128})/stream$`);

export interface StreamHandle {
  close(): Promise<void>;
  /** Open sockets (tests, health). */
  readonly size: number;
}

export function attachStream(
  server: restify.Server,
  service: DirectLineService,
  logger: Logger,
  opts: { pingMs?: number } = {},
): StreamHandle {
  // Messages from the browser are only "" heartbeats; anything big is abuse.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const sockets = new Set<WebSocket>();

  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      // Not ours: leave it to any other upgrade handler, or refuse if there is none.
      // restify re-emits 'upgrade' on itself; besides that proxy and us, is anyone listening?
      const others = server.server.listenerCount('upgrade') - 2 + server.listenerCount('upgrade');
      if (others <= 0) refuse(socket, 404);
      return;
    }
    const conversationId = match[1]!;
    const watermark = url.searchParams.get('watermark') ?? undefined;
    try {
      service.authorize(url.searchParams.get('t') ?? undefined, conversationId, 'stream');
      // After a restart the conversation is read back from the store first.
      await service.ensureLoaded(conversationId);
    } catch (error) {
      const status = error instanceof DirectLineError ? error.status : 500;
      refuse(socket, status);
      return;
    }
    wss.handleUpgrade(req, socket, head, (client) => {
      let subscription: ReturnType<DirectLineService['subscribe']>;
      try {
        // Subscribing and reading the backlog in one tick: nothing can fall in between.
        subscription = service.subscribe(conversationId, watermark, (group) => {
          if (group === null) client.close(1000, 'conversation ended');
          else if (client.readyState === WebSocket.OPEN) client.send(JSON.stringify(group));
        });
      } catch {
        client.close(1011, 'conversation ended');
        return;
      }
      sockets.add(client);
      let alive = true;
      client.on('pong', () => (alive = true));
      // Dead peers (laptop lid closed) are found by ping and dropped, freeing the subscription.
      const ping = setInterval(() => {
        if (!alive) return client.terminate();
        alive = false;
        client.ping();
      }, opts.pingMs ?? 30_000);
      ping.unref();
      client.on('close', () => {
        clearInterval(ping);
        sockets.delete(client);
        subscription.unsubscribe();
      });
      client.on('error', (err) => logger.debug({ err: { message: err.message } }, 'direct line stream error'));
      client.on('message', () => {}); // "" heartbeats from directlinejs
      const { backlog } = subscription;
      if (backlog.activities.length > 0) client.send(JSON.stringify(backlog));
    });
  };

  server.server.on('upgrade', onUpgrade);

  // http.Server.close() waits for every socket, and upgraded WebSockets are not HTTP connections
  // that closeAllConnections() ends: once the server stops listening, say goodbye to the streams
  // so a shutdown never hangs on an open browser tab. (close() below does it at once.)
  let wasListening = server.server.listening;
  const onListening = () => (wasListening = true);
  server.server.on('listening', onListening);
  const watch = setInterval(() => {
    if (server.server.listening) wasListening = true;
    else if (wasListening && sockets.size > 0) for (const s of sockets) s.close(1001, 'server shutting down');
  }, 250);
  watch.unref();

  return {
    get size() {
      return sockets.size;
    },
    async close() {
      clearInterval(watch);
      server.server.off('listening', onListening);
      server.server.off('upgrade', onUpgrade);
      for (const s of sockets) s.close(1001, 'server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const s of sockets) s.terminate();
    },
  };
}

function refuse(socket: Duplex, status: number): void {
  const text = STATUS_CODES[status] ?? 'Error';
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
