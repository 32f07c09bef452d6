import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import pg from 'pg';

import { withDatabase } from '#tutti/common';

export interface Runtime {
  /** Whether Tutti started its own PostgreSQL (no DATABASE_URL given). */
  embedded: boolean;
  stop(): Promise<void>;
}

const DATA_DIR = resolve(process.env.TUTTI_DATA_DIR ?? '.data');

/** Loads `.env` if present (Node 20.12+ has the parser built in); real env vars win. */
export function loadDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  const loader = (process as unknown as { loadEnvFile?: (p: string) => void }).loadEnvFile;
  loader?.(path);
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Local secrets for the zero-setup mode, made once and kept in the git-ignored data folder. */
async function localSecrets(): Promise<{ jwtSecret: string; encryptionKey: string }> {
  const file = join(DATA_DIR, 'secrets.json');
  if (existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as { jwtSecret: string; encryptionKey: string };
  const secrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    encryptionKey: randomBytes(32).toString('base64'),
  };
  await mkdir(DATA_DIR, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * With DATABASE_URL set, nothing to do. Without it, start the embedded PostgreSQL (data in
 * `.data/postgres`), create the control database, and fill in local secrets, so one command
 * runs Tutti on a machine with nothing installed.
 */
export async function prepareRuntime(log: (line: string) => void = () => {}): Promise<Runtime> {
  loadDotEnv();
  if (process.env.DATABASE_URL) return { embedded: false, stop: async () => {} };
  log(`No DATABASE_URL: starting the embedded PostgreSQL in ${join(DATA_DIR, 'postgres')}`);
  // Loaded only here: production images (DATABASE_URL set) carry no embedded server.
  const { startDetachedPostgres } = await import('#tutti/embedded-db');
  // In a process group of its own: Ctrl-C stops the gateway first, then the database.
  const server = await startDetachedPostgres({
    dataDir: join(DATA_DIR, 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
  await ensureDatabase(server.adminUrl, 'tutti_control');
  process.env.DATABASE_URL = withDatabase(server.adminUrl, 'tutti_control');
  const secrets = await localSecrets();
  process.env.JWT_SECRET ||= secrets.jwtSecret;
  process.env.TUTTI_ENCRYPTION_KEY ||= secrets.encryptionKey;
  return { embedded: true, stop: () => server.stop() };
}

export const dataDir = () => DATA_DIR;
