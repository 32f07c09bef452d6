export type { MigrationSet, SchemaKind } from './migration-set.js';
export { defaultPrismaDir, latestMigration, loadMigrationSet } from './migration-set.js';
export { applyMigrations, createMigration } from './migrator.js';
