// Static files for the chat page, served from memory by a fixed list (no path from the URL ever
// reaches the file system). Web Chat comes from the installed botframework-webchat package.
//
// Speed on a phone is mostly bytes: every file has an immutable URL named by its content hash
// (/static/chat.3fA9….js), so browsers keep it for a year and never revalidate, and is sent as
// Brotli or gzip. `npm run build` compresses them once at the highest settings (Brotli 11 takes
// about 10 s for Web Chat) into dist/web-assets/; without a build (tsx, tests) they are
// compressed at start at quicker settings, in the background.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { projectRoot } from '../paths';

export interface Asset {
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  type: string;
  etag: string;
  cacheControl: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The botframework-webchat package folder. Its dist/ files are not in the package's "exports",
 * so resolve the main entry and walk up to the package.json that names the package.
 */
export function webChatPackageDir(): string {
  let dir = path.dirname(require.resolve('botframework-webchat'));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (
      fs.existsSync(pkg) &&
      (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'botframework-webchat'
    )
      return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('botframework-webchat package folder not found');
    dir = up;
  }
}

export function publicDir(): string {
  return path.join(projectRoot(), 'public');
}

/** Where `npm run build` leaves the precompressed copies, named by content hash. */
export function precompressedDir(): string {
  return path.join(projectRoot(), 'dist', 'web-assets');
}

/**
 * The files the page loads, by logical name. The minimal Web Chat bundle (no Adaptive Cards,
 * no speech, no markdown: half the size of the full one) is enough because web replies are
 * markdown plus suggested actions (src/rendering/render.ts); markdown-it, which the full bundle
 * embeds, is served beside it and handed to Web Chat as renderMarkdown.
 */
export interface SourceFile {
  name: string;
  file: string;
  type: string;
}

export function sourceFiles(): SourceFile[] {
  const pub = publicDir();
  const webChat = webChatPackageDir();
  const js = 'application/javascript; charset=utf-8';
  return [
    { name: 'webchat.js', file: path.join(webChat, 'dist', 'webchat-minimal.js'), type: js },
    {
      name: 'markdown-it.js',
      file: require.resolve('markdown-it/dist/markdown-it.min.js', { paths: [webChat] }),
      type: js,
    },
    { name: 'chat.js', file: path.join(pub, 'chat.js'), type: js },
    { name: 'chat.css', file: path.join(pub, 'chat.css'), type: 'text/css; charset=utf-8' },
    { name: 'favicon.svg', file: path.join(pub, 'favicon.svg'), type: 'image/svg+xml' },
  ];
}

export function contentHash(body: Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 16);
}

/** Build-time quality; start-time quality is lower so a dev start does not burn CPU for seconds. */
export const BUILD_BROTLI_QUALITY = 11;
const RUNTIME_BROTLI_QUALITY = 5;

export function brotli(body: Buffer, quality: number): Buffer {
  return zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

/** How long after start missing compressed copies are made: off the start-up path. */
const COMPRESS_DELAY_MS = 1_000;

function readPrecompressed(hash: string, ext: 'br' | 'gz'): Buffer | undefined {
  try {
    return fs.readFileSync(path.join(precompressedDir(), `${hash}.${ext}`));
  } catch {
    return undefined;
  }
}

export function loadAsset(file: string, type: string, cacheControl: string): Asset & { hash: string } {
  const body = fs.readFileSync(file);
  const hash = contentHash(body);
  const asset = { body, type, cacheControl, etag: `"${hash}"`, hash } as Asset & { hash: string };
  if (body.length <= 1024) return asset;
  asset.br = readPrecompressed(hash, 'br');
  asset.gzip = readPrecompressed(hash, 'gz');
  if (!asset.br || !asset.gzip) {
    // No build output for this exact content (tsx, tests, an edited file): compress in the
    // background; until then the file is sent as is.
    setTimeout(() => {
      zlib.gzip(body, { level: 9 }, (err, gz) => {
        if (!err) asset.gzip ??= gz;
      });
      zlib.brotliCompress(
        body,
        { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: RUNTIME_BROTLI_QUALITY } },
        (err, br) => {
          if (!err) asset.br ??= br;
        },
      );
    }, COMPRESS_DELAY_MS).unref();
  }
  return asset;
}

export interface AssetSet {
  /** URL path → asset, for the routes. */
  byPath: Map<string, Asset>;
  /** Logical name → versioned URL path, for the page template. */
  urls: Record<string, string>;
}

/** "chat.js" + hash → "/static/chat.<hash>.js" */
function versionedPath(name: string, hash: string): string {
  const dot = name.lastIndexOf('.');
  return `/static/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

export function loadAssets(): AssetSet {
  const byPath = new Map<string, Asset>();
  const urls: Record<string, string> = {};
  for (const s of sourceFiles()) {
    const asset = loadAsset(s.file, s.type, IMMUTABLE);
    const url = versionedPath(s.name, asset.hash);
    byPath.set(url, asset);
    urls[s.name] = url;
  }
  // The site widget's loader keeps one address (the clinic's pages name it), so it revalidates.
  byPath.set(
    '/embed.js',
    loadAsset(path.join(publicDir(), 'embed.js'), 'application/javascript; charset=utf-8', REVALIDATE),
  );
  return { byPath, urls };
}

/** Picks the best encoding the client accepts: Brotli, then gzip, then none. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  asset: Asset,
): { body: Buffer; encoding?: 'br' | 'gzip' } {
  const accepted = String(acceptEncoding ?? '');
  if (asset.br && /\bbr\b/.test(accepted)) return { body: asset.br, encoding: 'br' };
  if (asset.gzip && /\bgzip\b/.test(accepted)) return { body: asset.gzip, encoding: 'gzip' };
  return { body: asset.body };
}
