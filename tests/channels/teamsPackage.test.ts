import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseTeamsPackageArgs } from '../../tools/teams/cli';
import { drawIcon } from '../../tools/teams/icons';
import { fillManifestTemplate, validateManifest } from '../../tools/teams/manifest';
import { buildTeamsPackage, TeamsPackageError, validateTeamsPackage } from '../../tools/teams/package';
import { decodePng, encodePng } from '../../tools/teams/png';
import { readZip, writeZip } from '../../tools/teams/zip';
import { projectRoot } from '../../src/paths';

const template: unknown = JSON.parse(
  fs.readFileSync(path.join(projectRoot(), 'teams', 'manifest.template.json'), 'utf8'),
);
const APP_ID = '6f1c2b0e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const options = { appId: APP_ID, baseUrl: 'https://knee-bot.example.org/', version: '1.2.3', template };

/** An independent reader: walks local headers (not the central directory) and inflates with zlib. */
function readLocalEntries(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let p = 0;
  while (zip.readUInt32LE(p) === 0x04034b50) {
    const size = zip.readUInt32LE(p + 18);
    const nameLen = zip.readUInt16LE(p + 26);
    const extraLen = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 30, p + 30 + nameLen);
    const start = p + 30 + nameLen + extraLen;
    out.set(name, zlib.inflateRawSync(zip.subarray(start, start + size)));
    p = start + size;
  }
  return out;
}

describe('buildTeamsPackage', () => {
  const { zip, manifest } = buildTeamsPackage(options);
  const files = readLocalEntries(zip);

  it('holds manifest.json and the two icons at the root', () => {
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(zip.readUInt32LE(zip.length - 22)).toBe(0x06054b50);
  });

  it('writes a manifest that passes validation with the bot id, scopes, commands and domains', () => {
    const m = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(m).toEqual(manifest);
    expect(validateManifest(m)).toEqual([]);
    expect(m.manifestVersion).toBe('1.17');
    expect(m.id).toBe('cd4bfca7-df3c-49b4-9e61-837b04cf80bb');
    expect(m.version).toBe('1.2.3');
    expect(m.bots[0].botId).toBe(APP_ID);
    expect(m.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    const titles = m.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Check my knee pain', 'Warning signs', 'Call the clinic', 'Request a callback', 'Help']),
    );
    expect(m.developer).toMatchObject({
      websiteUrl: 'https://knee-bot.example.org',
      privacyUrl: 'https://knee-bot.example.org/privacy',
      termsOfUseUrl: 'https://knee-bot.example.org/terms',
    });
    expect(m.validDomains).toEqual(['knee-bot.example.org']);
    expect(m.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(JSON.stringify(m)).not.toContain('{{');
  });

  it('draws a 192×192 opaque colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = decodePng(files.get('color.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const alphas = new Set<number>();
    for (let i = 3; i < color.pixels.length; i += 4) alphas.add(color.pixels[i]!);
    expect([...alphas]).toEqual([255]);
    // The glyph is there: white pixels and accent-coloured pixels both occur.
    const rgb = (i: number) => [color.pixels[i], color.pixels[i + 1], color.pixels[i + 2]].join(',');
    const colours = new Set<string>();
    for (let i = 0; i < color.pixels.length; i += 4) colours.add(rgb(i));
    expect(colours.has('255,255,255')).toBe(true);
    expect(colours.has('14,124,134')).toBe(true);

    const outline = decodePng(files.get('outline.png')!);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    let clear = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      if (outline.pixels[i + 3]! > 0) {
        expect([outline.pixels[i], outline.pixels[i + 1], outline.pixels[i + 2]]).toEqual([255, 255, 255]);
        opaque++;
      } else clear++;
    }
    expect(opaque).toBeGreaterThan(60);
    expect(clear).toBeGreaterThan(500);
  });

  it('is reproducible byte for byte', () => {
    expect(buildTeamsPackage(options).zip.equals(zip)).toBe(true);
  });

  it('validates a built package', () => {
    expect(validateTeamsPackage(zip)).toEqual([]);
  });

  it('refuses a bad app id or a non-https address with a clear error', () => {
    expect(() => buildTeamsPackage({ ...options, appId: 'my-bot' })).toThrow(/app id: must be a GUID/);
    expect(() => buildTeamsPackage({ ...options, baseUrl: 'http://knee-bot.example.org' })).toThrow(/must be https/);
    expect(() => buildTeamsPackage({ ...options, version: '1.2' })).toThrow(TeamsPackageError);
  });
});

