import { randomUUID } from 'node:crypto';

import { SecretBox } from '#tutti/common';
import { DatabaseServersRepository, OrchestrasRepository } from '#tutti/control-plane';
import { MoveObserver, type MoveStep } from '#tutti/database-servers';
import { Metrics } from '#tutti/observability';
import {
  adminQuery,
  CENTRAL_HOST,
  createTestApp,
  databaseUrl,
  hostOf,
  type SecondServer,
  startSecondServer,
  type TestApp,
} from '#tutti/testing';

/** Rows of every tenant table, in a fixed order: what "the same data" means here. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const tables = await adminQuery<{ t: string }>(
    url,
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'
      AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { t } of tables) {
    const rows = await adminQuery<{ r: string }>(
      url,
      `SELECT row_to_json(x)::text AS r FROM "${t}" x`,
    );
    out[t] = rows.map((r) => r.r).sort();
  }
  return out;
}

/** Watches the steps: at `switch`, both databases are compared row for row; can fail one step once. */
class Watch extends MoveObserver {
  failOnce: MoveStep | null = null;
  /** Runs once when the copy starts (the ensemble is in maintenance then). */
  atCopy: (() => Promise<void>) | null = null;
  compared: Array<{ before: Record<string, string[]>; after: Record<string, string[]> }> = [];
  urls: ((move: { orchestraId: string; toUrl: string }) => Promise<[string, string]>) | null = null;
  secrets!: SecretBox;
  orchestras!: OrchestrasRepository;

  /** Set while a move from the default server (the tests' own) is to be compared at its switch. */
  fromServerUrl = '';

  async beforeStep(
    step: MoveStep,
    move: { orchestraId: string; fromDatabase: string; toUrlEncrypted: string | null },
  ) {
    if (step === this.failOnce) {
      this.failOnce = null;
      throw new Error(`${step} made to fail by the test`);
    }
    if (step === 'copy' && this.atCopy) {
      const run = this.atCopy;
      this.atCopy = null;
      await run();
    }
    if (step === 'switch' && this.fromServerUrl) {
      // The old database read as the server's admin (the tenant's own login is barred now).
      this.compared.push({
        before: await snapshot(databaseUrl(this.fromServerUrl, move.fromDatabase)),
        after: await snapshot(this.secrets.decrypt(move.toUrlEncrypted!)),
      });
    }
  }
}

