// Static files for the chat page, served from memory by a fixed list (no path from the URL ever
// reaches the file system). Web Chat comes from the installed botframework-webchat package.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { projectRoot } from '../paths';

export interface Asset {
  body: Buffer;
  gzip?: Buffer;
  type: string;
  etag: string;
  cacheControl: string;
}

/**
 * The botframework-webchat package folder. Its dist/ files are not in the package's "exports",
 * so resolve the main entry and walk up to the package.json that names the package.
 */
export function webChatPackageDir(): string {
  let dir = path.dirname(require.resolve('botframework-webchat'));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'botframework-webchat') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('botframework-webchat package folder not found');
    dir = up;
  }
}

export function publicDir(): string {
  return path.join(projectRoot(), 'public');
}

/** How long after start the gzip copies are made: off the start-up path, which it would slow down. */
const GZIP_DELAY_MS = 2_000;

/** `etag`: when the file's version already names it (an installed package), no need to hash megabytes. */
export function loadAsset(file: string, type: string, cacheControl: string, etag?: string): Asset {
  const body = fs.readFileSync(file);
  const asset: Asset = { body, type, cacheControl, etag: etag ?? `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  // Compressed in the background: the 3.9 MB Web Chat bundle shrinks about 4x, and nobody waits
  // (until then it is sent as is).
  if (body.length > 1024) {
    setTimeout(() => {
      zlib.gzip(body, { level: 6 }, (err, gz) => {
        if (!err) asset.gzip = gz;
      });
    }, GZIP_DELAY_MS).unref();
  }
  return asset;
}

function packageVersion(dir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
}

/** The fixed set the page uses: URL path → asset. */
export function loadAssets(): Map<string, Asset> {
  const pub = publicDir();
  const revalidate = 'no-cache';
  const assets = new Map<string, Asset>();
  const webChat = webChatPackageDir();
  const webChatFile = path.join(webChat, 'dist', 'webchat.js');
  const webChatTag = `"webchat-${packageVersion(webChat)}-${fs.statSync(webChatFile).size}"`;
  assets.set('/static/webchat.js', loadAsset(webChatFile, 'application/javascript; charset=utf-8', 'public, max-age=86400', webChatTag));
  assets.set('/static/chat.js', loadAsset(path.join(pub, 'chat.js'), 'application/javascript; charset=utf-8', revalidate));
  assets.set('/static/chat.css', loadAsset(path.join(pub, 'chat.css'), 'text/css; charset=utf-8', revalidate));
  assets.set('/static/favicon.svg', loadAsset(path.join(pub, 'favicon.svg'), 'image/svg+xml', 'public, max-age=86400'));
  assets.set('/embed.js', loadAsset(path.join(pub, 'embed.js'), 'application/javascript; charset=utf-8', revalidate));
  return assets;
}
