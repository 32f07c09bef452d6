import { Clock } from '#tutti/common';
import {
  AdjustableClock,
  adminQuery,
  createTenant,
  createTestApp,
  type TestApp,
  type TestTenant,
} from '#tutti/testing';

describe('pages and announcements', () => {
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
  const publicGet = (path: string) => t.http.get(path).set('Host', band.host);

  beforeAll(async () => {
    t = await createTestApp({ overrides: [{ provide: Clock, useValue: clock }] });
    band = await createTenant(t, 'contentband');
    db = t.tenantDatabaseUrl(band.id);
  });
  afterAll(() => t.close());

  describe('pages', () => {
    it('neutralises a script in a page body on save and shows the page only once published', async () => {
      const created = await api('post', '/api/pages')
        .send({
          title: 'Om oss',
          body: '<h2>Vår historia</h2><p onclick="steal()">Sedan 1921.</p><script>alert(1)</script><img src="javascript:alert(2)"><a href="javascript:alert(3)">x</a><a href="https://example.org">länk</a><style>body{}</style>',
        })
        .expect(201);
      expect(created.body.slug).toBe('om-oss');
      expect(created.body.status).toBe('draft');
      const stored = created.body.body as string;
      expect(stored).not.toMatch(/script|onclick|javascript:|<style/i);
      expect(stored).toContain('<h2>Vår historia</h2>');
      expect(stored).toContain('href="https://example.org"');
      const [row] = await sql<{ body: string }>('SELECT body FROM "Page"');
      expect(row.body).toBe(stored);

      await publicGet('/public/pages/om-oss').expect(404);
      await api('post', `/api/pages/${created.body.pageId}/publish`).send({}).expect(200);
      const shown = await publicGet('/public/pages/om-oss').expect(200);
      expect(shown.text).toContain('Sedan 1921.');
      expect(shown.text).not.toMatch(/<script|onclick/i);
      expect(shown.headers['content-security-policy']).toContain("default-src 'none'");
      // The site's front page links to it.
      const front = await publicGet('/public').expect(200);
      expect(front.text).toContain('href="/public/pages/om-oss?lang=');

      const dup = await api('post', '/api/pages').send({ title: 'Om oss' }).expect(409);
      expect(dup.body.error.code).toBe('record/duplicate');
      expect(dup.body.error.details.fields).toEqual(['slug']);
      const badSlug = await api('post', '/api/pages')
        .send({ title: 'X', slug: 'Not A Slug' })
        .expect(400);
      expect(badSlug.body.error.details.fields[0].field).toBe('slug');
    });

    it('keeps every saved version and restores an old one as the newest', async () => {
      const p = await api('post', '/api/pages')
        .send({ title: 'Concerts', body: '<p>one</p>' })
        .expect(201);
      const id = p.body.pageId as string;
      await api('patch', `/api/pages/${id}`).send({ body: '<p>two</p>' }).expect(200);
      // Two saves at once: both kept, numbered one after the other.
      await Promise.all([
        api('patch', `/api/pages/${id}`).send({ body: '<p>three</p>' }).expect(200),
        api('patch', `/api/pages/${id}`).send({ body: '<p>four</p>' }).expect(200),
      ]);
      const versions = await sql<{ version: number }>(
        'SELECT v.version FROM "PageVersion" v JOIN "Page" p ON p.id = v."pageId" WHERE p."pageId" = $1 ORDER BY 1',
        [id],
      );
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
      const restored = await api('post', `/api/pages/${id}/versions/1/restore`).expect(200);
      expect(restored.body.body).toBe('<p>one</p>');
      expect(restored.body.version).toBe(5);
      expect(restored.body.versions.map((v: { version: number }) => v.version)).toEqual([
        5, 4, 3, 2, 1,
      ]);
      const missing = await api('post', `/api/pages/${id}/versions/99/restore`).expect(404);
      expect(missing.body.error.code).toBe('page/version-not-found');
    });

    it('publishes a scheduled page when its time comes, and an archived page leaves the site', async () => {
      const p = await api('post', '/api/pages')
        .send({ title: 'Season 2027', body: '<p>soon</p>' })
        .expect(201);
      const at = new Date(clock.now().getTime() + 3_600_000).toISOString();
      const s = await api('post', `/api/pages/${p.body.pageId}/publish`)
        .send({ publishAt: at })
        .expect(200);
      expect(s.body).toMatchObject({ status: 'scheduled', isLive: false });
      await publicGet('/public/pages/season-2027').expect(404);
      clock.advance(3_600_001);
      await publicGet('/public/pages/season-2027').expect(200);
      await api('post', `/api/pages/${p.body.pageId}/archive`).expect(200);
      await publicGet('/public/pages/season-2027').expect(404);
      const list = await api('get', '/api/pages?status=archived').expect(200);
      expect(list.body.items.map((i: { slug: string }) => i.slug)).toEqual(['season-2027']);
    });
  });

  describe('announcements', () => {
    it('reaches only the members of the chosen section, is sent when urgent, and records who read it', async () => {
      const mk = async (first: string, phone?: string) =>
        (
          await api('post', '/api/musicians')
            .send({
              firstName: first,
              lastName: 'Player',
              email: `${first.toLowerCase()}@band.example`,
              phone,
              membershipStatus: 'active',
            })
            .expect(201)
        ).body.id as string;
      const [brass1, brass2, wood] = [
        await mk('Bea', '+46701234567'),
        await mk('Bo'),
        await mk('Wilma'),
      ];
      const brass = await api('post', '/api/sections').send({ name: 'Brass' }).expect(201);
      const sectionId = brass.body.id as number;
      for (const m of [brass1, brass2])
        await api('put', `/api/sections/${sectionId}/members/${m}`).send({}).expect(200);

      const bad = await api('post', '/api/announcements')
        .send({ title: 'x', body: 'y', sectionIds: [999999] })
        .expect(400);
      expect(bad.body.error.code).toBe('section/not-found');

      const a = await api('post', '/api/announcements')
        .send({
          title: 'Brass sectional moved',
          body: 'Thursday 19:00 in room B',
          sectionIds: [sectionId],
          isUrgent: true,
        })
        .expect(201);
      expect(a.body.status).toBe('draft');
      expect(await sql('SELECT * FROM "AnnouncementRecipient"')).toHaveLength(0);
      const [p1, p2] = await Promise.all([
        api('post', `/api/announcements/${a.body.announcementId}/publish`),
        api('post', `/api/announcements/${a.body.announcementId}/publish`),
      ]);
      expect([p1.status, p2.status].sort()).toEqual([200, 409]);
      const detail = await api('get', `/api/announcements/${a.body.announcementId}`).expect(200);
      expect(detail.body.receipts.map((r: { musicianId: string }) => r.musicianId).sort()).toEqual(
        [brass1, brass2].sort(),
      );
      expect(detail.body.receipts.map((r: { musicianId: string }) => r.musicianId)).not.toContain(
        wood,
      );

      const sent = await sql<{ channel: string; recipient: string }>(
        `SELECT channel::text, recipient FROM "CommunicationLog" WHERE type = 'announcement' ORDER BY channel, recipient`,
      );
      expect(sent).toEqual([
        { channel: 'email', recipient: 'bea@band.example' },
        { channel: 'email', recipient: 'bo@band.example' },
        { channel: 'sms', recipient: '+46701234567' },
      ]);

      // Bea reads it on her own page; Wilma's page does not show it.
      const link = await api('post', `/api/musicians/${brass1}/member-link`).expect(201);
      const path = new URL(link.body.url).pathname;
      const page = await publicGet(`${path}?lang=en`).expect(200);
      expect(page.text).toContain('Brass sectional moved');
      expect(page.text).toContain('Mark as read');
      const wLink = await api('post', `/api/musicians/${wood}/member-link`).expect(201);
      const wPage = await publicGet(new URL(wLink.body.url).pathname).expect(200);
      expect(wPage.text).not.toContain('Brass sectional moved');
      const read = await t.http
        .post(`${path}/announcements/${a.body.announcementId}/read`)
        .set('Host', band.host)
        .type('form')
        .send({ lang: 'en' })
        .expect(303);
      expect(read.headers.location).toBe(`${path}?lang=en#announcements`);
      const after = await api('get', `/api/announcements/${a.body.announcementId}`).expect(200);
      const receipts = after.body.receipts as Array<{ musicianId: string; readAt: string | null }>;
      expect(receipts.find((r) => r.musicianId === brass1)!.readAt).not.toBeNull();
      expect(receipts.find((r) => r.musicianId === brass2)!.readAt).toBeNull();
      expect(after.body.read).toBe(1);
      const listed = await api('get', '/api/announcements').expect(200);
      expect(listed.body.items[0]).toMatchObject({ recipients: 2, read: 1 });
      // A forged link records nothing.
      await t.http
        .post(`/m/${'x'.repeat(43)}/announcements/${a.body.announcementId}/read`)
        .set('Host', band.host)
        .expect(303);
    });

    it('sends to active members when no target is chosen, and not after it expires', async () => {
      await api('post', '/api/musicians')
        .send({
          firstName: 'Sam',
          lastName: 'Sub',
          email: 'sam@band.example',
          membershipStatus: 'substitute',
        })
        .expect(201);
      const a = await api('post', '/api/announcements')
        .send({
          title: 'Summer party',
          body: 'Bring food',
          publish: true,
          expiresAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
        })
        .expect(201);
      expect(a.body.status).toBe('published');
      const names = a.body.receipts.map((r: { name: string }) => r.name);
      expect(names).toEqual(expect.arrayContaining(['Bea Player', 'Bo Player', 'Wilma Player']));
      expect(names).not.toContain('Sam Sub');
      // In Bea's inbox until it expires.
      const bea = a.body.receipts.find((r: { name: string }) => r.name === 'Bea Player').musicianId;
      const link = await api('post', `/api/musicians/${bea}/member-link`).expect(201);
      const inbox = new URL(link.body.url).pathname;
      expect((await publicGet(inbox).expect(200)).text).toContain('Summer party');
      clock.advance(2 * 86_400_000);
      expect((await publicGet(inbox).expect(200)).text).not.toContain('Summer party');
      expect(
        await sql(`SELECT * FROM "CommunicationLog" WHERE subject LIKE '%Summer%'`),
      ).toHaveLength(0);
      const past = await api('post', '/api/announcements')
        .send({ title: 'x', body: 'y', expiresAt: '2020-01-01T00:00:00Z' })
        .expect(400);
      expect(past.body.error.details.field).toBe('expiresAt');
    });
  });
});
