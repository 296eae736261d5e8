// One way to reach the database, for the application and the command-line tools alike: the configured server, or
// an embedded PostgreSQL under DATA_DIR; then the pool. Migrations are the caller's next step (migrate.ts).
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { createDataSource, ensureDatabase, withDatabase } from './data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

/** The name of the application's database on an embedded PostgreSQL. */
const EMBEDDED_DATABASE = 'packmeal';

export interface OpenDatabase {
  /** The initialised pool. */
  dataSource: DataSource;
  /** The database's URL (the event bus opens its listening connection on it). */
  url: string;
  /** The embedded PostgreSQL, or null with DATABASE_URL. */
  embedded: EmbeddedDatabase | null;
  /** Closes the pool, then stops the embedded PostgreSQL (if any). */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Pool size. Default 20 (the TypeORM default of this project). */
  poolSize?: number;
  /** Statement texts prepared per process (PREPARED_STATEMENTS). Default 32. */
  preparedStatements?: number;
  /** The process entry handles SIGINT/SIGTERM itself, so the embedded PostgreSQL must not stop first. */
  callerHandlesSignals?: boolean;
  /** Progress messages (starting the embedded PostgreSQL). */
  log?: (message: string) => void;
}

/** Starts the embedded PostgreSQL when `config.databaseUrl` is unset, then opens the pool; undoes both on failure. */
export async function openDatabase(
  config: Pick<DatabaseConfig, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
  options: OpenDatabaseOptions = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    options.log?.(`Starting embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres(config.dataDir, {
      port: config.embeddedPostgresPort,
      callerHandlesSignals: options.callerHandlesSignals ?? false,
    });
    try {
      await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
    url = withDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  const dataSource = createDataSource(url, {
    poolSize: options.poolSize,
    preparedStatements: options.preparedStatements,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const running = embedded;
  return {
    dataSource,
    url,
    embedded: running,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await running?.stop();
    },
  };
}
