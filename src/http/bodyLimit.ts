// Reads request bodies with the size limit applied to what the body becomes, not to what crossed
// the wire. restify's own reader counts compressed bytes and inflates without a limit, so a
// 248 KB gzip body became 250 MB in memory before anything looked at it.
// Runs before restify's bodyParser (which then only parses) and before any authentication work.
import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';

/** Encodings a sender may use; Bot Framework channels and browsers send plain JSON. */
const DECODERS: Record<string, () => zlib.Gunzip | zlib.Inflate> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
};

/** Past this many wire bytes a refused body is no longer drained politely: the socket is closed. */
const DRAIN_FACTOR = 4;

export interface BodyLimitResult {
  status: 413 | 415 | 400;
  message: string;
}

type Req = IncomingMessage & { body?: unknown; _readBody?: boolean; contentType?: () => string };

/** What restify's reader would keep as text rather than a Buffer. */
function isText(req: Req): boolean {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  return (
    type === '' ||
    type === 'application/json' ||
    type.endsWith('+json') ||
    type === 'application/x-www-form-urlencoded' ||
    type.startsWith('text/')
  );
}

/**
 * restify handler: reads the body into req.body (text or Buffer) or answers 413 (too large once
 * decoded), 415 (an encoding we do not accept) or 400. `onRefused` is told about each refusal.
 */
export function limitedBodyReader(
  maxBytes: number,
  onRefused?: (req: IncomingMessage, result: BodyLimitResult) => void,
) {
  return (
    req: Req,
    res: ServerResponse & { send?: (status: number, body: unknown) => void },
    next: (err?: unknown) => void,
  ): void => {
    if (req._readBody) return next();
    const method = req.method ?? 'GET';
    const declared = req.headers['content-length'];
    const chunked = String(req.headers['transfer-encoding'] ?? '').length > 0;
    if (method === 'GET' || method === 'HEAD' || (!chunked && (declared === undefined || declared === '0'))) {
      req._readBody = true;
      return next();
    }

    let finished = false;
    const refuse = (result: BodyLimitResult, closeSocket: boolean) => {
      if (finished) return;
      finished = true;
      onRefused?.(req, result);
      if (closeSocket) res.setHeader('Connection', 'close');
      res.statusCode = result.status;
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          code:
            result.status === 413 ? 'PayloadTooLarge' : result.status === 415 ? 'UnsupportedMediaType' : 'BadRequest',
          message: result.message,
        }),
      );
      // Answered here: the rest of the chain (routing, authentication, the bot) never runs.
      next(false);
    };

    const encoding = String(req.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    const decoder = encoding === 'identity' || encoding === '' ? undefined : DECODERS[encoding]?.();
    if (encoding !== 'identity' && encoding !== '' && !decoder) {
      res.setHeader('Accept-Encoding', 'gzip, deflate');
      // Drain a small body so the client reads our answer; close on a large one.
      req.resume();
      refuse(
        { status: 415, message: `content encoding "${encoding}" is not supported` },
        Number(declared ?? 0) > maxBytes,
      );
      return;
    }
    // An honest Content-Length over the limit is refused before a single byte is read.
    if (declared !== undefined && Number(declared) > maxBytes) {
      refuse({ status: 413, message: `the request body is larger than ${maxBytes} bytes` }, true);
      return;
    }

    const chunks: Buffer[] = [];
    let decodedBytes = 0;
    let wireBytes = 0;
    let tooLarge = false;
    let wireEnded = false;

    const keep = (chunk: Buffer) => {
      if (tooLarge) return;
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) {
        // Stop decoding at once: a compression bomb costs at most one more chunk.
        tooLarge = true;
        chunks.length = 0;
        decoder?.destroy();
        // The decoder, destroyed, will never say 'end': answer now if the request is all in.
        if (wireEnded) complete();
        return;
      }
      chunks.push(chunk);
    };

    const complete = () => {
      if (finished) return;
      if (tooLarge) {
        refuse({ status: 413, message: `the request body is larger than ${maxBytes} bytes once decoded` }, false);
        return;
      }
      finished = true;
      const body = Buffer.concat(chunks);
      req.body = isText(req) ? body.toString('utf8') : body;
      req._readBody = true;
      next();
    };

    if (decoder) {
      decoder.on('data', keep);
      decoder.once('end', complete);
      decoder.once('error', () => {
        if (tooLarge) return; // destroyed on purpose
        req.resume();
        refuse({ status: 400, message: `the ${encoding} body could not be decoded` }, false);
      });
    }

    req.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (finished) return;
      if (wireBytes > maxBytes * DRAIN_FACTOR) {
        refuse({ status: 413, message: `the request body is larger than ${maxBytes} bytes` }, true);
        return;
      }
      if (wireBytes > maxBytes) tooLarge = true;
      if (tooLarge) {
        decoder?.destroy();
        return; // drained and dropped: the answer is already decided
      }
      if (decoder) decoder.write(chunk);
      else keep(chunk);
    });
    req.once('end', () => {
      wireEnded = true;
      if (decoder && !tooLarge) decoder.end();
      else complete();
    });
    req.once('error', (err) => {
      if (!finished) {
        finished = true;
        next(err);
      }
    });
  };
}
