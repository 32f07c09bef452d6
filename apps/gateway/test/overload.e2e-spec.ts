import { createTenant, createTestApp, type TestApp, type TestTenant } from '#tutti/testing';

/** Overload and misdirected requests answer in the error envelope, never with a 500. */
describe('overload: a clear 4xx or a 503, never a 500', () => {
  let t: TestApp;
  let ens: TestTenant;

  beforeAll(async () => {
    t = await createTestApp();
    ens = await createTenant(t, 'crowded');
  });
  afterAll(() => t.close());

  it('creates 75 of 100 concurrent musicians at a limit of 75 and refuses 25 with the plan-limit 403', async () => {
    const superToken = await t.superadminToken();
    await t.http
      .patch(`/platform/orchestras/${ens.id}/plan`)
      .set('Host', t.centralHost)
      .auth(superToken, { type: 'bearer' })
      .send({ plan: 'small', maxMusicians: 75 })
      .expect(200);
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        ens
          .api('post', '/api/musicians')
          .send({ firstName: 'Crowd', lastName: `M${i}`, email: `m${i}@crowded.example` }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(75);
    const refused = responses.filter((r) => r.status === 403);
    expect(refused).toHaveLength(25);
    for (const r of refused) expect(r.body.error.code).toBe('plan/musicians-limit');
    const listed = await ens.api('get', '/api/musicians?pageSize=1').expect(200);
    expect(listed.body.total).toBe(75);
  });

  it('answers a tenant route on the central host with a 404 in the envelope', async () => {
    for (const path of ['/files/some-token', '/api/musicians']) {
      const res = await t.http.get(path).set('Host', t.centralHost);
      expect([path, res.status, typeof res.body.requestId]).toEqual([path, 404, 'string']);
      expect(res.body.error.code).toBe('route/not-found');
    }
  });
});
