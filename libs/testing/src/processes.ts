import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startEmbeddedPostgres } from '#tutti/embedded-db';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface RestartableServer {
  adminUrl: string;
  urlFor(database: string): string;
  /** Stops the server (fast shutdown: sessions are ended, as in a restart). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  destroy(): Promise<void>;
}

/** A real PostgreSQL server of a test's own, which the test may stop and start again. */
export async function startRestartableServer(): Promise<RestartableServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tutti-restart-'));
  chmodSync(dir, 0o755); // as root, the server runs as another user that must reach it
  const port = await freePort();
  const options = { dataDir: join(dir, 'pg'), port, persistent: true, throwaway: true };
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null =
    await startEmbeddedPostgres(options);
  const first = server;
  return {
    adminUrl: first.adminUrl,
    urlFor: (database) => first.urlFor(database),
    async stop() {
      await server?.stop();
      server = null;
    },
    async start() {
      server = await startEmbeddedPostgres(options);
    },
    async destroy() {
      await server?.stop();
      server = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RunningProcess {
  child: ChildProcess;
  /** Every line it wrote, stdout and stderr. */
  lines: string[];
  alive(): boolean;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Runs a built entry point (`dist/apps/worker/src/main.js`) as a process of its own. */
export function startProcess(script: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    child,
    lines,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () => kill('SIGTERM'),
    kill,
  };
}
