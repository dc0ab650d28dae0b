// `npm run build` step: Brotli (quality 11) and gzip (level 9) copies of the chat page's files,
// named by content hash in dist/web-assets/, so the server sends the smallest bytes without
// compressing anything at run time. Files already compressed for the same content are kept.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUILD_BROTLI_QUALITY, brotli, contentHash, precompressedDir, publicDir, sourceFiles } from './assets';

function main(): void {
  const out = precompressedDir();
  fs.mkdirSync(out, { recursive: true });
  const files = [...sourceFiles().map((s) => s.file), path.join(publicDir(), 'embed.js')];
  const keep = new Set<string>();
  for (const file of files) {
    const body = fs.readFileSync(file);
    if (body.length <= 1024) continue;
    const hash = contentHash(body);
    const br = path.join(out, `${hash}.br`);
    const gz = path.join(out, `${hash}.gz`);
    keep.add(path.basename(br)).add(path.basename(gz));
    if (fs.existsSync(br) && fs.existsSync(gz)) continue;
    const started = Date.now();
    fs.writeFileSync(br, brotli(body, BUILD_BROTLI_QUALITY));
    fs.writeFileSync(gz, zlib.gzipSync(body, { level: 9 }));
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    console.log(
      `web assets: ${path.basename(file)} ${kb(body.length)} → br ${kb(fs.statSync(br).size)}, gzip ${kb(fs.statSync(gz).size)} (${Date.now() - started} ms)`,
    );
  }
  // Copies for content that no longer exists (an upgraded Web Chat, an edited chat.js) go.
  for (const f of fs.readdirSync(out)) if (!keep.has(f)) fs.rmSync(path.join(out, f));
}

main();
