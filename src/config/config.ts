// Every environment variable is read and validated here, once; a wrong value stops start-up with a clear message.
import { developmentSecret } from './dev-secrets';
import { spareCores } from '../common/slots';

export type NodeEnv = 'development' | 'production' | 'test';

export interface Config {
  /** HTTP and WebSocket port. Default 3000; 0 picks a free port (tests). */
  port: number;
  /** Address to listen on. Default 127.0.0.1 (this machine only); 0.0.0.0 in production. */
  host: string;
  /** PostgreSQL URL. Unset: an embedded PostgreSQL is started under `dataDir`. Required in production. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its files. Default `./.data`; kept across restarts. */
  dataDir: string;
  /** Port of the embedded PostgreSQL (on 127.0.0.1). Default 0: a free port at every start. */
  embeddedPostgresPort: number;
  /**
   * How many frequent statement texts a process runs as prepared statements (src/db/statements.ts). Default 32; 0 runs
   * every statement unnamed (PgBouncer in transaction mode before 1.21 cannot keep prepared statements).
   */
  preparedStatements: number;
  /**
   * A direct session connection to PostgreSQL itself (DIRECT_DATABASE_URL), for what a transaction pooler cannot
   * carry: the event listener's LISTEN connection and the migrations' advisory lock. Default: DATABASE_URL.
   */
  directDatabaseUrl: string | undefined;
  /**
   * What DATABASE_URL points at (DATABASE_POOL_MODE): `session` (PostgreSQL itself or a session pooler, the default)
   * or `transaction` (PgBouncer in transaction mode: DIRECT_DATABASE_URL is then required, and PREPARED_STATEMENTS
   * defaults to 0 because PgBouncer before 1.21 cannot keep named prepared statements).
   */
  databasePoolMode: 'session' | 'transaction';
  /**
   * A streaming replica for heavy reads (READ_DATABASE_URL): reports, exports and the audit trail read from it.
   * Default unset: everything reads from DATABASE_URL.
   */
  readDatabaseUrl: string | undefined;
  /** Furthest the replica may lag before heavy reads go to the primary (READ_REPLICA_MAX_LAG_MS). Default 5000. */
  readReplicaMaxLagMs: number;
  /** This process's number under PM2 (NODE_APP_INSTANCE, set by PM2): the `instance` of log lines and metrics. */
  instance: string | undefined;
  /**
   * When set, each process also serves GET /api/metrics alone on METRICS_PORT + its instance number (HOST), so
   * Prometheus can scrape every PM2 worker. Default unset.
   */
  metricsPort: number | undefined;
  /**
   * Seconds during which a just-rotated refresh token, presented again (two tabs refreshing at once), gets the same
   * successor instead of revoking its family. Default 10; 0 treats every reuse as theft.
   */
  refreshReuseGraceSeconds: number;
  /** development (default), production or test. Production refuses default secrets and hides internals. */
  nodeEnv: NodeEnv;
  /** HS256 secret for access tokens. Required in production. */
  jwtSecret: string;
  /** Access token lifetime, a jsonwebtoken duration ("15m", "1h", "900"). Default 15m. */
  jwtExpiresIn: string;
  /** Secret for refresh tokens. Required in production, and different from jwtSecret. */
  jwtRefreshSecret: string;
  /** Refresh token lifetime. Default 7d. */
  jwtRefreshExpiresIn: string;
  /** Origins allowed by CORS (credentials included). Default http://localhost:3000,http://localhost:5173. */
  corsOrigins: string[];
  /** Time zone of business dates. Default Asia/Jakarta; an unknown zone stops start-up. */
  appTimezone: string;
  /** bcrypt cost. Default 10; below 10 stops start-up. */
  bcryptRounds: number;
  /** Public base URL of export links. Required in production; default http://localhost:PORT. Never the Host header. */
  publicUrl: string | undefined;
  /** Enables introspection in production. Default false (always on outside production). */
  introspection: boolean;
  /** Serves GraphiQL (ruru, offline) on GET /graphql. Default on outside production; GRAPHIQL=true enables it there. */
  graphiql: boolean;
  /**
   * When set, GET /api/metrics requires `Authorization: Bearer <METRICS_TOKEN>`. Unset: open outside production,
   * refused (403) in production.
   */
  metricsToken: string | undefined;
  /** Largest accepted request body. Default 100kb (a bytes-parser size string). */
  bodyLimit: string;
  /** Query limits (HTTP and WebSocket alike): depth 10, graphql-armor cost 5000, 15 aliases, 3000 tokens. */
  queryLimits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number };
  /**
   * Days an order event stays in the event log (EVENT_RETENTION_DAYS). Default 7. A cursor whose next event is older
   * is refused with RESYNC_REQUIRED; older events are pruned. Not a positive integer: start-up stops.
   */
  eventRetentionDays: number;
  /**
   * Most events a client may be behind when it resumes with `after` (EVENT_REPLAY_LIMIT). Default 1000; further
   * behind is RESYNC_REQUIRED (reloading the lists is cheaper than replaying). Not a positive integer: start-up stops.
   */
  eventReplayLimit: number;
  /** pino level: fatal, error, warn, info, debug, trace or silent. Default info (silent under NODE_ENV=test). */
  logLevel: string;
  /** Logins (and password changes) allowed to wait for a password hash; more get TOO_MANY_REQUESTS. Default 100. */
  loginQueueLimit: number;
  /** Export downloads generated at once per process; more get 429 TOO_MANY_REQUESTS. Default 4. */
  exportConcurrency: number;
  /**
   * PDF layout threads per process (PDF_THREADS). Default: one fewer than the CPUs, at least one, so that layout
   * never takes the core the event loop answers on; further PDF downloads wait for a thread.
   */
  pdfThreads: number;
  /**
   * Milliseconds a stopping process gives in-flight requests, transactions and idle keep-alive connections to finish
   * (SHUTDOWN_TIMEOUT_MS). Default 10000; connections still open then are cut. Not a positive integer: start-up stops.
   */
  shutdownTimeoutMs: number;
  /**
   * Trusted documents (TRUSTED_DOCUMENTS): `off` (default) runs any document; `log` runs any document and logs and
   * counts each one no manifest holds; `enforce` runs registered documents only, by id. Another value stops start-up.
   */
  trustedDocuments: TrustedDocumentsMode;
  /**
   * A directory of persisted-document manifests (TRUSTED_DOCUMENTS_DIR), one JSON file per client and version,
   * read at start and on SIGHUP; the web app's own manifest is always registered. Default unset (only the web
   * app's). A directory that cannot be read stops start-up.
   */
  trustedDocumentsDir: string | undefined;
}

