// npm run superadmin:create -- --email you@example.com --name "Your Name"
// Creates the first (or another) superadmin. The password is read from SUPERADMIN_PASSWORD or,
// when that is unset, from standard input; it is never printed. There is no default password.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';

import { NestFactory } from '@nestjs/core';

import { AppModule } from '#tutti/app';
import { AuthService } from '#tutti/auth';
import { JsonLogger, loadConfig } from '#tutti/common';
import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import { prepareRuntime } from '#tutti/runtime';

import 'reflect-metadata';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('usage: npm run superadmin:create -- --email you@example.com --name "Your Name"');
  process.exit(2);
}
let password = process.env.SUPERADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  password = await rl.question('Password (at least 12 characters): ');
  rl.close();
}
const runtime = await prepareRuntime((l) => console.error(l));
try {
  const config = loadConfig();
  await applyMigrations(config.controlDatabaseUrl, await loadMigrationSet('control'));
  const ctx = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, jobs: { ...config.jobs, enabled: false } }),
    {
      logger: new JsonLogger('warn', (line) => process.stderr.write(line + '\n')),
    },
  );
  try {
    const user = await ctx.get(AuthService).createSuperadmin(values.email, values.name, password);
    console.log(`superadmin ${user.email} created`);
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
