// Shared helpers for the knowledge tests: the real folder, and throw-away copies of it to break.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { projectRoot } from '../../src/paths';

export const KNOWLEDGE_DIR = path.join(projectRoot(), 'knowledge');

/** A fresh copy of the real knowledge folder in a temp dir (never edits the real files). */
export function copyKnowledge(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knowledge-'));
  fs.cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  return dir;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Edits one YAML file through the yaml Document API, keeping its comments. */
export function editYaml(dir: string, file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const absolute = path.join(dir, file);
  const doc = parseDocument(fs.readFileSync(absolute, 'utf8'));
  edit(doc);
  fs.writeFileSync(absolute, String(doc));
}

/** Replaces one exact piece of text (fails loudly if the text is not there, so fixtures stay honest). */
export function replaceText(dir: string, file: string, from: string, to: string): void {
  const absolute = path.join(dir, file);
  const text = fs.readFileSync(absolute, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture text not found in ${file}: ${from}`);
  fs.writeFileSync(absolute, text.replace(from, to));
}

/** Index of an entry in one entries file, by id (so fixtures don't depend on ordering). */
export function entryIndex(dir: string, file: string, id: string): number {
  const doc = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'));
  const list = doc.toJS().entries as { id: string }[];
  const index = list.findIndex((e) => e.id === id);
  if (index < 0) throw new Error(`no entry ${id} in ${file}`);
  return index;
}
