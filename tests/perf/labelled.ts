// Every labelled message the project has (triage, Spanish triage and matcher sets), for tests that
// prove a faster path gives exactly what the plain one does.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';

const FOLDERS = ['tests/triage', 'tests/triage-es', 'tests/eval'];
/** The fields that hold a message a person typed (follow-up and two-message sets have two). */
const TEXT_FIELDS = ['text', 'first', 'followUp', 'second'];

/** Held-out sets (unseen-… in the triage folders, every blind set of tests/eval): never tuned on. */
function heldOut(folder: string, name: string): boolean {
  return folder === 'tests/eval' ? name.includes('blind') : name.startsWith('unseen-');
}

/** `withHeldOut: false` leaves the held-out sets out. */
export function labelledMessages({ withHeldOut = true }: { withHeldOut?: boolean } = {}): string[] {
  const texts = new Set<string>();
  for (const folder of FOLDERS) {
    const dir = path.join(projectRoot(), folder);
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      if (!withHeldOut && heldOut(folder, name)) continue;
      for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line) as Record<string, unknown>;
        for (const field of TEXT_FIELDS) if (typeof record[field] === 'string') texts.add(record[field]);
      }
    }
  }
  return [...texts];
}
