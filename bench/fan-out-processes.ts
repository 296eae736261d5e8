// Subscription fan-out over several server processes (issue 25): 2,000 administrators' orderStatusChanged
// subscriptions spread over 3 server processes (real `node dist/src/index.js` processes on one database, each with
// its own event bus), 20 status changes one after another, each sent to the first process. Measures
// - commit → delivery: from the event's `at` (stamped in the mutation's transaction just before its commit, on this
//   machine's clock) to the subscriber's arrival; also from the mutation's response (a lower bound: the commit
//   happened before it);
// - the SQL statements of one event summed over the 3 processes (their `db_statements_run` metric), with no
//   subscriber and with 2,000: they should be equal (each process loads nested fields once per event);
// - the CPU the subscribers' process took next to the servers': all run on the same cores, so the client's share
//   is part of the latency.
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ACCEPT, SUBSCRIPTION, Subscribers } from './fan-out';
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { graphqlClient, GraphQLClient } from './support/http';
import { BenchResult } from './support/report';
import { summarize, wallClock } from './support/stats';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

export interface FanOutProcessesOptions {
  processes: number;
  sockets: number;
  perSocket: number;
  events: number;
  /**
   * Status changes delivered to the subscribers before the measured ones: a server that has run for a while has its
   * delivery path compiled by V8; the first events after start-up are reported apart. (V8 finishes compiling it
   * around the 11th event after 2,000 subscriptions open: that one event took 40-55 ms where its neighbours took
   * 25-35, in every run; with 5 warm-up events it fell among the measured ones and set their p99.)
   */
  warmUpEvents: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc; NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s on Linux)
  } catch {
    return NaN;
  }
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  client: GraphQLClient;
}

async function metric(server: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/api/metrics`)).text();
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)`, 'm').exec(text);
  return Number(match?.[1] ?? NaN);
}

