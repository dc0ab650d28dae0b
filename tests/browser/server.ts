// A server with only the web page and the built-in Direct Line in front of a tiny echo bot:
// checks the page itself (CSP, keyboard, width, tel:) independently of the clinic dialogs.
import restify from 'restify';
import { BotAdapter } from '../../src/adapter';
import { systemClock, type Clock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { registerDirectLine } from '../../src/directline';
import { silentLogger } from '../../src/logging';
import { registerWebPage } from '../../src/web/page';
import { echoLogic } from '../directline/harness';
import { clinicOnlyKnowledge } from '../directline/knowledgeFixture';

export async function startEchoChat(
  env: Record<string, string> = {},
  embedOrigins: string[] = [],
  clock: Clock = systemClock,
): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent', ...env });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: config.limits.maxBodyBytes, mapParams: false }));
  const dl = registerDirectLine(server, {
    adapter: new BotAdapter(config),
    logic: echoLogic,
    config,
    logger: silentLogger,
    clock,
    knowledge: clinicOnlyKnowledge(),
  });
  registerWebPage(server, { config, knowledge: clinicOnlyKnowledge(), embedOrigins });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    async close() {
      await dl.close();
      server.server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
