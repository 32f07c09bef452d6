import { adminQuery, CENTRAL_HOST, createTestApp, hostOf, type TestApp } from '#tutti/testing';

interface LogRow {
  level: string;
  category: string;
  message: string;
  orchestraId: string | null;
  subdomain: string | null;
  requestId: string | null;
  duration: number | null;
  metadata: Record<string, unknown> | null;
  ip: string | null;
}

describe('platform event log (SystemLog) and the console’s ensemble search', () => {
  let t: TestApp;
  let token: string;
  let choirId: string;

  const logs = (where: string, params: unknown[] = []) =>
    adminQuery<LogRow>(
      t.controlUrl,
      `SELECT level, category, message, "orchestraId", subdomain, "requestId", duration, metadata, ip
       FROM "SystemLog" WHERE ${where} ORDER BY timestamp`,
      params,
    );
  const console_ = (path: string) =>
    t.http.get(path).set('Host', CENTRAL_HOST).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1' } });
    token = await t.superadminToken();
    const choir = await t.provision('logchoir', { name: 'Vocal Log Choir', plan: 'small' });
    choirId = choir.id;
    const band = await t.provision('logband', { name: 'Brass Log Band', plan: 'large' });
    await t.waitForStatus(choir.id, ['active']);
    await t.waitForStatus(band.id, ['active']);
  });
  afterAll(() => t.close());

  it('records provisioning with its duration, and sign-ins with the request id and address', async () => {
    const provisioned = await logs(`message = 'ensemble provisioned' AND "orchestraId" = $1`, [
      choirId,
    ]);
    expect(provisioned).toHaveLength(1);
    expect(provisioned[0]).toMatchObject({
      level: 'info',
      category: 'provisioning',
      subdomain: 'logchoir',
    });
    expect(provisioned[0].duration).toEqual(expect.any(Number));

    const admin = await t.tenantAdmin(choirId, 'logchoir');
    const bad = await t.http
      .post('/api/auth/login')
      .set('Host', hostOf('logchoir'))
      .set('X-Request-Id', 'req-log-badlogin')
      .set('X-Forwarded-For', '10.9.8.7')
      .send({ email: admin.email, password: 'not the password at all' })
      .expect(401);
    expect(bad.headers['x-request-id']).toBe('req-log-badlogin');
    await t.http
      .post('/api/auth/login')
      .set('Host', hostOf('logchoir'))
      .set('X-Request-Id', 'req-log-goodlogin')
      .send({ email: admin.email, password: admin.password })
      .expect(200);
    const [refused] = await logs(`"requestId" = 'req-log-badlogin'`);
    expect(refused).toMatchObject({
      level: 'warn',
      category: 'auth',
      message: 'sign-in refused',
      orchestraId: choirId,
      ip: '10.9.8.7',
      metadata: { email: admin.email, scope: 'tenant' },
    });
    expect(JSON.stringify(refused)).not.toContain('not the password');
    const [ok] = await logs(`"requestId" = 'req-log-goodlogin'`);
    expect(ok).toMatchObject({ level: 'info', message: 'sign-in', orchestraId: choirId });
    expect(ok.duration).toBeGreaterThanOrEqual(0);
  });

  it('records a suspension beside the audit log, and the console filters the log', async () => {
    await t.http
      .post(`/platform/orchestras/${choirId}/suspend`)
      .set('Host', CENTRAL_HOST)
      .set('X-Request-Id', 'req-log-suspend')
      .auth(token, { type: 'bearer' })
      .send({ reason: 'Unpaid invoice' })
      .expect(200);
    const [suspended] = await logs(`"requestId" = 'req-log-suspend'`);
    expect(suspended).toMatchObject({ category: 'orchestra', orchestraId: choirId });
    expect(suspended.duration).toEqual(expect.any(Number));

    const byCategory = await console_('/platform/system-logs?category=auth&pageSize=100').expect(
      200,
    );
    expect(byCategory.body.items.length).toBeGreaterThanOrEqual(2);
    expect(byCategory.body.items.every((e: { category: string }) => e.category === 'auth')).toBe(
      true,
    );
    const warnings = await console_('/platform/system-logs?level=warn').expect(200);
    expect(warnings.body.items.map((e: { message: string }) => e.message)).toContain(
      'sign-in refused',
    );
    const text = await console_('/platform/system-logs?q=PROVISIONED').expect(200);
    expect(text.body.total).toBe(2);
    const bad = await console_('/platform/system-logs?level=loud').expect(400);
    expect(bad.body.error.details.field).toBe('level');
  });

  it('searches ensembles by part of the name or subdomain, plan and status', async () => {
    const names = async (query: string) =>
      (await console_(`/platform/orchestras?${query}`).expect(200)).body.items.map(
        (o: { subdomain: string }) => o.subdomain,
      );
    expect(await names('q=brass')).toEqual(['logband']);
    expect(await names('q=LOGCH')).toEqual(['logchoir']);
    expect(await names('plan=large')).toEqual(['logband']);
    expect(await names('q=log&status=suspended')).toEqual(['logchoir']);
    expect(await names('q=nothing-like-it')).toEqual([]);
    const bad = await console_('/platform/orchestras?plan=huge').expect(400);
    expect(bad.body.error.details.field).toBe('plan');
  });
});
