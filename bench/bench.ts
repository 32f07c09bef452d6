// npm run bench: the figures the tenancy, performance and web app issues ask for, each against a baseline measured in
// the same process on this machine. See README "Benchmarks".
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

import {
  Controller,
  Get,
  type INestApplication,
  Inject,
  Module,
  Query,
  UseGuards,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthGuard, PassportModule } from '@nestjs/passport';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

import { AppModule, configureApp } from '#tutti/app';
import { type AccessClaims, audienceOf, JwtStrategy, TOKEN_ISSUER } from '#tutti/auth';
import {
  APP_CONFIG,
  type AppConfig,
  JsonLogger,
  loadConfig,
  SecretBox,
  SystemClock,
  withDatabase,
} from '#tutti/common';
import { OrchestrasRepository, UsersRepository } from '#tutti/control-plane';
import { DispatchNeed, RequestTimers } from '#tutti/dispatch';
import { startEmbeddedPostgres } from '#tutti/embedded-db';
import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import { ListMusiciansQuery, musicianView } from '#tutti/musicians';
import { ObservabilityModule } from '#tutti/observability';
import { OrchestrasAdminService } from '#tutti/platform';
import {
  TenantClientPool,
  TenantJobRunner,
  TenantMigrationSource,
  TenantMigrator,
  TenantPrismaClient,
  TenantResolver,
} from '#tutti/tenancy';

import { profiled } from './cpu-profile.js';
import { moveBench } from './move-figures.js';
import { neonDriverBench } from './neon-driver.js';
import {
  bareReadServer,
  missCost,
  nodeCpuMs,
  pgCpuMeter,
  rssPerClient,
} from './tenancy-figures.js';
import { webBench, webRows } from './web.js';

import 'reflect-metadata';

