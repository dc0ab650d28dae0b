// Command-line options of `npm run teams:package`, parsed without side effects so they are testable.
import { parseArgs } from 'node:util';

export interface TeamsPackageCliOptions {
  appId: string;
  baseUrl: string;
  privacyUrl?: string;
  termsOfUseUrl?: string;
  out: string;
}

export const TEAMS_PACKAGE_USAGE = `Usage: npm run teams:package -- [--app-id GUID] [--base-url https://…] [--privacy-url URL] [--terms-url URL] [--out FILE]
  --app-id      the Azure Bot's Microsoft App ID (default: MicrosoftAppId from the environment / .env)
  --base-url    public https address of the deployed bot (default: TEAMS_APP_BASE_URL)
  --privacy-url privacy statement (default: {base-url}/privacy)
  --terms-url   terms of use (default: {base-url}/terms)
  --out         output zip (default: dist/teams/knee-pain-bot.zip)
To try the build without an Azure Bot, pass the placeholder id and address:
  npm run teams:package -- --app-id 00000000-0000-0000-0000-000000000000 --base-url https://example.invalid`;

/** Options from argv and env; throws an Error whose message says exactly what is missing. */
export function parseTeamsPackageArgs(argv: string[], env: NodeJS.ProcessEnv): TeamsPackageCliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      'app-id': { type: 'string' },
      'base-url': { type: 'string' },
      'privacy-url': { type: 'string' },
      'terms-url': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  });
  const appId = (values['app-id'] ?? env.MicrosoftAppId ?? '').trim();
  const baseUrl = (values['base-url'] ?? env.TEAMS_APP_BASE_URL ?? '').trim();
  const missing: string[] = [];
  if (!appId) missing.push('the bot app id: set MicrosoftAppId (in .env) or pass --app-id');
  if (!baseUrl) missing.push('the public https address: set TEAMS_APP_BASE_URL or pass --base-url');
  if (missing.length)
    throw new Error(`Cannot build the Teams package without ${missing.join('; and ')}.\n${TEAMS_PACKAGE_USAGE}`);
  return {
    appId,
    baseUrl,
    privacyUrl: values['privacy-url'],
    termsOfUseUrl: values['terms-url'],
    out: values.out ?? 'dist/teams/knee-pain-bot.zip',
  };
}
