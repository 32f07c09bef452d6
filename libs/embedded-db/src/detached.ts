import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { assertServerCanReach } from './access-check.js';
import type { EmbeddedServer } from './embedded-postgres-server.js';

/**
 * Starts the embedded server in a detached process (see server-process.ts) and resolves once
 * it accepts connections. stop() asks it to shut down and waits until it has.
 */
export async function startDetachedPostgres(options: {
  dataDir: string;
  port?: number;
}): Promise<EmbeddedServer> {
  assertServerCanReach(options.dataDir);
  const child = fork(fileURLToPath(new URL('./server-process.js', import.meta.url)), [], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, TUTTI_EMBEDDED_OPTIONS: JSON.stringify(options) },
  });
  const adminUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { ready?: boolean; adminUrl?: string }) =>
      m.ready && m.adminUrl
        ? resolve(m.adminUrl)
        : reject(new Error('The embedded PostgreSQL did not start')),
    );
    child.once('exit', (code) => reject(new Error(`The embedded PostgreSQL exited (${code})`)));
  });
  const urlFor = (database: string) => {
    const u = new URL(adminUrl);
    u.pathname = `/${encodeURIComponent(database)}`;
    return u.toString();
  };
  return {
    adminUrl,
    urlFor,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}
