import { requestContext } from '#tutti/common';
import { createTestApp, hostOf, type TestApp } from '#tutti/testing';

describe('the tenant travels with its request', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    for (const s of ['inter-a', 'inter-b']) {
      const o = await t.provision(s);
      await t.waitForStatus(o.id, ['active']);
      tokens[s] = await t.tenantAdminToken(o.id, s);
      for (let i = 0; i < 3; i++) {
        await t.http
          .post('/api/musicians')
          .set('Host', hostOf(s))
          .auth(tokens[s], { type: 'bearer' })
          .send({ firstName: s, lastName: `M${i}`, email: `m${i}@${s}.example` })
          .expect(201);
      }
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

  it('keeps each context across awaits in the same process', async () => {
    const seen: string[] = [];
    const work = (id: string, delays: number[]) =>
      requestContext.runScoped(
        { requestId: id, scope: 'tenant', tenant: { id, subdomain: id } },
        async () => {
          for (const d of delays) {
            await new Promise((r) => setTimeout(r, d));
            seen.push(`${id}:${requestContext.get()?.tenant?.id}`);
          }
        },
      );
    await Promise.all([work('A', [5, 1, 8, 2]), work('B', [1, 6, 1, 7])]);
    expect(seen).toHaveLength(8);
    for (const s of seen) expect(s.split(':')[0]).toBe(s.split(':')[1]);
    expect(requestContext.get()).toBeUndefined();
  });
});
