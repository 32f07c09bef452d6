import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '#tutti/embedded-db';

export interface SecondServer {
  /** A superuser URL to its `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Another real PostgreSQL server, on its own port, for tests of placement and moves between
 * servers: an embedded one, thrown away at stop.
 */
export async function startSecondServer(): Promise<SecondServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tutti-second-'));
  chmodSync(dir, 0o755); // as root, the server runs as another user that must reach it
  const server = await startEmbeddedPostgres({
    dataDir: join(dir, 'pg'),
    persistent: false,
    throwaway: true,
  });
  return {
    adminUrl: server.adminUrl,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
