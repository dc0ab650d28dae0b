// Compressed bodies that inflate far beyond the limit, built by streaming (the test itself never
// holds the inflated size in memory).
import zlib from 'node:zlib';

export async function gzipBomb(inflatedBytes: number): Promise<Buffer> {
  const gz = zlib.createGzip({ level: 9 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => gz.on('end', resolve));
  gz.write(
    '{"type":"message","channelId":"test","from":{"id":"u"},"conversation":{"id":"bomb"},"deliveryMode":"expectReplies","text":"',
  );
  const chunk = Buffer.alloc(1 << 20, 0x61);
  for (let left = inflatedBytes; left > 0; left -= chunk.length) {
    if (!gz.write(left >= chunk.length ? chunk : chunk.subarray(0, left)))
      await new Promise((r) => gz.once('drain', r));
  }
  gz.end('"}');
  await done;
  return Buffer.concat(out);
}
