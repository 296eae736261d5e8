// The application assembled from its parts; index.ts runs it as a process, tests run it in-process.
import { AppDeps } from '../context/request-context';
import { Clock, systemClock } from '../common/clock';
import { Config } from '../config/config';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open-database';
import { checkListenSetup } from '../db/pooler-check';
import { withDirectConnection } from '../db/direct-connection';
import type { DestinationStream } from 'pino';
import { createLogger } from '../observability/logger';
import { EventBus } from '../realtime/event-bus';
import { seed } from '../db/seed';
import { RunningServer, startServer } from './server';
import { ReadReplica } from '../db/read-replica';

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
  // 1. database: the configured server or an embedded PostgreSQL, and the connection pool
  const database = await openDatabase(config, {
    preparedStatements: config.preparedStatements,
    callerHandlesSignals: options.handleSignals ?? false,
    log,
  });
  const { dataSource } = database;
  let reads: ReadReplica | undefined;
  try {
    // 2. migrations (and the seed in development), once across processes
    // (behind a pooler: a LISTEN that would hear nothing is refused here, and migrations take their session-level
    // lock on DIRECT_DATABASE_URL; see README "Scaling out")
    const listenUrl = await checkListenSetup({ ...config, databaseUrl: database.url });
    const shouldSeed = options.seed ?? config.nodeEnv !== 'production';
    await withDirectConnection(dataSource, config.directDatabaseUrl, (session) =>
      migrate(session, async () => {
        if (shouldSeed && (await seed(session, config.bcryptRounds))) log('Loaded seed data');
      }),
    );
    // 3. dependencies
    const deps: AppDeps = { config, dataSource, clock: options.clock ?? systemClock, logger };
    // (the read replica for heavy reads, when READ_DATABASE_URL is set; a replica that is down does not stop start-up)
    if (config.readDatabaseUrl) {
      reads = new ReadReplica(dataSource, config.readDatabaseUrl, logger, {
        maxLagMs: config.readReplicaMaxLagMs,
      });
      deps.reads = reads;
      await reads.start();
    }
    // 4. event bus: read the event log when any process raises an event
    const bus = new EventBus(listenUrl, deps);
    await bus.start();
    // 5. HTTP, Apollo and WebSocket
    const server = await startServer(deps, { bus });
    return {
      deps,
      server,
      bus,
      stop: async () => {
        await server.stop();
        logger.info('HTTP and WebSocket closed');
        await bus.stop();
        await deps.reads?.stop();
        await database.close();
        logger.info('Database connections closed');
        if (database.embedded) logger.info('Embedded PostgreSQL stopped');
      },
    };
  } catch (error) {
    await reads?.stop();
    await database.close();
    throw error;
  }
}
