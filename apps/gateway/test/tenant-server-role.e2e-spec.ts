import { randomBytes } from 'node:crypto';

import { warnOnConnectionBudget } from '#tutti/app';
import {
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  testServerEnv,
} from '#tutti/testing';

/**
 * The documented tenant-server role: a login with CREATEDB and CREATEROLE, not a superuser.
 * Provisioning through it creates the ensemble's database and a role that owns it.
 */
describe('a tenant server reached through a non-superuser role', () => {
  const { serverUrl } = testServerEnv();
  const admin = `prov_${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  let t: TestApp;

  beforeAll(async () => {
    await adminQuery(
      serverUrl,
      `CREATE ROLE "${admin}" LOGIN CREATEDB CREATEROLE PASSWORD '${password}'`,
    );
    const url = new URL(serverUrl);
    url.username = admin;
    url.password = password;
    t = await createTestApp({
      env: { TENANT_DATABASE_URL: url.toString(), TENANT_TEMPLATE_DATABASE: '' },
    });
  }, 60_000);
  afterAll(() => t?.close());

  it('provisions an ensemble whose own role owns its database, and serves it', async () => {
    const ens = await createTenant(t, `role-${randomBytes(2).toString('hex')}`);
    await ens.api('get', '/api/musicians').expect(200);
    const name = t.tenantDatabaseUrl(ens.id).split('/').pop()!;
    const [db] = await adminQuery<{ owner: string }>(
      serverUrl,
      `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`,
      [name],
    );
    expect(db.owner).toBe(name);
    const [role] = await adminQuery<{ rolsuper: boolean }>(
      serverUrl,
      `SELECT rolsuper FROM pg_roles WHERE rolname = $1`,
      [admin],
    );
    expect(role.rolsuper).toBe(false);
  }, 120_000);
});

describe('the connection budget at start-up', () => {
  it('warns when the copies may open more connections than the tenant server accepts', async () => {
    const t = await createTestApp({
      env: { TENANT_POOL_MAX_CLIENTS: '500', TENANT_POOL_CONNECTIONS_PER_CLIENT: '5' },
    });
    try {
      const warnings: string[] = [];
      const logger = {
        log: () => undefined,
        error: () => undefined,
        warn: (m: unknown) => void warnings.push(String(m)),
      };
      await warnOnConnectionBudget(t.config, logger, 2);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('2 copies × 500 tenant clients × 5 connections (+14) = 5028');
      warnings.length = 0;
      await warnOnConnectionBudget(
        { ...t.config, pool: { ...t.config.pool, maxClients: 2 } },
        logger,
        1,
      );
      expect(warnings).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
