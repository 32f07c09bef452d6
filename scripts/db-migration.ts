// npm run db:migration -- <control|tenant> <name>
// Writes prisma/<kind>/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the
// committed migrations to the current schema.prisma. Needs a PostgreSQL server for the shadow
// database: DATABASE_URL's, or the embedded one.
import { createMigration, loadMigrationSet } from '#tutti/migrations';
import { prepareRuntime } from '#tutti/runtime';

const [kind, name] = process.argv.slice(2);
if ((kind !== 'control' && kind !== 'tenant') || !name) {
  console.error('usage: npm run db:migration -- <control|tenant> <name>');
  process.exit(2);
}
const runtime = await prepareRuntime((l) => console.error(l));
try {
  const created = await createMigration(
    process.env.DATABASE_URL!,
    await loadMigrationSet(kind),
    name,
  );
  console.log(
    created ? `created ${created.dir}` : 'no changes: the migrations already match the schema',
  );
} finally {
  await runtime.stop();
}
process.exit(process.exitCode ?? 0);
