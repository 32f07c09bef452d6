import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { INestApplication } from '@nestjs/common';

import { AuthService, PasswordHasher } from '#tutti/auth';
import { randomToken } from '#tutti/common';
import { OrchestrasRepository, UsersRepository } from '#tutti/control-plane';
import { EnsembleFixtures } from '#tutti/fixtures';
import { OrchestrasAdminService } from '#tutti/platform';
import { dataDir } from '#tutti/runtime';

export interface DemoLogins {
  superadmin: { email: string; password: string };
  tenantAdmin: { email: string; password: string };
}

const MUSICIANS = [
  ['Astrid', 'Lindqvist', 'astrid.lindqvist@example.com', '+46701110001', 'sv', true],
  ['Erik', 'Sandberg', 'erik.sandberg@example.com', '+46701110002', 'sv', true],
  ['Maja', 'Holm', 'maja.holm@example.com', '+46701110003', 'sv', false],
  ['Johan', 'Berg', 'johan.berg@example.com', '+46701110004', 'sv', true],
  ['Sara', 'Ek', 'sara.ek@example.com', '+46701110005', 'en', true],
  ['Oskar', 'Nyström', 'oskar.nystrom@example.com', '+46701110006', 'sv', false],
  ['Linnea', 'Falk', 'linnea.falk@example.com', '+46701110007', 'en', true],
  ['Gustav', 'Åberg', 'gustav.aberg@example.com', '+46701110008', 'sv', true],
] as const;

/**
 * Musicians on an A list for Tutti violin 2, and a project whose need for two of them is
 * running: the engine has asked the first two (messages simulated). Once only.
 */
async function seedDemoEnsemble(demo: EnsembleFixtures): Promise<void> {
  if ((await demo.projects()).length > 0) return;
  const violin = await demo.position('Violin', 'Tutti violin 2');
  const ids: string[] = [];
  for (const [firstName, lastName, email, phone, preferredLanguage, localResidence] of MUSICIANS)
    ids.push(
      (
        await demo.musician({
          firstName,
          lastName,
          email,
          phone,
          preferredLanguage,
          localResidence,
          positionIds: [violin],
        })
      ).id,
    );
  const list = await demo.rankedList(violin, ids, 'A');
  const start = new Date(Date.now() + 21 * 86_400_000);
  const project = await demo.project({
    name: 'Vårkonsert: Sibelius 2',
    startDate: start.toISOString().slice(0, 10),
    rehearsalSchedule: 'Mån–tors 10.00–15.00, generalrepetition fredag 10.00',
    concertInfo: 'Fredag 19.00, Konserthuset',
  });
  const need = await demo.need(project.id, {
    positionId: violin,
    quantity: 2,
    rankingListId: list.id,
    strategy: 'parallel',
    responseTimeHours: 48,
  });
  await demo.start(need.id);
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
