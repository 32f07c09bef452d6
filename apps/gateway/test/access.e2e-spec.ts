import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer, Reflector } from '@nestjs/core';

import { PERMISSION_KEY, PUBLIC_KEY, SIGNED_IN } from '#tutti/auth';
import { ALL_PERMISSIONS, TENANT_ROLES } from '#tutti/common';
import { adminQuery, CENTRAL_HOST, createTestApp, hostOf, type TestApp } from '#tutti/testing';

const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'all', 'options', 'head', 'search'];
const ID = '00000000-0000-4000-8000-000000000001';

interface Route {
  method: string;
  path: string;
  permission: string | undefined;
  public: boolean;
}

/** Every route of the running app, read from Nest's own metadata (what the router serves). */
function routeTable(t: TestApp): Route[] {
  const reflector = t.get<Reflector>(Reflector);
  const routes: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const bases = [Reflect.getMetadata(PATH_METADATA, type) as string | string[]].flat();
      let proto = type.prototype as Record<string, unknown>;
      const names = new Set<string>();
      while (proto && proto !== Object.prototype) {
        for (const n of Object.getOwnPropertyNames(proto)) names.add(n);
        proto = Object.getPrototypeOf(proto) as Record<string, unknown>;
      }
      for (const name of names) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as number | undefined;
        if (paths === undefined || method === undefined) continue;
        for (const base of bases)
          for (const p of [paths].flat()) {
            const path = `/${[base, p].filter((x) => x && x !== '/').join('/')}`.replace(
              /\/+/g,
              '/',
            );
            routes.push({
              method: METHODS[method],
              path,
              permission: reflector.getAllAndOverride<string>(PERMISSION_KEY, [handler, type]),
              public: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, type]),
            });
          }
      }
    }
  }
  return routes;
}

