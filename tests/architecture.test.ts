// docs/architecture.md's layer tables are the rule; this reads them and every import of src/ and
// dialogs/ (TypeScript's own pre-parser: import, export … from, import(), require()) and fails on
// an edge the document does not allow. Data flows one way: request → adapter → bot → dialogs →
// triage/matcher/knowledge → reply → renderer.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths';

const root = projectRoot();
const doc = fs.readFileSync(path.join(root, 'docs', 'architecture.md'), 'utf8');

/** The rows of the markdown table whose header starts with `firstHeader`. */
function tableRows(firstHeader: string): string[][] {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${firstHeader}\\s*\\|`).test(l));
  if (start < 0) throw new Error(`docs/architecture.md has no table starting with "${firstHeader}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

const codePaths = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

interface Layer {
  name: string;
  paths: string[];
  botbuilder: boolean;
}
const layers: Layer[] = tableRows('layer').map(([name, modules, bb]) => ({
  name: name!,
  paths: codePaths(modules!),
  botbuilder: bb === 'yes',
}));

/** from → (to → the only module prefix it may reach, or '' for any). */
const allowed = new Map<string, Map<string, string>>();
for (const [from, targets] of tableRows('from')) {
  const edges = new Map<string, string>();
  // "domain, reply, storage only `src/storage/sqliteDb.ts`"
  for (const part of targets!.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const m = /^(\w+)(?:\s+only\s+`([^`]+)`)?$/.exec(part);
    if (!m) throw new Error(`docs/architecture.md: cannot read "${part}" in the row for ${from}`);
    edges.set(m[1]!, m[2] ?? '');
  }
  allowed.set(from!, edges);
}

function layerOf(file: string): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers) {
    for (const p of layer.paths) {
      const hit = p.endsWith('/') ? file.startsWith(p) : file === p;
      if (hit && (!best || p.length > best.length)) best = { layer, length: p.length };
    }
  }
  return best?.layer;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** A relative specifier as the project-relative file it loads (`.ts`, `/index.ts` or the file itself). */
function resolve(from: string, specifier: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  return undefined;
}

interface Import {
  from: string;
  specifier: string;
  target?: string;
}

const files = [...sourceFiles('src'), ...sourceFiles('dialogs')];
const imports: Import[] = files.flatMap((file) => {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .map((specifier) => ({
      from: file,
      specifier,
      ...(specifier.startsWith('.') ? { target: resolve(file, specifier) } : {}),
    }));
});

describe('architecture: the layers in docs/architecture.md', () => {
  it('reads both tables and every layer named in the second exists in the first', () => {
    expect(layers.length).toBeGreaterThanOrEqual(8);
    const names = new Set(layers.map((l) => l.name));
    for (const [from, edges] of allowed) {
      expect(names, `row "${from}"`).toContain(from);
      for (const to of edges.keys()) expect(names, `"${from}" may import "${to}"`).toContain(to);
    }
    expect([...allowed.keys()].sort()).toEqual([...names].sort());
  });

  it('finds the imports it checks (the parser sees static, re-export, dynamic and require imports)', () => {
    expect(files.length).toBeGreaterThan(100);
    const seen = new Set(imports.map((i) => `${i.from} → ${i.target ?? i.specifier}`));
    // One of each kind, all present in the code today.
    expect(seen).toContain('src/bot.ts → dialogs/mainDialog.ts');
    expect(seen).toContain('src/dialogsSdk.ts → botbuilder-dialogs/lib/dialogSet');
    expect(seen).toContain('src/clinic/holidays.ts → date-holidays'); // require()
  });

  it('knows every import whose module name is computed (no parser can follow one)', () => {
    // The Azure stores load only with STORAGE=azure, from their own layer (src/storage/azureStores.ts).
    const computed = files.filter((f) =>
      /\b(?:import|require)\(\s*[^'"`\s)]/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    expect(computed).toEqual(['src/storage/index.ts']);
  });

  it('puts every module of src/ and dialogs/ in a layer', () => {
    expect(files.filter((f) => !layerOf(f))).toEqual([]);
  });

  it('resolves every relative import to a file', () => {
    expect(imports.filter((i) => i.specifier.startsWith('.') && !i.target)).toEqual([]);
  });

  it('allows only the imports the document lists (data flows one way)', () => {
    const refused: string[] = [];
    for (const { from, target } of imports) {
      if (!target || !target.match(/^(src|dialogs)\//)) continue;
      const a = layerOf(from)!;
      const b = layerOf(target);
      if (!b || a === b) continue;
      const only = allowed.get(a.name)?.get(b.name);
      if (only === undefined || (only !== '' && !(only.endsWith('/') ? target.startsWith(only) : target === only))) {
        refused.push(`${from} (${a.name}) → ${target} (${b.name})`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('keeps botbuilder out of the layers marked "no" (our own logic is SDK-free)', () => {
    const sdk = /^(botbuilder|botframework-)/;
    const offending = imports
      .filter((i) => sdk.test(i.specifier) && !layerOf(i.from)!.botbuilder)
      .map((i) => `${i.from} → ${i.specifier}`);
    expect(offending).toEqual([]);
  });
});
