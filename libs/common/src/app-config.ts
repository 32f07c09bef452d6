/**
 * Every setting Tutti reads, parsed and checked once at boot. A missing or malformed setting
 * stops the start with a message that names it. `.env.example` documents each key.
 */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  /**
   * Which proxies in front are trusted for the client address and scheme (X-Forwarded-*):
   * false (none, the default), a hop count, or a comma-separated list of addresses/CIDRs.
   */
  trustProxy: false | number | string;
  /** Tenants live at `<subdomain>.<baseDomain>`; the apex and `admin.<baseDomain>` are central. */
  baseDomain: string;
  /** Scheme and port used in links that Tutti prints or sends (`http`, `:3000`). */
  publicScheme: 'http' | 'https';
  publicPort: number | null;
  controlDatabaseUrl: string;
  /** A URL on the server where tenant databases are created (any database; `postgres` is used). */
  tenantServerUrl: string;
  tenantDatabasePrefix: string;
  /** Create a login role per tenant database, so one tenant's credentials open no other. */
  tenantRolePerDatabase: boolean;
  /**
   * A database on the tenant server, migrated with the tenant schema, that new tenant
   * databases are copied from (CREATE DATABASE … TEMPLATE): provisioning then applies only
   * the migrations the template lacks. Null: new databases start empty and are migrated.
   */
  tenantTemplateDatabase: string | null;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  encryptionKey: string;
  pool: {
    /** Memory the tenant clients may use; sets maxClients unless that is given. */
    memoryBudgetMb: number;
    maxClients: number;
    connectionsPerClient: number;
    idleClientMs: number;
    connectTimeoutMs: number;
    idleConnectionMs: number;
  };
  tenantCacheTtlMs: number;
  /** The web app's build (index.html and assets/), served on every host; `npm run build` makes it. */
  webAppDir: string;
  migrationConcurrency: number;
  jobs: {
    enabled: boolean;
    pollingIntervalSeconds: number;
    /** How often lost (expired) jobs are found and retried. */
    maintenanceIntervalSeconds: number;
  };
  loginRateLimit: { max: number; windowSeconds: number };
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Where uploaded files (the music library) are kept, and how long a download link lives. */
  /** DNS servers for custom-domain checks (`ip` or `ip:port`); empty: the system's. */
  dnsServers: string[];
  storage: {
    kind: 'local' | 's3';
    /** The local store's directory (`local`). */
    dir: string;
    /** An S3-compatible bucket (`s3`): AWS, MinIO, R2...; credentials from the env. */
    s3: {
      bucket: string;
      region: string;
      endpoint: string | null;
      accessKeyId: string | null;
      secretAccessKey: string | null;
    };
    signedUrlTtlSeconds: number;
    /** The largest file a library upload may be. */
    maxUploadMb: number;
  };
  /** Stripe: plans, Checkout, the billing portal and its webhooks. Off without a secret key. */
  billing: {
    stripeSecretKey: string | null;
    stripeWebhookSecret: string | null;
    /** Where the Stripe SDK sends its calls (tests: a local stand-in); Stripe's own when null. */
    stripeApiBase: string | null;
    /** Days an ensemble keeps working after a failed payment before it is suspended. */
    graceDays: number;
    /** Days of free use for an ensemble that signs itself up. */
    trialDays: number;
    /** Self-service sign-up on the central domain. */
    signupEnabled: boolean;
  };
  /** How long backups are kept: the last one before a deletion, and those taken by hand. */
  backups: { finalKeepDays: number; manualKeepDays: number };
  /**
   * Tenant database servers: the capacity the `default` server (TENANT_DATABASE_URL) is
   * registered with, how long a move waits after maintenance starts for requests under way to
   * finish, and how the Neon driver reaches Neon (its WebSocket proxy, TLS or not).
   */
  databaseServers: {
    defaultCapacity: number;
    moveSettleMs: number;
    neonWsProxy: string | null;
    neonWsTls: boolean;
    /** How Neon tenants are served: the pg adapter over TCP, or Neon's serverless driver. */
    neonDriver: 'pg' | 'serverless';
  };
  /** Running it: metrics, the access log, shutdown. */
  operations: {
    /** Bearer token for `GET /metrics` (Prometheus); null: /metrics answers 404. */
    metricsToken: string | null;
    /** One JSON line per request (method, route, status, duration, tenant, request id). */
    accessLog: boolean;
    /** After SIGTERM, /ready answers 503 this long before the server stops taking requests. */
    shutdownDrainMs: number;
    /** The worker process's own port for /health, /ready and /metrics. */
    workerPort: number;
  };
  /** Platform-wide provider credentials, used when an orchestra has none of its own. */
  messaging: {
    resendApiKey: string | null;
    resendBaseUrl: string | null;
    emailFrom: string;
    twilioAccountSid: string | null;
    twilioAuthToken: string | null;
    twilioFromNumber: string | null;
    twilioBaseUrl: string | null;
    /** Reminder at this share of the response time (50 = halfway to the deadline). */
    reminderAtPercent: number;
    /** First retry of a failed send after this long; each further retry waits longer. */
    retryDelaySeconds: number;
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** RSS one open tenant client (PrismaClient + its pg pool) costs, rounded up from the bench. */
export const TENANT_CLIENT_MB = 5;

type Env = Record<string, string | undefined>;

class Problems {
  readonly list: string[] = [];
  add(key: string, why: string) {
    this.list.push(`${key}: ${why}`);
  }
}

function int(env: Env, key: string, fallback: number, p: Problems, min = 0): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    p.add(key, `must be an integer >= ${min}, got "${raw}"`);
    return fallback;
  }
  return n;
}

