import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { loadMigrationSet, type MigrationSet } from '#tutti/migrations';
import { TenantClientPool, TenantMigrationSource } from '#tutti/tenancy';
import { adminQuery, CENTRAL_HOST, createTestApp, type TestApp } from '#tutti/testing';

const run = promisify(execFile);

/** A copy of prisma/ with extra tenant migrations, as a developer would add them. */
function prismaDirWith(migrations: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tutti-prisma-'));
  cpSync(resolve('prisma'), dir, { recursive: true });
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(join(dir, 'tenant', 'migrations', name));
    writeFileSync(join(dir, 'tenant', 'migrations', name, 'migration.sql'), sql);
  }
  return dir;
}

class SwitchableSource extends TenantMigrationSource {
  prismaDir?: string;
  load(): Promise<MigrationSet> {
    return loadMigrationSet('tenant', { prismaDir: this.prismaDir });
  }
}

describe('migrating every tenant', () => {
  let t: TestApp;
  const source = new SwitchableSource();
  const NICKNAME = '29990101000000_musician_nickname';
  const INSTRUMENT_NOTE = '29990102000000_instrument_note';
  const withNickname = prismaDirWith({
    [NICKNAME]: 'ALTER TABLE "Musician" ADD COLUMN "nickname" TEXT;\n',
  });
  const withBoth = prismaDirWith({
    [NICKNAME]: 'ALTER TABLE "Musician" ADD COLUMN "nickname" TEXT;\n',
    [INSTRUMENT_NOTE]: 'ALTER TABLE "Instrument" ADD COLUMN "note" TEXT;\n',
  });
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: TenantMigrationSource, useValue: source }] });
    for (const s of ['mig-a', 'mig-b', 'mig-broken']) ids[s] = (await t.provision(s)).id;
    for (const id of Object.values(ids)) await t.waitForStatus(id, ['active']);
    // Break one tenant: its database is gone.
    t.get<TenantClientPool>(TenantClientPool).evict(ids['mig-broken']);
    const [{ databaseName }] = await adminQuery<{ databaseName: string }>(
      t.controlUrl,
      'SELECT "databaseName" FROM "Orchestra" WHERE id = $1',
      [ids['mig-broken']],
    );
    await adminQuery(t.serverUrl, `DROP DATABASE "${databaseName}" WITH (FORCE)`);
  });
  afterAll(() => t.close());

  const columns = async (subdomain: string, table: string) => {
    const [{ databaseName }] = await adminQuery<{ databaseName: string }>(
      t.controlUrl,
      'SELECT "databaseName" FROM "Orchestra" WHERE subdomain = $1',
      [subdomain],
    );
    const u = new URL(t.serverUrl);
    u.pathname = '/' + databaseName;
    return (
      await adminQuery<{ column_name: string }>(
        u.toString(),
        'SELECT column_name FROM information_schema.columns WHERE table_name = $1',
        [table],
      )
    ).map((r) => r.column_name);
  };

  it('runs as a superadmin job: migrates the healthy tenants, reports the broken one, records each outcome', async () => {
    source.prismaDir = withNickname;
    const token = await t.superadminToken();
    const started = await t.http
      .post('/platform/tenant-migrations')
      .set('Host', CENTRAL_HOST)
      .auth(token, { type: 'bearer' })
      .expect(202);
    let runBody: Record<string, unknown> = {};
    for (let i = 0; i < 200; i++) {
      runBody = (
        await t.http
          .get(`/platform/tenant-migrations/${started.body.id}`)
          .set('Host', CENTRAL_HOST)
          .auth(token, { type: 'bearer' })
      ).body;
      if (runBody.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(runBody).toMatchObject({ status: 'failed', total: 3, succeeded: 2, failed: 1 });
    const results = runBody.results as Array<{
      subdomain: string;
      status: string;
      applied: string[];
    }>;
    const bySub = Object.fromEntries(results.map((r) => [r.subdomain, r]));
    expect(bySub['mig-a']).toMatchObject({ status: 'migrated', applied: [NICKNAME] });
    expect(bySub['mig-b']).toMatchObject({ status: 'migrated', applied: [NICKNAME] });
    expect(bySub['mig-broken'].status).toBe('failed');
    expect(await columns('mig-a', 'Musician')).toContain('nickname');

    const view = (
      await t.http
        .get(`/platform/orchestras/${ids['mig-broken']}`)
        .set('Host', CENTRAL_HOST)
        .auth(token, { type: 'bearer' })
    ).body;
    expect(view.lastMigration.status).toBe('failed');
    expect(view.database.schemaVersion).not.toBe(NICKNAME);
    const healthy = (
      await t.http
        .get(`/platform/orchestras/${ids['mig-a']}`)
        .set('Host', CENTRAL_HOST)
        .auth(token, { type: 'bearer' })
    ).body;
    expect(healthy.database.schemaVersion).toBe(NICKNAME);
    expect(healthy.lastMigration.status).toBe('succeeded');
  });

  it('runs as a command: prints each tenant, carries on past the broken one, exits non-zero', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: t.controlUrl,
      TENANT_DATABASE_URL: t.serverUrl,
      JWT_SECRET: t.config.jwtSecret,
      TUTTI_ENCRYPTION_KEY: t.config.encryptionKey,
      TUTTI_PRISMA_DIR: withBoth,
      TENANT_MIGRATION_CONCURRENCY: '2',
      NODE_OPTIONS: '',
    };
    const outcome = await run(process.execPath, ['dist/scripts/tenants-migrate.js'], { env }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(new RegExp(`migrated\\s+mig-a\\s+applied ${INSTRUMENT_NOTE}`));
    expect(outcome.stdout).toMatch(new RegExp(`migrated\\s+mig-b\\s+applied ${INSTRUMENT_NOTE}`));
    expect(outcome.stdout).toMatch(/FAILED\s+mig-broken/);
    expect(outcome.stdout).toContain('3 tenants: 2 ok, 1 failed');
    expect(await columns('mig-b', 'Instrument')).toContain('note');
  });
});
