export { applyMigrations, createMigration } from './migrator.js';
export { defaultPrismaDir, latestMigration, loadMigrationSet } from './migration-set.js';
export type { MigrationSet, SchemaKind } from './migration-set.js';