function bool(env: Env, key: string, fallback: boolean, p: Problems): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  p.add(key, `must be true or false, got "${env[key]}"`);
  return fallback;
}

function url(env: Env, key: string, p: Problems, required: boolean): string {
  const raw = env[key];
  if (!raw) {
    if (required) p.add(key, 'is required');
    return '';
  }
  try {
    const u = new URL(raw);
    if (!['postgres:', 'postgresql:'].includes(u.protocol))
      p.add(key, 'must be a postgres:// or postgresql:// URL');
  } catch {
    p.add(key, 'is not a valid URL');
  }
  return raw;
}

function oneOf<T extends string>(
  env: Env,
  key: string,
  allowed: readonly T[],
  fallback: T,
  p: Problems,
): T {
  const raw = (env[key] ?? '').trim();
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  p.add(key, `must be one of ${allowed.join(', ')}`);
  return fallback;
}

/** The server part of a PostgreSQL URL, pointed at another database. */
export function withDatabase(connectionString: string, database: string): string {
  const u = new URL(connectionString);
  u.pathname = '/' + encodeURIComponent(database);
  return u.toString();
}

export function loadConfig(env: Env = process.env): AppConfig {
  const p = new Problems();
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const controlDatabaseUrl = url(env, 'DATABASE_URL', p, true);
  const tenantServerUrl = env.TENANT_DATABASE_URL
    ? url(env, 'TENANT_DATABASE_URL', p, true)
    : controlDatabaseUrl && withDatabase(controlDatabaseUrl, 'postgres');

  const jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret.length < 32) p.add('JWT_SECRET', 'is required and must be at least 32 characters');
  const encryptionKey = env.TUTTI_ENCRYPTION_KEY ?? '';
  if (Buffer.from(encryptionKey, 'base64').length !== 32)
    p.add('TUTTI_ENCRYPTION_KEY', 'is required: 32 random bytes, base64 (openssl rand -base64 32)');

  const baseDomain = (env.BASE_DOMAIN ?? 'localhost').toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(baseDomain))
    p.add('BASE_DOMAIN', `is not a domain name: "${baseDomain}"`);
  const scheme = env.PUBLIC_SCHEME ?? (nodeEnv === 'production' ? 'https' : 'http');
  if (scheme !== 'http' && scheme !== 'https') p.add('PUBLIC_SCHEME', 'must be http or https');
  const prefix = env.TENANT_DATABASE_PREFIX ?? 'tutti_t_';
  if (!/^[a-z_][a-z0-9_]{0,30}$/.test(prefix))
    p.add('TENANT_DATABASE_PREFIX', 'must be lower-case letters, digits and _');
  if (env.TENANT_TEMPLATE_DATABASE && !/^[a-z_][a-z0-9_]{0,62}$/.test(env.TENANT_TEMPLATE_DATABASE))
    p.add(
      'TENANT_TEMPLATE_DATABASE',
      'must be a database name of lower-case letters, digits and _',
    );
  const logLevel = (env.LOG_LEVEL ?? 'log') as AppConfig['logLevel'];
  if (!['error', 'warn', 'log', 'debug', 'verbose'].includes(logLevel))
    p.add('LOG_LEVEL', 'must be error, warn, log, debug or verbose');

  const port = int(env, 'PORT', 3000, p);
  const poolBudgetMb = int(env, 'TENANT_POOL_MEMORY_MB', 250, p, TENANT_CLIENT_MB);
  const trustProxyRaw = (env.TRUST_PROXY ?? '').trim();
  const trustProxy: AppConfig['trustProxy'] =
    trustProxyRaw === '' || trustProxyRaw === 'false'
      ? false
      : /^\d+$/.test(trustProxyRaw)
        ? Number(trustProxyRaw)
        : trustProxyRaw;
  if (
    typeof trustProxy === 'string' &&
    !/^[0-9a-fA-F.:/, ]+$|^(loopback|linklocal|uniquelocal)/.test(trustProxy)
  )
    p.add('TRUST_PROXY', 'must be a hop count or a comma-separated list of addresses or CIDRs');
  const config: AppConfig = {
    env: nodeEnv,
    port,
    trustProxy,
    baseDomain,
    publicScheme: scheme as 'http' | 'https',
    publicPort: env.PUBLIC_PORT
      ? int(env, 'PUBLIC_PORT', port, p)
      : nodeEnv === 'production'
        ? null
        : port,
    controlDatabaseUrl,
    tenantServerUrl,
    tenantDatabasePrefix: prefix,
    tenantRolePerDatabase: bool(env, 'TENANT_ROLE_PER_DATABASE', true, p),
    tenantTemplateDatabase: env.TENANT_TEMPLATE_DATABASE || null,
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, p, 30),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, p, 60),
    encryptionKey,
    pool: {
      memoryBudgetMb: poolBudgetMb,
      // Sized by memory: each open tenant client costs about TENANT_CLIENT_MB of RSS (measured
      // by `npm run bench`); an explicit TENANT_POOL_MAX_CLIENTS wins.
      maxClients: int(
        env,
        'TENANT_POOL_MAX_CLIENTS',
        Math.max(1, Math.floor(poolBudgetMb / TENANT_CLIENT_MB)),
        p,
        1,
      ),
      connectionsPerClient: int(env, 'TENANT_POOL_CONNECTIONS_PER_CLIENT', 5, p, 1),
      idleClientMs: int(env, 'TENANT_POOL_IDLE_CLIENT_MS', 5 * 60_000, p, 100),
      connectTimeoutMs: int(env, 'TENANT_DB_CONNECT_TIMEOUT_MS', 5_000, p, 100),
      idleConnectionMs: int(env, 'TENANT_DB_IDLE_CONNECTION_MS', 30_000, p, 100),
    },
    tenantCacheTtlMs: int(env, 'TENANT_CACHE_TTL_MS', 30_000, p, 0),
    webAppDir: env.WEB_APP_DIR || 'dist/web',
    migrationConcurrency: int(env, 'TENANT_MIGRATION_CONCURRENCY', 4, p, 1),
    jobs: {
      enabled: bool(env, 'JOBS_ENABLED', true, p),
      pollingIntervalSeconds: Number(env.JOBS_POLLING_INTERVAL_SECONDS ?? 2),
      maintenanceIntervalSeconds: int(env, 'JOBS_MAINTENANCE_INTERVAL_SECONDS', 15, p, 1),
    },
    loginRateLimit: {
      max: int(env, 'LOGIN_RATE_LIMIT_MAX', 10, p, 1),
      windowSeconds: int(env, 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', 900, p, 1),
    },
    logLevel,
    dnsServers: (env.DNS_SERVERS ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    storage: {
      kind: env.FILE_STORAGE === 's3' ? 's3' : 'local',
      dir: env.FILE_STORAGE_DIR || '.data/files',
      s3: {
        bucket: env.S3_BUCKET ?? '',
        region: env.S3_REGION || 'us-east-1',
        endpoint: env.S3_ENDPOINT || null,
        accessKeyId: env.S3_ACCESS_KEY_ID || null,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY || null,
      },
      signedUrlTtlSeconds: int(env, 'DOWNLOAD_URL_TTL_SECONDS', 300, p, 10),
      maxUploadMb: int(env, 'MAX_UPLOAD_MB', 25, p, 1),
    },
    billing: {
      stripeSecretKey: env.STRIPE_SECRET_KEY || null,
      stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET || null,
      stripeApiBase: env.STRIPE_API_BASE || null,
      graceDays: int(env, 'BILLING_GRACE_DAYS', 14, p, 0),
      trialDays: int(env, 'TRIAL_DAYS', 30, p, 0),
      signupEnabled: bool(env, 'SIGNUP_ENABLED', true, p),
    },
    backups: {
      finalKeepDays: int(env, 'BACKUP_FINAL_KEEP_DAYS', 30, p, 1),
      manualKeepDays: int(env, 'BACKUP_MANUAL_KEEP_DAYS', 90, p, 1),
    },
    databaseServers: {
      defaultCapacity: int(env, 'TENANT_SERVER_CAPACITY', 1000, p, 0),
      moveSettleMs: int(env, 'TENANT_MOVE_SETTLE_MS', 2_000, p, 0),
      neonWsProxy: env.NEON_WS_PROXY || null,
      neonWsTls: bool(env, 'NEON_WS_TLS', true, p),
      neonDriver: oneOf(env, 'NEON_DRIVER', ['pg', 'serverless'] as const, 'pg', p),
    },
    operations: {
      metricsToken: env.METRICS_TOKEN || null,
      accessLog: bool(env, 'ACCESS_LOG', true, p),
      shutdownDrainMs: int(env, 'SHUTDOWN_DRAIN_MS', nodeEnv === 'production' ? 5_000 : 0, p, 0),
      workerPort: int(env, 'WORKER_PORT', 3001, p, 0),
    },
    messaging: {
      resendApiKey: env.RESEND_API_KEY || null,
      resendBaseUrl: env.RESEND_BASE_URL || null,
      emailFrom: env.EMAIL_FROM || 'Tutti <no-reply@tutti.example>',
      twilioAccountSid: env.TWILIO_ACCOUNT_SID || null,
      twilioAuthToken: env.TWILIO_AUTH_TOKEN || null,
      twilioFromNumber: env.TWILIO_FROM_NUMBER || null,
      twilioBaseUrl: env.TWILIO_BASE_URL || null,
      reminderAtPercent: int(env, 'REMINDER_AT_PERCENT', 50, p, 1),
      retryDelaySeconds: int(env, 'MESSAGE_RETRY_DELAY_SECONDS', 10, p, 1),
    },
  };
  if (config.billing.stripeApiBase && !/^https?:\/\/[^/]+\/?$/.test(config.billing.stripeApiBase))
    p.add('STRIPE_API_BASE', 'must be an http(s) origin, e.g. http://127.0.0.1:12111');
  if (env.FILE_STORAGE && !['local', 's3'].includes(env.FILE_STORAGE))
    p.add('FILE_STORAGE', 'must be local or s3');
  if (config.storage.kind === 's3' && !config.storage.s3.bucket)
    p.add('S3_BUCKET', 'is required when FILE_STORAGE=s3');
  if (config.messaging.reminderAtPercent >= 100) p.add('REMINDER_AT_PERCENT', 'must be below 100');
  if (!(config.jobs.pollingIntervalSeconds >= 0.5))
    p.add('JOBS_POLLING_INTERVAL_SECONDS', 'must be a number >= 0.5 (pg-boss minimum)');
  if (config.operations.metricsToken && config.operations.metricsToken.length < 16)
    p.add('METRICS_TOKEN', 'must be at least 16 characters');
  if (p.list.length) {
    throw new Error(`Invalid configuration:\n  - ${p.list.join('\n  - ')}`);
  }
  return config;
}
