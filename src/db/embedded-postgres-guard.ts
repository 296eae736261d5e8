// What must hold before the embedded PostgreSQL starts: the `postgres` user (as root) can reach its files, and no
// postmaster orphaned by a crashed server still holds the data directory.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Embedded PostgreSQL cannot start; the message is one line saying why and what to do. */
export class EmbeddedPostgresError extends Error {}

/** uid and gid of the user PostgreSQL runs as under root; null when it does not exist yet (created on first start). */
export interface PostgresUser {
  uid: number;
  gid: number;
}

export async function embeddedPostgresUser(): Promise<PostgresUser | null> {
  try {
    const [uid, gid] = await Promise.all([
      run('id', ['-u', 'postgres']).then((result) => Number(result.stdout.trim())),
      run('id', ['-g', 'postgres']).then((result) => Number(result.stdout.trim())),
    ]);
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * The first existing directory on the way to `target` that `user` may not enter (search permission), or null.
 * A user that does not exist yet will be neither owner nor group member of anything: only the "others" bits count.
 */
export function unreachableDirectory(
  target: string,
  user: PostgresUser | null,
): { path: string; mode: string } | null {
  const absolute = path.resolve(target);
  const parts = absolute.split(path.sep).filter(Boolean);
  for (let depth = 0; depth <= parts.length; depth += 1) {
    const directory = path.sep + parts.slice(0, depth).join(path.sep);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(directory);
    } catch {
      return null; // the rest does not exist yet and will be created for postgres
    }
    if (!stat.isDirectory()) continue;
    const bit = user && stat.uid === user.uid ? 0o100 : user && stat.gid === user.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return { path: directory, mode: (stat.mode & 0o777).toString(8) };
  }
  return null;
}

/** `ps` fields of a live process, or null when it is gone (or a zombie nobody reaped yet). */
async function processInfo(pid: number): Promise<{ parent: number; command: string } | null> {
  try {
    const { stdout } = await run('ps', ['-o', 'ppid=', '-o', 'stat=', '-o', 'args=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(stdout.trim());
    if (!match || match[2].startsWith('Z')) return null;
    return { parent: Number(match[1]), command: match[3] };
  } catch {
    return null;
  }
}

/** The postmaster pid recorded in `dataDir/postmaster.pid`, or null. */
function recordedPostmaster(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * After `kill -9` of the server its postmaster keeps running (reparented to init) and holds `dataDir`: stop it
 * (fast shutdown) so that this start can proceed. A postmaster whose parent is a live Node process belongs to a
 * running server: refuse rather than pull the database from under it. A stale pid file PostgreSQL handles itself.
 */
export async function stopOrphanedPostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pid = recordedPostmaster(dataDir);
  if (pid === null) return;
  const postmaster = await processInfo(pid);
  if (!postmaster || !/postgres/.test(postmaster.command)) return; // pid reused by something else
  const parent = postmaster.parent > 1 ? await processInfo(postmaster.parent) : null;
  if (parent && /\bnode\b/.test(parent.command)) {
    throw new EmbeddedPostgresError(
      `DATA_DIR ${dataDir} is in use by a running server (process ${postmaster.parent}); stop it or use another DATA_DIR`,
    );
  }
  log(`Stopping PostgreSQL process ${pid} left running on ${dataDir} by a server that crashed`);
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    throw new EmbeddedPostgresError(
      `PostgreSQL process ${pid} still holds ${dataDir} and cannot be stopped (${(error as Error).message}); stop it by hand`,
    );
  }
  const deadline = Date.now() + 30_000;
  while (await processInfo(pid)) {
    if (Date.now() > deadline)
      throw new EmbeddedPostgresError(`PostgreSQL process ${pid} on ${dataDir} did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
