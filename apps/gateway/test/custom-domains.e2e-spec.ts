import { CustomDomainsService } from '#tutti/domains';
import {
  adminQuery,
  createTenant,
  createTestApp,
  FakeDnsServer,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

describe('custom domains verified by a DNS TXT record', () => {
  const dns = new FakeDnsServer();
  let t: TestApp;
  let second: TestApp;
  let band: TestTenant;
  let other: TestTenant;
  const domain = 'vikarier.example-orkester.se';

  /** A public page of the ensemble, asked for by a custom domain. */
  const publicPage = (app: TestApp, host: string) => app.http.get('/public').set('Host', host);

  beforeAll(async () => {
    await dns.start();
    t = await createTestApp({ env: { DNS_SERVERS: dns.address } });
    second = await createTestApp({ sameDeploymentAs: t, env: { DNS_SERVERS: dns.address } });
    band = await createTenant(t, 'domainband', { name: 'Exempelorkestern' });
    other = await createTenant(t, 'otherband');
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
    await dns.stop();
  });

  it('serves the ensemble on its domain only after the TXT record with its token is found', async () => {
    const set = await band
      .api('put', '/api/domain')
      .send({ domain: ' Vikarier.Example-Orkester.SE. ' })
      .expect(200);
    expect(set.body).toMatchObject({
      domain,
      verified: false,
      record: { type: 'TXT', name: `_tutti-verify.${domain}` },
    });
    const token: string = set.body.record.value;
    expect(token).toMatch(/^tutti-verify=[A-Za-z0-9_-]{32}$/);
    // Not verified: the domain is nobody's.
    expect((await publicPage(t, domain)).status).toBe(404);

    // No record yet, then a wrong one: refused, and the check is recorded.
    const none = await band.api('post', '/api/domain/verify').expect(400);
    expect(none.body.error.code).toBe('domain/not-verified');
    dns.setTxt(`_tutti-verify.${domain}`, ['tutti-verify=someone-elses-token']);
    const wrong = await band.api('post', '/api/domain/verify').expect(400);
    expect(wrong.body.error.details.found).toEqual(['tutti-verify=someone-elses-token']);
    expect(
      dns.questions.some((q) => q.name === `_tutti-verify.${domain}` && q.type === 'TXT'),
    ).toBe(true);
    expect((await publicPage(t, domain)).status).toBe(404);

    dns.setTxt(`_tutti-verify.${domain}`, ['v=spf1 -all', token]);
    const ok = await band.api('post', '/api/domain/verify').expect(200);
    expect(ok.body).toMatchObject({ domain, verified: true, error: null });
    const page = await publicPage(t, domain).expect(200);
    expect(page.text).toContain('Exempelorkestern');
    // The second gateway copy serves it too, and another ensemble cannot take it.
    await publicPage(second, domain).expect(200);
    const taken = await other.api('put', '/api/domain').send({ domain }).expect(409);
    expect(taken.body.error).toMatchObject({ code: 'domain/taken', details: { field: 'domain' } });
  });

  it('refuses what is not a domain, or is Tutti’s own', async () => {
    for (const bad of [
      'localhost',
      '10.0.0.1',
      'a..b.se',
      'x'.repeat(64) + '.se',
      'band.tutti.test',
    ]) {
      const res = await other.api('put', '/api/domain').send({ domain: bad }).expect(400);
      expect(res.body.error).toMatchObject({
        code: 'domain/invalid',
        details: { field: 'domain' },
      });
    }
    const rows = await adminQuery<{ customDomain: string | null }>(
      t.controlUrl,
      'SELECT "customDomain" FROM "Orchestra" WHERE id = $1',
      [other.id],
    );
    expect(rows[0].customDomain).toBeNull();
  });

  it('stops serving at once, in every gateway copy, when the record is gone at the daily check or the domain is removed', async () => {
    await publicPage(second, domain).expect(200);
    dns.removeTxt(`_tutti-verify.${domain}`);
    expect(await t.get<CustomDomainsService>(CustomDomainsService).recheckAll()).toEqual({
      checked: 1,
      lapsed: 1,
    });
    await publicPage(t, domain).expect(404);
    let there = 200;
    for (let i = 0; i < 50 && there !== 404; i++) {
      there = (await publicPage(second, domain)).status;
      if (there !== 404) await new Promise((r) => setTimeout(r, 20));
    }
    expect(there).toBe(404);
    const shown = await band.api('get', '/api/domain').expect(200);
    expect(shown.body).toMatchObject({
      verified: false,
      error: expect.stringContaining('not found'),
    });

    // Published again and verified, then removed by the admin: gone at once.
    const token = shown.body.record.value as string;
    dns.setTxt(`_tutti-verify.${domain}`, [token]);
    await band.api('post', '/api/domain/verify').expect(200);
    await publicPage(second, domain).expect(200);
    await band.api('delete', '/api/domain').expect(204);
    await publicPage(t, domain).expect(404);
    let gone = 200;
    for (let i = 0; i < 50 && gone !== 404; i++) {
      gone = (await publicPage(second, domain)).status;
      if (gone !== 404) await new Promise((r) => setTimeout(r, 20));
    }
    expect(gone).toBe(404);
    expect((await band.api('post', '/api/domain/verify').expect(404)).body.error.code).toBe(
      'domain/none',
    );
    const audit = await adminQuery<{ action: string }>(
      t.controlUrl,
      `SELECT action FROM "AuditLog" WHERE "orchestraId" = $1 AND action LIKE 'tenant.domain.%' ORDER BY "createdAt"`,
      [band.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'tenant.domain.set',
      'tenant.domain.verify',
      'tenant.domain.verify',
      'tenant.domain.remove',
    ]);
  });
});
