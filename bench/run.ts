// npm run bench: every benchmark in turn, each in a fresh Node process of its own (so that one benchmark's heap,
// JIT state and garbage do not colour the next one's memory and latency), all on one PostgreSQL: an embedded one in
// a temporary directory (deleted at the end) or DATABASE_URL's server. Prints one Markdown table on stdout.
//
//   npm run bench                                          # all of them, a little over a minute on 2 cores
//   node --expose-gc dist/bench/run.js fan-out login       # only these (after npm run build)
//
// Not included: bench/report-plans.ts (report query plans on 1,000,000 generated orders; minutes). Run it alone.
import { libraryMode } from './support/library-mode';
import 'reflect-metadata';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { abuse } from './abuse';
import { adminLists } from './admin-lists';
import { catchUpMemory } from './catch-up-memory';
import { createCompare } from './create-compare';
import { createOrders } from './create-orders';
import { fanOut } from './fan-out';
import { fanOutProcesses } from './fan-out-processes';
import { login } from './login';
import { ordersCompare, optionsFromEnvironment as ordersCompareOptions } from './orders-compare';
import { ordersCursor } from './orders-cursor';
import { ordersPage } from './orders-page';
import { resume } from './resume';
import { statusRace } from './status-race';
import { webApp } from './web-app';
import { BenchEnvironment, benchEnvironment, startDatabaseServer } from './support/environment';
import { BenchResult, resultsTable } from './support/report';

const BENCHMARKS: Record<string, (env: BenchEnvironment) => Promise<BenchResult[]>> = {
  'orders-page': (env) => ordersPage(env),
  'orders-compare': (env) => ordersCompare(env),
  'orders-compare-pgbouncer': (env) =>
    ordersCompare(env, { ...ordersCompareOptions(), through: 'pgbouncer' }),
  'create-orders': (env) => createOrders(env),
  'create-compare': (env) => createCompare(env),
  'status-race': (env) => statusRace(env),
  'fan-out': (env) =>
    fanOut(env, {
      events: 20,
      layouts: [
        [0, 0],
        [1, 10],
        [50, 20],
      ],
    }),
  'fan-out-sockets': (env) => fanOut(env, { events: 20, layouts: [[1000, 1]] }),
  'fan-out-processes': (env) => fanOutProcesses(env),
  resume: (env) => resume(env),
  login: (env) => login(env),
  abuse: (env) => abuse(env),
  'web-app': (env) => webApp(env),
  'admin-lists': (env) => adminLists(env),
  'orders-cursor': (env) => ordersCursor(env),
  'catch-up-memory': (env) => catchUpMemory(env),
};

type WorkerMessage = { type: 'results'; results: BenchResult[] } | { type: 'failed'; message: string };

const WORKER_FLAG = '--benchmark';

/** In a benchmark process: run one benchmark against the runner's database server, send the rows back. */
async function worker(name: string): Promise<void> {
  const url = process.env.BENCH_SERVER_URL;
  const template = process.env.BENCH_TEMPLATE;
  const run = BENCHMARKS[name];
  if (!url || !template || !run) throw new Error(`Benchmark process without a server or benchmark (${name})`);
  const results = await run(benchEnvironment({ url, template }));
  await tell({ type: 'results', results });
}

/** Sends `message` to the runner and resolves once it left (exiting earlier could lose it). */
function tell(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else resolve();
  });
}

/** Runs benchmark `name` in a child process; resolves with its rows, or one row saying how it failed. */
function runInProcess(name: string, server: { url: string; template: string }): Promise<BenchResult[]> {
  return new Promise((resolve) => {
    const child = fork(__filename, [WORKER_FLAG, name], {
      execArgv: process.execArgv,
      env: { ...process.env, BENCH_SERVER_URL: server.url, BENCH_TEMPLATE: server.template },
    });
    let answer: WorkerMessage | null = null;
    child.on('message', (message: WorkerMessage) => (answer = message));
    child.on('exit', (code) => {
      const received: WorkerMessage | null = answer;
      if (received?.type === 'results') resolve(received.results);
      else {
        const reason = received?.type === 'failed' ? received.message : `exited with code ${code}`;
        resolve([{ benchmark: name, workload: '–', throughput: '–', sql: '–', result: `FAILED: ${reason}` }]);
      }
    });
  });
}

/** CPU time of the whole machine (Linux /proc/stat, in clock ticks): busy and total; null elsewhere. */
function machineTicks(): { busy: number; total: number } | null {
  try {
    const fields = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: total - fields[3] - fields[4], total };
  } catch {
    return null;
  }
}

/**
 * How busy the machine is with other work while this run does nothing (percent of all cores, over `ms`): the
 * benchmarks share the CPU with it, so a busy machine means slower, noisier numbers.
 */
async function otherLoad(ms: number): Promise<string> {
  const before = machineTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTicks();
  if (!before || !after || after.total === before.total) return 'unknown';
  return `${Math.round((100 * (after.busy - before.busy)) / (after.total - before.total))}%`;
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((name) => !(name in BENCHMARKS));
  if (unknown.length)
    throw new Error(
      `Unknown benchmark(s) ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}`,
    );
  const names = requested.length ? requested : Object.keys(BENCHMARKS);
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  const idleBefore = await otherLoad(2000);
  const server = await startDatabaseServer();
  const results: BenchResult[] = [];
  try {
    for (const name of names) {
      const benchmarkStarted = performance.now();
      console.error(`${name}…`);
      results.push(...(await runInProcess(name, server)));
      console.error(`${name}: ${((performance.now() - benchmarkStarted) / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.stop();
  }
  const cpus = os.cpus();
  console.log(
    [
      `Machine: ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ` +
        `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()}; ` +
        `other processes kept the CPU ${idleBefore} busy just before the run; ` +
        `1-minute load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after`,
      `Node ${process.version}, PostgreSQL ${server.postgresVersion} (${server.description}); ` +
        `libraries with NODE_ENV=${libraryMode}; ${new Date().toISOString().slice(0, 10)}; ` +
        `total ${((performance.now() - started) / 1000).toFixed(0)} s`,
      '',
      resultsTable(results),
    ].join('\n'),
  );
  if (results.some((row) => row.result.startsWith('FAILED'))) process.exitCode = 1;
}

if (process.argv[2] === WORKER_FLAG) {
  worker(process.argv[3] ?? '').then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.send?.({ type: 'failed', message: String(error) } satisfies WorkerMessage, () =>
        process.exit(1),
      );
    },
  );
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
