import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';
import { parse } from 'pg-connection-string';

// Node's WebAssembly global, typed narrowly: @types/node does not declare it.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: object } }>;
};

/**
 * Prisma's schema engine as WebAssembly, so migrations run in-process without the native
 * binary that cannot be downloaded here (docs/developing.md). Node 20 refuses the package's ESM
 * entry (it imports a .wasm file), so the module is instantiated by hand, once per process.
 */
let initialised: Promise<void> | undefined;

function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
    const bytes = await readFile(join(dir, 'schema_engine_bg.wasm'));
    // The engine arms 10-second timers it never clears; unref them so that a finished
    // migration does not keep the process (a CLI, a test worker) alive for ten seconds.
    const imports = Object.fromEntries(
      Object.entries(bg).map(([name, fn]) =>
        name.startsWith('__wbg_setTimeout') && typeof fn === 'function'
          ? [
              name,
              (...args: unknown[]) => {
                const timer = (fn as (...a: unknown[]) => { unref?: () => void } | undefined)(
                  ...args,
                );
                timer?.unref?.();
                return timer;
              },
            ]
          : [name, fn],
      ),
    );
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': imports });
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return initialised;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

interface Field {
  dataTypeID: number;
}
interface Disposable {
  dispose(): Promise<void>;
}
type Queryable = Disposable & {
  performIO(q: unknown): Promise<{ fields: Field[] }>;
  executeScript?(script: string): Promise<void>;
  underlyingDriver?(): { query(sql: string): Promise<unknown> };
  onError?(error: unknown): never;
  startTransaction?(level?: unknown): Promise<Queryable>;
};

/**
 * The schema engine describes a database through catalog queries that return `"char"` columns
 * (pg_constraint.contype...), a type adapter-pg 7.10 does not map, so every diff against a
 * database failed with "Column type 'char' could not be deserialized". Those values arrive as
 * one-letter strings anyway: report them as text. Also keeps every adapter it hands out so they
 * can be closed: freeing the engine does not, and a leftover connection keeps Prisma's
 * migration advisory lock, stalling the next run for ten seconds.
 */
function patched<T extends Queryable>(adapter: T, opened: Disposable[]): T {
  opened.push(adapter);
  const performIO = adapter.performIO.bind(adapter);
  adapter.performIO = async (q) => {
    const result = await performIO(q);
    for (const field of result.fields)
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  // adapter-pg runs a script by splitting it on every ';', which breaks function bodies and
  // comments; PostgreSQL's simple query protocol runs a whole multi-statement script as is.
  if (adapter.executeScript && adapter.underlyingDriver) {
    const driver = adapter.underlyingDriver();
    adapter.executeScript = async (script) => {
      try {
        await driver.query(script);
      } catch (error) {
        adapter.onError?.(error);
        throw error;
      }
    };
  }
  const start = adapter.startTransaction?.bind(adapter);
  if (start) adapter.startTransaction = async (level) => patched(await start(level), []);
  return adapter;
}

export interface OpenEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens an engine on one database; the caller closes it. */
export async function openSchemaEngine(
  connectionString: string,
  schema: { name: string; content: string },
): Promise<OpenEngine> {
  await initialiseWasm();
  const opened: Disposable[] = [];
  // Discrete fields, not a connection string: the adapter opens its shadow database as
  // `{ ...config, database }`, and a connection string would win over that `database`, so the
  // history would be replayed into the real database.
  const { host, port, user, password, database, ssl } = parse(connectionString);
  // Pools of our own, ended in close(): the adapters' own disposal left one open (its idle
  // connection kept the process alive for pg's 10 s idle timeout).
  const pools: pg.Pool[] = [];
  const adapterFor = (db: string | undefined) => {
    const pool = new pg.Pool({
      host: host ?? undefined,
      port: port ? Number(port) : undefined,
      user,
      password,
      database: db,
      ssl: ssl ? { rejectUnauthorized: false } : undefined,
      connectionTimeoutMillis: 10_000,
      max: 2,
    });
    pool.on('error', () => {});
    pools.push(pool);
    return new PrismaPg(pool);
  };
  const base = adapterFor(database ?? undefined);
  // The adapter's own shadow database is dropped while its pool still holds a connection
  // ("being accessed by other users"): close the shadow pool first, then drop.
  const connectToShadowDb = async () => {
    const admin = (await base.connect()) as unknown as Queryable & {
      executeScript(s: string): Promise<void>;
    };
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = (await adapterFor(name).connect()) as unknown as Queryable;
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return patched(shadow, opened);
  };
  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => patched((await base.connect()) as unknown as Queryable, opened),
    connectToShadowDb,
  };
  const Engine = (bg as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const engine = await Engine.new(
    { datamodels: [[schema.name, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory as unknown as PrismaPg),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.allSettled(opened.map((a) => a.dispose()));
      await Promise.allSettled(pools.map((p) => p.end()));
    },
  };
}
