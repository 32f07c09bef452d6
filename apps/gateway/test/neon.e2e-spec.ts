import { SecretBox } from '#tutti/common';
import { TenantClientPool } from '#tutti/tenancy';
import {
  adminQuery,
  CENTRAL_HOST,
  createTestApp,
  databaseUrl,
  FakeNeonServer,
  hostOf,
  type TestApp,
  testServerEnv,
} from '#tutti/testing';

/**
 * Neon as a kind of database server, against a local stand-in of Neon's API and of its
 * WebSocket proxy in front of a real PostgreSQL: provisioning makes a Neon project through the
 * official API client, and the ensemble is served by Prisma's Neon adapter over
 * @neondatabase/serverless with `ws` (Node 20 has no WebSocket of its own).
 */
describe('Neon database servers', () => {
  let t: TestApp;
  let tcp: TestApp;
  let neon: FakeNeonServer;
  let token: string;
  const platform = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http[method](path).set('Host', CENTRAL_HOST).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    neon = new FakeNeonServer(testServerEnv().serverUrl, 'neon-api-key-for-tests');
    await neon.start();
    t = await createTestApp({
      env: { NEON_WS_PROXY: neon.wsProxy, NEON_WS_TLS: 'false', NEON_DRIVER: 'serverless' },
    });
    // A second copy of the deployment serving Neon tenants the default way: pg over TCP.
    // (The driver's settings are per process: both copies here share them.)
    tcp = await createTestApp({
      sameDeploymentAs: t,
      env: { NEON_WS_PROXY: neon.wsProxy, NEON_WS_TLS: 'false', NEON_DRIVER: 'pg' },
    });
    token = await t.superadminToken();
  });

  afterAll(async () => {
    await tcp.close();
    await t.close();
    await neon.stop();
  });

  it('registers a Neon account only with a key Neon accepts', async () => {
    const wrong = await platform('post', '/platform/database-servers').send({
      name: 'neon-wrong',
      kind: 'neon',
      neonApiKey: 'not-the-key',
      neonApiUrl: neon.apiUrl,
      capacity: 10,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('database-server/unreachable');
    expect(wrong.body.error.message).toMatch(/401/);
    const added = await platform('post', '/platform/database-servers')
      .send({
        name: 'neon-eu',
        kind: 'neon',
        neonApiKey: neon.apiKey,
        neonApiUrl: neon.apiUrl,
        region: 'aws-eu-central-1',
        capacity: 10,
      })
      .expect(201);
    expect(added.body).toMatchObject({ kind: 'neon', address: neon.apiUrl, state: 'open' });
    const [row] = await adminQuery<{ key: string }>(
      t.controlUrl,
      `SELECT "neonApiKeyEncrypted" AS key FROM "DatabaseServer" WHERE name = 'neon-eu'`,
    );
    expect(row.key).not.toContain(neon.apiKey);
    expect(t.get<SecretBox>(SecretBox).decrypt(row.key)).toBe(neon.apiKey);
  });

  it('provisions an ensemble as a Neon project and serves it through the Neon adapter over WebSockets', async () => {
    const created = await t.provision('nebula', { region: 'aws-eu-central-1' });
    const o = await t.waitForStatus(created.id, ['active', 'failed']);
    expect(o.status).toBe('active');
    const database = o.database as { provider: string; name: string };
    expect(database.provider).toBe('neon');

    // One project, named after the tenant database, with Tutti's database and role, made
    // through the API with the key; its operations were waited for.
    const creates = neon.calls.filter((c) => c.method === 'POST' && c.path === '/api/v2/projects');
    expect(creates).toHaveLength(1);
    expect(JSON.parse(creates[0].body)).toEqual({
      project: {
        name: database.name,
        region_id: 'aws-eu-central-1',
        branch: { database_name: 'tutti', role_name: 'tutti_owner' },
      },
    });
    expect(creates[0].headers.authorization).toBe(`Bearer ${neon.apiKey}`);
    expect(neon.calls.some((c) => /\/operations$/.test(c.path.split('?')[0]))).toBe(true);

    // Served: written and read through the pool's Neon client, over the WebSocket proxy.
    const bytesBefore = neon.bytesCarried;
    const admin = await t.tenantAdmin(created.id, 'nebula');
    await t.http
      .post('/api/musicians')
      .set('Host', hostOf('nebula'))
      .auth(admin.token, { type: 'bearer' })
      .send({ firstName: 'Nova', lastName: 'Neon', email: 'nova@nebula.example' })
      .expect(201);
    const list = await t.http
      .get('/api/musicians')
      .set('Host', hostOf('nebula'))
      .auth(admin.token, { type: 'bearer' })
      .expect(200);
    expect(list.body.items.map((m: { email: string }) => m.email)).toEqual(['nova@nebula.example']);
    // The queries went over the proxy's WebSocket (the session opened by provisioning's seed
    // step is pooled and used again).
    expect(neon.webSocketSessions).toBeGreaterThanOrEqual(1);
    expect(neon.bytesCarried).toBeGreaterThan(bytesBefore);
    expect(t.get<TenantClientPool>(TenantClientPool).stats().openClients).toBeGreaterThan(0);
    // The row is in the project's database on the server behind the proxy.
    const rows = await adminQuery<{ email: string }>(
      databaseUrl(t.serverUrl, database.name),
      `SELECT email FROM "Musician"`,
    );
    expect(rows.map((r) => r.email)).toEqual(['nova@nebula.example']);
  });

  it('serves the same Neon ensemble over TCP with the pg adapter when NEON_DRIVER=pg', async () => {
    const [o] = await adminQuery<{ id: string }>(
      t.controlUrl,
      `SELECT id FROM "Orchestra" WHERE subdomain = 'nebula'`,
    );
    const admin = await t.tenantAdmin(o.id, 'nebula');
    const bytesBefore = neon.bytesCarried;
    const sessionsBefore = neon.webSocketSessions;
    await tcp.http
      .post('/api/musicians')
      .set('Host', hostOf('nebula'))
      .auth(admin.token, { type: 'bearer' })
      .send({ firstName: 'Tove', lastName: 'Tcp', email: 'tove@nebula.example' })
      .expect(201);
    const list = await tcp.http
      .get('/api/musicians')
      .set('Host', hostOf('nebula'))
      .auth(admin.token, { type: 'bearer' })
      .expect(200);
    expect(list.body.items.map((m: { email: string }) => m.email).sort()).toEqual([
      'nova@nebula.example',
      'tove@nebula.example',
    ]);
    // Nothing went through the WebSocket proxy.
    expect(neon.webSocketSessions).toBe(sessionsBefore);
    expect(neon.bytesCarried).toBe(bytesBefore);
  });

  it('deletes the Neon project when the ensemble is deleted (after its final backup)', async () => {
    const [o] = await adminQuery<{ id: string }>(
      t.controlUrl,
      `SELECT id FROM "Orchestra" WHERE subdomain = 'nebula'`,
    );
    await t.http
      .delete(`/platform/orchestras/${o.id}`)
      .set('Host', CENTRAL_HOST)
      .auth(token, { type: 'bearer' })
      .send({ confirmSubdomain: 'nebula' })
      .expect(200);
    expect(neon.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
    expect(neon.projects.size).toBe(0);
    const [backup] = await adminQuery<{ kind: string; rows: number }>(
      t.controlUrl,
      `SELECT kind, rows FROM "TenantBackup" WHERE "orchestraId" = $1`,
      [o.id],
    );
    expect(backup).toMatchObject({ kind: 'final' });
    expect(backup.rows).toBeGreaterThan(0);
  });
});
