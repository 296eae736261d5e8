// Memory under a burst of HTTP catch-ups (phones waking up together): 200 concurrent `orderEventsSince` calls, each
// 1,000 events behind with limit 1,000, against ONE server process started as production starts it (dist/src/index.js
// with the node arguments of ecosystem.config.js, so its V8 heap limit). Measures that process's peak RSS (VmHWM of
// /proc/<pid>/status: the kernel's high-water mark, so no short peak is missed between samples), its RSS after the
// burst, and checks that every answer is complete: all 1,000 events, in order, ending at the stream's head.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../src/db/embedded-postgres';
import { encodeCursor, streamHead } from '../src/events/event-log';
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { graphqlClient } from './support/http';
import { BenchResult } from './support/report';
import { summarize } from './support/stats';

const ACCEPT = 'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id } }';

/** What a phone asks for when it wakes up: every event with the order as its list shows it. */
const ORDER = `id kodePesanan tanggalPesanan jumlahPesanan statusPesanan requiresApproval
  pemesan { id nomorIndukKaryawan namaLengkap } department { id namaDivisi }
  shift { id namaShift jamMulai jamSelesai } waktuDibuat`;
export const CATCH_UP_QUERY = `query CatchUp($after: String, $limit: Int) {
  orderEventsSince(after: $after, limit: $limit) { endCursor hasMore events { __typename
    ... on OrderCreatedEvent { cursor order { ${ORDER} } createdBy { id namaLengkap } }
    ... on OrderStatusChangedEvent { cursor order { ${ORDER} } oldStatus newStatus changedBy { id namaLengkap } }
    ... on OrderApprovalRequestedEvent { cursor order { ${ORDER} } requestType catatanDapur }
    ... on OrderApprovalDecidedEvent { cursor order { ${ORDER} } decision catatanAdmin } } } }`;

export interface CatchUpPage {
  orderEventsSince: { endCursor: string; hasMore: boolean; events: Array<{ cursor: string }> };
}

export interface CatchUpMemoryOptions {
  callers: number;
  behind: number;
}

/** The node arguments PM2 starts each worker with (ecosystem.config.js node_args). */
function pm2NodeArgs(): string[] {
  const file = path.resolve(__dirname, '../../ecosystem.config.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ecosystem = require(file) as { apps: Array<{ node_args?: string | string[] }> };
  const args = ecosystem.apps[0].node_args ?? [];
  return typeof args === 'string' ? args.split(/\s+/).filter(Boolean) : args;
}

/** A field of /proc/<pid>/status in bytes (VmRSS, VmHWM). */
function procStatus(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
    fs.readFileSync(`/proc/${pid}/status`, 'utf8'),
  );
  if (!match) throw new Error(`No ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** CPU time the process has used so far (user + system), in seconds. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command; in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const seqOf = (cursor: string) => Number(cursor.replace(/^ev1-/, ''));

const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;

export async function catchUpMemory(
  env: BenchEnvironment,
  options: CatchUpMemoryOptions = { callers: 200, behind: 1000 },
): Promise<BenchResult[]> {
  // The in-process application makes the events; the server under test is another process on the same database.
  const bench = await env.startApp('catch_up_memory');
  let child: ReturnType<typeof spawn> | null = null;
  try {
    const ids = await insertOrders(bench, { count: options.behind, status: 'MENUNGGU' });
    const dapur = await bench.login('KIT001');
    const cursor = encodeCursor(await streamHead(bench.dataSource));
    for (const id of ids) await bench.client.ok(ACCEPT, { id }, dapur);
    const head = encodeCursor(await streamHead(bench.dataSource));

    const port = await freePort();
    const nodeArgs = pm2NodeArgs();
    child = spawn(process.execPath, [...nodeArgs, path.resolve(__dirname, '../src/index.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        DATABASE_URL: bench.app.deps.config.databaseUrl,
        JWT_SECRET: crypto.randomBytes(32).toString('hex'),
        JWT_REFRESH_SECRET: crypto.randomBytes(32).toString('hex'),
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const pid = child.pid;
    if (pid === undefined) throw new Error('The server process did not start');
    const url = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      const up = await fetch(`${url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (tries > 600 || child.exitCode !== null) throw new Error('The server process did not listen');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const client = graphqlClient(`${url}/graphql`);
    try {
      const admin = (
        await client.ok<{ login: { accessToken: string } }>(
          'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
          { input: { nik: 'ADM001', password: 'admin123', clientType: 'MOBILE' } },
        )
      ).login.accessToken;
      // One small call first, so that the burst is about catch-ups and not the first compilation of anything.
      await client.ok(CATCH_UP_QUERY, { after: cursor, limit: 1 }, admin);
      const rssBefore = procStatus(pid, 'VmRSS');
      const cpuBefore = cpuSeconds(pid);

      const latencies: number[] = [];
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: options.callers }, async () => {
          const sent = performance.now();
          const response = await client.request<CatchUpPage>(
            CATCH_UP_QUERY,
            { after: cursor, limit: options.behind },
            admin,
          );
          latencies.push(performance.now() - sent);
          const page = response.data?.orderEventsSince;
          // Keep only what the check needs, so that the client's memory does not grow with the burst.
          return {
            errors: response.errors.map((error) => error.extensions?.code ?? error.message),
            count: page?.events.length ?? 0,
            ordered: page?.events.every(
              (event, index, all) => index === 0 || seqOf(event.cursor) > seqOf(all[index - 1].cursor),
            ),
            complete: page !== undefined && !page.hasMore && page.endCursor === head,
          };
        }),
      );
      const elapsedMs = performance.now() - started;
      const peak = procStatus(pid, 'VmHWM');
      const rssAfter = procStatus(pid, 'VmRSS');
      const cpu = cpuSeconds(pid) - cpuBefore;
      const complete = answers.filter(
        (answer) =>
          !answer.errors.length && answer.count === options.behind && answer.ordered && answer.complete,
      ).length;
      const errors = [...new Set(answers.flatMap((answer) => answer.errors))];
      return [
        {
          benchmark: 'catch-up memory',
          workload: `${options.callers} concurrent orderEventsSince (limit ${options.behind}), each ${options.behind} events behind, on one server process (node ${nodeArgs.join(' ') || 'without arguments'})`,
          throughput: `${Math.round((options.callers * options.behind * 1000) / elapsedMs)} events/s`,
          latency: summarize(latencies),
          sql: '–',
          result: [
            `peak RSS ${mb(peak)} (${peak <= 300 * 1024 ** 2 ? 'within' : 'OVER'} 300 MB)`,
            `RSS ${mb(rssBefore)} before, ${mb(rssAfter)} after`,
            `server CPU ${cpu.toFixed(1)} s in ${(elapsedMs / 1000).toFixed(1)} s`,
            `${complete}/${options.callers} answers complete`,
            errors.length ? `errors: ${errors.join(', ')}` : 'no errors',
          ].join('; '),
        },
      ];
    } finally {
      client.close();
    }
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await bench.stop();
  }
}
