// Configuration from the environment (dotenv), validated once at start.
// A bad value stops the start with one line that names the variable.
import { MESSAGE_MAX_CHARS, REQUEST_BODY_MAX_BYTES } from './limits';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const intInRange = (name: string, def: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      if (!/^\d+$/.test(v.trim())) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number, got "${v}"` });
        return z.NEVER;
      }
      const n = Number(v.trim());
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be between ${min} and ${max}, got ${n}` });
        return z.NEVER;
      }
      return n;
    })
    .describe(name);

const enumOf = <T extends string>(values: readonly [T, ...T[]], def: T) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return def;
      const t = v.trim() as T;
      if (!values.includes(t)) {
        ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}, got "${v}"` });
        return z.NEVER;
      }
      return t;
    });

const urlString = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return undefined;
    try {
      const u = new URL(v.trim());
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      return u.toString();
    } catch {
      ctx.addIssue({ code: 'custom', message: `must be an http(s) URL, got "${v}"` });
      return z.NEVER;
    }
  });

const envSchema = z.object({
  PORT: intInRange('PORT', 3978, 0, 65535),
  HOST: optionalString,
  DATA_DIR: optionalString,
  KNOWLEDGE_DIR: optionalString,
  STORAGE: enumOf(['sqlite', 'memory', 'azure'] as const, 'sqlite'),
  LOG_LEVEL: enumOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),

  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: enumOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, 'MultiTenant'),
  MicrosoftAppTenantId: optionalString,

  AZURE_STORAGE_CONNECTION_STRING: optionalString,
  AZURE_STORAGE_CONTAINER: optionalString,
  AZURE_CALLBACKS_TABLE: optionalString,

  CALLBACK_WEBHOOK_URL: urlString,
  CALLBACK_WEBHOOK_FORMAT: enumOf(['json', 'teams', 'slack'] as const, 'json'),
  CALLBACK_RETENTION_DAYS: intInRange('CALLBACK_RETENTION_DAYS', 90, 1, 3650),
  STAFF_API_TOKEN: optionalString,

  DIRECT_LINE_SECRET: optionalString,
  DIRECT_LINE_ENDPOINT: urlString,
  DIRECT_LINE_SIGNING_KEY: optionalString,
  DIRECT_LINE_TOKEN_TTL_SECONDS: intInRange('DIRECT_LINE_TOKEN_TTL_SECONDS', 1800, 60, 86400),
  // --- built-in Direct Line conversations (web chat) ---
  DIRECT_LINE_IDLE_MINUTES: intInRange('DIRECT_LINE_IDLE_MINUTES', 60, 5, 10080),
  DIRECT_LINE_MEMORY_MB: intInRange('DIRECT_LINE_MEMORY_MB', 64, 8, 4096),

  WEB_CHAT_EMBED_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const items = (v ?? '').split(/[\s,]+/).filter(Boolean);
      const origins: string[] = [];
      for (const item of items) {
        let url: URL | undefined;
        try {
          url = new URL(item);
        } catch {
          url = undefined;
        }
        if (
          !url ||
          (url.protocol !== 'https:' && url.protocol !== 'http:') ||
          url.origin !== item.replace(/\/+$/, '')
        ) {
          ctx.addIssue({
            code: 'custom',
            message: `must be a comma-separated list of origins like https://www.clinic.example, got "${item}"`,
          });
          return z.NEVER;
        }
        origins.push(url.origin);
      }
      return origins;
    }),
  TEAMS_APP_BASE_URL: urlString,
  PUBLIC_BASE_URL: urlString,

  RATE_LIMIT_PER_CONVERSATION: intInRange('RATE_LIMIT_PER_CONVERSATION', 30, 1, 100000),
  RATE_LIMIT_PER_ADDRESS: intInRange('RATE_LIMIT_PER_ADDRESS', 300, 1, 1000000),
  RATE_LIMIT_LOOPBACK: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = (v ?? '').trim().toLowerCase();
      if (t === '' || t === 'false') return false;
      if (t === 'true') return true;
      ctx.addIssue({ code: 'custom', message: `must be true or false, got "${v}"` });
      return z.NEVER;
    }),
  REQUEST_TIMEOUT_MS: intInRange('REQUEST_TIMEOUT_MS', 15000, 1000, 600000),

  // Reliability and retention (proxies, how long personal data is kept).
  TRUST_PROXY: intInRange('TRUST_PROXY', 0, 0, 10),
  STATE_RETENTION_HOURS: intInRange('STATE_RETENTION_HOURS', 24, 1, 8760),
  PURGE_INTERVAL_MINUTES: intInRange('PURGE_INTERVAL_MINUTES', 60, 1, 1440),
});

type StorageKind = 'sqlite' | 'memory' | 'azure';

