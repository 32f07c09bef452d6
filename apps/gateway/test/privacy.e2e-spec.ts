import { Clock } from '#tutti/common';
import { RetentionJobs } from '#tutti/retention';
import {
  AdjustableClock,
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const DAY = 86_400_000;

describe('personal data', () => {
  const clock = new AdjustableClock();
  let t: TestApp;
  let band: TestTenant;
  let db: string;
  const api = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) =>
    band.api(method, path);
  const sql = <T extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
  ) => adminQuery<T>(db, text, params);

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: Clock, useValue: clock }] });
    band = await createTenant(t, 'privacyband');
    db = t.tenantDatabaseUrl(band.id);
  });
  afterAll(() => t.close());

  const person = async (first: string, last: string, email: string, phone: string) =>
    (
      await api('post', '/api/musicians')
        .send({
          firstName: first,
          lastName: last,
          email,
          phone,
          membershipStatus: 'active',
          notes: `${first}'s note`,
        })
        .expect(201)
    ).body.id as string;

  /** Two people with nearly the same data: everything one has, the other has too. */
  let round = 0;
  /** Both people are made again each time: the tests leave them changed. */
  async function twoAlike() {
    if (round++ > 0)
      await sql(
        `UPDATE "Musician" SET email = "musicianId" || '@old.invalid', phone = NULL WHERE email IN ('anna@band.example', 'annie@band.example');
         DELETE FROM "CommunicationLog"; DELETE FROM "WaitlistEntry";`,
      );
    const anna = await person('Anna', 'Berg', 'anna@band.example', '+46701111111');
    const annie = await person('Annie', 'Bergström', 'annie@band.example', '+46702222222');
    const section = (
      await api('post', '/api/sections')
        .send({ name: `Horns ${anna.slice(-4)}` })
        .expect(201)
    ).body.id as number;
    for (const m of [anna, annie])
      await api('put', `/api/sections/${section}/members/${m}`).send({}).expect(200);
    const ev = await api('post', '/api/events')
      .send({
        title: 'Autumn concert',
        type: 'concert',
        startsAt: '2027-10-01T17:00:00.000Z',
        endsAt: '2027-10-01T19:00:00.000Z',
        capacity: 1,
        status: 'published',
      })
      .expect(201);
    await api('put', `/api/events/${ev.body.id}/attendance`)
      .send({
        marks: [
          { musicianId: anna, status: 'excused', reason: 'Anna is at her sister’s wedding' },
          { musicianId: annie, status: 'present' },
        ],
      })
      .expect(200);
    await api('post', '/api/announcements')
      .send({
        title: 'Urgent: venue change',
        body: 'Room B',
        sectionIds: [section],
        isUrgent: true,
        publish: true,
      })
      .expect(201);
    // Waitlists (by email), and a substitute request for each.
    await sql(
      `INSERT INTO "WaitlistEntry" ("entryId", "eventId", email, status, "consentAt", "updatedAt", "placeGivenAt")
       SELECT 'w-' || x.email || e.id, e.id, x.email, x.status::"WaitlistStatus", now(), now(), CASE WHEN x.status = 'confirmed' THEN now() END
       FROM "Event" e, (VALUES ('anna@band.example', 'confirmed'), ('annie@band.example', 'waiting')) AS x(email, status)
       WHERE e."eventId" = $1`,
      [ev.body.id],
    );
    await sql(
      `WITH i AS (INSERT INTO "Instrument" (name, "updatedAt") VALUES ('Horn ' || $1::text, now()) RETURNING id),
            pos AS (INSERT INTO "Position" ("instrumentId", name, "updatedAt") SELECT id, 'Horn 1 ' || $1::text, now() FROM i RETURNING id),
            pr AS (INSERT INTO "Project" ("projectId", name, "startDate", "weekNumber", "updatedAt")
                   VALUES ('p-' || $1::text, 'Opera ' || $1::text, now(), 40, now()) RETURNING id),
            n AS (INSERT INTO "ProjectNeed" ("projectNeedId", "projectId", "positionId", "requestStrategy", status, "updatedAt")
                  SELECT 'n-' || $1::text, pr.id, pos.id, 'sequential', 'active', now() FROM pr, pos RETURNING id)
       INSERT INTO "Request" ("requestId", "projectNeedId", "musicianId", status, "deadlineAt", "respondedAt", response)
       SELECT 'r-' || m."musicianId", n.id, m.id, 'declined', now(), now(), 'NEJ' FROM n, "Musician" m WHERE m."musicianId" IN ($2, $3)`,
      [anna.slice(-6), anna, annie],
    );
    return { anna, annie, section, eventId: ev.body.id as string };
  }

  it('exports everything about one person as one JSON file, and nothing of another with similar data', async () => {
    const { anna, annie } = await twoAlike();
    const res = await api('get', `/api/musicians/${anna}/export`).expect(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.body;
    expect(data.person).toMatchObject({
      musicianId: anna,
      email: 'anna@band.example',
      notes: "Anna's note",
    });
    expect(data.attendance).toEqual([
      expect.objectContaining({
        event: 'Autumn concert',
        status: 'excused',
        reason: 'Anna is at her sister’s wedding',
      }),
    ]);
    expect(data.substituteRequests).toEqual([
      expect.objectContaining({ status: 'declined', response: 'NEJ' }),
    ]);
    expect(data.waitlistEntries).toEqual([
      expect.objectContaining({ email: 'anna@band.example', status: 'confirmed' }),
    ]);
    expect(data.announcements).toEqual([
      expect.objectContaining({ title: 'Urgent: venue change' }),
    ]);
    expect(data.messagesSent.map((m: { to: string }) => m.to).sort()).toEqual([
      '+46701111111',
      'anna@band.example',
    ]);
    expect(data.sections).toHaveLength(1);
    const text = JSON.stringify(data);
    for (const other of [annie, 'annie@band.example', '+46702222222', 'Annie', 'Bergström'])
      expect(text).not.toContain(other);
    // Hashes and internal ids never leave.
    expect(text).not.toMatch(/TokenHash|LinkHash|"id":/);
    await api('get', '/api/musicians/nobody/export').expect(404);
  });

  it('anonymises a member: identity and the texts that carried it gone, statistics and request counts kept', async () => {
    const { anna, annie, eventId } = await twoAlike();
    const stats = () =>
      api('get', '/api/attendance/stats?from=2027-10-01&to=2027-10-01').expect(200);
    const before = (await stats()).body;
    const link = await api('post', `/api/musicians/${anna}/member-link`).expect(201);

    const [one, two] = await Promise.all([
      api('post', `/api/musicians/${anna}/anonymise`),
      api('post', `/api/musicians/${anna}/anonymise`),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);

    const [m] = await sql<Record<string, unknown>>(
      'SELECT * FROM "Musician" WHERE "musicianId" = $1',
      [anna],
    );
    expect(m).toMatchObject({
      firstName: 'Deleted',
      lastName: 'member',
      phone: null,
      notes: null,
      memberLinkHash: null,
      isArchived: true,
    });
    expect(m.email).not.toContain('anna');
    expect(m.anonymisedAt).toBeInstanceOf(Date);
    // The statistics are the same numbers; only the name changed.
    const after = (await stats()).body;
    expect(after.sections).toEqual(before.sections);
    const mine = (s: { members: Array<{ id: string }> }) => s.members.find((x) => x.id === anna);
    expect({ ...mine(after), firstName: '', lastName: '' }).toEqual({
      ...mine(before),
      firstName: '',
      lastName: '',
    });
    expect(mine(after)).toMatchObject({ firstName: 'Deleted', lastName: 'member' });
    const requests = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Request" r JOIN "Musician" m ON m.id = r."musicianId" WHERE m."musicianId" = $1 AND r.status = 'declined'`,
      [anna],
    );
    expect(requests[0].n).toBe(1);
    // No text about her is left: messages, absence reason, waitlist entry (her place passed on).
    const leftovers = await sql(
      `SELECT 1 FROM "CommunicationLog" WHERE recipient IN ('anna@band.example', '+46701111111') OR body LIKE '%Anna%'
       UNION ALL SELECT 1 FROM "Attendance" a JOIN "Musician" m ON m.id = a."musicianId" WHERE m."musicianId" = $1 AND a.reason IS NOT NULL
       UNION ALL SELECT 1 FROM "WaitlistEntry" WHERE email = 'anna@band.example'`,
      [anna],
    );
    expect(leftovers).toEqual([]);
    const waiting = await sql<{ status: string }>(
      `SELECT w.status::text FROM "WaitlistEntry" w JOIN "Event" e ON e.id = w."eventId" WHERE e."eventId" = $1 AND w.email = 'annie@band.example'`,
      [eventId],
    );
    expect(waiting).toEqual([{ status: 'confirmed' }]);
    // Annie is untouched; Anna's link no longer opens anything.
    const [other] = await sql<{ firstName: string; phone: string }>(
      'SELECT "firstName", phone FROM "Musician" WHERE "musicianId" = $1',
      [annie],
    );
    expect(other).toEqual({ firstName: 'Annie', phone: '+46702222222' });
    const page = await t.http.get(new URL(link.body.url).pathname).set('Host', band.host);
    expect(page.text).not.toContain('Deleted');
  });

  it('erases a waitlist entry on request and gives its place to the next person', async () => {
    const ev = await api('post', '/api/events')
      .send({
        title: 'Small hall',
        type: 'concert',
        startsAt: '2027-11-01T17:00:00.000Z',
        endsAt: '2027-11-01T19:00:00.000Z',
        capacity: 1,
        status: 'published',
      })
      .expect(201);
    await sql(
      `INSERT INTO "WaitlistEntry" ("entryId", "eventId", email, status, "consentAt", "updatedAt", "createdAt")
       SELECT x.email, e.id, x.email, x.status::"WaitlistStatus", now(), now(), now() + x.o * interval '1 second'
       FROM "Event" e, (VALUES ('first@public.example', 'confirmed', 0), ('second@public.example', 'waiting', 1)) AS x(email, status, o)
       WHERE e."eventId" = $1`,
      [ev.body.id],
    );
    const bad = await api('post', '/api/privacy/waitlist-erasure')
      .send({ email: 'nope' })
      .expect(400);
    expect(bad.body.error.details.fields[0].field).toBe('email');
    const done = await api('post', '/api/privacy/waitlist-erasure')
      .send({ email: 'First@Public.example' })
      .expect(200);
    expect(done.body).toEqual({ erased: 1 });
    const rows = await sql<{ email: string; status: string }>(
      `SELECT email, status::text FROM "WaitlistEntry" WHERE "entryId" IN ('first@public.example', 'second@public.example')`,
    );
    expect(rows).toEqual([{ email: 'second@public.example', status: 'confirmed' }]);
  });

  it('deletes exactly what is past its period, anonymises long-gone members, and records each run', async () => {
    await sql('DELETE FROM "RetentionRun"');
    const now = clock.now().getTime();
    const ago = (days: number) => new Date(now - days * DAY).toISOString();
    const [f] = await sql<{ id: number }>(
      `WITH p AS (INSERT INTO "MusicPiece" ("pieceId", title, "updatedAt") VALUES ('ret-piece', 'Old piece', now()) RETURNING id)
       INSERT INTO "MusicFile" ("fileId", "pieceId", kind, "fileName", "mimeType", size, sha256, "storageKey")
       SELECT 'ret-file', id, 'part', 'a.pdf', 'application/pdf', 1, repeat('a', 64), 'k/ret' FROM p RETURNING id`,
    );
    await sql(
      `INSERT INTO "FileDownload" ("fileId", "downloadedAt") VALUES ($1, $2), ($1, $3), ($1, $4)`,
      [f.id, ago(366), ago(364), ago(1)],
    );
    // The audit trail's events older than its period (730 days by default) go too.
    await sql(
      `UPDATE "AuditEvent" SET at = $1 WHERE "recordId" = $2 AND "tableName" = 'MusicFile'`,
      [ago(731), String(f.id)],
    );
    const auditBefore = (await sql('SELECT 1 FROM "AuditEvent"')).length;
    await sql(
      `INSERT INTO "CommunicationLog" (type, channel, recipient, body, status, "createdAt", "updatedAt")
       VALUES ('waitlist', 'email', 'old@x.example', 'old', 'sent', $1, now()),
              ('waitlist', 'email', 'new@x.example', 'new', 'sent', $2, now()),
              ('waitlist', 'email', 'stuck@x.example', 'queued long ago', 'queued', $1, now())`,
      [ago(800), ago(700)],
    );
    const ev = await api('post', '/api/events')
      .send({
        title: 'Long ago',
        type: 'concert',
        startsAt: ago(100),
        endsAt: ago(99.9),
        status: 'published',
      })
      .expect(201);
    await sql(
      `INSERT INTO "WaitlistEntry" ("entryId", "eventId", email, "consentAt", "updatedAt", "confirmTokenHash", "confirmExpiresAt")
       SELECT 'old-w', id, 'w@x.example', now(), now(), repeat('b', 64), now() - interval '1 day' FROM "Event" WHERE "eventId" = $1`,
      [ev.body.id],
    );
    const gone = await person('Gunnar', 'Gone', 'gunnar@band.example', '+46703333333');
    const recent = await person('Rita', 'Recent', 'rita@band.example', '+46704444444');
    await sql(
      `UPDATE "Musician" SET "membershipStatus" = 'alumni', "joinedOn" = '2000-01-01', "leftOn" = $2 WHERE "musicianId" = $1`,
      [gone, ago(11 * 366).slice(0, 10)],
    );
    await sql(
      `UPDATE "Musician" SET "membershipStatus" = 'alumni', "joinedOn" = '2000-01-01', "leftOn" = $2 WHERE "musicianId" = $1`,
      [recent, ago(9 * 365).slice(0, 10)],
    );

    const run = await api('post', '/api/privacy/retention/run').expect(200);
    const byRule = Object.fromEntries(
      run.body.runs.map((r: { rule: string; rows: number }) => [r.rule, r.rows]),
    );
    expect(byRule).toMatchObject({
      expired_tokens: 1,
      download_logs: 1,
      communication_logs: 1,
      waitlist_entries: 1,
      former_members_anonymised: 1,
      audit_events: 1,
    });
    // Only the old event went (the run's own changes add events of their own).
    expect(
      await sql(`SELECT 1 FROM "AuditEvent" WHERE "tableName" = 'MusicFile' AND "recordId" = $1`, [
        String(f.id),
      ]),
    ).toHaveLength(0);
    expect((await sql('SELECT 1 FROM "AuditEvent"')).length).toBeGreaterThanOrEqual(
      auditBefore - 1,
    );
    expect((await sql('SELECT 1 FROM "FileDownload"')).length).toBe(2);
    expect(
      await sql(
        `SELECT recipient FROM "CommunicationLog" WHERE recipient LIKE '%@x.example' ORDER BY 1`,
      ),
    ).toEqual([{ recipient: 'new@x.example' }, { recipient: 'stuck@x.example' }]);
    const people = await sql<{ musicianId: string; firstName: string }>(
      'SELECT "musicianId", "firstName" FROM "Musician" WHERE "musicianId" IN ($1, $2) ORDER BY "firstName"',
      [gone, recent],
    );
    expect(people).toEqual([
      { musicianId: gone, firstName: 'Deleted' },
      { musicianId: recent, firstName: 'Rita' },
    ]);
    // Idempotent: a second run removes nothing more, and is recorded too.
    const again = await api('post', '/api/privacy/retention/run').expect(200);
    const latest = again.body.runs.slice(0, 6).map((r: { rows: number }) => r.rows);
    expect(latest).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await sql('SELECT 1 FROM "RetentionRun"')).toHaveLength(12);

    // A shorter period, set by the ensemble, applies on the next run; nonsense is refused.
    const bad = await api('put', '/api/privacy/retention')
      .send({
        downloadLogDays: 1,
        communicationLogDays: 730,
        waitlistDaysAfterEvent: 90,
        formerMemberYears: 10,
      })
      .expect(400);
    expect(bad.body.error.details.fields[0].field).toBe('downloadLogDays');
    await api('put', '/api/privacy/retention')
      .send({
        downloadLogDays: 30,
        communicationLogDays: 730,
        waitlistDaysAfterEvent: 90,
        formerMemberYears: 10,
      })
      .expect(200);
    clock.advance(40 * DAY);
    await api('post', '/api/privacy/retention/run').expect(200);
    expect(await sql('SELECT 1 FROM "FileDownload"')).toHaveLength(0);
  });

  it('queues one retention run per active tenant from the daily clean-up', async () => {
    const outcome = await t.get<RetentionJobs>(RetentionJobs).cleanUp();
    expect(outcome.tenantsQueued).toBeGreaterThanOrEqual(1);
  });
});
