// Jest loads global setup outside its module mapping, so this file is plain JavaScript over the
// compiled libraries (`npm test` builds first).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { startEmbeddedPostgres } from '../../dist/libs/embedded-db/src/index.js';
import { applyMigrations, loadMigrationSet } from '../../dist/libs/migrations/src/index.js';

async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl, database) {
  const u = new URL(serverUrl);
  u.pathname = '/' + database;
  return u.toString();
}

/**
 * Once per `npm test`: a real PostgreSQL (TEST_DATABASE_URL's server, else an embedded one),
 * and a control-plane template database, migrated (with pg-boss's schema), that each test file
 * clones in milliseconds with CREATE DATABASE … TEMPLATE; and a migrated tenant template that
 * provisioning copies new tenant databases from.
 */
export default async function globalSetup() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    process.stdout.write(
      `\nBrowser tests skipped: no Chromium at ${chromium}. To run them: apt-get install chromium (or set CHROMIUM_PATH).\n`,
    );
  }
  let serverUrl = process.env.TEST_DATABASE_URL;
  let embedded;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'tutti-test-'));
    chmodSync(dir, 0o755); // as root, the server runs as another user that must reach it
    try {
      embedded = await startEmbeddedPostgres({
        dataDir: join(dir, 'pg'),
        persistent: false,
        throwaway: true,
      });
    } catch (err) {
      // One sentence saying what to do, not a trace (e.g. a clone under /root).
      console.error(
        `\n${err.message}\n(Or set TEST_DATABASE_URL to a PostgreSQL superuser URL.)\n`,
      );
      process.exit(1);
    }
    serverUrl = embedded.adminUrl;
  }
  const runId = randomBytes(3).toString('hex');
  const template = `tt_${runId}_control_tpl`;
  await adminQuery(serverUrl, `CREATE DATABASE "${template}"`);
  const templateUrl = databaseUrl(serverUrl, template);
  await applyMigrations(templateUrl, await loadMigrationSet('control'));
  const boss = new PgBoss({
    connectionString: templateUrl,
    schema: 'pgboss',
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  // Tenants that tests provision are copied from this, already migrated (TENANT_TEMPLATE_DATABASE).
  const tenantTemplate = `tt_${runId}_tenant_tpl`;
  await adminQuery(serverUrl, `CREATE DATABASE "${tenantTemplate}"`);
  await applyMigrations(databaseUrl(serverUrl, tenantTemplate), await loadMigrationSet('tenant'));
  process.env.TUTTI_TEST_TENANT_TEMPLATE = tenantTemplate;
  process.env.TUTTI_TEST_SERVER_URL = serverUrl;
  process.env.TUTTI_TEST_RUN = runId;
  process.env.TUTTI_TEST_CONTROL_TEMPLATE = template;
  globalThis.__tuttiEmbedded = embedded;
}
