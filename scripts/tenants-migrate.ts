// npm run tenants:migrate: applies the tenant migrations to every tenant database, a few at a
// time (TENANT_MIGRATION_CONCURRENCY), printing each tenant's outcome. Carries on past a
// failing tenant; exits 1 if any failed. Each outcome is also recorded in the control plane.
import { NestFactory } from '@nestjs/core';

import { AppModule } from '#tutti/app';
import { JsonLogger, loadConfig } from '#tutti/common';
import { prepareRuntime } from '#tutti/runtime';
import { progressLine, TenantMigrator } from '#tutti/tenancy';

import 'reflect-metadata';

const runtime = await prepareRuntime((l) => console.error(l));
let failed = 0;
try {
  const config = loadConfig();
  const ctx = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, jobs: { ...config.jobs, enabled: false } }),
    { logger: new JsonLogger('warn', (line) => process.stderr.write(line + '\n')) },
  );
  try {
    const started = Date.now();
    const outcomes = await ctx.get(TenantMigrator).migrateAll((o, progress) => {
      const mark =
        o.status === 'failed' ? 'FAILED' : o.status === 'migrated' ? 'migrated' : 'up-to-date';
      const detail =
        o.status === 'failed'
          ? o.error
          : o.applied.length
            ? `applied ${o.applied.join(', ')}`
            : `at ${o.schemaVersion}`;
      console.log(`${mark.padEnd(10)} ${o.subdomain.padEnd(24)} ${detail} (${o.durationMs} ms)`);
      // Progress on stderr, every 25 tenants and at the end: the outcome lines stay greppable.
      if (progress.done % 25 === 0 || progress.done === progress.total)
        console.error(`  ${progressLine(progress)}`);
    });
    failed = outcomes.filter((o) => o.status === 'failed').length;
    console.log(
      `\n${outcomes.length} tenants: ${outcomes.length - failed} ok, ${failed} failed (${Date.now() - started} ms)`,
    );
  } finally {
    await ctx.close();
  }
} finally {
  await runtime.stop();
}
process.exit(failed ? 1 : 0);
