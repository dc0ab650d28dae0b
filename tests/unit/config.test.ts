import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses the embedded defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.storage).toBe('sqlite');
    expect(c.dataDir).toMatch(/data$/);
    expect(c.bot.appId).toBeUndefined();
    expect(c.limits.maxBodyBytes).toBe(256 * 1024);
    expect(c.limits.maxTextChars).toBe(2000);
    expect(c.callbacks.webhookFormat).toBe('json');
    expect(c.trustProxyHops).toBe(0);
    expect(c.retention).toEqual({ stateIdleHours: 24, purgeIntervalMinutes: 60 });
  });

  it('reads TRUST_PROXY and the retention settings', () => {
    const c = loadConfig({ TRUST_PROXY: '1', STATE_RETENTION_HOURS: '72', PURGE_INTERVAL_MINUTES: '15' });
    expect(c.trustProxyHops).toBe(1);
    expect(c.retention).toEqual({ stateIdleHours: 72, purgeIntervalMinutes: 15 });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STORAGE: 'mongo' }, 'STORAGE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ CALLBACK_WEBHOOK_URL: 'not a url' }, 'CALLBACK_WEBHOOK_URL'],
    [{ CALLBACK_WEBHOOK_URL: 'ftp://x.example' }, 'CALLBACK_WEBHOOK_URL'],
    [{ CALLBACK_WEBHOOK_FORMAT: 'xml' }, 'CALLBACK_WEBHOOK_FORMAT'],
    [{ CALLBACK_RETENTION_DAYS: '0' }, 'CALLBACK_RETENTION_DAYS'],
    [{ STAFF_API_TOKEN: 'short' }, 'STAFF_API_TOKEN'],
    [{ STORAGE: 'azure' }, 'AZURE_STORAGE_CONNECTION_STRING'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppType: 'Nope' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'a', MicrosoftAppPassword: 'b', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ RATE_LIMIT_PER_CONVERSATION: '-1' }, 'RATE_LIMIT_PER_CONVERSATION'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY'],
    [{ STATE_RETENTION_HOURS: '0' }, 'STATE_RETENTION_HOURS'],
    [{ PURGE_INTERVAL_MINUTES: '0' }, 'PURGE_INTERVAL_MINUTES'],
    [{ DIRECT_LINE_SIGNING_KEY: 'too-short' }, 'DIRECT_LINE_SIGNING_KEY'],
    [{ WEB_CHAT_EMBED_ORIGINS: 'https://ok.example, not-an-origin' }, 'WEB_CHAT_EMBED_ORIGINS'],
    [{ WEB_CHAT_EMBED_ORIGINS: 'https://site.example/path' }, 'WEB_CHAT_EMBED_ORIGINS'],
    [{ TEAMS_APP_BASE_URL: 'bot.example' }, 'TEAMS_APP_BASE_URL'],
  ])('refuses %o with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toContain(variable);
    expect((error as Error).message).not.toContain('\n');
  });

  it('accepts a full valid environment', () => {
    const c = loadConfig({
      PORT: '8080',
      STORAGE: 'memory',
      STAFF_API_TOKEN: 'x'.repeat(24),
      CALLBACK_WEBHOOK_URL: 'https://hooks.example.com/abc',
      CALLBACK_WEBHOOK_FORMAT: 'teams',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
    });
    expect(c.port).toBe(8080);
    expect(c.staffApiToken).toHaveLength(24);
    expect(c.callbacks.webhookUrl).toBe('https://hooks.example.com/abc');
    expect(
      loadConfig({ WEB_CHAT_EMBED_ORIGINS: 'https://www.clinic.example, https://clinic.example/' }).web.embedOrigins,
    ).toEqual(['https://www.clinic.example', 'https://clinic.example']);
  });
});
