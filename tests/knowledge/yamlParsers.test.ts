// src/knowledge/yamlFile.ts reads each file with js-yaml (fast) and falls back to `yaml` (exact
// positions for errors). Both must read every knowledge file to the same data, or the fast path
// would quietly load something the reported parser would not.
import fs from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths';

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(d.name) ? [p] : [];
  });
}

describe('the two YAML parsers', () => {
  const files = yamlFiles(path.join(projectRoot(), 'knowledge'));
  it('find the knowledge files', () => expect(files.length).toBeGreaterThan(8));
  it.each(files.map((f) => [path.relative(projectRoot(), f), f]))('read %s the same', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    expect(load(text, { schema: CORE_SCHEMA })).toEqual(parse(text));
  });
  it('agree on the YAML 1.2 scalars a curator might write unquoted', () => {
    const text = 'a: yes\nb: no\nc: on\nd: 2026-12-25\ne: 010\nf: 1e3\ng: ~\nh: 08:00\n';
    expect(load(text, { schema: CORE_SCHEMA })).toEqual(parse(text));
  });
});
