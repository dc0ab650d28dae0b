// Every labelled message the project has (triage, Spanish triage and matcher sets), for tests that
// prove a faster path gives exactly what the plain one does.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

const FOLDERS = ['tests/triage', 'tests/triage-es', 'tests/eval'];
/** The fields that hold a message a person typed (follow-up and two-message sets have two). */
const TEXT_FIELDS = ['text', 'first', 'followUp', 'second'];

export function labelledMessages(): string[] {
  const texts = new Set<string>();
  for (const folder of FOLDERS) {
    const dir = path.join(projectRoot(), folder);
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line) as Record<string, unknown>;
        for (const field of TEXT_FIELDS) if (typeof record[field] === 'string') texts.add(record[field]);
      }
    }
  }
  return [...texts];
}
