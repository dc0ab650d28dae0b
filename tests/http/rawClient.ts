// A tiny HTTP/1.1 client on raw sockets, so a test knows exactly when a request's bytes have left
// (write callback) and sees a reset as a reset rather than a retry.
import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function messageRequest(conversationId: string, text: string): string {
  const body = JSON.stringify({
    type: 'message',
    channelId: 'test',
    from: { id: `u-${conversationId}` },
    conversation: { id: conversationId },
    deliveryMode: 'expectReplies',
    text,
  });
  return `POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** A connection that sends requests one after another and reads each response in full. */
export class RawConnection {
  private buffer = Buffer.alloc(0);
  private waiting?: { resolve: (r: RawResponse) => void; reject: (e: Error) => void };
  private failure?: Error;
  readonly socket: net.Socket;
  readonly connected: Promise<void>;

  constructor(port: number) {
    this.socket = net.connect(port, '127.0.0.1');
    this.connected = new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('data', (d: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, d]);
      this.tryParse();
    });
    const fail = (e: Error) => {
      this.failure ??= e;
      this.waiting?.reject(e);
      this.waiting = undefined;
    };
    this.socket.on('error', fail);
    this.socket.on('close', () => fail(new Error('connection closed before a response')));
  }

  /** Writes the request; `written` resolves once its bytes are handed to the kernel. */
  send(raw: string): { written: Promise<void>; response: Promise<RawResponse> } {
    const response = new Promise<RawResponse>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.waiting = { resolve, reject };
    });
    const written = new Promise<void>((resolve, reject) =>
      this.socket.write(raw, (err) => (err ? reject(err) : resolve())),
    );
    return { written, response };
  }

  private tryParse(): void {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const head = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(head[0]!.split(' ')[1]);
    const headers: Record<string, string> = {};
    for (const line of head.slice(1)) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(end + 4 + length);
    const w = this.waiting;
    this.waiting = undefined;
    w.resolve({ status, headers, body });
  }

  close(): void {
    this.socket.destroy();
  }
}
