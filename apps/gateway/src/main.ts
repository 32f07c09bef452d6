import { NestFactory } from '@nestjs/core';

import { AppModule, configureApp, warnOnConnectionBudget } from '#tutti/app';
import { JsonLogger, loadConfig } from '#tutti/common';
import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import { installProcessGuards, Readiness } from '#tutti/observability';
import { prepareRuntime } from '#tutti/runtime';
import { TenantUrls } from '#tutti/tenancy';

import { beginDemo, ensureDemo } from './demo.js';

import 'reflect-metadata';

const bootLog = (msg: string) => process.stdout.write(`${msg}\n`);

let runtime;
try {
  runtime = await prepareRuntime(bootLog);
} catch (err) {
  // One sentence saying what to do (e.g. a clone the embedded server's user cannot enter).
  console.error((err as Error).message);
  process.exit(1);
}
let config;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const applied = await applyMigrations(config.controlDatabaseUrl, await loadMigrationSet('control'));
if (applied.length) bootLog(`Control plane migrated: ${applied.join(', ')}`);

const logger = new JsonLogger(config.logLevel);
installProcessGuards(logger);
const app = await NestFactory.create(AppModule.forRoot(config), { logger, bodyParser: false });
configureApp(app);
const withDemo = runtime.embedded || process.env.TUTTI_DEMO === 'true';
if (withDemo) {
  await app.init();
  await beginDemo(app);
}
await app.listen(config.port);
await warnOnConnectionBudget(config, logger);

const urls = app.get(TenantUrls);
if (withDemo) {
  const logins = await ensureDemo(app);
  bootLog(
    [
      '',
      'Tutti is running with its embedded PostgreSQL (data in .data/).',
      '',
      `  Open the demo orchestra   ${urls.tenant('demo')}`,
      `    sign in as              ${logins.tenantAdmin.email}  /  ${logins.tenantAdmin.password}`,
      `  Platform console          ${urls.central()}`,
      `    sign in as              ${logins.superadmin.email}  /  ${logins.superadmin.password}`,
      `  API docs                  ${urls.central()}/docs`,
      '',
      '  From the command line:',
      `    TOKEN=$(curl -s ${urls.tenant('demo')}/api/auth/login -H 'content-type: application/json' \\`,
      `      -d '{"email":"${logins.tenantAdmin.email}","password":"${logins.tenantAdmin.password}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')`,
      `    curl -s ${urls.tenant('demo')}/api/musicians -H "authorization: Bearer $TOKEN"`,
      '',
      '  These logins are for this local demo only (kept in .data/demo-logins.json).',
      '',
    ].join('\n'),
  );
} else {
  bootLog(`Tutti is listening on port ${config.port} (central domain: ${urls.central()})`);
}

// Our own signal handling (not Nest's shutdown hooks): the app must be closed, jobs drained,
// before the embedded database it uses is stopped.
const stop = async () => {
  // /ready answers 503 first, so a load balancer moves traffic away; then the server stops.
  app.get(Readiness).drain();
  await new Promise((r) => setTimeout(r, config.operations.shutdownDrainMs));
  await app.close();
  await runtime.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
