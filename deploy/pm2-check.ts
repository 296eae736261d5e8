// `npm run pm2:check`: runs ecosystem.config.js under the local PM2 (devDependency, own PM2_HOME) against a
// throwaway embedded PostgreSQL, set up as README's "PM2 and nginx" says (no METRICS_TOKEN), and checks what an
// operator relies on: each worker's metrics answer README's scrape configuration (no credentials) with its
// `instance` label; each worker runs with the V8 heap limit the file sets (node_args), which fits below its restart
// threshold (max_memory_restart): a heap that may grow past the threshold would get a worker restarted by a burst;
// each worker's JSON log lines reach `pm2 logs` and its own log file with pid and instance; and `pm2 reload` under
// load (20 keep-alive clients creating and listing orders) loses no request and raises no INTERNAL_SERVER_ERROR.
// Prints "pm2-check: ok" and exits 0, or says what is wrong and exits 1. Leaves nothing running.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureDatabase, withDatabase } from '../src/db/data-source';
import { freePort, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { migrate } from '../src/db/migrate';
import { openDatabase } from '../src/db/open-database';
import { seed } from '../src/db/seed';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const PM2 = path.join(ROOT, 'node_modules/pm2/bin/pm2');
const APP = 'packmeal-graphql';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const MB = 1024 ** 2;

/** Share of max_memory_restart the whole V8 heap may take; the rest is native memory, buffers, layout threads. */
const HEAP_SHARE = 0.75;

interface MemorySettings {
  /** --max-old-space-size of node_args, in MB. */
  oldSpaceMb: number;
  /** max_memory_restart, in bytes. */
  restartBytes: number;
}

/** The heap limit and restart threshold ecosystem.config.js sets; refuses a file that sets either not at all. */
function memorySettings(): MemorySettings {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ecosystem = require(path.join(ROOT, 'ecosystem.config.js')) as {
    apps: Array<{ node_args?: string | string[]; max_memory_restart?: string }>;
  };
  const app = ecosystem.apps[0];
  const nodeArgs = [app.node_args ?? []].flat().join(' ');
  const oldSpace = /--max-old-space-size=(\d+)/.exec(nodeArgs);
  check(oldSpace !== null, 'ecosystem.config.js sets no V8 heap limit (node_args --max-old-space-size)');
  const restart = /^(\d+)([KMG])$/.exec(app.max_memory_restart ?? '');
  check(restart !== null, 'ecosystem.config.js sets no max_memory_restart such as 512M');
  const unit = { K: 1024, M: MB, G: 1024 * MB }[restart[2] as 'K' | 'M' | 'G'];
  return {
    oldSpaceMb: Number(oldSpace[1]),
    restartBytes: Number(restart[1]) * unit,
  };
}

/** The value of a metric without labels but `instance` in a Prometheus text exposition. */
function sample(text: string, name: string): number | null {
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}

async function until<T>(probe: () => Promise<T | null>, what: string, seconds = 60): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** JSON log lines of a file (PM2 writes one per line), ignoring anything else. */
function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** One GraphQL operation named Probe on a connection of its own (fetch would reuse one, reaching one worker). */
function probeOnNewConnection(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false },
      (response) => response.resume().on('end', resolve),
    );
    request.on('error', reject);
    request.setHeader('content-type', 'application/json');
    request.end(JSON.stringify({ query: 'query Probe { __typename }' }));
  });
}

interface LoadOutcome {
  requests: number;
  failures: string[];
}

/** One GraphQL call over fetch's keep-alive pool; anything but a 200 without errors is a failure. */
async function call(url: string, token: string, query: string): Promise<string | null> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    if (response.status !== 200) return `HTTP ${response.status}: ${text.slice(0, 200)}`;
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string }; message: string }[] };
    if (body.errors?.length)
      return `${body.errors[0].extensions?.code ?? 'error'}: ${body.errors[0].message.slice(0, 200)}`;
    return null;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return `network: ${cause?.code ?? cause?.message ?? String(error)}`;
  }
}

