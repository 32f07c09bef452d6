import { AuthService } from '#tutti/auth';
import { sha256 } from '#tutti/common';
import { RetentionJobs } from '#tutti/retention';
import { adminQuery, CENTRAL_HOST, createTestApp, hostOf, type TestApp } from '#tutti/testing';

describe('authentication', () => {
  let t: TestApp;
  let orchestraId: string;
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '4', TRUST_PROXY: '1' } });
    const o = await t.provision('authy');
    orchestraId = o.id;
    await t.waitForStatus(o.id, ['active']);
    const { token } = await t
      .get<AuthService>(AuthService)
      .invite(o.id, { email: 'staff@authy.example', name: 'Staff', role: 'staff' });
    await t.http
      .post('/api/auth/invitations/accept')
      .set('Host', hostOf('authy'))
      .send({ token, password })
      .expect(200);
  });
  afterAll(() => t.close());

  const login = (email: string, pw: string, host = hostOf('authy'), ip = '10.0.0.1') =>
    t.http
      .post('/api/auth/login')
      .set('Host', host)
      .set('X-Forwarded-For', ip)
      .send({ email, password: pw });

  it('signs in on the tenant and answers wrong password and unknown user alike', async () => {
    const ok = await login('staff@authy.example', password).expect(200);
    expect(ok.body).toMatchObject({
      tokenType: 'Bearer',
      user: { email: 'staff@authy.example', role: 'staff' },
    });
    const wrong = await login(
      'staff@authy.example',
      'not the password',
      hostOf('authy'),
      '10.0.0.2',
    );
    const unknown = await login(
      'ghost@authy.example',
      'not the password',
      hostOf('authy'),
      '10.0.0.2',
    );
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('auth/invalid-credentials');
    expect(wrong.body.error).toEqual(unknown.body.error);
    const me = await t.http
      .get('/api/auth/me')
      .set('Host', hostOf('authy'))
      .auth(ok.body.accessToken, { type: 'bearer' })
      .expect(200);
    expect(me.body).toMatchObject({ scope: 'tenant', orchestraId, role: 'staff' });
  });

  it('keeps superadmins off tenant sign-in and tenant users off the central one', async () => {
    const superadmin = await t.superadminCredentials();
    const onTenant = await t.http
      .post('/api/auth/login')
      .set('Host', hostOf('authy'))
      .send(superadmin);
    expect(onTenant.status).toBe(401);
    expect(onTenant.body.error.code).toBe('auth/invalid-credentials');
    const user = await t.http
      .post('/platform/auth/login')
      .set('Host', CENTRAL_HOST)
      .send({ email: 'staff@authy.example', password });
    expect(user.status).toBe(401);
    expect(user.body.error.code).toBe('auth/invalid-credentials');
    // The same superadmin signs in on the central domain: the refusal above was the realm.
    await t.http
      .post('/platform/auth/login')
      .set('Host', CENTRAL_HOST)
      .send(superadmin)
      .expect(200);
  });

  it('rate-limits failed sign-ins per account with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await login('limited@authy.example', 'wrong', hostOf('authy'), `10.1.0.${i}`)).status,
      );
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    const limited = await login('limited@authy.example', 'wrong', hostOf('authy'), '10.1.0.9');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('auth/too-many-attempts');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rotates refresh tokens and revokes the family when a spent one is replayed', async () => {
    const first = (
      await login('staff@authy.example', password, hostOf('authy'), '10.2.0.1').expect(200)
    ).body;
    const second = (
      await t.http
        .post('/api/auth/refresh')
        .set('Host', hostOf('authy'))
        .send({ refreshToken: first.refreshToken })
        .expect(200)
    ).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const replay = await t.http
      .post('/api/auth/refresh')
      .set('Host', hostOf('authy'))
      .send({ refreshToken: first.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('auth/invalid-refresh-token');
    // The replay revoked the whole family, including the token issued second.
    const after = await t.http
      .post('/api/auth/refresh')
      .set('Host', hostOf('authy'))
      .send({ refreshToken: second.refreshToken });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('auth/invalid-refresh-token');
    // Stored only as a hash: the row is found by the token's SHA-256, never by the token.
    const [row] = await adminQuery<{ byHash: number; byToken: number }>(
      t.controlUrl,
      `SELECT count(*) FILTER (WHERE "tokenHash" = $1)::int AS "byHash",
              count(*) FILTER (WHERE "tokenHash" = $2)::int AS "byToken" FROM "RefreshToken"`,
      [sha256(first.refreshToken), first.refreshToken],
    );
    expect(row).toEqual({ byHash: 1, byToken: 0 });
  });

  it('refuses a refresh token on another tenant', async () => {
    const other = await t.provision('authy-other');
    await t.waitForStatus(other.id, ['active']);
    const pair = (
      await login('staff@authy.example', password, hostOf('authy'), '10.3.0.1').expect(200)
    ).body;
    const res = await t.http
      .post('/api/auth/refresh')
      .set('Host', hostOf('authy-other'))
      .send({ refreshToken: pair.refreshToken });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('auth/invalid-refresh-token');
  });

  it('lets a superadmin impersonate a tenant admin explicitly, and audits it', async () => {
    const token = await t.superadminToken();
    const imp = await t.http
      .post(`/platform/orchestras/${orchestraId}/impersonate`)
      .set('Host', CENTRAL_HOST)
      .auth(token, { type: 'bearer' })
      .send({ reason: 'Support ticket 4711' })
      .expect(200);
    const me = await t.http
      .get('/api/auth/me')
      .set('Host', hostOf('authy'))
      .auth(imp.body.accessToken, { type: 'bearer' })
      .expect(200);
    expect(me.body).toMatchObject({
      role: 'admin',
      orchestraId,
      impersonatedBy: expect.any(String),
    });
    await t.http
      .get('/api/musicians')
      .set('Host', hostOf('authy'))
      .auth(imp.body.accessToken, { type: 'bearer' })
      .expect(200);
    const audit = await t.http
      .get(`/platform/audit-logs?orchestraId=${orchestraId}&action=tenant.impersonate`)
      .set('Host', CENTRAL_HOST)
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(audit.body.items.map((a: { after: unknown }) => a.after)).toEqual([
      { reason: 'Support ticket 4711', expiresIn: 900 },
    ]);
  });

  it('cleans up expired refresh tokens and lapsed invitations, and only those', async () => {
    await adminQuery(
      t.controlUrl,
      `UPDATE "RefreshToken" SET "expiresAt" = now() - interval '1 day' WHERE id IN (SELECT id FROM "RefreshToken" LIMIT 2)`,
    );
    const [{ n: before }] = await adminQuery<{ n: number }>(
      t.controlUrl,
      'SELECT count(*)::int AS n FROM "RefreshToken"',
    );
    const { token } = await t
      .get<AuthService>(AuthService)
      .invite(orchestraId, { email: 'late@authy.example', name: 'Late', role: 'staff' });
    await adminQuery(
      t.controlUrl,
      `UPDATE "User" SET "invitationExpiresAt" = now() - interval '1 minute' WHERE email = 'late@authy.example'`,
    );
    const cleaned = await t.get<RetentionJobs>(RetentionJobs).cleanUp();
    expect(cleaned).toMatchObject({ refreshTokens: 2, invitations: 1 });
    const [{ n: after }] = await adminQuery<{ n: number }>(
      t.controlUrl,
      'SELECT count(*)::int AS n FROM "RefreshToken"',
    );
    expect(after).toBe(before - 2);
    const res = await t.http
      .post('/api/auth/invitations/accept')
      .set('Host', hostOf('authy'))
      .send({ token, password: 'a long enough password' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('auth/invalid-invitation');
    expect(await t.get<RetentionJobs>(RetentionJobs).cleanUp()).toMatchObject({
      refreshTokens: 0,
      invitations: 0,
    });
  });

  it('issues tenant API keys shown once, stored hashed, valid only on their tenant until revoked', async () => {
    const other = await t.provision('authy-keys');
    await t.waitForStatus(other.id, ['active']);
    const admin = await t.tenantAdminToken(orchestraId, 'authy');
    const created = await t.http
      .post('/api/api-keys')
      .set('Host', hostOf('authy'))
      .auth(admin, { type: 'bearer' })
      .send({ description: 'Website', permissions: ['musicians.read'] })
      .expect(201);
    const key: string = created.body.key;
    expect(created.body.permissions).toEqual(['musicians.read']);
    expect(key).toMatch(/^tutti_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/);
    const [row] = await adminQuery<{ keyHash: string }>(
      t.controlUrl,
      'SELECT "keyHash" FROM "ApiKey" WHERE id = $1',
      [created.body.id],
    );
    expect(row.keyHash).toBe(sha256(key));
    await t.http
      .get('/api/musicians')
      .set('Host', hostOf('authy'))
      .set('X-Api-Key', key)
      .expect(200);
    expect(
      (await t.http.get('/api/musicians').set('Host', hostOf('authy-keys')).set('X-Api-Key', key))
        .status,
    ).toBe(401);
    expect(
      (await t.http.get('/platform/orchestras').set('Host', CENTRAL_HOST).set('X-Api-Key', key))
        .status,
    ).toBe(401);
    // A key does what it was given, nothing more.
    const refused = await t.http
      .post('/api/api-keys')
      .set('Host', hostOf('authy'))
      .set('X-Api-Key', key)
      .send({});
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'auth/forbidden',
      details: { permission: 'api-keys.manage' },
    });
    const listed = (
      await t.http
        .get('/api/api-keys')
        .set('Host', hostOf('authy'))
        .auth(admin, { type: 'bearer' })
        .expect(200)
    ).body.items;
    expect(listed[0]).not.toHaveProperty('key');
    expect(listed[0].lastUsedAt).not.toBeNull();
    await t.http
      .delete(`/api/api-keys/${created.body.id}`)
      .set('Host', hostOf('authy'))
      .auth(admin, { type: 'bearer' })
      .expect(204);
    expect(
      (await t.http.get('/api/musicians').set('Host', hostOf('authy')).set('X-Api-Key', key))
        .status,
    ).toBe(401);
  });

  it('lets staff read but keeps platform routes for superadmins', async () => {
    const staff = (
      await login('staff@authy.example', password, hostOf('authy'), '10.4.0.1').expect(200)
    ).body;
    await t.http
      .get('/api/musicians')
      .set('Host', hostOf('authy'))
      .auth(staff.accessToken, { type: 'bearer' })
      .expect(200);
    const res = await t.http
      .get('/platform/metrics')
      .set('Host', CENTRAL_HOST)
      .auth(staff.accessToken, { type: 'bearer' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('auth/wrong-audience');
  });
});
