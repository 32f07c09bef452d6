import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';

import pg from 'pg';

import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import {
  adminQuery,
  createTenant,
  createTestApp,
  eventually,
  FakeProviderServer,
  freePort,
  type RestartableServer,
  type RunningProcess,
  startProcess,
  startRestartableServer,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const WORKER = 'dist/apps/worker/src/main.js';
const GATEWAY = 'dist/apps/gateway/src/main.js';

/**
 * Faults as an operator meets them, with real processes on a PostgreSQL server of this file's
 * own: the server restarted under a running worker, a worker killed with SIGKILL in the middle
 * of a send, and a gateway killed between a change's commit and the relay of what it causes.
 * The gateway in this test process runs no jobs; the workers are processes of their own.
 */
describe('faults: database restarts and dying processes', () => {
  let server: RestartableServer;
  let t: TestApp;
  let env: Record<string, string>;
  const provider = new FakeProviderServer();
  const workers: RunningProcess[] = [];

  const worker = async () => {
    const port = await freePort();
    const w = startProcess(WORKER, { ...env, WORKER_PORT: String(port) });
    workers.push(w);
    await eventually(async () => {
      const ready = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null);
      expect([ready?.status, w.alive()]).toEqual([200, true]);
    }, 30_000);
    return { process: w, port };
  };

  beforeAll(async () => {
    server = await startRestartableServer();
    const control = `ctl_${randomBytes(3).toString('hex')}`;
    await adminQuery(server.adminUrl, `CREATE DATABASE "${control}"`);
    await applyMigrations(server.urlFor(control), await loadMigrationSet('control'));
    const base = await provider.start();
    env = {
      NODE_ENV: 'test',
      DATABASE_URL: server.urlFor(control),
      TENANT_DATABASE_URL: server.adminUrl,
      TENANT_DATABASE_PREFIX: 'rs_',
      TENANT_TEMPLATE_DATABASE: '',
      JWT_SECRET: randomBytes(32).toString('hex'),
      TUTTI_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      BASE_DOMAIN: 'tutti.test',
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
      JOBS_MAINTENANCE_INTERVAL_SECONDS: '2',
      MESSAGE_RETRY_DELAY_SECONDS: '1',
      RESEND_API_KEY: 're_test_key',
      RESEND_BASE_URL: base,
      EMAIL_FROM: 'Tutti <noreply@tutti.test>',
      LOG_LEVEL: 'warn',
    };
    t = await createTestApp({ env: { ...env, JOBS_ENABLED: 'false' } });
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) await w.kill('SIGKILL');
    await t?.close();
    await provider.stop();
    await server?.destroy();
  }, 60_000);

  const tenantDb = async (ens: TestTenant, sql: string) => {
    const client = new pg.Client({
      connectionString: server.urlFor(`rs_${ens.id.replace(/-/g, '').slice(0, 24)}`),
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return (await client.query(sql)).rows as Array<Record<string, unknown>>;
    } finally {
      await client.end();
    }
  };

  /** An urgent announcement to one member: one email caused by one change. */
  const urgentEmail = async (ens: TestTenant, email: string) => {
    await ens
      .api('post', '/api/musicians')
      .send({ firstName: 'Ada', lastName: 'Oboe', email, membershipStatus: 'active' })
      .expect(201);
    return ens
      .api('post', '/api/announcements')
      .send({ title: 'Rehearsal moved', body: 'Room B at 19:00', isUrgent: true, publish: true });
  };
  const emailsTo = (to: string) =>
    provider.resendCalls().filter((c) => JSON.stringify(c.json.to).includes(to));

  it('keeps the worker alive through a PostgreSQL restart, and its jobs run afterwards', async () => {
    const w = await worker();
    const first = await createTenant(t, `before-${randomBytes(2).toString('hex')}`);
    expect(first.id).toBeTruthy();

    await server.stop();
    await new Promise((r) => setTimeout(r, 3000));
    expect(w.process.alive()).toBe(true);
    const down = await fetch(`http://127.0.0.1:${w.port}/ready`);
    expect(down.status).toBe(503);
    expect(
      ((await down.json()) as { error: { details: { down: string[] } } }).error.details.down,
    ).toEqual(expect.arrayContaining(['control-plane']));
    await server.start();

    // The worker recovers by itself: ready again, and a new ensemble is provisioned by it.
    await eventually(async () => {
      expect((await fetch(`http://127.0.0.1:${w.port}/ready`)).status).toBe(200);
    }, 30_000);
    const after = await createTenant(t, `after-${randomBytes(2).toString('hex')}`);
    expect((await after.api('get', '/api/musicians').expect(200)).body.items).toEqual([]);
    expect(w.process.alive()).toBe(true);
    // What it logged about the outage is JSON, line by line.
    for (const line of w.process.lines.filter((l) => l.startsWith('{')))
      expect(() => JSON.parse(line) as unknown).not.toThrow();
    await w.process.stop();
  }, 180_000);

  it('finishes the send of a worker killed mid-job on another within 60 s, delivered once', async () => {
    const a = await worker();
    const ens = await createTenant(t, `kill-${randomBytes(2).toString('hex')}`);
    provider.holdNextEmails = 1;
    await urgentEmail(ens, 'held@kill.example').then((r) => expect(r.status).toBe(201));
    // Worker A has sent the request and waits for an answer that never comes.
    await eventually(() => expect(emailsTo('held@kill.example')).toHaveLength(1), 20_000);
    await a.process.kill('SIGKILL');
    const killedAt = Date.now();

    const b = await worker();
    await eventually(async () => {
      const [log] = await tenantDb(
        ens,
        `SELECT status FROM "CommunicationLog" WHERE recipient = 'held@kill.example'`,
      );
      expect(log?.status).toBe('sent');
    }, 60_000);
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    // Sent twice, with one idempotency key: delivered once.
    const calls = emailsTo('held@kill.example');
    expect(calls).toHaveLength(2);
    expect(new Set(calls.map((c) => c.headers['idempotency-key'])).size).toBe(1);
    expect(provider.deliveredEmails.has(String(calls[0].headers['idempotency-key']))).toBe(true);
    await b.process.stop();
  }, 150_000);

  it('sends what a change caused even when the gateway dies between its commit and the relay', async () => {
    const w = await worker();
    const ens = await createTenant(t, `crash-${randomBytes(2).toString('hex')}`);
    const port = await freePort();
    const gateway = startProcess(GATEWAY, { ...env, JOBS_ENABLED: 'false', PORT: String(port) });
    workers.push(gateway);
    await eventually(async () => {
      const ready = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => null);
      expect(ready?.status).toBe(200);
    }, 30_000);

    // Hold the send queue's table: the relay after the commit waits on it, and the gateway is
    // killed while it waits. (The relay check queued before the commit is in another queue.)
    const lock = new pg.Client({ connectionString: env.DATABASE_URL });
    lock.on('error', () => undefined);
    await lock.connect();
    const [{ partition_name: partition }] = (
      await lock.query(`SELECT partition_name FROM pgboss.queue WHERE name = 'message.send'`)
    ).rows as Array<{ partition_name: string }>;
    await lock.query('BEGIN');
    await lock.query(`LOCK TABLE pgboss."${partition}" IN SHARE MODE`);

    await ens
      .api('post', '/api/musicians')
      .send({
        firstName: 'Bo',
        lastName: 'Horn',
        email: 'crash@relay.example',
        membershipStatus: 'active',
      })
      .expect(201);
    // (fetch cannot set Host; node:http can.)
    const pending = new Promise<number | Error>((resolve) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/announcements',
          headers: {
            host: ens.host,
            authorization: `Bearer ${ens.token}`,
            'content-type': 'application/json',
          },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', resolve);
      req.end(
        JSON.stringify({ title: 'Concert off', body: 'Snow', isUrgent: true, publish: true }),
      );
    });
    // Committed: the message is logged and its job waits in the outbox.
    await eventually(async () => {
      const rows = await tenantDb(ens, `SELECT count(*)::int AS n FROM "OutboxEntry"`);
      expect(rows[0].n).toBe(1);
    }, 20_000);
    await gateway.kill('SIGKILL');
    // The request never got an answer: the socket closed under it.
    expect(typeof (await pending)).toBe('object');
    await lock.query('ROLLBACK');
    await lock.end();
    expect(emailsTo('crash@relay.example')).toHaveLength(0);

    // Sent once: by the dead gateway's relay if its insert went through after it died (its
    // outbox row then stays, its transaction gone), else by the relay check queued before the
    // commit. That check empties the outbox either way, and a second relay of the same row is
    // refused by the queue (same job id): still one email.
    await eventually(() => expect(emailsTo('crash@relay.example')).toHaveLength(1), 75_000);
    await eventually(async () => {
      expect(await tenantDb(ens, `SELECT * FROM "OutboxEntry"`)).toEqual([]);
    }, 75_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(emailsTo('crash@relay.example')).toHaveLength(1);
    await eventually(async () => {
      const [log] = await tenantDb(
        ens,
        `SELECT status FROM "CommunicationLog" WHERE recipient = 'crash@relay.example'`,
      );
      expect(log?.status).toBe('sent');
    }, 10_000);
    await w.process.stop();
  }, 180_000);
});
