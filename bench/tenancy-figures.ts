// The figures of the performance issue that need a baseline of their own: the same read on a
// bare node:http server with a plain pg Pool (the physical limit), the cost of one pool miss in
// Node and PostgreSQL CPU, RSS per open tenant client, and the sweep over idle tenants.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';

import pg from 'pg';

import type { AppConfig } from '#tutti/common';
import { TenantClientPool, type TenantConnectionInfo } from '#tutti/tenancy';

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** CPU milliseconds (user + system) so far of each PostgreSQL process on this machine, by pid. */
function pgProcesses(): Map<string, number> {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * tick); // utime, stime
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/**
 * PostgreSQL CPU spent between `start()` and the returned function's call: per backend, its
 * growth (a new backend counts whole). A backend that exits in between is lost, so callers read
 * before closing what they measure.
 */
export function pgCpuMeter(): () => number {
  const before = pgProcesses();
  return () => {
    let total = 0;
    for (const [pid, ms] of pgProcesses()) total += ms - (before.get(pid) ?? 0);
    return total;
  };
}

/** Node CPU milliseconds of this process so far. */
export const nodeCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * The limit: the same read (a page of 20 musicians and their count, the same two statements
 * one after the other) on node:http with a plain pg Pool of the same size, no framework, no
 * tenancy, no authentication.
 */
export async function bareReadServer(
  url: string,
  connections: number,
): Promise<{ port: number; close: () => Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const server = http.createServer((_req, res) => {
    void (async () => {
      try {
        const items = await pool.query(
          `SELECT * FROM "Musician" WHERE "isArchived" = $1 ORDER BY "lastName" ASC, "firstName" ASC, id ASC LIMIT $2 OFFSET $3`,
          [false, 50, 0],
        );
        const count = await pool.query(
          `SELECT COUNT(*)::int AS n FROM "Musician" WHERE "isArchived" = $1`,
          [false],
        );
        const body = JSON.stringify({
          items: items.rows,
          total: (count.rows[0] as { n: number }).n,
          page: 1,
          pageSize: 50,
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch {
        res.writeHead(500).end();
      }
    })();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

export interface MissCost {
  misses: number;
  nodeMsPerMiss: number;
  pgMsPerMiss: number;
  connectionsPerMiss: number;
  hitNodeMs: number;
  hitPgMs: number;
}

/**
 * A miss: a tenant whose client is not open gets one (PrismaClient, pg pool, a new backend with
 * its authentication) and runs the read. Measured one at a time so nothing overlaps, against
 * the same read on a client that is open (a hit).
 */
export async function missCost(
  config: AppConfig,
  tenants: TenantConnectionInfo[],
): Promise<MissCost> {
  const pool = new TenantClientPool({ ...config.pool, maxClients: tenants.length + 1 });
  const read = (t: TenantConnectionInfo) =>
    pool.withClient(t, async (db) => {
      await db.musician.findMany({ where: { isArchived: false }, take: 50 });
      await db.musician.count({ where: { isArchived: false } });
    });
  // One miss first, so one-time work (the query compiler's module) is not counted.
  await read(tenants[0]);
  const measured = tenants.slice(1);
  let connections = 0;
  let nodeMs = 0;
  let pgMs = 0;
  for (const t of measured) {
    const open = pool.stats().openConnections;
    // The PostgreSQL meter reads /proc first: its own CPU is not the miss's.
    const pgSince = pgCpuMeter();
    const node0 = nodeCpuMs();
    await read(t);
    nodeMs += nodeCpuMs() - node0;
    pgMs += pgSince(); // before the eviction ends the backend
    connections += pool.stats().openConnections - open;
    pool.evict(t.id);
    await new Promise((r) => setTimeout(r, 20));
  }
  // Hits: the same read on one open client.
  await read(tenants[0]);
  const hitPg = pgCpuMeter();
  const h0 = nodeCpuMs();
  for (let i = 0; i < measured.length; i++) await read(tenants[0]);
  const h1 = nodeCpuMs();
  const hitPgMs = hitPg();
  await pool.close();
  return {
    misses: measured.length,
    nodeMsPerMiss: nodeMs / measured.length,
    pgMsPerMiss: pgMs / measured.length,
    connectionsPerMiss: connections / measured.length,
    hitNodeMs: (h1 - h0) / measured.length,
    hitPgMs: hitPgMs / measured.length,
  };
}

/**
 * Memory added per open tenant client: open `n` and keep them open; RSS and the JS heap
 * (heapUsed + external) compared with before, after collecting garbage. Run it early, before the
 * heavy measurements leave a heap that shrinks meanwhile.
 */
export async function rssPerClient(
  config: AppConfig,
  tenants: TenantConnectionInfo[],
): Promise<{
  clients: number;
  mbPerClient: number;
  heapMbPerClient: number;
  before: number;
  after: number;
}> {
  const pool = new TenantClientPool({ ...config.pool, maxClients: tenants.length });
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 100));
    }
    const m = process.memoryUsage();
    return { rss: m.rss, heap: m.heapUsed + m.external };
  };
  const before = await settle();
  for (const t of tenants) await pool.withClient(t, (db) => db.musician.count());
  const after = await settle();
  await pool.close();
  const mb = (b: number) => b / 1024 / 1024 / tenants.length;
  return {
    clients: tenants.length,
    mbPerClient: mb(after.rss - before.rss),
    heapMbPerClient: mb(after.heap - before.heap),
    before: before.rss,
    after: after.rss,
  };
}