export const TRUSTED_DOCUMENTS_MODES = ['off', 'log', 'enforce'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

function trustedDocumentsMode(value: string | undefined): TrustedDocumentsMode {
  const mode = value || 'off';
  if (!(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(mode))
    throw new ConfigError(`TRUSTED_DOCUMENTS must be off, log or enforce (got "${value}")`);
  return mode as TrustedDocumentsMode;
}

const EXAMPLE_SECRETS = new Set(['change-me', 'changeme', 'secret', 'your-secret-key']);

/** A configuration start-up refuses; `problems` names every wrong or missing setting found (one line each). */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
  }
}

/**
 * Collects every problem of a configuration, so that one run names them all: `check` runs a reading and records
 * its ConfigError instead of stopping; `done` throws one ConfigError listing them.
 */
class Problems {
  private readonly found: string[] = [];

  check<T>(read: () => T, fallback: T): T {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.found.push(...error.problems);
      return fallback;
    }
  }

  add(problem: string): void {
    this.found.push(problem);
  }

  get count(): number {
    return this.found.length;
  }

  done(): void {
    if (this.found.length === 1) throw new ConfigError(this.found[0]);
    if (this.found.length > 1)
      throw new ConfigError(
        `${this.found.length} settings are wrong:\n${this.found.map((problem) => `  - ${problem}`).join('\n')}`,
        this.found,
      );
  }
}

/** What the database commands (migrate, seed, create-admin) need: the database, nothing else. */
export type DatabaseConfig = Pick<
  Config,
  'databaseUrl' | 'dataDir' | 'embeddedPostgresPort' | 'nodeEnv' | 'bcryptRounds' | 'logLevel'
>;