export interface AppConfig {
  port: number;
  host?: string;
  dataDir: string;
  knowledgeDir: string;
  storage: StorageKind;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  bot: {
    appId?: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
  };
  azure: { connectionString?: string; container: string; callbacksTable: string };
  callbacks: { webhookUrl?: string; webhookFormat: 'json' | 'teams' | 'slack'; retentionDays: number };
  staffApiToken?: string;
  directLine: {
    /** Azure Direct Line secret; when set the page talks to Azure instead of the built-in one. */
    secret?: string;
    /** Azure Direct Line base URL (regional endpoints differ). */
    endpoint: string;
    /** HMAC key for built-in Direct Line tokens; random per start when unset. */
    signingKey?: string;
    tokenTtlSeconds: number;
    /** Built-in Direct Line: a conversation idle this long is deleted (memory and store). */
    idleMinutes: number;
    /** Built-in Direct Line: memory for all conversations' activities together (MB). */
    memoryMb: number;
  };
  web: {
    /** Sites allowed to frame the /embed widget page (CSP frame-ancestors). */
    embedOrigins: string[];
    /**
     * Public address of the deployed bot: links in staff notifications to /staff, the Teams
     * manifest. PUBLIC_BASE_URL, else TEAMS_APP_BASE_URL.
     */
    publicBaseUrl?: string;
  };
  limits: {
    maxBodyBytes: number;
    maxTextChars: number;
    perConversationPerMinute: number;
    perAddressPerMinute: number;
    /** Whether requests from this machine (127.0.0.1, ::1) spend a per-address budget too. */
    limitLoopback: boolean;
    requestTimeoutMs: number;
  };
  /** Proxies in front of the bot whose X-Forwarded-For is believed (0 = none: the socket address counts). */
  trustProxyHops: number;
  retention: {
    /** Conversation and user state (callback drafts included) untouched this long is deleted. */
    stateIdleHours: number;
    /** How often the purge runs. */
    purgeIntervalMinutes: number;
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Configuration error: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates; throws ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = parsed.data;
  const root = projectRoot();

  if (e.STAFF_API_TOKEN !== undefined && e.STAFF_API_TOKEN.length < 24) {
    throw new ConfigError('STAFF_API_TOKEN', 'must be at least 24 characters long');
  }
  if (e.STORAGE === 'azure' && !e.AZURE_STORAGE_CONNECTION_STRING) {
    throw new ConfigError('AZURE_STORAGE_CONNECTION_STRING', 'is required when STORAGE=azure');
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== 'UserAssignedMSI' && !e.MicrosoftAppPassword) {
    throw new ConfigError('MicrosoftAppPassword', 'is required when MicrosoftAppId is set');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    throw new ConfigError('MicrosoftAppTenantId', 'is required when MicrosoftAppType=SingleTenant');
  }
  if (e.DIRECT_LINE_SIGNING_KEY !== undefined && e.DIRECT_LINE_SIGNING_KEY.length < 32) {
    throw new ConfigError('DIRECT_LINE_SIGNING_KEY', 'must be at least 32 characters long');
  }

  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(root, e.DATA_DIR ?? 'data'),
    knowledgeDir: path.resolve(root, e.KNOWLEDGE_DIR ?? 'knowledge'),
    storage: e.STORAGE,
    logLevel: e.LOG_LEVEL,
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    azure: {
      connectionString: e.AZURE_STORAGE_CONNECTION_STRING,
      container: e.AZURE_STORAGE_CONTAINER ?? 'bot-state',
      callbacksTable: e.AZURE_CALLBACKS_TABLE ?? 'callbacks',
    },
    callbacks: {
      webhookUrl: e.CALLBACK_WEBHOOK_URL,
      webhookFormat: e.CALLBACK_WEBHOOK_FORMAT,
      retentionDays: e.CALLBACK_RETENTION_DAYS,
    },
    staffApiToken: e.STAFF_API_TOKEN,
    directLine: {
      secret: e.DIRECT_LINE_SECRET,
      endpoint: e.DIRECT_LINE_ENDPOINT ?? 'https://directline.botframework.com/v3/directline',
      signingKey: e.DIRECT_LINE_SIGNING_KEY,
      tokenTtlSeconds: e.DIRECT_LINE_TOKEN_TTL_SECONDS,
      idleMinutes: e.DIRECT_LINE_IDLE_MINUTES,
      memoryMb: e.DIRECT_LINE_MEMORY_MB,
    },
    web: { embedOrigins: e.WEB_CHAT_EMBED_ORIGINS, publicBaseUrl: e.PUBLIC_BASE_URL ?? e.TEAMS_APP_BASE_URL },
    limits: {
      maxBodyBytes: REQUEST_BODY_MAX_BYTES,
      maxTextChars: MESSAGE_MAX_CHARS,
      perConversationPerMinute: e.RATE_LIMIT_PER_CONVERSATION,
      perAddressPerMinute: e.RATE_LIMIT_PER_ADDRESS,
      limitLoopback: e.RATE_LIMIT_LOOPBACK,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    },
    trustProxyHops: e.TRUST_PROXY,
    retention: { stateIdleHours: e.STATE_RETENTION_HOURS, purgeIntervalMinutes: e.PURGE_INTERVAL_MINUTES },
  };
}
