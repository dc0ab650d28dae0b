// Every knowledge/messages/*.yaml merged, as the knowledge loader merges them, for tests of code
// that takes the knowledge's messages without loading the whole knowledge.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { projectRoot } from '../../src/paths';

const dir = path.join(projectRoot(), 'knowledge', 'messages');

export const knowledgeMessages: Readonly<Record<string, string>> = Object.assign(
  {},
  ...fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => yaml.load(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, string>),
);
