// The embedded PostgreSQL in a process of its own, started detached (its own process group) by
// startDetachedPostgres: Ctrl-C in the terminal reaches the gateway but not the database, so
// the gateway stops its work first and then asks the database to stop, last.
import { startEmbeddedPostgres } from './embedded-postgres-server.js';

const options = JSON.parse(process.env.TUTTI_EMBEDDED_OPTIONS ?? '{}') as {
  dataDir: string;
  port?: number;
};
const server = await startEmbeddedPostgres({ ...options, persistent: true });
let stopping: Promise<void> | undefined;
const stop = () => {
  stopping ??= server.stop().finally(() => process.exit(0));
  return stopping;
};
process.on('message', (m) => {
  if (m === 'stop') void stop();
});
// The gateway went away without asking (a crash): do not outlive it.
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
process.send?.({ ready: true, adminUrl: server.adminUrl });
