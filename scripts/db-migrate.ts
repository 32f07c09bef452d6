// npm run db:migrate: applies the control-plane migrations to DATABASE_URL (or the embedded database).
import { applyMigrations, loadMigrationSet } from '#tutti/migrations';
import { prepareRuntime } from '#tutti/runtime';

const runtime = await prepareRuntime((l) => console.error(l));
try {
  const applied = await applyMigrations(
    process.env.DATABASE_URL!,
    await loadMigrationSet('control'),
  );
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'control plane is up to date');
} finally {
  await runtime.stop();
}
process.exit(0);
