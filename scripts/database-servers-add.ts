// npm run servers:add -- --name tenant-db-2 --capacity 500 [--region eu-north]
// Registers a PostgreSQL server that tenant databases can be placed on, as the console's
// Database servers page does: the server is tried first (it must answer, and its role may
// create databases and roles). The admin URL is read from SERVER_ADMIN_URL (never from the
// command line, where it would land in shell history and `ps`). Adding a name that exists
// changes nothing and succeeds, so deployments can run it on every start.
import { parseArgs } from 'node:util';

import { NestFactory } from '@nestjs/core';

import { AppModule } from '#tutti/app';
import { JsonLogger, loadConfig } from '#tutti/common';
import { DatabaseServersRepository } from '#tutti/control-plane';
import { DatabaseServersService } from '#tutti/database-servers';
import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import { prepareRuntime } from '#tutti/runtime';

import 'reflect-metadata';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    capacity: { type: 'string', default: '500' },
    region: { type: 'string' },
  },
});
const adminUrl = process.env.SERVER_ADMIN_URL;
if (!values.name || !adminUrl) {
  console.error(
    'usage: SERVER_ADMIN_URL=postgresql://… npm run servers:add -- --name NAME [--capacity 500] [--region REGION]',
  );
  process.exit(2);
}
const runtime = await prepareRuntime((l) => console.error(l));
try {
  const config = loadConfig();
  await applyMigrations(config.controlDatabaseUrl, await loadMigrationSet('control'));
  const ctx = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, jobs: { ...config.jobs, enabled: false } }),
    { logger: new JsonLogger('warn', (line) => process.stderr.write(line + '\n')) },
  );
  try {
    if (await ctx.get(DatabaseServersRepository).findByName(values.name)) {
      console.log(`server ${values.name} is registered already`);
    } else {
      const s = await ctx.get(DatabaseServersService).add({
        name: values.name,
        kind: 'postgres',
        adminUrl,
        capacity: Number(values.capacity),
        ...(values.region ? { region: values.region } : {}),
      });
      console.log(`server ${s.name} (${s.address}) registered, open for ${s.capacity} ensembles`);
    }
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  } finally {
    await ctx.close();
  }
} finally {
  await runtime.stop();
}
process.exit(process.exitCode ?? 0);
