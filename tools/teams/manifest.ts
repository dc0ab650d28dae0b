// The Teams app manifest: filled from teams/manifest.template.json and checked against the rules
// of the Teams manifest schema (v1.17) that matter for this app, so a bad package fails here and
// not in the Teams admin centre.

export const MANIFEST_VERSIONS = ['1.17', '1.18', '1.19', '1.20', '1.21', '1.22'];
export const BOT_SCOPES = ['personal', 'team', 'groupChat'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;
const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const DOMAIN = /^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}(:\d{1,5})?$/i;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

/** Replaces "{{name}}" in every string of the template; an unknown or empty name is an error. */
export function fillManifestTemplate(template: unknown, values: Record<string, string>): unknown {
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
        const v = values[key];
        if (v === undefined || v === '') throw new Error(`manifest template: no value for {{${key}}}`);
        return v;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    }
    return node;
  };
  return fill(template);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function httpsUrl(v: unknown): boolean {
  if (typeof v !== 'string' || v.length > 2048) return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Every problem found, as "path: reason"; an empty list means the manifest is valid. */
export function validateManifest(manifest: unknown): string[] {
  const errors: string[] = [];
  const err = (path: string, reason: string) => errors.push(`${path}: ${reason}`);
  if (!isObj(manifest)) return ['manifest: must be a JSON object'];
  const m = manifest;

  if (typeof m.$schema !== 'string' || !m.$schema.startsWith('https://developer.microsoft.com/'))
    err('$schema', 'must be the Teams manifest schema URL');
  if (typeof m.manifestVersion !== 'string' || !MANIFEST_VERSIONS.includes(m.manifestVersion))
    err('manifestVersion', `must be one of ${MANIFEST_VERSIONS.join(', ')}`);
  if (
    typeof m.$schema === 'string' &&
    typeof m.manifestVersion === 'string' &&
    !m.$schema.includes(`/v${m.manifestVersion}/`)
  )
    err('$schema', 'must match manifestVersion');
  if (typeof m.version !== 'string' || !SEMVER.test(m.version)) err('version', 'must be MAJOR.MINOR.PATCH');
  if (!isGuid(m.id)) err('id', 'must be a GUID');

  const dev = m.developer;
  if (!isObj(dev)) err('developer', 'is required');
  else {
    if (typeof dev.name !== 'string' || dev.name.trim() === '' || dev.name.length > 32)
      err('developer.name', 'required, at most 32 characters');
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'])
      if (!httpsUrl(dev[key])) err(`developer.${key}`, 'must be an https URL');
  }

  const name = m.name;
  if (!isObj(name)) err('name', 'is required');
  else {
    if (typeof name.short !== 'string' || name.short.trim() === '' || name.short.length > 30)
      err('name.short', 'required, at most 30 characters');
    if (name.full !== undefined && (typeof name.full !== 'string' || name.full.length > 100))
      err('name.full', 'at most 100 characters');
  }

  const desc = m.description;
  if (!isObj(desc)) err('description', 'is required');
  else {
    if (typeof desc.short !== 'string' || desc.short.trim() === '' || desc.short.length > 80)
      err('description.short', 'required, at most 80 characters');
    if (typeof desc.full !== 'string' || desc.full.trim() === '' || desc.full.length > 4000)
      err('description.full', 'required, at most 4000 characters');
  }

  const icons = m.icons;
  if (!isObj(icons)) err('icons', 'is required');
  else
    for (const key of ['color', 'outline']) {
      const v = icons[key];
      if (typeof v !== 'string' || !/^[\w.-]+\.png$/i.test(v))
        err(`icons.${key}`, 'must be a PNG file name in the package');
    }
  if (typeof m.accentColor !== 'string' || !HEX_COLOR.test(m.accentColor)) err('accentColor', 'must be #RRGGBB');

  if (!Array.isArray(m.bots) || m.bots.length !== 1) err('bots', 'must hold exactly one bot');
  else validateBot(m.bots[0], err);

  if (m.validDomains !== undefined) {
    if (!Array.isArray(m.validDomains)) err('validDomains', 'must be an array');
    else
      m.validDomains.forEach((d, i) => {
        if (typeof d !== 'string' || !DOMAIN.test(d))
          err(`validDomains[${i}]`, 'must be a host name without scheme or path');
      });
  }
  return errors;
}

function validateBot(bot: unknown, err: (path: string, reason: string) => void): void {
  if (!isObj(bot)) return err('bots[0]', 'must be an object');
  if (!isGuid(bot.botId)) err('bots[0].botId', 'must be the bot app id (a GUID; MicrosoftAppId)');
  const scopes = bot.scopes;
  if (
    !Array.isArray(scopes) ||
    scopes.length === 0 ||
    scopes.some((s) => !(BOT_SCOPES as readonly unknown[]).includes(s))
  ) {
    err('bots[0].scopes', `must be a non-empty subset of ${BOT_SCOPES.join(', ')}`);
  }
  if (bot.commandLists === undefined) return;
  if (!Array.isArray(bot.commandLists)) return err('bots[0].commandLists', 'must be an array');
  bot.commandLists.forEach((list, li) => {
    const path = `bots[0].commandLists[${li}]`;
    if (!isObj(list)) return err(path, 'must be an object');
    if (
      !Array.isArray(list.scopes) ||
      list.scopes.length === 0 ||
      list.scopes.some((s) => !Array.isArray(scopes) || !scopes.includes(s))
    ) {
      err(`${path}.scopes`, "must be a non-empty subset of the bot's scopes");
    }
    if (!Array.isArray(list.commands) || list.commands.length === 0 || list.commands.length > 10)
      return err(`${path}.commands`, 'must hold 1 to 10 commands');
    const titles = new Set<string>();
    list.commands.forEach((c, ci) => {
      const cp = `${path}.commands[${ci}]`;
      if (!isObj(c)) return err(cp, 'must be an object');
      if (typeof c.title !== 'string' || c.title.trim() === '' || c.title.length > 32)
        err(`${cp}.title`, 'required, at most 32 characters');
      else if (titles.has(c.title.toLowerCase())) err(`${cp}.title`, 'duplicate command');
      else titles.add(c.title.toLowerCase());
      if (typeof c.description !== 'string' || c.description.trim() === '' || c.description.length > 128)
        err(`${cp}.description`, 'required, at most 128 characters');
    });
  });
}
