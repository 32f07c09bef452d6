export type { EmbeddedOptions, EmbeddedServer } from './embedded-postgres-server.js';
export { startEmbeddedPostgres } from './embedded-postgres-server.js';
