// npm run stripe:sync
// Creates (or finds) one Stripe product and monthly price per plan, by lookup key, and records
// them in the control plane. Safe to run again: nothing is created twice. Needs STRIPE_SECRET_KEY.
import { NestFactory } from '@nestjs/core';

import { AppModule } from '#tutti/app';
import { StripeCatalog } from '#tutti/billing';
import { JsonLogger, loadConfig } from '#tutti/common';
import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import { prepareRuntime } from '#tutti/runtime';

import 'reflect-metadata';

const runtime = await prepareRuntime((l) => console.error(l));
try {
  const config = loadConfig();
  if (!config.billing.stripeSecretKey) {
    console.error('STRIPE_SECRET_KEY is not set: there is no Stripe account to sync with');
    process.exitCode = 2;
  } else {
    await applyMigrations(config.controlDatabaseUrl, await loadMigrationSet('control'));
    const ctx = await NestFactory.createApplicationContext(
      AppModule.forRoot({ ...config, jobs: { ...config.jobs, enabled: false } }),
      { logger: new JsonLogger('warn', (line) => process.stderr.write(line + '\n')) },
    );
    try {
      for (const r of await ctx.get(StripeCatalog).sync())
        console.log(`${r.plan}: ${r.priceId}${r.created ? ' (created)' : ''}`);
    } finally {
      await ctx.close();
    }
  }
} finally {
  await runtime.stop();
}
process.exit(process.exitCode ?? 0);
