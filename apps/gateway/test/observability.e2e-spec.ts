import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  type AccessEntry,
  AccessLogSink,
  Metrics,
  Readiness,
  startProbeServer,
} from '#tutti/observability';
import { createTenant, createTestApp, type TestApp, type TestTenant } from '#tutti/testing';

const TOKEN = 'metrics-token-for-tests-0123456789';

/** Prometheus's text format, as a scraper reads it: name{labels} value. */
function parseMetrics(
  text: string,
): Array<{ name: string; labels: Record<string, string>; value: number }> {
  const samples = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1]] = l[2];
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

function get(port: number, path: string, auth?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, headers: auth ? { authorization: auth } : {} },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('metrics, access log and readiness', () => {
  let t: TestApp;
  let ens: TestTenant;
  const lines: AccessEntry[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: { METRICS_TOKEN: TOKEN, ACCESS_LOG: 'true' },
      overrides: [
        { provide: AccessLogSink, useValue: { write: (e: AccessEntry) => lines.push(e) } },
      ],
    });
    ens = await createTenant(t, 'metered');
  });
  afterAll(() => t?.close());

  it('counts requests by route pattern and status, with the pool, queues and provisioning', async () => {
    await ens.api('get', '/api/musicians').expect(200);
    await ens.api('get', '/api/musicians/999999').expect(404);
    const res = await t.http
      .get('/metrics')
      .set('Host', t.centralHost)
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseMetrics(res.text);
    const one = (name: string, labels: Record<string, string> = {}) =>
      samples.find(
        (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
      );
    expect(
      one('tutti_http_requests_total', { method: 'GET', route: '/api/musicians', status: '200' })
        ?.value,
    ).toBeGreaterThanOrEqual(1);
    // The pattern, never the path: an id (or an answer link's token) is not a label.
    expect(
      one('tutti_http_requests_total', { route: '/api/musicians/:id', status: '404' })?.value,
    ).toBe(1);
    expect(samples.some((s) => s.labels.route?.includes('999999'))).toBe(false);
    expect(
      one('tutti_http_request_duration_seconds_count', { route: '/api/musicians', status: '200' })
        ?.value,
    ).toBeGreaterThanOrEqual(1);
    expect(
      one('tutti_http_request_duration_seconds_bucket', { route: '/api/musicians', le: '+Inf' }),
    ).toBeDefined();
    expect(one('tutti_provisioning_total', { outcome: 'succeeded' })?.value).toBeGreaterThanOrEqual(
      1,
    );
    // Provisioning migrated the tenant (from the test template: up to date, or migrated).
    const migrated = samples.filter(
      (x) => x.name === 'tutti_tenant_migrations_total' && x.labels.outcome !== 'failed',
    );
    expect(migrated.reduce((sum, x) => sum + x.value, 0)).toBeGreaterThanOrEqual(1);
    expect(one('tutti_tenant_pool_misses_total')?.value).toBeGreaterThanOrEqual(1);
    expect(one('tutti_tenant_pool_hits_total')?.value).toBeGreaterThanOrEqual(1);
    expect(one('tutti_tenant_pool_open_clients')?.value).toBeGreaterThanOrEqual(1);
    expect(one('tutti_tenant_pool_max_clients')?.value).toBe(t.config.pool.maxClients);
    // Provisioning ran one job: completed, so neither ready nor active now.
    expect(one('tutti_jobs', { queue: 'tenant.provision', state: 'ready' })?.value).toBe(0);
    expect(one('tutti_jobs', { queue: 'tenant.provision', state: 'active' })?.value).toBe(0);
    expect(
      one('tutti_jobs_oldest_age_seconds', { queue: 'tenant.provision', state: 'active' })?.value,
    ).toBe(0);
    expect(
      one('tutti_db_pool_connections', { pool: 'control-plane', state: 'open' })?.value,
    ).toBeGreaterThanOrEqual(1);
    expect(
      one('tutti_db_pool_connections', { pool: 'job-database', state: 'open' })?.value,
    ).toBeGreaterThanOrEqual(1);
    expect(one('tutti_process_resident_memory_bytes')?.value).toBeGreaterThan(0);
    // No label names a tenant.
    expect(samples.some((s) => Object.values(s.labels).includes('metered'))).toBe(false);
  });

  it('refuses /metrics without the token, and with a wrong one', async () => {
    const none = await t.http.get('/metrics').set('Host', t.centralHost);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('auth/unauthenticated');
    const wrong = await t.http
      .get('/metrics')
      .set('Host', ens.host)
      .set('Authorization', `Bearer ${TOKEN}x`);
    expect(wrong.status).toBe(401);
  });

  it('writes one access line per request with route, status, duration, tenant and request id', async () => {
    lines.length = 0;
    const res = await t.http
      .post('/r/some-made-up-answer-link-token-xyz')
      .set('Host', ens.host)
      .set('X-Request-Id', 'req-observability-1')
      .type('form')
      .send('answer=accept');
    await new Promise((r) => setTimeout(r, 50));
    const line = lines.find((l) => l.requestId === 'req-observability-1');
    expect(line).toMatchObject({
      method: 'POST',
      route: '/r/:token',
      status: res.status,
      tenant: 'metered',
    });
    expect(line!.durationMs).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain('some-made-up-answer-link-token');
    await t.http.get('/health').set('Host', 'nowhere.example').expect(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.at(-1)).toMatchObject({ route: '/health', status: 200, tenant: null });
  });

  it('answers /ready with 503 naming what is down when a database it needs does not answer', async () => {
    const readiness = t.get<Readiness>(Readiness);
    readiness.register('test-database', () => Promise.resolve(false));
    const ready = await t.http.get('/ready').set('Host', t.centralHost);
    expect(ready.status).toBe(503);
    expect(ready.headers['retry-after']).toBe('5');
    expect(ready.body.error).toMatchObject({
      code: 'server/not-ready',
      details: { down: ['test-database'] },
    });
    readiness.register('test-database', () => Promise.resolve(true));
    await t.http.get('/ready').set('Host', t.centralHost).expect(200);
  });

  it('answers /ready with 503 once the copy is shutting down, while /health stays 200', async () => {
    await t.http.get('/ready').set('Host', t.centralHost).expect(200);
    t.get<Readiness>(Readiness).drain();
    const ready = await t.http.get('/ready').set('Host', t.centralHost);
    expect(ready.status).toBe(503);
    expect(ready.body.error.code).toBe('server/shutting-down');
    await t.http.get('/health').set('Host', t.centralHost).expect(200);
  });

  it('gives the worker /health, /ready and /metrics on a port of its own', async () => {
    let down: string[] = [];
    const metrics = new Metrics();
    metrics.jobFailures.inc({ queue: 'messaging.send' });
    const server = await startProbeServer({
      port: 0,
      host: '127.0.0.1',
      down: () => Promise.resolve(down),
      metrics,
      metricsToken: TOKEN,
    });
    const port = (server.address() as AddressInfo).port;
    try {
      expect((await get(port, '/health')).status).toBe(200);
      expect((await get(port, '/ready')).status).toBe(200);
      down = ['control-plane'];
      const notReady = await get(port, '/ready');
      expect(notReady.status).toBe(503);
      expect(JSON.parse(notReady.body).error).toMatchObject({
        code: 'server/not-ready',
        details: { down: ['control-plane'] },
      });
      expect((await get(port, '/metrics')).status).toBe(401);
      const m = await get(port, '/metrics', `Bearer ${TOKEN}`);
      expect(m.status).toBe(200);
      expect(
        parseMetrics(m.body).find(
          (s) => s.name === 'tutti_job_failures_total' && s.labels.queue === 'messaging.send',
        )?.value,
      ).toBe(1);
      expect((await get(port, '/nothing')).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
