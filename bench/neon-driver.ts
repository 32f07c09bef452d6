import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { PrismaNeon } from '@prisma/adapter-neon';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { withDatabase } from '#tutti/common';
import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import { configureNeonDriver, TenantPrismaClient } from '#tutti/tenancy';

const QUERIES = 3000;
const CONCURRENCY = 8;

export interface DriverRun {
  qps: number;
  nodeUsPerQuery: number;
}

async function run(client: TenantPrismaClient): Promise<DriverRun> {
  for (let i = 0; i < 50; i++) await client.musician.findMany({ take: 20 }); // warm
  const cpu = process.cpuUsage();
  const started = performance.now();
  let left = QUERIES;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) await client.musician.findMany({ take: 20, orderBy: { id: 'asc' } });
    }),
  );
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { qps: QUERIES / (ms / 1000), nodeUsPerQuery: (used.user + used.system) / QUERIES };
}

/**
 * The same tenant read through Prisma's Neon adapter (@neondatabase/serverless over a
 * WebSocket, through the local stand-in of Neon's proxy in another process) and through the pg
 * adapter over TCP: what the WebSocket path costs the gateway per query.
 */
export async function neonDriverBench(serverUrl: string, log: (m: string) => void) {
  const name = `bench_neon_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url, await loadMigrationSet('tenant'));
  const seed = new pg.Client({ connectionString: url });
  await seed.connect();
  await seed.query(
    `INSERT INTO "Musician" ("musicianId", "firstName", "lastName", email, "updatedAt")
     SELECT 'm' || i, 'F' || i, 'L' || i, 'm' || i || '@bench.example', now()
       FROM generate_series(1, 50) i`,
  );
  await seed.end();
  const proxy: ChildProcess = spawn(
    process.execPath,
    [fileURLToPath(new URL('./neon-proxy.js', import.meta.url)), serverUrl],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      proxy.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
      proxy.once('exit', (code) => reject(new Error(`the Neon stand-in exited (${code})`)));
    });
    configureNeonDriver({
      neonWsProxy: `127.0.0.1:${port}/v2?address={host}:{port}`,
      neonWsTls: false,
    });
    const viaPg = new TenantPrismaClient({
      adapter: new PrismaPg({ connectionString: url, max: CONCURRENCY }),
    });
    const viaNeon = new TenantPrismaClient({
      adapter: new PrismaNeon({ connectionString: url, max: CONCURRENCY }),
    });
    const best = (a: DriverRun, b: DriverRun) => (b.qps > a.qps ? b : a);
    let pgRun: DriverRun | null = null;
    let neonRun: DriverRun | null = null;
    for (let round = 0; round < 3; round++) {
      log(`neon driver: round ${round + 1}, pg adapter then Neon adapter…`);
      const p = await run(viaPg);
      const n = await run(viaNeon);
      pgRun = pgRun ? best(pgRun, p) : p;
      neonRun = neonRun ? best(neonRun, n) : n;
    }
    await viaPg.$disconnect();
    await viaNeon.$disconnect();
    return { pg: pgRun!, neon: neonRun!, queries: QUERIES, concurrency: CONCURRENCY };
  } finally {
    proxy.kill('SIGTERM');
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
