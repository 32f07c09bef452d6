import {
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

interface AuditRow {
  tableName: string;
  recordId: string | null;
  operation: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  actor: string | null;
  requestId: string | null;
}

describe('audit trail of tenant data', () => {
  let t: TestApp;
  let band: TestTenant;
  let db: string;
  let adminId: string;

  const events = (where: string, params: unknown[] = []) =>
    adminQuery<AuditRow>(
      db,
      `SELECT "tableName", "recordId", operation, before, after, actor, "requestId"
       FROM "AuditEvent" WHERE ${where} ORDER BY id`,
      params,
    );

  beforeAll(async () => {
    t = await createTestApp();
    band = await createTenant(t, 'audited');
    db = t.tenantDatabaseUrl(band.id);
    adminId = (await band.api('get', '/api/auth/me').expect(200)).body.userId;
  });
  afterAll(() => t.close());

  it('records inserts, updates and deletes with the acting user and the request id, written by the trigger', async () => {
    const created = await band
      .api('post', '/api/musicians')
      .set('X-Request-Id', 'req-audit-create-1')
      .send({
        firstName: 'Alma',
        lastName: 'Alto',
        email: 'alma@audited.example',
        phone: '0701112233',
      })
      .expect(201);
    const [row] = await adminQuery<{ id: number }>(
      db,
      'SELECT id FROM "Musician" WHERE "musicianId" = $1',
      [created.body.id],
    );
    await band
      .api('patch', `/api/musicians/${created.body.id}`)
      .set('X-Request-Id', 'req-audit-update-1')
      .send({ notes: 'Prefers second desk' })
      .expect(200);
    const section = await band.api('post', '/api/sections').send({ name: 'Altos' }).expect(201);
    await band
      .api('put', `/api/sections/${section.body.id}/members/${created.body.id}`)
      .send({})
      .expect((r) => expect([200, 201, 204]).toContain(r.status));
    await band
      .api('delete', `/api/sections/${section.body.id}/members/${created.body.id}`)
      .set('X-Request-Id', 'req-audit-delete-1')
      .expect((r) => expect([200, 204]).toContain(r.status));

    const musician = await events(`"tableName" = 'Musician' AND "recordId" = $1`, [String(row.id)]);
    expect(musician.map((e) => [e.operation, e.actor, e.requestId])).toEqual([
      ['INSERT', adminId, 'req-audit-create-1'],
      ['UPDATE', adminId, 'req-audit-update-1'],
    ]);
    expect(musician[0].before).toBeNull();
    expect(musician[0].after).toMatchObject({ firstName: 'Alma', email: 'alma@audited.example' });
    expect(musician[1].before).toMatchObject({ notes: null });
    expect(musician[1].after).toMatchObject({ notes: 'Prefers second desk' });
    // Hashes of secrets are never copied into the trail.
    expect(musician[1].after).not.toHaveProperty('calendarTokenHash');
    expect(musician[1].after).not.toHaveProperty('memberLinkHash');

    const removed = await events(`"tableName" = 'MemberSection' AND operation = 'DELETE'`);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({
      actor: adminId,
      requestId: 'req-audit-delete-1',
      after: null,
      before: { musicianId: row.id },
    });
  });

  it('names an API key as the actor, records nobody for the public, and nothing for a write that failed', async () => {
    const key = (
      await band
        .api('post', '/api/api-keys')
        .send({ description: 'Venue sync', permissions: ['season.write', 'season.read'] })
        .expect(201)
    ).body;
    const venue = await t.http
      .post('/api/venues')
      .set('Host', band.host)
      .set('X-Api-Key', key.key)
      .send({ name: 'Konserthuset' })
      .expect(201);
    const [v] = await events(`"tableName" = 'Venue' AND after ->> 'name' = 'Konserthuset'`);
    expect(v.actor).toBe(`api-key:${key.id}`);
    expect(v.recordId).toBe(String(venue.body.id));

    const before = await events('true');
    await band
      .api('post', '/api/musicians')
      .send({ firstName: 'No', lastName: 'Phone' })
      .expect(400);
    expect(await events('true')).toHaveLength(before.length);

    // The audit API names the key, and filters by actor.
    const listed = await band
      .api('get', `/api/audit/events?actor=${encodeURIComponent(`api-key:${key.id}`)}`)
      .expect(200);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({
      table: 'Venue',
      operation: 'INSERT',
      actor: { kind: 'api-key', id: key.id },
    });
    expect(listed.body.items[0].actor.name).toContain('Venue sync');
  });

  it('lists newest first with the changed fields and who acted, paged by cursor', async () => {
    const first = await band.api('get', '/api/audit/events?table=Musician&pageSize=1').expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0]).toMatchObject({
      operation: 'UPDATE',
      actor: { kind: 'user', id: adminId, name: 'Tenant Admin' },
      requestId: 'req-audit-update-1',
    });
    expect(first.body.items[0].changed).toEqual(['notes']);
    const second = await band
      .api('get', `/api/audit/events?table=Musician&pageSize=1&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(second.body.items[0].operation).toBe('INSERT');
    const tables = await band.api('get', '/api/audit/tables').expect(200);
    expect(tables.body.tables).toEqual(
      expect.arrayContaining(['Musician', 'MemberSection', 'Venue']),
    );
    const bad = await band.api('get', '/api/audit/events?from=yesterday').expect(400);
    expect(bad.body.error.details.field).toBe('from');
  });

  it('forgets an anonymised person in the trail too: their rows keep only the id', async () => {
    const m = (await band.api('get', '/api/musicians?q=Alma').expect(200)).body.items[0];
    await band
      .api('post', `/api/musicians/${m.id}/anonymise`)
      .expect((r) => expect(r.status).toBeLessThan(300));
    const [row] = await adminQuery<{ id: number }>(
      db,
      'SELECT id FROM "Musician" WHERE "musicianId" = $1',
      [m.id],
    );
    // The member's own row (added, changed, anonymised) and the rows that pointed at them
    // (the section membership, added and removed) keep only their ids.
    const own = await events(`"tableName" = 'Musician' AND "recordId" = $1`, [String(row.id)]);
    expect(own.map((e) => e.operation)).toEqual(['INSERT', 'UPDATE', 'UPDATE']);
    const pointing = await events(`"tableName" = 'MemberSection'`);
    expect(pointing).toHaveLength(2);
    for (const e of [...own, ...pointing])
      for (const side of [e.before, e.after])
        if (side) expect(side).toEqual({ id: side.id ?? null, redacted: true });
    // Who acted and when stays.
    expect(own.every((e) => e.actor === adminId)).toBe(true);
    const dump = JSON.stringify(await events('true'));
    expect(dump).not.toContain('alma@audited.example');
    expect(dump).not.toContain('Alma');
  });

  it('names the right actor for writes of two principals that arrive in the same tick', async () => {
    const key = (
      await band
        .api('post', '/api/api-keys')
        .send({ description: 'Bulk import', permissions: ['musicians.write', 'musicians.read'] })
        .expect(201)
    ).body;
    const N = 8;
    // Interleaved, all sent before any is answered: Prisma may run them in one batch.
    const responses = await Promise.all(
      Array.from({ length: N * 2 }, (_, i) => {
        const by = i % 2 === 0 ? 'admin' : 'key';
        const body = {
          firstName: by,
          lastName: `Tick${i}`,
          email: `tick${i}-${by}@audited.example`,
        };
        return by === 'admin'
          ? band.api('post', '/api/musicians').set('X-Request-Id', `req-tick-${i}`).send(body)
          : t.http
              .post('/api/musicians')
              .set('Host', band.host)
              .set('X-Api-Key', key.key)
              .set('X-Request-Id', `req-tick-${i}`)
              .send(body);
      }),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(N * 2).fill(201));
    const rows = await events(
      `"tableName" = 'Musician' AND operation = 'INSERT' AND after ->> 'lastName' LIKE 'Tick%'`,
    );
    expect(rows).toHaveLength(N * 2);
    for (const row of rows) {
      const after = row.after as { firstName: string; lastName: string };
      const i = Number(after.lastName.slice(4));
      expect([after.firstName, row.actor, row.requestId]).toEqual([
        after.firstName,
        after.firstName === 'admin' ? adminId : `api-key:${key.id}`,
        `req-tick-${i}`,
      ]);
    }
  });
});
