import { SecretBox } from '#tutti/common';
import { type OrchestraRecord, OrchestrasRepository } from '#tutti/control-plane';
import {
  PROVISIONING_STEPS,
  ProvisioningObserver,
  type ProvisioningStep,
  TenantClientPool,
  TenantResolver,
} from '#tutti/tenancy';
import { adminQuery, CENTRAL_HOST, createTestApp, type TestApp } from '#tutti/testing';

/** Fails the named step once per orchestra, the way a broken dependency would. */
class FailOnce extends ProvisioningObserver {
  readonly plan = new Map<string, ProvisioningStep>();
  readonly seen: string[] = [];
  beforeStep(step: ProvisioningStep, o: OrchestraRecord): void {
    this.seen.push(`${o.subdomain}:${step}`);
    if (this.plan.get(o.subdomain) === step) {
      this.plan.delete(o.subdomain);
      throw new Error(`injected failure at ${step}`);
    }
  }
}

describe('provisioning pipeline', () => {
  let t: TestApp;
  const observer = new FailOnce();

  beforeAll(async () => {
    // New databases start empty here (no template), so every migration runs as in production
    // without TENANT_TEMPLATE_DATABASE; the other suites copy a migrated template.
    t = await createTestApp({
      env: { TENANT_TEMPLATE_DATABASE: '' },
      overrides: [{ provide: ProvisioningObserver, useValue: observer }],
    });
  });
  afterAll(() => t.close());

  const retry = async (id: string) =>
    t.http
      .post(`/platform/orchestras/${id}/provisioning/retry`)
      .set('Host', CENTRAL_HOST)
      .auth(await t.superadminToken(), { type: 'bearer' });

  async function tenantCounts(o: OrchestraRecord) {
    const tenant = t.get<TenantResolver>(TenantResolver).toResolved(o);
    return t.get<TenantClientPool>(TenantClientPool).withClient(tenant.connection!, async (db) => ({
      instruments: await db.instrument.count(),
      positions: await db.position.count(),
      templates: await db.emailTemplate.count(),
    }));
  }

  // 'record' is written by the POST itself; every later step can fail and be resumed.
  it.each(PROVISIONING_STEPS.filter((s) => s !== 'record'))(
    'fails at %s, says so, and a retry completes it without duplicates',
    async (step) => {
      const subdomain = `fail-${step}`;
      observer.plan.set(subdomain, step);
      const created = await t.provision(subdomain, { kind: 'band' });
      const failed = await t.waitForStatus(created.id, ['failed', 'active']);
      expect(failed.status).toBe('failed');
      expect((failed.provisioning as { error: string }).error).toContain(
        `${step}: injected failure`,
      );

      expect((await retry(created.id)).status).toBe(202);
      const done = await t.waitForStatus(created.id, ['active', 'failed']);
      expect(done.status).toBe('active');
      expect(done.provisioning).toMatchObject({ error: null, attempts: 2, step: 'activate' });

      const record = (await t
        .get<OrchestrasRepository>(OrchestrasRepository)
        .findById(created.id))!;
      // A concert band's defaults, seeded exactly once.
      expect(await tenantCounts(record)).toEqual({ instruments: 12, positions: 31, templates: 10 });
      const admins = await adminQuery(
        t.controlUrl,
        `SELECT count(*)::int AS n FROM "User" WHERE "orchestraId" = $1`,
        [created.id],
      );
      expect(admins[0].n).toBe(1);
      const dbs = await adminQuery(
        t.serverUrl,
        'SELECT count(*)::int AS n FROM pg_database WHERE datname = $1',
        [record.databaseName],
      );
      expect(dbs[0].n).toBe(1);
    },
  );

  it('ends failed when the database server refuses, and completes on retry once it answers', async () => {
    // The only open server is one nothing answers on (port 1).
    const secrets = t.get<SecretBox>(SecretBox);
    const [down] = await adminQuery<{ id: string }>(
      t.controlUrl,
      `INSERT INTO "DatabaseServer" (id, name, kind, "adminUrlEncrypted", capacity, "updatedAt")
       VALUES (gen_random_uuid(), 'down', 'postgres', $1, 10, now()) RETURNING id`,
      [secrets.encrypt('postgresql://nobody@127.0.0.1:1/postgres')],
    );
    await adminQuery(
      t.controlUrl,
      `UPDATE "DatabaseServer" SET state = 'draining' WHERE name = 'default'`,
    );
    try {
      const created = await t.provision('refused');
      const failed = await t.waitForStatus(created.id, ['failed', 'active']);
      expect(failed.status).toBe('failed');
      expect((failed.provisioning as { error: string }).error).toMatch(
        /^create-database: .*ECONNREFUSED/,
      );
    } finally {
      await adminQuery(
        t.controlUrl,
        `UPDATE "DatabaseServer" SET state = 'open' WHERE name = 'default'`,
      );
    }
    // The server answers again (its address fixed): the retry uses the same placement.
    await adminQuery(
      t.controlUrl,
      `UPDATE "DatabaseServer" SET "adminUrlEncrypted" = $1 WHERE id = $2`,
      [secrets.encrypt(t.config.tenantServerUrl), down.id],
    );
    const [{ id }] = await adminQuery<{ id: string }>(
      t.controlUrl,
      `SELECT id FROM "Orchestra" WHERE subdomain = 'refused'`,
    );
    expect((await retry(id)).status).toBe(202);
    const active = await t.waitForStatus(id, ['active', 'failed']);
    expect(active.status).toBe('active');
    expect((active.database as { serverId: string }).serverId).toBe(down.id);
  });

  it('rejects bad input with the field named, and writes nothing', async () => {
    const token = await t.superadminToken();
    const before = await adminQuery(t.controlUrl, 'SELECT count(*)::int AS n FROM "Orchestra"');
    const bad = await t.http
      .post('/platform/orchestras')
      .set('Host', CENTRAL_HOST)
      .auth(token, { type: 'bearer' })
      .send({
        name: 'X',
        subdomain: 'Not Valid',
        kind: 'choir',
        plan: 'medium',
        contactName: 'A',
        contactEmail: 'nope',
        databaseUrl: 'postgres://evil',
      });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('request/invalid');
    const violations: string[] = bad.body.error.details.violations;
    expect(violations).toEqual(
      expect.arrayContaining([
        'property databaseUrl should not exist',
        'subdomain may hold only lower-case letters, digits and hyphens',
        'kind must be orchestra or band',
        'contactEmail must be an email address',
      ]),
    );
    const reserved = await t.http
      .post('/platform/orchestras')
      .set('Host', CENTRAL_HOST)
      .auth(token, { type: 'bearer' })
      .send({
        name: 'Admin',
        subdomain: 'admin',
        kind: 'orchestra',
        plan: 'small',
        contactName: 'Ann Admin',
        contactEmail: 'a@b.example',
      });
    expect(reserved.status).toBe(400);
    expect(reserved.body.error).toMatchObject({
      code: 'orchestra/invalid-subdomain',
      message: 'subdomain "admin" is reserved',
    });
    const after = await adminQuery(t.controlUrl, 'SELECT count(*)::int AS n FROM "Orchestra"');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a subdomain that is taken with 409', async () => {
    await t.provision('taken');
    const token = await t.superadminToken();
    const res = await t.http
      .post('/platform/orchestras')
      .set('Host', CENTRAL_HOST)
      .auth(token, { type: 'bearer' })
      .send({
        name: 'Second',
        subdomain: 'taken',
        kind: 'orchestra',
        plan: 'small',
        contactName: 'Ann Admin',
        contactEmail: 'a@b.example',
      });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('orchestra/subdomain-taken');
  });

  it('stores the tenant database URL encrypted, with a role of its own', async () => {
    const created = await t.provision('secretive');
    await t.waitForStatus(created.id, ['active']);
    const [row] = await adminQuery<{ databaseUrlEncrypted: string; databaseName: string }>(
      t.controlUrl,
      `SELECT "databaseUrlEncrypted", "databaseName" FROM "Orchestra" WHERE id = $1`,
      [created.id],
    );
    expect(row.databaseUrlEncrypted).toMatch(/^v1\./);
    expect(row.databaseUrlEncrypted).not.toContain('postgres');
    const roles = await adminQuery(t.serverUrl, 'SELECT rolname FROM pg_roles WHERE rolname = $1', [
      row.databaseName,
    ]);
    expect(roles).toHaveLength(1);
  });
});
