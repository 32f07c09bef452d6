// npm run bench:migrate [-- N]: the migrate-all of `npm run tenants:migrate` over N tenants
// (default 1,000) with one new migration, printing its progress line as it goes and the total.
// Tenant databases are clones of one migrated database (setup, not measured).
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import pg from 'pg';

import { loadConfig, SecretBox, SystemClock, withDatabase } from '#tutti/common';
import { ControlDb, OrchestrasRepository } from '#tutti/control-plane';
import { startEmbeddedPostgres } from '#tutti/embedded-db';
import { applyMigrations, latestMigration, loadMigrationSet } from '#tutti/migrations';
import { progressLine, TenantMigrationSource, TenantMigrator } from '#tutti/tenancy';

const N = Number(process.argv[2] ?? 1000);
const log = (m: string) => process.stderr.write(`${m}\n`);

async function admin(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

let serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
let stopServer = async () => {};
if (!serverUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'tutti-bench-'));
  chmodSync(dir, 0o755);
  // Room for N databases' connections is not needed: migrations run 4 at a time.
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), persistent: false });
  serverUrl = server.adminUrl;
  stopServer = () => server.stop();
}
const run = randomBytes(3).toString('hex');
const controlDb = `migmany_${run}_control`;
await admin(serverUrl, `CREATE DATABASE "${controlDb}"`);
const config = loadConfig({
  DATABASE_URL: withDatabase(serverUrl, controlDb),
  TENANT_DATABASE_URL: serverUrl,
  TENANT_DATABASE_PREFIX: `migmany_${run}_`,
  JWT_SECRET: randomBytes(32).toString('hex'),
  TUTTI_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  LOG_LEVEL: 'error',
});
await applyMigrations(config.controlDatabaseUrl, await loadMigrationSet('control'));
const control = new ControlDb(config);
const orchestras = new OrchestrasRepository(control);
const secrets = new SecretBox(config.encryptionKey);

log(`a migrated tenant database to clone…`);
const current = await loadMigrationSet('tenant');
const template = `migmany_${run}_template`;
await admin(serverUrl, `CREATE DATABASE "${template}"`);
await applyMigrations(withDatabase(serverUrl, template), current);

log(`cloning ${N} tenant databases…`);
const setupStarted = performance.now();
for (let i = 0; i < N; i++) {
  const name = `migmany_${run}_t${i}`;
  await admin(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const id = randomUUID();
  await orchestras.create(
    {
      name: `tenant-${i}`,
      subdomain: `tenant-${i}`,
      kind: 'orchestra',
      plan: 'small',
      contactName: 'M',
      contactEmail: 'm@bench.example',
      adminName: 'M',
      adminEmail: 'm@bench.example',
      locale: 'sv',
      country: 'SE',
      databaseName: name,
      limits: { maxMusicians: 75, maxProjects: 10, pricePerMonth: 2490 },
      customerProfile: { legalBusinessName: 'Bench', contactEmail: 'm@bench.example' },
    },
    id,
  );
  await orchestras.update(id, {
    status: 'active',
    databaseUrlEncrypted: secrets.encrypt(withDatabase(serverUrl, name)),
    schemaVersion: latestMigration(current),
  });
  if ((i + 1) % 200 === 0) log(`  ${i + 1} cloned`);
}
log(`  set up in ${((performance.now() - setupStarted) / 1000).toFixed(0)} s`);

// One new migration, as a release would bring.
const prismaDir = mkdtempSync(join(tmpdir(), 'tutti-migmany-prisma-'));
cpSync(resolve('prisma'), prismaDir, { recursive: true });
mkdirSync(join(prismaDir, 'tenant', 'migrations', '29990101000000_bench'));
writeFileSync(
  join(prismaDir, 'tenant', 'migrations', '29990101000000_bench', 'migration.sql'),
  'ALTER TABLE "Musician" ADD COLUMN "benchNote" TEXT;\n',
);
const source = new (class extends TenantMigrationSource {
  load = () => loadMigrationSet('tenant', { prismaDir });
})();
const migrator = new TenantMigrator(config, orchestras, secrets, source, new SystemClock());

console.log(
  `tenants:migrate over ${N} tenants, one new migration, ${config.migrationConcurrency} at a time:`,
);
const started = performance.now();
const cpu0 = process.cpuUsage();
const outcomes = await migrator.migrateAll((_o, progress) => {
  if (progress.done % 100 === 0 || progress.done === progress.total)
    console.log(`  ${progressLine(progress)}`);
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const failed = outcomes.filter((o) => o.status === 'failed').length;
console.log(
  `${outcomes.length} tenants in ${seconds.toFixed(1)} s (${((seconds * 1000) / N).toFixed(1)} ms per tenant, Node CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(1)} ms per tenant); ${failed} failed`,
);
await control.onModuleDestroy();
await stopServer();
process.exit(failed ? 1 : 0);