describe('database servers: registry, placement and moves between two PostgreSQL servers', () => {
  let t: TestApp;
  /** A second gateway copy of the same deployment: it hears of the move only by NOTIFY. */
  let t2: TestApp;
  let second: SecondServer;
  let token: string;
  const watch = new Watch();
  const platform = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http[method](path).set('Host', CENTRAL_HOST).auth(token, { type: 'bearer' });
  const databasesOn = async (url: string) =>
    (await adminQuery<{ d: string }>(url, 'SELECT datname AS d FROM pg_database')).map((r) => r.d);
  let secondId: string;
  /** An ensemble on the default server (the second one drained meanwhile). */
  async function provisionOnDefault(subdomain: string) {
    await platform('patch', `/platform/database-servers/${secondId}`)
      .send({ state: 'draining' })
      .expect(200);
    try {
      const band = await t.provision(subdomain);
      await t.waitForStatus(band.id, ['active']);
      return band;
    } finally {
      await platform('patch', `/platform/database-servers/${secondId}`)
        .send({ state: 'open' })
        .expect(200);
    }
  }

  beforeAll(async () => {
    second = await startSecondServer();
    t = await createTestApp({
      env: { TENANT_MOVE_SETTLE_MS: '300' },
      overrides: [{ provide: MoveObserver, useValue: watch }],
    });
    t2 = await createTestApp({
      sameDeploymentAs: t,
      overrides: [{ provide: MoveObserver, useValue: watch }],
    });
    watch.secrets = t.get(SecretBox);
    watch.orchestras = t.get(OrchestrasRepository);
    token = await t.superadminToken();
  }, 120_000);

  afterAll(async () => {
    await t2.close();
    await t.close();
    await second.stop();
  });

  it('lists the default server, and registers another only once it answers', async () => {
    const list = await platform('get', '/platform/database-servers').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ name: 'default', kind: 'postgres', state: 'open', tenants: 0 }),
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/password|postgresql:\/\//);

    const dead = await platform('post', '/platform/database-servers').send({
      name: 'dead',
      kind: 'postgres',
      adminUrl: 'postgresql://nobody@127.0.0.1:1/postgres',
      capacity: 10,
    });
    expect(dead.status).toBe(400);
    expect(dead.body.error.code).toBe('database-server/unreachable');
    const noUrl = await platform('post', '/platform/database-servers').send({
      name: 'nourl',
      kind: 'postgres',
      capacity: 10,
    });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.error.details.field).toBe('adminUrl');
    const bad = await platform('post', '/platform/database-servers').send({
      name: 'Bad Name',
      kind: 'oracle',
      capacity: -1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('request/invalid');

    const added = await platform('post', '/platform/database-servers')
      .send({
        name: 'second',
        kind: 'postgres',
        adminUrl: second.adminUrl,
        region: 'eu-west',
        capacity: 5,
      })
      .expect(201);
    secondId = added.body.id;
    expect(added.body).toMatchObject({
      name: 'second',
      region: 'eu-west',
      tenants: 0,
      state: 'open',
    });
    expect(added.body.address).toMatch(/^127\.0\.0\.1:\d+$/);
    const again = await platform('post', '/platform/database-servers').send({
      name: 'second',
      kind: 'postgres',
      adminUrl: second.adminUrl,
      capacity: 5,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('database-server/name-taken');
    const names = await adminQuery<{ name: string; secret: string }>(
      t.controlUrl,
      `SELECT name, "adminUrlEncrypted" AS secret FROM "DatabaseServer" ORDER BY "createdAt"`,
    );
    expect(names.map((n) => n.name)).toEqual(['default', 'second']);
    // Stored encrypted: the password is not in the row.
    expect(names[1].secret).not.toContain('tutti-local');
  });

  it('places by region and by load, and refuses when no server has room', async () => {
    const west = await t.provision('west', { region: 'eu-west' });
    const ready = await t.waitForStatus(west.id, ['active', 'failed']);
    expect(ready.status).toBe('active');
    expect((ready.database as { serverId: string }).serverId).toBe(secondId);
    expect(await databasesOn(second.adminUrl)).toContain((ready.database as { name: string }).name);

    const nowhere = await t.provision('nowhere', { region: 'mars-1' });
    const failed = await t.waitForStatus(nowhere.id, ['active', 'failed']);
    expect(failed.status).toBe('failed');
    expect((failed.provisioning as { error: string }).error).toMatch(
      /^create-database: No open database server in region mars-1/,
    );
    // Fewest tenants wins: default has none yet, second has one.
    const plain = await t.provision('plain');
    const placed = await t.waitForStatus(plain.id, ['active', 'failed']);
    expect((placed.database as { serverId: string }).serverId).not.toBe(secondId);
  });

  it('gives a server’s last place to one of several placements at once', async () => {
    const repo = t.get<DatabaseServersRepository>(DatabaseServersRepository);
    const orchestras = t.get<OrchestrasRepository>(OrchestrasRepository);
    await platform('patch', `/platform/database-servers/${secondId}`)
      .send({ capacity: (await repo.tenantCount(secondId)) + 1 })
      .expect(200);
    const ids = await Promise.all(
      [1, 2, 3].map(async (i) => {
        const id = randomUUID();
        await orchestras.create(
          {
            name: `Race ${i}`,
            subdomain: `race${i}`,
            kind: 'band',
            plan: 'small',
            contactName: 'C',
            contactEmail: `c${i}@race.example`,
            adminName: 'A',
            adminEmail: `a${i}@race.example`,
            locale: 'sv',
            country: 'SE',
            databaseName: `race_${i}_${id.slice(0, 8)}`,
            region: 'eu-west',
            limits: { maxMusicians: 10, maxProjects: 1, pricePerMonth: 0 },
            customerProfile: { legalBusinessName: 'Race', contactEmail: `c${i}@race.example` },
          },
          id,
        );
        return id;
      }),
    );
    const outcomes = await Promise.all(ids.map((id) => repo.place(id, 'eu-west')));
    expect(outcomes.filter((o) => 'refused' in o)).toHaveLength(2);
    expect(outcomes.filter((o) => 'id' in o && o.id === secondId)).toHaveLength(1);
    await adminQuery(t.controlUrl, `DELETE FROM "Orchestra" WHERE subdomain LIKE 'race%'`);
    await platform('patch', `/platform/database-servers/${secondId}`)
      .send({ capacity: 5 })
      .expect(200);
  });

  it('closes only an empty server; a draining one takes no new ensembles', async () => {
    const closing = await platform('patch', `/platform/database-servers/${secondId}`).send({
      state: 'closed',
    });
    expect(closing.status).toBe(409);
    expect(closing.body.error.code).toBe('database-server/not-empty');
    const drained = await platform('patch', `/platform/database-servers/${secondId}`)
      .send({ state: 'draining' })
      .expect(200);
    expect(drained.body.state).toBe('draining');
    const next = await t.provision('westtwo', { region: 'eu-west' });
    expect((await t.waitForStatus(next.id, ['active', 'failed'])).status).toBe('failed');
    await platform('patch', `/platform/database-servers/${secondId}`)
      .send({ state: 'open' })
      .expect(200);
  });

  it('moves an ensemble while requests run on two gateways: none answered from the wrong place, no row lost', async () => {
    const band = await provisionOnDefault('mover');
    const admin = await t.tenantAdmin(band.id, 'mover');
    // Requests alternate between the two gateway copies, each with its own pooled clients.
    let turn = 0;
    const api = (method: 'get' | 'post', path: string) =>
      (turn++ % 2 === 0 ? t : t2).http[method](path)
        .set('Host', hostOf('mover'))
        .auth(admin.token, { type: 'bearer' });
    for (let i = 0; i < 5; i++)
      await api('post', '/api/musicians')
        .send({ firstName: `Before${i}`, lastName: 'Mover', email: `before${i}@mover.example` })
        .expect(201);
    const before = (await t.waitForStatus(band.id, ['active'])) as { database: { name: string } };

    watch.fromServerUrl = t.serverUrl;
    // While it moves, deleting the ensemble is refused (and nothing is deleted).
    const refusals: Array<[number, string]> = [];
    watch.atCopy = async () => {
      const del = await t.http
        .delete(`/platform/orchestras/${band.id}`)
        .set('Host', CENTRAL_HOST)
        .auth(token, { type: 'bearer' })
        .send({ confirmSubdomain: 'mover' });
      refusals.push([del.status, del.body.error?.code]);
      // The tenant's own login is barred from the old database while it is copied: a gateway
      // that missed the maintenance notice could not write there.
      const [row] = await adminQuery<{ url: string }>(
        t.controlUrl,
        `SELECT "databaseUrlEncrypted" AS url FROM "Orchestra" WHERE id = $1`,
        [band.id],
      );
      const oldUrl = t.get<SecretBox>(SecretBox).decrypt(row.url);
      refusals.push(
        await adminQuery(oldUrl, 'SELECT 1').then(
          () => [0, 'connected'] as [number, string],
          (err: { code?: string }) => [1, err.code ?? 'no code'] as [number, string],
        ),
      );
    };
    const started = await platform('post', `/platform/orchestras/${band.id}/moves`)
      .send({ toServerId: secondId })
      .expect(202);
    expect(started.body).toMatchObject({ status: 'running', step: 'record', toServerId: secondId });
    const nobody = await platform('post', `/platform/orchestras/${randomUUID()}/moves`).send({
      toServerId: secondId,
    });
    expect([nobody.status, nobody.body.error.code]).toEqual([404, 'orchestra/not-found']);
    const twice = await platform('post', `/platform/orchestras/${band.id}/moves`).send({
      toServerId: secondId,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('move/running');

    // Requests keep coming while it moves: each is served, or refused with a 503 to retry.
    const written: string[] = [];
    const statuses = new Map<string, number>();
    let moving = true;
    let n = 0;
    const traffic = (async () => {
      while (moving) {
        const i = n++;
        const res = await api('post', '/api/musicians').send({
          firstName: `During${i}`,
          lastName: 'Mover',
          email: `during${i}@mover.example`,
        });
        const key = `${res.status} ${res.body?.error?.code ?? ''}`.trim();
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (res.status === 201) written.push(res.body.id);
        const read = await api('get', '/api/musicians');
        const rkey = `${read.status} ${read.body?.error?.code ?? ''}`.trim();
        statuses.set(rkey, (statuses.get(rkey) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    let move: { status: string; step: string; rows: number } = started.body;
    for (let i = 0; i < 300 && move.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      move = (await platform('get', `/platform/orchestras/${band.id}/moves`).expect(200)).body[0];
    }
    moving = false;
    await traffic;
    watch.fromServerUrl = '';
    expect(move).toMatchObject({ status: 'succeeded', step: 'cleanup', error: null });
    expect(refusals).toEqual([
      [409, 'orchestra/moving'],
      [1, '28000'],
    ]);
    expect([...statuses.keys()].sort()).toEqual(
      expect.arrayContaining(['201', '200', '503 tenant/maintenance']),
    );
    for (const key of statuses.keys())
      expect(['200', '201', '503 tenant/maintenance', '503 database/unavailable']).toContain(key);

    // The copy equalled the original row for row when it was switched over.
    expect(watch.compared).toHaveLength(1);
    expect(watch.compared[0].after).toEqual(watch.compared[0].before);

    // Now on the second server; the old database is gone from the first.
    const after = (await platform('get', `/platform/orchestras/${band.id}`).expect(200)).body;
    expect(after.database.serverId).toBe(secondId);
    expect(after.database.maintenanceSince).toBeNull();
    expect(await databasesOn(t.serverUrl)).not.toContain(before.database.name);
    expect(await databasesOn(second.adminUrl)).toContain(after.database.name);

    // Every write that was answered 201 is there, and new writes land on the second server.
    // One write after the move through each copy.
    const late = await api('post', '/api/musicians')
      .send({ firstName: 'After', lastName: 'Mover', email: 'after@mover.example' })
      .expect(201);
    const late2 = await api('post', '/api/musicians')
      .send({ firstName: 'After2', lastName: 'Mover', email: 'after2@mover.example' })
      .expect(201);
    const [o] = await adminQuery<{ url: string }>(
      t.controlUrl,
      `SELECT "databaseUrlEncrypted" AS url FROM "Orchestra" WHERE id = $1`,
      [band.id],
    );
    const newUrl = t.get<SecretBox>(SecretBox).decrypt(o.url);
    expect(new URL(newUrl).port).toBe(new URL(second.adminUrl).port);
    const rows = await adminQuery<{ id: string }>(
      newUrl,
      `SELECT "musicianId" AS id FROM "Musician"`,
    );
    const ids = new Set(rows.map((r) => r.id));
    expect([...written, late.body.id, late2.body.id].filter((id) => !ids.has(id))).toEqual([]);
    expect(rows.length).toBe(5 + written.length + 2);
  }, 120_000);

  it('a move that fails before the switch puts the ensemble back, and resumes to the end', async () => {
    const band = await provisionOnDefault('backagain');
    const admin = await t.tenantAdmin(band.id, 'backagain');
    await t.http
      .post('/api/musicians')
      .set('Host', hostOf('backagain'))
      .auth(admin.token, { type: 'bearer' })
      .send({ firstName: 'Kept', lastName: 'Here', email: 'kept@backagain.example' })
      .expect(201);
    watch.failOnce = 'verify';
    const started = await platform('post', `/platform/orchestras/${band.id}/moves`)
      .send({ toServerId: secondId })
      .expect(202);
    let move = started.body;
    for (let i = 0; i < 200 && move.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      move = (await platform('get', `/platform/orchestras/${band.id}/moves`)).body[0];
    }
    expect(move).toMatchObject({ status: 'failed', step: 'record' });
    expect(move.error).toMatch(/^verify: verify made to fail by the test/);
    // Served again from where it was; the half-made copy is gone.
    const o = (await platform('get', `/platform/orchestras/${band.id}`)).body;
    expect(o.database.serverId).not.toBe(secondId);
    expect(o.database.maintenanceSince).toBeNull();
    await t.http
      .get('/api/musicians')
      .set('Host', hostOf('backagain'))
      .auth(admin.token, { type: 'bearer' })
      .expect(200);
    const suffix = `${o.database.name}_m`;
    expect(await databasesOn(second.adminUrl)).not.toContain(suffix);

    const resumed = await platform('post', `/platform/moves/${move.id}/resume`).expect(202);
    expect(resumed.body.status).toBe('running');
    const notAgain = await platform('post', `/platform/moves/${move.id}/resume`);
    expect(notAgain.status).toBe(409);
    for (let i = 0; i < 200 && move.status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      move = (await platform('get', `/platform/orchestras/${band.id}/moves`)).body[0];
    }
    expect(move).toMatchObject({ status: 'succeeded', attempts: 2 });
    // Counted in the metrics of whichever copy ran each attempt.
    const counted = async (outcome: string) => {
      let n = 0;
      for (const app of [t, t2]) {
        const m = await app.get<Metrics>(Metrics).moves.get();
        n += m.values.find((v) => v.labels.outcome === outcome)?.value ?? 0;
      }
      return n;
    };
    expect(await counted('failed')).toBe(1);
    expect(await counted('succeeded')).toBe(2);
    const list = await t.http
      .get('/api/musicians')
      .set('Host', hostOf('backagain'))
      .auth(admin.token, { type: 'bearer' })
      .expect(200);
    expect(JSON.stringify(list.body)).toContain('kept@backagain.example');
  }, 60_000);

  it('a move that stops after the switch resumes from there: the ensemble waits in maintenance meanwhile', async () => {
    const band = await provisionOnDefault('later');
    const admin = await t.tenantAdmin(band.id, 'later');
    const get = () =>
      t.http
        .get('/api/musicians')
        .set('Host', hostOf('later'))
        .auth(admin.token, { type: 'bearer' });
    watch.failOnce = 'reopen';
    await platform('post', `/platform/orchestras/${band.id}/moves`)
      .send({ toServerId: secondId })
      .expect(202);
    let move = { status: 'running', step: '', id: '', attempts: 0 };
    for (let i = 0; i < 200 && move.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      move = (await platform('get', `/platform/orchestras/${band.id}/moves`)).body[0];
    }
    // Switched, not reopened: the ensemble is on the new server and still answers 503.
    expect(move).toMatchObject({ status: 'failed', step: 'switch' });
    const o = (await platform('get', `/platform/orchestras/${band.id}`)).body;
    expect(o.database.serverId).toBe(secondId);
    expect(o.database.maintenanceSince).not.toBeNull();
    const waiting = await get();
    expect(waiting.status).toBe(503);
    expect(waiting.body.error.code).toBe('tenant/maintenance');
    expect(waiting.headers['retry-after']).toBe('15');

    await platform('post', `/platform/moves/${move.id}/resume`).expect(202);
    for (let i = 0; i < 200 && move.status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      move = (await platform('get', `/platform/orchestras/${band.id}/moves`)).body[0];
    }
    expect(move).toMatchObject({ status: 'succeeded', step: 'cleanup', attempts: 2 });
    await get().expect(200);
  }, 60_000);

  it('moves every ensemble off a draining server; one that asked for its region stays; only an empty server closes', async () => {
    const notDraining = await platform('post', `/platform/database-servers/${secondId}/move-off`);
    expect(notDraining.status).toBe(409);
    expect(notDraining.body.error.code).toBe('database-server/not-draining');
    const residents = await adminQuery<{ subdomain: string }>(
      t.controlUrl,
      `SELECT subdomain FROM "Orchestra" WHERE "databaseServerId" = $1 AND status = 'active' ORDER BY 1`,
      [secondId],
    );
    expect(residents.map((r) => r.subdomain)).toEqual(['backagain', 'later', 'mover', 'west']);

    await platform('patch', `/platform/database-servers/${secondId}`)
      .send({ state: 'draining' })
      .expect(200);
    const off = await platform('post', `/platform/database-servers/${secondId}/move-off`).expect(
      202,
    );
    expect(off.body.moves).toHaveLength(3);
    // 'west' asked for eu-west, and no other server is there.
    expect(off.body.skipped).toEqual([
      expect.objectContaining({
        subdomain: 'west',
        reason: 'no open server in region eu-west has room',
      }),
    ]);
    for (let i = 0; i < 300; i++) {
      const left = await adminQuery<{ n: number }>(
        t.controlUrl,
        `SELECT count(*)::int AS n FROM "TenantMove" WHERE status = 'running'`,
      );
      if (left[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const list = (await platform('get', '/platform/database-servers').expect(200)).body as Array<{
      name: string;
      tenants: number;
    }>;
    expect(list.find((x) => x.name === 'second')?.tenants).toBe(1);
    const closing = await platform('patch', `/platform/database-servers/${secondId}`).send({
      state: 'closed',
    });
    expect(closing.body.error.code).toBe('database-server/not-empty');

    // An empty server closes, and placement passes it by.
    const spare = await platform('post', '/platform/database-servers')
      .send({
        name: 'spare',
        kind: 'postgres',
        adminUrl: second.adminUrl,
        region: 'eu-south',
        capacity: 5,
      })
      .expect(201);
    const closed = await platform('patch', `/platform/database-servers/${spare.body.id}`)
      .send({ state: 'closed' })
      .expect(200);
    expect(closed.body.state).toBe('closed');
    const south = await t.provision('south', { region: 'eu-south' });
    const failed = await t.waitForStatus(south.id, ['active', 'failed']);
    expect(failed.status).toBe('failed');
  }, 90_000);
});