const LOAD_MS = Number(process.env.BENCH_LOAD_MS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TENANTS = 200;
const CYCLED = 2000;
const MIGRATED = 100;
const BASE = 'bench.test';

const log = (m: string) => process.stderr.write(`${m}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function admin(url: string, sql: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  nodeUsPerReq?: number;
  pgUsPerReq?: number;
}

function load(
  port: number,
  targets: Array<{ host: string; path: string; token: string }>,
): Promise<Load> {
  return new Promise((resolveLoad, reject) => {
    const w = new Worker(new URL('./load-worker.js', import.meta.url), {
      workerData: { port, targets, concurrency: CONCURRENCY, durationMs: LOAD_MS },
    });
    w.once('message', (r: { latencies: number[]; errors: number; durationMs: number }) =>
      resolveLoad({
        rps: r.latencies.length / (r.durationMs / 1000),
        p50: pct(r.latencies, 50),
        p99: pct(r.latencies, 99),
        errors: r.errors,
      }),
    );
    w.once('error', reject);
  });
}

/** A load run with the CPU it cost, per request: this process (server and load worker) and PostgreSQL. */
async function withCpu(run: () => Promise<Load>): Promise<Load> {
  const node0 = nodeCpuMs();
  const pgSince = pgCpuMeter();
  const l = await run();
  const pgMs = pgSince();
  const requests = l.rps * (LOAD_MS / 1000);
  return {
    ...l,
    nodeUsPerReq: ((nodeCpuMs() - node0) * 1000) / requests,
    pgUsPerReq: (pgMs * 1000) / requests,
  };
}

// The baseline: the same read on a plain NestJS route, one fixed PrismaClient, the same JWT check.
const BASELINE_CLIENT = Symbol('BASELINE_CLIENT');
@Controller('api/musicians')
@UseGuards(AuthGuard('jwt'))
class BaselineController {
  constructor(@Inject(BASELINE_CLIENT) private readonly db: TenantPrismaClient) {}
  @Get()
  async list(@Query() q: ListMusiciansQuery) {
    const size = q.pageSize ?? 50;
    const page = q.page ?? 1;
    const where = { isArchived: false };
    const [items, total] = await Promise.all([
      this.db.musician.findMany({
        where,
        orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * size,
        take: size,
      }),
      this.db.musician.count({ where }),
    ]);
    return { items: items.map(musicianView), total, page, pageSize: size };
  }
}

/** The baseline route's module: the controller, one fixed PrismaClient, the JWT strategy. */
function baselineModule(config: AppConfig, url: string) {
  const client = new TenantPrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: config.pool.connectionsPerClient }),
  });
  @Module({
    // Observability: configureApp's metrics and access-log middleware run on both sides.
    imports: [PassportModule, ObservabilityModule],
    controllers: [BaselineController],
    providers: [
      { provide: APP_CONFIG, useValue: config },
      { provide: BASELINE_CLIENT, useValue: client },
      JwtStrategy,
    ],
  })
  class BaselineModule {}
  return BaselineModule;
}

async function baselineApp(
  config: AppConfig,
  url: string,
): Promise<{ app: INestApplication; port: number }> {
  const app = await NestFactory.create(baselineModule(config, url), { logger: false });
  configureApp(app); // the same pipes, filter and settings as the gateway
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as { port: number }).port };
}

/**
 * The same baseline route on each of Nest's HTTP adapters, with only what both can share (the
 * global validation pipes; no Express middleware): the adapter is the one difference.
 */
async function adapterApp(
  config: AppConfig,
  url: string,
  adapter: 'express' | 'fastify',
): Promise<{ app: INestApplication; port: number }> {
  const module = baselineModule(config, url);
  const app =
    adapter === 'fastify'
      ? await NestFactory.create<NestFastifyApplication>(module, new FastifyAdapter(), {
          logger: false,
        })
      : await NestFactory.create(module, { logger: false });
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as { port: number }).port };
}

async function main() {
  let serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'tutti-bench-'));
    chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), persistent: false });
    serverUrl = server.adminUrl;
    stopServer = () => server.stop();
  }
  const run = randomBytes(3).toString('hex');
  const controlDb = `bench_${run}_control`;
  await admin(serverUrl, `CREATE DATABASE "${controlDb}"`);
  const config = loadConfig({
    DATABASE_URL: withDatabase(serverUrl, controlDb),
    TENANT_DATABASE_URL: serverUrl,
    TENANT_DATABASE_PREFIX: `bench_${run}_`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    TUTTI_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    BASE_DOMAIN: BASE,
    TENANT_POOL_MAX_CLIENTS: '50',
    JOBS_POLLING_INTERVAL_SECONDS: '0.5',
    LOG_LEVEL: 'error',
    // One JSON line per request to stdout would mix with the table (and cost both sides alike).
    ACCESS_LOG: 'false',
    // The move figure is the work of a move, not its fixed wait for requests under way.
    TENANT_MOVE_SETTLE_MS: '0',
  });
  await applyMigrations(config.controlDatabaseUrl, await loadMigrationSet('control'));
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: new JsonLogger('error'),
    bodyParser: false,
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  const orchestras = app.get(OrchestrasRepository);
  const pool = app.get(TenantClientPool);
  const secrets = app.get(SecretBox);
  const jwt = app.get(JwtService, { strict: false });
  const users = app.get(UsersRepository);
  // The guard reads the signed-in user's role from the control plane (cached per process), so
  // each tenant's token belongs to a real admin of it.
  const tokenFor = async (tid: string) => {
    const admin = await users.upsertTenantUser({
      orchestraId: tid,
      email: `bench-admin@${tid}.example`,
      name: 'Bench admin',
      role: 'admin',
    });
    return jwt.sign({ sub: admin.id, role: 'admin', scope: 'tenant', tid } satisfies AccessClaims, {
      expiresIn: 3600,
      issuer: TOKEN_ISSUER,
      audience: audienceOf('tenant', tid),
    });
  };

  // 1. Provisioning through the real pipeline, five times.
  log('provisioning 5 tenants through the pipeline…');
  const provisionMs: number[] = [];
  const provisioned: string[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    let o = await app.get(OrchestrasAdminService).create({
      name: `Bench ${i}`,
      subdomain: `bench-${i}`,
      kind: 'orchestra',
      plan: 'medium',
      contactName: 'Bench',
      contactEmail: `b${i}@bench.example`,
    });
    while (o.status === 'provisioning') {
      await new Promise((r) => setTimeout(r, 10));
      o = (await orchestras.findById(o.id))!;
    }
    if (o.status !== 'active') throw new Error(`provisioning failed: ${o.provisioningError}`);
    provisionMs.push(performance.now() - started);
    provisioned.push(o.id);
  }

  log('web app: bundle and dashboard timing…');
  const web = await webBench(app, config, port, log);

  // The data every read returns: 20 musicians.
  const t0 = (await orchestras.findById(provisioned[0]))!;
  const t0Url = secrets.decrypt(t0.databaseUrlEncrypted!);
  await pool.withClient(app.get(TenantResolver).toResolved(t0).connection!, async (db) => {
    for (let i = 0; i < 20; i++)
      await db.musician.create({
        data: { firstName: `F${i}`, lastName: `L${i}`, email: `m${i}@bench.example` },
      });
  });
  pool.evict(t0.id);
  await new Promise((r) => setTimeout(r, 200));

  // 200 more tenants, cloned from the first one's database (setup, not measured).
  log(`cloning ${TENANTS} tenant databases…`);
  const clones: Array<{ id: string; subdomain: string; url: string }> = [];
  for (let i = 0; i < TENANTS; i++) {
    const name = `bench_${run}_c${i}`;
    await admin(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${t0.databaseName}"`);
    const id = randomUUID();
    const subdomain = `clone-${i}`;
    await orchestras.create(
      {
        name: subdomain,
        subdomain,
        kind: 'orchestra',
        plan: 'medium',
        contactName: 'B',
        contactEmail: 'b@bench.example',
        adminName: 'B',
        adminEmail: 'b@bench.example',
        locale: 'sv',
        country: 'SE',
        databaseName: name,
        limits: { maxMusicians: 200, maxProjects: 20, pricePerMonth: 4990 },
        customerProfile: { legalBusinessName: 'Bench', contactEmail: 'b@bench.example' },
      },
      id,
    );
    const url = withDatabase(serverUrl, name);
    await orchestras.update(id, {
      status: 'active',
      databaseUrlEncrypted: secrets.encrypt(url),
      schemaVersion: t0.schemaVersion,
    });
    clones.push({ id, subdomain, url });
  }

  // Memory per open client, measured before the load runs grow and shrink the heap.
  log('RSS per open tenant client…');
  const perClient = await rssPerClient(
    config,
    clones.slice(21, 71).map((c) => ({
      id: `rss-${c.id}`,
      databaseUrl: c.url,
      provider: 'postgres' as const,
      credentialsVersion: 1,
    })),
  );

  // 2. One tenant's read through the gateway against the plain route.
  const path = '/api/musicians';
  const base = await baselineApp(config, t0Url);
  const t0Token = await tokenFor(t0.id);
  const gatewayTarget = [{ host: `bench-0.${BASE}`, path, token: t0Token }];
  const baseTarget = [{ host: 'localhost', path, token: t0Token }];
  log('warming up…');
  await load(base.port, baseTarget);
  await load(port, gatewayTarget);
  const bare = await bareReadServer(t0Url, config.pool.connectionsPerClient);
  const bareTarget = [{ host: 'localhost', path, token: '' }];
  await load(bare.port, bareTarget);
  const baseRuns: Load[] = [];
  const gwRuns: Load[] = [];
  const bareRuns: Load[] = [];
  for (let round = 0; round < 3; round++) {
    log(
      `round ${round + 1}: bare node:http + pg, plain NestJS, then gateway (${LOAD_MS} ms each, ${CONCURRENCY} concurrent)…`,
    );
    bareRuns.push(await withCpu(() => load(bare.port, bareTarget)));
    baseRuns.push(await withCpu(() => load(base.port, baseTarget)));
    gwRuns.push(await withCpu(() => load(port, gatewayTarget)));
  }
  const best = (runs: Load[]) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));
  // BENCH_PROFILE=<dir>: one more gateway run under the CPU profiler, its top entries printed.
  const profileDir = process.env.BENCH_PROFILE;
  const gatewayProfile = profileDir
    ? await profiled(profileDir, 'gateway-read', () => load(port, gatewayTarget))
    : null;
  const baseline = best(baseRuns);
  const gateway = best(gwRuns);
  const bareRead = best(bareRuns);
  await base.app.close();
  await bare.close();

  // 2b. Nest's two HTTP adapters on the same route, alternating, best of three each.
  const onExpress = await adapterApp(config, t0Url, 'express');
  const onFastify = await adapterApp(config, t0Url, 'fastify');
  await load(onExpress.port, baseTarget);
  await load(onFastify.port, baseTarget);
  const expressRuns: Load[] = [];
  const fastifyRuns: Load[] = [];
  for (let round = 0; round < 3; round++) {
    log(`round ${round + 1}: the plain route on Express, then on Fastify…`);
    expressRuns.push(await withCpu(() => load(onExpress.port, baseTarget)));
    fastifyRuns.push(await withCpu(() => load(onFastify.port, baseTarget)));
  }
  const onExpressBest = best(expressRuns);
  const onFastifyBest = best(fastifyRuns);
  await onExpress.app.close();
  await onFastify.app.close();

  // 3. The same read spread over 200 tenants, 50-client pool.
  log(`spreading the read over ${TENANTS} tenants…`);
  const spreadTargets = await Promise.all(
    clones.map(async (c) => ({
      host: `${c.subdomain}.${BASE}`,
      path,
      token: await tokenFor(c.id),
    })),
  );
  await load(port, spreadTargets);
  const spread = await load(port, spreadTargets);
  const spreadStats = pool.stats();

  // 7. The sweep for lost timers with 1,000 idle tenants (no open request, or one not yet due):
  // it must touch no tenant database. Their rows point at databases that do not exist.
  log('sweeping with 1,000 idle tenants…');
  await admin(
    config.controlDatabaseUrl,
    `INSERT INTO "Orchestra" (id, name, subdomain, status, "adminEmail", "adminName", "contactName", "contactEmail", "databaseUrlEncrypted", "nextDeadlineAt", "updatedAt")
     SELECT gen_random_uuid(), 'Idle ' || g, 'idle-' || g, 'active', 'a@idle.example', 'A', 'C', 'c@idle.example',
            '${secrets.encrypt(withDatabase(serverUrl, 'no_such_database'))}',
            CASE WHEN g % 10 = 0 THEN now() + interval '2 days' END, now()
       FROM generate_series(1, 1000) g`,
  );
  const timers = app.get(RequestTimers);
  const missesBefore = pool.stats().misses;
  const sweepMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await timers.sweepAll();
    sweepMs.push(performance.now() - started);
  }
  const sweepTenantConnections = pool.stats().misses - missesBefore;

  // 6. The substitute engine on a tenant of its own: dispatch to 500, then 200 answers at once.
  const engine = await engineBench(app, orchestras, secrets, port, serverUrl, profileDir);
  log('moving the engine tenant to another server entry…');
  const moved = await moveBench(app, serverUrl, 'engine');

  // 4. Memory: 2,000 tenant clients through a 50-client pool. The gateway's own clients are
  // closed first, so the only tenant clients alive are the measured pool's.
  log(`cycling ${CYCLED} tenant clients through a 50-client pool…`);
  await pool.close();
  const info = (c: { id: string; url: string }, tag: string) => ({
    id: `${tag}-${c.id}`,
    databaseUrl: c.url,
    provider: 'postgres' as const,
    credentialsVersion: 1,
  });
  log('pool misses, one at a time…');
  const miss = await missCost(
    config,
    clones.slice(0, 21).map((c) => info(c, 'miss')),
  );
  // BENCH_PROFILE: twenty more misses (other tenants) under the profiler.
  const missProfile = profileDir
    ? await profiled(profileDir, 'pool-miss', () =>
        missCost(
          config,
          clones.slice(21, 42).map((c) => info(c, 'miss-profiled')),
        ),
      )
    : null;
  const cyclePool = new TenantClientPool({ ...config.pool, maxClients: 50 });
  let rssFirst50 = 0;
  const checkpoints: string[] = [];
  for (let i = 0; i < CYCLED; i++) {
    const c = clones[i % clones.length];
    await cyclePool.withClient(
      { id: `cycle-${i}`, databaseUrl: c.url, provider: 'postgres', credentialsVersion: 1 },
      (db) => db.musician.count(),
    );
    if ([49, 499, 999, 1499].includes(i)) {
      gc();
      const rss = process.memoryUsage().rss;
      if (i === 49) rssFirst50 = rss;
      checkpoints.push(`${i + 1}: ${mb(rss)}`);
    }
  }
  await new Promise((r) => setTimeout(r, 200));
  gc();
  const rssAfter = process.memoryUsage().rss;
  checkpoints.push(`${CYCLED}: ${mb(rssAfter)}`);
  const cycleStats = cyclePool.stats();
  await cyclePool.close();

  // 5. One new migration on 100 tenants.
  log(`migrating ${MIGRATED} tenants with one new migration…`);
  const prismaDir = mkdtempSync(join(tmpdir(), 'tutti-bench-prisma-'));
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
  const set = await source.load();
  const targets = await Promise.all(
    clones.slice(0, MIGRATED).map(async (c) => (await orchestras.findById(c.id))!),
  );
  const migStarted = performance.now();
  let cursor = 0;
  let migFailed = 0;
  await Promise.all(
    Array.from({ length: config.migrationConcurrency }, async () => {
      while (cursor < targets.length) {
        const o = await migrator.migrateOne(targets[cursor++], set);
        if (o.status === 'failed') migFailed++;
      }
    }),
  );
  const migrateMs = performance.now() - migStarted;

  log('the Neon adapter over a WebSocket proxy against the pg adapter…');
  const neonDriver = await neonDriverBench(serverUrl, log);

  await app.close();
  await stopServer();

  const row = (name: string, value: string, against: string, ratio: string) =>
    `| ${name} | ${value} | ${against} | ${ratio} |`;
  const fmt = (l: Load) =>
    `${l.rps.toFixed(0)} req/s, p50 ${l.p50.toFixed(2)} ms, p99 ${l.p99.toFixed(2)} ms` +
    (l.nodeUsPerReq === undefined
      ? ''
      : `; CPU per request: Node ${l.nodeUsPerReq.toFixed(0)} µs (load generator included), PostgreSQL ${l.pgUsPerReq!.toFixed(0)} µs`);
  const lines = [
    `Tutti benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${CONCURRENCY} concurrent, ${LOAD_MS / 1000} s per run, best of 3`,
    '',
    '| measure | Tutti | baseline | ratio |',
    '| --- | --- | --- | --- |',
    row(
      'authenticated tenant read through the gateway (1 tenant)',
      fmt(gateway),
      `bare node:http + pg Pool, same two statements: ${fmt(bareRead)}`,
      `${(gateway.rps / bareRead.rps).toFixed(2)} (throughput; goal ≥ 0.35)`,
    ),
    row(
      'authenticated tenant read through the gateway (1 tenant)',
      fmt(gateway),
      `plain NestJS route, one PrismaClient: ${fmt(baseline)}`,
      `${(gateway.rps / baseline.rps).toFixed(2)} (throughput; goal ≥ 0.95)`,
    ),
    row(
      'plain NestJS route on the Fastify adapter (validation pipes only)',
      fmt(onFastifyBest),
      `the same on the Express adapter: ${fmt(onExpressBest)}`,
      `${(onFastifyBest.rps / onExpressBest.rps).toFixed(2)} (throughput); CPU/request ${(onFastifyBest.nodeUsPerReq! / onExpressBest.nodeUsPerReq!).toFixed(2)}`,
    ),
    row(
      `same read over ${TENANTS} tenants, 50-client pool`,
      `${fmt(spread)}; hits ${spreadStats.hits}, misses ${spreadStats.misses}, peak ${spreadStats.peakOpenClients} clients`,
      `1 tenant: ${gateway.rps.toFixed(0)} req/s`,
      `${(spread.rps / gateway.rps).toFixed(2)}`,
    ),
    row(
      `RSS per open tenant client (${perClient.clients} opened and kept)`,
      `${perClient.mbPerClient.toFixed(1)} MB RSS (JS heap + external: ${perClient.heapMbPerClient.toFixed(1)} MB)`,
      `before: ${mb(perClient.before)}, after: ${mb(perClient.after)}`,
      `goal ≤ 5 MB (TENANT_POOL_MEMORY_MB divides by 5)`,
    ),
    row(
      `cost of one pool miss (${miss.misses} misses one at a time, the read included)`,
      `Node ${miss.nodeMsPerMiss.toFixed(1)} ms + PostgreSQL ${miss.pgMsPerMiss.toFixed(1)} ms CPU; ${miss.connectionsPerMiss.toFixed(1)} connection(s) per miss`,
      `the same read on an open client: Node ${miss.hitNodeMs.toFixed(2)} ms + PostgreSQL ${miss.hitPgMs.toFixed(2)} ms`,
      `Node part goal ≤ 10 ms`,
    ),
    row(
      'sweep for lost timers with 1,000 idle tenants (median of 5)',
      `${median(sweepMs).toFixed(1)} ms; tenant connections opened: ${sweepTenantConnections}`,
      'goal: ≤ 50 ms, 0 connections',
      median(sweepMs) <= 50 && sweepTenantConnections === 0 ? 'met' : 'NOT met',
    ),
    row(
      `RSS after cycling ${CYCLED} tenant clients through a 50-client pool`,
      mb(rssAfter),
      `after the first 50: ${mb(rssFirst50)}`,
      `${(rssAfter / rssFirst50).toFixed(2)} (evictions ${cycleStats.evictions}, peak ${cycleStats.peakOpenClients})`,
    ),
    row(
      'provision one tenant (median of 5)',
      `${median(provisionMs).toFixed(0)} ms`,
      `min ${Math.min(...provisionMs).toFixed(0)} ms, max ${Math.max(...provisionMs).toFixed(0)} ms`,
      '—',
    ),
    row(
      'dispatch one first_come need to 500 ranked musicians (all messages simulated): 500 requests recorded, 500 emails logged and queued',
      `${engine.dispatchMs.toFixed(0)} ms`,
      `inserting 500 bare request rows in one transaction: ${engine.baselineInsertMs.toFixed(0)} ms`,
      `${(engine.dispatchMs / engine.baselineInsertMs).toFixed(1)}x`,
    ),
    row(
      `${engine.answers} concurrent answers (POST /r/:token) on one need of ${engine.quantity} places`,
      `${engine.answersPerSecond.toFixed(0)} answers/s; accepted afterwards: ${engine.accepted} (must be ${engine.quantity})`,
      `${engine.answers} concurrent single-row UPDATEs: ${engine.baselineUpdatesPerSecond.toFixed(0)}/s`,
      `${(engine.answersPerSecond / engine.baselineUpdatesPerSecond).toFixed(2)}`,
    ),
    row(
      `migrate ${MIGRATED} tenants, one new migration (concurrency ${config.migrationConcurrency})`,
      `${(migrateMs / 1000).toFixed(2)} s`,
      `${(migrateMs / MIGRATED).toFixed(0)} ms per tenant`,
      migFailed ? `${migFailed} FAILED` : 'all migrated',
    ),
    row(
      `move one tenant (${moved.tables} tables, ${moved.rows} rows) to another database server entry on the same PostgreSQL: maintenance, copy, verify, switch, drop (no settling wait)`,
      `${moved.moveMs.toFixed(0)} ms (${((moved.rows / moved.moveMs) * 1000).toFixed(0)} rows/s); Node CPU ${moved.nodeCpuMs.toFixed(0)} ms`,
      `PostgreSQL copying the same database itself (CREATE DATABASE … TEMPLATE): ${moved.templateMs.toFixed(0)} ms`,
      `${(moved.moveMs / moved.templateMs).toFixed(1)}x`,
    ),
    row(
      `tenant read (findMany, 20 rows) through Prisma's Neon adapter: @neondatabase/serverless over ws through a local stand-in of Neon's WebSocket proxy (${neonDriver.queries} queries, ${neonDriver.concurrency} at once)`,
      `${neonDriver.neon.qps.toFixed(0)} queries/s; Node CPU ${neonDriver.neon.nodeUsPerQuery.toFixed(0)} µs per query`,
      `the pg adapter over TCP: ${neonDriver.pg.qps.toFixed(0)} queries/s; ${neonDriver.pg.nodeUsPerQuery.toFixed(0)} µs per query`,
      `${(neonDriver.neon.qps / neonDriver.pg.qps).toFixed(2)} (throughput); CPU/query ${(neonDriver.neon.nodeUsPerQuery / neonDriver.pg.nodeUsPerQuery).toFixed(2)}`,
    ),
    ...(web ? webRows(web, row) : []),
    '',
    `RSS while cycling clients: ${checkpoints.join(', ')}`,
    `errors: gateway ${gateway.errors}, baseline ${baseline.errors}, spread ${spread.errors}, express ${onExpressBest.errors}, fastify ${onFastifyBest.errors}`,
    ...(gatewayProfile
      ? [
          '',
          `CPU profile of one gateway read run (${profileDir}/gateway-read.cpuprofile), self time, share of busy samples:`,
          `by origin: ${gatewayProfile.byOrigin.join('; ')}`,
          'by function:',
          ...gatewayProfile.byFunction.map((f) => `  ${f}`),
        ]
      : []),
    ...profileLines(
      missProfile,
      `twenty pool misses, one at a time (${profileDir}/pool-miss.cpuprofile)`,
    ),
    ...profileLines(
      engine.answersProfile,
      `a second round of ${engine.answers} answers on a new need (${profileDir}/answers.cpuprofile)`,
    ),
  ];
  console.log(lines.join('\n'));
}

