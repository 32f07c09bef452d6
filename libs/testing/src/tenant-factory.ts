import { EnsembleFixtures } from '#tutti/fixtures';

import { type TestApp } from './test-app.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface TestTenant {
  id: string;
  subdomain: string;
  host: string;
  /** A signed-in tenant admin's access token. */
  token: string;
  /** That admin's email and password, to sign in with (in a browser). */
  login: { email: string; password: string };
  /** A request to the tenant's host, signed in as its admin. */
  api(method: HttpMethod, path: string): ReturnType<TestApp['http']['get']>;
  /** Builds the ensemble's data through its services (musicians, lists, projects, needs). */
  fixtures: EnsembleFixtures;
}

/**
 * An active ensemble with a signed-in admin, provisioned through the real pipeline. Its
 * database is copied from the migrated tenant template, so this takes milliseconds, not a
 * run of every migration. Each test file (or test that needs a clean slate) makes its own.
 */
export async function createTenant(
  t: TestApp,
  subdomain: string,
  extra: Record<string, unknown> = {},
): Promise<TestTenant> {
  const o = await t.provision(subdomain, extra);
  await t.waitForStatus(o.id, ['active']);
  const { email, password, token } = await t.tenantAdmin(o.id, subdomain);
  const host = t.hostOf(subdomain);
  return {
    id: o.id,
    subdomain,
    host,
    token,
    login: { email, password },
    api: (method, path) => t.http[method](path).set('Host', host).auth(token, { type: 'bearer' }),
    fixtures: new EnsembleFixtures(t.app, o.id),
  };
}
