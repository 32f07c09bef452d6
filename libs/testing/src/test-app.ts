import { randomBytes } from 'node:crypto';

import type { INestApplication, Provider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';

import { AppModule, configureApp } from '#tutti/app';
import { AuthService } from '#tutti/auth';
import { type AppConfig, JsonLogger, loadConfig } from '#tutti/common';
import { TenantDatabaseServer } from '#tutti/tenancy';

import { adminQuery, databaseUrl, testServerEnv } from './test-server.js';

export const BASE_DOMAIN = 'tutti.test';
export const CENTRAL_HOST = `admin.${BASE_DOMAIN}`;
export const hostOf = (subdomain: string) => `${subdomain}.${BASE_DOMAIN}`;

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Replaces providers, e.g. an observer that fails a provisioning step. */
  overrides?: Array<{ provide: unknown; useValue: unknown }>;
  providers?: Provider[];
  /** A second gateway copy of the same deployment: same control plane, secrets and tenants. */
  sameDeploymentAs?: TestApp;
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  serverUrl: string;
  controlUrl: string;
  http: ReturnType<typeof request>;
  /** The central domain's host and a tenant's host under this app's base domain. */
  centralHost: string;
  hostOf(subdomain: string): string;
  get<T>(token: unknown): T;
  superadminToken(): Promise<string>;
  /** An admin URL to a tenant's own database: for tests that check rows behind the API. */
  tenantDatabaseUrl(orchestraId: string): string;
  /** The superadmin's email and password (created with the first token). */
  superadminCredentials(): Promise<{ email: string; password: string }>;
  provision(
    subdomain: string,
    extra?: Record<string, unknown>,
  ): Promise<{ id: string; subdomain: string; status: string }>;
  waitForStatus(
    id: string,
    statuses: string[],
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  tenantAdminToken(orchestraId: string, subdomain: string): Promise<string>;
  /** A new tenant admin, invited and with a password set: what a person signs in with. */
  tenantAdmin(
    orchestraId: string,
    subdomain: string,
  ): Promise<{ email: string; password: string; token: string }>;
  close(): Promise<void>;
}

/**
 * The real AppModule, configured as main.ts configures it, on a fresh control-plane database
 * cloned from the migrated template. Only the edges are replaced. Each test file gets its own.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { serverUrl, runId, controlTemplate } = testServerEnv();
  const tag = randomBytes(3).toString('hex');
  const peer = options.sameDeploymentAs;
  const controlDb = peer ? new URL(peer.controlUrl).pathname.slice(1) : `tt_${runId}_ctl_${tag}`;
  if (!peer)
    await adminQuery(serverUrl, `CREATE DATABASE "${controlDb}" TEMPLATE "${controlTemplate}"`);
  const controlUrl = databaseUrl(serverUrl, controlDb);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: controlUrl,
    TENANT_DATABASE_URL: serverUrl,
    TENANT_DATABASE_PREFIX: peer?.config.tenantDatabasePrefix ?? `tt_${runId}_${tag}_`,
    JWT_SECRET: peer?.config.jwtSecret ?? randomBytes(32).toString('hex'),
    TUTTI_ENCRYPTION_KEY: peer?.config.encryptionKey ?? randomBytes(32).toString('base64'),
    BASE_DOMAIN,
    JOBS_POLLING_INTERVAL_SECONDS: '0.5',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    TENANT_POOL_IDLE_CLIENT_MS: '60000',
    TENANT_TEMPLATE_DATABASE: process.env.TUTTI_TEST_TENANT_TEMPLATE ?? '',
    ACCESS_LOG: 'false',
    TENANT_MOVE_SETTLE_MS: '200',
    ...options.env,
  });
  let builder = Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
    providers: options.providers ?? [],
  });
  for (const o of options.overrides ?? [])
    builder = builder.overrideProvider(o.provide).useValue(o.useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({
    logger: new JsonLogger(config.logLevel),
    bodyParser: false,
  });
  configureApp(app);
  await app.init();
  const http = request(app.getHttpServer());
  // The hosts of this app's own base domain (tutti.test, or localhost for browser tests).
  const central = `admin.${config.baseDomain}`;
  const tenantHost = (subdomain: string) => `${subdomain}.${config.baseDomain}`;

  let superToken: Promise<string> | undefined;
  const superPassword = randomBytes(12).toString('base64url');
  async function signInSuperadmin(): Promise<string> {
    const password = superPassword;
    await app.get(AuthService).createSuperadmin('root@tutti.test', 'Root', password);
    const res = await request(app.getHttpServer())
      .post('/platform/auth/login')
      .set('Host', central)
      .send({ email: 'root@tutti.test', password });
    if (res.status !== 200)
      throw new Error(`superadmin login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }
  const t: TestApp = {
    app,
    config,
    serverUrl,
    controlUrl,
    http,
    centralHost: central,
    hostOf: tenantHost,
    get: <T>(token: unknown) => app.get<T>(token as never),
    tenantDatabaseUrl(orchestraId) {
      return databaseUrl(serverUrl, app.get(TenantDatabaseServer).databaseNameFor(orchestraId));
    },
    superadminToken() {
      superToken ??= signInSuperadmin();
      return superToken;
    },
    async superadminCredentials() {
      await t.superadminToken();
      return { email: 'root@tutti.test', password: superPassword };
    },
    async provision(subdomain, extra = {}) {
      const token = await t.superadminToken();
      const res = await request(app.getHttpServer())
        .post('/platform/orchestras')
        .set('Host', central)
        .auth(token, { type: 'bearer' })
        .send({
          name: `Orchestra ${subdomain}`,
          subdomain,
          kind: 'orchestra',
          plan: 'medium',
          contactName: 'Contact Person',
          contactEmail: `contact@${subdomain}.example`,
          ...extra,
        });
      if (res.status !== 202)
        throw new Error(
          `provisioning ${subdomain} refused: ${res.status} ${JSON.stringify(res.body)}`,
        );
      return res.body;
    },
    async waitForStatus(id, statuses, timeoutMs = 90_000) {
      const token = await t.superadminToken();
      const until = Date.now() + timeoutMs;
      for (;;) {
        const res = await request(app.getHttpServer())
          .get(`/platform/orchestras/${id}`)
          .set('Host', central)
          .auth(token, { type: 'bearer' });
        if (statuses.includes(res.body.status)) return res.body;
        if (Date.now() > until)
          throw new Error(
            `orchestra ${id} stayed ${res.body.status} (${JSON.stringify(res.body.provisioning)})`,
          );
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async tenantAdminToken(orchestraId, subdomain) {
      return (await t.tenantAdmin(orchestraId, subdomain)).token;
    },
    async tenantAdmin(orchestraId, subdomain) {
      const password = 'correct horse battery staple';
      const token = await t.superadminToken();
      const email = `admin-${randomBytes(3).toString('hex')}@${subdomain}.example`;
      const invite = await request(app.getHttpServer())
        .post(`/platform/orchestras/${orchestraId}/invitations`)
        .set('Host', central)
        .auth(token, { type: 'bearer' })
        .send({ email, name: 'Tenant Admin', role: 'admin' });
      if (invite.status !== 201)
        throw new Error(`invite failed: ${invite.status} ${JSON.stringify(invite.body)}`);
      const invitationToken = String(invite.body.invitationUrl).split('#')[1];
      const accepted = await request(app.getHttpServer())
        .post('/api/auth/invitations/accept')
        .set('Host', tenantHost(subdomain))
        .send({ token: invitationToken, password });
      if (accepted.status !== 200)
        throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
      return { email, password, token: accepted.body.accessToken as string };
    },
    async close() {
      await app.close();
      if (peer) return;
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${controlDb}" WITH (FORCE)`).catch(
        () => undefined,
      );
    },
  };
  return t;
}
