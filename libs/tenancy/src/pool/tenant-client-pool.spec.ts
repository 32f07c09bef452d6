import { TenantClientPool } from './tenant-client-pool.js';

// Prisma clients connect lazily, so the pool's bookkeeping is testable without a server.
const tenant = (id: string, credentialsVersion = 1) => ({
  id,
  databaseUrl: `postgresql://u:p@127.0.0.1:1/${id}`,
  provider: 'postgres' as const,
  credentialsVersion,
});
const options = {
  maxClients: 2,
  connectionsPerClient: 1,
  idleClientMs: 60_000,
  connectTimeoutMs: 500,
  idleConnectionMs: 1_000,
  acquireTimeoutMs: 300,
};

describe('TenantClientPool', () => {
  let pool: TenantClientPool;
  beforeEach(() => (pool = new TenantClientPool(options)));
  afterEach(() => pool.close());

  it('shares one client between concurrent first requests for a tenant', async () => {
    const [a, b] = await Promise.all([pool.acquire(tenant('a')), pool.acquire(tenant('a'))]);
    expect(a.client).toBe(b.client);
    expect(pool.stats()).toMatchObject({ misses: 1, hits: 1, openClients: 1 });
    a.release();
    b.release();
  });

  it('evicts the least recently used idle client when full', async () => {
    (await pool.acquire(tenant('a'))).release();
    (await pool.acquire(tenant('b'))).release();
    (await pool.acquire(tenant('a'))).release(); // b is now the least recently used
    const c = await pool.acquire(tenant('c'));
    c.release();
    const again = await pool.acquire(tenant('a'));
    again.release();
    expect(pool.stats()).toMatchObject({ evictions: 1, hits: 2, misses: 3, peakOpenClients: 2 });
  });

  it('makes a new tenant wait while every client is busy, and fails after the acquire timeout', async () => {
    const a = await pool.acquire(tenant('a'));
    const b = await pool.acquire(tenant('b'));
    const waiting = pool.acquire(tenant('c'));
    setTimeout(() => a.release(), 50);
    const c = await waiting;
    expect(pool.stats().peakOpenClients).toBe(2);
    // A 503 the client may retry: the one error filter maps the kind and sends Retry-After.
    await expect(pool.acquire(tenant('d'))).rejects.toMatchObject({
      code: 'tenant/busy',
      kind: 'unavailable',
      headers: { 'Retry-After': '2' },
      message: expect.stringMatching(/No tenant database client became free/),
    });
    b.release();
    c.release();
  });

  it('retires a client whose credentials changed, after its last lease', async () => {
    const old = await pool.acquire(tenant('a', 1));
    const fresh = await pool.acquire(tenant('a', 2));
    expect(fresh.client).not.toBe(old.client);
    expect(pool.stats()).toMatchObject({ evictions: 1, openClients: 2 }); // the old one is still in use
    old.release();
    await new Promise((r) => setTimeout(r, 20));
    expect(pool.stats().openClients).toBe(1);
    fresh.release();
  });

  it('closes idle clients after the idle time', async () => {
    const quick = new TenantClientPool({ ...options, idleClientMs: 100 });
    (await quick.acquire(tenant('a'))).release();
    await new Promise((r) => setTimeout(r, 300));
    expect(quick.stats()).toMatchObject({ openClients: 0, evictions: 1 });
    await quick.close();
  });
});
