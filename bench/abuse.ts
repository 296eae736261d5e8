// Availability under abuse: how fast an unrelated `{ me { id } }` answers while a login storm hashes or large PDF
// exports are laid out, and what 10,000 requests with unique operation names do to /api/metrics and memory.
import http from 'node:http';
import { BenchApp, BenchEnvironment } from './support/environment';
import { BenchResult } from './support/report';
import { megabytes, perSecond, summarize } from './support/stats';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const EXPORT = 'mutation($input: ExportReportInput!) { exportReport(input: $input) { url } }';

/** Latencies of `{ me { id } }`, one every 50 ms, until `done()` says stop. */
async function probe(bench: BenchApp, token: string, done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    const started = performance.now();
    await bench.client.ok('{ me { id } }', {}, token);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return latencies;
}

async function loginStorm(env: BenchEnvironment, logins: number): Promise<BenchResult> {
  const bench = await env.startApp('abuse_login', { LOGIN_QUEUE_LIMIT: String(logins) });
  try {
    const token = await bench.login('ADM001');
    let finished = 0;
    const codes = new Map<string, number>();
    const started = performance.now();
    const storm = Promise.all(
      Array.from({ length: logins }, async (_, index) => {
        const response = await bench.client.request(LOGIN, {
          input: { nik: `STORM${index}`, password: 'not-the-password' },
        });
        const code = String(response.errors?.[0]?.extensions?.code ?? 'ok');
        codes.set(code, (codes.get(code) ?? 0) + 1);
        finished += 1;
      }),
    );
    const latencies = await probe(bench, token, () => finished === logins);
    await storm;
    const elapsed = performance.now() - started;
    return {
      benchmark: 'login storm',
      workload: `${logins} concurrent logins with unknown NIKs; latency = an unrelated { me { id } } every 50 ms meanwhile`,
      throughput: perSecond(logins, elapsed),
      latency: summarize(latencies),
      sql: '–',
      result: `${[...codes].map(([code, count]) => `${count} ${code}`).join(', ')}; storm lasted ${(elapsed / 1000).toFixed(1)} s`,
    };
  } finally {
    await bench.stop();
  }
}

function download(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () =>
          response.statusCode === 200 ? resolve(bytes) : reject(new Error(`HTTP ${response.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

async function exportStorm(env: BenchEnvironment, exports: number, rows: number): Promise<BenchResult> {
  const bench = await env.startApp('abuse_exports', { EXPORT_CONCURRENCY: String(exports) });
  try {
    await bench.sql(
      `INSERT INTO log_audit_trail (user_id, aksi, detail, "timestamp")
       SELECT NULL, 'BENCH_EXPORT', 'Order PM-20251001-' || lpad(n::text, 6, '0') || ' status changed: MENUNGGU -> IN_PROGRESS',
              timestamptz '2025-10-01 00:00:00+00' + n * interval '1 second'
         FROM generate_series(1, $1) AS n`,
      [rows],
    );
    await bench.sql('ANALYZE log_audit_trail');
    const token = await bench.login('ADM001');
    const base = bench.graphqlUrl.replace(/\/graphql$/, '');
    const urls = await Promise.all(
      Array.from({ length: exports }, async () => {
        const data = await bench.client.ok<{ exportReport: { url: string } }>(
          EXPORT,
          { input: { kind: 'AUDIT_TRAIL', format: 'PDF', aksi: 'BENCH_EXPORT' } },
          token,
        );
        return `${base}${new URL(data.exportReport.url).pathname}`;
      }),
    );
    let finished = 0;
    const started = performance.now();
    const downloads = Promise.all(urls.map((url) => download(url).finally(() => (finished += 1))));
    const latencies = await probe(bench, token, () => finished === exports);
    const sizes = await downloads;
    const elapsed = performance.now() - started;
    return {
      benchmark: 'PDF exports',
      workload: `${exports} concurrent audit-trail PDFs of ${rows.toLocaleString('en')} rows; latency = an unrelated { me { id } } every 50 ms meanwhile`,
      throughput: `${perSecond(exports * rows, elapsed)} rows`,
      latency: summarize(latencies),
      sql: '–',
      result: `${sizes.length} PDFs, ${megabytes(sizes.reduce((a, b) => a + b, 0))} in ${(elapsed / 1000).toFixed(1)} s`,
    };
  } finally {
    await bench.stop();
  }
}

async function uniqueNames(env: BenchEnvironment, requests: number): Promise<BenchResult> {
  const bench = await env.startApp('abuse_metrics');
  try {
    const metricsUrl = bench.graphqlUrl.replace(/\/graphql$/, '/api/metrics');
    const size = async () => (await (await fetch(metricsUrl)).text()).length;
    await bench.client.request('query Warm { __typename }');
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const before = await size();
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < requests)
          await bench.client.request(`query Unique_${next++}_${'x'.repeat(40)} { __typename }`);
      }),
    );
    const elapsed = performance.now() - started;
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const after = await size();
    return {
      benchmark: 'metrics labels',
      workload: `${requests.toLocaleString('en')} anonymous requests, each with a new operation name, 20 concurrent`,
      throughput: perSecond(requests, elapsed),
      sql: '–',
      result: `/api/metrics ${megabytes(before)} → ${megabytes(after)}; heap ${megabytes(heapBefore)} → ${megabytes(heapAfter)}`,
    };
  } finally {
    await bench.stop();
  }
}

export async function abuse(env: BenchEnvironment): Promise<BenchResult[]> {
  return [await loginStorm(env, 150), await exportStorm(env, 10, 5_000), await uniqueNames(env, 10_000)];
}