/** `clients` loops, each creating an order (a transaction) then listing orders, until `until` resolves. */
async function load(
  url: string,
  token: string,
  clients: number,
  until: Promise<unknown>,
): Promise<LoadOutcome> {
  let done = false;
  void until.finally(() => (done = true));
  const outcome: LoadOutcome = { requests: 0, failures: [] };
  const loop = async () => {
    while (!done) {
      for (const query of [
        'mutation { createOrder(input: {shiftId: 1, jumlahPesanan: 1}) { kodePesanan } }',
        '{ orders(limit: 5) { total items { kodePesanan } } }',
      ]) {
        const failure = await call(url, token, query);
        outcome.requests += 1;
        if (failure) outcome.failures.push(failure);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return outcome;
}

async function main(): Promise<void> {
  const memory = memorySettings();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-pm2-'));
  // Its own directory: the PostgreSQL user (as root) cannot enter the private PM2 home.
  const database = await startEmbeddedPostgres(fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-pm2-pg-')), {
    persistent: false,
  });
  const pm2 = (args: string[], env: NodeJS.ProcessEnv) =>
    run(process.execPath, [PM2, ...args], { cwd: ROOT, env });
  const port = await freePort();
  const metricsPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PM2_HOME: path.join(home, 'pm2'),
    DATABASE_URL: withDatabase(database.url, 'packmeal'),
    JWT_SECRET: crypto.randomBytes(32).toString('hex'),
    JWT_REFRESH_SECRET: crypto.randomBytes(32).toString('hex'),
    PORT: String(port),
    HOST: '127.0.0.1',
    METRICS_PORT: String(metricsPort),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'info',
  };
  // README's command sets no METRICS_TOKEN: neither may the check (an operator's shell might).
  delete env.METRICS_TOKEN;
  try {
    await ensureDatabase(database.url, 'packmeal');
    // The seed's accounts and shifts, so that the load can sign in and order (production never seeds itself).
    const seeded = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: '',
      embeddedPostgresPort: 0,
    });
    try {
      await migrate(seeded.dataSource, async () => {
        await seed(seeded.dataSource);
      });
    } finally {
      await seeded.close();
    }
    await pm2(['start', 'ecosystem.config.js'], env);
    const url = `http://127.0.0.1:${port}`;
    await until(async () => ((await fetch(`${url}/api/health`)).ok ? true : null), 'the workers to listen');

    // Both workers answer /api/metrics on their own port, as README's scrape configuration asks (no credentials),
    // labelled with their instance number.
    // Each runs with the heap limit of the file.
    const heapLimits: number[] = [];
    for (const instance of [0, 1]) {
      const text = await until(async () => {
        const response = await fetch(`http://127.0.0.1:${metricsPort + instance}/api/metrics`);
        if (response.status === 403 || response.status === 401)
          throw new Error(`worker ${instance}'s metrics port answers ${response.status} to README's scrape`);
        return response.ok ? response.text() : null;
      }, `worker ${instance}'s metrics`);
      check(
        text.includes(`instance="${instance}"`),
        `worker ${instance}'s metrics carry no instance="${instance}"`,
      );
      // The whole heap: old space plus the young generation (tens of MB) V8 adds to it.
      const limit = sample(text, 'nodejs_heap_size_limit_bytes');
      check(
        limit !== null && limit >= memory.oldSpaceMb * MB && limit <= (memory.oldSpaceMb + 128) * MB,
        `worker ${instance} runs with a heap limit of ${limit === null ? '?' : Math.round(limit / MB)} MB, ` +
          `not the --max-old-space-size=${memory.oldSpaceMb} of ecosystem.config.js`,
      );
      check(
        (limit ?? Infinity) <= HEAP_SHARE * memory.restartBytes,
        `worker ${instance}'s heap limit (${Math.round((limit ?? 0) / MB)} MB) leaves less than a quarter of ` +
          `max_memory_restart (${Math.round(memory.restartBytes / MB)} MB) for the rest of its memory`,
      );
      heapLimits.push(Math.round((limit ?? 0) / MB));
    }
    check(
      (await fetch(`${url}/api/metrics`)).status === 403,
      'the API port serves metrics in production without METRICS_TOKEN',
    );

    // Enough operations that both workers log some: cluster mode takes turns per connection, so one each.
    for (let i = 0; i < 20; i += 1) await probeOnNewConnection(port);
    const logDir = path.join(home, 'pm2', 'logs');
    for (const instance of [0, 1]) {
      const file = path.join(logDir, `${APP}-out-${instance}.log`);
      const lines = await until(
        async () => {
          const found = jsonLines(fs.readFileSync(file, 'utf8')).filter((line) => line.operation === 'Probe');
          return found.length > 0 ? found : null;
        },
        `operation lines in ${file}`,
        15,
      );
      for (const line of lines) {
        check(line.instance === String(instance), `${file} has a line of instance ${String(line.instance)}`);
        check(typeof line.pid === 'number', `${file} has a line without pid`);
      }
    }
    const { stdout } = await pm2(['logs', APP, '--nostream', '--raw', '--lines', '200'], env);
    const streamed = jsonLines(stdout).filter((line) => line.operation === 'Probe');
    const instances = new Set(streamed.map((line) => line.instance));
    check(
      instances.has('0') && instances.has('1'),
      `pm2 logs shows lines of instances ${[...instances].join(', ')}`,
    );

    // pm2 reload under load: every request answered, none with INTERNAL_SERVER_ERROR.
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: {nik: "ADM001", password: "admin123"}) { accessToken } }',
      }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login
      .accessToken;
    const pids = async () => {
      const { stdout: list } = await pm2(['jlist'], env);
      return (JSON.parse(list) as { pid: number }[]).map((worker) => worker.pid).sort();
    };
    const before = await pids();
    const started = Date.now();
    let reloaded = 0;
    const reload = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await pm2(['reload', APP], env);
      reloaded = Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    })();
    const outcome = await load(url, token, 20, reload);
    await reload;
    const after = await pids();
    check(
      after.every((pid) => !before.includes(pid)),
      `pm2 reload replaced no worker (${before.join(', ')} → ${after.join(', ')})`,
    );
    check(
      outcome.failures.length === 0,
      `pm2 reload under load: ${outcome.failures.length} of ${outcome.requests} requests failed: ${[...new Set(outcome.failures)].slice(0, 5).join(' | ')}`,
    );
    const stopped = jsonLines(
      before
        .map((_pid, instance) => fs.readFileSync(path.join(logDir, `${APP}-out-${instance}.log`), 'utf8'))
        .join('\n'),
    ).filter((line) => typeof line.msg === 'string' && line.msg.startsWith('HTTP and WebSocket closed'));
    check(stopped.length >= 2, `the old workers logged ${stopped.length} orderly stops`);
    check(
      !/SHUTDOWN_TIMEOUT_MS \(/.test(fs.readFileSync(path.join(logDir, `${APP}-out-0.log`), 'utf8')),
      'a worker cut connections at SHUTDOWN_TIMEOUT_MS',
    );
    console.log(
      `pm2-check: reload under load: ${outcome.requests} requests by 20 keep-alive clients, 0 failed; reload took ${reloaded - 1500} ms`,
    );
    console.log(
      'pm2-check: ok (metrics as README scrapes them, logs with pid and instance, reload loses nothing; ' +
        `heap limits ${heapLimits.join(' and ')} MB within ${HEAP_SHARE * 100}% of max_memory_restart ` +
        `${Math.round(memory.restartBytes / MB)} MB)`,
    );
  } finally {
    await pm2(['kill'], env).catch(() => undefined);
    await database.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`pm2-check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
