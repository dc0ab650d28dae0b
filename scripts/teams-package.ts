// `npm run teams:package`: builds dist/teams/knee-pain-bot.zip (manifest + icons), validated.
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { parseTeamsPackageArgs } from '../tools/teams/cli';
import { buildTeamsPackage, TeamsPackageError } from '../tools/teams/package';
import { projectRoot } from '../src/paths';

function main(): void {
  dotenv.config({ quiet: true });
  const root = projectRoot();
  let options;
  try {
    options = parseTeamsPackageArgs(process.argv.slice(2), process.env);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const template: unknown = JSON.parse(fs.readFileSync(path.join(root, 'teams', 'manifest.template.json'), 'utf8'));
  try {
    const { zip, manifest } = buildTeamsPackage({ ...options, version: pkg.version, template });
    const out = path.resolve(root, options.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, zip);
    const bot = (manifest.bots as { botId: string }[])[0]!;
    process.stdout.write(
      `Teams package written: ${path.relative(root, out)} (${zip.length} bytes)\n  app id ${manifest.id as string}, bot id ${bot.botId}, version ${manifest.version as string}\n  Upload it in Teams: Apps → Manage your apps → Upload an app (or the Teams admin centre).\n`,
    );
  } catch (e) {
    if (e instanceof TeamsPackageError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

main();
