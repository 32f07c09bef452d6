import { TenantDatabaseServer } from '#tutti/tenancy';
import {
  adminQuery,
  createTenant,
  createTestApp,
  eventually,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

/** The console's operations: plans and limits, each tenant database's health, failed jobs. */
describe('platform operations', () => {
  let t: TestApp;
  let ens: TestTenant;
  let su: string;

  beforeAll(async () => {
    t = await createTestApp();
    ens = await createTenant(t, 'opera');
    su = await t.superadminToken();
  });
  afterAll(() => t?.close());

  const platform = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http[method](path).set('Host', t.centralHost).auth(su, { type: 'bearer' });
  const control = (sql: string, params: unknown[] = []) => adminQuery(t.controlUrl, sql, params);
  const musician = (n: number) =>
    ens.api('post', '/api/musicians').send({
      firstName: `M${n}`,
      lastName: 'Plan',
      email: `m${n}@opera.example`,
    });

  it('changes plan and limits at once on the tenant, never deleting what is over a lowered limit', async () => {
    const bad = await platform('patch', `/platform/orchestras/${ens.id}/plan`).send({
      plan: 'huge',
      maxMusicians: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('request/invalid');
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'maxMusicians',
      'plan',
    ]);

    const tight = await platform('patch', `/platform/orchestras/${ens.id}/plan`)
      .send({ plan: 'small', maxMusicians: 2 })
      .expect(200);
    expect(tight.body).toMatchObject({
      plan: 'small',
      limits: { maxMusicians: 2, maxProjects: 10 },
    });
    await musician(1).expect(201);
    await musician(2).expect(201);
    const over = await musician(3);
    expect(over.status).toBe(403);
    expect(over.body.error).toMatchObject({
      code: 'plan/musicians-limit',
      details: { limit: 2, plan: 'small', setting: 'maxMusicians' },
    });

    // Raised: the very next create passes (the cached tenant was dropped at once).
    await platform('patch', `/platform/orchestras/${ens.id}/plan`)
      .send({ plan: 'medium', maxMusicians: 3 })
      .expect(200);
    await musician(3).expect(201);

    // Lowered below what is there: the data stays, only new ones are refused.
    await platform('patch', `/platform/orchestras/${ens.id}/plan`)
      .send({ plan: 'small', maxMusicians: 1 })
      .expect(200);
    expect((await ens.api('get', '/api/musicians').expect(200)).body.total).toBe(3);
    expect((await musician(4)).status).toBe(403);

    // Back to the plan's own limits when none are given.
    await platform('patch', `/platform/orchestras/${ens.id}/plan`)
      .send({ plan: 'large' })
      .expect(200);
    const usage = await platform('get', `/platform/orchestras/${ens.id}/usage`).expect(200);
    expect(usage.body).toMatchObject({
      plan: 'large',
      limits: { maxMusicians: 1000, maxProjects: 100 },
      musicians: 3,
      messagesThisMonth: 0,
      messagesLast30Days: 0,
    });
    const [row] = await control(
      `SELECT plan, "maxMusicians", "pricePerMonth" FROM "Orchestra" WHERE id = $1`,
      [ens.id],
    );
    expect(row).toEqual({ plan: 'large', maxMusicians: 1000, pricePerMonth: 9990 });
    const audit = await platform('get', `/platform/audit-logs?action=orchestra.plan`).expect(200);
    expect(audit.body.items).toHaveLength(4);
    expect(audit.body.items[0]).toMatchObject({
      orchestraId: ens.id,
      before: { plan: 'small', maxMusicians: 1 },
      after: { plan: 'large', maxMusicians: 1000 },
    });

    await platform('patch', `/platform/orchestras/00000000-0000-4000-8000-000000000000/plan`)
      .send({ plan: 'small' })
      .expect(404);
  });

  it("reports a tenant database's health: reachable, the schema it has against the one shipped, its size", async () => {
    const h = await platform('get', `/platform/orchestras/${ens.id}/health`).expect(200);
    expect(h.body).toMatchObject({ reachable: true, upToDate: true, error: null });
    expect(h.body.schemaVersion).toMatch(/^\d{14}_/);
    expect(h.body.schemaVersion).toBe(h.body.expectedSchemaVersion);
    expect(h.body.databaseBytes).toBeGreaterThan(1_000_000);
    const [{ version }] = await adminQuery(
      t.tenantDatabaseUrl(ens.id),
      `SELECT max(migration_name) AS version FROM _prisma_migrations`,
    );
    expect(h.body.schemaVersion).toBe(version);

    // A database gone from under it: unreachable, with the driver's reason and no secret.
    const gone = await createTenant(t, 'vanished');
    const name = t.get<TenantDatabaseServer>(TenantDatabaseServer).databaseNameFor(gone.id);
    await adminQuery(t.serverUrl, `DROP DATABASE "${name}" WITH (FORCE)`);
    const down = await platform('get', `/platform/orchestras/${gone.id}/health`).expect(200);
    expect(down.body).toMatchObject({ reachable: false, upToDate: false, databaseBytes: null });
    expect(down.body.error).toMatch(/does not exist|terminat|connect/i);
    expect(down.body.error).not.toMatch(/postgres(ql)?:\/\//);
  });

  it('lists failed jobs with their error, retries one once, and the job then runs', async () => {
    // A real pg-boss row in the failed state, as a sweep that lost its database would leave.
    await eventually(async () => {
      const q = await control(`SELECT 1 FROM pgboss.queue WHERE name = 'billing.grace'`);
      expect(q).toHaveLength(1);
    });
    const [job] = await control(
      `INSERT INTO pgboss.job (name, data, state, retry_limit, retry_count, output, completed_on)
       VALUES ('billing.grace', '{}', 'failed', 1, 1,
               '{"message":"connect ECONNREFUSED 10.0.0.9:5432"}', now())
       RETURNING id`,
    );
    const list = await platform('get', '/platform/jobs/failed?name=billing.grace').expect(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({
      id: job.id,
      name: 'billing.grace',
      error: 'connect ECONNREFUSED 10.0.0.9:5432',
      retryCount: 1,
    });
    expect(
      (await platform('get', '/platform/jobs/failed?name=messaging.send').expect(200)).body.total,
    ).toBe(0);

    // Two clicks at once: one puts it back, the other finds it no longer failed.
    const [a, b] = await Promise.all([
      platform('post', `/platform/jobs/${job.id}/retry`),
      platform('post', `/platform/jobs/${job.id}/retry`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 404].sort());
    await eventually(async () => {
      const [row] = await control(`SELECT state FROM pgboss.job WHERE id = $1`, [job.id]);
      expect(row.state).toBe('completed');
    }, 20_000);
    const again = await platform('post', `/platform/jobs/${job.id}/retry`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('job/not-failed');
    expect((await platform('post', '/platform/jobs/not-a-uuid/retry')).status).toBe(400);
    const audit = await platform('get', '/platform/audit-logs?action=job.retry').expect(200);
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
    expect(audit.body.items[0]).toMatchObject({
      targetId: job.id,
      after: { name: 'billing.grace' },
    });

    // Only superadmins: a tenant admin's token is refused on the central domain.
    const tenantToken = await platform('get', '/platform/jobs/failed').auth(ens.token, {
      type: 'bearer',
    });
    expect([401, 403]).toContain(tenantToken.status);
  });
});
