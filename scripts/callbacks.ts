// npm run callbacks [-- --status open|new|called|unreachable|done] [--search REF|PHONE|NAME] [--sort newest|oldest] [--limit N] [--json]
// Lists callback requests from the local SQLite file (<DATA_DIR>/bot.db) in the staff queue's
// order (to call first, urgent at the top). For STORAGE=azure use /staff or GET /api/callbacks.
import fs from 'node:fs';
import dotenv from 'dotenv';
import { SqliteCallbackStore } from '../src/callbacks/sqliteCallbackStore';
import { formatTable, parseCliArgs } from '../src/callbacks/table';
import { loadConfig } from '../src/config';
import { loadKnowledge } from '../src/knowledge/load';
import { databaseFile } from '../src/storage/sqliteDb';

const USAGE = `Usage: npm run callbacks [-- --status open|new|called|unreachable|done] [--search REF|PHONE|NAME]
                         [--sort newest|oldest] [--limit N] [--json]
Lists callback requests from ${'<DATA_DIR>'}/bot.db as the staff page does: those still to call first
(urgent at the top), then called, then done; newest first within each (times in the clinic's zone).
"open" = new + unreachable.`;

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const args = parseCliArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const file = databaseFile(config.dataDir);
  if (!fs.existsSync(file)) {
    console.log(`No callback requests yet: ${file} does not exist.`);
    return 0;
  }
  // Times in the clinic's zone when the knowledge loads; UTC otherwise (the list matters more).
  let timeZone = 'UTC';
  try {
    timeZone = loadKnowledge(config.knowledgeDir).clinic.timeZone;
  } catch {
    console.error('(knowledge folder could not be read; times shown in UTC)');
  }
  const store = SqliteCallbackStore.open(file);
  try {
    const { items: rows } = await store.page({ status: args.status, q: args.q, sort: args.sort, limit: args.limit });
    console.log(args.json ? JSON.stringify(rows, null, 2) : formatTable(rows, timeZone));
    if (!args.json) {
      const c = await store.counts();
      console.log(
        `\n${rows.length} shown · new ${c.new} · couldn't reach ${c.unreachable} · called ${c.called} · done ${c.done}`,
      );
    }
  } finally {
    await store.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`callbacks: ${(err as Error)?.message ?? String(err)}`);
    process.exit(1);
  },
);