describe('roles, permissions, staff and API keys', () => {
  let t: TestApp;
  let orchestraId: string;
  let admin: { email: string; password: string; token: string };
  const host = hostOf('perms');

  const as = (token: string) => ({
    get: (path: string) => t.http.get(path).set('Host', host).auth(token, { type: 'bearer' }),
    post: (path: string, body?: object) =>
      t.http
        .post(path)
        .set('Host', host)
        .auth(token, { type: 'bearer' })
        .send(body ?? {}),
    patch: (path: string, body: object) =>
      t.http.patch(path).set('Host', host).auth(token, { type: 'bearer' }).send(body),
  });

  const invitationLinkFor = async (email: string) => {
    for (let i = 0; i < 100; i++) {
      const log = await as(admin.token)
        .get(`/api/communications?type=staff_invitation&recipient=${encodeURIComponent(email)}`)
        .expect(200);
      const m = /\/invitations#([A-Za-z0-9_-]{20,})/.exec(log.body.items[0]?.body ?? '');
      if (m) return { token: m[1], body: log.body.items[0].body as string };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no invitation email to ${email}`);
  };

  /** Invites someone with a role, accepts the emailed invitation, returns their session. */
  const member = async (name: string, role: string, extraPermissions?: string[]) => {
    const email = `${name}@perms.example`;
    const invited = await as(admin.token)
      .post('/api/staff/invitations', { email, name, role, extraPermissions })
      .expect(201);
    expect(invited.body).toMatchObject({ email, role, status: 'invited' });
    const { token } = await invitationLinkFor(email);
    await t.http
      .post('/api/auth/invitations/accept')
      .set('Host', host)
      .send({ token, password: 'a long enough password' })
      .expect(200);
    const signedIn = await t.http
      .post('/api/auth/login')
      .set('Host', host)
      .send({ email, password: 'a long enough password' })
      .expect(200);
    return {
      id: invited.body.id as string,
      email,
      token: signedIn.body.accessToken as string,
      refresh: signedIn.body.refreshToken as string,
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const o = await t.provision('perms');
    orchestraId = o.id;
    await t.waitForStatus(o.id, ['active']);
    admin = await t.tenantAdmin(orchestraId, 'perms');
  });
  afterAll(() => t.close());

  it('every tenant route names a permission, and refuses a key that lacks it with 403 naming it', async () => {
    const routes = routeTable(t);
    expect(routes.length).toBeGreaterThan(100);
    const open = routes.filter(
      (r) => !r.public && !r.path.startsWith('/platform') && r.permission === undefined,
    );
    // A new route that forgot its permission fails here (and the guard refuses it anyway).
    expect(open.map((r) => `${r.method.toUpperCase()} ${r.path}`)).toEqual([]);
    for (const r of routes.filter((x) => x.permission && x.permission !== SIGNED_IN))
      expect(ALL_PERMISSIONS).toContain(r.permission);

    const guarded = routes.filter((r) => r.permission && r.permission !== SIGNED_IN);
    const keys = new Map<string, string>();
    for (const permission of new Set(guarded.map((r) => r.permission!))) {
      const res = await as(admin.token)
        .post('/api/api-keys', {
          description: `all but ${permission}`,
          permissions: ALL_PERMISSIONS.filter((p) => p !== permission),
        })
        .expect(201);
      keys.set(permission, res.body.key);
    }
    const wrong: string[] = [];
    for (const r of guarded) {
      const path = r.path.replace(/:[A-Za-z]+/g, ID);
      const res = await t.http[r.method as 'get'](path)
        .set('Host', host)
        .set('X-Api-Key', keys.get(r.permission!)!);
      if (res.status !== 403 || res.body.error?.details?.permission !== r.permission)
        wrong.push(
          `${r.method.toUpperCase()} ${r.path}: ${res.status} ${JSON.stringify(res.body.error)}`,
        );
    }
    expect(wrong).toEqual([]);
    // And a superadmin token on the central domain reaches no ensemble route.
    const sa = await t.superadminToken();
    const res = await t.http
      .get('/api/musicians')
      .set('Host', CENTRAL_HOST)
      .auth(sa, { type: 'bearer' });
    expect(res.status).toBe(404);
  });

  it('invites by email through the ensemble messaging; the role decides what the person may do', async () => {
    const lib = await member('libby', 'librarian');
    const { body } = await invitationLinkFor(lib.email);
    expect(body).toContain('Tenant Admin');
    const me = await as(lib.token).get('/api/auth/me').expect(200);
    expect(me.body.role).toBe('librarian');
    expect([...me.body.permissions].sort()).toEqual([...TENANT_ROLES.librarian.permissions].sort());
    await as(lib.token).get('/api/musicians').expect(200);
    const refused = await as(lib.token)
      .post('/api/musicians', { firstName: 'No', lastName: 'Way', phone: '0701234567' })
      .expect(403);
    expect(refused.body.error).toMatchObject({
      code: 'auth/forbidden',
      details: { permission: 'musicians.write' },
    });
    expect(refused.body.error.message).toContain('musicians.write');
    const [{ n }] = await adminQuery<{ n: number }>(
      t.tenantDatabaseUrl(orchestraId),
      `SELECT count(*)::int AS n FROM "Musician" WHERE "lastName" = 'Way'`,
    );
    expect(n).toBe(0);
    // The invitation was spent, and an account is invited once.
    const again = await as(admin.token)
      .post('/api/staff/invitations', { email: lib.email, name: 'Libby', role: 'staff' })
      .expect(409);
    expect(again.body.error.code).toBe('staff/already-member');
    const bad = await as(admin.token)
      .post('/api/staff/invitations', { email: 'x@perms.example', name: 'X', role: 'boss' })
      .expect(400);
    expect(bad.body.error.details.field).toBe('role');
    // Staff management is for those who hold staff.manage.
    const closed = await as(lib.token).get('/api/staff').expect(403);
    expect(closed.body.error.details.permission).toBe('staff.manage');
  });

  it('a role change or an extra grant holds on the next request with the same token', async () => {
    const ro = await member('reader', 'read_only');
    await as(ro.token).post('/api/sections', { name: 'Horns' }).expect(403);
    const changed = await as(admin.token)
      .patch(`/api/staff/${ro.id}`, { extraPermissions: ['musicians.write'] })
      .expect(200);
    expect(changed.body.permissions).toContain('musicians.write');
    await as(ro.token).post('/api/sections', { name: 'Horns' }).expect(201);
    await as(ro.token).post('/api/library/pieces', { title: 'Bolero' }).expect(403);
    await as(admin.token)
      .patch(`/api/staff/${ro.id}`, { role: 'librarian', extraPermissions: [] })
      .expect(200);
    await as(ro.token).post('/api/sections', { name: 'Reeds' }).expect(403);
    await as(ro.token).post('/api/library/pieces', { title: 'Bolero' }).expect(201);
    const [row] = await adminQuery<{ role: string; extraPermissions: string[] }>(
      t.controlUrl,
      'SELECT role::text, "extraPermissions" FROM "User" WHERE id = $1',
      [ro.id],
    );
    expect(row).toEqual({ role: 'librarian', extraPermissions: [] });
    const audit = await adminQuery<{ action: string }>(
      t.controlUrl,
      `SELECT action FROM "AuditLog" WHERE "targetId" = $1 ORDER BY "createdAt"`,
      [ro.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['user.invite', 'user.change', 'user.change']);
  });

  it('deactivation ends sessions and revokes the person’s API keys at once, in every gateway copy', async () => {
    const other = await createTestApp({ sameDeploymentAs: t });
    try {
      const lead = await member('leader', 'staff', ['api-keys.manage']);
      const key = (
        await as(lead.token)
          .post('/api/api-keys', { permissions: ['musicians.read'], description: 'Sheet sync' })
          .expect(201)
      ).body.key as string;
      // Warm the second copy's view of this person.
      await t.http.get('/api/musicians').set('Host', host).set('X-Api-Key', key).expect(200);
      await other.http
        .get('/api/musicians')
        .set('Host', host)
        .auth(lead.token, { type: 'bearer' })
        .expect(200);
      const deactivated = await as(admin.token)
        .post(`/api/staff/${lead.id}/deactivate`)
        .expect(200);
      expect(deactivated.body.status).toBe('deactivated');
      const here = await as(lead.token).get('/api/musicians').expect(401);
      expect(here.body.error.code).toBe('auth/user-inactive');
      let there = 0;
      for (let i = 0; i < 50 && there !== 401; i++) {
        there = (
          await other.http
            .get('/api/musicians')
            .set('Host', host)
            .auth(lead.token, { type: 'bearer' })
        ).status;
        if (there !== 401) await new Promise((r) => setTimeout(r, 20));
      }
      expect(there).toBe(401);
      await t.http.get('/api/musicians').set('Host', host).set('X-Api-Key', key).expect(401);
      const refresh = await t.http
        .post('/api/auth/refresh')
        .set('Host', host)
        .send({ refreshToken: lead.refresh })
        .expect(401);
      expect(refresh.body.error.code).toBe('auth/invalid-refresh-token');
      const signIn = await t.http
        .post('/api/auth/login')
        .set('Host', host)
        .send({ email: lead.email, password: 'a long enough password' });
      expect(signIn.status).toBe(401);
      // Reactivated, they sign in again; the revoked key stays revoked.
      await as(admin.token).post(`/api/staff/${lead.id}/reactivate`).expect(200);
      await t.http
        .post('/api/auth/login')
        .set('Host', host)
        .send({ email: lead.email, password: 'a long enough password' })
        .expect(200);
      await t.http.get('/api/musicians').set('Host', host).set('X-Api-Key', key).expect(401);
    } finally {
      await other.close();
    }
  });

  it('keeps one active admin even when two admins demote each other at the same moment', async () => {
    const second = await member('second', 'admin');
    const me = await as(admin.token).get('/api/auth/me').expect(200);
    const [a, b] = await Promise.all([
      as(admin.token).patch(`/api/staff/${second.id}`, { role: 'staff' }),
      as(second.token).patch(`/api/staff/${me.body.userId}`, { role: 'staff' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.code).toBe('staff/last-admin');
    const admins = await adminQuery<{ n: number }>(
      t.controlUrl,
      `SELECT count(*)::int AS n FROM "User"
       WHERE "orchestraId" = $1 AND role = 'admin' AND active AND "passwordHash" IS NOT NULL`,
      [orchestraId],
    );
    expect(admins[0].n).toBe(1);
    // Put things back for the tests after this one.
    const winner = a.status === 200 ? admin.token : second.token;
    const demoted = a.status === 200 ? second.id : me.body.userId;
    await as(winner).patch(`/api/staff/${demoted}`, { role: 'admin' }).expect(200);
    const self = await as(admin.token).post(`/api/staff/${me.body.userId}/deactivate`).expect(409);
    expect(self.body.error.code).toBe('staff/self');
  });

  it('API keys: only permissions the creator holds, expiry holds at once, listed with creator and use', async () => {
    const keeper = await member('keeper', 'read_only', ['api-keys.manage']);
    const over = await as(keeper.token)
      .post('/api/api-keys', { permissions: ['musicians.write'] })
      .expect(403);
    expect(over.body.error).toMatchObject({
      code: 'api-key/permission-not-held',
      details: { permission: 'musicians.write' },
    });
    const none = await as(keeper.token).post('/api/api-keys', { permissions: [] }).expect(400);
    expect(none.body.error.details.field).toBe('permissions');
    const made = await as(keeper.token)
      .post('/api/api-keys', { permissions: ['season.read'], expiresInDays: 30 })
      .expect(201);
    expect(new Date(made.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    await t.http.get('/api/events').set('Host', host).set('X-Api-Key', made.body.key).expect(200);
    const list = await as(admin.token).get('/api/api-keys?pageSize=100').expect(200);
    const listed = list.body.items.find((k: { id: string }) => k.id === made.body.id);
    expect(listed).toMatchObject({
      permissions: ['season.read'],
      createdBy: { id: keeper.id, email: keeper.email },
    });
    expect(listed.lastUsedAt).not.toBeNull();
    await adminQuery(
      t.controlUrl,
      `UPDATE "ApiKey" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`,
      [made.body.id],
    );
    const expired = await t.http
      .get('/api/events')
      .set('Host', host)
      .set('X-Api-Key', made.body.key)
      .expect(401);
    expect(expired.body.error.code).toBe('auth/invalid-api-key');
  });
});
