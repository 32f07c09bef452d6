import { TenantClientPool } from '#tutti/tenancy';
import { createTenant, createTestApp, hostOf, type TestApp } from '#tutti/testing';

describe('the tenant travels with its request', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const made = await Promise.all([createTenant(t, 'inter-a'), createTenant(t, 'inter-b')]);
    for (const ens of made) {
      tokens[ens.subdomain] = ens.token;
      for (let i = 0; i < 3; i++)
        await ens.fixtures.musician({
          firstName: ens.subdomain,
          lastName: `M${i}`,
          email: `m${i}@${ens.subdomain}.example`,
        });
    }
  });
  afterAll(() => t.close());

  it("never answers interleaved requests A, B, A, B with the other tenant's data", async () => {
    const order = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? 'inter-a' : 'inter-b'));
    const responses = await Promise.all(
      order.map((s, i) =>
        t.http
          .get(`/api/musicians?q=${i % 3 === 0 ? 'm' : ''}`)
          .set('Host', hostOf(s))
          .auth(tokens[s], { type: 'bearer' }),
      ),
    );
    responses.forEach((res, i) => {
      expect(res.status).toBe(200);
      const domains = new Set(res.body.items.map((m: { email: string }) => m.email.split('@')[1]));
      expect([...domains]).toEqual([`${order[i]}.example`]);
    });
  });

  it('gives each request an id and releases its tenant client when the response ends', async () => {
    const traced = await t.http
      .get('/api/musicians')
      .set('Host', hostOf('inter-a'))
      .set('X-Request-Id', 'trace-0123456789')
      .auth(tokens['inter-a'], { type: 'bearer' })
      .expect(200);
    expect(traced.headers['x-request-id']).toBe('trace-0123456789');
    // An id that does not fit the pattern is replaced, and the error carries the new one.
    const missing = await t.http
      .get('/api/musicians/nobody')
      .set('Host', hostOf('inter-a'))
      .set('X-Request-Id', 'bad id <script>')
      .auth(tokens['inter-a'], { type: 'bearer' });
    expect(missing.status).toBe(404);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.body.requestId).toBe(missing.headers['x-request-id']);
    // Every lease the middleware's context took is given back once the responses are done.
    const pool = t.get<TenantClientPool>(TenantClientPool);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.http
          .get('/api/musicians')
          .set('Host', hostOf(i % 2 ? 'inter-a' : 'inter-b'))
          .auth(tokens[i % 2 ? 'inter-a' : 'inter-b'], { type: 'bearer' })
          .expect(200),
      ),
    );
    for (let i = 0; i < 50 && pool.stats().busyClients > 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(pool.stats().busyClients).toBe(0);
  });
});
