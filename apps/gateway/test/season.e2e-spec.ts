import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ICAL from 'ical.js';

import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import {
  adminQuery,
  createTenant,
  createTestApp,
  databaseUrl,
  FakeProviderServer,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

const SEASON = '20261202190000_season';

describe("the ensemble's season", () => {
  let t: TestApp;
  let band: TestTenant;
  let other: TestTenant;
  let db: string;
  const api = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string) =>
    band.api(method, path);
  const sql = <T extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
  ) => adminQuery<T>(db, text, params);

  beforeAll(async () => {
    t = await createTestApp();
    [band, other] = await Promise.all([createTenant(t, 'windband'), createTenant(t, 'otherband')]);
    db = t.tenantDatabaseUrl(band.id);
  });
  afterAll(() => t.close());

  async function waitFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string) {
    for (let i = 0; i < 150; i++) {
      const v = await fn();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  let seq = 0;
  async function member(over: Record<string, unknown> = {}): Promise<string> {
    seq++;
    const res = await api('post', '/api/musicians')
      .send({
        firstName: `Member${seq}`,
        lastName: `Lastname${String(seq).padStart(3, '0')}`,
        email: `m${seq}@band.example`,
        membershipStatus: 'active',
        ...over,
      })
      .expect(201);
    return res.body.id as string;
  }

  const week = (n: number, hour = 19) => new Date(Date.UTC(2027, 2, 1 + 7 * n, hour - 1)); // CET

  describe('one person record', () => {
    it('migrates a database of the old shape without losing a row: everyone becomes a substitute, instruments come from their positions', async () => {
      const name = `tt_season_mig_${process.pid}`;
      await adminQuery(t.serverUrl, `DROP DATABASE IF EXISTS "${name}"`);
      await adminQuery(t.serverUrl, `CREATE DATABASE "${name}"`);
      const url = databaseUrl(t.serverUrl, name);
      try {
        // The history up to the season, as an existing tenant has it.
        const dir = mkdtempSync(join(tmpdir(), 'tutti-before-season-'));
        const full = await loadMigrationSet('tenant');
        for (const n of full.names.filter((n) => n < SEASON))
          cpSync(join(full.migrationsDir, n), join(dir, n), { recursive: true });
        const before = await loadMigrationSet('tenant', { migrationsDir: dir });
        expect(await applyMigrations(url, before)).not.toContain(SEASON);
        await adminQuery(
          url,
          `INSERT INTO "Instrument" (id, name, "updatedAt") VALUES (901, 'Horn', now()), (902, 'Trumpet', now());
           INSERT INTO "Position" (id, "instrumentId", name, "updatedAt")
             VALUES (911, 901, 'Horn 1', now()), (912, 901, 'Horn 2', now()), (913, 902, 'Trumpet 1', now());
           INSERT INTO "Musician" (id, "musicianId", "firstName", "lastName", email, "updatedAt")
             VALUES (1, 'old-one', 'Ann', 'Horn', 'ann@old.example', now()),
                    (2, 'old-two', 'Bo', 'Both', 'bo@old.example', now()),
                    (3, 'old-three', 'Cy', 'None', 'cy@old.example', now());
           INSERT INTO "MusicianQualification" ("musicianId", "positionId")
             VALUES (1, 911), (1, 912), (2, 911), (2, 913);`,
        );
        expect((await applyMigrations(url, full))[0]).toBe(SEASON);
        const people = await adminQuery<{ musicianId: string; membershipStatus: string }>(
          url,
          'SELECT "musicianId", "membershipStatus"::text FROM "Musician" ORDER BY id',
        );
        expect(people).toEqual([
          { musicianId: 'old-one', membershipStatus: 'substitute' },
          { musicianId: 'old-two', membershipStatus: 'substitute' },
          { musicianId: 'old-three', membershipStatus: 'substitute' },
        ]);
        const plays = await adminQuery(
          url,
          'SELECT "musicianId", "instrumentId", "isPrimary" FROM "MusicianInstrument" ORDER BY 1, 2',
        );
        expect(plays).toEqual([
          { musicianId: 1, instrumentId: 901, isPrimary: true },
          { musicianId: 2, instrumentId: 901, isPrimary: false },
          { musicianId: 2, instrumentId: 902, isPrimary: false },
        ]);
        const [{ n }] = await adminQuery<{ n: number }>(
          url,
          'SELECT count(*)::int AS n FROM "MusicianQualification"',
        );
        expect(n).toBe(4);
      } finally {
        await adminQuery(t.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }
    });

    it('keeps membership, emergency contact, instruments (one primary) and sections with leaders on the same musician', async () => {
      const id = await member({ membershipStatus: 'audition' });
      const updated = await api('patch', `/api/musicians/${id}`)
        .send({
          membershipStatus: 'active',
          joinedOn: '2019-09-01',
          emergencyName: 'Kim Kin',
          emergencyPhone: '070-123 45 67',
        })
        .expect(200);
      expect(updated.body).toMatchObject({
        membershipStatus: 'active',
        joinedOn: '2019-09-01',
        emergencyName: 'Kim Kin',
        emergencyPhone: '+46701234567',
      });
      const backwards = await api('patch', `/api/musicians/${id}`)
        .send({ leftOn: '2018-01-01' })
        .expect(400);
      expect(backwards.body.error.message).toMatch(/leftOn/);

      const horn = await api('post', '/api/instruments').send({ name: 'Alphorn' }).expect(201);
      const tuba = await api('post', '/api/instruments').send({ name: 'Serpent' }).expect(201);
      const two = await api('put', `/api/musicians/${id}/instruments`)
        .send({
          instruments: [
            { instrumentId: horn.body.id, isPrimary: true },
            { instrumentId: tuba.body.id, isPrimary: true },
          ],
        })
        .expect(400);
      expect(two.body.error.message).toMatch(/primary/i);
      const set = await api('put', `/api/musicians/${id}/instruments`)
        .send({
          instruments: [
            { instrumentId: horn.body.id, isPrimary: true },
            { instrumentId: tuba.body.id, isPrimary: false },
          ],
        })
        .expect(200);
      expect(set.body.instruments).toEqual([
        expect.objectContaining({ instrumentId: horn.body.id, isPrimary: true }),
        expect.objectContaining({ instrumentId: tuba.body.id, isPrimary: false }),
      ]);
      // The database holds the rule too.
      const [row] = await sql<{ id: number }>('SELECT id FROM "Musician" WHERE "musicianId" = $1', [
        id,
      ]);
      await expect(
        sql('UPDATE "MusicianInstrument" SET "isPrimary" = true WHERE "musicianId" = $1', [row.id]),
      ).rejects.toThrow(/MusicianInstrument_one_primary/);

      const brass = await api('post', '/api/sections').send({ name: 'Brass' }).expect(201);
      await api('post', '/api/sections').send({ name: 'brass' }).expect(409);
      await api('put', `/api/sections/${brass.body.id}/members/${id}`)
        .send({ isLeader: true })
        .expect(200);
      const sections = await api('get', '/api/sections').expect(200);
      expect(sections.body.items).toEqual([
        expect.objectContaining({
          name: 'Brass',
          members: [expect.objectContaining({ id, isLeader: true })],
        }),
      ]);
      const inBrass = await api('get', `/api/musicians?sectionId=${brass.body.id}`).expect(200);
      expect(inBrass.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    });
  });

  describe('events', () => {
    let venueId: number;
    beforeAll(async () => {
      const v = await api('post', '/api/venues')
        .send({
          name: 'Konserthuset',
          address: 'Hötorget 8',
          city: 'Stockholm',
          latitude: 59.335,
          longitude: 18.063,
          parking: 'Garage under Hötorget',
          capacity: 1700,
        })
        .expect(201);
      venueId = v.body.id;
    });

    it('refuses an event that ends before it starts, in the API and in the database', async () => {
      const res = await api('post', '/api/events')
        .send({
          title: 'Backwards',
          type: 'rehearsal',
          startsAt: week(1).toISOString(),
          endsAt: week(1, 17).toISOString(),
        })
        .expect(400);
      expect(res.body.error.message).toMatch(/endsAt/);
      const ok = await api('post', '/api/events')
        .send({
          title: 'Forwards',
          type: 'rehearsal',
          startsAt: week(1).toISOString(),
          endsAt: week(1, 21).toISOString(),
        })
        .expect(201);
      await expect(
        sql('UPDATE "Event" SET "endsAt" = "startsAt" - interval \'1 hour\' WHERE "eventId" = $1', [
          ok.body.id,
        ]),
      ).rejects.toThrow(/Event_ends_after_start/);
      const [{ n }] = await sql<{ n: number }>(
        'SELECT count(*)::int AS n FROM "Event" WHERE title = $1',
        ['Backwards'],
      );
      expect(n).toBe(0);
      // A draft can be deleted; a published event only cancelled (calendars must see it go).
      await api('delete', `/api/events/${ok.body.id}`).expect(204);
      await api('get', `/api/events/${ok.body.id}`).expect(404);
      await api('delete', `/api/events/${ok.body.id}`).expect(404);
      const live = await api('post', '/api/events')
        .send({
          title: 'Live',
          type: 'rehearsal',
          startsAt: week(2).toISOString(),
          endsAt: week(2, 21).toISOString(),
          status: 'published',
        })
        .expect(201);
      const refused = await api('delete', `/api/events/${live.body.id}`).expect(409);
      expect(refused.body.error.code).toBe('event/not-draft');
      await api('get', `/api/events/${live.body.id}`).expect(200);
    });

    it('creates a weekly series with exceptions in one go, linked to a project', async () => {
      const project = await band.fixtures.project({ name: 'Vårkonsert', startDate: '2027-03-01' });
      const res = await api('post', '/api/events/series')
        .send({
          title: 'Rehearsal',
          type: 'rehearsal',
          startsAt: '2027-03-03T18:00:00.000Z',
          endsAt: '2027-03-03T20:30:00.000Z',
          repeatWeeklyUntil: '2027-04-07',
          except: ['2027-03-17'],
          projectId: project.id,
          venueId,
          status: 'published',
        })
        .expect(201);
      // Mar 3, 10, 24, 31 (CET) and Apr 7 (CEST: the local hour is kept).
      expect(res.body.items.map((e: { startsAt: string }) => e.startsAt)).toEqual([
        '2027-03-03T18:00:00.000Z',
        '2027-03-10T18:00:00.000Z',
        '2027-03-24T18:00:00.000Z',
        '2027-03-31T17:00:00.000Z',
        '2027-04-07T17:00:00.000Z',
      ]);
      const seriesIds = new Set(res.body.items.map((e: { seriesId: string }) => e.seriesId));
      expect(seriesIds.size).toBe(1);
      const listed = await api('get', `/api/events?projectId=${project.id}`).expect(200);
      expect(listed.body.total).toBe(5);
      expect(listed.body.items[0]).toMatchObject({
        project: { id: project.id, name: 'Vårkonsert' },
        venue: { name: 'Konserthuset' },
      });
    });

    it('pages a long season by cursor: every event once, in order, even when one is added between pages', async () => {
      const project = await band.fixtures.project({ name: 'Long season', startDate: '2028-01-01' });
      const made = await api('post', '/api/events/series')
        .send({
          title: 'Cursor rehearsal',
          type: 'rehearsal',
          startsAt: '2028-01-04T18:00:00.000Z',
          endsAt: '2028-01-04T20:00:00.000Z',
          repeatWeeklyUntil: '2028-02-29',
          projectId: project.id,
        })
        .expect(201);
      expect(made.body.items).toHaveLength(9);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let round = 0; round < 10; round++) {
        const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await api(
          'get',
          `/api/events?projectId=${project.id}&pageSize=4${cursor ? `&cursor=${cursor}` : ''}`,
        ).expect(200);
        seen.push(...res.body.items.map((e: { id: string }) => e.id));
        cursor = res.body.nextCursor;
        if (round === 0) {
          // Someone adds an event before the rows already read: a page number would now
          // repeat one; the cursor does not.
          await api('post', '/api/events')
            .send({
              title: 'Inserted early',
              type: 'rehearsal',
              startsAt: '2028-01-02T18:00:00.000Z',
              endsAt: '2028-01-02T20:00:00.000Z',
              projectId: project.id,
            })
            .expect(201);
        }
        if (!cursor) break;
      }
      expect(seen).toEqual(made.body.items.map((e: { id: string }) => e.id));
      const bad = await api('get', '/api/events?cursor=bm90LWEtY3Vyc29y').expect(400);
      expect(bad.body.error).toMatchObject({
        code: 'request/invalid-cursor',
        details: { field: 'cursor' },
      });
      await api('get', '/api/events?cursor=%7B%7D').expect(400);
    });

    it("keeps a concert's programme in order and notes for all or one section; a slug is unique", async () => {
      const concert = await api('post', '/api/events')
        .send({
          title: 'Höstkonsert',
          type: 'concert',
          startsAt: '2027-10-10T16:00:00.000Z',
          endsAt: '2027-10-10T18:00:00.000Z',
          callTime: '2027-10-10T15:00:00.000Z',
          dressCode: 'Black',
          venueId,
          slug: 'hostkonsert-2027',
        })
        .expect(201);
      expect(concert.body).toMatchObject({ status: 'draft', slug: 'hostkonsert-2027' });
      const dup = await api('post', '/api/events')
        .send({
          title: 'Another',
          type: 'concert',
          startsAt: '2027-10-11T16:00:00.000Z',
          endsAt: '2027-10-11T18:00:00.000Z',
          slug: 'hostkonsert-2027',
        })
        .expect(409);
      expect(dup.body.error).toMatchObject({
        code: 'record/duplicate',
        details: { field: 'slug' },
      });
      const prog = await api('put', `/api/events/${concert.body.id}/programme`)
        .send({
          pieces: [
            { title: 'Finlandia', composer: 'Jean Sibelius' },
            { title: 'Första sviten', composer: 'Gustav Holst' },
          ],
        })
        .expect(200);
      expect(prog.body.programme).toEqual([
        { position: 1, title: 'Finlandia', composer: 'Jean Sibelius', pieceId: null },
        { position: 2, title: 'Första sviten', composer: 'Gustav Holst', pieceId: null },
      ]);
      const [section] = (await api('get', '/api/sections').expect(200)).body.items;
      const note = await api('post', `/api/events/${concert.body.id}/notes`)
        .send({ body: 'Horns: bring mutes', sectionId: section.id })
        .expect(201);
      expect(note.body.notes).toEqual([
        expect.objectContaining({
          body: 'Horns: bring mutes',
          section: { id: section.id, name: 'Brass' },
        }),
      ]);
      await api('post', `/api/events/${concert.body.id}/notes`)
        .send({ body: 'x', sectionId: 999999 })
        .expect(400);
    });
  });

  describe('attendance', () => {
    it('marks a rehearsal in bulk, one row per member, and reports rates per member and section, also as CSV', async () => {
      const a = await member({ lastName: 'Aaberg' });
      const b = await member({ lastName: 'Berg' });
      const sub = await member({ lastName: 'Sub', membershipStatus: 'substitute' });
      const winds = await api('post', '/api/sections').send({ name: 'Woodwinds' }).expect(201);
      await api('put', `/api/sections/${winds.body.id}/members/${a}`).send({}).expect(200);
      await api('put', `/api/sections/${winds.body.id}/members/${b}`).send({}).expect(200);

      const events: string[] = [];
      for (const day of [5, 12, 19, 26]) {
        const e = await api('post', '/api/events')
          .send({
            title: `Sectional ${day}`,
            type: 'sectional',
            startsAt: `2027-05-${String(day).padStart(2, '0')}T17:00:00.000Z`,
            endsAt: `2027-05-${String(day).padStart(2, '0')}T19:00:00.000Z`,
          })
          .expect(201);
        events.push(e.body.id);
      }
      const roster = await api(
        'get',
        `/api/events/${events[0]}/attendance?sectionId=${winds.body.id}`,
      ).expect(200);
      expect(roster.body.items.map((r: { member: { id: string } }) => r.member.id)).toEqual([a, b]);
      expect(roster.body.items.every((r: { status: unknown }) => r.status === null)).toBe(true);

      const plan = [
        ['present', 'absent'],
        ['present', 'excused'],
        ['late', 'absent'],
        ['present', 'present'],
      ];
      for (const [i, [sa, sb]] of plan.entries()) {
        await api('put', `/api/events/${events[i]}/attendance`)
          .send({
            marks: [
              { musicianId: a, status: 'absent' },
              { musicianId: a, status: sa },
              { musicianId: b, status: sb, reason: sb === 'excused' ? 'Sick' : undefined },
            ],
          })
          .expect(200);
      }
      // Marked twice: still one row, the last mark.
      const rows = await sql<{ status: string }>(
        `SELECT a.status::text FROM "Attendance" a JOIN "Event" e ON e.id = a."eventId"
          JOIN "Musician" m ON m.id = a."musicianId" WHERE e."eventId" = $1 AND m."musicianId" = $2`,
        [events[0], a],
      );
      expect(rows).toEqual([{ status: 'present' }]);
      await expect(
        sql(
          `INSERT INTO "Attendance" ("eventId", "musicianId", status)
           SELECT "eventId", "musicianId", 'late' FROM "Attendance" LIMIT 1`,
        ),
      ).rejects.toThrow(/Attendance_pkey/);

      // Unknown members or statuses: nothing is written.
      const bad = await api('put', `/api/events/${events[1]}/attendance`)
        .send({
          marks: [
            { musicianId: sub, status: 'present' },
            { musicianId: 'nobody', status: 'present' },
          ],
        })
        .expect(400);
      expect(bad.body.error.message).toContain('nobody');
      const invalid = await api('put', `/api/events/${events[1]}/attendance`)
        .send({ marks: [{ musicianId: sub, status: 'asleep' }] })
        .expect(400);
      expect(invalid.body.error.message).toMatch(/status must be one of/);
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Attendance" a JOIN "Musician" m ON m.id = a."musicianId" WHERE m."musicianId" = $1`,
        [sub],
      );
      expect(n).toBe(0);

      const stats = await api('get', '/api/attendance/stats?from=2027-05-01&to=2027-05-31').expect(
        200,
      );
      const byId = (id: string) => stats.body.members.find((m: { id: string }) => m.id === id);
      expect(byId(a)).toMatchObject({ events: 4, present: 3, late: 1, absent: 0, rate: 1 });
      // b: absent, excused, absent, present: 1 of the 3 not excused.
      expect(byId(b)).toMatchObject({ events: 4, present: 1, absent: 2, excused: 1 });
      expect(byId(b).rate).toBe(0.333);
      expect(stats.body.sections).toEqual([
        expect.objectContaining({ name: 'Woodwinds', events: 8, excused: 1 }),
      ]);
      const backwards = await api(
        'get',
        '/api/attendance/stats?from=2027-06-01&to=2027-05-01',
      ).expect(400);
      expect(backwards.body.error.code).toBe('attendance/period');

      const csv = await api(
        'get',
        '/api/attendance/stats.csv?from=2027-05-01&to=2027-05-31',
      ).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe(
        'lastName,firstName,events,present,late,leftEarly,absent,excused,ratePercent,trendPoints',
      );
      const berg = lines.find((l) => l.startsWith('Berg,'))!.split(',');
      expect(berg.slice(2, 9)).toEqual(['4', '1', '0', '0', '2', '1', '33']);
    });
  });

  describe("members' own pages", () => {
    it("lets a member send apologies ahead with a reason through their secret link, never after the start, never over a leader's mark", async () => {
      const id = await member({ firstName: 'Greta', lastName: 'Ahead' });
      const soon = await api('post', '/api/events')
        .send({
          title: 'Friday rehearsal',
          type: 'rehearsal',
          startsAt: '2027-01-15T18:00:00.000Z',
          endsAt: '2027-01-15T20:00:00.000Z',
          status: 'published',
        })
        .expect(201);
      const issued = await api('post', `/api/musicians/${id}/member-link`).expect(201);
      const path = new URL(issued.body.url).pathname;
      expect(path).toMatch(/^\/m\/[A-Za-z0-9_-]{20,}$/);
      const [row] = await sql<{ h: string }>(
        'SELECT "memberLinkHash" AS h FROM "Musician" WHERE "musicianId" = $1',
        [id],
      );
      expect(row.h).toMatch(/^[0-9a-f]{64}$/);

      const shown = await t.http.get(`${path}?lang=en`).set('Host', band.host).expect(200);
      expect(shown.text).toContain('Hello Greta!');
      expect(shown.text).toContain('Friday rehearsal');
      expect(shown.text).not.toMatch(/<script/i);
      const post = (body: Record<string, string>) =>
        t.http
          .post(path)
          .set('Host', band.host)
          .type('form')
          .send({ lang: 'en', ...body });
      const sent = await post({ eventId: soon.body.id, action: 'absent', reason: 'Ill' }).expect(
        200,
      );
      expect(sent.text).toContain('You have sent apologies: Ill.');
      const roster = await api('get', `/api/events/${soon.body.id}/attendance`).expect(200);
      expect(
        roster.body.items.find((r: { member: { id: string } }) => r.member.id === id),
      ).toMatchObject({
        status: 'excused',
        reason: 'Ill',
        noticeAt: expect.any(String),
      });
      // Taken back, then given again.
      await post({ eventId: soon.body.id, action: 'withdraw' }).expect(200);
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Attendance" a JOIN "Musician" m ON m.id = a."musicianId" WHERE m."musicianId" = $1`,
        [id],
      );
      expect(n).toBe(0);
      await post({ eventId: soon.body.id, action: 'absent', reason: '' }).expect(200);

      // A leader's mark stands: the member cannot replace or withdraw it.
      await api('put', `/api/events/${soon.body.id}/attendance`)
        .send({ marks: [{ musicianId: id, status: 'present' }] })
        .expect(200);
      await post({ eventId: soon.body.id, action: 'withdraw' }).expect(200);
      await post({ eventId: soon.body.id, action: 'absent', reason: 'Changed my mind' }).expect(
        409,
      );
      const marks = await sql<{ status: string; markedBy: string }>(
        `SELECT a.status::text, a."markedBy" FROM "Attendance" a JOIN "Musician" m ON m.id = a."musicianId" WHERE m."musicianId" = $1`,
        [id],
      );
      expect(marks).toEqual([
        { status: 'present', markedBy: expect.not.stringMatching(/^member$/) },
      ]);

      // Too late once the event has started (it is then not offered either).
      const [past] = await sql<{ eventId: string }>(
        `INSERT INTO "Event" ("eventId", slug, title, type, status, "startsAt", "endsAt", "publishedAt", "updatedAt")
         VALUES ('ev-started', 'started-now', 'Started', 'rehearsal', 'published', now() - interval '1 hour', now() + interval '1 hour', now(), now())
         RETURNING "eventId"`,
      );
      const late = await post({ eventId: past.eventId, action: 'absent' }).expect(409);
      expect(late.text).toContain('already started');
      await post({ eventId: 'no-such-event', action: 'absent' }).expect(404);

      // Another ensemble does not know the link; a revoked link stops.
      await t.http.get(path).set('Host', other.host).expect(404);
      await api('delete', `/api/musicians/${id}/member-link`).expect(204);
      await t.http.get(path).set('Host', band.host).expect(404);
    });
  });

  describe('calendars and public pages', () => {
    let concert: { id: string; slug: string };
    let cancelled: string;
    beforeAll(async () => {
      const venue = await api('post', '/api/venues')
        .send({
          name: 'Aulan',
          address: 'Skolgatan 1',
          directions: 'Entrance from the yard',
          latitude: 59.3,
          longitude: 18.07,
        })
        .expect(201);
      const c = await api('post', '/api/events')
        .send({
          title: 'Julkonsert',
          type: 'concert',
          startsAt: '2027-12-12T15:00:00.000Z',
          endsAt: '2027-12-12T17:00:00.000Z',
          venueId: venue.body.id,
          status: 'published',
          description: 'Music for the season <b>& friends</b>',
        })
        .expect(201);
      concert = c.body;
      await api('put', `/api/events/${concert.id}/programme`)
        .send({ pieces: [{ title: 'Sleigh Ride', composer: 'Leroy Anderson' }] })
        .expect(200);
      const x = await api('post', '/api/events')
        .send({
          title: 'Sommarkonsert',
          type: 'concert',
          startsAt: '2027-06-12T15:00:00.000Z',
          endsAt: '2027-06-12T17:00:00.000Z',
          status: 'published',
        })
        .expect(201);
      cancelled = x.body.id;
      await api('patch', `/api/events/${cancelled}`).send({ status: 'cancelled' }).expect(200);
      await api('post', '/api/events')
        .send({
          title: 'Secret draft',
          type: 'concert',
          startsAt: '2027-11-12T15:00:00.000Z',
          endsAt: '2027-11-12T17:00:00.000Z',
        })
        .expect(201);
    });

    const parse = (ics: string) => {
      const cal = new ICAL.Component(ICAL.parse(ics));
      return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    };

    it('serves a public iCalendar feed of published events that a parser reads: UID, DTSTAMP, STATUS:CANCELLED; no drafts or rehearsals', async () => {
      const res = await t.http.get('/calendar/public.ics').set('Host', band.host).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const ics = res.text;
      const events = parse(ics);
      const titles = events.map((e) => e.summary);
      expect(titles).toEqual(expect.arrayContaining(['Julkonsert', 'Sommarkonsert']));
      expect(titles).not.toContain('Secret draft');
      expect(titles.filter((x) => /Rehearsal|Sectional/.test(x))).toEqual([]);
      const jul = events.find((e) => e.summary === 'Julkonsert')!;
      expect(jul.uid).toContain(concert.id);
      expect(jul.startDate.toJSDate().toISOString()).toBe('2027-12-12T15:00:00.000Z');
      expect(jul.location).toContain('Aulan');
      for (const v of new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent'))
        expect(v.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const sommar = new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .find((v) => v.getFirstPropertyValue('summary') === 'Sommarkonsert')!;
      expect(sommar.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(ics).toMatch(/X-WR-TIMEZONE:Europe\/Stockholm/);
    });

    it("gives a member a secret, revocable feed with the band's events and the substitute engagements they accepted", async () => {
      const id = await member();
      // A substitute asked for a project without events: they accept by the link they got.
      const positionId = await band.fixtures.position('Kontrabas', 'Tutti');
      const sub = await band.fixtures.musician({
        firstName: 'Sam',
        lastName: 'Sub',
        email: 'sam@subs.example',
        phone: '+46701112233',
        positionIds: [positionId],
      });
      const list = await band.fixtures.rankedList(positionId, [sub.id]);
      const gig = await band.fixtures.project({ name: 'Operagala', startDate: '2027-02-14' });
      const need = await band.fixtures.need(gig.id, {
        positionId,
        quantity: 1,
        rankingListId: list.id,
        strategy: 'sequential',
      });
      await band.fixtures.start(need.id);
      const [asked] = await waitFor(
        async () =>
          (
            await api('get', '/api/communications?type=request&channel=email').expect(200)
          ).body.items.filter(
            (r: { recipient: string; status: string }) =>
              r.recipient === 'sam@subs.example' && r.status === 'simulated',
          ) as Array<{ body: string }>,
        (r) => r.length === 1,
        'the request to Sam',
      );
      const answer = /\/r\/([A-Za-z0-9_-]{20,})/.exec(asked.body)![1];
      await t.http
        .post(`/r/${answer}`)
        .set('Host', band.host)
        .type('form')
        .send({ answer: 'accept' })
        .expect(200);
      const subFeed = await api('post', `/api/musicians/${sub.id}/calendar-feed`).expect(201);
      const subEvents = parse(
        (await t.http.get(new URL(subFeed.body.url).pathname).set('Host', band.host).expect(200))
          .text,
      );
      // A substitute only sees the engagement, not the band's own events.
      expect(subEvents.map((e) => e.summary)).toEqual([expect.stringContaining('Operagala')]);
      expect(subEvents[0].summary).toBe('Operagala (Kontrabas, Tutti)');
      expect(subEvents[0].startDate.isDate).toBe(true); // the project's day, all day
      expect(subEvents[0].startDate.toString()).toBe('2027-02-14');

      const issued = await api('post', `/api/musicians/${id}/calendar-feed`).expect(201);
      const path = new URL(issued.body.url).pathname;
      expect(path).toMatch(/^\/calendar\/m\/[A-Za-z0-9_-]{20,}\.ics$/);
      const [row] = await sql<{ h: string }>(
        'SELECT "calendarTokenHash" AS h FROM "Musician" WHERE "musicianId" = $1',
        [id],
      );
      expect(row.h).toMatch(/^[0-9a-f]{64}$/);
      expect(path).not.toContain(row.h);
      const feed = await t.http.get(path).set('Host', band.host).expect(200);
      const titles = parse(feed.text).map((e) => e.summary);
      expect(titles).toEqual(expect.arrayContaining(['Julkonsert', 'Sommarkonsert', 'Rehearsal']));
      expect(titles).not.toContain('Secret draft');
      expect(titles).not.toContain('Sectional 5'); // a draft
      expect(titles).not.toEqual(expect.arrayContaining([expect.stringContaining('Operagala')]));
      // Another tenant does not know the token.
      await t.http.get(path).set('Host', other.host).expect(404);

      await api('delete', `/api/musicians/${id}/calendar-feed`).expect(204);
      const gone = await t.http.get(path).set('Host', band.host).expect(404);
      expect(gone.body.error.code).toBe('calendar/unknown-feed');
    });

    it('renders the published events and an event page with venue and programme, without JavaScript, in Swedish or English', async () => {
      const list = await t.http.get('/public').set('Host', band.host).expect(200);
      expect(list.headers['content-type']).toMatch(/text\/html/);
      expect(list.text).toContain('Julkonsert');
      expect(list.headers['content-security-policy']).toContain("default-src 'none'");
      expect(list.text).not.toContain('Secret draft');
      expect(list.text).not.toMatch(/<script/i);
      expect(list.text).toMatch(/<html lang="sv"/);
      const page = await t.http
        .get(`/public/events/${concert.slug}?lang=en`)
        .set('Host', band.host)
        .expect(200);
      expect(page.text).toMatch(/<html lang="en"/);
      expect(page.text).toContain('Aulan');
      expect(page.text).toContain('Entrance from the yard');
      expect(page.text).toContain(
        'href="https://www.openstreetmap.org/?mlat=59.30000&amp;mlon=18.07000#map=17/59.30000/18.07000"',
      );
      expect(page.text).toContain('Sleigh Ride');
      expect(page.text).toContain('Music for the season &lt;b&gt;&amp; friends&lt;/b&gt;');
      expect(page.text).not.toMatch(/<script/i);
      const [draft] = await sql<{ slug: string }>(
        `SELECT slug FROM "Event" WHERE title = 'Secret draft'`,
      );
      await t.http.get(`/public/events/${draft.slug}`).set('Host', band.host).expect(404);
      await t.http.get('/public/events/no-such-event').set('Host', band.host).expect(404);
    });
  });

  it('answers odd input on the public pages with a 4xx page, never a 500', async () => {
    const bodies: unknown[] = [
      {},
      { email: ['a@b.example'], consent: { yes: true } },
      { action: 'confirm', eventId: 42, reason: 'x'.repeat(5000) },
      'email=%ZZ&consent',
    ];
    const paths = [
      '/public/events/julkonsert/waitlist',
      '/public/events/%E0%A4%A/waitlist',
      `/w/${'x'.repeat(300)}`,
      '/w/short',
      `/m/${'y'.repeat(43)}`,
    ];
    for (const path of paths)
      for (const body of bodies) {
        const res = await t.http
          .post(path)
          .set('Host', band.host)
          .type('form')
          .send(body as object);
        expect([path, res.status < 500]).toEqual([path, true]);
      }
    for (const path of [
      '/public/events/x?lang[]=sv',
      '/w/x?lang=zz',
      '/calendar/m/..%2F..%2Fetc.ics',
    ])
      expect((await t.http.get(path).set('Host', band.host)).status).toBeLessThan(500);
  });

  describe('waitlists', () => {
    let event: { id: string; slug: string };
    beforeAll(async () => {
      const e = await api('post', '/api/events')
        .send({
          title: 'Open rehearsal concert',
          type: 'concert',
          startsAt: '2027-09-01T17:00:00.000Z',
          endsAt: '2027-09-01T19:00:00.000Z',
          capacity: 2,
          status: 'published',
        })
        .expect(201);
      event = e.body;
    });

    const join = (email: string, consent: string | null = 'yes') =>
      t.http
        .post(`/public/events/${event.slug}/waitlist`)
        .set('Host', band.host)
        .type('form')
        .send(consent ? { email, consent } : { email });

    /** The newest link token emailed to an address (read from the simulated message log). */
    async function linkFor(email: string, count = 1): Promise<string> {
      const rows = await waitFor(
        async () =>
          (
            await api('get', '/api/communications?type=waitlist&channel=email&pageSize=100').expect(
              200,
            )
          ).body.items.filter(
            (r: { recipient: string; status: string }) =>
              r.recipient === email && r.status === 'simulated',
          ) as Array<{
            body: string;
            createdAt: string;
          }>,
        (r) => r.length >= count,
        `${count} waitlist emails to ${email}`,
      );
      const newest = rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      return /\/w\/([A-Za-z0-9_-]{20,})/.exec(newest.body)![1];
    }
    const act = (token: string, action: string) =>
      t.http.post(`/w/${token}`).set('Host', band.host).type('form').send({ action });
    const entries = async () =>
      (await api('get', `/api/events/${event.id}/waitlist`).expect(200)).body.items as Array<{
        id: string;
        email: string;
        status: string;
      }>;

    it('joins with an email and consent, once per address, and confirms by a one-time link stored hashed', async () => {
      const noConsent = await join('ann@public.example', null).expect(400);
      expect(noConsent.text).toMatch(/consent|samtycke/i);
      await join('not an email').expect(400);
      await join('Ann@Public.example').expect(200);
      await join('ann@public.example').expect(200);
      const rows = await sql<{ email: string; consentAt: Date; confirmTokenHash: string }>(
        `SELECT w.email, w."consentAt", w."confirmTokenHash" FROM "WaitlistEntry" w
           JOIN "Event" e ON e.id = w."eventId" WHERE e."eventId" = $1`,
        [event.id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].email).toBe('ann@public.example');
      expect(rows[0].consentAt).toBeInstanceOf(Date);
      await expect(
        sql(
          `INSERT INTO "WaitlistEntry" ("entryId", "eventId", email, "consentAt", "updatedAt")
           SELECT 'dup', "eventId", email, now(), now() FROM "WaitlistEntry" WHERE email = 'ann@public.example'`,
        ),
      ).rejects.toThrow(/WaitlistEntry_eventId_email_key/);

      const token = await linkFor('ann@public.example');
      expect(rows[0].confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0].confirmTokenHash).not.toBe(token);
      // Opening the link does nothing by itself (mail scanners open links).
      const shown = await t.http.get(`/w/${token}`).set('Host', band.host).expect(200);
      expect(shown.text).toContain('Open rehearsal concert');
      expect(shown.headers['referrer-policy']).toBe('no-referrer');
      expect(shown.headers['cache-control']).toBe('no-store');
      expect((await entries())[0].status).toBe('pending');
      // One time only, even when the button is pressed twice at once.
      const twice = await Promise.all([act(token, 'confirm'), act(token, 'confirm')]);
      expect(twice.map((r) => r.status).sort()).toEqual([200, 404]);
      expect((await entries())[0].status).toBe('confirmed');
      await act(token, 'confirm').expect(404);
    });

    it('promotes the next people waiting when two leave at the same moment: no place given twice, none lost', async () => {
      for (const who of ['bo', 'cy', 'di', 'ed']) await join(`${who}@public.example`).expect(200);
      for (const who of ['bo', 'cy', 'di', 'ed'])
        await act(await linkFor(`${who}@public.example`), 'confirm').expect(200);
      const before = await entries();
      expect(before.map((e) => [e.email.split('@')[0], e.status])).toEqual([
        ['ann', 'confirmed'],
        ['bo', 'confirmed'],
        ['cy', 'waiting'],
        ['di', 'waiting'],
        ['ed', 'waiting'],
      ]);
      // Ann and Bo leave at once, by their own links.
      const annLeave = await linkFor('ann@public.example', 2);
      const boLeave = await linkFor('bo@public.example', 2);
      const left = await Promise.all([act(annLeave, 'leave'), act(boLeave, 'leave')]);
      expect(left.map((r) => r.status)).toEqual([200, 200]);
      const after = await entries();
      expect(after.map((e) => [e.email.split('@')[0], e.status])).toEqual([
        ['ann', 'cancelled'],
        ['bo', 'cancelled'],
        ['cy', 'confirmed'],
        ['di', 'confirmed'],
        ['ed', 'waiting'],
      ]);
      // The promoted are told by email, with a link to leave their place.
      const cyLeave = await linkFor('cy@public.example', 3);
      await linkFor('di@public.example', 3);
      const mail = (
        await api('get', '/api/communications?type=waitlist&channel=email&pageSize=100').expect(200)
      ).body.items.filter((r: { recipient: string }) => r.recipient === 'ed@public.example');
      expect(mail).toHaveLength(2);
      // Cy gives the place back: it goes to Ed, and the owner sees the history.
      await act(cyLeave, 'leave').expect(200);
      const last = await entries();
      expect(last.filter((e) => e.status === 'confirmed').map((e) => e.email)).toEqual([
        'di@public.example',
        'ed@public.example',
      ]);
      const detail = await api('get', `/api/events/${event.id}`).expect(200);
      expect(detail.body.places).toEqual({ confirmed: 2, waiting: 0, pending: 0 });
    });

    it('expires entries not confirmed in time, and the owner can take someone off', async () => {
      await join('late@public.example').expect(200);
      const token = await linkFor('late@public.example');
      await sql(
        `UPDATE "WaitlistEntry" SET "confirmExpiresAt" = now() - interval '1 minute' WHERE email = 'late@public.example'`,
      );
      expect((await entries()).find((e) => e.email === 'late@public.example')!.status).toBe(
        'expired',
      );
      await act(token, 'confirm').expect(404);

      const di = (await entries()).find((e) => e.email === 'di@public.example')!;
      await api('delete', `/api/events/${event.id}/waitlist/${di.id}`).expect(204);
      expect((await entries()).find((e) => e.email === 'di@public.example')!.status).toBe(
        'cancelled',
      );
      await api('delete', `/api/events/${event.id}/waitlist/nope`).expect(404);
      // The owner's list pages by cursor in join order: all six entries, once each.
      const first = await api('get', `/api/events/${event.id}/waitlist?pageSize=4`).expect(200);
      expect(first.body).toMatchObject({ total: 6, nextCursor: expect.any(String) });
      const rest = await api(
        'get',
        `/api/events/${event.id}/waitlist?pageSize=4&cursor=${first.body.nextCursor}`,
      ).expect(200);
      expect(rest.body.nextCursor).toBeNull();
      expect(
        [...first.body.items, ...rest.body.items].map(
          (e: { email: string }) => e.email.split('@')[0],
        ),
      ).toEqual(['ann', 'bo', 'cy', 'di', 'ed', 'late']);
    });
  });
});

describe("the season's email through Resend", () => {
  const provider = new FakeProviderServer();
  let t: TestApp;
  let band: TestTenant;

  beforeAll(async () => {
    const base = await provider.start();
    t = await createTestApp({
      env: { RESEND_BASE_URL: base, MESSAGE_RETRY_DELAY_SECONDS: '1' },
    });
    band = await createTenant(t, 'mailband');
    await band
      .api('put', '/api/settings/messaging')
      .send({ resendApiKey: 're_mailband_key', emailFromAddress: 'noreply@mailband.example' })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    await provider.stop();
  });

  async function waitFor<T>(fn: () => T | Promise<T>, ok: (v: T) => boolean, what: string) {
    for (let i = 0; i < 200; i++) {
      const v = await fn();
      if (ok(v)) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }
  const mailTo = (email: string) =>
    provider
      .resendCalls()
      .filter((c) => [c.json.to].flat().includes(email))
      .map(
        (c) =>
          c.json as {
            subject: string;
            text: string;
            attachments?: Array<{ filename: string; content: string }>;
          },
      );

  it("attaches the engagement's dates as an .ics file to an accepted request's confirmation", async () => {
    const positionId = await band.fixtures.position('Kontrabas', 'Tutti');
    const sub = await band.fixtures.musician({
      firstName: 'Sam',
      lastName: 'Sub',
      email: 'sam@mailband.example',
      phone: '+46701112299',
      positionIds: [positionId],
    });
    const project = await band.fixtures.project({ name: 'Operagala', startDate: '2027-02-10' });
    for (const [title, type, day, status] of [
      ['Dress rehearsal', 'rehearsal', '2027-02-12', 'published'],
      ['Operagala', 'concert', '2027-02-14', 'published'],
      ['Planning draft', 'board_meeting', '2027-02-11', 'draft'],
    ]) {
      await band
        .api('post', '/api/events')
        .send({
          title,
          type,
          startsAt: `${day}T17:00:00.000Z`,
          endsAt: `${day}T20:00:00.000Z`,
          projectId: project.id,
          status,
        })
        .expect(201);
    }
    const list = await band.fixtures.rankedList(positionId, [sub.id]);
    const need = await band.fixtures.need(project.id, {
      positionId,
      quantity: 1,
      rankingListId: list.id,
      strategy: 'sequential',
    });
    await band.fixtures.start(need.id);
    const [request] = await waitFor(
      () => mailTo('sam@mailband.example'),
      (m) => m.length === 1,
      'the request email',
    );
    expect(request.attachments ?? []).toEqual([]);
    const token = /\/r\/([A-Za-z0-9_-]{20,})/.exec(request.text)![1];
    await t.http
      .post(`/r/${token}`)
      .set('Host', band.host)
      .type('form')
      .send({ answer: 'accept' })
      .expect(200);
    const [, confirmation] = await waitFor(
      () => mailTo('sam@mailband.example'),
      (m) => m.length === 2,
      'the confirmation email',
    );
    const ics = confirmation.attachments?.find((a) => a.filename === 'tutti.ics');
    expect(ics).toBeDefined();
    const cal = new ICAL.Component(ICAL.parse(Buffer.from(ics!.content, 'base64').toString()));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['Dress rehearsal (Kontrabas, Tutti)', '2027-02-12T17:00:00.000Z'],
      ['Operagala (Kontrabas, Tutti)', '2027-02-14T17:00:00.000Z'],
    ]);
    expect(events.every((e) => e.uid.length > 0)).toBe(true);
  });

  it('gives a freed place to the next person even while the email telling them fails, and delivers it on retry', async () => {
    const e = await band
      .api('post', '/api/events')
      .send({
        title: 'Lunchkonsert',
        type: 'concert',
        startsAt: '2027-04-01T11:00:00.000Z',
        endsAt: '2027-04-01T12:00:00.000Z',
        capacity: 1,
        status: 'published',
      })
      .expect(201);
    const linkIn = async (email: string, count: number) => {
      const mails = await waitFor(
        () => mailTo(email),
        (m) => m.length >= count,
        `${count} emails to ${email}`,
      );
      return /\/w\/([A-Za-z0-9_-]{20,})/.exec(mails[count - 1].text)![1];
    };
    const act = (token: string, action: string) =>
      t.http.post(`/w/${token}`).set('Host', band.host).type('form').send({ action });
    for (const who of ['first', 'second']) {
      await t.http
        .post(`/public/events/${e.body.slug}/waitlist`)
        .set('Host', band.host)
        .type('form')
        .send({ email: `${who}@guests.example`, consent: 'yes' })
        .expect(200);
      await act(await linkIn(`${who}@guests.example`, 1), 'confirm').expect(200);
    }
    const leave = await linkIn('first@guests.example', 2);
    await linkIn('second@guests.example', 2);

    provider.failNext = { count: 2, path: /^\/emails$/ };
    await act(leave, 'leave').expect(200);
    const [row] = await adminQuery<{ status: string }>(
      t.tenantDatabaseUrl(band.id),
      `SELECT status::text FROM "WaitlistEntry" WHERE email = 'second@guests.example'`,
    );
    expect(row.status).toBe('confirmed');
    // Two failed attempts, then the email arrives.
    const promoted = await waitFor(
      () => mailTo('second@guests.example'),
      (m) => m.length >= 5,
      'the promotion email after two failures',
    );
    expect(promoted.slice(2).map((m) => m.subject)).toEqual([
      expect.stringMatching(/Lunchkonsert/),
      expect.stringMatching(/Lunchkonsert/),
      expect.stringMatching(/Lunchkonsert/),
    ]);
    const log = await waitFor(
      async () =>
        (
          await band
            .api('get', '/api/communications?type=waitlist&channel=email&pageSize=100')
            .expect(200)
        ).body.items.filter(
          (r: { recipient: string }) => r.recipient === 'second@guests.example',
        ) as Array<{ status: string }>,
      (rows) => rows.length === 3 && rows.every((r) => r.status === 'sent'),
      'the log to show the promotion sent',
    );
    expect(log).toHaveLength(3);
  });
});
