// Migrations at start-up: every pending one in one transaction, under an advisory lock shared by all processes.
import { DataSource, MigrationExecutor, QueryRunner } from 'typeorm';
import { classifyDatabase } from './migrations/database-contents';

/** Arbitrary key of the session-level advisory lock that serialises migrations and seeding across processes. */
const MIGRATION_LOCK_KEY = 724_001;

/**
 * Runs pending migrations (and then `afterMigrations`, e.g. the seed) under one advisory lock, so that several
 * processes starting together apply each migration exactly once.
 */
export async function migrate(dataSource: DataSource, afterMigrations?: () => Promise<void>): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await runMigrationsInOneTransaction(dataSource, runner);
    if (afterMigrations) await afterMigrations();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * `runMigrations({ transaction: 'all' })`, except that TypeORM's `migrations` table is created inside the same
 * transaction too, and that the database is classified first (empty, this server's, the original's; anything
 * else is refused before TypeORM creates its table): a refused or failed first start (e.g. adopting the
 * original's database) leaves the database exactly as it was.
 */
async function runMigrationsInOneTransaction(dataSource: DataSource, runner: QueryRunner): Promise<void> {
  const executor = new MigrationExecutor(dataSource, runner);
  executor.transaction = 'all';
  await runner.startTransaction();
  try {
    await classifyDatabase(
      runner,
      dataSource.migrations.map((migration) => migration.name ?? ''),
    );
    await executor.executePendingMigrations();
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}
