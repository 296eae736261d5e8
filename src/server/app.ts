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
  /**
   * Stops in order: no new connections, every request and operation in flight finished (SHUTDOWN_TIMEOUT_MS at
   * most), WebSockets closed with 1001; then the event bus, the pool, the embedded PostgreSQL.
   */
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

/**
 * Employees order per shift and belong to a department: until both exist (a new production database after
 * `migrate` and `create-admin`), nobody can order. Said at every start until an administrator creates them.
 */
async function warnWithoutMasterData(deps: AppDeps): Promise<void> {
  const [counts] = (await deps.dataSource.query(
    'SELECT (SELECT count(*) FROM master_shift)::int AS shifts, (SELECT count(*) FROM master_department)::int AS departments',
  )) as { shifts: number; departments: number }[];
  const missing = [counts.shifts === 0 && 'shifts', counts.departments === 0 && 'departments'].filter(
    Boolean,
  );
  if (missing.length === 0) return;
  deps.logger.warn(
    { missing },
    `No ${missing.join(' and no ')} yet: nobody can order until an administrator creates them ` +
      '(web app: sign in as an administrator, Data master at /admin/master; README, Production checklist)',
  );
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
    // 3. dependencies; a database nobody can order on yet says so
    const deps: AppDeps = { config, dataSource, clock: options.clock ?? systemClock, logger };
    // (the read replica for heavy reads, when READ_DATABASE_URL is set; a replica that is down does not stop start-up)
    if (config.readDatabaseUrl) {
      reads = new ReadReplica(dataSource, config.readDatabaseUrl, logger, {
        maxLagMs: config.readReplicaMaxLagMs,
      });
      deps.reads = reads;
      await reads.start();
    }
    await warnWithoutMasterData(deps);
    // 4. event bus: read the event log when any process raises an event
    const bus = new EventBus(listenUrl, deps);
    await bus.start();
    // 5. HTTP, Apollo and WebSocket
    const server = await startServer(deps, { bus });
    let stopping: Promise<void> | null = null;
    return {
      deps,
      server,
      bus,
      // A second call (SIGINT after SIGTERM, a test's dispose) waits for the first stop.
      stop: () => (stopping ??= stopInOrder()),
    };
    async function stopInOrder(): Promise<void> {
      logger.info('Stopping: no new connections; requests and operations in flight finish first');
      const outcome = await server.stop();
      if (outcome.cutConnections > 0 || outcome.unfinishedOperations > 0)
        logger.warn(
          outcome,
          `SHUTDOWN_TIMEOUT_MS (${config.shutdownTimeoutMs} ms) passed: ${outcome.cutConnections} connections cut, ${outcome.unfinishedOperations} operations unfinished`,
        );
      logger.info('HTTP and WebSocket closed: every request in flight has finished');
      await bus.stop();
      await deps.reads?.stop();
      await database.close();
      logger.info('Database connections closed');
      if (database.embedded) logger.info('Embedded PostgreSQL stopped');
    }
  } catch (error) {
    await reads?.stop();
    await database.close();
    throw error;
  }
}
