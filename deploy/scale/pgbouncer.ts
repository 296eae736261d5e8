// A real PgBouncer (Debian's) in front of a PostgreSQL server, for the pooler tests and the topology check: its own
// directory, port and configuration; it can be restarted (same port) and stopped.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianPackage, interruptAndWait, serviceUser } from './debian';

export const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface PgBouncer {
  port: number;
  /** `url` (a PostgreSQL URL) with PgBouncer's host and port instead of the server's. */
  through(url: string): string;
  /** Stops PgBouncer (SIGINT: at once, clients are cut) and starts it again on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`PgBouncer did not listen on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Starts PgBouncer on `port` for every database of the server of `serverUrl` (whose user and password it logs in
 * with), in `poolMode`. Installs Debian's pgbouncer with apt when missing.
 */
export async function startPgBouncer(options: {
  serverUrl: string;
  port: number;
  poolMode: 'transaction' | 'session';
  poolSize?: number;
  maxClients?: number;
}): Promise<PgBouncer> {
  ensureDebianPackage(PGBOUNCER, 'pgbouncer');
  const server = new URL(options.serverUrl);
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-pgbouncer-'));
  fs.chmodSync(dir, 0o755);
  const ini = path.join(dir, 'pgbouncer.ini');
  fs.writeFileSync(
    path.join(dir, 'userlist.txt'),
    `"${user.replace(/"/g, '""')}" "${password.replace(/"/g, '""')}"\n`,
    { mode: 0o644 },
  );
  fs.writeFileSync(
    ini,
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${options.port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'userlist.txt')}`,
      `pool_mode = ${options.poolMode}`,
      `default_pool_size = ${options.poolSize ?? 20}`,
      `max_client_conn = ${options.maxClients ?? 1000}`,
      'ignore_startup_parameters = extra_float_digits,options',
      'server_reset_query =',
      'log_connections = 0',
      'log_disconnections = 0',
      `admin_users = ${user}`,
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const owner = serviceUser();
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  let child: ChildProcess | null = null;
  const start = async () => {
    const started = spawn(PGBOUNCER, [ini], { stdio: 'ignore', ...(owner ?? {}) });
    child = started;
    let exited = false;
    started.once('exit', () => (exited = true));
    await waitForPort(options.port, 10_000).catch((error: unknown) => {
      const log = fs.existsSync(path.join(dir, 'pgbouncer.log'))
        ? fs.readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8').slice(-500)
        : '';
      throw new Error(`${String(error)}${exited ? ' (it exited)' : ''}: ${log}`);
    });
  };
  const stop = async () => {
    const running = child;
    child = null;
    await interruptAndWait(running);
  };
  await start();
  return {
    port: options.port,
    through(url: string) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(options.port);
      return parsed.toString();
    },
    restart: async () => {
      await stop();
      await start();
    },
    stop: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
