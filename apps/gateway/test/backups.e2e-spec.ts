import { FileStore } from '#tutti/storage';
import { TenantDatabaseServer } from '#tutti/tenancy';
import {
  adminQuery,
  createTenant,
  createTestApp,
  databaseUrl,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

/** Every table of a tenant database, each row as JSON in a stable order: what must survive. */
async function snapshot(url: string): Promise<Record<string, string[]>> {
  const tables = await adminQuery<{ name: string }>(
    url,
    `SELECT tablename AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await adminQuery<{ r: string }>(
      url,
      `SELECT row_to_json(t)::text AS r FROM "${name}" t`,
    );
    out[name] = rows.map((x) => x.r).sort();
  }
  return out;
}

/** Per-tenant backup and restore: taken by hand and before deletion, restored row for row. */
describe('tenant backups', () => {
  let t: TestApp;
  let ens: TestTenant;
  let su: string;

  beforeAll(async () => {
    t = await createTestApp();
    ens = await createTenant(t, 'kept');
    su = await t.superadminToken();
    // Data across the schema: musicians, a ranked list, a project with a need that has asked.
    const position = await ens.fixtures.position('Violin', 'Tutti violin 2');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(
        (
          await ens.fixtures.musician({
            firstName: `Åsa ${i}`,
            lastName: 'Öberg',
            positionIds: [position],
          })
        ).id,
      );
    const list = await ens.fixtures.rankedList(position, ids);
    const project = await ens.fixtures.project({ name: 'Vårkonsert' });
    const need = await ens.fixtures.need(project.id, {
      positionId: position,
      quantity: 2,
      strategy: 'sequential',
      rankingListId: list.id,
    });
    await ens.fixtures.start(need.id);
    // The engine asks in a job: wait for the first requests, so they are in the backup.
    for (let i = 0; i < 100; i++) {
      const asked = await adminQuery(t.tenantDatabaseUrl(ens.id), `SELECT 1 FROM "Request"`);
      if (asked.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(() => t?.close());

  /** The URL of the database the ensemble uses now (a restore moves it to a new one). */
  const inUse = async () => {
    const [o] = await adminQuery(
      t.controlUrl,
      `SELECT "databaseName" FROM "Orchestra" WHERE id = $1`,
      [ens.id],
    );
    return databaseUrl(t.serverUrl, o.databaseName as string);
  };
  const platform = (method: 'get' | 'post' | 'delete', path: string) =>
    t.http[method](path).set('Host', t.centralHost).auth(su, { type: 'bearer' });

  it('backs up, deletes with a final backup, restores, and every table is as it was', async () => {
    const before = await snapshot(t.tenantDatabaseUrl(ens.id));
    expect(before.Musician).toHaveLength(6);
    expect(before.Request.length).toBeGreaterThan(0);

    const taken = await platform('post', `/platform/orchestras/${ens.id}/backups`).expect(201);
    expect(taken.body).toMatchObject({ kind: 'manual', status: 'succeeded', error: null });
    expect(taken.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await adminQuery(
      t.controlUrl,
      `SELECT "storageKey" FROM "TenantBackup" WHERE id = $1`,
      [taken.body.id],
    );
    const stored = await t.get<FileStore>(FileStore).get(row.storageKey);
    expect(stored?.length).toBe(taken.body.sizeBytes);

    // Deleting takes the last backup first.
    await platform('delete', `/platform/orchestras/${ens.id}`)
      .send({ confirmSubdomain: 'kept' })
      .expect(200);
    const dbName = t.get<TenantDatabaseServer>(TenantDatabaseServer).databaseNameFor(ens.id);
    const gone = await adminQuery(t.serverUrl, `SELECT 1 FROM pg_database WHERE datname = $1`, [
      dbName,
    ]);
    expect(gone).toHaveLength(0);
    const list = await platform('get', `/platform/orchestras/${ens.id}/backups`).expect(200);
    expect(list.body.items.map((b: { kind: string }) => b.kind)).toEqual(['final', 'manual']);
    const final = list.body.items[0];
    expect(final.status).toBe('succeeded');
    expect((await ens.api('get', '/api/musicians')).status).not.toBe(200);

    // Replacing must be confirmed with the subdomain.
    const unconfirmed = await platform('post', `/platform/backups/${final.id}/restore`).send({
      mode: 'replace',
    });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.code).toBe('backup/confirmation-mismatch');

    const restored = await platform('post', `/platform/backups/${final.id}/restore`)
      .send({ mode: 'replace', confirmSubdomain: 'kept' })
      .expect(200);
    expect(restored.body.database).not.toBe(dbName);
    const [o] = await adminQuery(
      t.controlUrl,
      `SELECT status, "databaseName" FROM "Orchestra" WHERE id = $1`,
      [ens.id],
    );
    expect(o).toEqual({ status: 'active', databaseName: restored.body.database });
    expect(await snapshot(await inUse())).toEqual(before);

    // Serving again from the restored database, and new rows continue the ids.
    const musicians = await ens.api('get', '/api/musicians').expect(200);
    expect(musicians.body.total).toBe(6);
    const added = await ens
      .api('post', '/api/musicians')
      .send({ firstName: 'Ny', lastName: 'Efter', email: 'ny@kept.example' })
      .expect(201);
    expect(added.body.firstName).toBe('Ny');
  });

  it('restores beside the ensemble to inspect, and refuses a backup whose file changed', async () => {
    const taken = await platform('post', `/platform/orchestras/${ens.id}/backups`).expect(201);
    const inspect = await platform('post', `/platform/backups/${taken.body.id}/restore`)
      .send({ mode: 'inspect' })
      .expect(200);
    const [o] = await adminQuery(
      t.controlUrl,
      `SELECT "databaseName" FROM "Orchestra" WHERE id = $1`,
      [ens.id],
    );
    expect(o.databaseName).not.toBe(inspect.body.database);
    const scratchUrl = databaseUrl(t.serverUrl, inspect.body.database as string);
    expect(await snapshot(scratchUrl)).toEqual(await snapshot(await inUse()));
    await adminQuery(t.serverUrl, `DROP DATABASE "${inspect.body.database}" WITH (FORCE)`);

    const [row] = await adminQuery(
      t.controlUrl,
      `SELECT "storageKey" FROM "TenantBackup" WHERE id = $1`,
      [taken.body.id],
    );
    await t
      .get<FileStore>(FileStore)
      .put(row.storageKey, Buffer.from('not a backup'), 'application/gzip');
    const corrupt = await platform('post', `/platform/backups/${taken.body.id}/restore`).send({
      mode: 'replace',
      confirmSubdomain: 'kept',
    });
    expect(corrupt.status).toBe(409);
    expect(corrupt.body.error.code).toBe('backup/corrupt');
    const [still] = await adminQuery(
      t.controlUrl,
      `SELECT "databaseName" FROM "Orchestra" WHERE id = $1`,
      [ens.id],
    );
    expect(still.databaseName).toBe(o.databaseName);
    expect(
      (await platform('post', `/platform/backups/${taken.body.id}/restore`).send({ mode: 'later' }))
        .status,
    ).toBe(400);
  });

  it('lets one of two restores at once switch the ensemble; the other backs out', async () => {
    const taken = await platform('post', `/platform/orchestras/${ens.id}/backups`).expect(201);
    const restore = () =>
      platform('post', `/platform/backups/${taken.body.id}/restore`).send({
        mode: 'replace',
        confirmSubdomain: 'kept',
      });
    const [a, b] = await Promise.all([restore(), restore()]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('backup/restore-raced');
    const winner = a.status === 200 ? a : b;
    const [o] = await adminQuery(
      t.controlUrl,
      `SELECT "databaseName" FROM "Orchestra" WHERE id = $1`,
      [ens.id],
    );
    expect(o.databaseName).toBe(winner.body.database);
    // The loser's database was dropped: only the winner's is left for this ensemble.
    const prefix = t.get<TenantDatabaseServer>(TenantDatabaseServer).databaseNameFor(ens.id);
    const dbs = await adminQuery<{ datname: string }>(
      t.serverUrl,
      `SELECT datname FROM pg_database WHERE datname LIKE $1 || '%'`,
      [prefix],
    );
    expect(dbs.map((d) => d.datname)).toEqual([winner.body.database]);
    await ens.api('get', '/api/musicians').expect(200);
  });
});
