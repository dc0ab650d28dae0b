// Builds and checks the Teams app package: manifest.json + color.png + outline.png in a zip.
import { ACCENT_COLOR, COLOR_ICON_SIZE, colorIconPng, OUTLINE_ICON_SIZE, outlineIconPng } from './icons';
import { fillManifestTemplate, isGuid, validateManifest } from './manifest';
import { decodePng } from './png';
import { readZip, writeZip } from './zip';

export interface TeamsPackageOptions {
  /** The Azure Bot's MicrosoftAppId (a GUID). */
  appId: string;
  /** Public https address of the deployed bot, e.g. https://knee-bot.azurewebsites.net */
  baseUrl: string;
  /** Default: {baseUrl}/privacy and {baseUrl}/terms */
  privacyUrl?: string;
  termsOfUseUrl?: string;
  /** App version, MAJOR.MINOR.PATCH (package.json version). */
  version: string;
  /** Parsed teams/manifest.template.json */
  template: unknown;
}

export class TeamsPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Teams package is not valid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'TeamsPackageError';
  }
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TeamsPackageError([`base URL: not a URL: "${baseUrl}"`]);
  }
  if (url.protocol !== 'https:')
    throw new TeamsPackageError([`base URL: must be https (Teams requires it), got "${baseUrl}"`]);
  return url;
}

export function buildManifest(options: TeamsPackageOptions): Record<string, unknown> {
  if (!isGuid(options.appId))
    throw new TeamsPackageError([`app id: must be a GUID (the Azure Bot's MicrosoftAppId), got "${options.appId}"`]);
  const base = parseBaseUrl(options.baseUrl);
  const root = base.href.replace(/\/+$/, '');
  return fillManifestTemplate(options.template, {
    appId: options.appId.toLowerCase(),
    version: options.version,
    websiteUrl: root,
    privacyUrl: options.privacyUrl ?? `${root}/privacy`,
    termsOfUseUrl: options.termsOfUseUrl ?? `${root}/terms`,
    domain: base.host,
  }) as Record<string, unknown>;
}

/** Problems with a built package (manifest fields, icons present, sizes, outline colours). */
export function validateTeamsPackage(zip: Buffer): string[] {
  let files: Map<string, Buffer>;
  try {
    files = new Map(readZip(zip).map((e) => [e.name, e.data]));
  } catch (e) {
    return [`zip: ${(e as Error).message}`];
  }
  const raw = files.get('manifest.json');
  if (!raw) return ['manifest.json: missing from the package root'];
  let manifest: unknown;
  try {
    manifest = JSON.parse(raw.toString('utf8'));
  } catch (e) {
    return [`manifest.json: not valid JSON (${(e as Error).message})`];
  }
  const problems = validateManifest(manifest);
  const icons = (manifest as { icons?: { color?: unknown; outline?: unknown } }).icons ?? {};
  const checks: [string, unknown, number][] = [
    ['color', icons.color, COLOR_ICON_SIZE],
    ['outline', icons.outline, OUTLINE_ICON_SIZE],
  ];
  for (const [kind, fileName, size] of checks) {
    if (typeof fileName !== 'string') continue; // already reported by validateManifest
    const png = files.get(fileName);
    if (!png) {
      problems.push(`${fileName}: ${kind} icon missing from the package`);
      continue;
    }
    try {
      const image = decodePng(png);
      if (image.width !== size || image.height !== size)
        problems.push(`${fileName}: ${kind} icon must be ${size}×${size}, is ${image.width}×${image.height}`);
      if (kind === 'outline' && !onlyWhiteOrTransparent(image.pixels))
        problems.push(`${fileName}: outline icon must be white on transparent`);
      if (kind === 'outline' && !hasTransparency(image.pixels))
        problems.push(`${fileName}: outline icon needs a transparent background`);
    } catch (e) {
      problems.push(`${fileName}: ${(e as Error).message}`);
    }
  }
  return problems;
}

function onlyWhiteOrTransparent(px: Uint8Array): boolean {
  for (let i = 0; i < px.length; i += 4) {
    if (px[i + 3] !== 0 && (px[i] !== 255 || px[i + 1] !== 255 || px[i + 2] !== 255)) return false;
  }
  return true;
}

function hasTransparency(px: Uint8Array): boolean {
  for (let i = 3; i < px.length; i += 4) if (px[i] === 0) return true;
  return false;
}

/** The package zip; throws TeamsPackageError listing every problem when it would not be valid. */
export function buildTeamsPackage(options: TeamsPackageOptions): { zip: Buffer; manifest: Record<string, unknown> } {
  const manifest = buildManifest(options);
  const accent = typeof manifest.accentColor === 'string' ? manifest.accentColor : ACCENT_COLOR;
  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') },
    { name: 'color.png', data: colorIconPng(accent) },
    { name: 'outline.png', data: outlineIconPng() },
  ]);
  const problems = validateTeamsPackage(zip);
  if (problems.length > 0) throw new TeamsPackageError(problems);
  return { zip, manifest };
}
