import { OrchestrasRepository } from '#tutti/control-plane';
import { TenantClientPool, TenantResolver } from '#tutti/tenancy';
import { CENTRAL_HOST, createTenant, createTestApp, hostOf, type TestApp } from '#tutti/testing';

const N = 10;

describe('tenant client pool under the gateway (max 3 clients)', () => {
  let t: TestApp;
  const tenants: Array<{ id: string; subdomain: string; token: string }> = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: { TENANT_POOL_MAX_CLIENTS: '3', TENANT_POOL_CONNECTIONS_PER_CLIENT: '2' },
    });
    // Provisioned side by side, as the job workers allow.
    const made = await Promise.all(
      Array.from({ length: N }, (_, i) => createTenant(t, `pool-${i}`)),
    );
    for (const [i, ens] of made.entries()) {
      await ens.fixtures.musician({
        firstName: 'Only',
        lastName: `Member${i}`,
        email: `only@pool-${i}.example`,
      });
      tenants.push({ id: ens.id, subdomain: ens.subdomain, token: ens.token });
    }
  });
  afterAll(() => t.close());

  const list = (i: number) =>
    t.http
      .get('/api/musicians')
      .set('Host', hostOf(tenants[i].subdomain))
      .auth(tenants[i].token, { type: 'bearer' });

  it('serves 10 tenants in turn and all at once with never more than 3 clients open', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < N; i++) {
        const res = await list(i);
        expect(res.status).toBe(200);
        expect(res.body.items.map((m: { email: string }) => m.email)).toEqual([
          `only@pool-${i}.example`,
        ]);
      }
    }
    const burst = await Promise.all(Array.from({ length: 40 }, (_, k) => list(k % N)));
    burst.forEach((res, k) => {
      expect(res.status).toBe(200);
      expect(res.body.items[0].email).toBe(`only@pool-${k % N}.example`);
    });
    const metrics = await t.http
      .get('/platform/metrics')
      .set('Host', CENTRAL_HOST)
      .auth(await t.superadminToken(), { type: 'bearer' })
      .expect(200);
    const stats = metrics.body.tenantClientPool;
    expect(stats.peakOpenClients).toBeLessThanOrEqual(3);
    expect(stats.openClients).toBeLessThanOrEqual(3);
    expect(stats.openConnections).toBeLessThanOrEqual(3 * 2);
    expect(stats.evictions).toBeGreaterThan(N);
    expect(stats.misses).toBeGreaterThan(N);
  });

  it("a cold tenant's first read opens one database connection, not one per query", async () => {
    const pool = t.get<TenantClientPool>(TenantClientPool);
    // Nothing open: every tenant's client evicted, and closed.
    for (const ten of tenants) pool.evict(ten.id);
    for (let i = 0; i < 50 && pool.stats().openClients > 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(pool.stats()).toMatchObject({ openClients: 0, openConnections: 0 });
    // The musicians list runs two statements (a page and a count).
    const res = await list(0).expect(200);
    expect(res.body.total).toBe(1);
    expect(pool.stats()).toMatchObject({ openClients: 1, openConnections: 1 });
  });

  it('does not close a client under a running transaction while other tenants churn the pool', async () => {
    const pool = t.get<TenantClientPool>(TenantClientPool);
    const resolver = t.get<TenantResolver>(TenantResolver);
    const record = (await t
      .get<OrchestrasRepository>(OrchestrasRepository)
      .findById(tenants[0].id))!;
    const evictionsBefore = pool.stats().evictions;
    const tx = pool.withClient(resolver.toResolved(record).connection!, (db) =>
      db.$transaction(
        async (q) => {
          await q.$executeRaw`SELECT pg_sleep(0.6)`;
          return q.musician.create({
            data: { firstName: 'Late', lastName: 'Commit', email: 'late@pool-0.example' },
          });
        },
        { timeout: 10_000 },
      ),
    );
    const churn = await Promise.all(Array.from({ length: 18 }, (_, k) => list(1 + (k % (N - 1)))));
    churn.forEach((res) => expect(res.status).toBe(200));
    expect(pool.stats().evictions).toBeGreaterThan(evictionsBefore);
    await expect(tx).resolves.toMatchObject({ email: 'late@pool-0.example' });
    const after = await list(0).expect(200);
    expect(after.body.items.map((m: { email: string }) => m.email)).toContain(
      'late@pool-0.example',
    );
    expect(pool.stats().peakOpenClients).toBeLessThanOrEqual(3);
  });

  it("evicts a tenant's client when its credentials change", async () => {
    const pool = t.get<TenantClientPool>(TenantClientPool);
    await list(5).expect(200);
    const before = pool.stats().evictions;
    await t
      .get<OrchestrasRepository>(OrchestrasRepository)
      .update(tenants[5].id, { rotateCredentials: true });
    // The control plane's NOTIFY reaches the resolver, which retires the stale client.
    for (let i = 0; i < 50 && pool.stats().evictions === before; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(pool.stats().evictions).toBe(before + 1);
    await list(5).expect(200);
  });
});
