import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { INestApplication } from '@nestjs/common';

import { AuthService, PasswordHasher } from '#tutti/auth';
import { randomToken } from '#tutti/common';
import { OrchestrasRepository, UsersRepository } from '#tutti/control-plane';
import { EnsembleFixtures, seedDemoEnsemble } from '#tutti/fixtures';
import { OrchestrasAdminService } from '#tutti/platform';
import { dataDir } from '#tutti/runtime';

export interface DemoLogins {
  superadmin: { email: string; password: string };
  tenantAdmin: { email: string; password: string };
}

/** Demo logins, made once and kept in the git-ignored data folder (local mode only). */
async function demoLogins(): Promise<DemoLogins> {
  const file = join(dataDir(), 'demo-logins.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoLogins;
  const logins = {
    superadmin: { email: 'superadmin@tutti.local', password: randomToken(12) },
    tenantAdmin: { email: 'admin@demo.tutti.local', password: randomToken(12) },
  };
  await writeFile(file, JSON.stringify(logins, null, 2), { mode: 0o600 });
  return logins;
}

/**
 * The zero-setup demo: a superadmin, an orchestra at demo.<base> provisioned through the real
 * pipeline, its admin with a password, and some musicians. Run again, it changes nothing.
 */
/**
 * The demo's records, made before the gateway listens: from its first request on, the demo
 * address answers 503 "being set up" (not 404) until provisioning has finished.
 */
export async function beginDemo(app: INestApplication): Promise<void> {
  const logins = await demoLogins();
  if (!(await app.get(OrchestrasRepository).findBySubdomain('demo')))
    await app.get(OrchestrasAdminService).create({
      name: 'Tutti Demo Orchestra',
      subdomain: 'demo',
      kind: 'orchestra',
      plan: 'medium',
      contactName: 'Demo Admin',
      contactEmail: logins.tenantAdmin.email,
      locale: 'sv',
    });
}

export async function ensureDemo(app: INestApplication): Promise<DemoLogins> {
  const logins = await demoLogins();
  const users = app.get(UsersRepository);
  const auth = app.get(AuthService);
  if (!(await users.findByEmail(null, logins.superadmin.email))) {
    await auth.createSuperadmin(
      logins.superadmin.email,
      'Demo Superadmin',
      logins.superadmin.password,
    );
  }
  const orchestras = app.get(OrchestrasRepository);
  await beginDemo(app);
  let demo = (await orchestras.findBySubdomain('demo'))!;
  const deadline = Date.now() + 60_000;
  while (demo.status === 'provisioning' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    demo = (await orchestras.findById(demo.id))!;
  }
  if (demo.status !== 'active')
    throw new Error(`The demo orchestra is ${demo.status}: ${demo.provisioningError ?? ''}`);
  const admin = await users.findByEmail(demo.id, logins.tenantAdmin.email);
  if (!admin?.passwordHash) {
    await users.upsertTenantUser({
      orchestraId: demo.id,
      email: logins.tenantAdmin.email,
      name: 'Demo Admin',
      role: 'admin',
      passwordHash: await app.get(PasswordHasher).hash(logins.tenantAdmin.password),
    });
  }
  // The demo sends (simulated) SMS beside email, as an ensemble with Twilio would.
  if (!demo.smsOnRequest)
    await orchestras.update(demo.id, {
      smsOnRequest: true,
      smsOnReminder: true,
      smsOnConfirmation: true,
      smsOnPositionFilled: true,
    });
  await seedDemoEnsemble(new EnsembleFixtures(app, demo.id));
  return logins;
}