async function startServer(databaseUrl: string, instance: number, log: string): Promise<ServerProcess> {
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server processes (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.resolve(__dirname, '../src/index.js')], {
    env: {
      ...process.env,
      JWT_SECRET: 'bench-fan-out-access-secret-0123456789abcdef',
      JWT_REFRESH_SECRET: 'bench-fan-out-refresh-secret-0123456789abcdef',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      NODE_APP_INSTANCE: String(instance),
      DATABASE_URL: databaseUrl,
    },
    stdio: ['ignore', fs.openSync(log, 'a'), fs.openSync(log, 'a')],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited: ${fs.readFileSync(log, 'utf8').slice(-800)}`);
    const ok = await fetch(`${url}/api/ready`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline)
      throw new Error(`server ${instance} not ready: ${fs.readFileSync(log, 'utf8').slice(-800)}`);
    await sleep(200);
  }
  return { child, url, client: graphqlClient(`${url}/graphql`) };
}

export async function fanOutProcesses(
  env: BenchEnvironment,
  options: FanOutProcessesOptions = {
    processes: 3,
    sockets: 100,
    perSocket: 20,
    events: 20,
    warmUpEvents: 20,
  },
): Promise<BenchResult[]> {
  // The in-process application only provides the database (a fresh clone of the template) and the fixtures.
  const bench = await env.startApp('fan_out_processes');
  const servers: ServerProcess[] = [];
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-fan-out-'));
  let subscribers: Subscribers | null = null;
  try {
    const warmUp = 20;
    const ids = await insertOrders(bench, {
      count: warmUp + 2 * options.events + options.warmUpEvents,
      status: 'MENUNGGU',
    });
    const databaseUrl = bench.app.deps.config.databaseUrl ?? '';
    for (let instance = 0; instance < options.processes; instance += 1)
      servers.push(await startServer(databaseUrl, instance, path.join(logDir, `server-${instance}.log`)));
    const [first] = servers;
    const login = async (nik: string, password: string) =>
      (
        await first.client.ok<{ login: { accessToken: string } }>(LOGIN, {
          input: { nik, password, clientType: 'MOBILE' },
        })
      ).login.accessToken;
    const admin = await login('ADM001', 'admin123');
    const dapur = await login('KIT001', 'kitchen123');
    for (const id of ids.splice(0, warmUp)) await first.client.ok(ACCEPT, { id }, dapur);
    const statementsNow = async () =>
      (await Promise.all(servers.map((server) => metric(server, 'db_statements_run')))).reduce(
        (a, b) => a + b,
        0,
      );

    // Without subscribers: the SQL of one status change (the mutation and every process's reading of the event).
    const quiet: number[] = [];
    for (const id of ids.splice(0, options.events)) {
      const before = await statementsNow();
      await first.client.ok(ACCEPT, { id }, dapur);
      await sleep(50);
      quiet.push((await statementsNow()) - before);
    }

    const total = options.sockets * options.perSocket;
    subscribers = new Subscribers();
    const openStarted = performance.now();
    const opened = await subscribers.ask({
      type: 'open',
      wsUrl: '',
      wsUrls: servers.map((server) => `${server.url.replace(/^http/, 'ws')}/graphql`),
      token: admin,
      sockets: options.sockets,
      perSocket: options.perSocket,
      query: SUBSCRIPTION,
    });
    if (opened.type !== 'opened') throw new Error(`Subscribers failed: ${JSON.stringify(opened)}`);
    const deadline = Date.now() + 60_000;
    let perProcess: number[] = [];
    for (;;) {
      perProcess = await Promise.all(
        servers.map((server) => metric(server, 'realtime_active_subscriptions')),
      );
      if (perProcess.reduce((a, b) => a + b, 0) >= total) break;
      if (Date.now() > deadline)
        throw new Error(`only ${perProcess.join(' + ')} of ${total} subscriptions active`);
      await sleep(50);
    }
    const openMs = performance.now() - openStarted;
    await sleep(300);

    // The first events with subscribers: measured, reported apart from the steady state.
    const warmUpAnsweredAt = new Map<number, number>();
    for (const [index, id] of ids.splice(0, options.warmUpEvents).entries()) {
      await first.client.ok(ACCEPT, { id }, dapur);
      warmUpAnsweredAt.set(id, wallClock());
      await subscribers.ask({ type: 'await', count: index + 1, timeoutMs: 10_000 });
      await sleep(20);
    }

    const answeredAt = new Map<number, number>();
    const statements: number[] = [];
    let incomplete = 0;
    const cpuBefore = {
      servers: servers.map((server) => cpuSeconds(server.child.pid)),
      subscribers: cpuSeconds(subscribers.pid),
    };
    const windowStarted = performance.now();
    for (const [index, id] of ids.entries()) {
      const before = await statementsNow();
      await first.client.ok(ACCEPT, { id }, dapur);
      answeredAt.set(id, wallClock());
      const received = await subscribers.ask({
        type: 'await',
        count: options.warmUpEvents + index + 1,
        timeoutMs: 10_000,
      });
      if (received.type !== 'received' || !received.complete) incomplete += 1;
      await sleep(20);
      statements.push((await statementsNow()) - before);
    }
    const windowSeconds = (performance.now() - windowStarted) / 1000;
    const serverCpu = servers.map((server, index) => cpuSeconds(server.child.pid) - cpuBefore.servers[index]);
    const subscriberCpu = cpuSeconds(subscribers.pid) - cpuBefore.subscribers;

    const report = await subscribers.ask({ type: 'report' });
    if (report.type !== 'report') throw new Error(`Subscribers failed: ${JSON.stringify(report)}`);
    const fromCommit: number[] = [];
    const fromResponse: number[] = [];
    const warmUpFromCommit: number[] = [];
    for (const events of report.arrivals)
      for (const [id, arrived, at] of events) {
        if (warmUpAnsweredAt.has(id) && Number.isFinite(at)) warmUpFromCommit.push(arrived - at);
        const answered = answeredAt.get(id);
        if (answered === undefined) continue;
        fromResponse.push(arrived - answered);
        if (Number.isFinite(at)) fromCommit.push(arrived - at);
      }
    const expected = total * ids.length;
    const span = (values: number[]) => {
      const distinct = [...new Set(values)].sort((a, b) => a - b);
      return distinct.length === 1 ? `${distinct[0]}` : `${distinct[0]}–${distinct[distinct.length - 1]}`;
    };
    const commit = summarize(fromCommit);
    const warmUpCommit = warmUpFromCommit.length ? summarize(warmUpFromCommit) : null;
    const response = summarize(fromResponse);
    const cpuShare = (seconds: number) => `${Math.round((100 * seconds) / windowSeconds)}%`;
    return [
      {
        benchmark: 'subscription fan-out, 3 processes',
        workload: `${total} subscribers (${options.sockets} sockets × ${options.perSocket}) over ${options.processes} server processes (${perProcess.join(' / ')}), ${ids.length} status changes in turn after ${options.warmUpEvents} delivered to them first; latency = event's commit → subscriber`,
        throughput: `${Math.round(fromCommit.length / windowSeconds)} deliveries/s`,
        latency: commit,
        sql: `${span(statements)} per status change over all processes (${span(quiet)} with no subscriber)`,
        result: [
          `delivered ${fromCommit.length}/${expected}${incomplete ? ` (${incomplete} events INCOMPLETE)` : ''}${
            report.errors.length ? `, errors: ${report.errors[0]}` : ''
          }`,
          `commit → subscriber p99 ${commit.p99.toFixed(1)} ms (target ≤ 50 ms: ${commit.p99 <= 50 ? 'met' : 'NOT met'})`,
          `mutation response → subscriber p50 ${response.p50.toFixed(1)} / p99 ${response.p99.toFixed(1)} ms`,
          ...(warmUpCommit
            ? [
                `the ${options.warmUpEvents} first events after the subscribers opened: commit → subscriber p50 ${warmUpCommit.p50.toFixed(1)} / p99 ${warmUpCommit.p99.toFixed(1)} ms`,
              ]
            : []),
          `CPU during the events: servers ${serverCpu.map(cpuShare).join(' / ')}, subscribers' process ${cpuShare(subscriberCpu)} of one core`,
          `opened in ${(openMs / 1000).toFixed(1)} s`,
        ].join('; '),
      },
    ];
  } finally {
    await subscribers?.close();
    for (const server of servers) {
      server.client.close();
      server.child.kill('SIGTERM');
    }
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.child.exitCode !== null) return resolve();
            const timer = setTimeout(() => {
              server.child.kill('SIGKILL');
              resolve();
            }, 10_000);
            server.child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    fs.rmSync(logDir, { recursive: true, force: true });
    await bench.stop();
  }
}
