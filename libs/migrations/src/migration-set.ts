import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import type { MigrationList } from '@prisma/schema-engine-wasm';

export type SchemaKind = 'control' | 'tenant';

/** A schema and its committed migrations, read from `prisma/<kind>/`. */
export interface MigrationSet {
  kind: SchemaKind;
  schemaPath: string;
  schema: string;
  migrationsDir: string;
  /** Names of the migration folders, oldest first. */
  names: string[];
  list: MigrationList;
}

export function defaultPrismaDir(): string {
  return resolve(process.env.TUTTI_PRISMA_DIR ?? 'prisma');
}

export async function loadMigrationSet(
  kind: SchemaKind,
  options: { prismaDir?: string; migrationsDir?: string } = {},
): Promise<MigrationSet> {
  const base = join(options.prismaDir ?? defaultPrismaDir(), kind);
  const schemaPath = join(base, 'schema.prisma');
  const migrationsDir = options.migrationsDir ?? join(base, 'migrations');
  const schema = await readFile(schemaPath, 'utf8');
  const names = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: {
          tag: 'ok' as const,
          value: await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8'),
        },
      },
    })),
  );
  const lockPath = join(migrationsDir, 'migration_lock.toml');
  const lockContent = existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null;
  return {
    kind,
    schemaPath,
    schema,
    migrationsDir,
    names,
    list: {
      baseDir: migrationsDir,
      lockfile: { path: 'migration_lock.toml', content: lockContent },
      shadowDbInitScript: '',
      migrationDirectories,
    },
  };
}

export function latestMigration(set: MigrationSet): string | null {
  return set.names.at(-1) ?? null;
}
