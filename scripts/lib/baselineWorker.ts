// A child process of precomputedBaseline (./baseline.ts): receives a list of messages, answers
// with the fuse.js baseline's hits for each, in order. argv[2] names the knowledge: 'en' or 'es'.
import { join } from 'node:path';
import { loadKnowledgeSet } from '../../src/knowledge/load';
import { baselineSearch } from './baseline';

const set = loadKnowledgeSet(join(__dirname, '../../knowledge'));
const knowledge = process.argv[2] === 'es' ? set.es : set.en;
const search = baselineSearch(knowledge);

process.once('message', (texts) => {
  process.send?.((texts as string[]).map(search));
});