function profileLines(
  p: { byOrigin: string[]; byFunction: string[] } | null | undefined,
  what: string,
): string[] {
  if (!p) return [];
  return [
    '',
    `CPU profile of ${what}, self time, share of busy samples:`,
    `by origin: ${p.byOrigin.join('; ')}`,
    'by function:',
    ...p.byFunction.map((f) => `  ${f}`),
  ];
}

/** fetch() may not set Host; the gateway routes on it. */
function postForm(
  port: number,
  host: string,
  path: string,
  body: string,
  agent: http.Agent,
): Promise<number> {
  return new Promise((resolvePost, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          host,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolvePost(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function engineBench(
  app: INestApplication,
  orchestras: OrchestrasRepository,
  secrets: SecretBox,
  port: number,
  serverUrl: string,
  profileDir?: string,
) {
  log('engine: provisioning a tenant with 500 ranked musicians…');
  let o = await app.get(OrchestrasAdminService).create({
    name: 'Engine',
    subdomain: 'engine',
    kind: 'orchestra',
    plan: 'large',
    contactName: 'E',
    contactEmail: 'e@bench.example',
  });
  while (o.status === 'provisioning') {
    await new Promise((r) => setTimeout(r, 20));
    o = (await orchestras.findById(o.id))!;
  }
  const tenant = app.get(TenantResolver).toResolved(o);
  const db = new TenantPrismaClient({
    adapter: new PrismaPg({ connectionString: secrets.decrypt(o.databaseUrlEncrypted!), max: 4 }),
  });
  const position = (await db.position.findFirst({ where: { name: 'Tutti violin 2' } }))!;
  async function rankedNeed(n: number, quantity: number, tag: string) {
    await db.musician.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        firstName: `F${i}`,
        lastName: tag,
        email: `${tag}${i}@engine.example`,
        phone: `+4671${{ d: 1, a: 2, b: 3 }[tag] ?? 4}${String(i).padStart(6, '0')}`,
      })),
    });
    const ms = await db.musician.findMany({ where: { lastName: tag }, orderBy: { id: 'asc' } });
    await db.musicianQualification.createMany({
      data: ms.map((m) => ({ musicianId: m.id, positionId: position.id })),
    });
    const list = await db.rankingList.create({
      data: { positionId: position.id, listType: tag.toUpperCase() },
    });
    await db.ranking.createMany({
      data: ms.map((m, i) => ({ listId: list.id, musicianId: m.id, rank: i + 1 })),
    });
    const project = await db.project.create({
      data: { name: `Bench ${tag}`, startDate: new Date('2027-03-08'), weekNumber: 10 },
    });
    return db.projectNeed.create({
      data: {
        projectId: project.id,
        positionId: position.id,
        quantity,
        rankingListId: list.id,
        requestStrategy: 'first_come',
        status: 'active',
      },
    });
  }
  const runner = app.get(TenantJobRunner);
  const dispatch = app.get(DispatchNeed);

  // Baseline: the bare inserts of 500 request rows, one transaction.
  const scratch = await rankedNeed(500, 3, 'd');
  const ids = (await db.musician.findMany({ where: { lastName: 'd' }, select: { id: true } })).map(
    (m) => m.id,
  );
  let started = performance.now();
  await db.$transaction(async (tx) => {
    for (const id of ids)
      await tx.request.create({
        data: {
          projectNeedId: scratch.id,
          musicianId: id,
          deadlineAt: new Date(Date.now() + 86400_000),
        },
      });
  });
  const baselineInsertMs = performance.now() - started;
  await db.request.deleteMany({ where: { projectNeedId: scratch.id } });

  started = performance.now();
  const created = await runner.run(tenant.id, () => dispatch.execute(scratch.id));
  const dispatchMs = performance.now() - started;
  if (created?.length !== 500) throw new Error(`dispatch created ${created?.length} requests`);

  // 200 answers at once on a need of 20 places; tokens come from the simulated messages.
  const answers = 200;
  const quantity = 20;
  async function answerRound(tag: string) {
    const need = await rankedNeed(answers, quantity, tag);
    await runner.run(tenant.id, () => dispatch.execute(need.id));
    log('engine: waiting for the simulated request emails…');
    let tokens: string[] = [];
    for (let i = 0; i < 600 && tokens.length < answers; i++) {
      const rows = await db.communicationLog.findMany({
        where: {
          type: 'request',
          channel: 'email',
          status: 'simulated',
          request: { projectNeedId: need.id },
        },
        select: { body: true },
      });
      tokens = rows
        .map((r) => /\/r\/([A-Za-z0-9_-]{43})/.exec(r.body)?.[1])
        .filter((x): x is string => !!x);
      if (tokens.length < answers) await new Promise((r) => setTimeout(r, 100));
    }
    const post = async () => {
      const started = performance.now();
      const agent = new http.Agent({ keepAlive: true, maxSockets: answers });
      const statuses = await Promise.all(
        tokens.map((tk) => postForm(port, `engine.${BASE}`, `/r/${tk}`, 'answer=accept', agent)),
      );
      agent.destroy();
      if (statuses.some((s) => s !== 200 && s !== 409))
        throw new Error(`unexpected answer statuses: ${[...new Set(statuses)].join(', ')}`);
      return tokens.length / ((performance.now() - started) / 1000);
    };
    return { need, tokens, post };
  }
  const round = await answerRound('a');
  const need = round.need;
  const tokens = round.tokens;
  const answersPerSecond = await round.post();
  const accepted = await db.request.count({
    where: { projectNeedId: need.id, status: 'accepted' },
  });

  const rowIds = (
    await db.request.findMany({
      where: { projectNeedId: scratch.id },
      select: { id: true },
      take: answers,
    })
  ).map((r) => r.id);
  started = performance.now();
  await Promise.all(
    rowIds.map((id) => db.$executeRaw`UPDATE "Request" SET "respondedAt" = now() WHERE id = ${id}`),
  );
  const baselineUpdatesPerSecond = rowIds.length / ((performance.now() - started) / 1000);
  const second = profileDir ? await answerRound('b') : null;
  const answersProfile = second
    ? await profiled(profileDir!, 'answers', () => second.post())
    : null;
  await db.$disconnect();
  void serverUrl;
  return {
    dispatchMs,
    baselineInsertMs,
    answers: tokens.length,
    quantity,
    answersPerSecond,
    accepted,
    baselineUpdatesPerSecond,
    answersProfile,
  };
}

await main();
process.exit(0);
