// Curators edit knowledge/red-flags.yaml: a broken pattern must stop start-up naming the file,
// the path and the reason; a new phrasing they add must take effect without code changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load';
import { projectRoot } from '../../src/paths';
import { createTriage } from '../../src/triage';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triage-knowledge-'));
  fs.cpSync(path.join(projectRoot(), 'knowledge'), dir, { recursive: true });
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function editRedFlags(edit: (yaml: string) => string): void {
  const file = path.join(dir, 'red-flags.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
}

describe('curating red-flags.yaml', () => {
  it('a broken pattern fails loading with the file, the path and the reason', () => {
    editRedFlags((yaml) => yaml.replace('      - dislocat*\n', "      - can't dislocate\n"));
    expect(() => loadKnowledge(dir)).toThrow(/red-flags\.yaml/);
    expect(() => loadKnowledge(dir)).toThrow(/redFlags.*patterns/);
    expect(() => loadKnowledge(dir)).toThrow(/not a word/);
  });

  it('a phrasing a curator adds is recognised without code changes', () => {
    const text = 'my knee went kablooey';
    expect(createTriage(loadKnowledge(dir)).assess(text)).toBeNull();
    editRedFlags((yaml) => yaml.replace('      - dislocat*\n', '      - dislocat*\n      - went+kablooey\n'));
    expect(
      createTriage(loadKnowledge(dir))
        .assess(text)
        ?.flags.map((f) => f.id),
    ).toEqual(['deformity']);
  });
});