describe('validateManifest', () => {
  // The tests break the manifest field by field, so its shape stays open.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type LooseManifest = Record<string, any>;
  const good = () =>
    fillManifestTemplate(template, {
      appId: APP_ID,
      version: '1.0.0',
      websiteUrl: 'https://a.example.org',
      privacyUrl: 'https://a.example.org/privacy',
      termsOfUseUrl: 'https://a.example.org/terms',
      domain: 'a.example.org',
    }) as LooseManifest;

  it('accepts the filled template', () => {
    expect(validateManifest(good())).toEqual([]);
  });

  it('reports each broken required field by path', () => {
    const m = good();
    m.bots[0].botId = 'not-a-guid';
    m.bots[0].scopes = ['personal', 'everyone'];
    m.name.short = 'A name that is far too long for the Teams app bar';
    m.description.short = 'x'.repeat(81);
    m.developer.privacyUrl = 'http://insecure.example.org';
    m.accentColor = 'teal';
    m.icons.outline = 'outline.svg';
    m.validDomains = ['https://a.example.org/path'];
    delete m.id;
    const problems = validateManifest(m);
    for (const path of [
      'bots[0].botId',
      'bots[0].scopes',
      'name.short',
      'description.short',
      'developer.privacyUrl',
      'accentColor',
      'icons.outline',
      'validDomains[0]',
      'id',
    ]) {
      expect(
        problems.some((p) => p.startsWith(`${path}:`)),
        path,
      ).toBe(true);
    }
  });

  it('checks command lists: at most 10, titles ≤ 32, no duplicates, scopes within the bot', () => {
    const m = good();
    const list = m.bots[0].commandLists[0];
    list.commands = Array.from({ length: 11 }, (_, i) => ({ title: `Command ${i}`, description: 'd' }));
    expect(validateManifest(m)).toContain('bots[0].commandLists[0].commands: must hold 1 to 10 commands');
    list.commands = [
      { title: 'Help', description: 'd' },
      { title: 'help', description: 'd' },
      { title: 'x'.repeat(33), description: 'd' },
    ];
    m.bots[0].scopes = ['personal'];
    const problems = validateManifest(m);
    expect(problems).toContain('bots[0].commandLists[0].commands[1].title: duplicate command');
    expect(problems).toContain('bots[0].commandLists[0].commands[2].title: required, at most 32 characters');
    expect(problems).toContain("bots[0].commandLists[0].scopes: must be a non-empty subset of the bot's scopes");
  });

  it('rejects non-objects and unfilled placeholders', () => {
    expect(validateManifest(null)).toEqual(['manifest: must be a JSON object']);
    expect(() => fillManifestTemplate({ a: '{{missing}}' }, {})).toThrow('{{missing}}');
  });
});

describe('validateTeamsPackage', () => {
  const manifestJson = JSON.stringify(buildTeamsPackage(options).manifest);
  const good = buildTeamsPackage(options);
  const entries = readZip(good.zip);

  it('reports missing icons, wrong sizes and a coloured outline', () => {
    const wrongSize = encodePng(drawIcon(64, 0.1));
    const coloured = encodePng(drawIcon(32, 0.1, '#ff0000'));
    const zip = writeZip([
      { name: 'manifest.json', data: Buffer.from(manifestJson) },
      { name: 'color.png', data: wrongSize },
      { name: 'outline.png', data: coloured },
    ]);
    const problems = validateTeamsPackage(zip);
    expect(problems).toContain('color.png: color icon must be 192×192, is 64×64');
    expect(problems).toContain('outline.png: outline icon must be white on transparent');
    expect(validateTeamsPackage(writeZip([{ name: 'manifest.json', data: Buffer.from(manifestJson) }]))).toEqual([
      'color.png: color icon missing from the package',
      'outline.png: outline icon missing from the package',
    ]);
  });

  it('reports a missing or broken manifest and a broken zip', () => {
    expect(validateTeamsPackage(writeZip(entries.filter((e) => e.name !== 'manifest.json')))).toEqual([
      'manifest.json: missing from the package root',
    ]);
    expect(validateTeamsPackage(writeZip([{ name: 'manifest.json', data: Buffer.from('{oops') }]))[0]).toMatch(
      /^manifest.json: not valid JSON/,
    );
    expect(validateTeamsPackage(Buffer.from('not a zip at all, just some bytes'))[0]).toMatch(/^zip: /);
  });
});

describe('zip and png', () => {
  it('round-trips entries and refuses a cut-off zip', () => {
    const data = Buffer.from('hello hello hello hello '.repeat(50));
    const zip = writeZip([
      { name: 'a.txt', data },
      { name: 'dir/b.bin', data: Buffer.from([0, 1, 2, 255]) },
    ]);
    expect(readZip(zip).map((e) => [e.name, e.data.toString('hex')])).toEqual([
      ['a.txt', data.toString('hex')],
      ['dir/b.bin', '000102ff'],
    ]);
    expect(() => readZip(zip.subarray(0, zip.length - 30))).toThrow(); // cut inside the central directory
    expect(() => writeZip([{ name: '../evil', data }])).toThrow(/unsafe/);
    expect(() =>
      writeZip([
        { name: 'a', data },
        { name: 'a', data },
      ]),
    ).toThrow(/duplicate/);
  });

  it('encodes PNGs that decode to the same pixels, and refuses a damaged one', () => {
    const image = drawIcon(16, 0.1, '#123456');
    const png = encodePng(image);
    expect(Buffer.from(decodePng(png).pixels).equals(Buffer.from(image.pixels))).toBe(true);
    const broken = Buffer.from(png);
    broken[29] = broken[29]! ^ 1; // IHDR's own CRC no longer matches its bytes
    expect(() => decodePng(broken)).toThrow();
    expect(() => decodePng(Buffer.from('GIF89a.............................'))).toThrow();
  });
});

describe('parseTeamsPackageArgs', () => {
  it('reads flags before the environment', () => {
    expect(
      parseTeamsPackageArgs(['--app-id', APP_ID, '--base-url', 'https://x.example.org'], { MicrosoftAppId: 'other' }),
    ).toMatchObject({
      appId: APP_ID,
      baseUrl: 'https://x.example.org',
      out: 'dist/teams/knee-pain-bot.zip',
    });
    expect(
      parseTeamsPackageArgs([], { MicrosoftAppId: APP_ID, TEAMS_APP_BASE_URL: 'https://y.example.org' }),
    ).toMatchObject({ appId: APP_ID });
  });
  it('fails clearly when the app id or address is missing', () => {
    expect(() => parseTeamsPackageArgs([], {})).toThrow(/MicrosoftAppId.*--app-id/s);
    expect(() => parseTeamsPackageArgs(['--app-id', APP_ID], {})).toThrow(/TEAMS_APP_BASE_URL/);
    expect(() => parseTeamsPackageArgs(['--bogus'], {})).toThrow();
  });
});
