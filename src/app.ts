// The application assembled from its parts; index.ts runs it as a process, tests run it in-process.
import { AppDeps } from './auth/context';
import { Clock, systemClock } from './clock';
import { Config } from './config';
import {
  createDataSource,
  EmbeddedDatabase,
  ensureDatabase,
  migrate,
  startEmbeddedPostgres,
  withDatabase,
} from './database';
import type { DestinationStream } from 'pino';
import { createLogger } from './logger';
import { EventBus } from './realtime/event-bus';
import { seed } from './seed';
import { RunningServer, startServer } from './server';

export interface App {
  deps: AppDeps;
  server: RunningServer;
  bus: EventBus;
  /** Stops in order: HTTP and WebSocket, then the pool, then the embedded PostgreSQL. */
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Load seed data when the database has no users. Default: outside production. */
  seed?: boolean;
  /** The process entry handles SIGINT/SIGTERM (graceful shutdown); embedded PostgreSQL must not exit first. */
  handleSignals?: boolean;
  /** Where log lines go. Default standard output. */
  logDestination?: DestinationStream;
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  const logger = createLogger(config, options.logDestination);
  const log = (message: string) => logger.info(message);
  // 1. database server: the configured one, or an embedded PostgreSQL
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    log(`Starting embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres(config.dataDir, {
      port: config.embeddedPostgresPort,
      callerHandlesSignals: options.handleSignals ?? false,
    });
    await ensureDatabase(embedded.url, 'packmeal');
    databaseUrl = withDatabase(embedded.url, 'packmeal');
  }
  try {
    // 2. connection pool
    const dataSource = createDataSource(databaseUrl, { preparedStatements: config.preparedStatements });
    await dataSource.initialize();
    // 3. migrations (and the seed in development), once across processes
    const shouldSeed = options.seed ?? config.nodeEnv !== 'production';
    await migrate(dataSource, async () => {
      if (shouldSeed && (await seed(dataSource, config.bcryptRounds))) log('Loaded seed data');
    });
    // 4. dependencies
    const deps: AppDeps = { config, dataSource, clock: options.clock ?? systemClock, logger };
    // 5. event bus: read the event log when any process raises an event
    const bus = new EventBus(databaseUrl, deps);
    await bus.start();
    const server = await startServer(deps, { bus });
    return {
      deps,
      server,
      bus,
      stop: async () => {
        await server.stop();
        logger.info('HTTP and WebSocket closed');
        await bus.stop();
        if (dataSource.isInitialized) await dataSource.destroy();
        logger.info('Database connections closed');
        await embedded?.stop();
        if (embedded) logger.info('Embedded PostgreSQL stopped');
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