function durationSeconds(name: string, value: string): number {
  const match = /^(\d+)\s*(s|m|h|d)?$/.exec(value.trim());
  if (!match) throw new ConfigError(`${name} must be a duration like 900, 15m, 12h or 7d (got "${value}")`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[(match[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

/** Lifetime in seconds of a duration setting such as JWT_EXPIRES_IN. */
export function durationToSeconds(value: string): number {
  return durationSeconds('duration', value);
}

function integerSetting(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be an integer ${min}..${max} (got "${raw}")`);
  return value;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return integerSetting(env, name, fallback, 1, Number.MAX_SAFE_INTEGER);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(value: string | undefined, nodeEnv: NodeEnv): string {
  if (!value) return nodeEnv === 'test' ? 'silent' : 'info';
  if (!LOG_LEVELS.includes(value))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}")`);
  return value;
}

function nodeEnvOf(env: NodeJS.ProcessEnv): NodeEnv {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test (got "${env.NODE_ENV}")`);
  }
  return nodeEnv;
}

/** The database settings alone (no secrets needed): production requires DATABASE_URL and never embeds. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const problems = new Problems();
  const database = readDatabaseConfig(env, problems);
  problems.done();
  return database;
}

function readDatabaseConfig(env: NodeJS.ProcessEnv, problems: Problems): DatabaseConfig {
  const nodeEnv = problems.check(() => nodeEnvOf(env), 'development');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (!databaseUrl && nodeEnv === 'production') {
    problems.add('DATABASE_URL must be set in production (the embedded PostgreSQL is for development only)');
  }
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.add('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const bcryptRounds = Number(env.BCRYPT_ROUNDS ?? 10);
  if (!Number.isInteger(bcryptRounds) || bcryptRounds < 10 || bcryptRounds > 15) {
    problems.add(`BCRYPT_ROUNDS must be an integer 10..15 (got "${env.BCRYPT_ROUNDS}")`);
  }
  return {
    databaseUrl,
    dataDir: env.DATA_DIR || './.data',
    embeddedPostgresPort: problems.check(() => integerSetting(env, 'EMBEDDED_POSTGRES_PORT', 0, 0, 65535), 0),
    nodeEnv,
    bcryptRounds,
    logLevel: problems.check(() => logLevel(env.LOG_LEVEL, nodeEnv), 'info'),
  };
}

/**
 * Every setting, checked at once: a wrong or missing one stops start-up with a ConfigError naming all of them.
 * `secretFor` makes the development secrets (a file beside DATA_DIR); checkConfig() passes one that writes nothing.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  secretFor: (dataDir: string, name: string) => string = developmentSecret,
): Config {
  const problems = new Problems();
  const database = readDatabaseConfig(env, problems);
  const nodeEnv = database.nodeEnv;
  const production = nodeEnv === 'production';

  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.add(`PORT must be 0..65535 (got "${env.PORT}")`);

  const secret = (name: string): string => {
    const value = env[name] ?? '';
    if (production && (!value || EXAMPLE_SECRETS.has(value) || value.length < 32)) {
      problems.add(`${name} must be set to a random value of at least 32 characters in production`);
    }
    return value;
  };
  const jwtSecret = secret('JWT_SECRET');
  const jwtRefreshSecret = secret('JWT_REFRESH_SECRET');
  if (production && jwtSecret && jwtSecret === jwtRefreshSecret)
    problems.add('JWT_REFRESH_SECRET must differ from JWT_SECRET');

  const jwtExpiresIn = env.JWT_EXPIRES_IN || '15m';
  const jwtRefreshExpiresIn = env.JWT_REFRESH_EXPIRES_IN || '7d';
  problems.check(() => durationSeconds('JWT_EXPIRES_IN', jwtExpiresIn), 0);
  problems.check(() => durationSeconds('JWT_REFRESH_EXPIRES_IN', jwtRefreshExpiresIn), 0);

  const appTimezone = env.APP_TIMEZONE || 'Asia/Jakarta';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: appTimezone });
  } catch {
    problems.add(`APP_TIMEZONE is not a known IANA time zone (got "${appTimezone}")`);
  }

  const postgresUrl = (name: string): string | undefined => {
    const value = env[name] || undefined;
    if (value && !/^postgres(ql)?:\/\//.test(value)) {
      problems.add(`${name} must start with postgres:// or postgresql://`);
      return undefined;
    }
    return value;
  };
  const directDatabaseUrl = postgresUrl('DIRECT_DATABASE_URL');
  const readDatabaseUrl = postgresUrl('READ_DATABASE_URL');
  const databasePoolMode = env.DATABASE_POOL_MODE || 'session';
  if (databasePoolMode !== 'session' && databasePoolMode !== 'transaction')
    problems.add(`DATABASE_POOL_MODE must be session or transaction (got "${databasePoolMode}")`);
  if (databasePoolMode === 'transaction' && !directDatabaseUrl)
    problems.add(
      'DATABASE_POOL_MODE=transaction needs DIRECT_DATABASE_URL: LISTEN and the migration lock need a session connection to PostgreSQL itself',
    );

  const publicUrl = env.PUBLIC_URL || undefined;
  if (publicUrl && !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(publicUrl))
    problems.add(`PUBLIC_URL must be an http(s) URL such as https://meals.example.com (got "${publicUrl}")`);
  if (production && !publicUrl)
    problems.add('PUBLIC_URL must be set in production: export links are built from it');

  const integer = (name: string, fallback: number, min: number, max: number) =>
    problems.check(() => integerSetting(env, name, fallback, min, max), fallback);
  const positive = (name: string, fallback: number) =>
    problems.check(() => positiveInt(env, name, fallback), fallback);

  const config: Config = {
    ...database,
    port,
    host: env.HOST || (production ? '0.0.0.0' : '127.0.0.1'),
    refreshReuseGraceSeconds: integer('REFRESH_REUSE_GRACE_SECONDS', 10, 0, 3600),
    preparedStatements: integer('PREPARED_STATEMENTS', databasePoolMode === 'transaction' ? 0 : 32, 0, 1000),
    directDatabaseUrl,
    databasePoolMode: databasePoolMode === 'transaction' ? 'transaction' : 'session',
    readDatabaseUrl,
    readReplicaMaxLagMs: integer('READ_REPLICA_MAX_LAG_MS', 5000, 0, 3_600_000),
    instance: env.NODE_APP_INSTANCE || undefined,
    metricsPort: env.METRICS_PORT ? integer('METRICS_PORT', 0, 1, 65535) : undefined,
    jwtSecret,
    jwtExpiresIn,
    jwtRefreshSecret,
    jwtRefreshExpiresIn,
    corsOrigins: (env.CORS_ORIGIN || 'http://localhost:3000,http://localhost:5173')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    appTimezone,
    publicUrl,
    introspection: !production || env.GRAPHQL_INTROSPECTION === 'true',
    graphiql: !production || env.GRAPHIQL === 'true',
    metricsToken: env.METRICS_TOKEN || undefined,
    bodyLimit: env.BODY_LIMIT || '100kb',
    eventRetentionDays: positive('EVENT_RETENTION_DAYS', 7),
    eventReplayLimit: positive('EVENT_REPLAY_LIMIT', 1000),
    queryLimits: {
      maxDepth: positive('QUERY_MAX_DEPTH', 10),
      maxCost: positive('QUERY_MAX_COST', 5000),
      maxAliases: positive('QUERY_MAX_ALIASES', 15),
      maxTokens: positive('QUERY_MAX_TOKENS', 3000),
    },
    loginQueueLimit: positive('LOGIN_QUEUE_LIMIT', 100),
    exportConcurrency: positive('EXPORT_CONCURRENCY', 4),
    pdfThreads: positive('PDF_THREADS', spareCores()),
    shutdownTimeoutMs: positive('SHUTDOWN_TIMEOUT_MS', 10_000),
    trustedDocuments: problems.check(() => trustedDocumentsMode(env.TRUSTED_DOCUMENTS), 'off'),
    trustedDocumentsDir: env.TRUSTED_DOCUMENTS_DIR || undefined,
  };
  problems.done();
  // Development secrets are files beside DATA_DIR: made only once every setting is right.
  config.jwtSecret ||= secretFor(database.dataDir, 'JWT_SECRET');
  config.jwtRefreshSecret ||= secretFor(database.dataDir, 'JWT_REFRESH_SECRET');
  return config;
}

/** Checks every setting without writing anything (no development secrets): throws a ConfigError naming them all. */
export function checkConfig(env: NodeJS.ProcessEnv = process.env): void {
  loadConfig(env, () => 'x'.repeat(32));
}
