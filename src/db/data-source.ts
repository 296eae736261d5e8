// The application's TypeORM DataSource (pool, entities, migrations, statement counting) and databases on a server.
import { DataSource, Logger } from 'typeorm';
import { entities } from '../entities';
import { migrations } from './migrations';
import { PreparedTexts, preparedTextsOf } from './statements';

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
  options: { poolSize?: number; console?: boolean; preparedStatements?: number } = {},
): DataSource {
  const dataSource = new DataSource({
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
  preparedTextsOf.set(dataSource, new PreparedTexts(options.preparedStatements ?? 32, 3));
  return dataSource;
}
