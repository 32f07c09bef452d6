export { assertServerCanReach } from './access-check.js';
export { startDetachedPostgres } from './detached.js';
export type { EmbeddedOptions, EmbeddedServer } from './embedded-postgres-server.js';
export { startEmbeddedPostgres } from './embedded-postgres-server.js';
