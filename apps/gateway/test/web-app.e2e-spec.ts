import { createTenant, createTestApp, type TestApp, type TestTenant } from '#tutti/testing';

/** The web app's shell on every host, and the browser session behind it (cookie + Origin). */
describe('web app shell and browser sessions', () => {
  let t: TestApp;
  let ens: TestTenant;

  beforeAll(async () => {
    t = await createTestApp();
    ens = await createTenant(t, 'shell');
  }, 60_000);
  afterAll(() => t?.close());

  const contextOf = (html: string) =>
    JSON.parse(
      /<script id="tutti-context" type="application\/json">(.*?)<\/script>/.exec(html)![1],
    );

  it("serves the app on a tenant's host with the ensemble's name and time zone, client routes included", async () => {
    for (const path of ['/', '/projects/PRJ-1', '/musicians?q=x']) {
      const res = await t.http.get(path).set('Host', ens.host).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(contextOf(res.text)).toMatchObject({
        realm: 'tenant',
        subdomain: 'shell',
        name: 'Orchestra shell',
        timeZone: 'Europe/Stockholm',
      });
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves the console on the central host, and nothing on an unknown one', async () => {
    const res = await t.http.get('/ensembles/new').set('Host', t.centralHost).expect(200);
    expect(contextOf(res.text)).toEqual({ realm: 'platform' });
    const unknown = await t.http.get('/').set('Host', 'nobody.tutti.test').expect(404);
    expect(unknown.body.error.code).toBe('tenant/unknown');
  });

  it('keeps the meaning of the API paths: an unknown API route is a JSON 404, not the app', async () => {
    for (const path of [
      '/api/nothing',
      '/platform/nothing',
      '/r',
      '/assets/missing.js',
      '/API/x',
    ]) {
      const host = path.startsWith('/platform') ? t.centralHost : ens.host;
      const res = await t.http.get(path).set('Host', host);
      expect([path, res.status, res.headers['content-type']]).toEqual([
        path,
        404,
        expect.stringMatching(/json/),
      ]);
    }
  });

  it('an ensemble name cannot break out of the context element', async () => {
    const o = await t.provision('evil', { name: 'Evil </script><script>alert(1)</script>' });
    await t.waitForStatus(o.id, ['active']);
    const res = await t.http.get('/').set('Host', t.hostOf('evil')).expect(200);
    expect(res.text).not.toContain('<script>alert(1)');
    expect(contextOf(res.text).name).toBe('Evil </script><script>alert(1)</script>');
  });

  describe('the session cookie', () => {
    const origin = () => `http://${ens.host}`;
    const cookieOf = (res: { headers: Record<string, unknown> }) => {
      const set = ([] as string[]).concat((res.headers['set-cookie'] as string[]) ?? []);
      return set.find((c) => c.startsWith('tutti_refresh='));
    };

    async function signIn() {
      const res = await t.http
        .post('/api/auth/session')
        .set('Host', ens.host)
        .send(ens.login)
        .expect(200);
      const cookie = cookieOf(res)!;
      return { res, cookie, pair: cookie.split(';')[0] };
    }

    it('is httpOnly, SameSite=Strict, scoped to the session path; the body holds no refresh token', async () => {
      const { res, cookie } = await signIn();
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/api\/auth\/session/);
      expect(cookie).not.toMatch(/Secure/); // not in development and tests; production sets it
      expect(res.body.refreshToken).toBeUndefined();
      expect(res.body).toMatchObject({ tokenType: 'Bearer', user: { email: ens.login.email } });
      await t.http
        .get('/api/musicians')
        .set('Host', ens.host)
        .auth(res.body.accessToken, { type: 'bearer' })
        .expect(200);
    });

    it('refreshes only from a page of the same origin, and rotates', async () => {
      const { pair } = await signIn();
      const refresh = () =>
        t.http.post('/api/auth/session/refresh').set('Host', ens.host).set('Cookie', pair);
      const none = await refresh().expect(403);
      expect(none.body.error.code).toBe('auth/origin-mismatch');
      const foreign = await refresh().set('Origin', 'http://evil.example').expect(403);
      expect(foreign.body.error.code).toBe('auth/origin-mismatch');
      const ok = await refresh().set('Origin', origin()).expect(200);
      expect(ok.body.accessToken).toEqual(expect.any(String));
      const next = cookieOf(ok)!.split(';')[0];
      expect(next).not.toBe(pair);
      // The rotated-out cookie is spent: replaying it fails (and clears the cookie).
      const replay = await refresh().set('Origin', origin()).expect(401);
      expect(replay.body.error.code).toBe('auth/invalid-refresh-token');
      expect(cookieOf(replay)).toMatch(/tutti_refresh=;/);
      void next;
    });

    it('without a cookie there is no session', async () => {
      const res = await t.http
        .post('/api/auth/session/refresh')
        .set('Host', ens.host)
        .set('Origin', origin())
        .expect(401);
      expect(res.body.error.code).toBe('auth/no-session');
    });

    it("is bound to its ensemble: another ensemble's host refuses it", async () => {
      const other = await createTenant(t, 'shell2');
      const { pair } = await signIn();
      const res = await t.http
        .post('/api/auth/session/refresh')
        .set('Host', other.host)
        .set('Origin', `http://${other.host}`)
        .set('Cookie', pair)
        .expect(401);
      expect(res.body.error.code).toBe('auth/invalid-refresh-token');
    });

    it('signing out revokes the token and clears the cookie; it needs the same Origin too', async () => {
      const { pair } = await signIn();
      const out = () =>
        t.http.post('/api/auth/session/logout').set('Host', ens.host).set('Cookie', pair);
      expect((await out().expect(403)).body.error.code).toBe('auth/origin-mismatch');
      const res = await out().set('Origin', origin()).expect(204);
      expect(cookieOf(res)).toMatch(/tutti_refresh=;/);
      const after = await t.http
        .post('/api/auth/session/refresh')
        .set('Host', ens.host)
        .set('Origin', origin())
        .set('Cookie', pair)
        .expect(401);
      expect(after.body.error.code).toBe('auth/invalid-refresh-token');
    });
  });

  it('only an impersonation can be ended (and its end is audited elsewhere)', async () => {
    const res = await ens.api('post', '/api/auth/impersonation/end').expect(400);
    expect(res.body.error.code).toBe('auth/not-impersonating');
    await t.http.post('/api/auth/impersonation/end').set('Host', ens.host).expect(401);
  });

  describe('password reset by an emailed one-time link', () => {
    const resetLinkFor = async (email: string) => {
      for (let i = 0; i < 100; i++) {
        const log = await ens
          .api(
            'get',
            `/api/communications?type=password_reset&recipient=${encodeURIComponent(email)}`,
          )
          .expect(200);
        const m = /\/reset-password#([A-Za-z0-9_-]{20,})/.exec(log.body.items[0]?.body ?? '');
        if (m) return m[1];
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no reset email to ${email}`);
    };

    it('answers the same for a known and an unknown address, and emails only the known one', async () => {
      const known = await t.http
        .post('/api/auth/password-reset')
        .set('Host', ens.host)
        .send({ email: ens.login.email })
        .expect(204);
      const unknown = await t.http
        .post('/api/auth/password-reset')
        .set('Host', ens.host)
        .send({ email: 'nobody@shell.example' })
        .expect(204);
      expect(unknown.body).toEqual(known.body);
      await resetLinkFor(ens.login.email);
      const none = await ens
        .api('get', '/api/communications?type=password_reset&recipient=nobody%40shell.example')
        .expect(200);
      expect(none.body.total).toBe(0);
      const bad = await t.http
        .post('/api/auth/password-reset')
        .set('Host', ens.host)
        .send({ email: 'x' })
        .expect(400);
      expect(bad.body.error.details.field).toBe('email');
      // Not on the central domain: superadmins have no ensemble to email them.
      await t.http
        .post('/platform/auth/password-reset')
        .set('Host', t.centralHost)
        .send({ email: 'a@b.example' })
        .expect(404);
    });

    it('the link sets a new password once, signs in, and ends the other sessions', async () => {
      const other = await createTenant(t, 'shell3');
      const before = await t.http
        .post('/api/auth/login')
        .set('Host', other.host)
        .send(other.login)
        .expect(200);
      await t.http
        .post('/api/auth/password-reset')
        .set('Host', other.host)
        .send({ email: other.login.email })
        .expect(204);
      let token = '';
      for (let i = 0; i < 100 && !token; i++) {
        const log = await other.api('get', '/api/communications?type=password_reset').expect(200);
        token =
          /\/reset-password#([A-Za-z0-9_-]{20,})/.exec(log.body.items[0]?.body ?? '')?.[1] ?? '';
        if (!token) await new Promise((r) => setTimeout(r, 100));
      }
      const confirm = (password: string) =>
        t.http
          .post('/api/auth/password-reset/confirm')
          .set('Host', other.host)
          .send({ token, password });
      const weak = await confirm('short').expect(400);
      expect(weak.body.error.details.field).toBe('password');
      // Two uses at the same moment: one wins.
      const [a, b] = await Promise.all([
        confirm('a brand new passphrase'),
        confirm('another new passphrase'),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 400]);
      const loser = a.status === 400 ? a : b;
      expect(loser.body.error.code).toBe('auth/invalid-invitation');
      const winner = a.status === 200 ? 'a brand new passphrase' : 'another new passphrase';
      await t.http
        .post('/api/auth/login')
        .set('Host', other.host)
        .send({ email: other.login.email, password: winner })
        .expect(200);
      await t.http.post('/api/auth/login').set('Host', other.host).send(other.login).expect(401);
      // The session from before the reset is over.
      const old = await t.http
        .post('/api/auth/refresh')
        .set('Host', other.host)
        .send({ refreshToken: before.body.refreshToken })
        .expect(401);
      expect(old.body.error.code).toBe('auth/invalid-refresh-token');
    });

    it('staff do not see reset links in the log; admins do', async () => {
      const staffEmail = 'staff@shell.example';
      const su = await t.superadminToken();
      const invite = await t.http
        .post(`/platform/orchestras/${ens.id}/invitations`)
        .set('Host', t.centralHost)
        .auth(su, { type: 'bearer' })
        .send({ email: staffEmail, name: 'Staff', role: 'staff' })
        .expect(201);
      const staff = await t.http
        .post('/api/auth/invitations/accept')
        .set('Host', ens.host)
        .send({
          token: String(invite.body.invitationUrl).split('#')[1],
          password: 'staff password long',
        })
        .expect(200);
      await t.http
        .post('/api/auth/password-reset')
        .set('Host', ens.host)
        .send({ email: ens.login.email })
        .expect(204);
      await resetLinkFor(ens.login.email);
      const asStaff = (q: string) =>
        t.http
          .get(`/api/communications${q}`)
          .set('Host', ens.host)
          .auth(staff.body.accessToken, { type: 'bearer' })
          .expect(200);
      expect((await asStaff('?type=password_reset')).body.total).toBe(0);
      const all = (await asStaff('?pageSize=200')).body.items as Array<{ type: string }>;
      expect(all.some((m) => m.type === 'password_reset')).toBe(false);
    });
  });

  describe('what the app reads', () => {
    it('the dashboard: running needs with who is asked now, and the latest answers', async () => {
      const pos = await ens.fixtures.position('Violin', 'Tutti violin 2');
      const a = await ens.fixtures.musician({ firstName: 'Dag', positionIds: [pos] });
      const b = await ens.fixtures.musician({ firstName: 'Eva', positionIds: [pos] });
      const list = await ens.fixtures.rankedList(pos, [a.id, b.id]);
      const p = await ens.fixtures.project({ name: 'Dash' });
      const need = await ens.fixtures.need(p.id, {
        positionId: pos,
        quantity: 1,
        rankingListId: list.id,
        strategy: 'sequential',
      });
      await ens.fixtures.start(need.id);
      let d: { running: Array<{ id: string; pending: Array<{ musician: { name: string } }> }> } = {
        running: [],
      };
      for (let i = 0; i < 100 && !d.running.find((n) => n.id === need.id)?.pending.length; i++) {
        d = (await ens.api('get', '/api/dashboard').expect(200)).body;
        await new Promise((r) => setTimeout(r, 100));
      }
      const mine = d.running.find((n) => n.id === need.id)!;
      expect(mine).toMatchObject({
        project: { id: p.id, name: 'Dash' },
        quantity: 1,
        accepted: 0,
        status: 'active',
      });
      expect(mine.pending.map((x) => x.musician.name)).toEqual(['Dag Fixture']);
      const requestId = (await ens.api('get', `/api/projects/${p.id}`).expect(200)).body.needs[0]
        .timeline[0].requestId;
      await ens
        .api('post', `/api/requests/${requestId}/answer`)
        .send({ answer: 'decline' })
        .expect(200);
      const after = (await ens.api('get', '/api/dashboard').expect(200)).body;
      expect(after.recentAnswers[0]).toMatchObject({
        requestId,
        status: 'declined',
        answeredByAdmin: true,
        musician: { name: 'Dag Fixture' },
      });
    });

    it('edits a project: a new start date moves its week; bad input names the field and changes nothing', async () => {
      const p = await ens.fixtures.project({ name: 'Edit me', startDate: '2027-03-08' });
      const res = await ens
        .api('patch', `/api/projects/${p.id}`)
        .send({ name: 'Edited', startDate: '2027-04-12', concertInfo: 'Friday 19.00' })
        .expect(200);
      expect(res.body).toMatchObject({
        id: p.id,
        name: 'Edited',
        weekNumber: 15,
        concertInfo: 'Friday 19.00',
      });
      const bad = await ens
        .api('patch', `/api/projects/${p.id}`)
        .send({ name: '', startDate: '2027-02-30' })
        .expect(400);
      expect(bad.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'name',
        'startDate',
      ]);
      const after = (await ens.api('get', `/api/projects/${p.id}`).expect(200)).body;
      expect(after).toMatchObject({ name: 'Edited', weekNumber: 15 });
      const nulled = await ens
        .api('patch', `/api/projects/${p.id}`)
        .send({ name: null })
        .expect(400);
      expect(nulled.body.error.details.field).toBe('name');
      const missing = await ens.api('patch', '/api/projects/nope').send({ name: 'x' }).expect(404);
      expect(missing.body.error.code).toBe('project/not-found');
    });

    it('filters musicians by position, instrument, locality and archive', async () => {
      const viola = await ens.fixtures.position('Viola', 'Tutti');
      const v = await ens.fixtures.musician({
        firstName: 'Vera',
        localResidence: false,
        positionIds: [viola],
      });
      const byPosition = (await ens.api('get', `/api/musicians?positionId=${viola}`).expect(200))
        .body;
      expect(byPosition.items.map((m: { id: string }) => m.id)).toEqual([v.id]);
      const notLocal = (
        await ens.api('get', `/api/musicians?positionId=${viola}&local=false`).expect(200)
      ).body;
      expect(notLocal.total).toBe(1);
      const local = (
        await ens.api('get', `/api/musicians?positionId=${viola}&local=true`).expect(200)
      ).body;
      expect(local.total).toBe(0);
      await ens.api('post', `/api/musicians/${v.id}/archive`).expect(200);
      expect(
        (await ens.api('get', `/api/musicians?positionId=${viola}`).expect(200)).body.total,
      ).toBe(0);
      const archived = (await ens.api('get', '/api/musicians?archived=true').expect(200)).body;
      expect(archived.items.map((m: { id: string }) => m.id)).toContain(v.id);
      const bad = await ens.api('get', '/api/musicians?local=maybe').expect(400);
      expect(bad.body.error.details.fields).toEqual([
        { field: 'local', messages: ['local must be true or false'] },
      ]);
    });

    it('pages the communication log and filters it by status', async () => {
      const all = (await ens.api('get', '/api/communications?pageSize=1').expect(200)).body;
      expect(all).toMatchObject({ page: 1, pageSize: 1 });
      expect(all.total).toBeGreaterThanOrEqual(1);
      expect(all.items).toHaveLength(1);
      const simulated = (await ens.api('get', '/api/communications?status=simulated').expect(200))
        .body;
      expect(simulated.items.every((m: { status: string }) => m.status === 'simulated')).toBe(true);
      const bad = await ens.api('get', '/api/communications?status=lost').expect(400);
      expect(bad.body.error.details.field).toBe('status');
    });
  });
});
