import type { INestApplication } from '@nestjs/common';
import pg from 'pg';

import { OrchestrasRepository, TenantMovesRepository } from '#tutti/control-plane';
import { DatabaseServersService, TenantMovePipeline } from '#tutti/database-servers';
import { TenantClientPool, TenantDatabaseServer } from '#tutti/tenancy';

async function sql(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/**
 * Moving one tenant (the engine's, with its musicians, rankings and requests) to another
 * server entry on the same PostgreSQL, run straight through the pipeline (no job pickup), with
 * no settling wait; against PostgreSQL copying the same database itself (CREATE DATABASE …
 * TEMPLATE), the fastest copy there is and one that needs the database idle.
 */
export async function moveBench(app: INestApplication, serverUrl: string, subdomain: string) {
  const orchestras = app.get(OrchestrasRepository);
  const o = (await orchestras.findBySubdomain(subdomain))!;
  const servers = app.get(DatabaseServersService);
  const second = await servers.add({
    name: 'bench-second',
    kind: 'postgres',
    adminUrl: serverUrl,
    capacity: 10,
  });
  app.get(TenantClientPool).evict(o.id);
  const name = o.databaseName!;
  // A template must have no sessions: none may connect while it is copied.
  await sql(serverUrl, `ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
  await sql(
    serverUrl,
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`,
  );
  let started = performance.now();
  await sql(serverUrl, `CREATE DATABASE "${name}_tpl" TEMPLATE "${name}"`);
  const templateMs = performance.now() - started;
  await sql(serverUrl, `ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
  await sql(serverUrl, `DROP DATABASE "${name}_tpl"`);

  const from = await app.get(TenantDatabaseServer).serverOf(o);
  const move = (await app.get(TenantMovesRepository).start({
    orchestraId: o.id,
    fromServerId: from.id,
    toServerId: second.id,
    fromDatabase: name,
    toDatabase: `${name}_m`,
    requestedBy: null,
  }))!;
  const cpu = process.cpuUsage();
  started = performance.now();
  const done = await app.get(TenantMovePipeline).run(move.id);
  const moveMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (done?.status !== 'succeeded')
    throw new Error(`the bench move ended ${done?.status}: ${done?.error}`);
  const after = (await orchestras.findById(o.id))!;
  if (after.databaseServerId !== second.id) throw new Error('the bench move did not switch');
  return {
    rows: done.rows ?? 0,
    tables: done.tables ?? 0,
    moveMs,
    nodeCpuMs: (used.user + used.system) / 1000,
    templateMs,
  };
}
