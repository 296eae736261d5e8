// Debian packages that the topology check and its tests need (pgbouncer, nginx), installed with apt when missing,
// as .ci/run installs Chromium: directly as root, through `sudo -n` otherwise.
import { type ChildProcess, execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Installs `pkg` with apt unless `binary` exists; throws with apt's complaint when it cannot. */
export function ensureDebianPackage(binary: string, pkg: string): void {
  if (fs.existsSync(binary)) return;
  const root = process.getuid?.() === 0;
  const run = (args: string[]) =>
    root
      ? execFileSync(args[0], args.slice(1), {
          stdio: 'pipe',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        })
      : execFileSync('sudo', ['-n', ...args], {
          stdio: 'pipe',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        });
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', pkg]);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`could not install ${pkg} with apt: ${stderr || String(error)}`);
  }
  if (!fs.existsSync(binary)) throw new Error(`${pkg} installed, but ${binary} is missing`);
}

/** uid/gid to run a server as: the `postgres` user when we are root (pgbouncer and postgres refuse root). */
export function serviceUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Stops a process started here with SIGINT (a fast shutdown for PostgreSQL and PgBouncer) and waits for it to exit. */
export async function interruptAndWait(running: ChildProcess | null): Promise<void> {
  if (!running || running.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    running.once('exit', () => resolve());
    running.kill('SIGINT');
  });
}
