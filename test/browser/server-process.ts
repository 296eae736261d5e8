// The server as a separate process (node dist/src/index.js) on a fixed port and a database of its own, so a test
// can stop it and start it again on the same port, as a real restart does to every open WebSocket.
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ENTRY = path.join(__dirname, '..', '..', 'src', 'index.js');

export interface ServerProcess {
  url: string;
  /** Starts the process (again) and resolves when it answers /api/health. */
  start(): Promise<void>;
  /** SIGTERM (graceful: sockets close with 1001) and resolves when the process has exited. */
  stop(): Promise<void>;
}

export function serverProcess(
  port: number,
  databaseUrl: string,
  env: Record<string, string> = {},
): ServerProcess {
  let child: ChildProcess | null = null;
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  return {
    url,
    async start() {
      output = '';
      const started = spawn(process.execPath, [ENTRY], {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          PORT: String(port),
          DATABASE_URL: databaseUrl,
          JWT_SECRET: 'browser-test-access-secret',
          JWT_REFRESH_SECRET: 'browser-test-refresh-secret',
          APP_TIMEZONE: 'Asia/Jakarta',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<never>((_resolve, reject) =>
        started.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`))),
      );
      await Promise.race([waitForHealth(url, 30_000), exited]);
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGTERM');
      await exited;
    },
  };
}

/** Asks /api/health until it answers, within the deadline (the process needs a moment to listen). */
async function waitForHealth(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer /api/health within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
