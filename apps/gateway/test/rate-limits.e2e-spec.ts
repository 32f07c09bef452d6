import {
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

/** Two gateway copies of one deployment spend one budget, kept in the control plane. */
describe('rate limits shared by every gateway copy', () => {
  let a: TestApp;
  let b: TestApp;
  let ens: TestTenant;

  beforeAll(async () => {
    a = await createTestApp({ env: { LOGIN_RATE_LIMIT_MAX: '3' } });
    b = await createTestApp({ sameDeploymentAs: a, env: { LOGIN_RATE_LIMIT_MAX: '3' } });
    ens = await createTenant(a, 'limits');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const login = (via: TestApp, email: string, forwardedFor?: string) => {
    let req = via.http.post('/api/auth/login').set('Host', ens.host);
    if (forwardedFor) req = req.set('X-Forwarded-For', forwardedFor);
    return req.send({ email, password: 'not the password' });
  };

  it('refuses an account after its failed sign-ins, whichever copy they reached', async () => {
    const statuses = [];
    for (const via of [a, b, a]) statuses.push((await login(via, 'victim@limits.example')).status);
    expect(statuses).toEqual([401, 401, 401]);
    for (const via of [b, a]) {
      const res = await login(via, 'victim@limits.example');
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('auth/too-many-attempts');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    const [row] = await adminQuery<{ count: number }>(
      a.controlUrl,
      `SELECT count FROM "RateLimit" WHERE key = $1`,
      [`login:account:${ens.id}:victim@limits.example`],
    );
    expect(row.count).toBe(3);
  });

  it('keeps one budget per client address that a spoofed X-Forwarded-For cannot reset', async () => {
    // No TRUST_PROXY here: the forwarded address is ignored, the connection's is counted.
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++)
      statuses.push((await login(i % 2 ? a : b, `user${i}@limits.example`, `10.9.0.${i}`)).status);
    // The address already spent 4 (the superadmin's sign-in, 3 failures above): 11 remain.
    const first = statuses.indexOf(429);
    expect(first).toBe(11);
    expect(statuses.slice(first).every((s) => s === 429)).toBe(true);
    const keys = await adminQuery<{ key: string }>(
      a.controlUrl,
      `SELECT key FROM "RateLimit" WHERE key LIKE 'login:address:%'`,
    );
    expect(keys.map((k) => k.key)).toEqual([expect.stringMatching(/^login:address:[0-9a-f.:]+$/)]);
    expect(keys[0].key).not.toContain('10.9.0.');
  });

  it('limits guesses at answer links per address across copies', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const via = i % 2 ? a : b;
      statuses.push(
        (await via.http.get(`/r/guess${String(i).padStart(20, '0')}`).set('Host', ens.host)).status,
      );
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});
